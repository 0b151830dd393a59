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
     * The figures Tesseract read right from the sample reports scanned at 300 dpi had their digits at 95 % or more; a
     * digit read from a coarse scan is capped below this by the reader (see {@code Ocr.MIN_CHARACTER_PIXELS}).
     */
    public static final int MIN_CONFIDENCE = 90;

    private Recognition() {
    }

    /** The issue of a figure OCR was unsure of, or null (read from text, sure enough, or confirmed by the sidecar). */
    public static QualityIssue uncertain(Fact f) {
        if (f.confidence() == null || f.confidence() >= MIN_CONFIDENCE || f.correction() != null) return null;
        return new QualityIssue(QualityIssue.Kind.OCR_UNCERTAIN, f.indicator(), "识别自扫描件，数字的识别置信度为" + f.confidence()
                + "%（低于" + MIN_CONFIDENCE + "%），请对照原件核对；在" + Correction.LABEL + "前不参与排名和统计。", f.offset());
    }
}
