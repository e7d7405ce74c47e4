package nl.reintegratie.besluit;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The templates of the documents, as Mustache files on the class path. The defaults are in this module under
 * {@value #MAP}; a gemeente overrides any of them, a whole document or one partial ({@code bezwaar.md.mustache},
 * {@code stijl.html.mustache}, …), by shipping a file of the same name in its rule package jar under
 * {@value #MAP}{@code <gemeente>/}, the gemeente's name in lower case with hyphens ({@code midden-groningen}). A
 * template or partial is looked up there first, then among the defaults.
 *
 * <p>HTML templates escape every value ({@code {{x}}}); Markdown and plain-text templates write values as they are.
 * Compiled templates are cached per class loader, gemeente and kind.
 */
final class Sjablonen {
    /** Where the templates live on the class path. */
    static final String MAP = "nl/reintegratie/besluit/sjablonen/";
    private static final Map<ClassLoader, Map<String, DefaultMustacheFactory>> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

    private Sjablonen() {}

    /** Renders the template {@code naam} (for example {@code beschikking.html.mustache}) for this gemeente. */
    static String schrijf(String naam, String gemeente, Object model, ClassLoader loader) {
        boolean html = naam.contains(".html.");
        DefaultMustacheFactory f = CACHE.computeIfAbsent(loader, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(Bronnen.sleutel(gemeente) + (html ? "|html" : "|tekst"), k -> fabriek(loader, Bronnen.sleutel(gemeente), html));
        Mustache m = f.compile(naam);
        StringWriter w = new StringWriter(16_384);
        m.execute(w, model);
        return w.toString();
    }

    /** Where a template of this gemeente would override the default (for documentation and tests). */
    static String overschrijfPad(String gemeente, String naam) {
        return MAP + Bronnen.sleutel(gemeente) + "/" + naam;
    }

    private static DefaultMustacheFactory fabriek(ClassLoader loader, String gemeente, boolean html) {
        MustacheResolver resolver = naam -> {
            String n = naam.startsWith("/") ? naam.substring(1) : naam;
            for (String pad : new String[] {MAP + gemeente + "/" + n, MAP + n}) {
                InputStream in = loader.getResourceAsStream(pad);
                if (in == null && loader != Sjablonen.class.getClassLoader() && pad.equals(MAP + n)) {
                    in = Sjablonen.class.getClassLoader().getResourceAsStream(pad);
                }
                if (in != null) {
                    try (InputStream i = in) {
                        return new StringReader(new String(i.readAllBytes(), StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
            return null;
        };
        return new DefaultMustacheFactory(resolver) {
            @Override public String resolvePartialPath(String dir, String name, String extension) {
                return name.endsWith(".mustache") ? name : name + ".mustache";
            }

            @Override public void encode(String value, Writer writer) {
                if (html) {
                    super.encode(value, writer);
                    return;
                }
                try {
                    writer.write(value);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }
}
