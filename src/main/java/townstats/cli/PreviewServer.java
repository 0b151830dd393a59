package townstats.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The local preview of {@code serve}: the output folder over HTTP on 127.0.0.1 only. Served HTML gets a small
 * script that polls {@value #VERSION_PATH} and reloads the page when a new build is published; the files on
 * disk never contain it.
 *
 * <p>Hostile callers are expected even on the loopback: Jetty reads requests without holding a thread per connection,
 * so half-open connections (a request begun and never finished) cost no worker and are closed once idle for the read
 * timeout; the workers are bounded; a Host header other than a loopback name is refused (a page elsewhere cannot read
 * the preview by pointing its own name at 127.0.0.1); hidden files, the build's manifest and marker among them, are
 * not served; and nothing is handed out whose real path is outside the site folder.
 */
final class PreviewServer implements AutoCloseable {
    static final String VERSION_PATH = "/__townstats/version";
    static final String RELOAD_SCRIPT = "<script>/* townstats serve: reload on rebuild */(function(){var v=null;"
            + "setInterval(function(){fetch('" + VERSION_PATH + "',{cache:'no-store'}).then(function(r){return r.text()})"
            + ".then(function(t){if(v!==null&&t!==v)location.reload();v=t}).catch(function(){})},1000)})();</script>";
    /** A connection that sends nothing for this long is closed (a request begun and never finished, an idle keep-alive). */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
    /** Worker threads at most (Jetty's acceptor and selector among them). */
    static final int MAX_THREADS = 16;
    /** The names the preview answers to: those of the loopback address it listens on. */
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final byte[] WRONG_HOST = "townstats serve answers only to localhost, 127.0.0.1 and [::1]\n".getBytes(StandardCharsets.UTF_8);
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("htm", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"), Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("md", "text/markdown; charset=utf-8"), Map.entry("xml", "application/xml"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"), Map.entry("woff", "font/woff"), Map.entry("woff2", "font/woff2"),
            Map.entry("pdf", "application/pdf"), Map.entry("zip", "application/zip"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("doc", "application/msword"));

    private final Path root;
    private final LongSupplier buildNumber;
    private final Server server;
    private final ServerConnector connector;

    /** @param port 0 for any free port */
    PreviewServer(Path root, int port, LongSupplier buildNumber) {
        this(root, port, buildNumber, READ_TIMEOUT);
    }

    PreviewServer(Path root, int port, LongSupplier buildNumber, Duration readTimeout) {
        this.root = root.toAbsolutePath().normalize();
        this.buildNumber = buildNumber;
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 2);
        threads.setName("townstats-serve");
        threads.setDaemon(true);
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        connector.setIdleTimeout(readTimeout.toMillis());
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() { // blocking: it reads files, so Jetty runs it on a worker
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                try {
                    PreviewServer.this.handle(request, response, callback);
                } catch (IOException | RuntimeException e) {
                    callback.failed(e);
                }
                return true;
            }
        });
    }

    void start() throws IOException {
        try {
            server.start();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    int port() {
        return connector.getLocalPort();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            // stopping anyway: the threads are daemons
        }
    }

    static String contentType(String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    /** True for a Host header naming the loopback (any port), or none (HTTP/1.0): no other site's name reaches us. */
    static boolean loopbackHost(String host) {
        if (host == null) return true;
        String h = host.strip().toLowerCase(Locale.ROOT);
        int colon = h.lastIndexOf(':');
        if (colon > h.lastIndexOf(']')) h = h.substring(0, colon);
        return LOOPBACK.contains(h);
    }

    private void handle(Request request, Response response, Callback callback) throws IOException {
        if (!loopbackHost(request.getHeaders().get(HttpHeader.HOST))) {
            send(request, response, callback, 403, "text/plain; charset=utf-8", WRONG_HOST);
            return;
        }
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            send(request, response, callback, 405, "text/plain; charset=utf-8", "method not allowed\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String path = Request.getPathInContext(request);
        if (path == null || path.isEmpty()) path = "/";
        if (path.equals(VERSION_PATH)) {
            send(request, response, callback, 200, "text/plain; charset=utf-8",
                    String.valueOf(buildNumber.getAsLong()).getBytes(StandardCharsets.US_ASCII));
            return;
        }
        Path file = resolve(path);
        if (file != null && Files.isDirectory(file)) {
            if (!path.endsWith("/")) {
                response.getHeaders().put(HttpHeader.LOCATION, request.getHttpURI().getPath() + "/");
                send(request, response, callback, 301, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            file = file.resolve("index.html");
        }
        if (file == null || !Files.isRegularFile(file) || !inside(file)) {
            Path notFound = root.resolve("404.html");
            if (Files.isRegularFile(notFound, LinkOption.NOFOLLOW_LINKS)) sendFile(request, response, callback, 404, notFound);
            else send(request, response, callback, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        sendFile(request, response, callback, 200, file);
    }

    /**
     * The file for a (decoded) URL path, or null for anything that could leave the site (.., backslash, NUL) and for a
     * hidden name (.townstats-manifest.json, .townstats-build: what the build keeps for itself).
     */
    Path resolve(String urlPath) {
        String p = urlPath.startsWith("/") ? urlPath.substring(1) : urlPath;
        if (p.indexOf('\0') >= 0 || p.indexOf('\\') >= 0 || p.startsWith("/")) return null;
        for (String segment : p.split("/")) {
            if (segment.startsWith(".")) return null;
        }
        Path file = root.resolve(p).normalize();
        return file.startsWith(root) ? file : null;
    }

    /** A symbolic link inside the site must not serve a file from elsewhere. */
    private boolean inside(Path file) {
        try {
            return file.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private void sendFile(Request request, Response response, Callback callback, int status, Path file) throws IOException {
        byte[] body = Files.readAllBytes(file);
        String type = contentType(file.getFileName().toString());
        if (type.startsWith("text/html")) body = inject(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        send(request, response, callback, status, type, body);
    }

    static String inject(String html) {
        int at = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        return at < 0 ? html + RELOAD_SCRIPT : html.substring(0, at) + RELOAD_SCRIPT + html.substring(at);
    }

    private static void send(Request request, Response response, Callback callback, int status, String type, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        boolean head = request.getMethod().equals("HEAD");
        response.write(true, head || body.length == 0 ? null : ByteBuffer.wrap(body), callback);
    }
}
