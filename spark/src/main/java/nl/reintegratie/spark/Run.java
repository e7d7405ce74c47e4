package nl.reintegratie.spark;

import java.io.Serializable;

/**
 * One way every case is evaluated: under a gemeente (or each under its own) and a policy variant (or none). A job
 * multiplies its caseload by its runs; every output row names its run.
 *
 * @param gemeente      the gemeente every case is evaluated under, as given ({@code null}: each case under its own)
 * @param alsGemeente   its label in the output: the gemeente's name, or {@link Beoordeling#EIGEN}
 * @param variantJson   the variant file's JSON text ({@code null}: no variant)
 * @param metVariant    its label in the output: the variant's name, or {@link Beoordeling#GEEN}
 */
public record Run(String gemeente, String alsGemeente, String variantJson, String metVariant) implements Serializable {}
