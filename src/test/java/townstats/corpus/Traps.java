package townstats.corpus;

import java.util.List;

/**
 * Sentences that look like indicators but are not town facts (a company's or one village's figure, a
 * masked number, a planning area). They go into reports and never into the truth.
 */
final class Traps {
    private static final List<String> NAME_PARTS = List.of("银丰", "鑫源", "宏达", "恒信", "华泰", "金穗", "瑞丰", "兴隆", "永盛",
            "天成", "丰泽", "润发", "盛达", "佳和", "绿源", "康泰", "嘉禾", "博远");
    private static final List<String> TRADES = List.of("工艺品", "建材", "农业开发", "食品", "纺织", "机械制造", "新材料", "生物科技",
            "矿业", "木业", "电子");
    private final Rand r;
    private final Phrasing say;
    private final Filler filler;

    Traps(Rand r, Phrasing say, Filler filler) {
        this.r = r;
        this.say = say;
        this.filler = filler;
    }

    private String village() {
        return filler.village();
    }

    /** 银丰工艺品有限公司年产值2700余万元，纳税80万元。 */
    String company() {
        return r.pick(NAME_PARTS) + r.pick(TRADES) + "有限公司" + r.pick("年产值", "全年产值") + r.between(300, 9800) + "余万元，纳税"
                + r.between(10, 400) + "万元，带动周边群众就近就业。";
    }

    /** 白集村耕地1750亩 or 白集村村集体经济收入12万元: one village, not the town. */
    String villageFigure() {
        if (r.chance(0.5)) {
            return "其中" + village() + "耕地" + r.between(300, 4800) + "亩，全部实现机械化耕种。";
        }
        return village() + "村集体经济收入" + r.between(5, 95) + "万元，成为远近闻名的“明星村”。";
    }

    /** A figure masked by the publisher: XX万元, **个. */
    String masked() {
        return switch (r.between(0, 2)) {
            case 0 -> say.synonym(r.pick(Indicator.TAX_REVENUE, Indicator.FIXED_INVESTMENT, Indicator.RETAIL_SALES))
                    + "完成XX万元，圆满完成上级下达的任务。";
            case 1 -> "实施重点项目**个，各项目均按计划节点推进。";
            default -> "争取上级资金**万元，用于基础设施建设。";
        };
    }

    /** 规划面积1.5平方公里: a plan for a park, not the town's area. */
    String planningArea() {
        return r.pick("产业园区", "现代农业产业园", "集镇新区", "物流园区") + "规划面积" + r.between(1, 9) + "." + r.between(1, 9)
                + "平方公里，基础设施配套加快完善。";
    }
}
