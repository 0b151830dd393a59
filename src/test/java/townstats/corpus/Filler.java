package townstats.corpus;

import java.util.List;

/**
 * Realistic filler prose assembled from phrase fragments. It never names an indicator, and its only
 * numbers are small counts in units no indicator uses (次, 场, 处, 吨, 份, 公里, 名, 起, 盏, 座, 期, 条),
 * so it adds bulk without adding facts.
 */
final class Filler {

    /** One area of work: heading titles, 一是-style item heads, and sentence fragments. */
    record Theme(String key, List<String> titles, List<String> heads, List<String> acts, List<String> counted,
                 List<String> results) {
    }

    static final Theme ECONOMY = new Theme("economy",
            List.of("聚焦经济发展，综合实力稳步提升", "优化发展环境，经济运行稳中有进", "坚持稳中求进，经济发展量质齐升"),
            List.of("经济指标稳中有进", "主要经济指标保持增长", "经济运行总体平稳", "工业经济提质增效", "商贸流通持续活跃"),
            List.of("持续优化营商环境", "深化“放管服”改革", "落实助企纾困各项政策", "建立领导干部包联企业制度",
                    "帮助企业解决用工、融资、用地等难题", "推动传统产业转型升级", "培育壮大特色优势产业",
                    "引导企业加大技术改造力度", "积极对接上级政策和资金", "加强经济运行监测分析", "推动个体工商户转型升级为企业",
                    "支持企业开拓市场", "做好统计基础工作"),
            List.of("走访服务企业%d次", "召开政银企对接会%d场", "协调解决企业困难问题%d条", "组织企业参加招聘活动%d场"),
            List.of("经济发展的韧性不断增强", "市场主体活力持续释放", "为全年目标任务完成奠定了坚实基础",
                    "发展后劲进一步增强", "经济运行呈现稳中向好态势"));

    static final Theme PROJECTS = new Theme("projects",
            List.of("坚持项目为王，发展后劲持续增强", "狠抓项目建设，增强发展动能", "强化招商引资，壮大产业支撑"),
            List.of("项目建设持续推进", "招商引资成效明显", "项目服务保障有力"),
            List.of("坚持“一个项目、一名领导、一个专班”工作机制", "实行项目建设周例会制度", "建立项目推进台账",
                    "明确责任领导和时间节点", "全力做好征地拆迁和要素保障", "主动对接在外能人和客商", "开展以商招商、驻地招商",
                    "持续优化项目审批服务", "加强项目谋划储备", "积极争取上级专项资金支持"),
            List.of("外出考察洽谈%d次", "接待客商来访%d批次", "协调解决项目建设问题%d条", "召开项目推进会%d场"),
            List.of("项目建设呈现多点开花、竞相推进的良好局面", "一批打基础、利长远的项目落地见效",
                    "为高质量发展注入了强劲动能"));

    static final Theme PARTY = new Theme("party",
            List.of("坚持党建引领，基层组织全面过硬", "抓实党的建设，夯实基层基础", "全面从严治党，政治生态持续向好"),
            List.of("政治建设不断加强", "基层组织全面过硬", "干部队伍作风持续转变", "党风廉政建设深入推进"),
            List.of("认真落实“第一议题”制度", "深入学习宣传贯彻党的二十大精神", "扎实推进基层党组织标准化规范化建设",
                    "严格落实“三会一课”、主题党日等制度", "持续整顿软弱涣散基层党组织", "选优配强村级班子",
                    "严格落实中央八项规定精神", "持续深化“以案促改”工作", "加强党员教育管理", "深入开展“我为群众办实事”实践活动",
                    "压紧压实全面从严治党主体责任", "建立健全干部考核评价机制"),
            List.of("开展专题培训%d次", "召开党委理论学习中心组学习会%d次", "培训党员干部%d余名", "开展警示教育%d场",
                    "发展新党员%d名", "开展谈心谈话%d余次"),
            List.of("基层党组织的战斗堡垒作用充分发挥", "党员干部干事创业热情进一步激发", "风清气正的政治生态持续巩固"));

    static final Theme RURAL = new Theme("rural",
            List.of("全面推进乡村振兴，农业农村发展提速", "巩固脱贫成果，乡村振兴有效衔接", "做强特色产业，乡村振兴全面起势"),
            List.of("脱贫攻坚成果持续巩固", "特色产业加快发展", "村级集体经济不断壮大", "农业基础持续夯实"),
            List.of("严格落实“四个不摘”要求", "健全防止返贫动态监测和帮扶机制", "持续开展常态化排查",
                    "大力发展特色种植养殖", "培育新型农业经营主体", "推广“合作社+基地+农户”模式", "推进高标准农田建设",
                    "落实粮食安全党政同责", "加强农村“三资”管理", "发展壮大村级集体经济", "开展农村实用技术培训",
                    "推进农旅融合发展"),
            List.of("开展农业技术培训%d期", "组织专项排查%d次", "新修田间道路%d公里", "新建灌溉渠道%d条"),
            List.of("群众增收渠道进一步拓宽", "乡村振兴的基础更加牢固", "守住了不发生规模性返贫的底线"));

    static final Theme ENVIRONMENT = new Theme("environment",
            List.of("改善人居环境，城乡面貌焕然一新", "坚持生态优先，人居环境持续改善", "打好污染防治攻坚战，生态环境持续向好"),
            List.of("人居环境整治深入推进", "生态环境持续改善", "城乡面貌明显改观", "污染防治成效明显"),
            List.of("持续开展村庄清洁行动", "推进农村生活垃圾分类处理", "推进厕所革命", "建立健全长效保洁机制",
                    "严格落实河长制、林长制", "扎实开展秸秆禁烧工作", "加强大气污染防治", "推进农村生活污水治理",
                    "开展“美丽庭院”创建活动", "实施道路绿化美化工程", "整治乱搭乱建、乱堆乱放"),
            List.of("清理生活垃圾%d余吨", "清理沟渠%d公里", "拆除违章建筑%d处", "安装太阳能路灯%d盏", "新建公厕%d座",
                    "整治乱堆乱放%d处"),
            List.of("群众生活环境明显改善", "村容村貌焕然一新", "生态环境质量稳步提升"));

    static final Theme SAFETY = new Theme("safety",
            List.of("守牢安全底线，社会大局和谐稳定", "强化安全生产，筑牢安全防线", "加强社会治理，平安建设扎实推进"),
            List.of("安全生产形势平稳", "社会治理不断加强", "信访维稳扎实有效", "应急管理能力不断提升"),
            List.of("严格落实安全生产责任制", "深入开展安全生产大排查大整治", "加强道路交通、消防、防汛等重点领域监管",
                    "坚持和发展新时代“枫桥经验”", "扎实开展矛盾纠纷排查化解", "落实领导干部接访下访制度",
                    "常态化开展扫黑除恶斗争", "加强应急物资储备", "健全网格化管理体系", "开展防范电信诈骗宣传"),
            List.of("排查整改安全隐患%d处", "组织应急演练%d场", "化解矛盾纠纷%d起", "开展联合执法检查%d次",
                    "发放宣传资料%d余份"),
            List.of("全年未发生较大以上安全事故", "社会大局保持和谐稳定", "群众安全感和满意度持续提升"));

    static final Theme LIVELIHOOD = new Theme("livelihood",
            List.of("坚持以人民为中心，民生福祉持续增进", "办好民生实事，群众获得感不断增强", "补齐民生短板，社会事业全面进步"),
            List.of("民生保障持续加强", "社会事业全面发展", "群众生活水平稳步提高", "就业创业扎实推进"),
            List.of("全面落实各项惠民政策", "做好低保、特困供养等社会救助工作", "持续推进城乡居民医保和养老保险扩面",
                    "加强义务教育阶段学校建设", "推进卫生院标准化建设", "开展“春风行动”等就业服务", "关爱留守儿童和空巢老人",
                    "丰富群众精神文化生活", "推进移风易俗", "深化新时代文明实践"),
            List.of("举办招聘活动%d场", "开展文艺演出%d场", "组织义诊活动%d次", "开展技能培训%d期"),
            List.of("群众的获得感、幸福感、安全感持续增强", "民生底线兜得更牢", "社会事业呈现全面发展的良好态势"));

    static final List<Theme> OTHER_THEMES = List.of(PARTY, ENVIRONMENT, SAFETY, LIVELIHOOD, RURAL);

    static final List<String> PLAN_LEADS = List.of("着力", "持续", "进一步", "全力", "坚持", "扎实");

    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "孙", "马", "朱",
            "胡", "郭", "何", "高", "罗", "石", "白", "大", "小", "东", "西", "南", "北", "上", "下", "前", "后", "柳", "杏", "桃",
            "槐", "松", "龙", "凤", "金", "银", "青", "红", "黑", "龙泉", "清水", "长岭", "双河", "三里", "五里", "七里");
    private static final List<String> PLACE_SUFFIXES = List.of("庄", "湾", "沟", "营", "寨", "岭", "坪", "河", "店", "集", "楼", "岗",
            "洼", "堡", "家庄", "家洼", "王庙", "峪", "坡", "园", "桥", "庙", "湖", "山");
    private static final List<String> FACILITIES = List.of("党群服务中心", "文化广场", "光伏电站", "农产品冷库", "村史馆", "便民服务站",
            "标准化卫生室", "日间照料中心", "农家书屋", "污水处理站", "游客服务中心", "产业路", "饮水安全工程", "新时代文明实践站",
            "农贸市场", "红色教育基地");
    private static final List<String> BENEFITS = List.of("极大方便了群众生产生活", "群众拍手称赞", "村级发展基础进一步夯实",
            "有效带动周边群众增收", "补齐了基础设施短板", "受到上级领导充分肯定", "群众幸福感明显增强");
    private static final List<String> ASSETS = List.of("连片农田", "山水资源", "红色文化资源", "古村落", "温泉资源",
            "特色果品", "民俗文化", "生态优势");
    private static final List<String> BRANDS = List.of("云果", "山里红", "乡愁人家", "古镇记忆", "生态米", "田园牧歌", "清泉香",
            "红色研学", "花海小镇");
    private static final List<String> HONOURS = List.of("省级文明村", "市级美丽乡村示范村", "全国乡村治理示范村", "省级卫生村",
            "市级“五星”支部", "县级先进基层党组织", "省级森林乡村");
    private static final List<String> OPENERS = List.of("", "", "", "同时，", "此外，", "与此同时，", "一年来，",
            "工作中，", "在此基础上，", "始终", "我们", "围绕中心工作，", "按照上级部署，",
            "结合工作实际，", "以问题为导向，");
    private static final List<String> DIRECTIONS = List.of("东部", "西部", "南部", "北部", "东南部", "西北部", "中部", "东北部", "西南部");

    private final Rand r;

    Filler(Rand r) {
        this.r = r;
    }

    /** One sentence about a theme: a few distinct actions, maybe a count, and a result; sometimes a village example. */
    String sentence(Theme t) {
        if (r.chance(0.12)) return example();
        StringBuilder s = new StringBuilder(r.pick(OPENERS));
        List<String> acts = distinct(t.acts(), r.between(2, 4));
        s.append(String.join("，", acts));
        if (r.chance(0.5)) s.append('，').append(String.format(java.util.Locale.ROOT, r.pick(t.counted()), r.between(3, 680)));
        if (r.chance(0.6)) s.append('，').append(r.pick(t.results()));
        return s.append('。').toString();
    }

    /** The same, in the future tense of a plan. */
    String planSentence(Theme t) {
        StringBuilder s = new StringBuilder(r.pick(PLAN_LEADS));
        List<String> acts = distinct(t.acts(), r.between(2, 4));
        for (int i = 0; i < acts.size(); i++) {
            if (i > 0) s.append('，');
            s.append(strip(acts.get(i)));
        }
        if (r.chance(0.5)) s.append("，确保").append(r.pick(t.results()));
        return s.append('。').toString();
    }

    /** 在王庄村建成党群服务中心，…: a concrete, figure-free example. */
    private String example() {
        String where = village();
        return switch (r.between(0, 3)) {
            case 0 -> "在" + where + r.pick("建成", "新建", "改造提升", "投用") + r.pick(FACILITIES) + "，" + r.pick(BENEFITS) + "。";
            case 1 -> where + r.pick(FACILITIES) + r.pick("已竣工投用", "主体完工", "正在加紧建设", "完成前期手续") + "，"
                    + r.pick(BENEFITS) + "。";
            case 2 -> "依托" + where + r.pick(ASSETS) + "，打造“" + r.pick(BRANDS) + "”品牌，" + r.pick(BENEFITS) + "。";
            default -> where + "被评为" + r.pick(HONOURS) + "，" + r.pick("为全域发展树立了标杆", "示范带动作用明显",
                    "群众满意度明显提升") + "。";
        };
    }

    /** A place name for examples and traps: 王庄村, 后堡村. */
    String village() {
        return r.pick(SURNAMES) + r.pick(PLACE_SUFFIXES) + "村";
    }

    /** k different items from a list, in random order. */
    private List<String> distinct(List<String> items, int k) {
        List<String> copy = new java.util.ArrayList<>(items);
        r.shuffle(copy);
        return copy.subList(0, Math.min(k, copy.size()));
    }

    private static String strip(String act) {
        for (String lead : List.of("持续", "深入", "扎实", "全力", "严格", "积极")) {
            if (act.startsWith(lead) && act.length() > lead.length() + 2) return act.substring(lead.length());
        }
        return act;
    }

    String direction() {
        return r.pick(DIRECTIONS);
    }
}
