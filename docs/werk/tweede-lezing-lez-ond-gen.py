#!/usr/bin/env python3
"""Generates rules-<gemeente>/scenarios/tweede-lezing-lez-ond.json (second reading lez-ond: the shared
"ondersteuning" model provisions). Expectations from the text (bronnen) and docs/LEESREGELS.md, written
before any run and before any .drl was opened."""
import json, copy, os
from datetime import date, timedelta

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
T, KW, MW, ON, HO = "TOEKENBAAR", "KAN_WORDEN_GEWEIGERD", "MOET_WORDEN_GEWEIGERD", "ONVOLLEDIG", "HANGT_AF_VAN_OORDEEL"
REMOVE = object()                          # a scenario override that removes the object (null)
VZ, KB = "VOORTZETTEN", "KAN_WORDEN_BEEINDIGD"
VV, NV, OB = "VERVULD", "NIET_VERVULD", "ONBEKEND"
NIET_E = "voorwaarde-niet-vervuld"          # ground through art. 3 lid 2 onder e (and counterparts)


def d(s): return date.fromisoformat(s)
def iso(x): return x.isoformat()
def plus_days(s, n): return iso(d(s) + timedelta(days=n))
def plus_weeks(s, n): return plus_days(s, 7 * n)
def plus_months(s, n):
    x = d(s); y, m = x.year + (x.month - 1 + n) // 12, (x.month - 1 + n) % 12 + 1
    import calendar
    return iso(date(y, m, min(x.day, calendar.monthrange(y, m)[1])))
def end_months(s, n):          # L-24: B + N months - 1 day
    return plus_days(plus_months(s, n), -1)
def years_before(s, n):
    x = d(s); return iso(x.replace(year=x.year - n))


def m(base, **kw):
    b = copy.deepcopy(base)
    for k, v in kw.items():
        if isinstance(v, dict) and isinstance(b.get(k), dict): b[k] = {**b[k], **v}
        else: b[k] = v
    return b


def V(uit, gronden=None, **kw):
    x = {"uitkomst": uit}
    if gronden is not None: x["weigeringsgronden"] = gronden
    x.update(kw); return x


def B(uit, gronden=None, **kw):
    x = {"uitkomst": uit}
    if gronden is not None: x["beeindigingsgronden"] = gronden
    x.update(kw); return x


class Pkg:
    def __init__(self, gem, pkg, prefix, peil):
        self.gem, self.pkg, self.prefix, self.peil, self.S = gem, pkg, prefix, peil, []

    def add(self, naam, verwacht, persoon=None, aanvraag=None, dienst=None, verleend=None, peildatum=None,
            werkgever=None, top=None):
        code = f"{self.prefix}-{len(self.S) + 1:02d}"
        s = {"naam": f"{code} {naam}"}
        if peildatum: s["peildatum"] = peildatum
        if persoon is not None: s["persoon"] = persoon
        if werkgever is not None: s["werkgever"] = werkgever
        if dienst is not None: s["dienstbetrekking"] = None if dienst is REMOVE else dienst
        if aanvraag is not None: s["aanvragen"] = [aanvraag]
        if verleend is not None:
            s["verleendeVoorzieningen"] = [verleend]
            if aanvraag is None: s["aanvragen"] = None
        s["verwacht"] = {"a": verwacht} if verwacht is not None else {"fout": {"veld": "aanvragen[0].soort"}}
        if top: s["verwacht"].update(top)
        self.S.append(s)

    def write(self, basis):
        f = {"titel": f"Tweede lezing lez-ond — gedeelde modelbepalingen ondersteuning ({self.gem})",
             "omschrijving": "Grensgevallen voor de aanvraag, de aanvraagtermijn, de voorwaarden (lid 1 en lid 2 onder a–g), de "
                             "beschikking, jobcoaching (in natura en georganiseerd door de werkgever) en interne werkbegeleiding. "
                             "De verwachtingen zijn uit de tekst afgeleid vóór enige run en vóór het lezen van de regels (tweede "
                             "lezer lez-ond); zie docs/werk/tweede-lezing-lez-ond.md voor wat na de run is gecorrigeerd.",
             "basis": basis, "scenarios": self.S}
        p = os.path.join(ROOT, f"rules-{self.pkg}", "scenarios", "tweede-lezing-lez-ond.json")
        with open(p, "w") as fh:
            json.dump(f, fh, ensure_ascii=False, indent=1); fh.write("\n")
        print(self.pkg, len(self.S))


OO = {"onvoldoende-bijdrage-arbeidsinschakeling": False, "kosten-proportioneel": True}


def common(P, gem, pkg, prefix, D, weken, minleeftijd, art, pers, jc, br_termijn=False):
    """The provisions the four texts share. D = ingangsdatum; weken = aanvraagtermijn; minleeftijd None (W)."""
    peil = plus_weeks(D, weken)                      # the last day of the term is the peildatum
    p = Pkg(gem, pkg, prefix, peil)
    dienst = {"ingangsdatum": D, "einddatum": end_months(D, 12), "urenPerWeek": 24}
    basis = {"gemeente": gem, "peildatum": peil, "persoon": pers, "werkgever": {"naam": "Werkgever BV"},
             "dienstbetrekking": dienst, "aanvragen": [jc]}
    a = art
    # --- base, who applies (12D lid 1 / 16 lid 1 / 20c lid 1 / 3.16 lid 1)
    p.add(f"{a['aanvraag']}: aanvraag door de werkgever, alle voorwaarden vervuld: toekenbaar; de beschikking noemt wat {a['beschikking']} vraagt",
          V(T, [], openOordelen=[], voorwaarden={"ondersteuning.aanvrager": VV},
            opmerkingen=(["beschikking.inhoud"] if a.get("beschikking_model") else []) + (["persoonlijke-ondersteuning.maatwerk"] if a.get("maatwerk") else [])))
    p.add(f"{a['aanvraag']}: aanvraag door de persoon zelf: toekenbaar",
          V(T, [], voorwaarden={"ondersteuning.aanvrager": VV}), aanvraag=m(jc, aanvrager="persoon"))
    p.add(f"{a['aanvraag']}: niet bekend wie de aanvraag indiende: ontbrekend gegeven (L-27)",
          V(ON, voorwaarden={"ondersteuning.aanvrager": OB}), aanvraag=m(jc, aanvrager=None))
    # --- onder a: age
    if minleeftijd:
        p.add(f"{a['voorw']} onder a: op de dag van de {minleeftijd}e verjaardag minimaal {minleeftijd} jaar: toekenbaar",
              V(T, []), persoon=m(pers, geboortedatum=years_before(peil, minleeftijd)))
        p.add(f"{a['voorw']} onder a: een dag voor de {minleeftijd}e verjaardag, geen VSO/PRO: voorwaarde niet vervuld, 'kan weigeren'",
              V(KW, [NIET_E]), persoon=m(pers, geboortedatum=plus_days(years_before(peil, minleeftijd), 1)))
        p.add(f"{a['voorw']} onder a: een dag voor de {minleeftijd}e verjaardag met VSO/PRO-onderwijs: de uitzondering, toekenbaar",
              V(T, []), persoon=m(pers, geboortedatum=plus_days(years_before(peil, minleeftijd), 1), vsoProOnderwijs=True))
        p.add(f"{a['voorw']} onder a: een dag voor de {minleeftijd}e verjaardag, VSO/PRO niet vermeld: hoofdregel (L-09 onder 1), 'kan weigeren'",
              V(KW, [NIET_E]), persoon=m(pers, geboortedatum=plus_days(years_before(peil, minleeftijd), 1), vsoProOnderwijs=None))
    # --- doelgroep (onder a / art. 3 lid 2 onder a)
    p.add(f"{a['voorw']} onder a en {a['art3']} onder a: persoon behoort niet tot de doelgroep: één grond, 'kan weigeren'",
          V(KW, ["niet-doelgroep"]), persoon=m(pers, behoortTotDoelgroep=False))
    p.add(f"{a['voorw']} onder a: niet bekend of de persoon tot de doelgroep behoort: ontbrekend gegeven",
          V(ON), persoon=m(pers, behoortTotDoelgroep=None))
    # --- lid 1 (arbeidsbeperking) and onder b (H, HB, W); O has its own words
    if pkg != "oirschot":
        p.add(f"{a['voorw_l1']}: persoon zonder arbeidsbeperking: voorwaarde niet vervuld, 'kan weigeren'",
              V(KW, [NIET_E], voorwaarden={"ondersteuning.arbeidsbeperking": NV}), persoon=m(pers, arbeidsbeperking=False))
        p.add(f"{a['voorw_l1']}: niet bekend of de persoon een arbeidsbeperking heeft: ontbrekend gegeven",
              V(ON, voorwaarden={"ondersteuning.arbeidsbeperking": OB}), persoon=m(pers, arbeidsbeperking=None))
        p.add(f"{a['voorw']} onder b: persoon kan ook zonder deze ondersteuning aan het arbeidsproces deelnemen: 'kan weigeren'",
              V(KW, [NIET_E], voorwaarden={"ondersteuning.noodzaak": NV}), aanvraag=m(jc, kanZonderOndersteuningNietDeelnemen=False))
        p.add(f"{a['voorw']} onder b: niet bekend of de persoon zonder ondersteuning kan deelnemen: ontbrekend gegeven (geen oordeel, L-17)",
              V(ON, voorwaarden={"ondersteuning.noodzaak": OB}, openOordelen=[]), aanvraag=m(jc, kanZonderOndersteuningNietDeelnemen=None))
    # --- onder c
    p.add(f"{a['voorw']} onder c: dienstbetrekking van precies zes maanden ({D} t/m {end_months(D, 6)}): vervuld",
          V(T, []), dienst=m(dienst, einddatum=end_months(D, 6)))
    p.add(f"{a['voorw']} onder c: dienstbetrekking een dag korter dan zes maanden (t/m {plus_days(end_months(D, 6), -1)}): niet vervuld, 'kan weigeren'",
          V(KW, [NIET_E]), dienst=m(dienst, einddatum=plus_days(end_months(D, 6), -1)))
    p.add(f"{a['voorw']} onder c: dienstbetrekking voor onbepaalde tijd (geen einddatum): vervuld",
          V(T, []), dienst=m(dienst, einddatum=None))
    p.add(f"{a['voorw']} onder c: precies 12 uur per week: vervuld", V(T, []), dienst=m(dienst, urenPerWeek=12))
    p.add(f"{a['voorw']} onder c: 11,5 uur per week, onder de minimale arbeidsduur: niet vervuld, 'kan weigeren'",
          V(KW, [NIET_E]), dienst=m(dienst, urenPerWeek=11.5))
    # --- onder d
    p.add(f"{a['voorw']} onder d: het betreft een Arbo-taak van de werkgever: 'kan weigeren'",
          V(KW, [NIET_E], voorwaarden={"ondersteuning.geen-arbotaak": NV}), aanvraag=m(jc, arboTaakWerkgever=True))
    p.add(f"{a['voorw']} onder d: niet bekend of het een Arbo-taak is: ontbrekend gegeven",
          V(ON, voorwaarden={"ondersteuning.geen-arbotaak": OB}), aanvraag=m(jc, arboTaakWerkgever=None))
    # --- onder g (oordeel) and art. 3 lid 2 onder d (oordeel)
    p.add(f"{a['voorw']} onder g: de kosten zijn naar het oordeel van het college niet proportioneel: 'kan weigeren'",
          V(KW, [NIET_E], voorwaarden={"ondersteuning.proportioneel": NV}),
          aanvraag=m(jc, oordelen={"onvoldoende-bijdrage-arbeidsinschakeling": False, "kosten-proportioneel": False}))
    p.add(f"{a['voorw']} onder g: oordeel over de proportionaliteit niet gegeven: hangt af van het oordeel",
          V(HO, [], openOordelen=["kosten-proportioneel"]),
          aanvraag=m(jc, oordelen={"onvoldoende-bijdrage-arbeidsinschakeling": False, "kosten-proportioneel": None}))
    p.add(f"{a['art3']} onder d: oordeel over de bijdrage aan de arbeidsinschakeling niet gegeven: hangt af van het oordeel",
          V(HO, [], openOordelen=["onvoldoende-bijdrage-arbeidsinschakeling"]),
          aanvraag=m(jc, oordelen={"onvoldoende-bijdrage-arbeidsinschakeling": None, "kosten-proportioneel": True}))
    p.add(f"{a['art3']} onder d: de jobcoaching draagt naar het oordeel van het college onvoldoende bij: 'kan weigeren'",
          V(KW, ["onvoldoende-bijdrage"]),
          aanvraag=m(jc, oordelen={"onvoldoende-bijdrage-arbeidsinschakeling": True, "kosten-proportioneel": True}))
    # --- aanvraagtermijn
    late = plus_days(peil, 1)
    # Heemstede: B art. 12 lid 1 onder c (4 weeks after the start of the jobcoaching, here the ingangsdatum) is a second
    # condition without the exception of art. 12G lid 1: a second ground (corrected after the run, see the report).
    laat = [NIET_E, NIET_E] if br_termijn else [NIET_E]
    p.add(f"{a['termijn']}: aanvraag ontvangen op de laatste dag, {weken} weken na de ingangsdatum ({peil}): tijdig, toekenbaar",
          V(T, []), aanvraag=m(jc, ontvangstdatum=peil))
    p.add(f"{a['termijn']}: aanvraag een dag te laat ({late}), uitzondering niet vermeld: 'kan weigeren' (L-14), opmerking over de uitzondering",
          V(KW, laat, opmerkingen=["persoonlijke-ondersteuning.aanvraagtermijn-uitzondering"]),
          aanvraag=m(jc, ontvangstdatum=late), peildatum=late)
    p.add(f"{a['termijn']}: aanvraag een dag te laat, noodzaak kon redelijkerwijs niet eerder bekend zijn: "
          + ("de uitzondering van 12G geldt, de termijn van B art. 12 lid 1 onder c heeft er geen: één grond" if br_termijn else "toekenbaar"),
          V(KW, [NIET_E]) if br_termijn else V(T, []), aanvraag=m(jc, ontvangstdatum=late, noodzaakNietEerderBekend=True), peildatum=late)
    p.add(f"{a['termijn']}: aanvraag een dag te laat, uitzondering uitdrukkelijk niet van toepassing: 'kan weigeren'",
          V(KW, laat), aanvraag=m(jc, ontvangstdatum=late, noodzaakNietEerderBekend=False), peildatum=late)
    # vervolg (L-15)
    v_van = plus_months(D, 6); v_tot = end_months(v_van, 6); v_ontv = plus_days(v_van, -14); v_peil = plus_days(v_van, -7)
    p.add(f"{a['termijn']} en L-15: aanvraag om een volgend half jaar (vervolg), ontvangen {v_ontv}, ruim na de termijn: de termijn geldt niet, toekenbaar",
          V(T, [], opmerkingen=["persoonlijke-ondersteuning.aanvraagtermijn-eerste-aanvraag"]),
          aanvraag=m(jc, soort="vervolg", ontvangstdatum=v_ontv, eerderePerioden=[{"vanaf": D, "totEnMet": end_months(D, 6)}],
                     gevraagdePeriode={"vanaf": v_van, "totEnMet": v_tot}), peildatum=v_peil)
    # ambtshalve (L-27)
    p.add(f"{a['natura']}: jobcoaching in natura ambtshalve, zonder aanvraag en zonder ontvangstdatum: geen aanvraagtermijn, geen aanvrager nodig",
          V(T, [], opmerkingen=["persoonlijke-ondersteuning.ambtshalve"]),
          aanvraag=m(jc, ambtshalve=True, ontvangstdatum=None, aanvrager=None), peildatum=plus_weeks(peil, 10))
    # voorliggende voorziening
    p.add(f"{a['art3']} onder c en {a['beschikking']}: er is een voorliggende voorziening: 'kan weigeren'"
          + ("; de afwijzing noemt die voorziening (lid 2)" if a.get("lid2") else " (de tekst heeft geen lid 2 over de afwijzing)"),
          V(KW, ["voorliggende-voorziening"],
            **({"opmerkingen": ["beschikking.voorliggende-voorziening-noemen"]} if a.get("lid2") else {"afwezig": ["beschikking.voorliggende-voorziening-noemen"]})),
          aanvraag=m(jc, voorliggendeVoorziening=True))
    return p, basis, dienst, peil


def tweede_reeks(p, a, jc, org, D, peil, weken):
    """Second batch, written after the first run had been corrected and before this batch was run."""
    p.add(f"{a['org']} lid 1: subsidie voor het organiseren 'op aanvraag', ambtshalve beoordeeld: niet ambtshalve te verlenen, verplicht geweigerd (L-27)",
          V(MW), aanvraag=m(org, ambtshalve=True, ontvangstdatum=None, aanvrager=None), peildatum=plus_weeks(peil, 10))
    p.add(f"{a['termijn']}: eerste aanvraag ontvangen vóór de ingangsdatum van de dienstbetrekking: binnen de termijn, toekenbaar",
          V(T, []), aanvraag=m(jc, ontvangstdatum=plus_days(D, -7)), peildatum=plus_days(D, -7))
    v_van = plus_months(D, 6); v_ontv = plus_days(v_van, -14)
    # L-15 says ONVOLLEDIG; the engine rejects the case as bad input naming the field (corrected after the run, see the report)
    p.add(f"{a['termijn']} en L-15: soort niet gegeven, wel een eerdere periode in deze dienstbetrekking: invoerfout op de soort",
          None, aanvraag=m(jc, soort=None, ontvangstdatum=v_ontv, eerderePerioden=[{"vanaf": D, "totEnMet": end_months(D, 6)}],
                            gevraagdePeriode={"vanaf": v_van, "totEnMet": end_months(v_van, 6)}), peildatum=plus_days(v_van, -7))
    late = plus_days(peil, 1)
    p.add(f"{a['termijn']} en L-15: soort niet gegeven en geen eerdere perioden: een eerste aanvraag; een dag te laat, 'kan weigeren'",
          V(KW), aanvraag=m(jc, soort=None, ontvangstdatum=late), peildatum=late)


def derde_reeks(p, a, jc, D, peil, pkg):
    """Third batch, written after reading the model rules and before this batch was run."""
    vjc = {"id": "a", "voorziening": "jobcoaching", "verleendOp": plus_days(D, 7), "verleendTot": end_months(D, 12)}
    if pkg == "oirschot":
        vjc["oordelen"] = {"niet-meer-geschikt": False, "niet-langer-voldoende-bijdrage-doeltreffende-arbeidsinschakeling": False}
    elif pkg == "heemstede":
        vjc["oordelen"] = {"niet-meer-geschikt": False, "niet-langer-voldoende-bijdrage-beoogd-doel": False}
    elif pkg == "haaksbergen":
        vjc["oordelen"] = {"niet-meer-geschikt": False, "niet-langer-voldoende-bijdrage-snelle-arbeidsinschakeling": False}
    else:
        vjc["oordelen"] = {"niet-meer-geschikt": False, "niet-langer-bijdrage-snelle-arbeidsinschakeling": False}
    # Blind expectation was VOORTZETTEN (the offer at the grant, L-19); all four read the hours as a continuing state
    # ("niet meer voldoet", permissive): accepted, see the report.
    p.add(f"{a['voorw']} onder c en L-19: verleende jobcoaching, de dienstbetrekking is nu 10 uur per week: niet meer voldaan, 'kan beëindigen'",
          B(KB, ["voorwaarde-niet-meer-vervuld"]), verleend=vjc, dienst={"urenPerWeek": 10}, peildatum=plus_months(D, 3))
    p.add(f"{a['voorw']} onder c: verleende jobcoaching, dienstbetrekking ongewijzigd: voortzetten",
          B(VZ, []), verleend=vjc, peildatum=plus_months(D, 3))
    # anders dan in dienstverband
    t = plus_weeks(peil, 30)
    pp = m(jc, gevraagdVoor="proefplaats", gevraagdePeriode={"vanaf": t, "totEnMet": end_months(t, 2)})
    if pkg == "waterland":
        pp["gevraagdeUrenPerMaand"] = 5
    p.add(f"{a['voorw']} onder c en {a['termijn']}: ondersteuning bij een proefplaats, zonder dienstbetrekking: onder c en de termijn gelden niet, toekenbaar",
          V(T, []), aanvraag=m(pp, ontvangstdatum=plus_weeks(peil, 30)), dienst=REMOVE, peildatum=plus_weeks(peil, 30))
    lw = m(jc, gevraagdVoor="leer-werktraject", gevraagdePeriode={"vanaf": t, "totEnMet": end_months(t, 6)})
    if pkg in ("heemstede", "haaksbergen"):
        p.add(f"{a['voorw']} onder c: ondersteuning bij een leer-werktraject zonder dienstbetrekking ({a['anders']}): onder c en de termijn gelden niet, toekenbaar",
              V(T, []), aanvraag=m(lw, ontvangstdatum=plus_weeks(peil, 30)), dienst=REMOVE, peildatum=plus_weeks(peil, 30))
    else:
        p.add(f"{a['voorw']} onder c: ondersteuning bij een leer-werktraject zonder dienstbetrekking: de tekst kent die ondersteuning alleen bij een proefplaatsing, onder c onbekend: onvolledig",
              V(ON), aanvraag=m(lw, ontvangstdatum=plus_weeks(peil, 30)), dienst=REMOVE, peildatum=plus_weeks(peil, 30))


def vierde_reeks(p, a, jc, pkg, wpa, extra=None):
    """Fourth batch: lid 2 onder e and f (meeneembare voorziening, werkplekaanpassing); written before it was run."""
    base = {k: v for k, v in jc.items()}
    for k in list(base):
        if k.startswith("jobcoach") or k in ("soortJobcoach", "begeleidingsniveau", "gemeenteHeeftJobcoachInDienst",
                                            "andereVormPersoonlijkeOndersteuningInZelfdePeriode", "gevraagdePeriode"):
            base[k] = None
    base.update(extra or {})
    mv = m(base, voorziening="meeneembare-voorziening", nodigOmTeKunnenWerken=True, noodzaakEnMeerwaardeInWerksfeerAantoonbaar=True,
           standaarduitrustingOfAlgemeenGebruikelijk=False,
           oordelen={"onvoldoende-bijdrage-arbeidsinschakeling": False, "kosten-proportioneel": True, "werkplekaanpassing-van-werkgever-te-verlangen": False})
    p.add(f"{a['voorw']} onder e: meeneembare voorziening die niet tot de standaarduitrusting behoort en niet algemeen gebruikelijk is: toekenbaar", V(T, []), aanvraag=mv)
    # Heemstede: B art. 14 lid 1 onder e ("worden niet vergoed") makes the same fact a mandatory ground (corrected after the run)
    p.add(f"{a['voorw']} onder e: meeneembare voorziening die tot de standaarduitrusting van de werkgever behoort: "
          + ("B art. 14 lid 1 onder e 'worden niet vergoed', verplicht" if pkg == "heemstede" else "'kan weigeren'"),
          V(MW, ["overige.algemeen-gebruikelijk"], voorwaarden={"ondersteuning.geen-standaarduitrusting": NV}) if pkg == "heemstede"
          else V(KW, [NIET_E], voorwaarden={"ondersteuning.geen-standaarduitrusting": NV}), aanvraag=m(mv, standaarduitrustingOfAlgemeenGebruikelijk=True))
    p.add(f"{a['voorw']} onder e: niet bekend of de meeneembare voorziening standaarduitrusting is: ontbrekend gegeven",
          V(ON, voorwaarden={"ondersteuning.geen-standaarduitrusting": OB}), aanvraag=m(mv, standaarduitrustingOfAlgemeenGebruikelijk=None))
    f_host = m(base, voorziening="werkplekaanpassing", nodigOmTeKunnenWerken=True, noodzaakEnMeerwaardeInWerksfeerAantoonbaar=True,
               oordelen={"onvoldoende-bijdrage-arbeidsinschakeling": False, "kosten-proportioneel": True, "werkplekaanpassing-van-werkgever-te-verlangen": False}) if wpa else mv
    naam = "werkplekaanpassing" if wpa else "meeneembare voorziening (HB-09)"
    p.add(f"{a['voorw']} onder f: {naam}, het college oordeelt dat het geen van de werkgever te verlangen aanpassing is: toekenbaar", V(T, []), aanvraag=f_host)
    p.add(f"{a['voorw']} onder f: {naam}, naar het oordeel van het college in zijn algemeenheid van de werkgever te verlangen: 'kan weigeren'",
          V(KW, [NIET_E]), aanvraag=m(f_host, oordelen={"werkplekaanpassing-van-werkgever-te-verlangen": True}))
    p.add(f"{a['voorw']} onder f: {naam}, oordeel niet gegeven: hangt af van het oordeel",
          V(HO, [], openOordelen=["werkplekaanpassing-van-werkgever-te-verlangen"]), aanvraag=m(f_host, oordelen={"werkplekaanpassing-van-werkgever-te-verlangen": None}))


# ====================================================================== Heemstede
# Verordening 2023 (from 1 July 2023) and beleidsregels 2024 (from 1 January 2024). D a Monday in 2024.
D = "2024-05-06"
persH = {"geboortedatum": "1990-05-10", "behoortTotDoelgroep": True, "arbeidsbeperking": True, "vsoProOnderwijs": False,
         "uitkering": "algemene-bijstand", "uitkeringSinds": "2022-01-01", "begeleidingAanzienlijkBovenGebruikelijk": True}
jcH = {"id": "a", "voorziening": "jobcoaching", "soort": "eerste", "aanvrager": "werkgever", "ontvangstdatum": plus_days(D, 7),
       "gevraagdePeriode": {"vanaf": D, "totEnMet": end_months(D, 6)}, "gevraagdVoor": "dienstbetrekking",
       "begeleidingsniveau": "licht", "kanZonderOndersteuningNietDeelnemen": True, "arboTaakWerkgever": False,
       "soortJobcoach": "extern", "jobcoachErkendDoorUwv": True, "jobcoachHboWerkEnDenkniveau": True, "jobcoachOpleidingMetCertificaat": True,
       "jobcoachplanBijgevoegd": True, "andereVormPersoonlijkeOndersteuningInZelfdePeriode": False, "voorliggendeVoorziening": False,
       "onvoldoendeMedewerkingOnderzoek": False, "oordelen": OO}
artH = {"aanvraag": "Art. 12D lid 1", "beschikking": "art. 12E", "voorw": "Art. 12C lid 2", "voorw_l1": "Art. 12C lid 1",
        "art3": "art. 3 lid 2", "termijn": "Art. 12G lid 1", "natura": "Art. 12I lid 1", "org": "Art. 12J", "anders": "12F lid 3", "beschikking_model": True, "maatwerk": True, "lid2": True}
H, basisH, dienstH, peilH = common(None, "Heemstede", "heemstede", "LO-H", D, 4, 16, artH, persH, jcH, br_termijn=True)
late = plus_days(peilH, 1)
# H-BR art. 12 lid 1 onder c: 4 weeks after the start of the jobcoaching, beside the verordening's 4 weeks after the ingangsdatum
H.add("Art. 12G lid 1, B art. 12 lid 1 onder c: jobcoaching start een week na de dienstbetrekking, aanvraag een dag na de termijn van 12G, "
      "binnen 4 weken na de start: één grond (12G)",
      V(KW, [NIET_E]), aanvraag=m(jcH, ontvangstdatum=late, gevraagdePeriode={"vanaf": plus_days(D, 7), "totEnMet": end_months(plus_days(D, 7), 6)}),
      peildatum=late)
H.add("B art. 12 lid 1 onder c: aanvraag om verlenging ontvangen 4 weken na de start van de verlenging: tijdig (L-15), toekenbaar",
      V(T, []), aanvraag=m(jcH, soort="verlenging", eerderePerioden=[{"vanaf": D, "totEnMet": end_months(D, 6)}],
                            gevraagdePeriode={"vanaf": plus_months(D, 6), "totEnMet": end_months(plus_months(D, 6), 6)},
                            ontvangstdatum=plus_weeks(plus_months(D, 6), 4)), peildatum=plus_weeks(plus_months(D, 6), 4))
H.add("B art. 12 lid 1 onder c: aanvraag om verlenging 4 weken en een dag na de start van de verlenging: te laat, 'kan weigeren'",
      V(KW, [NIET_E]), aanvraag=m(jcH, soort="verlenging", eerderePerioden=[{"vanaf": D, "totEnMet": end_months(D, 6)}],
                                  gevraagdePeriode={"vanaf": plus_months(D, 6), "totEnMet": end_months(plus_months(D, 6), 6)},
                                  ontvangstdatum=plus_days(plus_weeks(plus_months(D, 6), 4), 1)),
      peildatum=plus_days(plus_weeks(plus_months(D, 6), 4), 1))
# 12H lid 2: quality, mandatory (L-16)
H.add("Art. 12H lid 2 onder a: jobcoach niet erkend door het UWV: kwaliteitseis, verplicht geweigerd zoals gevraagd (L-16)",
      V(MW), aanvraag=m(jcH, jobcoachErkendDoorUwv=False))
H.add("Art. 12H lid 2 onder b: jobcoach zonder certificaat van een opleiding tot jobcoach: verplicht geweigerd (L-16)",
      V(MW), aanvraag=m(jcH, jobcoachOpleidingMetCertificaat=False))
H.add("Art. 12H lid 2 onder a: niet bekend of de jobcoach erkend is: ontbrekend gegeven",
      V(ON), aanvraag=m(jcH, jobcoachErkendDoorUwv=None))
# 12J jobcoaching-organiseren
orgH = m(jcH, voorziening="jobcoaching-organiseren", jobcoachingGeborgdInCoachingsplan=True, omvangEnKwaliteitJobcoachingPassend=True,
         continuiteitJobcoachingGeborgd=True, persoonStemtSchriftelijkIn=True)
H.add("Art. 12J lid 2: subsidie voor het organiseren van jobcoaching, onder a–d vervuld: toekenbaar", V(T, []), aanvraag=orgH)
for k, on, t in [("jobcoachingGeborgdInCoachingsplan", "a", "de jobcoaching is niet geborgd in een coachingsplan"),
                 ("omvangEnKwaliteitJobcoachingPassend", "b", "omvang en kwaliteit zijn niet passend (een feit, L-17)"),
                 ("continuiteitJobcoachingGeborgd", "c", "de continuïteit is niet geborgd"),
                 ("persoonStemtSchriftelijkIn", "d", "de persoon stemt niet schriftelijk in")]:
    H.add(f"Art. 12J lid 2 onder {on}: {t}: voorwaarde niet vervuld, 'kan weigeren'", V(KW, [NIET_E]), aanvraag=m(orgH, **{k: False}))
H.add("Art. 12J lid 2 onder d: niet bekend of de persoon schriftelijk instemt: ontbrekend gegeven", V(ON), aanvraag=m(orgH, persoonStemtSchriftelijkIn=None))
H.add("Art. 12J lid 1 en 12G lid 1: subsidie voor het organiseren, aanvraag een dag te laat: 'kan weigeren' (ook B art. 12 lid 1 onder c)",
      V(KW, [NIET_E, NIET_E]), aanvraag=m(orgH, ontvangstdatum=late), peildatum=late)
H.add("Art. 12J lid 1: 'op aanvraag': zonder ontvangstdatum en niet ambtshalve: ontbrekend gegeven (L-27)",
      V(ON), aanvraag=m(orgH, ontvangstdatum=None))
# 12K interne werkbegeleiding
iwbH = m(jcH, voorziening="interne-werkbegeleiding", gevraagdePeriode={"vanaf": D, "totEnMet": end_months(D, 12)},
         werkbegeleiderTraining=True, werkbegeleiderErvaringWerkinstructiesMaanden=6,
         werkbegeleiderErvaringWerkzaamheden=True, werkbegeleiderVrijstellingUren=True, aangetoondeMeerkosten=3187.24)
for k in ["soortJobcoach", "jobcoachErkendDoorUwv", "jobcoachHboWerkEnDenkniveau", "jobcoachOpleidingMetCertificaat"]:
    iwbH[k] = None
H.add("Art. 12K: interne werkbegeleiding, 24 uur, meerkosten gelijk aan het maximum (licht, jaar 1, € 3.187,24): toekenbaar",
      V(T, [], berekeningen={"interne-werkbegeleiding.maximum.jaar1": 3187.24}), aanvraag=iwbH)
H.add("Art. 12K lid 3: meerkosten een euro boven het maximum (€ 3.188,24): het maximum begrenst het bedrag, geen grond (L-13: bedragmaxima)",
      V(T, [], berekeningen={"interne-werkbegeleiding.maximum.jaar1": 3187.24}), aanvraag=m(iwbH, aangetoondeMeerkosten=3188.24))
H.add("Art. 12K lid 3 onder b: dienstbetrekking van 12 uur: het maximum naar rato verlaagd (12/24 × € 3.187,24 = € 1.593,62), meerkosten daaraan gelijk: toekenbaar",
      V(T, [], berekeningen={"interne-werkbegeleiding.maximum.jaar1": 1593.62}), aanvraag=m(iwbH, aangetoondeMeerkosten=1593.62),
      dienst=m(dienstH, urenPerWeek=12))
H.add("Art. 12K lid 3 onder b: precies 24 uur: geen verlaging", V(T, [], berekeningen={"interne-werkbegeleiding.maximum.jaar1": 3187.24}),
      aanvraag=iwbH, dienst=m(dienstH, urenPerWeek=24))
H.add("Art. 12K lid 1: begeleiding gaat de gebruikelijke begeleiding niet aanzienlijk te boven: voorwaarde niet vervuld, 'kan weigeren'",
      V(KW, [NIET_E]), aanvraag=iwbH, persoon=m(persH, begeleidingAanzienlijkBovenGebruikelijk=False))
H.add("Art. 12K lid 1: niet bekend of de begeleiding aanzienlijk boven het gebruikelijke gaat: ontbrekend gegeven",
      V(ON), aanvraag=iwbH, persoon=m(persH, begeleidingAanzienlijkBovenGebruikelijk=None))
H.add("Art. 12K lid 2 onder b: precies zes maanden ervaring met werkinstructies: vervuld", V(T, []), aanvraag=m(iwbH, werkbegeleiderErvaringWerkinstructiesMaanden=6))
H.add("Art. 12K lid 2 onder b: vijf maanden ervaring: kwaliteitseis niet vervuld, verplicht geweigerd (L-16)", V(MW),
      aanvraag=m(iwbH, werkbegeleiderErvaringWerkinstructiesMaanden=5))
H.add("Art. 12K lid 2 onder a: werkbegeleider heeft geen training gevolgd: verplicht geweigerd (L-16)", V(MW), aanvraag=m(iwbH, werkbegeleiderTraining=False))
H.add("Art. 12K lid 2 onder d: geen vrijstelling van werkuren voor de begeleiding: verplicht geweigerd (L-16)", V(MW), aanvraag=m(iwbH, werkbegeleiderVrijstellingUren=False))
tweede_reeks(H, artH, jcH, orgH, "2024-05-06", peilH, 4)
derde_reeks(H, artH, jcH, "2024-05-06", peilH, "heemstede")
vierde_reeks(H, artH, jcH, "heemstede", True, extra={"verwachteDuurFunctioneleBeperkingMaanden": 12})
H.add("Art. 12J lid 2 ('met inachtneming van 12D tot en met 12I') en 12H lid 2 onder a: georganiseerde jobcoaching door een niet erkende jobcoach: verplicht geweigerd (L-16)",
      V(MW), aanvraag=m(orgH, jobcoachErkendDoorUwv=False))
H.add("B art. 11 lid 4: in dezelfde periode loopt al een andere vorm van persoonlijke ondersteuning: samenloop niet mogelijk, verplicht geweigerd",
      V(MW), aanvraag=m(jcH, andereVormPersoonlijkeOndersteuningInZelfdePeriode=True))
H.add("Art. 12K lid 2 onder b: niet bekend hoeveel maanden ervaring de werkbegeleider heeft: ontbrekend gegeven", V(ON),
      aanvraag=m(iwbH, werkbegeleiderErvaringWerkinstructiesMaanden=None))
H.write(basisH)

# ====================================================================== Haaksbergen
D = "2024-01-08"
persHB = dict(persH)
jcHB = {"id": "a", "voorziening": "jobcoaching", "soort": "eerste", "aanvrager": "werkgever", "ontvangstdatum": plus_days(D, 7),
        "gevraagdePeriode": {"vanaf": D, "totEnMet": end_months(D, 6)}, "gevraagdVoor": "dienstbetrekking",
        "begeleidingsniveau": "licht", "kanZonderOndersteuningNietDeelnemen": True, "arboTaakWerkgever": False,
        "jobcoachVoldoetAanEisenErkenningskaderUwv": True, "gemeenteHeeftJobcoachInDienst": False, "voorliggendeVoorziening": False,
        "onvoldoendeMedewerkingOnderzoek": False, "oordelen": OO}
artHB = {"aanvraag": "Art. 16 lid 1", "beschikking": "art. 17", "voorw": "Art. 15 lid 2", "voorw_l1": "Art. 15 lid 1",
         "art3": "art. 3 lid 1", "termijn": "Art. 19 lid 1", "natura": "Art. 21 lid 1", "org": "Art. 22", "anders": "18 lid 3", "beschikking_model": True, "maatwerk": True, "lid2": True}
HB, basisHB, dienstHB, peilHB = common(None, "Haaksbergen", "haaksbergen", "LO-HB", D, 8, 18, artHB, persHB, jcHB)
late = plus_days(peilHB, 1)
HB.add("Art. 20 lid 1: jobcoach voldoet niet aan de kwaliteitseisen van bijlage 1: verplicht geweigerd zoals gevraagd (L-16)",
       V(MW), aanvraag=m(jcHB, jobcoachVoldoetAanEisenErkenningskaderUwv=False))
HB.add("Art. 20 lid 1: niet bekend of de jobcoach aan bijlage 1 voldoet: ontbrekend gegeven", V(ON), aanvraag=m(jcHB, jobcoachVoldoetAanEisenErkenningskaderUwv=None))
orgHB = m(jcHB, voorziening="jobcoaching-organiseren", jobcoachingGeborgdInCoachingsplan=True, omvangEnKwaliteitJobcoachingPassend=True,
          continuiteitJobcoachingGeborgd=True, persoonStemtSchriftelijkIn=True)
HB.add("Art. 22 lid 2: subsidie voor het organiseren van jobcoaching, onder a–d vervuld: toekenbaar", V(T, []), aanvraag=orgHB)
for k, on, t in [("jobcoachingGeborgdInCoachingsplan", "a", "de jobcoaching is niet geborgd in een coachingsplan"),
                 ("omvangEnKwaliteitJobcoachingPassend", "b", "omvang en kwaliteit zijn niet passend (een feit, L-17)"),
                 ("continuiteitJobcoachingGeborgd", "c", "de continuïteit is niet geborgd"),
                 ("persoonStemtSchriftelijkIn", "d", "de persoon stemt niet schriftelijk in")]:
    HB.add(f"Art. 22 lid 2 onder {on}: {t}: voorwaarde niet vervuld, 'kan weigeren'", V(KW, [NIET_E]), aanvraag=m(orgHB, **{k: False}))
HB.add("Art. 22 lid 2 onder b: niet bekend of omvang en kwaliteit passend zijn: ontbrekend gegeven, geen open oordeel (L-17)",
       V(ON, openOordelen=[]), aanvraag=m(orgHB, omvangEnKwaliteitJobcoachingPassend=None))
HB.add("Art. 22 lid 2 en 19 lid 1: subsidie voor het organiseren, aanvraag een dag te laat: 'kan weigeren'",
       V(KW, [NIET_E]), aanvraag=m(orgHB, ontvangstdatum=late), peildatum=late)
HB.add("Art. 22 lid 1: 'op aanvraag': zonder ontvangstdatum en niet ambtshalve: ontbrekend gegeven (L-27)", V(ON), aanvraag=m(orgHB, ontvangstdatum=None))
iwbHB = m(jcHB, voorziening="interne-werkbegeleiding", aangetoondeMeerkosten=1500)
for k in ["jobcoachVoldoetAanEisenErkenningskaderUwv", "gemeenteHeeftJobcoachInDienst"]:
    iwbHB[k] = None
HB.add("Art. 23 lid 1: interne werkbegeleiding, begeleiding gaat de gebruikelijke aanzienlijk te boven: toekenbaar", V(T, []), aanvraag=iwbHB)
HB.add("Art. 23 lid 1: begeleiding gaat het gebruikelijke niet aanzienlijk te boven: voorwaarde niet vervuld, 'kan weigeren'",
       V(KW, [NIET_E]), aanvraag=iwbHB, persoon=m(persHB, begeleidingAanzienlijkBovenGebruikelijk=False))
HB.add("Art. 23 lid 1: niet bekend of de begeleiding aanzienlijk boven het gebruikelijke gaat: ontbrekend gegeven",
       V(ON), aanvraag=iwbHB, persoon=m(persHB, begeleidingAanzienlijkBovenGebruikelijk=None))
HB.add("Art. 23 lid 1 en 19 lid 1: interne werkbegeleiding een dag te laat aangevraagd: 'kan weigeren'",
       V(KW, [NIET_E]), aanvraag=m(iwbHB, ontvangstdatum=late), peildatum=late)
tweede_reeks(HB, artHB, jcHB, orgHB, "2024-01-08", peilHB, 8)
derde_reeks(HB, artHB, jcHB, "2024-01-08", peilHB, "haaksbergen")
vierde_reeks(HB, artHB, jcHB, "haaksbergen", False)
HB.add("Art. 20 lid 1 bij art. 22: de jobcoach die de werkgever organiseert voldoet niet aan bijlage 1: art. 20 lid 1 geldt voor elke jobcoach, verplicht geweigerd (L-16)",
       V(MW), aanvraag=m(orgHB, jobcoachVoldoetAanEisenErkenningskaderUwv=False))
HB.write(basisHB)

# ====================================================================== Waterland
D = "2025-03-03"
persW = dict(persH)
jcW = {"id": "a", "voorziening": "jobcoaching", "soort": "eerste", "aanvrager": "werkgever", "ontvangstdatum": plus_days(D, 7),
       "gevraagdePeriode": {"vanaf": D, "totEnMet": end_months(D, 6)}, "gevraagdVoor": "dienstbetrekking",
       "begeleidingsniveau": "licht", "kanZonderOndersteuningNietDeelnemen": True, "arboTaakWerkgever": False,
       "soortJobcoach": "extern", "jobcoachErkendDoorUwv": True, "andereVormPersoonlijkeOndersteuningInZelfdePeriode": False,
       "voorliggendeVoorziening": False, "onvoldoendeMedewerkingOnderzoek": False, "oordelen": OO}
artW = {"aanvraag": "Art. 20c lid 1", "beschikking": "art. 20d", "voorw": "Art. 20b lid 2", "voorw_l1": "Art. 20b lid 1",
        "art3": "art. 3 lid 1", "termijn": "Art. 20f lid 1", "natura": "Art. 20i lid 1", "org": "Art. 20j", "beschikking_model": True, "maatwerk": True, "lid2": False}
W, basisW, dienstW, peilW = common(None, "Waterland", "waterland", "LO-W", D, 26, None, artW, persW, jcW)
late = plus_days(peilW, 1)
W.add("Art. 20b lid 2 onder a: Waterland stelt geen minimumleeftijd: een persoon van 15 jaar uit de doelgroep, toekenbaar",
      V(T, []), persoon=m(persW, geboortedatum=plus_days(years_before(peilW, 16), 1)))
W.add("Art. 20g lid 2: externe jobcoach niet door het UWV erkend: verplicht geweigerd zoals gevraagd (L-16)", V(MW), aanvraag=m(jcW, jobcoachErkendDoorUwv=False))
W.add("Art. 20g lid 1: gemeentelijke jobcoach met hbo-niveau en certificaat: toekenbaar",
      V(T, []), aanvraag=m(jcW, soortJobcoach="gemeentelijk", jobcoachErkendDoorUwv=None, jobcoachHboWerkEnDenkniveau=True, jobcoachOpleidingMetCertificaat=True))
W.add("Art. 20g lid 1 onder b: gemeentelijke jobcoach zonder certificaat: verplicht geweigerd (L-16)",
      V(MW), aanvraag=m(jcW, soortJobcoach="gemeentelijk", jobcoachErkendDoorUwv=None, jobcoachHboWerkEnDenkniveau=True, jobcoachOpleidingMetCertificaat=False))
W.add("Art. 20h lid 3: begeleidingsniveau 'intensief', dat Waterland niet kent: het college stelt het niveau vast (licht of midden), opmerking; toekenbaar",
      V(T, [], opmerkingen=["persoonlijke-ondersteuning.begeleidingsniveau-onbekend"]), aanvraag=m(jcW, begeleidingsniveau="intensief"))
W.add("Art. 20h lid 3: begeleidingsniveau 'midden': toekenbaar", V(T, []), aanvraag=m(jcW, begeleidingsniveau="midden"))
W.add("Art. 20e lid 5: in dezelfde periode loopt al een ander type persoonlijke ondersteuning: verplicht geweigerd",
      V(MW), aanvraag=m(jcW, andereVormPersoonlijkeOndersteuningInZelfdePeriode=True))
# 20h lid 8-10: periods
def halfj(n):
    out = []; s = D
    for _ in range(n):
        out.append({"vanaf": s, "totEnMet": end_months(s, 6)}); s = plus_months(s, 6)
    return out, s
ep3, s4 = halfj(3)
W.add("Art. 20h lid 8: vierde half jaar (drie eerdere perioden): binnen het maximum, toekenbaar",
      V(T, []), aanvraag=m(jcW, soort="vervolg", eerderePerioden=ep3, gevraagdePeriode={"vanaf": s4, "totEnMet": end_months(s4, 6)},
                           ontvangstdatum=plus_days(s4, -14)), peildatum=plus_days(s4, -7))
ep4, s5 = halfj(4)
W.add("Art. 20h lid 10: vijfde half jaar, oordeel 'specifiek geval' niet gegeven: hangt af van het oordeel",
      V(HO, openOordelen=["persoonlijke-ondersteuning-specifiek-geval-verlenging"]),
      aanvraag=m(jcW, soort="vervolg", eerderePerioden=ep4, gevraagdePeriode={"vanaf": s5, "totEnMet": end_months(s5, 6)},
                 ontvangstdatum=plus_days(s5, -14)), peildatum=plus_days(s5, -7))
W.add("Art. 20h lid 10: vijfde half jaar in een specifiek geval (oordeel ja): toekenbaar",
      V(T, []), aanvraag=m(jcW, soort="vervolg", eerderePerioden=ep4, gevraagdePeriode={"vanaf": s5, "totEnMet": end_months(s5, 6)},
                           ontvangstdatum=plus_days(s5, -14), oordelen={**OO, "persoonlijke-ondersteuning-specifiek-geval-verlenging": True}),
      peildatum=plus_days(s5, -7))
ep6, s7 = halfj(6)
W.add("Art. 20h lid 10: zevende half jaar, voorbij vier plus twee halve jaren: verplicht geweigerd (L-13)",
      V(MW), aanvraag=m(jcW, soort="vervolg", eerderePerioden=ep6, gevraagdePeriode={"vanaf": s7, "totEnMet": end_months(s7, 6)},
                        ontvangstdatum=plus_days(s7, -14), oordelen={**OO, "persoonlijke-ondersteuning-specifiek-geval-verlenging": True}),
      peildatum=plus_days(s7, -7))
# 20h lid 2: proefplaatsing, 5 uur per maand
ppW = m(jcW, gevraagdVoor="proefplaats", gevraagdeUrenPerMaand=5)
W.add("Art. 20h lid 2 en 20e lid 4: ondersteuning bij een proefplaatsing, 5 uur per maand: toekenbaar; geen aanvraagtermijn", V(T, []), aanvraag=ppW,
      dienst=REMOVE)
W.add("Art. 20h lid 2: ondersteuning bij een proefplaatsing, 6 uur per maand: boven het maximum, verplicht geweigerd (L-13)", V(MW),
      aanvraag=m(ppW, gevraagdeUrenPerMaand=6))
# 20j
orgW = m(jcW, voorziening="jobcoaching-organiseren", soortJobcoach="intern", jobcoachErkendDoorUwv=None, jobcoachHboWerkEnDenkniveau=True,
         jobcoachOpleidingMetCertificaat=True, persoonStemtSchriftelijkIn=True)
W.add("Art. 20j lid 3: subsidie voor het organiseren, de persoon stemt schriftelijk in: toekenbaar", V(T, []), aanvraag=orgW)
W.add("Art. 20j lid 3: de persoon stemt niet schriftelijk in: voorwaarde niet vervuld, 'kan weigeren'", V(KW, [NIET_E]), aanvraag=m(orgW, persoonStemtSchriftelijkIn=False))
W.add("Art. 20j lid 3: niet bekend of de persoon instemt: ontbrekend gegeven", V(ON), aanvraag=m(orgW, persoonStemtSchriftelijkIn=None))
W.add("Art. 20j lid 3 en 20f lid 1: subsidie voor het organiseren een dag te laat aangevraagd: 'kan weigeren'",
      V(KW, [NIET_E]), aanvraag=m(orgW, ontvangstdatum=late), peildatum=late)
# interne werkbegeleiding 20e lid 3 onder b, 20g lid 4
iwbW = m(jcW, voorziening="interne-werkbegeleiding", soortJobcoach=None, jobcoachErkendDoorUwv=None, werkbegeleiderTraining=True,
         werkbegeleiderErvaringWerkinstructiesMaanden=1, werkbegeleiderErvaringWerkzaamheden=True, werkbegeleiderVrijstellingUren=True,
         persoonStemtSchriftelijkIn=True)
W.add("Art. 20g lid 4: interne werkbegeleider met training, één maand ervaring (Waterland eist geen minimum), ervaring en vrijstelling: toekenbaar",
      V(T, []), aanvraag=iwbW)
W.add("Art. 20g lid 4 onder a: interne werkbegeleider zonder training: verplicht geweigerd (L-16)", V(MW), aanvraag=m(iwbW, werkbegeleiderTraining=False))
W.add("Art. 20g lid 4 onder c: geen ervaring met de werkzaamheden van de werknemer: verplicht geweigerd (L-16)", V(MW),
      aanvraag=m(iwbW, werkbegeleiderErvaringWerkzaamheden=False))
tweede_reeks(W, artW, jcW, orgW, "2025-03-03", peilW, 26)
derde_reeks(W, artW, jcW, "2025-03-03", peilW, "waterland")
vierde_reeks(W, artW, jcW, "waterland", True)
W.add("Art. 20j lid 3 ('met inachtneming van 20e tot en met 20h') en 20g lid 3 onder b: interne jobcoach zonder certificaat: verplicht geweigerd (L-16)",
      V(MW), aanvraag=m(orgW, jobcoachOpleidingMetCertificaat=False))
# L-24 month end: six months from 31 August end on the last day of February
dme = {"ingangsdatum": "2025-08-31", "einddatum": "2026-02-28", "urenPerWeek": 24}
jme = m(jcW, ontvangstdatum="2025-09-01", gevraagdePeriode={"vanaf": "2025-08-31", "totEnMet": "2026-02-28"})
W.add("Art. 20b lid 2 onder c en L-24: dienstbetrekking van 31 augustus 2025 tot en met 28 februari 2026: zes maanden, vervuld",
      V(T, []), aanvraag=jme, dienst=dme, peildatum="2025-09-08")
W.add("Art. 20b lid 2 onder c en L-24: dienstbetrekking van 31 augustus 2025 tot en met 27 februari 2026: een dag korter dan zes maanden, 'kan weigeren'",
      V(KW, [NIET_E]), aanvraag=jme, dienst=m(dme, einddatum="2026-02-27"), peildatum="2025-09-08")
schW = m(orgW, soortJobcoach="school", schooljobcoachBeterVoorJongere=True)
W.add("Art. 20e lid 3 onder a: tijdelijk de schooljobcoach, omdat dat beter is voor de jongere (een feit, L-17), hbo en certificaat: toekenbaar",
      V(T, []), aanvraag=schW)
W.add("Art. 20e lid 3 onder a: schooljobcoach terwijl niet blijkt dat dat beter is voor de jongere: voorwaarde niet vervuld, 'kan weigeren'",
      V(KW, [NIET_E]), aanvraag=m(schW, schooljobcoachBeterVoorJongere=False))
ep2, _ = halfj(2)
W.add("Art. 20h lid 13: eerste aanvraag bij een andere werkgever (eerdere perioden elders), oordeel 'opnieuw noodzakelijk' niet gegeven: hangt af van het oordeel",
      V(HO, openOordelen=["opnieuw-noodzakelijk-andere-werkgever"]),
      aanvraag=m(jcW, andereWerkgeverDanEerderePerioden=True))
W.add("Art. 20h lid 13: eerste aanvraag bij een andere werkgever, het college acht de jobcoach opnieuw noodzakelijk: toekenbaar",
      V(T, []), aanvraag=m(jcW, andereWerkgeverDanEerderePerioden=True,
                           oordelen={**OO, "opnieuw-noodzakelijk-andere-werkgever": True}))
W.write(basisW)

# ====================================================================== Oirschot
D = "2024-12-09"
persO = {"geboortedatum": "1990-05-10", "behoortTotDoelgroep": True, "vsoProOnderwijs": False,
         "uitkering": "algemene-bijstand", "uitkeringSinds": "2022-01-01", "arbeidsbeperking": True,
         "begeleidingAanzienlijkBovenGebruikelijk": True}
jcO = {"id": "a", "voorziening": "jobcoaching", "soort": "eerste", "aanvrager": "werkgever", "ontvangstdatum": plus_days(D, 7),
       "gevraagdePeriode": {"vanaf": D, "totEnMet": end_months(D, 12)}, "gevraagdVoor": "dienstbetrekking",
       "zonderOndersteuningMogelijkBijstandsgerechtigd": True, "arboTaakWerkgever": False, "jobcoachKeurmerk": "blik-op-werk",
       "gemeenteHeeftJobcoachInDienst": False, "voorliggendeVoorziening": False, "onvoldoendeMedewerkingOnderzoek": False, "oordelen": OO}
artO = {"aanvraag": "Art. 3.16 lid 1", "beschikking": "art. 3.16", "voorw": "Art. 3.15 lid 2", "voorw_l1": "Art. 3.15 lid 1",
        "art3": "art. 3.1 lid 6", "termijn": "Art. 3.17 lid 2", "natura": "Art. 3.19 lid 1", "org": "Art. 3.20", "beschikking_model": False, "maatwerk": False, "lid2": False}
O, basisO, dienstO, peilO = common(None, "Oirschot", "oirschot", "LO-O", D, 12, 18, artO, persO, jcO)
late = plus_days(peilO, 1)
O.add("Art. 3.15 lid 2 onder b: de persoon kan zonder de ondersteuning niet bijstandsgerechtigd worden: voorwaarde niet vervuld, 'kan weigeren'",
      V(KW, [NIET_E]), aanvraag=m(jcO, zonderOndersteuningMogelijkBijstandsgerechtigd=False))
O.add("Art. 3.15 lid 2 onder b: niet bekend of de persoon zonder de ondersteuning bijstandsgerechtigd kan worden: ontbrekend gegeven",
      V(ON), aanvraag=m(jcO, zonderOndersteuningMogelijkBijstandsgerechtigd=None))
O.add("Art. 3.15 lid 1: een persoon zonder arbeidsbeperking uit de doelgroep: Oirschot vraagt geen arbeidsbeperking, toekenbaar",
      V(T, []), persoon=m(persO, arbeidsbeperking=False))
O.add("Art. 3.18 lid 1: jobcoach zonder keurmerk: verplicht geweigerd zoals gevraagd (L-16)", V(MW), aanvraag=m(jcO, jobcoachKeurmerk="geen"))
O.add("Art. 3.18 lid 1: jobcoach aangesloten bij Oval: toekenbaar", V(T, []), aanvraag=m(jcO, jobcoachKeurmerk="oval"))
# naar werk (3.17 lid 1)
nwO = m(jcO, gevraagdVoor="werk-vinden", ontvangstdatum=plus_weeks(peilO, 20), oordelen={"onvoldoende-bijdrage-arbeidsinschakeling": False},
        arboTaakWerkgever=None, gevraagdePeriode={"vanaf": plus_weeks(peilO, 21), "totEnMet": end_months(plus_weeks(peilO, 21), 6)})
O.add("Art. 3.17 lid 1: ondersteuning naar werk, zonder dienstbetrekking, op ieder moment aangevraagd: geen termijn, onder c, d en g gelden niet (O-10): toekenbaar",
      V(T, [], openOordelen=[]), aanvraag=nwO, dienst=REMOVE, peildatum=plus_weeks(peilO, 20))
O.add("Art. 3.17 lid 3: aanvraag met terugwerkende kracht (periode begint vóór de ontvangst): toekenbaar, met de opmerking dat het risico bij de aanvrager ligt",
      V(T, [], opmerkingen=["persoonlijke-ondersteuning.terugwerkende-kracht"]),
      aanvraag=m(jcO, ontvangstdatum=plus_weeks(D, 4)), peildatum=plus_weeks(D, 4))
# 3.20 jobcoaching subsidie
orgO = m(jcO, voorziening="jobcoaching-organiseren", jobcoachingGeborgdInCoachingsplan=True, omvangEnKwaliteitJobcoachingPassend=True,
         continuiteitJobcoachingGeborgd=True, persoonStemtSchriftelijkIn=True)
O.add("Art. 3.20 lid 2: subsidie voor jobcoaching, onder a–d vervuld: toekenbaar", V(T, []), aanvraag=orgO)
for k, on, t in [("jobcoachingGeborgdInCoachingsplan", "a", "de jobcoaching is niet geborgd in een coachingsplan"),
                 ("omvangEnKwaliteitJobcoachingPassend", "b", "omvang en kwaliteit zijn niet passend (een feit, L-17)"),
                 ("continuiteitJobcoachingGeborgd", "c", "de continuïteit is niet geborgd"),
                 ("persoonStemtSchriftelijkIn", "d", "de persoon stemt niet schriftelijk in")]:
    O.add(f"Art. 3.20 lid 2 onder {on}: {t}: voorwaarde niet vervuld, 'kan weigeren'", V(KW, [NIET_E]), aanvraag=m(orgO, **{k: False}))
O.add("Art. 3.20 lid 2 onder b: niet bekend of omvang en kwaliteit passend zijn: ontbrekend gegeven, geen open oordeel (L-17)",
      V(ON, openOordelen=[]), aanvraag=m(orgO, omvangEnKwaliteitJobcoachingPassend=None))
O.add("Art. 3.20 lid 2 en 3.17 lid 2: subsidie voor jobcoaching een dag te laat aangevraagd: 'kan weigeren'", V(KW, [NIET_E]),
      aanvraag=m(orgO, ontvangstdatum=late), peildatum=late)
# 3.21 interne werkbegeleiding
iwbO = m(jcO, voorziening="interne-werkbegeleiding", gevraagdePeriode={"vanaf": D, "totEnMet": end_months(D, 6)},
         uurtariefBegeleider=40, jobcoachKeurmerk=None, gemeenteHeeftJobcoachInDienst=None)
O.add("Art. 3.21 lid 1: interne werkbegeleiding voor zes maanden: toekenbaar", V(T, []), aanvraag=iwbO)
O.add("Art. 3.21 lid 1: interne werkbegeleiding voor zes maanden en een dag: boven de duur van 6 maanden, verplicht geweigerd (L-13)", V(MW),
      aanvraag=m(iwbO, gevraagdePeriode={"vanaf": D, "totEnMet": plus_months(D, 6)}))
O.add("Art. 3.21 lid 1: begeleiding gaat het gebruikelijke niet aanzienlijk te boven: voorwaarde niet vervuld, 'kan weigeren'", V(KW, [NIET_E]),
      aanvraag=iwbO, persoon=m(persO, begeleidingAanzienlijkBovenGebruikelijk=False))
s2 = plus_months(D, 6); s3 = plus_months(D, 12); s4 = plus_months(D, 18)
O.add("Art. 3.21 lid 1: tweede verlenging (derde periode van 6 maanden), noodzakelijk: toekenbaar",
      V(T, []), aanvraag=m(iwbO, soort="verlenging", verlengingNoodzakelijk=True,
                           eerderePerioden=[{"vanaf": D, "totEnMet": end_months(D, 6)}, {"vanaf": s2, "totEnMet": end_months(s2, 6)}],
                           gevraagdePeriode={"vanaf": s3, "totEnMet": end_months(s3, 6)}, ontvangstdatum=plus_days(s3, -14)),
      peildatum=plus_days(s3, -7))
O.add("Art. 3.21 lid 1: eerste verlenging, niet noodzakelijk (een feit, L-17): buiten het maximum van 6 maanden, verplicht geweigerd (L-13, LEESREGELS 3.23)",
      V(MW, ["interne-werkbegeleiding.boven-maximum"]), aanvraag=m(iwbO, soort="verlenging", verlengingNoodzakelijk=False, eerderePerioden=[{"vanaf": D, "totEnMet": end_months(D, 6)}],
                                  gevraagdePeriode={"vanaf": s2, "totEnMet": end_months(s2, 6)}, ontvangstdatum=plus_days(s2, -14)),
      peildatum=plus_days(s2, -7))
O.add("Art. 3.21 lid 1: derde verlenging (vierde periode): voorbij 6 + 2 × 6 maanden, verplicht geweigerd (L-13)",
      V(MW), aanvraag=m(iwbO, soort="verlenging", verlengingNoodzakelijk=True,
                        eerderePerioden=[{"vanaf": D, "totEnMet": end_months(D, 6)}, {"vanaf": s2, "totEnMet": end_months(s2, 6)},
                                         {"vanaf": s3, "totEnMet": end_months(s3, 6)}],
                        gevraagdePeriode={"vanaf": s4, "totEnMet": end_months(s4, 6)}, ontvangstdatum=plus_days(s4, -14)),
      peildatum=plus_days(s4, -7))
# 3.22 externe werkbegeleiding
ewbO = m(iwbO, voorziening="externe-werkbegeleiding", uurtariefBegeleider=None)
O.add("Art. 3.22 lid 1: externe werkbegeleiding, extra begeleiding gaat het gebruikelijke aanzienlijk te boven: toekenbaar", V(T, []), aanvraag=ewbO)
O.add("Art. 3.22 lid 1: niet aanzienlijk boven het gebruikelijke: voorwaarde niet vervuld, 'kan weigeren'", V(KW, [NIET_E]),
      aanvraag=ewbO, persoon=m(persO, begeleidingAanzienlijkBovenGebruikelijk=False))
# 3.1 lid 6 and 7 and the tegenprestatie (O-12: art. 3.1 is about voorzieningen only)
tp = {"id": "a", "voorziening": "tegenprestatie", "onbeloondMaatschappelijkNuttigAdditioneel": True, "gerichtOpToeleidingArbeidsmarkt": False,
      "bedoeldAlsReintegratieInstrument": False, "naastReguliereArbeid": True, "verdringing": False}
O.add("Art. 3.1 lid 6, art. 4.1: tegenprestatie met voorliggende voorziening en onvoldoende medewerking: lid 6 geldt niet (O-12), geen grond, "
      "geen open oordeel; feiten niet gebruikt",
      V(T, [], openOordelen=[]), persoon=m(persO, verrichtMantelzorg=False),
      aanvraag=m(tp, voorliggendeVoorziening=True, onvoldoendeMedewerkingOnderzoek=True),
      top={"nietGebruikt": ["aanvragen[0].voorliggendeVoorziening", "aanvragen[0].onvoldoendeMedewerkingOnderzoek"]})
O.add("Art. 3.1 lid 6 onder b en c: dezelfde feiten bij jobcoaching: twee gronden, 'kan weigeren'",
      V(KW, ["onvoldoende-medewerking", "voorliggende-voorziening"]), aanvraag=m(jcO, voorliggendeVoorziening=True, onvoldoendeMedewerkingOnderzoek=True))
O.add("Art. 3.1 lid 6 onder a en art. 4.1: tegenprestatie voor iemand die niet tot de doelgroep behoort maar algemene bijstand ontvangt: "
      "art. 3.1 lid 6 onder a geldt niet",
      V(T, []), persoon=m(persO, verrichtMantelzorg=False, behoortTotDoelgroep=False), aanvraag=tp)
O.add("Art. 4.1 lid 3: mantelzorg, oordeel of die redelijkerwijs noodzakelijk is niet gegeven: hangt af van het oordeel",
      V(HO, openOordelen=["mantelzorg-redelijkerwijs-noodzakelijk"]), persoon=m(persO, verrichtMantelzorg=True), aanvraag=tp)
O.add("Art. 4.1 lid 3: mantelzorg redelijkerwijs noodzakelijk: 'draagt geen tegenprestatie op', verplicht",
      V(MW), persoon=m(persO, verrichtMantelzorg=True), aanvraag=m(tp, oordelen={"mantelzorg-redelijkerwijs-noodzakelijk": True}))
vtp = {"id": "a", "voorziening": "tegenprestatie", "verleendOp": plus_days(D, -30), "verleendTot": end_months(plus_days(D, -30), 12)}
O.add("Art. 3.1 lid 7 onder a: opgedragen tegenprestatie, verplichtingen Participatiewet niet nagekomen: art. 3.1 lid 7 geldt niet voor de tegenprestatie",
      B(VZ, []), persoon=m(persO, verplichtingenParticipatiewetNietNagekomen=True), verleend=vtp,
      )
vjc = {"id": "a", "voorziening": "jobcoaching", "verleendOp": plus_days(D, 7), "verleendTot": end_months(D, 12)}
vjcO = m(vjc, oordelen={"niet-meer-geschikt": False, "niet-langer-voldoende-bijdrage-doeltreffende-arbeidsinschakeling": False})
O.add("Art. 3.1 lid 7 onder a: verleende jobcoaching, verplichtingen Participatiewet niet nagekomen: 'kan beëindigen'",
      B(KB, ["verplichtingen-niet-nagekomen"]), persoon=m(persO, verplichtingenParticipatiewetNietNagekomen=True), verleend=vjc)
O.add("Art. 3.1 lid 7 onder b: verleende jobcoaching, persoon behoort niet meer tot de doelgroep: 'kan beëindigen'",
      B(KB, ["niet-meer-doelgroep"]), persoon=m(persO, behoortTotDoelgroep=False), verleend=vjc)
O.add("Art. 3.1 lid 7 onder e: verleende jobcoaching, naar het oordeel van het college niet meer geschikt: 'kan beëindigen'",
      B(KB, ["niet-meer-geschikt"]), verleend=m(vjc, oordelen={"niet-meer-geschikt": True}))
O.add("Art. 3.1 lid 7: verleende jobcoaching zonder feiten of oordelen die een grond geven: voortzetten",
      B(VZ, []), verleend=m(vjc, oordelen={"niet-meer-geschikt": False, "niet-langer-voldoende-bijdrage-doeltreffende-arbeidsinschakeling": False}))
tweede_reeks(O, artO, jcO, orgO, "2024-12-09", peilO, 12)
derde_reeks(O, artO, jcO, "2024-12-09", peilO, "oirschot")
vierde_reeks(O, artO, jcO, "oirschot", True)
O.add("Art. 3.20 lid 2 ('met inachtneming van 3.14 tot en met 3.19') en 3.18 lid 1: jobcoach zonder keurmerk: verplicht geweigerd (L-16)",
      V(MW), aanvraag=m(orgO, jobcoachKeurmerk="geen"))
# L-24 month end: six months from 31 October 2024 end on 30 April 2025
dme = {"ingangsdatum": "2024-10-31", "einddatum": "2025-04-30", "urenPerWeek": 24}
jme = m(jcO, ontvangstdatum="2024-11-04", gevraagdePeriode={"vanaf": "2024-10-31", "totEnMet": "2025-04-30"})
O.add("Art. 3.15 lid 2 onder c en L-24: dienstbetrekking van 31 oktober 2024 tot en met 30 april 2025: zes maanden, vervuld",
      V(T, []), aanvraag=jme, dienst=dme, peildatum="2024-11-11")
O.add("Art. 3.15 lid 2 onder c en L-24: tot en met 29 april 2025: een dag korter dan zes maanden, 'kan weigeren'",
      V(KW, [NIET_E]), aanvraag=jme, dienst=m(dme, einddatum="2025-04-29"), peildatum="2024-11-11")
# art. 3.1 lid 7 on a granted jobcoaching and on a tegenprestatie
O.add("Art. 3.1 lid 7 onder c: verleende jobcoaching, persoon aanvaardt algemeen geaccepteerde arbeid, uitzondering niet gegeven: onvolledig (L-09 onder 2)",
      {"uitkomst": ON}, persoon=m(persO, algemeenGeaccepteerdeArbeidAanvaard=True), verleend=vjcO)
O.add("Art. 3.1 lid 7 onder c: verleende jobcoaching, arbeid aanvaard, geen persoon als bedoeld in art. 7 lid 1 onder a, onder 2°: 'kan beëindigen'",
      B(KB, ["arbeid-aanvaard"]), persoon=m(persO, algemeenGeaccepteerdeArbeidAanvaard=True, wiaGerechtigdeOndersteundDoorGemeente=False), verleend=vjcO)
O.add("Art. 3.1 lid 7 onder c: verleende jobcoaching, arbeid aanvaard door een persoon als bedoeld in art. 7 lid 1 onder a, onder 2°: voortzetten",
      B(VZ, [], opmerkingen=["arbeid-aanvaard-uitzondering"]),
      persoon=m(persO, algemeenGeaccepteerdeArbeidAanvaard=True, wiaGerechtigdeOndersteundDoorGemeente=True), verleend=vjcO)
O.add("Art. 3.1 lid 7 onder c: opgedragen tegenprestatie, persoon aanvaardt arbeid: art. 3.1 lid 7 geldt niet voor de tegenprestatie (O-12)",
      B(VZ, []), persoon=m(persO, algemeenGeaccepteerdeArbeidAanvaard=True), verleend=vtp)
O.add("Art. 3.1 lid 7 onder d en e: verleende jobcoaching, geen oordelen gegeven: hangt af van de oordelen",
      B(HO, [], openOordelen=["niet-langer-voldoende-bijdrage-doeltreffende-arbeidsinschakeling", "niet-meer-geschikt"]), verleend=vjc)
O.add("Art. 3.1 lid 7 onder f: verleende jobcoaching, niet naar behoren gebruikt: 'kan beëindigen'",
      B(KB, ["niet-naar-behoren-gebruik"]), verleend=m(vjc, nietNaarBehorenGebruik=True,
                                                       oordelen={"niet-meer-geschikt": False, "niet-langer-voldoende-bijdrage-doeltreffende-arbeidsinschakeling": False}))
O.add("Art. 3.1 lid 7 onder f: opgedragen tegenprestatie, niet naar behoren 'gebruikt': lid 7 geldt niet; het feit niet gebruikt",
      B(VZ, []), verleend=m(vtp, nietNaarBehorenGebruik=True), top={"nietGebruikt": ["verleendeVoorzieningen[0].nietNaarBehorenGebruik"]})
O.write(basisO)
