package nl.reintegratie.server;

import java.util.function.BiConsumer;

/**
 * The security headers of every response (NL API Design Rules, /core/transport/security-headers): no caching of what
 * may be personal, no framing, no MIME sniffing, no referrer, HTTPS only once a browser has seen it over TLS (the
 * service is meant to run behind a TLS-terminating proxy: plain HTTP is for localhost and the cluster network).
 */
final class Beveiliging {
    private Beveiliging() {}

    static void headers(BiConsumer<String, String> zet) {
        zet.accept("Cache-Control", "no-store");
        zet.accept("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        zet.accept("X-Content-Type-Options", "nosniff");
        zet.accept("X-Frame-Options", "DENY");
        zet.accept("Referrer-Policy", "no-referrer");
        zet.accept("Strict-Transport-Security", "max-age=31536000");
    }
}
