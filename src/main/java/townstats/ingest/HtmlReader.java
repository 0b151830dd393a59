package townstats.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.field.ContentTypeField;
import org.apache.james.mime4j.dom.field.FieldName;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A report saved from a government portal (.html, .htm, or a browser's single-file .mhtml): the article's text, not
 * the portal around it (navigation, breadcrumbs, related links, footer, scripts), decoded in the page's declared
 * character set.
 *
 * <p>The article is the smallest element holding the page's running text: starting from the body, the reader goes
 * down into the one child that holds nearly all of the sentence punctuation (。，；) while there is one; a portal's menus
 * and footers hold little of it. The article's title, printed above it by most portals, is put first. Inside the
 * article, blocks that are mostly links (上一篇, 相关新闻) and the print and share bars are left out.
 */
final class HtmlReader {
    /** A child holding this share of its parent's punctuation is where the article is. */
    static final double ARTICLE_SHARE = 0.8;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern FRAME = Pattern.compile(
            "(?i)(?:^|[-_\\s])(?:nav|navbar|menu|breadcrumbs?|crumbs?|position|location|header|footer|foot|sidebar|side|share|"
                    + "fenxiang|print|toolbar|copyright|banner|login|search|related|xgwz|xgxx|comment|pager|prev|next|"
                    + "bottom|topbar)(?:$|[-_\\s\\d])");
    private static final String BLOCKS = "p div section article main table tbody thead tr li ul ol dl dt dd h1 h2 h3 h4 h5 h6 "
            + "blockquote pre center form header footer nav aside address figure figcaption hr br";
    private static final String SENTENCE_MARKS = "。，；！？";

    private HtmlReader() {
    }

    /** The article's text, one line per block (paragraph, heading, table row), and the character set it was in. */
    static TextDecoder.Decoded read(byte[] bytes, String format, List<String> warnings) throws BadInputException {
        TextDecoder.Decoded html = format.equals("mhtml") || format.equals("mht") ? fromArchive(bytes, warnings)
                : decode(bytes, null, warnings);
        return new TextDecoder.Decoded(article(Jsoup.parse(html.text())), html.encoding());
    }

    /**
     * The page's text in the character set it declares (a byte-order mark, the archive's Content-Type, then the page's
     * own {@code <meta charset>}); a page that declares none, or one its bytes do not decode in, is decoded as a text
     * report is (UTF-8, else GB18030).
     */
    static TextDecoder.Decoded decode(byte[] bytes, String mimeCharset, List<String> warnings) throws BadInputException {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                || bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF || (bytes[0] & 0xFF) == 0xFE)) {
            return TextDecoder.decode(bytes);
        }
        String declared = mimeCharset;
        if (declared == null) {
            Matcher m = META_CHARSET.matcher(new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1));
            if (m.find()) declared = m.group(1);
        }
        if (declared != null) {
            Charset charset = charset(declared);
            if (charset == null) {
                warnings.add("unknown character set declared: " + declared);
            } else {
                try {
                    return new TextDecoder.Decoded(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString(),
                            charset.name());
                } catch (CharacterCodingException e) {
                    TextDecoder.Decoded d = TextDecoder.decode(bytes);
                    warnings.add("declared " + declared + " but is not: read as " + d.encoding());
                    return d;
                }
            }
        }
        return TextDecoder.decode(bytes);
    }

    /** GB2312 and GBK pages often hold characters only GB18030 (their superset) has: they are read as GB18030. */
    private static Charset charset(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.equals("gb2312") || n.equals("gbk") || n.equals("x-gbk") || n.equals("cp936") || n.equals("gb_2312-80")) {
            return TextDecoder.GB18030;
        }
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** The HTML part of a web archive (.mhtml): the first text/html part, its transfer encoding undone. */
    private static TextDecoder.Decoded fromArchive(byte[] bytes, List<String> warnings) throws BadInputException {
        DefaultMessageBuilder builder = new DefaultMessageBuilder();
        builder.setMimeEntityConfig(MimeConfig.PERMISSIVE);
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            Message message = builder.parseMessage(in);
            Entity html = htmlPart(message, 0);
            if (html == null) throw new BadInputException("no web page (text/html part) in the .mhtml archive");
            byte[] part;
            try (InputStream body = ((SingleBody) html.getBody()).getInputStream()) {
                part = body.readAllBytes();
            }
            // the part's own Content-Type charset, when it states one (mime4j's getCharset() defaults to us-ascii)
            Field type = html.getHeader().getField(FieldName.CONTENT_TYPE);
            return decode(part, type instanceof ContentTypeField ct ? ct.getCharset() : null, warnings);
        } catch (IOException | RuntimeException e) {
            throw new BadInputException("truncated or damaged .mhtml file", e);
        }
    }

    private static Entity htmlPart(Entity entity, int depth) {
        if (depth > 10) return null;
        Body body = entity.getBody();
        if (body instanceof Multipart multi) {
            for (Entity part : multi.getBodyParts()) {
                Entity found = htmlPart(part, depth + 1);
                if (found != null) return found;
            }
            return null;
        }
        return "text/html".equalsIgnoreCase(entity.getMimeType()) && body instanceof SingleBody ? entity : null;
    }

    /** The article of a parsed page as text (see the class comment). */
    static String article(Document page) {
        page.select("script, style, noscript, template, iframe, object, embed, svg, canvas, select, button, input, textarea, "
                + "nav, aside, [role=navigation], [role=banner], [role=contentinfo], [hidden], [style*=display:none], "
                + "[style*=display: none]").remove();
        Element body = page.body();
        Element article = body;
        while (true) {
            int total = marks(article.text());
            if (total == 0) break;
            Element inner = null;
            for (Element child : article.children()) {
                if (marks(child.text()) >= ARTICLE_SHARE * total) inner = child;
            }
            if (inner == null) break;
            article = inner;
        }
        Element title = title(page, article);
        // inside the article: link lists (上一篇, 相关新闻) and the print, share and frame bars
        for (Element e : article.select("*")) {
            if (e == article || e.parent() == null) continue;
            if (frame(e) && marks(e.text()) * 10 < Math.max(1, marks(article.text()))) e.remove();
            else if (linkText(e) * 2 > e.text().length() && marks(e.text()) <= 1 && !e.select("a").isEmpty()) e.remove();
        }
        StringBuilder text = new StringBuilder();
        if (title != null) text.append(title.text().strip()).append('\n');
        text.append(text(article));
        return text.toString();
    }

    /** The article's title when the article does not hold it: the last heading before it in the page. */
    private static Element title(Document page, Element article) {
        if (!article.select("h1, h2, h3").isEmpty() || article == page.body()) return null;
        Element found = null;
        for (Element e : page.body().select("h1, h2, h3, [class~=(?i)title|biaoti|^bt$], [id~=(?i)title|biaoti]")) {
            if (e.text().isBlank() || e.text().length() > 100 || e.select("a").size() > 1) continue;
            if (inside(e, article)) continue;
            if (precedes(e, article) && !framed(e)) found = e;
        }
        return found;
    }

    private static boolean inside(Element e, Element ancestor) {
        for (Element p = e; p != null; p = p.parent()) if (p == ancestor) return true;
        return false;
    }

    /** Whether {@code e} comes before {@code article} in the page. */
    private static boolean precedes(Element e, Element article) {
        Elements all = article.ownerDocument().getAllElements();
        return all.indexOf(e) < all.indexOf(article) && !inside(article, e);
    }

    private static boolean framed(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            String tag = p.tagName();
            if (tag.equals("header") || tag.equals("footer") || frame(p)) return true;
        }
        return false;
    }

    private static boolean frame(Element e) {
        return FRAME.matcher(e.className()).find() || FRAME.matcher(e.id()).find()
                || e.tagName().equals("footer") || e.tagName().equals("header");
    }

    private static int linkText(Element e) {
        int n = 0;
        for (Element a : e.select("a")) n += a.text().length();
        return n;
    }

    private static int marks(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (SENTENCE_MARKS.indexOf(s.charAt(i)) >= 0) n++;
        return n;
    }

    /** The element's text with a line break around every block and at every {@code <br>}; cells of a row apart by a space. */
    static String text(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText().replace('\u00A0', ' ').replaceAll("[\\s&&[^\\u3000]]+", " ");
                    if (out.length() == 0 || out.charAt(out.length() - 1) == '\n') s = s.stripLeading();
                    out.append(s);
                } else if (node instanceof Element e) {
                    if (block(e)) newLine(out);
                    else if ((e.tagName().equals("td") || e.tagName().equals("th")) && out.length() > 0
                            && out.charAt(out.length() - 1) != '\n') out.append(' ');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && block(e)) newLine(out);
            }
        }, root);
        return out.toString().lines().map(String::strip).reduce(new StringBuilder(), (sb, l) -> sb.append(l).append('\n'),
                StringBuilder::append).toString();
    }

    private static boolean block(Element e) {
        return (" " + BLOCKS + " ").contains(" " + e.tagName() + " ");
    }

    private static void newLine(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') out.append('\n');
    }
}
