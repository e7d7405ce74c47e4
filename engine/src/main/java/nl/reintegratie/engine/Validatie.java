package nl.reintegratie.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.reintegratie.feiten.Onderwerp;

/**
 * Checks a {@link Casus} for facts that are missing or impossible, whether it came from JSON or from
 * Java: required facts, dates in the wrong order, negative hours, keys the version does not declare.
 */
final class Validatie {
    private static final BigDecimal UREN_IN_WEEK = BigDecimal.valueOf(168);

    private Validatie() {}

    static void controleer(Casus c, GeladenVersie versie, Register register) {
        List<InvalidCaseException.Fout> f = new ArrayList<>();
        LocalDate peildatum = c.peildatum();
        if (c.person() == null) {
            f.add(new InvalidCaseException.Fout("persoon", "is required"));
        } else {
            LocalDate geboren = c.person().getGeboortedatum();
            if (geboren == null) f.add(new InvalidCaseException.Fout("persoon.geboortedatum", "is required"));
            else if (geboren.isAfter(peildatum)) f.add(new InvalidCaseException.Fout("persoon.geboortedatum",
                    geboren + " is after the peildatum " + peildatum + ": the person is not born yet"));
            LocalDate werkloos = c.person().getWerkloosSinds();
            if (werkloos != null && werkloos.isAfter(peildatum)) f.add(new InvalidCaseException.Fout("persoon.werkloosSinds",
                    werkloos + " is after the peildatum " + peildatum));
            if (werkloos != null && geboren != null && werkloos.isBefore(geboren)) f.add(new InvalidCaseException.Fout(
                    "persoon.werkloosSinds", werkloos + " is before the geboortedatum " + geboren));
        }
        var d = c.dienstbetrekking();
        if (d != null) {
            if (d.getIngangsdatum() == null) f.add(new InvalidCaseException.Fout("dienstbetrekking.ingangsdatum", "is required"));
            if (d.getUrenPerWeek() == null) f.add(new InvalidCaseException.Fout("dienstbetrekking.urenPerWeek", "is required"));
            else if (d.getUrenPerWeek().signum() <= 0) f.add(new InvalidCaseException.Fout("dienstbetrekking.urenPerWeek",
                    d.getUrenPerWeek().toPlainString() + " hours per week is impossible: must be more than 0"));
            else if (d.getUrenPerWeek().compareTo(UREN_IN_WEEK) > 0) f.add(new InvalidCaseException.Fout("dienstbetrekking.urenPerWeek",
                    d.getUrenPerWeek().toPlainString() + " hours per week is impossible: a week has 168 hours"));
            if (d.getIngangsdatum() != null && d.getEinddatum() != null && d.getEinddatum().isBefore(d.getIngangsdatum())) {
                f.add(new InvalidCaseException.Fout("dienstbetrekking.einddatum", d.getEinddatum()
                        + " is before the ingangsdatum " + d.getIngangsdatum() + ": the dienstbetrekking ends before it starts"));
            }
        }
        if (c.aanvragen().isEmpty() && c.verleendeVoorzieningen().isEmpty()) {
            f.add(new InvalidCaseException.Fout("aanvragen", "the case has no aanvraag and no verleende voorziening: nothing to decide"));
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < c.aanvragen().size(); i++) {
            var a = c.aanvragen().get(i);
            String pad = "aanvragen[" + i + "]";
            onderwerp(a, pad, ids, versie, register, f);
            if (a.getOntvangstdatum() != null && a.getOntvangstdatum().isAfter(peildatum)) {
                f.add(new InvalidCaseException.Fout(pad + ".ontvangstdatum", a.getOntvangstdatum()
                        + " is after the peildatum " + peildatum + ": an aanvraag cannot be judged before it is received"));
            }
        }
        for (int i = 0; i < c.verleendeVoorzieningen().size(); i++) {
            var v = c.verleendeVoorzieningen().get(i);
            String pad = "verleendeVoorzieningen[" + i + "]";
            onderwerp(v, pad, ids, versie, register, f);
            if (v.getVerleendOp() == null) f.add(new InvalidCaseException.Fout(pad + ".verleendOp", "is required"));
            else if (v.getVerleendOp().isAfter(peildatum)) f.add(new InvalidCaseException.Fout(pad + ".verleendOp",
                    v.getVerleendOp() + " is after the peildatum " + peildatum));
        }
        if (!f.isEmpty()) throw new InvalidCaseException(f);
    }

    private static void onderwerp(Onderwerp o, String pad, Set<String> ids, GeladenVersie versie, Register register,
                                  List<InvalidCaseException.Fout> f) {
        if (o.getId() == null || o.getId().isBlank()) f.add(new InvalidCaseException.Fout(pad + ".id", "is required"));
        else if (!ids.add(o.getId())) f.add(new InvalidCaseException.Fout(pad + ".id", "'" + o.getId() + "' is used twice in this case"));
        if (o.getVoorziening() == null || o.getVoorziening().isBlank()) {
            f.add(new InvalidCaseException.Fout(pad + ".voorziening", "is required"));
        } else if (register.declarantenVan(o.getVoorziening()).isEmpty()) {
            f.add(new InvalidCaseException.Fout(pad + ".voorziening", "'" + o.getVoorziening()
                    + "' is a voorziening no regeling knows; known: " + String.join(", ", register.alleVoorzieningCodes())));
        }
        for (Map.Entry<String, Object> e : o.getOmstandigheden().entrySet()) {
            String veld = pad + ".omstandigheden." + e.getKey();
            Declaraties.Omstandigheid decl = versie.omstandigheden.get(e.getKey());
            if (decl == null) {
                f.add(new InvalidCaseException.Fout(veld, "unknown omstandigheid for " + versie.versie.id() + "; known: "
                        + String.join(", ", new TreeSet<>(versie.omstandigheden.keySet()))));
                continue;
            }
            Object w = e.getValue();
            boolean juistType = switch (decl.type()) {
                case JA_NEE -> w instanceof Boolean;
                case GETAL -> w instanceof BigDecimal;
                case DATUM -> w instanceof LocalDate;
                case KEUZE -> w instanceof String s && decl.keuzes().contains(s);
            };
            if (!juistType) {
                f.add(new InvalidCaseException.Fout(veld, "must be " + switch (decl.type()) {
                    case JA_NEE -> "true or false";
                    case GETAL -> "a number";
                    case DATUM -> "a date";
                    case KEUZE -> "one of: " + String.join(", ", decl.keuzes());
                }));
            } else if (decl.minimum() != null && w instanceof BigDecimal b && b.compareTo(decl.minimum()) < 0) {
                f.add(new InvalidCaseException.Fout(veld, b.toPlainString() + " is impossible: must be at least " + decl.minimum().toPlainString()));
            }
        }
        for (String k : o.getOordelen().keySet()) {
            if (!versie.oordelen.containsKey(k)) {
                f.add(new InvalidCaseException.Fout(pad + ".oordelen." + k, "unknown oordeel for " + versie.versie.id() + "; known: "
                        + String.join(", ", new TreeSet<>(versie.oordelen.keySet()))));
            }
        }
    }
}
