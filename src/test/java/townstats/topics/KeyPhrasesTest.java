package townstats.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The key phrases the build lists for the catalogue's maintainer from the problem sentences no theme covers. */
class KeyPhrasesTest {
    private static final List<Uncovered> SENTENCES = List.of(
            new Uncovered("r1", 0, 22, "宅基地审批管理不规范，一户多宅现象依然存在。"),
            new Uncovered("r2", 0, 24, "农村宅基地审批管理难度大，违规占地建房时有发生。"),
            new Uncovered("r3", 0, 19, "宅基地审批管理流程繁琐，群众意见较大。"),
            new Uncovered("r1", 30, 49, "殡葬改革推进阻力大，散埋乱葬现象普遍。"),
            new Uncovered("r4", 0, 17, "殡葬改革宣传不到位，群众接受度低。"),
            new Uncovered("r5", 0, 9, "冬季取暖设施陈旧。"),
            new Uncovered("r5", 20, 39, "村民参与意愿不高，存在等待观望的问题。"),
            new Uncovered("r6", 0, 11, "部分群众参与意愿不高。"));

    @Test
    void phrasesSharedBySeveralSentencesMostReportsFirst() {
        List<KeyPhrases.Phrase> phrases = KeyPhrases.of(SENTENCES);
        assertEquals(List.of("宅基地审批管理", "殡葬改革", "参与意愿不高"), phrases.stream().map(KeyPhrases.Phrase::phrase).toList(),
                "a negation inside a phrase is kept (意愿不高, not 意愿高); 群众, 现象, 存在 name nothing on their own; 取暖 is in one sentence");
        KeyPhrases.Phrase first = phrases.get(0);
        assertEquals(3, first.sentences());
        assertEquals(3, first.reports());
        assertEquals("r1", first.example().report());
        KeyPhrases.Phrase funerals = phrases.get(1);
        assertEquals(2, funerals.sentences());
        assertEquals(2, funerals.reports());
    }

    @Test
    void aPhraseHeldByNoMoreSentencesThanALongerOneIsLeftOut() {
        List<String> phrases = KeyPhrases.of(SENTENCES).stream().map(KeyPhrases.Phrase::phrase).toList();
        assertTrue(!phrases.contains("宅基地") && !phrases.contains("意愿不高"), phrases.toString());
    }

    @Test
    void nothingUncoveredNothingListed() {
        assertEquals(List.of(), KeyPhrases.of(List.of()));
        assertEquals(List.of(), KeyPhrases.of(SENTENCES.subList(5, 6)), "one sentence alone is no frequent phrase");
    }
}
