package nl.reintegratie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code batch}: one output line per input line, in input order, bad lines kept as problem details, on all cores. */
class BatchTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static String caseload(int n, long seed) {
        Random r = new Random(seed);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i % 97 == 13) { s.append("{\"gemeente\": \"Midden-Groningen\", \"peildatum\": \"2025-13-01\"}\n"); continue; }
            if (i % 211 == 17) { s.append("geen json\n"); continue; }
            if (i % 500 == 3) { s.append("\n"); continue; }
            String doelgroep = switch (r.nextInt(3)) { case 0 -> "true"; case 1 -> "false"; default -> "null"; };
            s.append("{\"gemeente\": \"Midden-Groningen\", \"peildatum\": \"2025-03-01\", \"naam\": \"c").append(i)
                    .append("\", \"persoon\": {\"geboortedatum\": \"1990-01-01\", \"behoortTotDoelgroep\": ").append(doelgroep)
                    .append("}, \"aanvragen\": [{\"id\": \"a").append(i).append("\", \"voorziening\": \"sociale-activering\"}]}\n");
        }
        return s.toString();
    }

    @Test
    void elkeRegelKrijgtInVolgordeEenAntwoord(@TempDir Path dir) throws IOException {
        int n = 3000;
        Path in = dir.resolve("caseload.jsonl");
        Path uit = dir.resolve("uit.jsonl");
        String invoer = caseload(n, 42);
        Files.writeString(in, invoer);
        Cli c = Cli.run("batch", "--threads", "2", "--uitvoer", uit.toString(), in.toString());
        assertThat(c.code).isEqualTo(2);
        List<String> regels = Files.readAllLines(uit);
        String[] invoerRegels = invoer.split("\n", -1);
        long nietLeeg = java.util.Arrays.stream(invoerRegels).filter(x -> !x.isBlank()).count();
        assertThat(regels).hasSize((int) nietLeeg);
        long vorige = 0;
        int fouten = 0;
        for (String regel : regels) {
            JsonNode j = JSON.readTree(regel);
            long nummer = j.get("regel").asLong();
            assertThat(nummer).isGreaterThan(vorige);
            vorige = nummer;
            String bron = invoerRegels[(int) nummer - 1];
            if (j.has("probleem")) {
                fouten++;
                assertThat(j.get("probleem").get("status").asInt()).isEqualTo(400);
            } else {
                String id = j.at("/evaluatie/besluiten/0/onderwerp").asText();
                assertThat(bron).contains("\"id\": \"" + id + "\"");
            }
        }
        assertThat(fouten).isEqualTo((int) java.util.Arrays.stream(invoerRegels).filter(x -> x.startsWith("geen json") || x.contains("2025-13-01")).count());
        assertThat(c.err()).contains(regels.size() + " regels", "beoordeeld", "Fouten");
    }

    @Test
    void csvHeeftEenRijPerBesluitEnPerFout(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("caseload.jsonl");
        Files.writeString(in, caseload(300, 7));
        Cli c = Cli.run("batch", "--csv", in.toString());
        String[] rijen = c.out().split("\n");
        assertThat(rijen[0]).startsWith("regel,gemeente,versie,variant,peildatum,onderwerp");
        assertThat(rijen.length - 1).isEqualTo(300 - 1 /* one blank line */);
    }

    @Test
    void eenMapMetCasusbestanden(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("b.json"), Cli.FIXTURE);
        Files.writeString(dir.resolve("a.yaml"), "gemeente: Midden-Groningen\npeildatum: 2025-03-01\npersoon: {geboortedatum: 1990-01-01}\naanvragen: [{id: y, voorziening: sociale-activering}]\n");
        Cli c = Cli.run("batch", dir.toString());
        String[] regels = c.out().split("\n");
        assertThat(regels).hasSize(2);
        assertThat(regels[0]).contains("\"onderwerp\":\"y\"");
        assertThat(regels[1]).contains("\"onderwerp\":\"a1\"");
    }

    @Test
    void eenAfgebrokenBatchLaatGeenDraadAchter() throws Exception {
        // the reader of the output goes away (a client that disconnects): writing fails after a few lines
        java.io.Writer wegvallend = new java.io.Writer() {
            int geschreven;
            @Override public void write(char[] b, int o, int n) throws IOException { if (++geschreven > 3) throw new IOException("verbinding verbroken"); }
            @Override public void flush() { }
            @Override public void close() { }
        };
        nl.reintegratie.engine.Batch batch = new nl.reintegratie.engine.Batch(nl.reintegratie.engine.ReintegratieEngine.load(),
                new nl.reintegratie.engine.Batch.Options(2, false, false, null));
        java.io.InputStream in = new java.io.ByteArrayInputStream(caseload(5000, 3).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> batch.process(in, wegvallend, null)).isInstanceOf(IOException.class).hasMessageContaining("verbroken");
        long tot = System.nanoTime() + 5_000_000_000L;
        while (levendeLezers() > 0 && System.nanoTime() < tot) Thread.sleep(20);
        assertThat(levendeLezers()).isZero();
    }

    private static long levendeLezers() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("batch-lezer") && t.isAlive()).count();
    }
}
