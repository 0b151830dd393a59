package townstats.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;

/**
 * The local preview of {@code serve}: the output folder over HTTP on 127.0.0.1 only. Served HTML gets a small
 * script that polls {@value #VERSION_PATH} and reloads the page when a new build is published; the files on
 * disk never contain it.
 */
final class PreviewServer implements AutoCloseable {
    static final String VERSION_PATH = "/__townstats/version";
    static final String RELOAD_SCRIPT = "<script>/* townstats serve: reload on rebuild */(function(){var v=null;"
            + "setInterval(function(){fetch('" + VERSION_PATH + "',{cache:'no-store'}).then(function(r){return r.text()})"
            + ".then(function(t){if(v!==null&&t!==v)location.reload();v=t}).catch(function(){})},1000)})();</script>";
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
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "townstats-serve");
        t.setDaemon(true);
        return t;
    });

    /** @param port 0 for any free port */
    PreviewServer(Path root, int port, LongSupplier buildNumber) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.buildNumber = buildNumber;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
    }

    void start() {
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    static String contentType(String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(ex, 405, "text/plain; charset=utf-8", "method not allowed\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = ex.getRequestURI().getPath();
            if (path == null) path = "/";
            if (path.equals(VERSION_PATH)) {
                send(ex, 200, "text/plain; charset=utf-8", String.valueOf(buildNumber.getAsLong()).getBytes(StandardCharsets.US_ASCII));
                return;
            }
            Path file = resolve(path);
            if (file != null && Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    ex.getResponseHeaders().set("Location", path + "/");
                    send(ex, 301, "text/plain; charset=utf-8", new byte[0]);
                    return;
                }
                file = file.resolve("index.html");
            }
            if (file == null || !Files.isRegularFile(file) || !inside(file)) {
                Path notFound = root.resolve("404.html");
                if (Files.isRegularFile(notFound, LinkOption.NOFOLLOW_LINKS)) sendFile(ex, 404, notFound);
                else send(ex, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            sendFile(ex, 200, file);
        }
    }

    /** The file for a URL path, or null for anything that could leave the site (.., backslash, NUL). */
    Path resolve(String urlPath) {
        String p = urlPath.startsWith("/") ? urlPath.substring(1) : urlPath;
        if (p.indexOf('\0') >= 0 || p.indexOf('\\') >= 0 || p.startsWith("/")) return null;
        for (String segment : p.split("/")) {
            if (segment.equals("..")) return null;
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

    private void sendFile(HttpExchange ex, int status, Path file) throws IOException {
        byte[] body = Files.readAllBytes(file);
        String type = contentType(file.getFileName().toString());
        if (type.startsWith("text/html")) body = inject(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        send(ex, status, type, body);
    }

    static String inject(String html) {
        int at = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        return at < 0 ? html + RELOAD_SCRIPT : html.substring(0, at) + RELOAD_SCRIPT + html.substring(at);
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
