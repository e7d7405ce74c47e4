#!/usr/bin/env python3
"""Generates rules-<gemeente>/scenarios/tweede-lezing-lez-vz.json (second reading lez-vz). Expectations from the text."""
import json, copy
OO = {"onvoldoende-bijdrage-arbeidsinschakeling": False}
def sc(code, naam, persoon, aanvraag=None, verwacht=None, peildatum=None, dienst=None, verleend=None):
    s = {"naam": f"{code} {naam}", "persoon": persoon}
    if peildatum: s["peildatum"] = peildatum
    if aanvraag: s["aanvragen"] = [aanvraag]
    if verleend: s["verleendeVoorzieningen"] = [verleend]
    if dienst: s["dienstbetrekking"] = dienst
    s["verwacht"] = {"a": verwacht} if "uitkomst" in verwacht else verwacht
    return s
def m(d, **kw):
    d = copy.deepcopy(d); d.update(kw); return d
def out(gem, pkg, peil, scen):
    f = {"titel": f"Tweede lezing lez-vz — gedeelde modelbepalingen ({gem})",
         "omschrijving": "Grensgevallen voor werkstage, sociale activering, detacheringsbaan, leer-werktraject, scholing, "
                         "vervoersvoorziening en meeneembare voorziening. De verwachtingen zijn uit de tekst afgeleid vóór enige run "
                         "en vóór het lezen van de regels (tweede lezer lez-vz); alleen codes van gronden zijn na de run gecorrigeerd.",
         "basis": {"gemeente": gem, "peildatum": peil, "persoon": {"geboortedatum": "1990-05-10"}},
         "scenarios": scen}
    json.dump(f, open(f"/work/wt-lez-vz/rules-{pkg}/scenarios/tweede-lezing-lez-vz.json", "w"), ensure_ascii=False, indent=1)
    print(pkg, len(scen))
T, KW, MW, ON, HO = "TOEKENBAAR", "KAN_WORDEN_GEWEIGERD", "MOET_WORDEN_GEWEIGERD", "ONVOLLEDIG", "HANGT_AF_VAN_OORDEEL"
def V(uit, gronden=None, **kw):
    d = {"uitkomst": uit}
    if gronden is not None: d["weigeringsgronden"] = gronden
    d.update(kw); return d

# ---------------------------------------------------------------- Haaksbergen
P = "2023-11-01"
pers = {"geboortedatum": "1990-05-10", "behoortTotDoelgroep": True, "uitkering": "algemene-bijstand", "afstandTotArbeidsmarkt": "groot"}
ws = {"id": "a", "voorziening": "werkstage", "ontvangstdatum": "2023-10-20", "aanvrager": "persoon",
      "gevraagdePeriode": {"vanaf": "2023-11-01", "totEnMet": "2024-01-31"},
      "concurrentieverhoudingenOnverantwoordBeinvloed": False, "verdringing": False, "oordelen": OO}
sa = {"id": "a", "voorziening": "sociale-activering", "ontvangstdatum": "2023-10-20", "aanvrager": "persoon",
      "concurrentieverhoudingenOnverantwoordBeinvloed": False, "verdringing": False, "oordelen": OO}
dt = m(sa, voorziening="detacheringsbaan")
scol = {"id": "a", "voorziening": "scholing", "ontvangstdatum": "2023-10-20", "aanvrager": "persoon",
        "vergrootKansenArbeidsmarkt": True, "kanScholingBinnenTermijnAfronden": True, "afgestemdOpKwaliteitenEnCapaciteiten": True, "oordelen": OO}
lw = {"id": "a", "voorziening": "leer-werktraject", "ontvangstdatum": "2023-10-20", "aanvrager": "persoon",
      "ondersteuningNodigVoorLeerwerktraject": True, "oordelen": {**OO, "leer-werktraject-nodig": True}}
vv = {"id": "a", "voorziening": "vervoersvoorziening", "ontvangstdatum": "2023-10-20", "aanvrager": "persoon", "gevraagdVoor": "dienstbetrekking",
      "vervoerNaar": "werkplek", "kanZonderOndersteuningNietDeelnemen": True, "arboTaakWerkgever": False,
      "oordelen": {**OO, "kosten-proportioneel": True}}
mv = m(vv, voorziening="meeneembare-voorziening", nodigOmTeKunnenWerken=True, noodzaakEnMeerwaardeInWerksfeerAantoonbaar=True,
       standaarduitrustingOfAlgemeenGebruikelijk=False, oordelen={**OO, "kosten-proportioneel": True, "werkplekaanpassing-van-werkgever-te-verlangen": False})
del mv["vervoerNaar"]
persvz = {**pers, "arbeidsbeperking": True, "kanNietZelfstandigReizen": True, "vsoProOnderwijs": False}
dienst = {"ingangsdatum": "2023-10-01", "einddatum": "2024-03-31", "urenPerWeek": 12}
def jong(geb, **kw): return {"geboortedatum": geb, "behoortTotDoelgroep": True, "uitkering": "algemene-bijstand", **kw}
def hb(pf, art, lw_art, vv_art, mv_art, sa_art, dt_art, sc_art, extra_ws=None):
    pass
S = []
S.append(sc("LV-HB-01", "art. 4 lid 1 onder b: twaalf aaneengesloten maanden in de uitkering op de peildatum (sinds 2022-11-01): langdurig werkloos, toekenbaar",
            {**pers, "nogNietActiefOpArbeidsmarkt": False, "uitkeringSinds": "2022-11-01"}, ws, V(T, [], voorwaarden={"werkstage.afstand": "VERVULD"})))
S.append(sc("LV-HB-02", "art. 4 lid 1 onder b: één dag minder dan twaalf maanden (sinds 2022-11-02): niet langdurig werkloos, voorwaarde niet vervuld",
            {**pers, "nogNietActiefOpArbeidsmarkt": False, "uitkeringSinds": "2022-11-02"}, ws, V(KW, ["voorwaarde-niet-vervuld"], voorwaarden={"werkstage.afstand": "NIET_VERVULD"})))
S.append(sc("LV-HB-03", "art. 4 lid 1 onder b: niet bekend of de persoon al actief was en sinds wanneer in de uitkering: ontbrekend gegeven",
            {**pers}, ws, V(ON, voorwaarden={"werkstage.afstand": "ONBEKEND"})))
S.append(sc("LV-HB-04", "art. 4 lid 3: precies drie maanden (2023-11-01 t/m 2024-01-31): binnen het maximum",
            {**pers, "nogNietActiefOpArbeidsmarkt": True}, ws, V(T, [], voorwaarden={"werkstage.maximale-duur": "VERVULD"})))
S.append(sc("LV-HB-05", "art. 4 lid 3: drie maanden en één dag (t/m 2024-02-01): boven het maximum, verplicht geweigerd",
            {**pers, "nogNietActiefOpArbeidsmarkt": True}, m(ws, gevraagdePeriode={"vanaf": "2023-11-01", "totEnMet": "2024-02-01"}),
            V(MW, ["werkstage.maximum"], voorwaarden={"werkstage.maximale-duur": "NIET_VERVULD"})))
S.append(sc("LV-HB-06", "art. 4 lid 4: concurrentieverhoudingen onverantwoord beïnvloed: uitsluitend-regel, verplicht geweigerd",
            {**pers, "nogNietActiefOpArbeidsmarkt": True}, m(ws, concurrentieverhoudingenOnverantwoordBeinvloed=True), V(MW, ["werkstage.verdringing"])))
S.append(sc("LV-HB-07", "art. 4 lid 4: concurrentie in enige mate maar niet onverantwoord beïnvloed: geen grond (H art. 4 lid 3 verschilt)",
            {**pers, "nogNietActiefOpArbeidsmarkt": True}, m(ws, concurrentieverhoudingenBeinvloed=True), V(T, [])))
S.append(sc("LV-HB-08", "art. 5 lid 1: mogelijkheid van algemeen geaccepteerde arbeid op enig moment: toekenbaar",
            {**pers, "mogelijkheidAlgemeenGeaccepteerdeArbeid": True}, sa, V(T, [])))
S.append(sc("LV-HB-09", "art. 5 lid 1: geen mogelijkheid van algemeen geaccepteerde arbeid: voorwaarde niet vervuld",
            {**pers, "mogelijkheidAlgemeenGeaccepteerdeArbeid": False}, sa, V(KW, ["voorwaarde-niet-vervuld"])))
S.append(sc("LV-HB-10", "art. 5 lid 1: mogelijkheid niet bekend: ontbrekend gegeven", {**pers}, sa, V(ON)))
S.append(sc("LV-HB-11", "art. 5 lid 3: verdringing: verplicht geweigerd", {**pers, "mogelijkheidAlgemeenGeaccepteerdeArbeid": True},
            m(sa, verdringing=True), V(MW, ["sociale-activering.verdringing"])))
S.append(sc("LV-HB-12", "art. 6 lid 1: detacheringsbaan voor een persoon uit de doelgroep: toekenbaar", {**pers}, dt, V(T, [])))
S.append(sc("LV-HB-13", "art. 6 lid 3: concurrentieverhoudingen onverantwoord beïnvloed: verplicht geweigerd", {**pers},
            m(dt, concurrentieverhoudingenOnverantwoordBeinvloed=True), V(MW, ["detacheringsbaan.verdringing"])))
S.append(sc("LV-HB-14", "art. 6 lid 1 en art. 3 lid 1 onder a: niet tot de doelgroep: 'kan weigeren'", {**pers, "behoortTotDoelgroep": False}, dt,
            V(KW, ["niet-doelgroep"])))
S.append(sc("LV-HB-15", "art. 7 lid 2: scholing die kansen vergroot en binnen de termijn af te ronden is: toekenbaar",
            {**pers, "kanRijksBekostigdOnderwijsVolgen": False}, scol, V(T, [])))
S.append(sc("LV-HB-16", "art. 7 lid 2 onder a: kan de scholing niet binnen de termijn afronden: voorwaarde niet vervuld",
            {**pers, "kanRijksBekostigdOnderwijsVolgen": False}, m(scol, kanScholingBinnenTermijnAfronden=False), V(KW, ["voorwaarde-niet-vervuld"])))
S.append(sc("LV-HB-17", "art. 7 lid 2 onder b: vergroot de kansen niet: voorwaarde niet vervuld",
            {**pers, "kanRijksBekostigdOnderwijsVolgen": False}, m(scol, vergrootKansenArbeidsmarkt=False), V(KW, ["voorwaarde-niet-vervuld"])))
S.append(sc("LV-HB-18", "art. 7 lid 3: de dag vóór de 27e verjaardag en rijks bekostigd onderwijs mogelijk (art. 7 lid 3 onder a Pw): lid 1 niet van toepassing",
            {**pers, "geboortedatum": "1996-11-02", "kanRijksBekostigdOnderwijsVolgen": True}, scol, V(MW, ["scholing.uitgezonderd"])))
S.append(sc("LV-HB-18b", "art. 7 lid 3: op de 27e verjaardag niet meer 'jonger dan 27' (toelichting art. 7): scholing toekenbaar",
            {**pers, "geboortedatum": "1996-11-01", "kanRijksBekostigdOnderwijsVolgen": True}, scol, V(T, [])))
S.append(sc("LV-HB-19", "art. 10 onder b: op de dag van de 18e verjaardag, zonder startkwalificatie: toekenbaar",
            jong("2005-11-01", heeftStartkwalificatie=False, leerplichtOfKwalificatieplichtGeeindigd=True), lw, V(T, [])))
S.append(sc("LV-HB-20", "art. 10 onder b: de dag vóór de 27e verjaardag: nog 'tot 27 jaar', toekenbaar",
            jong("1996-11-02", heeftStartkwalificatie=False, leerplichtOfKwalificatieplichtGeeindigd=True), lw, V(T, [])))
S.append(sc("LV-HB-21", "art. 10 onder b: op de 27e verjaardag: buiten 'van achttien tot 27 jaar', voorwaarde niet vervuld",
            jong("1996-11-01", heeftStartkwalificatie=False, leerplichtOfKwalificatieplichtGeeindigd=True), lw, V(MW, ["leer-werktraject.buiten-artikel-10f"])))
S.append(sc("LV-HB-22", "art. 10 onder b: 20 jaar mét startkwalificatie: voorwaarde niet vervuld",
            jong("2003-05-05", heeftStartkwalificatie=True, leerplichtOfKwalificatieplichtGeeindigd=True), lw, V(MW, ["leer-werktraject.buiten-artikel-10f"])))
S.append(sc("LV-HB-23", "art. 10 onder a: 17 jaar (dag vóór de 18e verjaardag), leerplicht niet geëindigd: toekenbaar",
            jong("2005-11-02", heeftStartkwalificatie=False, leerplichtOfKwalificatieplichtGeeindigd=False), lw, V(T, [])))
S.append(sc("LV-HB-24", "art. 10 onder a: 17 jaar met geëindigde kwalificatieplicht: voorwaarde niet vervuld",
            jong("2005-11-02", heeftStartkwalificatie=False, leerplichtOfKwalificatieplichtGeeindigd=True), lw, V(MW, ["leer-werktraject.buiten-artikel-10f"])))
S.append(sc("LV-HB-25", "art. 10 aanhef: oordeel 'leer-werktraject nodig' ontbreekt: open oordeel",
            jong("2003-05-05", heeftStartkwalificatie=False, leerplichtOfKwalificatieplichtGeeindigd=True), m(lw, oordelen=OO),
            V(HO, openOordelen=["leer-werktraject-nodig"])))
S.append(sc("LV-HB-26", "art. 10 aanhef: ondersteuning niet nodig voor het volgen van het leer-werktraject: voorwaarde niet vervuld",
            jong("2003-05-05", heeftStartkwalificatie=False, leerplichtOfKwalificatieplichtGeeindigd=True), m(lw, ondersteuningNodigVoorLeerwerktraject=False),
            V(MW, ["leer-werktraject.buiten-artikel-10f"])))
S.append(sc("LV-HB-27", "art. 24 lid 1-2: kan niet zelfstandig naar de werkplek reizen, woon-werkverkeer: toekenbaar (plicht lid 2)",
            persvz, vv, V(T, []), dienst=dienst))
S.append(sc("LV-HB-28", "art. 24 lid 2 onder a: kan wél zelfstandig reizen: voorwaarde niet vervuld",
            {**persvz, "kanNietZelfstandigReizen": False}, vv, V(KW, ["voorwaarde-niet-vervuld"]), dienst=dienst))
S.append(sc("LV-HB-29", "art. 24 lid 1: vervoer naar een andere bestemming dan werkplek, proefplaats of opleidingslocatie: geen vervoersvoorziening",
            persvz, m(vv, vervoerNaar="anders"), V(KW, ["voorwaarde-niet-vervuld"]), dienst=dienst))
S.append(sc("LV-HB-30", "art. 24 lid 4: vervoersvergoeding van de werkgever gaat in mindering (opmerking)",
            persvz, vv, V(T, [], opmerkingen=["vervoersvoorziening.vergoeding-werkgever-in-mindering"]), dienst={**dienst, "vervoersvergoedingWerkgever": 50}))
S.append(sc("LV-HB-31", "art. 26 lid 1: meeneembare voorziening nodig om te kunnen werken: toekenbaar", persvz, mv, V(T, []), dienst=dienst))
S.append(sc("LV-HB-32", "art. 26 lid 1: niet nodig om te kunnen werken: voorwaarde niet vervuld", persvz, m(mv, nodigOmTeKunnenWerken=False),
            V(KW, ["voorwaarde-niet-vervuld"]), dienst=dienst))
S.append(sc("LV-HB-33", "art. 26 lid 1: niet bekend of de voorziening nodig is: ontbrekend gegeven", persvz, m(mv, nodigOmTeKunnenWerken=None),
            V(ON), dienst=dienst))
S.append(sc("LV-HB-01b", "art. 4 lid 1 onder b: twee jaar in de uitkering maar geen afstand tot de arbeidsmarkt: de afstand is niet 'door langdurige werkloosheid' (L-30), niet vervuld",
            {**pers, "afstandTotArbeidsmarkt": "geen", "nogNietActiefOpArbeidsmarkt": False, "uitkeringSinds": "2021-11-01"}, ws, V(KW, ["voorwaarde-niet-vervuld"])))
S.append(sc("LV-HB-01c", "art. 4 lid 1 onder b: niet bekend of de persoon al actief was, wel langdurig werkloos met afstand: het tweede alternatief volstaat, toekenbaar",
            {**pers, "uitkeringSinds": "2021-11-01"}, ws, V(T, [])))
out("Haaksbergen", "haaksbergen", P, S)

# ---------------------------------------------------------------- Heemstede
P = "2024-03-15"
pers = {"geboortedatum": "1990-05-10", "behoortTotDoelgroep": True, "uitkering": "algemene-bijstand", "afstandTotArbeidsmarkt": "groot"}
wsH = {"id": "a", "voorziening": "werkstage", "ontvangstdatum": "2024-03-01", "aanvrager": "persoon",
       "gevraagdePeriode": {"vanaf": "2024-03-15", "totEnMet": "2024-06-14"}, "concurrentieverhoudingenBeinvloed": False,
       "concurrentieverhoudingenOnverantwoordBeinvloed": False, "verdringing": False, "gerichtOpOntwikkeling": True,
       "lerendWerkenInBovenformatieveFunctie": True, "overeenkomstVoorAanvangGetekend": True, "oordelen": OO}
wg = {"naam": "Kwekerij", "inStaatEnBereidBegeleidingTeBieden": True, "wilVakAanlerenOfWerknemersvaardighedenOntwikkelen": True,
      "aansprakelijkheidsEnOngevallenverzekeringAfgesloten": True}
def scw(code, naam, persoon, aanvraag, verwacht, peildatum=None):
    s = sc(code, naam, persoon, aanvraag, verwacht, peildatum); s["werkgever"] = wg; return s
saH = m(sa, ontvangstdatum="2024-03-01"); dtH = m(dt, ontvangstdatum="2024-03-01")
scH = {"id": "a", "voorziening": "scholing", "ontvangstdatum": "2024-03-01", "aanvrager": "persoon", "vergrootKansenArbeidsmarkt": True,
       "afgestemdOpKwaliteitenEnCapaciteiten": True, "oordelen": OO}
lwH = m(lw, ontvangstdatum="2024-03-01", gekoppeldAanBeroepsbegeleidendeLeerweg=True, bestaandeOndersteuningOnvoldoende=True)
vvH = m(vv, ontvangstdatum="2024-03-10", verwachteDuurFunctioneleBeperkingMaanden=12, standaarduitrustingOfAlgemeenGebruikelijk=False, voorliggendeVoorziening=False)
mvH = m(mv, ontvangstdatum="2024-03-10", verwachteDuurFunctioneleBeperkingMaanden=12, voorliggendeVoorziening=False)
dienstH = {"ingangsdatum": "2024-03-01", "einddatum": "2024-08-31", "urenPerWeek": 16}
S = []
S.append(scw("LV-H-01", "BR art. 3 lid 2 onder a: precies drie maanden (2024-03-15 t/m 2024-06-14): binnen het maximum", {**pers, "nogNietActiefOpArbeidsmarkt": True},
             wsH, V(T, [])))
S.append(scw("LV-H-02", "BR art. 3 lid 2 onder a: drie maanden en één dag: boven het maximum, verplicht geweigerd", {**pers, "nogNietActiefOpArbeidsmarkt": True},
             m(wsH, gevraagdePeriode={"vanaf": "2024-03-15", "totEnMet": "2024-06-15"}), V(MW, ["werkstage.boven-maximum"])))
S.append(scw("LV-H-03", "verordening 2023 (vóór de beleidsregels, peildatum 2023-10-02): vier maanden werkstage — de verordening zelf kent geen maximum",
             {**pers, "nogNietActiefOpArbeidsmarkt": True}, m(wsH, ontvangstdatum="2023-09-20", gevraagdePeriode={"vanaf": "2023-10-02", "totEnMet": "2024-02-01"}),
             V(T, []), peildatum="2023-10-02"))
S.append(scw("LV-H-04", "art. 4 lid 3: concurrentieverhoudingen in enige mate (niet onverantwoord) beïnvloed: 'niet worden beïnvloed' — verplicht geweigerd",
             {**pers, "nogNietActiefOpArbeidsmarkt": True}, m(wsH, concurrentieverhoudingenBeinvloed=True), V(MW, ["werkstage.verdringing"])))
S.append(scw("LV-H-05", "art. 4 lid 1 onder b: twaalf maanden in de uitkering (sinds 2023-03-15): langdurig werkloos, toekenbaar",
             {**pers, "nogNietActiefOpArbeidsmarkt": False, "uitkeringSinds": "2023-03-15"}, wsH, V(T, [])))
S.append(scw("LV-H-06", "art. 4 lid 1 onder b: één dag te kort (sinds 2023-03-16): voorwaarde niet vervuld",
             {**pers, "nogNietActiefOpArbeidsmarkt": False, "uitkeringSinds": "2023-03-16"}, wsH, V(KW, ["voorwaarde-niet-vervuld"])))
S.append(scw("LV-H-07", "BR art. 3 lid 2 onder a: eenmalige verlenging met drie maanden die naar alle waarschijnlijkheid tot arbeidsinschakeling leidt: toekenbaar",
             {**pers, "nogNietActiefOpArbeidsmarkt": True}, m(wsH, soort="verlenging", eerderePerioden=[{"vanaf": "2023-12-15", "totEnMet": "2024-03-14"}],
             andereWerkgeverDanEerderePerioden=False, werkstageVerlengingLeidtTotArbeidsinschakeling=True), V(T, [])))
S.append(scw("LV-H-08", "BR art. 3 lid 2 onder a: verlenging die niet naar alle waarschijnlijkheid tot arbeidsinschakeling leidt: niet toekenbaar",
             {**pers, "nogNietActiefOpArbeidsmarkt": True}, m(wsH, soort="verlenging", eerderePerioden=[{"vanaf": "2023-12-15", "totEnMet": "2024-03-14"}],
             andereWerkgeverDanEerderePerioden=False, werkstageVerlengingLeidtTotArbeidsinschakeling=False), V(MW, ["werkstage.boven-maximum"])))
S.append(sc("LV-H-09", "art. 5 lid 1: geen mogelijkheid van algemeen geaccepteerde arbeid: voorwaarde niet vervuld",
            {**pers, "mogelijkheidAlgemeenGeaccepteerdeArbeid": False}, saH, V(KW, ["voorwaarde-niet-vervuld"])))
S.append(sc("LV-H-10", "art. 5 lid 1: wel die mogelijkheid: toekenbaar", {**pers, "mogelijkheidAlgemeenGeaccepteerdeArbeid": True}, saH, V(T, [])))
S.append(sc("LV-H-11", "art. 6 lid 3: verdringing: verplicht geweigerd", {**pers, "afstandTotArbeidsmarkt": "kort"}, m(dtH, verdringing=True), V(MW, ["detacheringsbaan.verdringing"])))
S.append(sc("LV-H-12", "art. 6 en art. 2 lid 1: detacheringsbaan zonder verdringing voor iemand met een korte afstand: toekenbaar", {**pers, "afstandTotArbeidsmarkt": "kort"}, dtH, V(T, [])))
S.append(sc("LV-H-12b", "art. 2 lid 1: detacheringsbaan voor iemand met een grote afstand: niet de doelgroep van art. 6 volgens de verdeling, voorwaarde niet vervuld", pers, dtH, V(KW, ["voorwaarde-niet-vervuld"])))
S.append(sc("LV-H-13", "art. 7 lid 2: scholing die aan de eisen voldoet, geen rijks bekostigd onderwijs mogelijk: toekenbaar",
            {**pers, "kanRijksBekostigdOnderwijsVolgen": False}, scH, V(T, [])))
S.append(sc("LV-H-14", "art. 7 lid 2 onder c: niet afgestemd op kwaliteiten en capaciteiten: voorwaarde niet vervuld",
            {**pers, "kanRijksBekostigdOnderwijsVolgen": False}, m(scH, afgestemdOpKwaliteitenEnCapaciteiten=False), V(KW, ["voorwaarde-niet-vervuld"])))
S.append(sc("LV-H-15", "art. 7 lid 2 onder a: vergroot de kansen niet: voorwaarde niet vervuld",
            {**pers, "kanRijksBekostigdOnderwijsVolgen": False}, m(scH, vergrootKansenArbeidsmarkt=False), V(KW, ["voorwaarde-niet-vervuld"])))
S.append(sc("LV-H-16", "art. 7 lid 2 onder b: 33 jaar en rijks bekostigd onderwijs mogelijk: geen uitzondering van lid 3 (27+), wel de eis van lid 2 onder b niet vervuld",
            {**pers, "kanRijksBekostigdOnderwijsVolgen": True}, scH, V(KW, ["voorwaarde-niet-vervuld"])))
S.append(sc("LV-H-16b", "art. 7 lid 3: de dag vóór de 27e verjaardag en rijks bekostigd onderwijs mogelijk: lid 1 niet van toepassing",
            {**pers, "geboortedatum": "1997-03-16", "kanRijksBekostigdOnderwijsVolgen": True}, scH, V(MW, ["scholing.uitgezonderd"])))
S.append(sc("LV-H-17", "art. 10 onder b en BR art. 8: de dag vóór de 27e verjaardag, bbl, bestaande ondersteuning onvoldoende: toekenbaar",
            jong("1997-03-16", heeftStartkwalificatie=False, leerplichtOfKwalificatieplichtGeeindigd=True), lwH, V(T, [])))
S.append(sc("LV-H-18", "art. 10 onder b en BR art. 8 lid 1: op de 27e verjaardag: niet meer 'tot 27 jaar'",
            jong("1997-03-15", heeftStartkwalificatie=False, leerplichtOfKwalificatieplichtGeeindigd=True), lwH, V(MW, ["leer-werktraject.buiten-artikel-10f"])))
S.append(sc("LV-H-19", "BR art. 8 lid 3: ondersteuning van school, leerplein of werkgever is voldoende: alleen-regel, verplicht geweigerd",
            jong("2003-05-05", heeftStartkwalificatie=False, leerplichtOfKwalificatieplichtGeeindigd=True), m(lwH, bestaandeOndersteuningOnvoldoende=False),
            V(MW, ["leer-werktraject.bestaande-ondersteuning-voldoende"])))
S.append(sc("LV-H-20", "BR art. 8 lid 2: niet gekoppeld aan een bbl: niet toekenbaar",
            jong("2003-05-05", heeftStartkwalificatie=False, leerplichtOfKwalificatieplichtGeeindigd=True), m(lwH, gekoppeldAanBeroepsbegeleidendeLeerweg=False), V(KW)))
lwV = {"id": "a", "voorziening": "leer-werktraject", "verleendOp": "2024-01-15", "ondersteuningNodigVoorLeerwerktraject": True,
       "gekoppeldAanBeroepsbegeleidendeLeerweg": True, "oordelen": {"niet-langer-voldoende-bijdrage-beoogd-doel": False, "niet-meer-geschikt": False}}
S.append(sc("LV-H-21", "BR art. 8 lid 3 op een verleend leer-werktraject: bestaande ondersteuning nu voldoende; lid 3 toetst bij het inzetten, lid 4 laat het 'nog nodig' aan de evaluatie: voortzetten",
            jong("2003-05-05", heeftStartkwalificatie=False, leerplichtOfKwalificatieplichtGeeindigd=True), verleend=m(lwV, bestaandeOndersteuningOnvoldoende=False),
            verwacht={"a": {"uitkomst": "VOORTZETTEN", "beeindigingsgronden": []}}))
S.append(sc("LV-H-21b", "BR art. 8 lid 4 en art. 3 lid 3: de tussentijdse evaluatie oordeelt dat de ondersteuning niet langer voldoende bijdraagt: kan worden beëindigd",
            jong("2003-05-05", heeftStartkwalificatie=False, leerplichtOfKwalificatieplichtGeeindigd=True),
            verleend=m(lwV, bestaandeOndersteuningOnvoldoende=False, oordelen={"niet-langer-voldoende-bijdrage-beoogd-doel": True, "niet-meer-geschikt": False}),
            verwacht={"a": {"uitkomst": "KAN_WORDEN_BEEINDIGD"}}))
S.append(sc("LV-H-22", "BR art. 8 lid 3 op een verleend leer-werktraject: bestaande ondersteuning nog onvoldoende: voortzetten",
            jong("2003-05-05", heeftStartkwalificatie=False, leerplichtOfKwalificatieplichtGeeindigd=True), verleend=m(lwV, bestaandeOndersteuningOnvoldoende=True),
            verwacht={"a": {"uitkomst": "VOORTZETTEN", "beeindigingsgronden": []}}))
S.append(sc("LV-H-22b", "BR art. 8 lid 2 op een verleend leer-werktraject: niet meer gekoppeld aan een bbl, een toestand die moet blijven: kan worden beëindigd",
            jong("2003-05-05", heeftStartkwalificatie=False, leerplichtOfKwalificatieplichtGeeindigd=True),
            verleend=m(lwV, bestaandeOndersteuningOnvoldoende=True, gekoppeldAanBeroepsbegeleidendeLeerweg=False), verwacht={"a": {"uitkomst": "KAN_WORDEN_BEEINDIGD"}}))
ao = {"geboortedatum": "1993-03-14", "behoortTotDoelgroep": True, "uitkering": "algemene-bijstand", "alleenstaandeOuder": True, "volledigeZorgVoorKind": True}
aoV = {"id": "a", "voorziening": "scholing-alleenstaande-ouder", "verleendOp": "2024-02-01", "vergrootKansenArbeidsmarkt": True,
       "afgestemdOpKwaliteitenEnCapaciteiten": True, "onvoldoendeStudieresultaten": False,
       "oordelen": {"niet-langer-voldoende-bijdrage-beoogd-doel": False, "niet-meer-geschikt": False}}
S.append(sc("LV-H-23", "BR art. 5 lid 1 op verleende scholing: het jongste kind wordt op de peildatum vijf (geboren 2019-03-15): niet meer 'kind tot vijf jaar' — kan worden beëindigd",
            {**ao, "geboortedatumJongsteKind": "2019-03-15"}, verleend=aoV, verwacht={"a": {"uitkomst": "KAN_WORDEN_BEEINDIGD"}}))
S.append(sc("LV-H-24", "BR art. 5 lid 1 op verleende scholing: het jongste kind wordt morgen vijf: voortzetten",
            {**ao, "geboortedatumJongsteKind": "2019-03-16"}, verleend=aoV, verwacht={"a": {"uitkomst": "VOORTZETTEN", "beeindigingsgronden": []}}))
S.append(sc("LV-H-25", "BR art. 5 lid 1 aanvraag: kind wordt op de peildatum vijf: niet meer toekenbaar",
            {**ao, "geboortedatumJongsteKind": "2019-03-15"}, {"id": "a", "voorziening": "scholing-alleenstaande-ouder", "ontvangstdatum": "2024-03-01",
             "vergrootKansenArbeidsmarkt": True, "afgestemdOpKwaliteitenEnCapaciteiten": True, "oordelen": OO}, V(KW)))
S.append(sc("LV-H-26", "art. 13 lid 1-2: vervoer naar de werkplek, kan niet zelfstandig reizen: toekenbaar", persvz, vvH, V(T, []), dienst=dienstH))
S.append(sc("LV-H-27", "art. 13 lid 2 onder a: kan zelfstandig reizen: voorwaarde niet vervuld", {**persvz, "kanNietZelfstandigReizen": False}, vvH,
            V(KW, ["voorwaarde-niet-vervuld"]), dienst=dienstH))
S.append(sc("LV-H-28", "art. 13 lid 1: vervoer naar de opleidingslocatie: toekenbaar (lid 1 noemt de opleidingslocatie)", persvz, m(vvH, vervoerNaar="opleidingslocatie"),
            V(T, []), dienst=dienstH))
S.append(sc("LV-H-29", "art. 13B lid 1: meeneembare voorziening nodig om te kunnen werken: toekenbaar", persvz, mvH, V(T, []), dienst=dienstH))
S.append(sc("LV-H-30", "art. 13B lid 1: niet nodig om te kunnen werken: voorwaarde niet vervuld", persvz, m(mvH, nodigOmTeKunnenWerken=False),
            V(KW, ["voorwaarde-niet-vervuld"]), dienst=dienstH))
S.append(sc("LV-H-23b", "BR art. 5 lid 1 op verleende scholing: geboortedatum van het jongste kind niet in de casus: blijvende voorwaarde niet vastgesteld, geen ontbrekend gegeven (L-19): voortzetten",
            {**ao}, verleend=aoV, verwacht={"a": {"uitkomst": "VOORTZETTEN", "beeindigingsgronden": [], "ontbrekendeGegevens": []}}))
S.append(sc("LV-H-25b", "BR art. 5 lid 1 aanvraag: geboortedatum van het jongste kind ontbreekt: ontbrekend gegeven",
            {**ao}, {"id": "a", "voorziening": "scholing-alleenstaande-ouder", "ontvangstdatum": "2024-03-01",
             "vergrootKansenArbeidsmarkt": True, "afgestemdOpKwaliteitenEnCapaciteiten": True, "oordelen": OO}, V(ON)))
S.append(sc("LV-H-26b", "art. 13 lid 1: vervoer naar een re-integratieactiviteit (niet werkplek, proefplaats of opleidingslocatie): voorwaarde niet vervuld",
            persvz, m(vvH, vervoerNaar="re-integratieactiviteit"), V(KW, ["voorwaarde-niet-vervuld"]), dienst=dienstH))
S.append(sc("LV-H-26c", "art. 13 lid 1: vervoer naar de proefplaats: toekenbaar", persvz, m(vvH, vervoerNaar="proefplaats"), V(T, []), dienst=dienstH))
out("Heemstede", "heemstede", P, S)

# ---------------------------------------------------------------- Oirschot
P = "2025-06-02"
pers = {"geboortedatum": "1990-05-15", "behoortTotDoelgroep": True, "uitkering": "algemene-bijstand", "afstandTotArbeidsmarkt": "groot"}
wsO = m(ws, ontvangstdatum="2025-05-01", gevraagdePeriode={"vanaf": "2025-06-02", "totEnMet": "2025-09-01"})
saO = m(sa, ontvangstdatum="2025-05-01"); dtO = {"id": "a", "voorziening": "detacheringsbaan", "ontvangstdatum": "2025-05-01", "aanvrager": "persoon", "oordelen": OO}
scO = {"id": "a", "voorziening": "scholing", "ontvangstdatum": "2025-05-01", "aanvrager": "persoon", "scholingDraagtBijAanDuurzameArbeidsinschakeling": True, "oordelen": OO}
lwO = m(lw, ontvangstdatum="2025-05-01")
vvO = m(vv, ontvangstdatum="2025-05-01", zonderOndersteuningMogelijkBijstandsgerechtigd=True); del vvO["kanZonderOndersteuningNietDeelnemen"]
mvO = m(mv, ontvangstdatum="2025-05-01", zonderOndersteuningMogelijkBijstandsgerechtigd=True); del mvO["kanZonderOndersteuningNietDeelnemen"]
mvO["oordelen"] = {**OO, "kosten-proportioneel": True}
dienstO = {"ingangsdatum": "2025-03-03", "urenPerWeek": 20}
persvzO = {**pers, "kanNietZelfstandigReizen": True, "arbeidsbeperking": True}
S = []
S.append(sc("LV-O-01", "art. 3.5 lid 4 onder c: precies drie maanden (2025-06-02 t/m 2025-09-01): binnen het maximum", {**pers, "nogNietActiefOpArbeidsmarkt": False}, wsO, V(T, [])))
S.append(sc("LV-O-02", "art. 3.5 lid 4 onder c: drie maanden en één dag: boven het maximum", {**pers, "nogNietActiefOpArbeidsmarkt": False},
            m(wsO, gevraagdePeriode={"vanaf": "2025-06-02", "totEnMet": "2025-09-02"}), V(MW, ["werkstage.boven-maximum"])))
S.append(sc("LV-O-03", "art. 3.5 lid 1 onder b: al actief geweest, afstand tot de arbeidsmarkt (geen eis van langdurige werkloosheid): toekenbaar",
            {**pers, "nogNietActiefOpArbeidsmarkt": False, "afstandTotArbeidsmarkt": "kort", "uitkeringSinds": "2025-05-01"}, wsO, V(T, [])))
S.append(sc("LV-O-04", "art. 3.5 lid 1 onder b: al actief geweest en geen afstand tot de arbeidsmarkt: voorwaarde niet vervuld",
            {**pers, "nogNietActiefOpArbeidsmarkt": False, "afstandTotArbeidsmarkt": "geen"}, wsO, V(KW, ["voorwaarde-niet-vervuld"])))
S.append(sc("LV-O-05", "art. 3.5 lid 3: verdringing: verplicht geweigerd", {**pers, "nogNietActiefOpArbeidsmarkt": True}, m(wsO, verdringing=True), V(MW, ["werkstage.verdringing"])))
S.append(sc("LV-O-06", "art. 3.5 lid 4 onder c: eenmalige verlenging met drie maanden: toekenbaar", {**pers, "nogNietActiefOpArbeidsmarkt": True},
            m(wsO, soort="verlenging", eerderePerioden=[{"vanaf": "2025-03-02", "totEnMet": "2025-06-01"}], andereWerkgeverDanEerderePerioden=False), V(T, [])))
S.append(sc("LV-O-07", "art. 3.5 lid 4 onder c: tweede verlenging: niet eenmalig, verplicht geweigerd", {**pers, "nogNietActiefOpArbeidsmarkt": True},
            m(wsO, soort="verlenging", eerderePerioden=[{"vanaf": "2024-12-02", "totEnMet": "2025-03-01"}, {"vanaf": "2025-03-02", "totEnMet": "2025-06-01"}],
              andereWerkgeverDanEerderePerioden=False), V(MW, ["werkstage.boven-maximum"])))
S.append(sc("LV-O-08", "art. 3.3 lid 1: geen mogelijkheid van algemeen geaccepteerde arbeid: voorwaarde niet vervuld",
            {**pers, "mogelijkheidAlgemeenGeaccepteerdeArbeid": False}, saO, V(KW, ["voorwaarde-niet-vervuld"])))
S.append(sc("LV-O-09", "art. 3.3 lid 1: wel die mogelijkheid: toekenbaar", {**pers, "mogelijkheidAlgemeenGeaccepteerdeArbeid": True}, saO, V(T, [])))
S.append(sc("LV-O-10", "art. 3.3 lid 3: concurrentie onverantwoord beïnvloed: verplicht geweigerd", {**pers, "mogelijkheidAlgemeenGeaccepteerdeArbeid": True},
            m(saO, concurrentieverhoudingenOnverantwoordBeinvloed=True), V(MW, ["sociale-activering.verdringing"])))
S.append(sc("LV-O-11", "art. 3.9: detacheringsbaan voor een persoon uit de doelgroep: toekenbaar (art. 3.9 kent geen verdringingsbepaling)", pers, dtO, V(T, [])))
S.append(sc("LV-O-12", "art. 3.6 lid 3: scholing draagt bij aan duurzame arbeidsinschakeling: toekenbaar", {**pers, "kanRijksBekostigdOnderwijsVolgen": False}, scO, V(T, [])))
S.append(sc("LV-O-13", "art. 3.6 lid 3: draagt niet bij: voorwaarde niet vervuld", {**pers, "kanRijksBekostigdOnderwijsVolgen": False},
            m(scO, scholingDraagtBijAanDuurzameArbeidsinschakeling=False), V(KW, ["voorwaarde-niet-vervuld"])))
S.append(sc("LV-O-14", "art. 3.6 lid 2: de dag vóór de 27e verjaardag en rijks bekostigd onderwijs mogelijk (art. 7 lid 3 onder a Pw): niet van toepassing",
            {**pers, "geboortedatum": "1998-06-03", "kanRijksBekostigdOnderwijsVolgen": True}, scO, V(MW, ["scholing.uitgezonderd"])))
S.append(sc("LV-O-14b", "art. 3.6 lid 2: op de 27e verjaardag: niet meer uitgezonderd, toekenbaar",
            {**pers, "geboortedatum": "1998-06-02", "kanRijksBekostigdOnderwijsVolgen": True}, scO, V(T, [])))
S.append(sc("LV-O-15", "art. 3.4 onder a: 16 jaar op de verjaardag, leerplicht niet geëindigd: toekenbaar",
            jong("2009-06-02", heeftStartkwalificatie=False, leerplichtOfKwalificatieplichtGeeindigd=False), lwO, V(T, [])))
S.append(sc("LV-O-16", "art. 3.4: de dag vóór de 16e verjaardag: te jong voor onder a, niet onder b", 
            jong("2009-06-03", heeftStartkwalificatie=False, leerplichtOfKwalificatieplichtGeeindigd=False), lwO, V(MW, ["leer-werktraject.buiten-artikel-10f"])))
S.append(sc("LV-O-17", "art. 3.4 onder b: op de 27e verjaardag: voorwaarde niet vervuld",
            jong("1998-06-02", heeftStartkwalificatie=False, leerplichtOfKwalificatieplichtGeeindigd=True), lwO, V(MW, ["leer-werktraject.buiten-artikel-10f"])))
S.append(sc("LV-O-18", "art. 3.4 onder b: startkwalificatie niet bekend: ontbrekend gegeven",
            jong("2003-06-02", leerplichtOfKwalificatieplichtGeeindigd=True), lwO, V(ON)))
S.append(sc("LV-O-19", "art. 3.26 lid 1: vervoer naar de werkplek voor een persoon uit de doelgroep die niet zelfstandig kan reizen: toekenbaar", persvzO, vvO, V(T, []), dienst=dienstO))
S.append(sc("LV-O-20", "art. 3.26 lid 1: vervoer naar een re-integratieactiviteit: toekenbaar (lid 1 noemt activiteiten in het kader van re-integratie)",
            persvzO, m(vvO, vervoerNaar="re-integratieactiviteit"), V(T, []), dienst=dienstO))
S.append(sc("LV-O-21", "art. 3.26 lid 2 onder a: kan zelfstandig reizen: voorwaarde niet vervuld", {**persvzO, "kanNietZelfstandigReizen": False}, vvO,
            V(KW, ["voorwaarde-niet-vervuld"]), dienst=dienstO))
S.append(sc("LV-O-22", "art. 3.27 lid 1: meeneembare voorziening niet nodig om te kunnen werken: voorwaarde niet vervuld", persvzO, m(mvO, nodigOmTeKunnenWerken=False),
            V(KW, ["voorwaarde-niet-vervuld"]), dienst=dienstO))
S.append(sc("LV-O-23", "art. 3.27 lid 1: wel nodig: toekenbaar", persvzO, mvO, V(T, []), dienst=dienstO))
S.append(sc("LV-O-03b", "art. 3.5 lid 1 onder b: niet bekend of al actief geweest, wel een afstand: het tweede alternatief volstaat, toekenbaar",
            {**pers}, wsO, V(T, [])))
S.append(sc("LV-O-20b", "art. 3.26 lid 1: vervoer naar de opleidingslocatie: een scholing (art. 3.6) is een activiteit in het kader van re-integratie: toekenbaar",
            persvzO, m(vvO, vervoerNaar="opleidingslocatie"), V(T, []), dienst=dienstO))
S.append(sc("LV-O-20c", "art. 3.26 lid 1: vervoer naar een andere bestemming: voorwaarde niet vervuld", persvzO, m(vvO, vervoerNaar="anders"),
            V(KW, ["voorwaarde-niet-vervuld"]), dienst=dienstO))
out("Oirschot", "oirschot", P, S)

# ---------------------------------------------------------------- Waterland
P = "2025-06-02"
pers = {"geboortedatum": "1990-05-10", "behoortTotDoelgroep": True, "uitkering": "algemene-bijstand"}
wsW = m(ws, ontvangstdatum="2025-05-20", gevraagdePeriode={"vanaf": "2025-06-02", "totEnMet": "2025-12-01"})
saW = m(sa, ontvangstdatum="2025-05-20"); dtW = {"id": "a", "voorziening": "detacheringsbaan", "ontvangstdatum": "2025-05-20", "aanvrager": "persoon", "oordelen": OO}
scW = {"id": "a", "voorziening": "scholing", "ontvangstdatum": "2025-05-20", "aanvrager": "persoon", "gerichtOpKansberoepOfKanssector": True, "oordelen": OO}
lwW = m(lw, ontvangstdatum="2025-05-20")
vvW = m(vv, ontvangstdatum="2025-05-20"); mvW = m(mv, ontvangstdatum="2025-05-20"); mvW["oordelen"] = {**OO, "kosten-proportioneel": True}
dienstW = {"ingangsdatum": "2025-05-01", "urenPerWeek": 20}
persvzW = {**pers, "kanNietZelfstandigReizen": True, "arbeidsbeperking": True, "visueleBeperking": False}
S = []
S.append(sc("LV-W-01", "art. 7 lid 5: precies zes maanden (2025-06-02 t/m 2025-12-01): binnen het maximum", pers, wsW, V(T, [])))
S.append(sc("LV-W-02", "art. 7 lid 5: zes maanden en één dag: boven het gewone maximum, binnen de uitzondering — oordeel 'bij uitzondering' open (L-13)", pers,
            m(wsW, gevraagdePeriode={"vanaf": "2025-06-02", "totEnMet": "2025-12-02"}), V(HO, openOordelen=["werkstage-verlenging-bij-uitzondering"])))
S.append(sc("LV-W-02b", "art. 7 lid 5: twaalf maanden en één dag: boven het uiterste maximum, verplicht geweigerd", pers,
            m(wsW, gevraagdePeriode={"vanaf": "2025-06-02", "totEnMet": "2026-06-02"}, oordelen={**OO, "werkstage-verlenging-bij-uitzondering": True}), V(MW, ["werkstage.te-lang"])))
S.append(sc("LV-W-02c", "art. 7 lid 5: precies twaalf maanden met een uitzondering van het college: toekenbaar", pers,
            m(wsW, gevraagdePeriode={"vanaf": "2025-06-02", "totEnMet": "2026-06-01"}, oordelen={**OO, "werkstage-verlenging-bij-uitzondering": True}), V(T, [])))
S.append(sc("LV-W-03", "art. 7 lid 5: verlenging met zes maanden bij uitzondering, oordeel ontbreekt: open oordeel", pers,
            m(wsW, soort="verlenging", eerderePerioden=[{"vanaf": "2024-12-02", "totEnMet": "2025-06-01"}], andereWerkgeverDanEerderePerioden=False),
            V(HO, openOordelen=["werkstage-verlenging-bij-uitzondering"])))
S.append(sc("LV-W-04", "art. 7 lid 5: verlenging, college ziet een uitzondering: toekenbaar", pers,
            m(wsW, soort="verlenging", eerderePerioden=[{"vanaf": "2024-12-02", "totEnMet": "2025-06-01"}], andereWerkgeverDanEerderePerioden=False,
              oordelen={**OO, "werkstage-verlenging-bij-uitzondering": True}), V(T, [])))
S.append(sc("LV-W-05", "art. 7 lid 5: verlenging, college ziet geen uitzondering: niet toekenbaar", pers,
            m(wsW, soort="verlenging", eerderePerioden=[{"vanaf": "2024-12-02", "totEnMet": "2025-06-01"}], andereWerkgeverDanEerderePerioden=False,
              oordelen={**OO, "werkstage-verlenging-bij-uitzondering": False}), V(MW)))
S.append(sc("LV-W-06", "art. 7 lid 3: verdringing: verplicht geweigerd", pers, m(wsW, verdringing=True), V(MW, ["werkstage.verdringing"])))
S.append(sc("LV-W-07", "art. 7 lid 1: geen eis van afstand of langdurige werkloosheid: al actief geweest, geen afstand — toekenbaar",
            {**pers, "nogNietActiefOpArbeidsmarkt": False, "afstandTotArbeidsmarkt": "geen"}, wsW, V(T, [])))
S.append(sc("LV-W-08", "art. 5 lid 1: sociale activering zonder eis van mogelijkheid tot algemeen geaccepteerde arbeid: toekenbaar ook als die mogelijkheid ontbreekt",
            {**pers, "mogelijkheidAlgemeenGeaccepteerdeArbeid": False}, saW, V(T, [])))
S.append(sc("LV-W-09", "art. 5 lid 3: concurrentie onverantwoord beïnvloed: verplicht geweigerd", pers, m(saW, concurrentieverhoudingenOnverantwoordBeinvloed=True),
            V(MW, ["sociale-activering.verdringing"])))
S.append(sc("LV-W-10", "art. 17 lid 1: detacheringsbaan voor een persoon uit de doelgroep: toekenbaar", pers, dtW, V(T, [])))
S.append(sc("LV-W-11", "art. 17 lid 1 en art. 3 lid 1: niet tot de doelgroep: 'kan weigeren'", {**pers, "behoortTotDoelgroep": False}, dtW, V(KW, ["niet-doelgroep"])))
S.append(sc("LV-W-12", "art. 8 lid 1 onder II: scholing in een kansberoep: toekenbaar", {**pers, "kanRijksBekostigdOnderwijsVolgen": False}, scW, V(T, [])))
S.append(sc("LV-W-13", "art. 8 lid 1 onder II: niet gericht op een kansberoep of kans-sector: voorwaarde niet vervuld", {**pers, "kanRijksBekostigdOnderwijsVolgen": False},
            m(scW, gerichtOpKansberoepOfKanssector=False), V(KW, ["voorwaarde-niet-vervuld"])))
S.append(sc("LV-W-14", "art. 8 lid 4: de dag vóór de 27e verjaardag en rijks bekostigd onderwijs mogelijk (art. 7 lid 3 onder a Pw): niet van toepassing",
            {**pers, "geboortedatum": "1998-06-03", "kanRijksBekostigdOnderwijsVolgen": True}, scW, V(MW, ["scholing.uitgezonderd"])))
S.append(sc("LV-W-14b", "art. 8 lid 4: op de 27e verjaardag: niet meer uitgezonderd, toekenbaar",
            {**pers, "geboortedatum": "1998-06-02", "kanRijksBekostigdOnderwijsVolgen": True}, scW, V(T, [])))
S.append(sc("LV-W-15", "art. 10 lid 1 onder b: de dag vóór de 27e verjaardag zonder startkwalificatie: toekenbaar",
            jong("1998-06-03", heeftStartkwalificatie=False, leerplichtOfKwalificatieplichtGeeindigd=True), lwW, V(T, [])))
S.append(sc("LV-W-16", "art. 10 lid 1 onder b: op de 27e verjaardag: voorwaarde niet vervuld",
            jong("1998-06-02", heeftStartkwalificatie=False, leerplichtOfKwalificatieplichtGeeindigd=True), lwW, V(MW, ["leer-werktraject.buiten-artikel-10f"])))
S.append(sc("LV-W-17", "art. 10 lid 1 onder a: 17 jaar, leerplicht niet bekend: ontbrekend gegeven",
            jong("2008-01-01", heeftStartkwalificatie=False), lwW, V(ON)))
S.append(sc("LV-W-18", "art. 20k lid 1: niet zelfstandig naar de werkplek, geen visuele beperking: toekenbaar", persvzW, vvW, V(T, []), dienst=dienstW))
S.append(sc("LV-W-19", "art. 20k lid 1: met een visuele beperking uitgezonderd: geen vervoersvoorziening", {**persvzW, "visueleBeperking": True}, vvW,
            V(MW, ["vervoersvoorziening.visuele-beperking"]), dienst=dienstW))
S.append(sc("LV-W-20", "art. 20k lid 1: niet bekend of er een visuele beperking is: ontbrekend gegeven", {**persvzW, "visueleBeperking": None}, vvW, V(ON), dienst=dienstW))
S.append(sc("LV-W-21", "art. 20m lid 1: meeneembare voorziening nodig: toekenbaar", persvzW, mvW, V(T, []), dienst=dienstW))
S.append(sc("LV-W-22", "art. 20m lid 1: niet nodig om te kunnen werken: voorwaarde niet vervuld", persvzW, m(mvW, nodigOmTeKunnenWerken=False),
            V(KW, ["voorwaarde-niet-vervuld"]), dienst=dienstW))
S.append(sc("LV-W-18b", "art. 20k lid 1: vervoer naar de proefplaats: toekenbaar", persvzW, m(vvW, vervoerNaar="proefplaats"), V(T, []), dienst=dienstW))
S.append(sc("LV-W-18c", "art. 20k lid 1: vervoer naar een re-integratieactiviteit: niet genoemd, voorwaarde niet vervuld", persvzW, m(vvW, vervoerNaar="re-integratieactiviteit"),
            V(KW, ["voorwaarde-niet-vervuld"]), dienst=dienstW))
out("Waterland", "waterland", P, S)
