package townstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewServerTest {
    @TempDir
    Path tmp;
    private Path site;
    private PreviewServer server;
    private final AtomicLong build = new AtomicLong(7);
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void start() throws IOException {
        site = Files.createDirectories(tmp.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<html><body><h1>首页</h1></body></html>");
        Files.createDirectories(site.resolve("towns"));
        Files.writeString(site.resolve("towns/index.html"), "<p>towns</p>");
        Files.writeString(site.resolve("404.html"), "<html><body>找不到</body></html>");
        for (String f : new String[] {"a.js", "a.css", "a.png", "a.json", "a.csv", "a.xlsx", "a.svg"}) Files.writeString(site.resolve(f), "x");
        Files.writeString(tmp.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(site.resolve("escape.txt"), tmp.resolve("secret.txt"));
        // a linked folder leading out of the site, with an index.html of its own there
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("secret.txt"), "secret");
        Files.writeString(elsewhere.resolve("index.html"), "secret");
        Files.createSymbolicLink(site.resolve("linked"), elsewhere);
        server = new PreviewServer(site, 0, build::get);
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A raw request line, for paths an HTTP client would normalise. */
    private String raw(String path) throws IOException {
        return raw(path, "localhost");
    }

    private String raw(String path, String host) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void servesHtmlWithTheReloadScriptButLeavesTheFileAlone() throws Exception {
        HttpResponse<String> r = get("/");
        assertEquals(200, r.statusCode());
        assertEquals("text/html; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
        assertTrue(r.body().contains("<h1>首页</h1>"));
        assertTrue(r.body().contains(PreviewServer.VERSION_PATH) && r.body().indexOf("<script>") < r.body().indexOf("</body>"));
        assertFalse(Files.readString(site.resolve("index.html")).contains("script"), "published files never get the script");
    }

    @Test
    void contentTypes() throws Exception {
        Map<String, String> expected = Map.of("/a.js", "text/javascript; charset=utf-8", "/a.css", "text/css; charset=utf-8",
                "/a.png", "image/png", "/a.json", "application/json; charset=utf-8", "/a.csv", "text/csv; charset=utf-8",
                "/a.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "/a.svg", "image/svg+xml");
        for (var e : expected.entrySet()) {
            HttpResponse<String> r = get(e.getKey());
            assertEquals(200, r.statusCode(), e.getKey());
            assertEquals(e.getValue(), r.headers().firstValue("Content-Type").orElse(""), e.getKey());
            assertEquals("x", r.body(), "only HTML is touched");
        }
    }

    @Test
    void foldersServeTheirIndexAndMissingPagesThe404Page() throws Exception {
        HttpResponse<String> redirect = get("/towns");
        assertEquals(301, redirect.statusCode());
        assertEquals("/towns/", redirect.headers().firstValue("Location").orElse(""));
        assertTrue(get("/towns/").body().startsWith("<p>towns</p>"));
        HttpResponse<String> missing = get("/nope.html");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("找不到"));
    }

    @Test
    void noPathTraversalAndNoSymlinksOut() throws Exception {
        for (String path : new String[] {"/../secret.txt", "/%2e%2e/secret.txt", "/towns/../../secret.txt", "/..%2fsecret.txt",
                "/%2e%2e%5csecret.txt", "/escape.txt", "/linked/secret.txt", "/linked/", "/linked/index.html", "/linked/../secret.txt"}) {
            String response = raw(path);
            assertFalse(response.contains("secret\n") || response.endsWith("secret"), path + " leaked: " + response);
            assertTrue(response.startsWith("HTTP/1.1 404") || response.startsWith("HTTP/1.1 400"), path + ": " + response.lines().findFirst().orElse(""));
        }
    }

    /**
     * Issue 25, case 8: serve answered any Host header, so a page on another site could read the preview through DNS
     * rebinding (its own name pointed at 127.0.0.1). Only the loopback names are answered.
     */
    @Test
    void onlyLoopbackHostNamesAreAnswered() throws Exception {
        for (String host : new String[] {"localhost", "localhost:" + server.port(), "127.0.0.1:" + server.port(), "[::1]:" + server.port(),
                "LOCALHOST"}) {
            assertTrue(raw("/", host).startsWith("HTTP/1.1 200"), host);
        }
        for (String host : new String[] {"evil.example", "evil.example:" + server.port(), "127.0.0.1.evil.example", "localhost.evil.example",
                "10.0.0.1", "0.0.0.0"}) {
            String response = raw("/", host);
            assertTrue(response.startsWith("HTTP/1.1 403"), host + ": " + response.lines().findFirst().orElse(""));
            assertFalse(response.contains("首页"), "nothing of the site: " + host);
            assertTrue(response.contains("townstats serve answers only to localhost, 127.0.0.1 and [::1]"), response);
        }
    }

    /** Issue 25, case 8: the build's own files (the manifest, the build marker) and any hidden file are not served. */
    @Test
    void internalAndHiddenFilesAreNotServed() throws Exception {
        Files.writeString(site.resolve(".townstats-manifest.json"), "{\"secret\":1}");
        Files.writeString(site.resolve(".townstats-build"), "secret");
        Files.createDirectories(site.resolve(".git"));
        Files.writeString(site.resolve(".git/config"), "secret");
        for (String path : new String[] {"/.townstats-manifest.json", "/.townstats-build", "/.git/config", "/towns/../.townstats-build",
                "/%2etownstats-build"}) {
            String response = raw(path);
            assertTrue(response.startsWith("HTTP/1.1 404") || response.startsWith("HTTP/1.1 400"), path + ": " + response.lines().findFirst().orElse(""));
            assertFalse(response.contains("secret"), path);
        }
    }

    @Test
    void versionEndpointFollowsTheBuildNumber() throws Exception {
        assertEquals("7", get(PreviewServer.VERSION_PATH).body());
        build.incrementAndGet();
        assertEquals("8", get(PreviewServer.VERSION_PATH).body());
    }

    @Test
    void onlyGetAndHead() throws Exception {
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
        HttpResponse<String> head = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/a.css"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
    }
}
