package townstats.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import townstats.util.SiteFiles;

/**
 * Renders pages with the Freemarker templates of a theme ({@code themes/NAME/templates}), HTML
 * auto-escaping on for every template: report text is data, never template source.
 */
public final class SiteRenderer {
    private final Configuration freemarker;
    private final Path theme;

    public SiteRenderer(Path theme) throws IOException {
        this.theme = theme;
        freemarker = new Configuration(Configuration.VERSION_2_3_33);
        freemarker.setDirectoryForTemplateLoading(theme.resolve("templates").toFile());
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setOutputFormat(HTMLOutputFormat.INSTANCE);
        freemarker.setRecognizeStandardFileExtensions(true);
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        freemarker.setNumberFormat("0.####");
    }

    /** Renders {@code template} with {@code model} to a string. */
    public String render(String template, Map<String, Object> model) throws IOException {
        Template t = freemarker.getTemplate(template);
        StringWriter w = new StringWriter(8192);
        try {
            t.process(model, w);
        } catch (TemplateException e) {
            throw new IOException("template " + template + ": " + e.getMessageWithoutStackTop(), e);
        }
        return w.toString();
    }

    /** Copies the theme's assets folder into {@code assets/} of the site, through the output's path guard. */
    public void copyAssets(SiteFiles site) throws IOException {
        Path assets = theme.resolve("assets");
        if (!Files.isDirectory(assets)) return;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(assets)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            site.write("assets/" + assets.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
        }
    }
}
