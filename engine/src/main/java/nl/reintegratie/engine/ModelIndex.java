package nl.reintegratie.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The compiled rules of one rule package: kie-maven-plugin writes, per kjar, an index
 * {@code META-INF/kie/<groupId>/<artifactId>/drools-model} that names the generated model class of each DRL package.
 * The engine builds a version's rule base straight from those classes, without Drools' process-wide KieContainer, so
 * that loading works in any class loader, more than once and concurrently.
 */
final class ModelIndex {
    private ModelIndex() {}

    /** DRL package → generated model class name, for the jar or folder that holds {@code pakketUrl}. */
    static Map<String, String> voor(URL pakketUrl) {
        List<String> regels = new ArrayList<>();
        try {
            if ("jar".equals(pakketUrl.getProtocol())) {
                JarURLConnection c = (JarURLConnection) pakketUrl.openConnection();
                c.setUseCaches(false);
                try (JarFile jar = c.getJarFile()) {
                    Enumeration<JarEntry> e = jar.entries();
                    while (e.hasMoreElements()) {
                        JarEntry entry = e.nextElement();
                        if (entry.getName().startsWith("META-INF/kie/") && entry.getName().endsWith("/drools-model")) {
                            try (InputStream in = jar.getInputStream(entry)) { regels.addAll(lees(in)); }
                        }
                    }
                }
            } else if ("file".equals(pakketUrl.getProtocol())) {
                Path root = Paths.get(pakketUrl.toURI()).getParent().getParent().getParent();
                Path kie = root.resolve("META-INF").resolve("kie");
                if (Files.isDirectory(kie)) {
                    try (Stream<Path> s = Files.walk(kie)) {
                        for (Path p : s.filter(p -> p.getFileName().toString().equals("drools-model")).toList()) {
                            try (InputStream in = Files.newInputStream(p)) { regels.addAll(lees(in)); }
                        }
                    }
                }
            } else {
                throw new IllegalStateException("rule package " + pakketUrl + " is not in a jar or a folder; cannot find its compiled rules");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the compiled rules next to " + pakketUrl, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> perPakket = new LinkedHashMap<>();
        for (String klasse : regels) {
            int punt = klasse.lastIndexOf('.');
            String pkg = punt < 0 ? "" : klasse.substring(0, punt);
            String eerder = perPakket.put(pkg, klasse);
            if (eerder != null && !eerder.equals(klasse)) {
                throw new IllegalStateException("two compiled models for DRL package " + pkg + " next to " + pakketUrl + " (" + eerder + ", " + klasse
                        + "): are several rule packages merged into one jar? Keep each rule package a separate jar.");
            }
        }
        return perPakket;
    }

    private static List<String> lees(InputStream in) throws IOException {
        List<String> l = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String regel;
        while ((regel = r.readLine()) != null) {
            regel = regel.trim();
            if (regel.isEmpty() || regel.startsWith("Drools-Model-Version")) continue;
            l.add(regel);
        }
        return l;
    }
}
