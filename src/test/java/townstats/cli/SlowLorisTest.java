package townstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 25, case 8: four half-open connections (a request begun and never finished) froze serve: four worker threads,
 * each waiting without a read timeout. Now eight of them leave every other request answered within a second, and are
 * closed once idle for the read timeout.
 */
class SlowLorisTest {
    @TempDir
    Path tmp;

    @Test
    void eightHalfOpenConnectionsLeaveOtherRequestsAnsweredWithinASecond() throws Exception {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<html><body><h1>首页</h1></body></html>");
        List<Socket> loris = new ArrayList<>();
        try (PreviewServer server = new PreviewServer(site, 0, () -> 1, Duration.ofSeconds(3))) {
            server.start();
            for (int i = 0; i < 8; i++) {
                Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port());
                // a request begun and never finished: the line and one header, no blank line
                s.getOutputStream().write("GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                loris.add(s);
            }
            Thread.sleep(200);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
            long slowest = 0;
            for (int i = 0; i < 20; i++) {
                long t = System.nanoTime();
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/"))
                        .timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                long millis = (System.nanoTime() - t) / 1_000_000;
                assertEquals(200, r.statusCode());
                assertTrue(r.body().contains("首页"));
                assertTrue(millis < 1000, "request " + i + " took " + millis + " ms");
                slowest = Math.max(slowest, millis);
            }
            System.out.printf("SlowLorisTest: 20 requests beside 8 half-open connections, the slowest in %d ms%n", slowest);
            // the half-open connections are closed by the server once idle for the read timeout
            for (Socket s : loris) {
                s.setSoTimeout(10_000);
                assertTrue(closedByServer(s.getInputStream()), "a half-open connection is closed after the read timeout");
            }
        } finally {
            for (Socket s : loris) s.close();
        }
    }

    /** Reads until the server closes the connection (an error response before it is fine); false on a client timeout. */
    private static boolean closedByServer(InputStream in) throws IOException {
        try {
            while (in.read() >= 0) {
                // a 408 or 400 response may come first
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }
}
