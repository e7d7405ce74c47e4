package nl.reintegratie.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine loads in any class loader, twice, and concurrently (a redeploy, a development restart, a second tenant),
 * finds rule packages on the thread's context class loader, and fails loudly at load on a shaded jar.
 */
class KlasseladerTest {

    static List<URL> klassenpad() throws IOException {
        List<URL> urls = new ArrayList<>();
        for (String p : Files.readString(Path.of("target/test-klassenpad.txt")).trim().split(java.io.File.pathSeparator)) {
            urls.add(Path.of(p).toUri().toURL());
        }
        return urls;
    }

    static List<URL> zonder(List<URL> urls, String deel) {
        return urls.stream().filter(u -> !u.toString().contains(deel)).toList();
    }

    static List<URL> alleen(List<URL> urls, String deel) {
        return urls.stream().filter(u -> u.toString().contains(deel)).toList();
    }

    /** Loads the engine through {@code engineLoader}, discovering rule packages through {@code rulesLoader}, and evaluates the case. */
    static String beoordeel(ClassLoader engineLoader, ClassLoader rulesLoader, String casus) throws Exception {
        Class<?> engine = Class.forName("nl.reintegratie.engine.ReintegratieEngine", true, engineLoader);
        Object e = engine.getMethod("load", ClassLoader.class).invoke(null, rulesLoader);
        Object evaluatie = engine.getMethod("evaluateJson", String.class).invoke(e, casus);
        Method toJson = engine.getMethod("toJson", Class.forName("nl.reintegratie.engine.Evaluation", true, engineLoader));
        return (String) toJson.invoke(null, evaluatie);
    }

    @Test
    void tweeEnginesInTweeKlasseladersGevenHetzelfdeAntwoord() throws Exception {
        List<URL> pad = klassenpad();
        String verwacht;
        try (URLClassLoader a = new URLClassLoader(pad.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
             URLClassLoader b = new URLClassLoader(pad.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            verwacht = beoordeel(a, a, Cli.FIXTURE);
            assertThat(beoordeel(b, b, Cli.FIXTURE)).isEqualTo(verwacht);
            assertThat(beoordeel(a, a, Cli.FIXTURE)).as("a second load in the same class loader").isEqualTo(verwacht);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<String>> f = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                URLClassLoader l = i % 2 == 0 ? a : b;
                Callable<String> taak = () -> beoordeel(l, l, Cli.FIXTURE);
                f.add(pool.submit(taak));
            }
            for (Future<String> x : f) assertThat(x.get()).isEqualTo(verwacht);
            pool.shutdown();
        }
        assertThat(verwacht).contains("\"uitkomst\":\"TOEKENBAAR\"");
    }

    @Test
    void regelpakkettenAlleenOpDeContextKlasselader() throws Exception {
        List<URL> pad = klassenpad();
        try (URLClassLoader engine = new URLClassLoader(zonder(pad, "midden-groningen").toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
             URLClassLoader regels = new URLClassLoader(alleen(pad, "midden-groningen").toArray(URL[]::new), engine)) {
            Class<?> e = Class.forName("nl.reintegratie.engine.ReintegratieEngine", true, engine);
            ClassLoader vorige = Thread.currentThread().getContextClassLoader();
            Thread.currentThread().setContextClassLoader(regels);
            try {
                Object geladen = e.getMethod("load").invoke(null);
                @SuppressWarnings("unchecked")
                List<String> gemeenten = (List<String>) e.getMethod("gemeenten").invoke(geladen);
                assertThat(gemeenten).contains("Midden-Groningen");
            } finally {
                Thread.currentThread().setContextClassLoader(vorige);
            }
        }
    }

    @Test
    void eenShadedJarFaaltLuidBijHetLaden(@TempDir Path dir) throws Exception {
        List<URL> pad = klassenpad();
        Path fixture = Path.of(alleen(pad, "midden-groningen").get(0).toURI());
        Path shaded = dir.resolve("alles-in-een.jar");
        try (JarOutputStream uit = new JarOutputStream(Files.newOutputStream(shaded))) {
            if (Files.isDirectory(fixture)) {
                try (var s = Files.walk(fixture)) {
                    for (Path p : s.filter(Files::isRegularFile).toList()) {
                        uit.putNextEntry(new JarEntry(fixture.relativize(p).toString().replace('\\', '/')));
                        Files.copy(p, uit);
                        uit.closeEntry();
                    }
                }
            } else {
                try (JarFile jar = new JarFile(fixture.toFile())) {
                    for (JarEntry entry : java.util.Collections.list(jar.entries())) {
                        if (entry.isDirectory()) continue;
                        uit.putNextEntry(new JarEntry(entry.getName()));
                        jar.getInputStream(entry).transferTo(uit);
                        uit.closeEntry();
                    }
                }
            }
            // a second rule package merged into the same jar: its pakket.json is lost (same path), its compiled index is not
            uit.putNextEntry(new JarEntry("META-INF/kie/nl.reintegratie/reintegratie-rules-ander/drools-model"));
            OutputStream o = uit;
            o.write("Drools-Model-Version:10.2.0\nnl.reintegratie.regels.ander.verordening2099.Rules0123\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            uit.closeEntry();
        }
        try (URLClassLoader engine = new URLClassLoader(zonder(pad, "midden-groningen").toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
             URLClassLoader regels = new URLClassLoader(new URL[] {shaded.toUri().toURL()}, engine)) {
            Class<?> e = Class.forName("nl.reintegratie.engine.ReintegratieEngine", true, engine);
            assertThatThrownBy(() -> {
                try {
                    e.getMethod("load", ClassLoader.class).invoke(null, regels);
                } catch (InvocationTargetException x) {
                    throw x.getCause();
                }
            }).isInstanceOf(IllegalStateException.class).hasMessageContaining("shaded").hasMessageContaining("separate jar");
        }
    }

    @Test
    void zonderRegelpakketFaaltHetLadenMetUitleg() throws Exception {
        List<URL> pad = klassenpad();
        try (URLClassLoader engine = new URLClassLoader(zonder(pad, "midden-groningen").toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            Class<?> e = Class.forName("nl.reintegratie.engine.ReintegratieEngine", true, engine);
            assertThatThrownBy(() -> {
                try {
                    e.getMethod("load", ClassLoader.class).invoke(null, engine);
                } catch (InvocationTargetException x) {
                    throw x.getCause();
                }
            }).isInstanceOf(IllegalStateException.class).hasMessageContaining("no rule package found").hasMessageContaining("class path");
        }
    }
}
