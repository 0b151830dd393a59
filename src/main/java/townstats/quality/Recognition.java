package townstats.quality;

import townstats.model.Correction;
import townstats.model.Fact;
import townstats.model.QualityIssue;

/**
 * The rule for figures OCR read from scans: one whose digits were read with less than {@link #MIN_CONFIDENCE} % confidence
 * is flagged 识别存疑 and not ranked until an official confirms or corrects it in the report's sidecar.
 */
public final class Recognition {
    /**
     * Tesseract's confidence in a character it read right is almost always above 90; the digits it misread in the tests'
     * scans were below 80 (see the README's measurements).
     */
    public static final int MIN_CONFIDENCE = 85;

    private Recognition() {
    }

    /** The issue of a figure OCR was unsure of, or null (read from text, sure enough, or confirmed by the sidecar). */
    public static QualityIssue uncertain(Fact f) {
        if (f.confidence() == null || f.confidence() >= MIN_CONFIDENCE || f.correction() != null) return null;
        return new QualityIssue(QualityIssue.Kind.OCR_UNCERTAIN, f.indicator(), "识别自扫描件，数字的识别置信度为" + f.confidence()
                + "%（低于" + MIN_CONFIDENCE + "%），请对照原件核对；在" + Correction.LABEL + "前不参与排名和统计。", f.offset());
    }
}
