package nl.reintegratie.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A build step of the applications (cli, server): rewrites the jars an application starts from with every entry
 * stored, not deflated. The JVM then reads each class's bytes as they are instead of inflating them: about a tenth of
 * the CPU time of a cold start (some 2,500 classes from jars), measured in {@code docs/werk/koude-start-koud.md}. The
 * entries, their order, names, times and bytes stay as they were (a signed jar stays valid: a signature covers the
 * bytes, not how they are compressed); a jar already stored is left alone.
 *
 * <p>Usage: {@code UncompressedJars <jar or folder of jars>…}
 */
public final class UncompressedJars {
    private UncompressedJars() {}

    public static void main(String[] args) throws IOException {
        if (args.length == 0) throw new IllegalArgumentException("usage: UncompressedJars <jar or folder of jars>…");
        int herschreven = 0, al = 0;
        for (String a : args) {
            for (Path jar : jars(Path.of(a))) {
                if (herschrijf(jar)) herschreven++;
                else al++;
            }
        }
        System.out.println("UncompressedJars: " + herschreven + " jars rewritten with stored entries, " + al + " already stored");
    }

    private static List<Path> jars(Path p) throws IOException {
        if (Files.isRegularFile(p)) return List.of(p);
        if (!Files.isDirectory(p)) return List.of();
        try (Stream<Path> s = Files.list(p)) {
            return s.filter(x -> x.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
    }

    /** Rewrites one jar with stored entries; {@code false} when every entry already was. */
    static boolean herschrijf(Path jar) throws IOException {
        Path tijdelijk = Files.createTempFile(jar.toAbsolutePath().getParent(), jar.getFileName().toString(), ".tmp");
        try {
            if (!schrijfOngecomprimeerd(jar, tijdelijk)) return false;
            // the jar's own permissions, not those of a temporary file (owner only)
            try {
                Files.setPosixFilePermissions(tijdelijk, Files.getPosixFilePermissions(jar));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the file keeps what the system gives a new file
            }
            // moved once the jar is closed (a file that is open cannot be replaced everywhere)
            Files.move(tijdelijk, jar, StandardCopyOption.REPLACE_EXISTING);
            return true;
        } finally {
            Files.deleteIfExists(tijdelijk);
        }
    }

    private static boolean schrijfOngecomprimeerd(Path jar, Path tijdelijk) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            boolean alles = true;
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements() && alles; ) {
                ZipEntry z = e.nextElement();
                alles = z.isDirectory() || z.getMethod() == ZipEntry.STORED;
            }
            if (alles) return false;
            try (OutputStream uit = Files.newOutputStream(tijdelijk); ZipOutputStream zo = new ZipOutputStream(uit)) {
                zo.setMethod(ZipOutputStream.STORED);
                List<ZipEntry> entries = new ArrayList<>();
                for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) entries.add(e.nextElement());
                for (ZipEntry z : entries) {
                    byte[] bytes;
                    try (InputStream in = zip.getInputStream(z)) {
                        bytes = in.readAllBytes();
                    }
                    ZipEntry n = new ZipEntry(z.getName());
                    n.setMethod(ZipEntry.STORED);
                    n.setSize(bytes.length);
                    n.setCompressedSize(bytes.length);
                    CRC32 crc = new CRC32();
                    crc.update(bytes);
                    n.setCrc(crc.getValue());
                    if (z.getLastModifiedTime() != null) n.setLastModifiedTime(z.getLastModifiedTime());
                    if (z.getComment() != null) n.setComment(z.getComment());
                    if (z.getExtra() != null) n.setExtra(z.getExtra());
                    zo.putNextEntry(n);
                    zo.write(bytes);
                    zo.closeEntry();
                }
            }
            return true;
        }
    }
}
