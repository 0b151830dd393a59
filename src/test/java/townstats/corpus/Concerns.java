package townstats.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems (存在的问题) and the focus of the plans (工作打算) a generated report states, in several wordings per theme of
 * the theme catalogue (townstats/topics.yml), so that a generated site has themes to compare. Which themes a report
 * states is drawn with weights: each town leans to a few themes of its own (its circumstances change slowly), the
 * epidemic is a problem only until 2022 and debt grows more common year by year, so the 共性问题 pages have counts that
 * differ between towns, counties and years. Like the rest of the filler, no wording names an indicator or holds a number.
 */
final class Concerns {
    /** theme id → problem wordings (a clause list without the final 。). */
    static final Map<String, List<String>> PROBLEMS = new LinkedHashMap<>();
    /** theme id → plan wordings. */
    static final Map<String, List<String>> PLANS = new LinkedHashMap<>();

    static {
        problem("investment", "招商引资难度不断加大，引进项目质量不高", "招商引资工作推进难度大，签约落地的企业不多",
                "对外来资本的吸引力不强，招大引强成效不明显");
        problem("projects", "项目储备不足，大项目、好项目偏少", "部分项目前期手续办理缓慢，项目落地难",
                "项目推进不快，支撑性项目较少");
        problem("fiscal", "财政收支矛盾突出，保运转压力较大", "税源结构单一，财政增收乏力", "资金缺口较大，部分民生实事推进受到制约");
        problem("talent", "专业技术人才紧缺，人才引不进、留不住", "懂技术、懂经营的专业人才缺乏");
        problem("infrastructure", "基础设施仍有短板，部分村组道路、水利设施老化", "农村供排水设施不完善，部分路段破损坑洼",
                "公共设施配套滞后，群众出行难问题依然存在");
        problem("industry_structure", "产业结构不够合理，龙头企业带动作用不强", "产业链条短，农产品多为初加工，附加值不高",
                "主导产业不突出，产品同质化明显");
        problem("village_economy", "村级集体经济发展不平衡，部分村自我发展能力较弱", "村级集体经济底子薄，个别村仍是空壳村");
        problem("environment", "生态环境保护任务依然繁重，巩固提升难度较大", "环保压力持续加大，秸秆禁烧、扬尘管控任务重");
        problem("safety", "安全生产压力较大，部分企业安全意识淡薄", "防汛和地质灾害防治任务繁重，应对自然灾害的能力不足");
        problem("debt", "历史遗留债务较多，化债压力大", "镇村两级负债偏高，偿债能力较弱");
        problem("cadres", "干部队伍能力素质与新形势新任务的要求还有差距", "部分干部担当作为意识不强，工作标准不够高",
                "干部队伍年龄老化，年轻干部青黄不接");
        problem("party", "个别村党组织战斗堡垒作用发挥不够", "基层党组织建设还有薄弱环节，软弱涣散村整顿任务较重");
        problem("agriculture", "农业产业化程度不高，产品附加值较低，品牌效应不明显", "农业仍以分散经营为主，靠天吃饭的局面没有根本改变",
                "农产品销售难的问题时有发生");
        problem("income", "群众增收渠道窄，收入水平偏低", "农民增收后劲不足，能带动稳定增收的产业不多");
        problem("tourism", "文旅资源开发不足，旅游配套设施滞后", "乡村旅游同质化明显，淡季客源不足");
        problem("industry", "部分企业经营困难，生产效益下滑", "规上企业数量少，纳统压力大", "个别企业停产、半停产，工业经济下行压力较大");
        problem("land", "要素保障压力较大，用地、资金等瓶颈制约依然突出", "发展空间受限，建设用地指标紧张", "受三区三线划定影响，产业用地难");
        problem("living_environment", "人居环境整治长效机制尚不健全，部分群众卫生意识有待提高", "部分村庄垃圾清运不及时，脏乱差现象时有反弹");
        problem("public_services", "民生领域还有不少短板，公共服务水平有待提升", "教育、医疗等公共服务资源不足，群众看病难、上学难问题仍然存在");
        problem("employment", "青壮年劳动力大量外出务工，本地企业用工难", "稳就业压力较大，返乡人员就业渠道不宽");
        problem("stability", "矛盾纠纷化解难度大，信访维稳压力不减", "历史遗留问题较多，群众诉求日益多元");
        problem("poverty", "防返贫监测帮扶任务依然较重，部分脱贫户内生动力不足");
        problem("town_planning", "集镇功能不完善，承载能力较弱", "镇区基础配套滞后，城镇品质仍需提升");
        problem("business_environment", "营商环境仍需优化，部分窗口服务意识不强", "政务服务效率不高，助企服务还不够精准");
        problem("epidemic", "受疫情冲击，部分企业和个体工商户经营困难", "疫情反复，经济恢复的基础还不牢固");
        problem("population", "青壮年外出多，村庄空心化、老龄化问题突出", "年轻人外出务工较多，留守老人和儿童比重大");
        problem("innovation", "企业创新能力不足，产品科技含量不高", "数字化转型起步晚，电商等新业态发展不足");
        problem("location", "地处偏远山区，区位优势不明显", "资源禀赋一般，区域竞争日趋激烈");

        plan("investment", "坚持把招商引资作为“一号工程”，开展以商招商、驻地招商", "紧盯龙头企业招大引强，力争签约落地一批好项目");
        plan("projects", "加快推进在建项目建设进度，确保新建项目早开工、早投产", "做好项目谋划储备，建立项目库动态管理机制");
        plan("fiscal", "加强税源培植，积极争取上级资金支持", "坚持过紧日子，强化财政收支管理");
        plan("talent", "实施人才回引工程，培育一批致富带头人", "用好乡贤和在外能人，壮大乡土人才队伍");
        plan("infrastructure", "加快补齐道路、供水等基础设施短板", "实施农村供水和路网提升工程");
        plan("industry_structure", "推动特色产业延链补链强链", "培育壮大主导产业，推进一二三产融合发展");
        plan("village_economy", "发展壮大村级集体经济，全面消除集体经济薄弱村", "深化农村“三资”管理，盘活村集体资产");
        plan("environment", "深入打好污染防治攻坚战，严格落实河长制、林长制", "持续抓好秸秆禁烧和扬尘治理，守护蓝天碧水");
        plan("safety", "压实安全生产责任，常态化开展隐患排查整治", "加强防汛和地质灾害防范，提升应急处置能力");
        plan("debt", "稳妥化解存量债务，坚决遏制新增债务");
        plan("cadres", "持续加强干部队伍建设，激励干部担当作为", "深化作风建设，坚决整治形式主义、官僚主义");
        plan("party", "全面加强基层党组织建设，推进党支部标准化规范化", "严格落实“三会一课”制度，发挥党员先锋模范作用");
        plan("agriculture", "推进高标准农田建设，发展现代高效农业", "扶持农民合作社和家庭农场，提升农业规模化水平");
        plan("tourism", "推进农文旅融合发展，打造乡村旅游精品线路", "完善景区配套，发展民宿和研学旅游");
        plan("industry", "强化助企服务，推动规上企业扩产增效", "支持中小企业技改扩能，培育一批纳统企业");
        plan("living_environment", "持续开展人居环境整治，巩固村庄清洁行动成果", "推进农村改厕和垃圾分类，建设美丽庭院");
        plan("public_services", "办好民生实事，提升教育、医疗、养老服务水平", "织密社会救助网，兜牢民生底线");
        plan("employment", "加强技能培训，促进农村劳动力转移就业", "支持返乡创业，开发公益性岗位");
        plan("stability", "坚持和发展新时代“枫桥经验”，及时化解矛盾纠纷", "深入推进平安建设，常态化开展扫黑除恶");
        plan("poverty", "守牢不发生规模性返贫底线，落实防返贫动态监测帮扶");
        plan("town_planning", "加快集镇建设，完善镇区功能配套", "推进城镇更新，提升集镇品质");
        plan("business_environment", "持续优化营商环境，深化“放管服”改革", "提升政务服务效能，推动惠企政策直达快享");
        plan("rural_revitalisation", "全面推进乡村振兴，打造一批和美乡村示范村");
        plan("innovation", "发展农村电商，推进数字乡村建设", "实施创新驱动，推动企业数字化、智能化改造");
        plan("civilisation", "深化移风易俗，推进新时代文明实践", "开展文明创建，培育文明乡风");
    }

    private static void problem(String theme, String... wordings) {
        PROBLEMS.put(theme, List.of(wordings));
    }

    private static void plan(String theme, String... wordings) {
        PLANS.put(theme, List.of(wordings));
    }

    private final Rand r;
    private final int year;
    /** The themes this town leans to, from its code: the same in every year. */
    private final List<String> leanings;

    Concerns(Rand r, Divisions.Town town, int year) {
        this.r = r;
        this.year = year;
        List<String> themes = new ArrayList<>(PROBLEMS.keySet());
        Rand own = Rand.of(town.code().hashCode(), 26);
        own.shuffle(themes);
        this.leanings = List.copyOf(themes.subList(0, 4));
    }

    /** {@code k} different problems, each in one of its wordings. */
    List<String> problems(int k) {
        List<String> out = new ArrayList<>();
        for (String theme : draw(PROBLEMS, k)) out.add(r.pick(PROBLEMS.get(theme)));
        return out;
    }

    /** {@code k} different plan foci, each in one of its wordings. */
    List<String> plans(int k) {
        List<String> out = new ArrayList<>();
        for (String theme : draw(PLANS, k)) out.add(r.pick(PLANS.get(theme)));
        return out;
    }

    /** How likely a theme is this year in this town: its leanings four times, the epidemic until 2022, debt rising. */
    private double weight(String theme) {
        if (theme.equals("epidemic")) return year <= 2022 ? 3 : 0;
        double w = leanings.contains(theme) ? 4 : 1;
        if (theme.equals("debt")) w *= Math.max(0.5, year - 2020);
        return w;
    }

    private List<String> draw(Map<String, List<String>> wordings, int k) {
        List<String> left = new ArrayList<>(wordings.keySet());
        List<String> out = new ArrayList<>();
        while (out.size() < k) {
            double total = left.stream().mapToDouble(this::weight).sum();
            if (total <= 0) break;
            double at = r.uniform(0, total);
            int chosen = -1;
            for (int i = 0; i < left.size(); i++) {
                double w = weight(left.get(i));
                if (w <= 0) continue;
                chosen = i; // the last one of some weight, should rounding leave at >= 0
                at -= w;
                if (at < 0) break;
            }
            out.add(left.remove(chosen));
        }
        return out;
    }
}
