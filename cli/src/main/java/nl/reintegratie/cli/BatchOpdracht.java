package nl.reintegratie.cli;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.SequenceInputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import nl.reintegratie.engine.Batch;
import nl.reintegratie.engine.ReintegratieEngine;
import nl.reintegratie.engine.Variant;

/** {@code batch}: a caseload, one case per line, in and out, streamed, on all cores. */
final class BatchOpdracht implements Main.Opdracht {

    @Override public String hulp() {
        return """
                Gebruik: reintegratie batch [opties] <casussen.jsonl | map | ->

                Beoordeelt een caseload: JSON Lines (één casus per regel), of een map met casusbestanden (JSON of YAML,
                op naam gesorteerd), of '-' voor standaardinvoer. Schrijft per invoerregel één regel, in dezelfde
                volgorde: het besluit, of bij een regel die niet kan worden beoordeeld de probleemdetails. Geen regel
                valt weg; het geheugen blijft begrensd, hoe groot de invoer ook is.

                Opties:
                  --csv                 een platte tabel (één rij per besluit) in plaats van JSON Lines
                  --uitvoer <bestand>   schrijf naar dit bestand (anders naar standaarduitvoer)
                  --threads <n>         aantal threads (standaard: alle kernen)
                  --gemeente <naam>     beoordeel elke casus onder deze gemeente (de situatie blijft gelijk)
                  --variant <bestand>   een beleidsvariant: andere waarden voor parameters (zie README)
                  --met-teksten         neem in elke regel de geciteerde teksten op (standaard alleen de verwijzingen)
                  --voortgang / --geen-voortgang   een voortgangsregel op stderr (standaard: als stderr een terminal is)
                Aan het eind staat een samenvatting op stderr: uitkomsten per gemeente en voorziening, en de fouten.
                Exitcode 2 als een regel niet kon worden beoordeeld (zijn probleemdetails staan in de uitvoer).
                """;
    }

    @Override public int voerUit(List<String> args, Main.Context c) throws Invoer.Fout, IOException {
        boolean csv = args.remove("--csv");
        boolean teksten = args.remove("--met-teksten");
        boolean voortgang = System.console() != null;
        if (args.remove("--voortgang")) voortgang = true;
        if (args.remove("--geen-voortgang")) voortgang = false;
        String uitvoer = Main.optie(args, "--uitvoer");
        String threadsOptie = Main.optie(args, "--threads");
        String gemeente = Main.optie(args, "--gemeente");
        String variantPad = Main.optie(args, "--variant");
        Main.geenOnbekendeOpties(args, "batch");
        if (args.size() != 1) throw new Invoer.Fout("batch neemt één invoer: een JSON Lines-bestand, een map met casussen, of '-'");
        int threads = Runtime.getRuntime().availableProcessors();
        if (threadsOptie != null) {
            try {
                threads = Integer.parseInt(threadsOptie);
            } catch (NumberFormatException e) {
                throw new Invoer.Fout("--threads: '" + threadsOptie + "' is geen geheel getal");
            }
            if (threads < 1 || threads > 256) throw new Invoer.Fout("--threads moet van 1 tot en met 256 zijn");
        }
        ReintegratieEngine engine = c.engine();
        if (gemeente != null && engine.gemeenten().stream().noneMatch(g -> g.equalsIgnoreCase(gemeente))) {
            throw new Invoer.Fout("--gemeente: geen regels voor '" + gemeente + "'; bekende gemeenten: " + String.join(", ", engine.gemeenten()));
        }
        if (variantPad != null) engine = engine.withVariant(Variant.vanJson(Invoer.tekst(Invoer.casus(variantPad, c.in))));
        InputStream in = invoer(args.get(0), c);
        OutputStream os = uitvoer == null ? c.out : Files.newOutputStream(Path.of(uitvoer));
        Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
        Batch.Summary s;
        try (in) {
            s = new Batch(engine, new Batch.Options(threads, csv, teksten, gemeente)).process(in, w, voortgang
                    ? v -> c.err.printf(Main.NL, "\r%,d regels, %,.0f per seconde   ", v.lines(), v.perSecond())
                    : null);
        } finally {
            w.flush();
            if (uitvoer != null) os.close();
        }
        if (voortgang) c.err.println();
        c.err.print(s.text());
        return s.errors() > 0 ? Main.FOUT : Main.OK;
    }

    /** JSON Lines as they are; a folder as one compact line per case file. */
    static InputStream invoer(String pad, Main.Context c) throws Invoer.Fout, IOException {
        if (pad.equals("-")) return c.in;
        Path p = Path.of(pad);
        if (!Files.exists(p)) throw new Invoer.Fout(pad + ": bestand of map niet gevonden");
        if (!Files.isDirectory(p)) return Files.newInputStream(p);
        List<Path> bestanden;
        try (Stream<Path> s = Files.list(p)) {
            bestanden = s.filter(x -> { String n = x.getFileName().toString(); return n.endsWith(".json") || n.endsWith(".yaml") || n.endsWith(".yml"); })
                    .sorted().toList();
        }
        if (bestanden.isEmpty()) throw new Invoer.Fout(pad + ": de map bevat geen casusbestanden (*.json, *.yaml)");
        Iterator<Path> it = bestanden.iterator();
        List<InputStream> l = new ArrayList<>();
        return new SequenceInputStream(new java.util.Enumeration<>() {
            public boolean hasMoreElements() { return it.hasNext(); }

            public InputStream nextElement() {
                Path b = it.next();
                try {
                    byte[] json = Invoer.casus(b.toString(), InputStream.nullInputStream());
                    // one case per line: compact the document (a file that is not JSON stays as it is, and gets its error line)
                    byte[] regel;
                    try {
                        regel = Invoer.json().writeValueAsBytes(Invoer.json().readTree(json));
                    } catch (IOException e) {
                        regel = new String(json, StandardCharsets.UTF_8).replace('\n', ' ').replace('\r', ' ').getBytes(StandardCharsets.UTF_8);
                    }
                    byte[] met = java.util.Arrays.copyOf(regel, regel.length + 1);
                    met[regel.length] = '\n';
                    return new ByteArrayInputStream(met);
                } catch (IOException | Invoer.Fout e) {
                    return new ByteArrayInputStream(("{\"fout\": " + Invoer.json().valueToTree(e.getMessage()) + "}\n").getBytes(StandardCharsets.UTF_8));
                }
            }
        });
    }

}
