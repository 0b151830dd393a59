package townstats.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A rendered chart: PNG bytes, the alt text (one Chinese sentence for screen readers and the img alt
 * attribute), and the CSS size in pixels (the bitmap itself may be drawn at a higher scale for sharpness).
 */
public record ChartImage(byte[] png, String altText, int width, int height) {
    public ChartImage {
        png = png.clone();
    }

    @Override
    public byte[] png() {
        return png.clone();
    }

    public int bytes() {
        return png.length;
    }

    public Path write(Path file) throws IOException {
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        Files.write(file, png);
        return file;
    }
}
