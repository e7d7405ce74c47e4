package nl.reintegratie.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * A batch sent over a plain socket by a client that reads while it sends: the first line, then — once the caller
 * says so — the rest. The JDK's HttpClient sends a whole body before it reads, so streaming and draining on stop are
 * tested with this one.
 */
final class Ruwe implements AutoCloseable {
    private final Socket s;
    private final OutputStream uit;
    private final InputStream in;
    private final ByteArrayOutputStream gelezen = new ByteArrayOutputStream();

    /** Opens the connection, sends the request head and {@code eerste}, and waits for the first answer line. */
    Ruwe(int poort, String eerste) throws IOException {
        s = new Socket("127.0.0.1", poort);
        s.setSoTimeout(60_000);
        uit = s.getOutputStream();
        in = s.getInputStream();
        uit.write(("POST /api/v1/batches HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-ndjson\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        uit.write(chunk(eerste));
        uit.flush();
        while (!gelezen.toString(StandardCharsets.UTF_8).contains("{\"regel\":1,")) {
            int b = in.read();
            if (b < 0) throw new IOException("de verbinding sloot voor het eerste antwoord: " + gelezen.toString(StandardCharsets.UTF_8));
            gelezen.write(b);
        }
    }

    /**
     * A POST whose head declares {@code lengte} bytes of JSON and which sends none of them: the answer of a server that
     * refuses the body by its declared length, read without the race of a client still writing a body the server will
     * not read (the JDK's HttpClient then may see the connection close before it reads the answer).
     */
    static String alleenKop(int poort, String pad, long lengte) throws IOException {
        try (Socket s = new Socket("127.0.0.1", poort)) {
            s.setSoTimeout(60_000);
            OutputStream uit = s.getOutputStream();
            uit.write(("POST " + pad + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: " + lengte
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            uit.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            while (!b.toString(StandardCharsets.ISO_8859_1).contains("\r\n\r\n")) {
                int c = in.read();
                if (c < 0) break;
                b.write(c);
            }
            String kop = b.toString(StandardCharsets.ISO_8859_1);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(kop);
            if (m.find()) b.writeBytes(in.readNBytes(Integer.parseInt(m.group(1))));
            return b.toString(StandardCharsets.UTF_8);
        }
    }

    /** What has been read so far. */
    String gelezen() {
        return gelezen.toString(StandardCharsets.UTF_8);
    }

    /** Sends the rest and the end of the body, reads the answer to its end, and returns the body's lines. */
    List<String> rest(String rest) throws IOException {
        for (String regel : rest.split("(?<=\n)")) if (!regel.isEmpty()) uit.write(chunk(regel));
        uit.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        uit.flush();
        gelezen.write(in.readAllBytes());
        String antwoord = gelezen();
        String kop = antwoord.substring(0, antwoord.indexOf("\r\n\r\n"));
        String lichaam = antwoord.substring(kop.length() + 4);
        // with Connection: close Jetty may end the body by closing instead of chunking it
        if (kop.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) lichaam = ontchunk(lichaam);
        return lichaam.lines().toList();
    }

    static byte[] chunk(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream c = new ByteArrayOutputStream();
        c.writeBytes((Integer.toHexString(b.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        c.writeBytes(b);
        c.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        return c.toByteArray();
    }

    /** Decodes a chunked body (as bytes, so that the chunk sizes hold for UTF-8). */
    static String ontchunk(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        int i = 0;
        while (i < b.length) {
            int eol = i;
            while (eol < b.length && b[eol] != '\r') eol++;
            if (eol >= b.length) throw new AssertionError("de gechunkte body eindigt zonder laatste chunk");
            int n = Integer.parseInt(new String(b, i, eol - i, StandardCharsets.US_ASCII).trim(), 16);
            if (n == 0) break;
            uit.write(b, eol + 2, n);
            i = eol + 2 + n + 2;
        }
        return uit.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        s.close();
    }
}
