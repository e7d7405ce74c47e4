package nl.reintegratie.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import nl.reintegratie.engine.CsvRegels;
import nl.reintegratie.engine.InvalidCaseException;
import nl.reintegratie.engine.ReintegratieEngine;
import nl.reintegratie.engine.Variant;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapred.FileInputFormat;
import org.apache.hadoop.mapred.JobConf;
import org.apache.hadoop.mapred.TextInputFormat;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Evaluates a caseload on Spark with the engine, with exactly the answers of the CLI's {@code batch}: every output
 * line is written by the engine's own line formats ({@link nl.reintegratie.engine.Batch#jsonLine},
 * {@link nl.reintegratie.engine.Batch#errorLine}, {@link CsvRegels}), so that the decisions of a run, sorted, are byte
 * for byte those of {@code reintegratie batch [--gemeente g] [--variant v]} on the same input.
 *
 * <p>Each case is evaluated under every <em>run</em> ({@link Run}): under each gemeente given (or each case under its
 * own when none is given) and under no variant and each variant given. Each executor JVM loads one engine, once, when
 * its first task needs it, from the rule package jars on its class path (each its own jar, given with {@code --jars});
 * all tasks of the executor share it.
 *
 * <pre>{@code
 * Beoordeling b = Beoordeling.standaard().metVarianten(List.of(variantJson));
 * Dataset<Row> uit = b.jsonLines(spark, "hdfs:///caseload/casussen.jsonl").persist();
 * Beoordeling.besluiten(uit).write().partitionBy(Beoordeling.ALS_GEMEENTE, Beoordeling.MET_VARIANT).text(".../besluiten");
 * Beoordeling.tabel(uit).write().partitionBy(Beoordeling.ALS_GEMEENTE, Beoordeling.MET_VARIANT).parquet(".../tabel");
 * List<Row> tellingen = Beoordeling.tellingen(uit).collectAsList();
 * }</pre>
 *
 * <p>The rows of an evaluation have the schema {@link #SCHEMA}: per input line and run, the line number (from 1,
 * counting blank lines, which give no row, as {@code batch} does), the run, the JSON Lines line and the CSV rows
 * (without their final line ending), the outcome keys and the error key. A case that cannot be evaluated is an error
 * row, never a failed task. An instance is immutable and serializable.
 */
public final class Beoordeling implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The input line's number, from 1. */
    public static final String REGEL = "regel";
    /** The run's gemeente: its name, or {@link #EIGEN}. */
    public static final String ALS_GEMEENTE = "als_gemeente";
    /** The run's variant: its name, or {@link #GEEN}. */
    public static final String MET_VARIANT = "met_variant";
    /** The JSON Lines line, as {@code batch} writes it, without the line ending; {@code null} when not asked for. */
    public static final String JSON = "json";
    /** The CSV rows (one per decision), as {@code batch --csv} writes them, without the final line ending. */
    public static final String CSV = "csv";
    /** Per decision "gemeente · voorziening · UITKOMST", the key of {@code batch}'s summary. */
    public static final String UITKOMSTEN = "uitkomsten";
    /** For a line that could not be evaluated, "soort: veld" (or "interne fout: …"), the key of {@code batch}'s summary. */
    public static final String FOUT = "fout";

    /** The {@link #ALS_GEMEENTE} of a run in which each case is evaluated under its own gemeente. */
    public static final String EIGEN = "eigen";
    /** The {@link #MET_VARIANT} of a run without a policy variant. */
    public static final String GEEN = "geen";

    /** The schema of the evaluated rows. */
    public static final StructType SCHEMA = new StructType()
            .add(REGEL, DataTypes.LongType, false)
            .add(ALS_GEMEENTE, DataTypes.StringType, false)
            .add(MET_VARIANT, DataTypes.StringType, false)
            .add(JSON, DataTypes.StringType, true)
            .add(CSV, DataTypes.StringType, true)
            .add(UITKOMSTEN, DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add(FOUT, DataTypes.StringType, true);

    /** The columns of {@code batch --csv} ({@link CsvRegels#KOP}). */
    private static final List<String> KOLOMMEN = List.of(CsvRegels.KOP.strip().split(","));

    private final List<String> gemeenten;
    private final List<String> varianten;
    private final boolean teksten, json, csv;

    private Beoordeling(List<String> gemeenten, List<String> varianten, boolean teksten, boolean json, boolean csv) {
        this.gemeenten = List.copyOf(gemeenten);
        this.varianten = List.copyOf(varianten);
        this.teksten = teksten;
        this.json = json;
        this.csv = csv;
    }

    /** Each case under its own gemeente, no variant, JSON and CSV, without the quoted texts (as {@code batch}). */
    public static Beoordeling standaard() {
        return new Beoordeling(List.of(), List.of(), false, true, true);
    }

    /**
     * Every case under each of these gemeenten (as {@code batch --gemeente}); {@link #EIGEN} in the list, or an empty
     * list: each case under its own gemeente (as {@code batch} without {@code --gemeente}).
     */
    public Beoordeling onderGemeenten(List<String> namen) {
        return new Beoordeling(namen, varianten, teksten, json, csv);
    }

    /** Every case also under each of these policy variants (variant files' JSON texts, as {@code batch --variant}). */
    public Beoordeling metVarianten(List<String> variantJson) {
        return new Beoordeling(gemeenten, variantJson, teksten, json, csv);
    }

    /** With the table of quoted provisions in every JSON line (as {@code batch --met-teksten}). */
    public Beoordeling metTeksten(boolean metTeksten) {
        return new Beoordeling(gemeenten, varianten, metTeksten, json, csv);
    }

    /** Which lines to make: the JSON Lines line, the CSV rows (which the tables are made of); at least one. */
    public Beoordeling uitvoer(boolean metJson, boolean metCsv) {
        if (!metJson && !metCsv) throw new IllegalArgumentException("ask for the JSON lines, the CSV rows or both");
        return new Beoordeling(gemeenten, varianten, teksten, metJson, metCsv);
    }

    /**
     * The runs, checked against an engine: every gemeente must have rules (its name is matched without regard to case,
     * as {@code batch} does), every variant must be valid for a version of the engine, and variant names must be
     * unique. A wrong parameter is an {@link IllegalArgumentException} here, on the driver, before any task runs.
     */
    public List<Run> runs(ReintegratieEngine engine) {
        Objects.requireNonNull(engine, "engine");
        List<String[]> onder = new ArrayList<>();
        if (gemeenten.isEmpty()) onder.add(new String[] {null, EIGEN});
        Set<String> gezien = new HashSet<>();
        for (String g : gemeenten) {
            if (g.equalsIgnoreCase(EIGEN)) {
                if (!gezien.add(EIGEN)) throw new IllegalArgumentException("gemeente " + EIGEN + " is given twice");
                onder.add(new String[] {null, EIGEN});
                continue;
            }
            String naam = engine.gemeenten().stream().filter(x -> x.equalsIgnoreCase(g)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("gemeente: geen regels voor '" + g + "'; bekende gemeenten: " + String.join(", ", engine.gemeenten())));
            if (!gezien.add(naam.toLowerCase(Locale.ROOT))) throw new IllegalArgumentException("gemeente " + naam + " is given twice");
            onder.add(new String[] {g, naam});
        }
        List<String[]> met = new ArrayList<>();
        met.add(new String[] {null, GEEN});
        Set<String> namen = new HashSet<>();
        for (String tekst : varianten) {
            Variant v;
            try {
                v = Variant.vanJson(tekst);
            } catch (InvalidCaseException e) {
                throw new IllegalArgumentException("variant: " + e.getMessage(), e);
            }
            if (v.naam().equals(GEEN)) throw new IllegalArgumentException("variant: the name '" + GEEN + "' stands for no variant; choose another");
            if (!namen.add(v.naam())) throw new IllegalArgumentException("variant " + v.naam() + " is given twice");
            engine.withVariant(v);
            met.add(new String[] {tekst, v.naam()});
        }
        List<Run> runs = new ArrayList<>();
        for (String[] g : onder) for (String[] v : met) runs.add(new Run(g[0], g[1], v[0], v[1]));
        return List.copyOf(runs);
    }

    /** {@link #jsonLines(SparkSession, String, int)} with three input splits per core of the application. */
    public Dataset<Row> jsonLines(SparkSession spark, String pad) {
        return jsonLines(spark, pad, 3 * spark.sparkContext().defaultParallelism());
    }

    /**
     * Evaluates a JSON Lines file, a folder of them (in the order of their names, numbered on as one input) or a glob,
     * on any file system Spark reads (local, HDFS, S3). The lines are split on {@code \n} only and passed on as bytes,
     * as {@code batch} reads them. {@code minPartities} is the least number of input splits (more splits, more tasks).
     */
    public Dataset<Row> jsonLines(SparkSession spark, String pad, int minPartities) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JobConf conf = new JobConf(jsc.hadoopConfiguration());
        // only \n ends a line, as in batch (Hadoop's default also splits on a lone \r)
        conf.set("textinputformat.record.delimiter", "\n");
        FileInputFormat.setInputPaths(conf, bestanden(conf, pad));
        JavaPairRDD<LongWritable, Text> tekst = jsc.hadoopRDD(conf, TextInputFormat.class, LongWritable.class, Text.class, minPartities);
        return genummerd(spark, tekst.map(t -> t._2().copyBytes()).zipWithIndex());
    }

    /** Evaluates a dataset of case files, one per element (a JSON Lines line each), numbered from 1 in its order. */
    public Dataset<Row> regels(Dataset<String> regels) {
        return genummerd(regels.sparkSession(), regels.javaRDD().map(s -> s.getBytes(StandardCharsets.UTF_8)).zipWithIndex());
    }

    /**
     * Evaluates a dataset with the case schema (for instance Parquet, or JSON read by Spark): each row as its JSON
     * ({@link Dataset#toJSON()}, absent facts left out), numbered from 1 in the dataset's order. The answers are those
     * of {@code batch} on the dataset's {@code toJSON()} lines.
     */
    public Dataset<Row> casussen(Dataset<Row> casussen) {
        return regels(casussen.toJSON());
    }

    /** Evaluates numbered lines: (the line's bytes without {@code \n}, its index from 0). */
    public Dataset<Row> genummerd(SparkSession spark, JavaPairRDD<byte[], Long> regels) {
        List<Run> runs = runs(Engines.basis());
        JavaRDD<Row> rijen = regels.rdd().toJavaRDD().mapPartitions(new Beoordelaar(runs, teksten, json, csv));
        return spark.createDataFrame(rijen, SCHEMA);
    }

    /**
     * The JSON Lines decisions: columns {@link #ALS_GEMEENTE}, {@link #MET_VARIANT} and {@code value} (the line), in
     * line order within each partition; for {@code write().partitionBy(ALS_GEMEENTE, MET_VARIANT).text(…)}.
     */
    public static Dataset<Row> besluiten(Dataset<Row> beoordelingen) {
        return beoordelingen.where(col(JSON).isNotNull())
                .sortWithinPartitions(col(ALS_GEMEENTE), col(MET_VARIANT), col(REGEL))
                .select(col(ALS_GEMEENTE), col(MET_VARIANT), col(JSON).as("value"));
    }

    /**
     * The CSV table as {@code batch --csv} writes it, per run: one partition per run with the header first and the rows
     * in line order; for {@code write().partitionBy(ALS_GEMEENTE, MET_VARIANT).text(…)}, which then writes one file per
     * run, identical to {@code batch --csv} for that run. Meant for spreadsheets; for large runs use {@link #tabel}.
     */
    public static Dataset<Row> csvTabel(Dataset<Row> beoordelingen, List<Run> runs) {
        SparkSession spark = beoordelingen.sparkSession();
        List<Row> koppen = new ArrayList<>();
        String kop = CsvRegels.KOP.substring(0, CsvRegels.KOP.length() - 1);
        for (Run r : runs) koppen.add(RowFactory.create(r.alsGemeente(), r.metVariant(), 0L, kop));
        StructType s = new StructType().add(ALS_GEMEENTE, DataTypes.StringType, false).add(MET_VARIANT, DataTypes.StringType, false)
                .add(REGEL, DataTypes.LongType, false).add("value", DataTypes.StringType, false);
        Dataset<Row> rijen = beoordelingen.where(col(CSV).isNotNull()).select(col(ALS_GEMEENTE), col(MET_VARIANT), col(REGEL), col(CSV).as("value"));
        return spark.createDataFrame(koppen, s).unionByName(rijen)
                .repartition(col(ALS_GEMEENTE), col(MET_VARIANT))
                .sortWithinPartitions(col(ALS_GEMEENTE), col(MET_VARIANT), col(REGEL))
                .select(col(ALS_GEMEENTE), col(MET_VARIANT), col("value"));
    }

    /** The schema of {@link #tabel}: the columns of {@link CsvRegels#KOP} (regel a long, peildatum a date) and the run. */
    public static StructType tabelSchema() {
        StructType s = new StructType();
        for (String k : KOLOMMEN) {
            s = s.add(k, k.equals(REGEL) ? DataTypes.LongType : k.equals("peildatum") ? DataTypes.DateType : DataTypes.StringType, !k.equals(REGEL));
        }
        return s.add(ALS_GEMEENTE, DataTypes.StringType, false).add(MET_VARIANT, DataTypes.StringType, false);
    }

    /**
     * The flat table, typed, one row per decision and per line that could not be evaluated: exactly the cells of
     * {@code batch --csv} (an empty cell is {@code null}) and the run; for Parquet.
     */
    public static Dataset<Row> tabel(Dataset<Row> beoordelingen) {
        StructType schema = tabelSchema();
        return beoordelingen.where(col(CSV).isNotNull()).select(col(CSV), col(ALS_GEMEENTE), col(MET_VARIANT))
                .flatMap(new TabelRijen(), Encoders.row(schema));
    }

    /** Parses the CSV rows of one evaluated row into typed table rows. */
    private static final class TabelRijen implements FlatMapFunction<Row, Row> {
        private static final long serialVersionUID = 1L;

        @Override public Iterator<Row> call(Row r) {
            List<Row> uit = new ArrayList<>();
            for (List<String> cellen : CsvCellen.rijen(r.getString(0))) {
                if (cellen.size() != KOLOMMEN.size()) {
                    throw new IllegalStateException("a CSV row with " + cellen.size() + " cells; the header has " + KOLOMMEN.size());
                }
                Object[] w = new Object[KOLOMMEN.size() + 2];
                for (int i = 0; i < KOLOMMEN.size(); i++) {
                    String c = cellen.get(i);
                    String k = KOLOMMEN.get(i);
                    w[i] = c.isEmpty() ? null : k.equals(REGEL) ? (Object) Long.parseLong(c) : k.equals("peildatum") ? java.sql.Date.valueOf(LocalDate.parse(c)) : c;
                }
                w[KOLOMMEN.size()] = r.getString(1);
                w[KOLOMMEN.size() + 1] = r.getString(2);
                uit.add(RowFactory.create(w));
            }
            return uit.iterator();
        }
    }

    /**
     * The counts of {@code batch}'s summary, per run: rows ({@link #ALS_GEMEENTE}, {@link #MET_VARIANT}, {@code soort},
     * {@code sleutel}, {@code aantal}) with soort {@code totaal} (sleutel {@code regels}, {@code beoordeeld},
     * {@code fout}), {@code uitkomst} (sleutel "gemeente · voorziening · UITKOMST") or {@code fout} (sleutel "soort:
     * veld"), in no particular order. See {@link Samenvatting} for the text.
     */
    public static Dataset<Row> tellingen(Dataset<Row> beoordelingen) {
        StructType s = new StructType().add(ALS_GEMEENTE, DataTypes.StringType, false).add(MET_VARIANT, DataTypes.StringType, false)
                .add("soort", DataTypes.StringType, false).add("sleutel", DataTypes.StringType, false);
        return beoordelingen.select(col(ALS_GEMEENTE), col(MET_VARIANT), col(UITKOMSTEN), col(FOUT))
                .flatMap(new Sleutels(), Encoders.row(s))
                .groupBy(col(ALS_GEMEENTE), col(MET_VARIANT), col("soort"), col("sleutel")).count()
                .withColumnRenamed("count", "aantal");
    }

    /** What one evaluated row counts for. */
    private static final class Sleutels implements FlatMapFunction<Row, Row> {
        private static final long serialVersionUID = 1L;

        @Override public Iterator<Row> call(Row r) {
            String g = r.getString(0), v = r.getString(1);
            List<Row> uit = new ArrayList<>();
            uit.add(RowFactory.create(g, v, "totaal", "regels"));
            String fout = r.isNullAt(3) ? null : r.getString(3);
            uit.add(RowFactory.create(g, v, "totaal", fout == null ? "beoordeeld" : "fout"));
            if (fout != null) uit.add(RowFactory.create(g, v, "fout", fout));
            for (Object k : r.getList(2)) uit.add(RowFactory.create(g, v, "uitkomst", k));
            return uit.iterator();
        }
    }

    /** The files of a path: a file, the files of a folder by name (not those starting with {@code _} or {@code .}), or a glob. */
    static Path[] bestanden(JobConf conf, String pad) {
        try {
            Path p = new Path(pad);
            FileSystem fs = p.getFileSystem(conf);
            FileStatus[] gevonden = fs.globStatus(p);
            if (gevonden == null || gevonden.length == 0) throw new IllegalArgumentException(pad + ": no such file or folder");
            List<Path> uit = new ArrayList<>();
            for (FileStatus st : gevonden) {
                if (st.isDirectory()) {
                    Arrays.stream(fs.listStatus(st.getPath())).filter(FileStatus::isFile).map(FileStatus::getPath)
                            .filter(x -> !x.getName().startsWith("_") && !x.getName().startsWith("."))
                            .sorted(Comparator.comparing(Path::getName)).forEach(uit::add);
                } else {
                    uit.add(st.getPath());
                }
            }
            if (uit.isEmpty()) throw new IllegalArgumentException(pad + ": the folder holds no files");
            return uit.toArray(Path[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
