package townstats.render;

import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which addresses a page may link to: http, https, mailto and relative ones. The scheme is read as a browser reads
 * it, after decoding HTML entities (repeatedly: {@code &amp;#106;} too), dropping tabs and line breaks and leading
 * spaces and control characters, and ignoring case; so {@code JaVaScRiPt:}, {@code &#106;avascript:} and
 * {@code java&#9;script:} are all refused.
 */
public final class SafeLinks {
    static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.\\-]*):");

    private SafeLinks() {
    }

    /** True for an http, https or mailto address and for a relative one (no scheme: path, #fragment, ?query, //host). */
    public static boolean allowed(String url) {
        String scheme = scheme(url);
        return scheme == null || LINK_SCHEMES.contains(scheme);
    }

    /** The scheme a browser would see, lower case, or null for a relative address. */
    static String scheme(String url) {
        String s = url;
        for (int i = 0; i < 5; i++) {
            String decoded = Escaping.unescapeHtml(s);
            if (decoded.equals(s)) break;
            s = decoded;
        }
        // the URL standard strips leading C0 controls and spaces, and removes every tab and line break
        s = s.replaceAll("[\\t\\n\\r]", "").replaceFirst("^[\\x00-\\x20]+", "");
        Matcher m = SCHEME.matcher(s);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /**
     * An absolute http(s) address with a host, for {@code base_url}: the reason it is not one, or null when it is.
     */
    public static String notHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!"http".equals(scheme) && !"https".equals(scheme)) return "must start with http:// or https://";
            if (uri.getHost() == null || uri.getHost().isEmpty()) return "has no host name";
            if (uri.getRawUserInfo() != null) return "must not hold a user name or password";
            if (uri.getRawQuery() != null || uri.getRawFragment() != null) return "must not have a ?query or #fragment";
            return null;
        } catch (URISyntaxException e) {
            return "is not a valid address (" + e.getReason() + " at character " + (e.getIndex() + 1) + ")";
        }
    }

    /**
     * For flexmark: a link or image whose address is not allowed loses its href (or src), so it stays as inert text
     * (an image without its source). (flexmark itself already drops a plain lowercase javascript: link to its text, by
     * its SUPPRESSED_LINKS default; this catches every other spelling and scheme.)
     */
    static final class Factory extends IndependentAttributeProviderFactory {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return SafeLinks::filter;
        }
    }

    private static void filter(Node node, AttributablePart part, MutableAttributes attributes) {
        for (String name : new String[] {"href", "src"}) {
            if (attributes.contains(name) && !allowed(attributes.getValue(name))) attributes.remove(name);
        }
    }
}
