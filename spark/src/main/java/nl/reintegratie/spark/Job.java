package nl.reintegratie.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.reintegratie.engine.ReintegratieEngine;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code spark-submit} job: evaluates a caseload under every run (each gemeente given, or each case under its own;
 * no variant and each variant given) and writes, in the output folder,
 * <ul>
 *   <li>{@code besluiten/als_gemeente=…/met_variant=…/part-*.txt}: the decisions as JSON Lines, the lines of
 *       {@code batch} (error lines included), in line order within each file;</li>
 *   <li>{@code tabel/als_gemeente=…/met_variant=…/}: the flat table, Parquet (typed, the columns of {@code batch --csv})
 *       or CSV (one file per run, identical to {@code batch --csv});</li>
 *   <li>{@code tellingen.jsonl}: counts per run of lines, outcomes ("gemeente · voorziening · UITKOMST") and errors ("soort:
 *       veld"), as JSON; and {@code samenvatting.txt}, the same as text, which is also logged.</li>
 * </ul>
 * A case that cannot be evaluated is an error row; a wrong parameter stops the job before any task runs.
 */
public final class Job {
    private static final Logger LOG = LoggerFactory.getLogger(Job.class);

    static final String GEBRUIK = """
            Gebruik: spark-submit [spark-opties] --class nl.reintegratie.spark.Job reintegratie-spark.jar [opties] <invoer> <uitvoermap>

            Beoordeelt een caseload zoals 'reintegratie batch', op Spark. <invoer>: JSON Lines (een bestand, een map met
            bestanden, op naam gesorteerd en doorgenummerd, of een glob), of met --formaat een dataset met het casusschema.
            Opties:
              --formaat jsonl|json|parquet   de invoer (standaard jsonl: regel voor regel, als batch)
              --gemeente <naam>[,<naam>…]    beoordeel elke casus onder elk van deze gemeenten (herhaalbaar);
                                             'eigen': elke casus onder haar eigen gemeente (ook de standaard)
              --variant <bestand>            ook onder deze beleidsvariant (herhaalbaar; elk pad dat Spark leest)
              --tabel parquet|csv|geen       de platte tabel (standaard parquet; csv: één bestand per run, als batch --csv)
              --geen-json                    schrijf de JSON Lines-besluiten niet
              --met-teksten                  neem in elke JSON-regel de geciteerde teksten op
              --partities <n>                ten minste zoveel invoerdelen (jsonl; standaard 3 × de parallelliteit)
              --overschrijf                  een bestaande uitvoermap eerst verwijderen
            """;

    private Job() {}

    /** The job's parameters. */
    public record Parameters(String invoer, String uitvoer, String formaat, List<String> gemeenten, List<String> variantBestanden,
                             String tabel, boolean json, boolean teksten, Integer partities, boolean overschrijf) {

        /** Reads the command line; a wrong one is an {@link IllegalArgumentException} that says why. */
        public static Parameters lees(String... args) {
            List<String> vrij = new ArrayList<>();
            List<String> gemeenten = new ArrayList<>(), varianten = new ArrayList<>();
            String formaat = "jsonl", tabel = "parquet";
            boolean json = true, teksten = false, overschrijf = false;
            Integer partities = null;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--formaat" -> formaat = waarde(args, ++i, a, "jsonl", "json", "parquet");
                    case "--gemeente" -> {
                        for (String g : waarde(args, ++i, a).split(",")) if (!g.isBlank()) gemeenten.add(g.strip());
                    }
                    case "--variant" -> varianten.add(waarde(args, ++i, a));
                    case "--tabel" -> tabel = waarde(args, ++i, a, "parquet", "csv", "geen");
                    case "--geen-json" -> json = false;
                    case "--met-teksten" -> teksten = true;
                    case "--overschrijf" -> overschrijf = true;
                    case "--partities" -> {
                        String w = waarde(args, ++i, a);
                        try {
                            partities = Integer.parseInt(w);
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--partities: '" + w + "' is geen geheel getal");
                        }
                        if (partities < 1) throw new IllegalArgumentException("--partities moet ten minste 1 zijn");
                    }
                    default -> {
                        if (a.startsWith("--")) throw new IllegalArgumentException("onbekende optie " + a);
                        vrij.add(a);
                    }
                }
            }
            if (vrij.size() != 2) throw new IllegalArgumentException("geef de invoer en de uitvoermap");
            if (!json && tabel.equals("geen")) throw new IllegalArgumentException("--geen-json en --tabel geen: er valt niets te schrijven");
            return new Parameters(vrij.get(0), vrij.get(1), formaat, List.copyOf(gemeenten), List.copyOf(varianten), tabel, json, teksten,
                    partities, overschrijf);
        }

        private static String waarde(String[] args, int i, String optie, String... toegestaan) {
            if (i >= args.length) throw new IllegalArgumentException(optie + " heeft een waarde nodig");
            String w = args[i];
            if (toegestaan.length > 0 && !List.of(toegestaan).contains(w)) {
                throw new IllegalArgumentException(optie + ": '" + w + "'; kies uit " + String.join(", ", toegestaan));
            }
            return w;
        }
    }

    /** Submitted: reads the parameters, runs, stops the session. Exit code 2 for wrong parameters. */
    public static void main(String[] args) {
        Parameters p;
        try {
            p = Parameters.lees(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n\n" + GEBRUIK);
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("reintegratie " + p.invoer()).getOrCreate();
        int code = 0;
        try {
            voerUit(spark, p);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            code = 2;
        } finally {
            spark.stop();
        }
        if (code != 0) System.exit(code);
    }

    /** Runs the job in a session; returns the summary of every run (also written and logged). */
    public static List<Samenvatting> voerUit(SparkSession spark, Parameters p) {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        Path uit = new Path(p.uitvoer());
        try {
            FileSystem fs = uit.getFileSystem(hadoop);
            if (fs.exists(uit)) {
                if (!p.overschrijf()) throw new IllegalArgumentException(p.uitvoer() + " bestaat al (--overschrijf om te vervangen)");
                fs.delete(uit, true);
            }
            List<String> varianten = new ArrayList<>();
            for (String b : p.variantBestanden()) varianten.add(lees(hadoop, b));

            Beoordeling beoordeling = Beoordeling.standaard().onderGemeenten(p.gemeenten()).metVarianten(varianten)
                    .metTeksten(p.teksten()).uitvoer(p.json(), !p.tabel().equals("geen"));
            // the driver's engine checks the parameters; each executor loads its own on first use (in local mode: this one)
            ReintegratieEngine engine = Engines.basis();
            List<Run> runs = beoordeling.runs(engine);
            LOG.info("rule packages: {}; versions: {}; runs: {}", engine.gemeenten(), engine.versies().stream().map(v -> v.id()).toList(),
                    runs.stream().map(r -> r.alsGemeente() + "/" + r.metVariant()).toList());

            Dataset<Row> beoordelingen = switch (p.formaat()) {
                case "jsonl" -> p.partities() != null ? beoordeling.jsonLines(spark, p.invoer(), p.partities()) : beoordeling.jsonLines(spark, p.invoer());
                case "json" -> beoordeling.casussen(spark.read().json(p.invoer()));
                case "parquet" -> beoordeling.casussen(spark.read().parquet(p.invoer()));
                default -> throw new IllegalArgumentException("--formaat " + p.formaat());
            };
            beoordelingen.persist();
            try {
                SaveMode mode = SaveMode.ErrorIfExists;
                if (p.json()) {
                    Beoordeling.besluiten(beoordelingen).write().mode(mode).partitionBy(Beoordeling.ALS_GEMEENTE, Beoordeling.MET_VARIANT)
                            .text(new Path(uit, "besluiten").toString());
                }
                Path tabel = new Path(uit, "tabel");
                if (p.tabel().equals("parquet")) {
                    Beoordeling.tabel(beoordelingen).write().mode(mode).partitionBy(Beoordeling.ALS_GEMEENTE, Beoordeling.MET_VARIANT)
                            .parquet(tabel.toString());
                } else if (p.tabel().equals("csv")) {
                    Beoordeling.csvTabel(beoordelingen, runs).write().mode(mode).partitionBy(Beoordeling.ALS_GEMEENTE, Beoordeling.MET_VARIANT)
                            .text(tabel.toString());
                    alsCsv(fs, tabel);
                }
                Dataset<Row> tellingen = Beoordeling.tellingen(beoordelingen);
                List<Row> rijen = tellingen.collectAsList();
                schrijfTellingen(fs, new Path(uit, "tellingen.jsonl"), rijen);
                List<Samenvatting> samenvattingen = Samenvatting.van(rijen);
                StringBuilder tekst = new StringBuilder();
                for (Samenvatting s : samenvattingen) {
                    tekst.append(Beoordeling.ALS_GEMEENTE).append('=').append(s.alsGemeente()).append(", ").append(Beoordeling.MET_VARIANT).append('=')
                            .append(s.metVariant()).append(":\n").append(s.tekst()).append('\n');
                }
                try (OutputStream o = fs.create(new Path(uit, "samenvatting.txt"), true)) {
                    o.write(tekst.toString().getBytes(StandardCharsets.UTF_8));
                }
                LOG.info("decisions written to {}\n{}", uit, tekst);
                return samenvattingen;
            } finally {
                beoordelingen.unpersist();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The counts, few and collected: one JSON object per line, by run, kind and key. */
    private static void schrijfTellingen(FileSystem fs, Path pad, List<Row> rijen) throws IOException {
        List<Row> gesorteerd = new ArrayList<>(rijen);
        gesorteerd.sort(java.util.Comparator.<Row, String>comparing(r -> r.getString(0)).thenComparing(r -> r.getString(1))
                .thenComparing(r -> r.getString(2)).thenComparing(r -> r.getString(3)));
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        try (OutputStream o = fs.create(pad, true)) {
            for (Row r : gesorteerd) {
                java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
                m.put(Beoordeling.ALS_GEMEENTE, r.getString(0));
                m.put(Beoordeling.MET_VARIANT, r.getString(1));
                m.put("soort", r.getString(2));
                m.put("sleutel", r.getString(3));
                m.put("aantal", r.getLong(4));
                o.write(json.writeValueAsBytes(m));
                o.write('\n');
            }
        }
    }

    /** Spark's text writer names its files *.txt; a CSV table's files get *.csv, for the spreadsheet that opens them. */
    private static void alsCsv(FileSystem fs, Path tabel) throws IOException {
        FileStatus[] bestanden = fs.globStatus(new Path(tabel, "*/*/part-*.txt"));
        if (bestanden == null) return;
        for (FileStatus st : bestanden) {
            String naam = st.getPath().getName();
            fs.rename(st.getPath(), new Path(st.getPath().getParent(), naam.substring(0, naam.length() - 4) + ".csv"));
        }
    }

    private static String lees(Configuration hadoop, String bestand) throws IOException {
        Path p = new Path(bestand);
        FileSystem fs = p.getFileSystem(hadoop);
        if (!fs.isFile(p)) throw new IllegalArgumentException("--variant " + bestand + ": bestand niet gevonden");
        try (InputStream in = fs.open(p)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
