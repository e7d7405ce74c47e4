/**
 * The decision as a municipality sends it: draft Awb beschikkingen ({@link nl.reintegratie.besluit.Beschikking}, in
 * Markdown or as a print-ready HTML page) and Besluit resources of the ZGW Besluiten API
 * ({@link nl.reintegratie.besluit.ZgwBesluit}), both from an {@link nl.reintegratie.engine.Evaluation}.
 *
 * <p><b>Templates.</b> The documents are Mustache templates (mustache.java, {@code com.github.spullara.mustache.java:compiler}),
 * chosen over jte and Pebble because Mustache is logic-less: a template can lay out what the model holds but cannot
 * decide anything, so every legal choice (which dictum, which provision, where the college must weigh) stays in tested
 * Java and a gemeente that rewrites its letter cannot change a decision by accident; the templates are plain files
 * read at run time from the class path, so a gemeente overrides one by shipping a file in its rule package jar, with
 * no compile step (jte compiles templates to Java classes and needs a JDK or a build step for that); and the library
 * has no transitive dependencies (Pebble brings its own and a richer expression language the documents do not need).
 * The project's other Mustache reports use the same library and version. HTML templates escape every value.
 *
 * <p>See the module's README for the template locations and their override, the catalogue of besluittypen a rule
 * package declares, the ZGW field mapping and the citations.
 */
package nl.reintegratie.besluit;
