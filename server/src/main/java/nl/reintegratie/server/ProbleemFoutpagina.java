package nl.reintegratie.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers itself, before a request reaches the service — a malformed request line, headers that are
 * too large, a request that arrives while the service drains on stop — as problem details too, with the
 * {@code API-Version} header, so that a client meets one error format. Jetty's own message is not repeated: it can
 * quote the request.
 */
final class ProbleemFoutpagina extends ErrorHandler {
    private final String apiVersie;

    ProbleemFoutpagina(String apiVersie) {
        this.apiVersie = apiVersie;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback)
            throws IOException {
        Probleem p = code == 503
                ? Probleem.van(503, "gestopt", "De dienst is niet beschikbaar", "de dienst stopt of start en neemt nu geen verzoeken aan; probeer het zo opnieuw")
                : Probleem.van(code, "http-" + code, "Het verzoek kon niet worden verwerkt", "HTTP " + code + " " + HttpStatus.getMessage(code));
        byte[] b = p.json(null);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Probleem.MEDIATYPE);
        response.getHeaders().put("API-Version", apiVersie);
        if (code == 503) response.getHeaders().put(HttpHeader.RETRY_AFTER, "5");
        Beveiliging.headers((naam, waarde) -> response.getHeaders().put(naam, waarde));
        response.write(true, ByteBuffer.wrap(b), callback);
    }
}
