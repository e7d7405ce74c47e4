package nl.reintegratie.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build step that stores a jar's entries: the same entries, in the same order, with the same bytes; only stored. */
class UncompressedJarsTest {
    @TempDir Path map;

    @Test
    void eenJarMetGecomprimeerdeEntriesWordtOngecomprimeerdMetDezelfdeInhoud() throws IOException {
        Path jar = map.resolve("a.jar");
        Manifest mf = new Manifest();
        mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        mf.getMainAttributes().put(Attributes.Name.CLASS_PATH, "lib/b.jar");
        FileTime tijd = FileTime.fromMillis(1_700_000_000_000L);
        try (OutputStream uit = Files.newOutputStream(jar); JarOutputStream jo = new JarOutputStream(uit, mf)) {
            for (String naam : List.of("nl/", "nl/X.class", "nl/tekst.json", "leeg.txt")) {
                ZipEntry z = new ZipEntry(naam);
                z.setLastModifiedTime(tijd);
                jo.putNextEntry(z);
                if (!naam.endsWith("/") && !naam.equals("leeg.txt")) jo.write(("inhoud van " + naam + " ").repeat(200).getBytes(StandardCharsets.UTF_8));
                jo.closeEntry();
            }
        }
        Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("rw-r--r--"));
        Map<String, byte[]> voor = inhoud(jar);
        assertThat(methoden(jar)).contains(ZipEntry.DEFLATED);

        assertThat(UncompressedJars.herschrijf(jar)).isTrue();

        assertThat(methoden(jar)).containsOnly(ZipEntry.STORED);
        Map<String, byte[]> na = inhoud(jar);
        assertThat(new ArrayList<>(na.keySet())).containsExactlyElementsOf(voor.keySet());
        for (String naam : voor.keySet()) assertThat(na.get(naam)).as(naam).isEqualTo(voor.get(naam));
        try (JarFile j = new JarFile(jar.toFile())) {
            assertThat(j.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH)).isEqualTo("lib/b.jar");
            assertThat(j.getEntry("nl/X.class").getLastModifiedTime().toMillis()).isEqualTo(tijd.toMillis());
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(jar))).isEqualTo("rw-r--r--");
        // a second time: already stored, left alone
        assertThat(UncompressedJars.herschrijf(jar)).isFalse();
        try (var s = Files.list(map)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("a.jar");
        }
    }

    private static List<Integer> methoden(Path jar) throws IOException {
        List<Integer> uit = new ArrayList<>();
        try (ZipFile z = new ZipFile(jar.toFile())) {
            for (ZipEntry e : Collections.list(z.entries())) if (!e.isDirectory()) uit.add(e.getMethod());
        }
        return uit;
    }

    private static Map<String, byte[]> inhoud(Path jar) throws IOException {
        Map<String, byte[]> uit = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(jar.toFile())) {
            for (ZipEntry e : Collections.list(z.entries())) {
                try (InputStream in = z.getInputStream(e)) {
                    uit.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return uit;
    }
}
