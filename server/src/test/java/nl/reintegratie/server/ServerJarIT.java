package nl.reintegratie.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The packaged service as the README starts it: {@code java -jar target/reintegratie-server.jar} with its lib/ folder
 * and a regels/ folder (here the fixture package), answering over HTTP, and stopping on SIGTERM only after the batch in
 * flight has been answered in full.
 */
class ServerJarIT {
    static final Path JAR = Path.of(System.getProperty("server.jar", "target/reintegratie-server.jar"));
    static final Path REGELS = Path.of(System.getProperty("server.it-regels", "target/it-regels"));
    static final Pattern POORT = Pattern.compile("luistert op poort (\\d+)");

    private static Process start(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    private static String uitvoer(Process p) throws Exception {
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void deOptiesEnDeExitcodes() throws Exception {
        Process help = start("--help");
        assertThat(uitvoer(help)).contains("--port", "--regels");
        assertThat(help.exitValue()).isZero();
        Process versie = start("--version");
        assertThat(uitvoer(versie)).contains("API 1.", "engine");
        assertThat(versie.exitValue()).isZero();
        Process fout = start("--poort", "tachtig");
        assertThat(uitvoer(fout)).contains("geen geheel getal");
        assertThat(fout.exitValue()).isEqualTo(2);
        Process geenMap = start("--port", "0", "--regels", "/bestaat/niet");
        assertThat(uitvoer(geenMap)).contains("kan niet starten");
        assertThat(geenMap.exitValue()).isEqualTo(4);
    }

    @Test
    void deJarStartBeantwoordtEnStoptNetjesOpSigterm() throws Exception {
        assertThat(JAR).exists();
        assertThat(JAR.resolveSibling("lib")).isDirectory();
        try (var s = Files.list(REGELS)) {
            assertThat(s.filter(p -> p.toString().endsWith(".jar")).count()).isEqualTo(1);
        }
        // the server's log goes to a file, read as it grows
        Path logbestand = Files.createTempFile("server-it", ".log");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(),
                "--port", "0", "--host", "127.0.0.1", "--regels", REGELS.toString(), "--stoptijd", "30"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(logbestand.toFile()).start();
        CompletableFuture<Integer> poort = CompletableFuture.supplyAsync(() -> {
            long tot = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (System.nanoTime() < tot && p.isAlive()) {
                try {
                    Matcher m = POORT.matcher(Files.readString(logbestand));
                    if (m.find()) return Integer.parseInt(m.group(1));
                    Thread.sleep(100);
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            throw new IllegalStateException("de server startte niet");
        });
        try {
            int n = poort.get(120, TimeUnit.SECONDS);
            HttpClient client = HttpClient.newHttpClient();
            URI basis = URI.create("http://127.0.0.1:" + n + "/api/v1");
            HttpResponse<String> gezond = client.send(HttpRequest.newBuilder(URI.create(basis + "/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(gezond.statusCode()).isEqualTo(200);
            assertThat(gezond.body()).contains("Midden-Groningen");
            HttpResponse<String> besluit = client.send(HttpRequest.newBuilder(URI.create(basis + "/beslissingen")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Dienst.CASUS)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(besluit.statusCode()).isEqualTo(200);
            assertThat(besluit.body()).contains("\"uitkomst\":\"TOEKENBAAR\"");

            String rest = Casussen.caseload(300, 41);
            try (Ruwe lopend = new Ruwe(n, Casussen.reeks(1, 40).get(0) + "\n")) {
                p.destroy(); // SIGTERM
                Thread.sleep(1500);
                assertThat(p.isAlive()).as("de server wacht op de lopende batch").isTrue();
                List<String> regels = lopend.rest(rest);
                assertThat(regels).hasSize(1 + (int) rest.lines().filter(x -> !x.isBlank()).count());
            }
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isEqualTo(143);
            assertThat(Files.readString(logbestand)).as("uitvoer van de server na SIGTERM").contains("beslisservice stopt", "beslisservice gestopt", "POST /api/v1/batches 200");
        } finally {
            p.destroyForcibly();
        }
    }
}
