package nl.reintegratie.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.reintegratie.engine.Batch;
import nl.reintegratie.engine.CsvRegels;
import nl.reintegratie.engine.ReintegratieEngine;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job answers exactly as the CLI's {@code batch} (the {@link Batch} class, which is what {@code batch}
 * writes): Spark in local mode with two threads on a generated caseload of a few thousand lines — decisions, bad cases,
 * blank lines, CRLF, bad UTF-8, a line over the length limit, a last line without line ending — under four runs (each
 * case under its own gemeente and under a gemeente given, each without and with a policy variant), compared per run
 * with a batch run with the same options: the JSON Lines sorted, the CSV file byte for byte, the summary word for
 * word. The rule package is the fixture (Midden-Groningen), so the test does not wait for the real ones.
 */
class BatchGelijkTest {
    private static final int AANTAL = 3000;
    private static final String VARIANT = """
            {"naam": "km-030", "reden": "Wat als de onbelaste kilometervergoeding 0,30 is?", "versie": "midden-groningen-2025",
             "vanaf": "2025-07-01", "parameters": {"wetLb.art31a.kilometervergoeding": 0.30}}
            """;

    private static SparkSession spark;
    private static ReintegratieEngine engine;

    @TempDir
    static Path map;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("BatchGelijkTest")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
        engine = ReintegratieEngine.load(BatchGelijkTest.class.getClassLoader());
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
    }

    @Test
    void deJobSchrijftWatBatchSchrijft() throws IOException, InterruptedException {
        Path invoer = map.resolve("casussen.jsonl");
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        Caseload.schrijf(engine, AANTAL, 15L, b);
        // a line over batch's limit, then a last line without a line ending
        b.write(("{\"naam\": \"" + "x".repeat(Batch.MAX_LINE) + "\"}\n").getBytes(StandardCharsets.UTF_8));
        b.write("{\"gemeente\": \"Midden-Groningen\"}".getBytes(StandardCharsets.UTF_8));
        byte[] caseload = b.toByteArray();
        Files.write(invoer, caseload);
        Path variant = map.resolve("km-030.json");
        Files.writeString(variant, VARIANT);
        Path uit = map.resolve("uit");

        long t0 = System.nanoTime();
        List<Samenvatting> samenvattingen = Job.voerUit(spark, Job.Parameters.lees("--gemeente", "eigen,midden-groningen", "--variant", variant.toString(),
                "--tabel", "csv", "--partities", "5", invoer.toString(), uit.toString()));
        System.out.printf("job: %d lines × 4 runs in %d ms%n", AANTAL + 2, (System.nanoTime() - t0) / 1_000_000);

        Map<String, Samenvatting> perRun = new TreeMap<>();
        samenvattingen.forEach(s -> perRun.put(s.alsGemeente() + "/" + s.metVariant(), s));
        assertThat(perRun).containsOnlyKeys("eigen/geen", "eigen/km-030", "Midden-Groningen/geen", "Midden-Groningen/km-030");

        // the reference: batch with the same options, in a JVM of its own, as the CLI runs it
        String[][] runs = {{"eigen", "-", "geen"}, {"Midden-Groningen", "midden-groningen", "geen"},
                {"eigen", "-", "km-030"}, {"Midden-Groningen", "midden-groningen", "km-030"}};
        List<String> argumenten = new ArrayList<>();
        for (String[] run : runs) {
            String v = run[2].equals("geen") ? "-" : variant.toString();
            argumenten.add(run[1] + ":" + v + ":json");
            argumenten.add(run[1] + ":" + v + ":csv");
        }
        List<String[]> referentie = BatchReferentie.inEigenJvm(invoer, map.resolve("referentie"), argumenten);
        for (int r = 0; r < runs.length; r++) {
            String[] run = runs[r];
            Path dir = Path.of("als_gemeente=" + run[0], "met_variant=" + run[2]);
            String json = referentie.get(2 * r)[0], csv = referentie.get(2 * r + 1)[0], samenvatting = referentie.get(2 * r)[1];

            List<String> jsonVerwacht = gesorteerd(json);
            List<String> jsonSpark = gesorteerd(inhoud(uit.resolve("besluiten").resolve(dir), ".txt"));
            assertThat(jsonSpark).as("JSON Lines of run %s", dir).hasSize(jsonVerwacht.size());
            for (int i = 0; i < jsonVerwacht.size(); i++) assertThat(jsonSpark.get(i)).as("run %s", dir).isEqualTo(jsonVerwacht.get(i));
            assertThat(inhoud(uit.resolve("tabel").resolve(dir), ".csv")).as("CSV of run %s", dir).isEqualTo(csv);
            assertThat(perRun.get(run[0] + "/" + run[2]).tekst()).as("summary of run %s", dir).isEqualTo(samenvatting);

            if (run[2].equals("km-030")) assertThat(json).contains("\"variant\":\"km-030\"");
            assertThat(samenvatting).contains(" met een fout").doesNotContain(" 0 met een fout");
            assertThat(perRun.get(run[0] + "/" + run[2]).perUitkomst().size()).isGreaterThan(3);
        }
        assertThat(perRun.get("eigen/geen").perFout()).containsKeys("onleesbaar: $", "ongeldig: gemeente", "ongeldig: peildatum");
        assertThat(Files.readString(uit.resolve("samenvatting.txt"))).contains("als_gemeente=Midden-Groningen, met_variant=km-030:\n");
        assertThat(Files.readAllLines(uit.resolve("tellingen.jsonl"))).contains(
                "{\"als_gemeente\":\"eigen\",\"met_variant\":\"geen\",\"soort\":\"totaal\",\"sleutel\":\"regels\",\"aantal\":"
                        + perRun.get("eigen/geen").regels() + "}");
    }

    @Test
    void eenParquetDatasetMetHetCasusschemaEnDeParquetTabel() throws IOException {
        // a caseload as a data team keeps it: Parquet with the case schema (here the facts the fixture reads)
        StructType schema = new StructType()
                .add("gemeente", DataTypes.StringType).add("peildatum", DataTypes.DateType)
                .add("persoon", new StructType().add("geboortedatum", DataTypes.DateType).add("behoortTotDoelgroep", DataTypes.BooleanType))
                .add("aanvragen", DataTypes.createArrayType(new StructType().add("id", DataTypes.StringType).add("voorziening", DataTypes.StringType)
                        .add("ontvangstdatum", DataTypes.DateType)
                        .add("oordelen", DataTypes.createMapType(DataTypes.StringType, DataTypes.BooleanType))));
        java.util.Random r = new java.util.Random(7);
        List<Row> rijen = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            java.time.LocalDate peildatum = java.time.LocalDate.of(2024, 11, 1).plusDays(r.nextInt(500));
            List<Row> aanvragen = new ArrayList<>();
            for (int j = 0; j <= (r.nextInt(5) == 0 ? 1 : 0); j++) {
                Map<String, Object> oordelen = r.nextBoolean() ? Map.of("onvoldoende-bijdrage-arbeidsinschakeling", r.nextInt(4) == 0) : null;
                aanvragen.add(RowFactory.create("a" + (j + 1), r.nextInt(6) == 0 ? "jobcoaching" : "sociale-activering",
                        r.nextBoolean() ? java.sql.Date.valueOf(peildatum.minusDays(r.nextInt(60))) : null,
                        oordelen == null ? null : scala.jdk.javaapi.CollectionConverters.asScala(oordelen)));
            }
            rijen.add(RowFactory.create(r.nextInt(20) == 0 ? "Atlantis" : "Midden-Groningen", java.sql.Date.valueOf(peildatum),
                    RowFactory.create(java.sql.Date.valueOf(peildatum.minusYears(20 + r.nextInt(40))), r.nextInt(4) == 0 ? null : r.nextBoolean()),
                    aanvragen));
        }
        Path parquet = map.resolve("casussen.parquet");
        spark.createDataFrame(rijen, schema).coalesce(1).write().parquet(parquet.toString());
        Dataset<Row> casussen = spark.read().parquet(parquet.toString());

        Dataset<Row> uit = Beoordeling.standaard().casussen(casussen).persist();
        Path tabel = map.resolve("tabel");
        Beoordeling.tabel(uit).write().partitionBy(Beoordeling.ALS_GEMEENTE, Beoordeling.MET_VARIANT).parquet(tabel.toString());
        List<String> jsonSpark = uit.select(Beoordeling.JSON).as(Encoders.STRING()).collectAsList();
        List<Row> tabelRijen = spark.read().parquet(tabel.toString()).orderBy("regel", "onderwerp").collectAsList();
        uit.unpersist();

        // batch on the lines Spark evaluated: the dataset's rows as JSON, in its order
        List<String> regels = casussen.toJSON().collectAsList();
        assertThat(regels.get(0)).startsWith("{\"gemeente\":").contains("\"peildatum\":\"20");
        byte[] invoer = (String.join("\n", regels) + "\n").getBytes(StandardCharsets.UTF_8);
        StringWriter json = new StringWriter(), csv = new StringWriter();
        new Batch(engine, new Batch.Options(2, false, false, null)).process(new ByteArrayInputStream(invoer), json, null);
        Batch.Summary s = new Batch(engine, new Batch.Options(2, true, false, null)).process(new ByteArrayInputStream(invoer), csv, null);
        assertThat(s.errors()).isPositive();
        assertThat(s.perOutcome()).hasSizeGreaterThan(3);
        assertThat(String.join("", jsonSpark.stream().map(x -> x + "\n").toList())).isEqualTo(json.toString());

        List<List<String>> verwacht = CsvCellen.rijen(csv.toString().substring(CsvRegels.KOP.length()));
        verwacht.sort(Comparator.<List<String>>comparingLong(x -> Long.parseLong(x.get(0))).thenComparing(x -> x.get(5)));
        assertThat(tabelRijen).hasSize(verwacht.size()).hasSizeGreaterThan(rijen.size());
        List<String> kolommen = Arrays.asList(CsvRegels.KOP.strip().split(","));
        for (int i = 0; i < tabelRijen.size(); i++) {
            Row t = tabelRijen.get(i);
            for (int k = 0; k < kolommen.size(); k++) {
                Object w = t.getAs(kolommen.get(k));
                assertThat(w == null ? "" : w.toString()).as("row %d, %s", i, kolommen.get(k)).isEqualTo(verwacht.get(i).get(k));
            }
            assertThat(t.<String>getAs(Beoordeling.ALS_GEMEENTE)).isEqualTo(Beoordeling.EIGEN);
        }
    }

    /** The lines of a text, sorted. */
    private static List<String> gesorteerd(String tekst) {
        List<String> l = new ArrayList<>(Arrays.asList(tekst.split("\n", -1)));
        if (!l.isEmpty() && l.get(l.size() - 1).isEmpty()) l.remove(l.size() - 1);
        l.sort(null);
        return l;
    }

    /** The content of a run's part files (by name; a CSV run has one). */
    private static String inhoud(Path dir, String extensie) throws IOException {
        StringBuilder s = new StringBuilder();
        try (Stream<Path> st = Files.list(dir)) {
            for (Path p : st.filter(x -> x.getFileName().toString().startsWith("part-") && x.toString().endsWith(extensie)).sorted().toList()) {
                try (InputStream in = Files.newInputStream(p)) {
                    s.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return s.toString();
    }
}
