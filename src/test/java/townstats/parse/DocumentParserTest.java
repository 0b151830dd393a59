package townstats.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import townstats.ingest.TextCleaner;
import townstats.model.Document;
import townstats.model.Heading;
import townstats.model.Metadata;
import townstats.model.Report;
import townstats.model.SectionKind;

class DocumentParserTest {
    static Document parse(String text, Metadata metadata) {
        TextCleaner.Cleaned c = TextCleaner.clean(text);
        return DocumentParser.parse(new Report("r1", "r1.txt", "txt", "UTF-8", text, c.text(), c.offsets(), metadata, "h", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // first lines of a report | town | county | year | anonymised
            "中共潭头镇委员会\\n关于潭头镇2022年工作总结暨2023年工作\\n打算的报告\\n\\n中共栾川县委：\\n现将报告呈报。|潭头镇|栾川县|2022|false",
            "商河县张坊镇2022年工作总结和2023年工作计划\\n2022年，张坊镇认真贯彻县委思路。|张坊镇|商河县|2022|false",
            "XX镇2023年工作总结及2024年工作安排\\n一、2023年主要业务数据情况|-|-|2023|true",
            "2022年镇工作总结\\n\\n*镇位于*县西南部，距县城42公里。|-|-|2022|true",
            "乡镇2022年高质量发展特色亮点及2023年工作安排\\n\\n今年以来，我镇坚持发展。|-|-|2022|true",
            "**镇2021年工作总结\\n一、工作情况|-|-|2021|true",
            "城关街道办事处2023年工作总结\\n一、工作情况|城关街道|-|2023|false",
            "红星回族乡2024年工作计划\\n一、工作思路|红星回族乡|-|2023|false",
            "关于2022年工作情况的汇报\\n\\n2022年，在县委、县政府的领导下，城南镇人民政府坚持发展。|城南镇|-|2022|false",
            "工作总结\\n\\n今年以来，我们坚持发展。|-|-|-|true",
    })
    void findsTownCountyAndYear(String head, String town, String county, Integer year, boolean anonymised) {
        Document d = parse(head.replace("\\n", "\n"), Metadata.NONE);
        assertEquals(anonymised, d.anonymised(), "anonymised");
        if (anonymised) {
            assertTrue(d.town().startsWith(DocumentParser.ANONYMISED_PREFIX), d.town());
        } else {
            assertEquals(town, d.town());
        }
        assertEquals(county, d.county());
        assertEquals(year, d.year());
    }

    @Test
    void metadataWins() {
        Document d = parse("XX镇2023年工作总结\n一、工作情况", new Metadata("潭头镇", "栾川县", 2021, "标题", null));
        assertEquals("潭头镇", d.town());
        assertEquals("栾川县", d.county());
        assertEquals(2021, d.year());
        assertEquals("标题", d.title());
        assertFalse(d.anonymised());
    }

    @Test
    void anonymousLabelsAreStableAndDistinct() {
        assertEquals(DocumentParser.anonymousLabel("001_0f77647293844d46"), DocumentParser.anonymousLabel("001_0f77647293844d46"));
        assertFalse(DocumentParser.anonymousLabel("a").equals(DocumentParser.anonymousLabel("b")));
    }

    @Test
    void sectionsFollowTheHeadings() {
        String text = String.join("\n",
                "某镇2022年工作总结暨2023年工作打算",
                "一、2022年工作开展情况",
                "（一）经济发展。全年完成财政收入4410万元。",
                "1.项目建设",
                "二、存在的问题",
                "一是发展不足。",
                "三、2023年工作打算",
                "（一）工作举措",
                "1.2023年重点工作：力争增长10%。",
                "四、建议写入政府工作报告的事项",
                "1.2022年亮点工作方面：",
                "2.2024年工作安排方面：",
                "（1）聚力提升城乡生活品质。");
        Document d = parse(text, Metadata.NONE);
        List<String> outline = d.headings().stream().map(h -> h.level() + " " + h.title() + " " + h.section().id()).toList();
        assertEquals(List.of(
                "1 2022年工作开展情况 summary",
                "2 经济发展 summary",
                "3 项目建设 summary",
                "1 存在的问题 problems",
                "1 2023年工作打算 plan",
                "2 工作举措 plan",
                "3 2023年重点工作 plan",
                "1 建议写入政府工作报告的事项 summary",
                "3 2022年亮点工作方面 summary",
                "3 2024年工作安排方面 plan",
                "4 聚力提升城乡生活品质 plan"), outline);
        assertEquals(SectionKind.SUMMARY, d.sentences().stream().filter(s -> s.text().contains("4410")).findFirst().orElseThrow().section());
        assertEquals(SectionKind.PROBLEMS, d.sentences().stream().filter(s -> s.text().contains("发展不足")).findFirst().orElseThrow().section());
        assertEquals(SectionKind.PLAN, d.sentences().stream().filter(s -> s.text().contains("力争")).findFirst().orElseThrow().section());
        Heading first = d.headings().get(0);
        assertEquals("一、", first.marker());
        assertNull(d.headings().stream().filter(h -> h.title().isEmpty()).findFirst().orElse(null));
    }
}
