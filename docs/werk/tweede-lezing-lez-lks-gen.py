import json
OM = ("Tweede lezing (lez-lks) van de gedeelde modelbepalingen tijdelijke loonkostensubsidie, loonkostensubsidie, "
      "beschut werk, intermediaire activiteit en afstemming/verdeling. De verwachtingen zijn uit de brontekst afgeleid "
      "voordat een scenario is gedraaid en voordat de DRL is gelezen; correcties na het draaien staan in "
      "docs/werk/tweede-lezing-lez-lks.md.")
def aanvr(v, **kw):
    a = {"id": "a1", "voorziening": v, "ontvangstdatum": None, "aanvrager": "werkgever",
         "voorliggendeVoorziening": False, "onvoldoendeMedewerkingOnderzoek": False,
         "oordelen": {"onvoldoende-bijdrage-arbeidsinschakeling": False}}
    a.update(kw); return a
DB_HB = {"ingangsdatum": "2024-06-03", "einddatum": "2025-06-02", "urenPerWeek": 32}
DB_W = {"ingangsdatum": "2025-03-03", "einddatum": "2026-03-02", "urenPerWeek": 32}
A3 = {"kanZonderOndersteuningNietDeelnemen": True, "arboTaakWerkgever": False, "verwachteDuurFunctioneleBeperkingMaanden": 12, "oordelen": {"onvoldoende-bijdrage-arbeidsinschakeling": False, "kosten-proportioneel": True}}
def sc(naam, v, **kw): return dict(naam=naam, verwacht={"a1": v}, **kw)
def scv(naam, v, **kw): return dict(naam=naam, verwacht={"v1": v}, aanvragen=None, **kw)
def write(path, titel, basis, scs):
    json.dump({"titel": titel, "omschrijving": OM, "basis": basis, "scenarios": scs},
              open(path, "w"), indent=2, ensure_ascii=False)
P = {"geboortedatum": "1985-07-19", "behoortTotDoelgroep": True, "uitkering": "algemene-bijstand"}
T, WM, KG, HO, ON = "TOEKENBAAR", "MOET_WORDEN_GEWEIGERD", "KAN_WORDEN_GEWEIGERD", "HANGT_AF_VAN_OORDEEL", "ONVOLLEDIG"
R = "/work/wt-lez-lks/rules-%s/scenarios/tweede-lezing-lez-lks.json"

# ---------------- Heemstede (2024: verordening + beleidsregels) -------------
tl = lambda **kw: aanvr("tijdelijke-loonkostensubsidie", ontvangstdatum="2024-02-20", werkgeverVerzochtSchriftelijk=True,
        concurrentieverhoudingenOnverantwoordBeinvloed=False, verdringing=False, budgetplafondBereikt=False,
        personenplafondBereikt=False, **kw)
hb = {"gemeente": "Heemstede", "peildatum": "2024-03-01",
      "persoon": dict(P, werkloosSinds="2023-09-01", heeftStartkwalificatie=False, alleenstaandeOuder=False),
      "werkgever": {"naam": "Bakkerij Kop", "aanspraakAndereTegemoetkomingIndiensttreding": False,
                    "eerderNietVerlengdOndanksGoedFunctioneren": False, "voornemensDienstbetrekkingAanTeGaan": True},
      "dienstbetrekking": {"ingangsdatum": "2024-03-01", "einddatum": "2024-08-31", "urenPerWeek": 24,
                           "arbeidsovereenkomstDoorAllePartijenOndertekend": True,
                           "intentieContractverlengingNaLoonkostensubsidie": True},
      "aanvragen": [tl()]}
H = []
H.append(sc("LL-H-01 art. 12 lid 2 onder a; BR art. 9 lid 2 — precies 6 maanden zonder betrekking, dienstverband precies zes maanden en 24 uur: toekenbaar, 500 per maand, 3 maanden",
   {"uitkomst": T, "weigeringsgronden": [], "berekeningen": {"tijdelijke-loonkostensubsidie.bedrag": 500},
    "termijnen": {"tijdelijke-loonkostensubsidie.duur": "P3M"}}))
H.append(sc("LL-H-02 art. 12 lid 2 onder a — een dag minder dan 6 maanden zonder betrekking (werkloos sinds 2023-09-02), wel startkwalificatie, 38 jaar, geen alleenstaande ouder: niet moeilijk bemiddelbaar",
   {"uitkomst": KG}, persoon={"werkloosSinds": "2023-09-02", "heeftStartkwalificatie": True}))
H.append(sc("LL-H-03 art. 12 lid 2 (alternatieven) — alleen onder b (geen startkwalificatie), kort werkloos: moeilijk bemiddelbaar, toekenbaar",
   {"uitkomst": T}, persoon={"werkloosSinds": "2024-01-01", "heeftStartkwalificatie": False}))
H.append(sc("LL-H-04 art. 12 lid 2 onder c — precies 50 jaar op de dag van indiensttreding is niet 'ouder dan 50 jaar' (enige andere grond ontbreekt): geweigerd",
   {"uitkomst": KG}, persoon={"geboortedatum": "1974-03-01", "werkloosSinds": "2024-01-01", "heeftStartkwalificatie": True}))
H.append(sc("LL-H-05 art. 12 lid 2 onder c — 50 jaar en een jaar (51 geworden op de dag van indiensttreding): ouder dan 50, toekenbaar",
   {"uitkomst": T}, persoon={"geboortedatum": "1973-03-01", "werkloosSinds": "2024-01-01", "heeftStartkwalificatie": True}))
H.append(sc("LL-H-06 art. 12 lid 2 onder d — alleenstaande ouder, kort werkloos, startkwalificatie: moeilijk bemiddelbaar, toekenbaar",
   {"uitkomst": T}, persoon={"werkloosSinds": "2024-01-01", "heeftStartkwalificatie": True, "alleenstaandeOuder": True}))
H.append(sc("LL-H-07 art. 12 lid 3 — precies 24 maanden werkloos onmiddellijk voor indiensttreding: uiterst moeilijk bemiddelbaar, toekenbaar",
   {"uitkomst": T}, persoon={"werkloosSinds": "2022-03-01", "heeftStartkwalificatie": True}))
H.append(sc("LL-H-08 art. 12 lid 5 — werkgever maakt aanspraak op een andere tegemoetkoming: niet verstrekt",
   {"uitkomst": WM}, werkgever={"aanspraakAndereTegemoetkomingIndiensttreding": True}))
H.append(sc("LL-H-09 art. 12 lid 4 — verdringing: uitsluitend als geen verdringing, dus geweigerd",
   {"uitkomst": WM}, aanvragen=[{"verdringing": True}]))
H.append(sc("LL-H-10 art. 12 lid 4 — of er verdringing is, is niet opgegeven: ontbrekend gegeven",
   {"uitkomst": ON}, aanvragen=[{"verdringing": None}]))
H.append(sc("LL-H-11 BR art. 9 lid 2 — dienstverband een dag korter dan zes maanden (tot en met 2024-08-30): geweigerd",
   {"uitkomst": KG}, dienstbetrekking={"einddatum": "2024-08-30"}))
H.append(sc("LL-H-12 BR art. 9 lid 2 — 23,9 uur per week: onder de 24 uur, geweigerd",
   {"uitkomst": KG}, dienstbetrekking={"urenPerWeek": 23.9}))
H.append(sc("LL-H-13 BR art. 9 lid 1 — geen door alle partijen ondertekende arbeidsovereenkomst: geweigerd",
   {"uitkomst": WM}, dienstbetrekking={"arbeidsovereenkomstDoorAllePartijenOndertekend": False}))
H.append(sc("LL-H-14 BR art. 9 lid 4 — geen intentie tot contractverlenging: geweigerd",
   {"uitkomst": WM}, dienstbetrekking={"intentieContractverlengingNaLoonkostensubsidie": False}))
H.append(sc("LL-H-15 BR art. 9 lid 5 — werkgever verlengde eerder ondanks goed functioneren niet: kan worden geweigerd",
   {"uitkomst": KG}, werkgever={"eerderNietVerlengdOndanksGoedFunctioneren": True}))
H.append(sc("LL-H-16 BR art. 9 lid 2 — verlenging met precies drie maanden na de eerste drie, oordeel individuele omstandigheden ontbreekt: open oordeel",
   {"uitkomst": HO}, peildatum="2024-05-20", aanvragen=[{"soort": "verlenging", "ontvangstdatum": "2024-05-15", "eerderePerioden": [{"vanaf": "2024-03-01", "totEnMet": "2024-05-31"}],
   "gevraagdePeriode": {"vanaf": "2024-06-01", "totEnMet": "2024-08-31"}}]))
H.append(sc("LL-H-17 BR art. 9 lid 2 — verlenging met precies drie maanden, individuele omstandigheden aanwezig naar het oordeel van het college: toekenbaar",
   {"uitkomst": T}, peildatum="2024-05-20", aanvragen=[{"soort": "verlenging", "ontvangstdatum": "2024-05-15", "eerderePerioden": [{"vanaf": "2024-03-01", "totEnMet": "2024-05-31"}],
   "gevraagdePeriode": {"vanaf": "2024-06-01", "totEnMet": "2024-08-31"}, "oordelen": {"verlenging-individuele-omstandigheden": True}}]))
H.append(sc("LL-H-18 BR art. 9 lid 2 — verlenging met drie maanden en een dag: boven het maximum van drie maanden, geweigerd",
   {"uitkomst": WM}, peildatum="2024-05-20", dienstbetrekking={"einddatum": "2024-09-30"}, aanvragen=[{"soort": "verlenging", "ontvangstdatum": "2024-05-15", "eerderePerioden": [{"vanaf": "2024-03-01", "totEnMet": "2024-05-31"}],
   "gevraagdePeriode": {"vanaf": "2024-06-01", "totEnMet": "2024-09-01"}, "oordelen": {"verlenging-individuele-omstandigheden": True}}]))
bw = lambda **kw: aanvr("beschut-werk", **dict(dict(aanvrager="persoon", ontvangstdatum="2024-02-20",
        budgetplafondBereikt=False, personenplafondBereikt=False, taakstellingBeschutWerkGerealiseerd=False), **kw))
H.append(sc("LL-H-20 art. 9 lid 1, BR art. 7 lid 3 — beschut werk vastgesteld, doelgroep, UWV positief, andere voorzieningen onvoldoende: toekenbaar",
   {"uitkomst": T}, persoon={"beschutWerkVastgesteld": True, "uwvPositiefAdviesBeschutWerk": True},
   aanvragen=[bw(oordelen={"onvoldoende-bijdrage-arbeidsinschakeling": False, "andere-voorzieningen-onvoldoende-voor-participatie": True})]))
H.append(sc("LL-H-21 BR art. 7 lid 3 onder a — oordeel of andere voorzieningen onvoldoende bijdragen ontbreekt: niet gevraagd, de voorwaarde wijkt voor de plicht van verordening art. 9 lid 1 (L-20)",
   {"uitkomst": T}, persoon={"beschutWerkVastgesteld": True, "uwvPositiefAdviesBeschutWerk": True},
   aanvragen=[bw()]))
H.append(sc("LL-H-22 BR art. 7 lid 3 onder b — geen positief UWV-advies: geweigerd",
   {"uitkomst": WM}, persoon={"beschutWerkVastgesteld": True, "uwvPositiefAdviesBeschutWerk": False},
   aanvragen=[bw(oordelen={"onvoldoende-bijdrage-arbeidsinschakeling": False, "andere-voorzieningen-onvoldoende-voor-participatie": True})]))
H.append(sc("LL-H-23 art. 9 lid 1 — niet vastgesteld dat alleen beschut werk mogelijk is: geweigerd",
   {"uitkomst": WM}, persoon={"beschutWerkVastgesteld": False, "uwvPositiefAdviesBeschutWerk": True},
   aanvragen=[bw(oordelen={"onvoldoende-bijdrage-arbeidsinschakeling": False, "andere-voorzieningen-onvoldoende-voor-participatie": True})]))
H.append(sc("LL-H-24 art. 9 lid 1 en 5 — geraamde aantal beschut werkplekken al gerealiseerd: geen extra dienstbetrekking",
   {"uitkomst": WM}, persoon={"beschutWerkVastgesteld": True, "uwvPositiefAdviesBeschutWerk": True},
   aanvragen=[bw(taakstellingBeschutWerkGerealiseerd=True, oordelen={"onvoldoende-bijdrage-arbeidsinschakeling": False, "andere-voorzieningen-onvoldoende-voor-participatie": True})]))
lk = lambda **kw: aanvr("loonkostensubsidie", ontvangstdatum="2024-02-20", **kw)
H.append(sc("LL-H-30 art. 12B lid 1 — werkgever voornemens, persoon in doelgroep loonkostensubsidie: verstrekt (plicht)",
   {"uitkomst": T}, persoon={"doelgroepLoonkostensubsidie": True}, dienstbetrekking=None, aanvragen=[lk()]))
H.append(sc("LL-H-31 art. 12B lid 3 — nog niet in doelgroep; de aanvraag geldt ook als aanvraag om vaststelling: oordeel van het college open",
   {"uitkomst": HO}, persoon={"doelgroepLoonkostensubsidie": False}, dienstbetrekking=None, aanvragen=[lk()]))
ia = lambda f: aanvr("intermediaire-activiteit", aanvrager="persoon", ontvangstdatum="2024-02-20",
        intermediaireActiviteitGerichtOp=f, budgetplafondBereikt=False, personenplafondBereikt=False, **A3)
H.append(sc("LL-H-40 art. 13A — intermediaire activiteit voor een ontbrekende visuele functie: toekenbaar",
   {"uitkomst": T}, persoon={"arbeidsbeperking": True}, aanvragen=[ia("visuele-functie")]))
H.append(sc("LL-H-41 art. 13A — voor een andere functie dan visueel of motorisch: geweigerd",
   {"uitkomst": KG}, persoon={"arbeidsbeperking": True}, aanvragen=[ia("andere-functie")]))
H.append(sc("LL-H-42 art. 13A — waarop de activiteit gericht is ontbreekt: ontbrekend gegeven",
   {"uitkomst": ON}, persoon={"arbeidsbeperking": True}, aanvragen=[ia(None)]))
H.append(sc("LL-H-50 art. 12, heemstede-2023 (peildatum 2023-12-31, beleidsregels nog niet in werking) — zonder schriftelijk verzoek en met 20 uur: toch toekenbaar, de eisen van BR art. 9 gelden nog niet",
   {"uitkomst": T}, peildatum="2023-12-31",
   dienstbetrekking={"ingangsdatum": "2023-12-01", "einddatum": "2024-05-31", "urenPerWeek": 20},
   persoon={"werkloosSinds": "2023-01-01"}, aanvragen=[{"ontvangstdatum": "2023-11-20", "werkgeverVerzochtSchriftelijk": False}]))
det = lambda afst, v: sc("LL-H-6%s art. 2 lid 1 — detacheringsbaan bij afstand tot de arbeidsmarkt '%s'" % ({"groot":"0","kort":"1"}.get(afst,"2"), afst) + v[1],
   v[0], persoon={"afstandTotArbeidsmarkt": afst}, dienstbetrekking=None,
   aanvragen=[{"voorziening": "detacheringsbaan", "aanvrager": "persoon"}])
H.append(det("groot", ({"uitkomst": KG}, ": alleen voor korte afstand, kan worden geweigerd (art. 3 lid 2 onder e)")))
H.append(det("kort", ({"uitkomst": T, "opmerkingen": ["meest-passende-voorziening", "rekening-houden-met-omstandigheden"]}, ": toekenbaar; afstemming en meest passende voorziening (art. 3 lid 4) en omstandigheden (art. 2 lid 3) als opmerking")))
H.append(sc("LL-H-62 art. 2 lid 1 — afstand tot de arbeidsmarkt niet opgegeven: ontbrekend gegeven",
   {"uitkomst": ON}, persoon={"afstandTotArbeidsmarkt": None}, dienstbetrekking=None,
   aanvragen=[{"voorziening": "detacheringsbaan", "aanvrager": "persoon"}]))
H.append(scv("LL-H-25 art. 9 lid 1 — verleend beschut werk, nog steeds vastgesteld en doelgroep: voortzetten",
   {"uitkomst": "VOORTZETTEN"}, persoon={"beschutWerkVastgesteld": True, "uwvPositiefAdviesBeschutWerk": True}, dienstbetrekking=None,
   verleendeVoorzieningen=[{"id": "v1", "voorziening": "beschut-werk", "verleendOp": "2024-01-15", "verleendOnder": "huidige-regeling", "oordelen": {"niet-langer-voldoende-bijdrage-beoogd-doel": False, "niet-meer-geschikt": False}}]))
H.append(scv("LL-H-26 art. 9 lid 1, art. 3 lid 3 onder h — verleend beschut werk, niet meer vastgesteld dat alleen beschut werk mogelijk is: kan worden beëindigd",
   {"uitkomst": "KAN_WORDEN_BEEINDIGD"}, persoon={"beschutWerkVastgesteld": False, "uwvPositiefAdviesBeschutWerk": True}, dienstbetrekking=None,
   verleendeVoorzieningen=[{"id": "v1", "voorziening": "beschut-werk", "verleendOp": "2024-01-15", "verleendOnder": "huidige-regeling", "oordelen": {"niet-langer-voldoende-bijdrage-beoogd-doel": False, "niet-meer-geschikt": False}}]))
write(R % "heemstede", "Tweede lezing lez-lks — Heemstede art. 9, 12, 12B, 13A en beleidsregels art. 7 en 9", hb, H)

# ---------------- Haaksbergen -------------
hk = {"gemeente": "Haaksbergen", "peildatum": "2024-06-03",
      "persoon": dict(P, beschutWerkVastgesteld=True),
      "werkgever": {"naam": "Textiel Twente", "voornemensDienstbetrekkingAanTeGaan": True},
      "aanvragen": [aanvr("beschut-werk", aanvrager="persoon", ontvangstdatum="2024-05-20", taakstellingBeschutWerkGerealiseerd=False,
                          gerealiseerdeAdditioneleBeschutWerkplekkenDitJaar=0, wachtendeGegadigdenMetEerdereVaststelling=0)]}
K = []
K.append(sc("LL-HB-01 art. 9 lid 1 met art. 10b Pw; art. 2 lid 4, 3 lid 3 — vastgesteld, taakstelling nog niet gerealiseerd: toekenbaar, met afstemming/goedkoopst adequaat", {"uitkomst": T, "opmerkingen": ["goedkoopst-adequaat", "rekening-houden-met-omstandigheden"]}))
K.append(sc("LL-HB-02 art. 9 lid 3 — taakstelling gerealiseerd, 2 additionele plekken dit jaar: de derde kan nog (ten hoogste 3)",
   {"uitkomst": T}, aanvragen=[{"taakstellingBeschutWerkGerealiseerd": True, "gerealiseerdeAdditioneleBeschutWerkplekkenDitJaar": 2}]))
K.append(sc("LL-HB-03 art. 9 lid 3 — taakstelling gerealiseerd en al 3 additionele plekken: geweigerd",
   {"uitkomst": WM}, aanvragen=[{"taakstellingBeschutWerkGerealiseerd": True, "gerealiseerdeAdditioneleBeschutWerkplekkenDitJaar": 3}]))
K.append(sc("LL-HB-04 art. 9 lid 3 en 4 — 1 van 3 additionele plekken bezet, 1 eerder vastgestelde gegadigde wacht: er blijft een plek over, toekenbaar",
   {"uitkomst": T}, aanvragen=[{"taakstellingBeschutWerkGerealiseerd": True, "gerealiseerdeAdditioneleBeschutWerkplekkenDitJaar": 1, "wachtendeGegadigdenMetEerdereVaststelling": 1}]))
K.append(sc("LL-HB-05 art. 9 lid 3 — taakstelling gerealiseerd, aantal additionele plekken onbekend: ontbrekend gegeven",
   {"uitkomst": ON}, aanvragen=[{"taakstellingBeschutWerkGerealiseerd": True, "gerealiseerdeAdditioneleBeschutWerkplekkenDitJaar": None}]))
K.append(sc("LL-HB-06 art. 9 lid 1 — niet vastgesteld dat alleen beschut werk mogelijk is: geweigerd",
   {"uitkomst": WM}, persoon={"beschutWerkVastgesteld": False}))
K.append(sc("LL-HB-10 art. 14 lid 1 — werkgever voornemens, doelgroep loonkostensubsidie: verstrekt",
   {"uitkomst": T}, persoon={"doelgroepLoonkostensubsidie": True}, aanvragen=[{"voorziening": "loonkostensubsidie", "aanvrager": "werkgever"}]))
K.append(sc("LL-HB-11 art. 14 lid 2 — nog niet in doelgroep: vaststelling door het college open",
   {"uitkomst": HO}, persoon={"doelgroepLoonkostensubsidie": False}, aanvragen=[{"voorziening": "loonkostensubsidie", "aanvrager": "werkgever"}]))
K.append(sc("LL-HB-20 art. 25 — intermediaire activiteit voor een motorische functie: toekenbaar",
   {"uitkomst": T}, dienstbetrekking=DB_HB, persoon={"arbeidsbeperking": True}, aanvragen=[{"voorziening": "intermediaire-activiteit", "intermediaireActiviteitGerichtOp": "motorische-functie", **A3}]))
K.append(sc("LL-HB-21 art. 25 — voor een visuele functie: toekenbaar",
   {"uitkomst": T}, dienstbetrekking=DB_HB, persoon={"arbeidsbeperking": True}, aanvragen=[{"voorziening": "intermediaire-activiteit", "intermediaireActiviteitGerichtOp": "visuele-functie", **A3}]))
K.append(sc("LL-HB-22 art. 25 — voor een andere functie: geweigerd",
   {"uitkomst": KG}, dienstbetrekking=DB_HB, persoon={"arbeidsbeperking": True}, aanvragen=[{"voorziening": "intermediaire-activiteit", "intermediaireActiviteitGerichtOp": "andere-functie", **A3}]))
K.append(sc("LL-HB-07 art. 9 lid 3 en 4 — 2 van 3 additionele plekken bezet en 1 eerder vastgestelde gegadigde wacht: de laatste plek is voor die gegadigde, geweigerd",
   {"uitkomst": WM}, aanvragen=[{"taakstellingBeschutWerkGerealiseerd": True, "gerealiseerdeAdditioneleBeschutWerkplekkenDitJaar": 2, "wachtendeGegadigdenMetEerdereVaststelling": 1}]))
K.append(scv("LL-HB-30 art. 14 lid 1, art. 3 lid 2 onder g — verleende loonkostensubsidie, persoon behoort niet meer tot de doelgroep: kan worden beëindigd",
   {"uitkomst": "KAN_WORDEN_BEEINDIGD"}, persoon={"doelgroepLoonkostensubsidie": False}, dienstbetrekking=DB_HB,
   verleendeVoorzieningen=[{"id": "v1", "voorziening": "loonkostensubsidie", "verleendOp": "2024-01-15", "verleendOnder": "huidige-regeling", "oordelen": {"niet-langer-voldoende-bijdrage-snelle-arbeidsinschakeling": False, "niet-meer-geschikt": False}}]))
K.append(scv("LL-HB-31 art. 14 lid 1 — verleende loonkostensubsidie, persoon nog in de doelgroep: voortzetten",
   {"uitkomst": "VOORTZETTEN"}, persoon={"doelgroepLoonkostensubsidie": True}, dienstbetrekking=DB_HB,
   verleendeVoorzieningen=[{"id": "v1", "voorziening": "loonkostensubsidie", "verleendOp": "2024-01-15", "verleendOnder": "huidige-regeling", "oordelen": {"niet-langer-voldoende-bijdrage-snelle-arbeidsinschakeling": False, "niet-meer-geschikt": False}}]))
write(R % "haaksbergen", "Tweede lezing lez-lks — Haaksbergen art. 9, 14, 25", hk, K)

# ---------------- Oirschot -------------
ob = {"gemeente": "Oirschot", "peildatum": "2024-10-01",
      "persoon": dict(P, tijdelijkLagereLoonwaarde=True, doelgroepLoonkostensubsidie=False),
      "werkgever": {"naam": "Metaal Oirschot", "aanspraakAndereTegemoetkomingIndiensttreding": False, "voornemensDienstbetrekkingAanTeGaan": True},
      "dienstbetrekking": {"ingangsdatum": "2024-10-01", "einddatum": "2025-03-31", "urenPerWeek": 32},
      "aanvragen": [aanvr("tijdelijke-loonkostensubsidie", ontvangstdatum="2024-10-01", concurrentieverhoudingenOnverantwoordBeinvloed=False,
                          verdringing=False, ookZonderLoonkostensubsidieAangenomen=False, budgetplafondBereikt=False, personenplafondBereikt=False)]}
O = []
O.append(sc("LL-O-01 art. 3.11 lid 1 en 4; 3.1 lid 3-5 — tijdelijk lagere loonwaarde, dienstverband precies 6 maanden, eerste dag van de verordening: toekenbaar, met afstemming", {"uitkomst": T, "opmerkingen": ["afweging-mogelijkheden-omstandigheden-capaciteiten", "afstemming-sociaal-domein", "goedkoopst-adequaat"]}))
O.append(sc("LL-O-02 art. 3.11 lid 4 — dienstverband een dag korter dan 6 maanden: geweigerd", {"uitkomst": KG}, dienstbetrekking={"einddatum": "2025-03-30"}))
O.append(sc("LL-O-03 art. 3.11 lid 1 — geen tijdelijk lagere loonwaarde: geweigerd", {"uitkomst": KG}, persoon={"tijdelijkLagereLoonwaarde": False}))
O.append(sc("LL-O-04 art. 3.11 lid 1 — komt in aanmerking voor loonkostensubsidie (doelgroep LKS): geen tijdelijke", {"uitkomst": KG}, persoon={"doelgroepLoonkostensubsidie": True}))
O.append(sc("LL-O-05 art. 3.11 lid 5 — onverantwoorde beïnvloeding van de concurrentie: geweigerd", {"uitkomst": WM}, aanvragen=[{"concurrentieverhoudingenOnverantwoordBeinvloed": True}]))
O.append(sc("LL-O-06 art. 3.11 lid 6 — andere regeling: niet verstrekt", {"uitkomst": WM}, werkgever={"aanspraakAndereTegemoetkomingIndiensttreding": True}))
O.append(sc("LL-O-07 art. 3.11 lid 6 — ook zonder subsidie aangenomen: niet verstrekt", {"uitkomst": WM}, aanvragen=[{"ookZonderLoonkostensubsidieAangenomen": True}]))
O.append(sc("LL-O-08 art. 3.11 lid 6 — of hij ook zonder subsidie zou worden aangenomen is niet opgegeven: de grond is niet vastgesteld (L-08), toekenbaar", {"uitkomst": T}, aanvragen=[{"ookZonderLoonkostensubsidieAangenomen": None}]))
O.append(sc("LL-O-10 art. 3.13 lid 1 — doelgroep loonkostensubsidie, werkgever voornemens: verstrekt",
   {"uitkomst": T}, persoon={"doelgroepLoonkostensubsidie": True}, dienstbetrekking=None, aanvragen=[{"voorziening": "loonkostensubsidie"}]))
O.append(sc("LL-O-11 art. 3.12 lid 1, 3.13 lid 1 — vastgesteld dat de persoon niet tot de doelgroep LKS behoort: verplicht geweigerd (O-14)",
   {"uitkomst": WM}, dienstbetrekking=None, aanvragen=[{"voorziening": "loonkostensubsidie"}]))
O.append(sc("LL-O-20 art. 3.10 lid 1 met 10b Pw — beschut werk vastgesteld: toekenbaar",
   {"uitkomst": T}, persoon={"beschutWerkVastgesteld": True}, dienstbetrekking=None,
   aanvragen=[{"voorziening": "beschut-werk", "aanvrager": "persoon", "taakstellingBeschutWerkGerealiseerd": False}]))
O.append(sc("LL-O-21 art. 3.10 — niet vastgesteld: geweigerd",
   {"uitkomst": WM}, persoon={"beschutWerkVastgesteld": False}, dienstbetrekking=None,
   aanvragen=[{"voorziening": "beschut-werk", "aanvrager": "persoon", "taakstellingBeschutWerkGerealiseerd": False}]))
O.append(sc("LL-O-12 art. 3.12 lid 2 — doelgroep LKS nog niet vastgesteld, criteria a, b en c vervuld: verstrekt",
   {"uitkomst": T}, persoon={"doelgroepLoonkostensubsidie": None, "nietInStaatMinimumloonTeVerdienen": True, "mogelijkhedenTotArbeidsparticipatie": True}, dienstbetrekking=None, aanvragen=[{"voorziening": "loonkostensubsidie"}]))
O.append(sc("LL-O-13 art. 3.12 lid 2 onder b — nog niet vastgesteld, wel in staat het minimumloon te verdienen: geweigerd",
   {"uitkomst": WM}, persoon={"doelgroepLoonkostensubsidie": None, "nietInStaatMinimumloonTeVerdienen": False, "mogelijkhedenTotArbeidsparticipatie": True}, dienstbetrekking=None, aanvragen=[{"voorziening": "loonkostensubsidie"}]))
O.append(sc("LL-O-14 art. 3.11 lid 3 — verlenging met precies 6 maanden na de eerste 6: toekenbaar",
   {"uitkomst": T}, peildatum="2025-03-20", dienstbetrekking={"einddatum": "2025-09-30"}, aanvragen=[{"soort": "verlenging", "ontvangstdatum": "2025-03-15",
   "eerderePerioden": [{"vanaf": "2024-10-01", "totEnMet": "2025-03-31"}], "gevraagdePeriode": {"vanaf": "2025-04-01", "totEnMet": "2025-09-30"}}]))
O.append(sc("LL-O-15 art. 3.11 lid 3 — verlenging met 6 maanden en een dag: boven het maximum, geweigerd",
   {"uitkomst": WM}, peildatum="2025-03-20", dienstbetrekking={"einddatum": "2025-10-31"}, aanvragen=[{"soort": "verlenging", "ontvangstdatum": "2025-03-15",
   "eerderePerioden": [{"vanaf": "2024-10-01", "totEnMet": "2025-03-31"}], "gevraagdePeriode": {"vanaf": "2025-04-01", "totEnMet": "2025-10-01"}}]))
write(R % "oirschot", "Tweede lezing lez-lks — Oirschot art. 3.10, 3.11, 3.12-3.13", ob, O)

# ---------------- Waterland -------------
wb = {"gemeente": "Waterland", "peildatum": "2025-03-03",
      "persoon": dict(P),
      "werkgever": {"naam": "Haven Monnickendam", "voornemensDienstbetrekkingAanTeGaan": True},
      "dienstbetrekking": {"ingangsdatum": "2025-03-03", "einddatum": "2025-09-02", "urenPerWeek": 32},
      "aanvragen": [aanvr("tijdelijke-loonkostensubsidie", ontvangstdatum="2025-02-20", concurrentieverhoudingenOnverantwoordBeinvloed=False, verdringing=False,
                          budgetplafondBereikt=False, personenplafondBereikt=False)]}
W = []
W.append(sc("LL-W-01 art. 15 lid 2 en 3; art. 2 lid 2-4, 3 lid 3 — stimuleringssubsidie, doelgroep, geen verdringing: toekenbaar, met maatwerk en afstemming", {"uitkomst": T, "opmerkingen": ["maatwerk", "diversiteit-aanbod", "rekening-houden-met-omstandigheden", "goedkoopst-adequaat"]}))
W.append(sc("LL-W-02 art. 15 lid 3 — verdringing: geweigerd", {"uitkomst": WM}, aanvragen=[{"verdringing": True}]))
W.append(sc("LL-W-03 art. 15 lid 2 — persoon niet uit de doelgroep: geweigerd", {"uitkomst": KG}, persoon={"behoortTotDoelgroep": False}))
W.append(sc("LL-W-10 art. 20a lid 2 — doelgroep loonkostensubsidie: verstrekt", {"uitkomst": T}, persoon={"doelgroepLoonkostensubsidie": True}, dienstbetrekking=None, aanvragen=[{"voorziening": "loonkostensubsidie"}]))
W.append(sc("LL-W-11 art. 20a lid 4 — nog niet in doelgroep: vaststelling open", {"uitkomst": HO}, persoon={"doelgroepLoonkostensubsidie": False}, dienstbetrekking=None, aanvragen=[{"voorziening": "loonkostensubsidie"}]))
W.append(sc("LL-W-20 art. 9 lid 1 — beschut werk vastgesteld: toekenbaar", {"uitkomst": T}, persoon={"beschutWerkVastgesteld": True}, dienstbetrekking=None,
   aanvragen=[{"voorziening": "beschut-werk", "aanvrager": "persoon", "taakstellingBeschutWerkGerealiseerd": False}]))
W.append(sc("LL-W-21 art. 9 lid 1 — niet vastgesteld: geweigerd", {"uitkomst": WM}, persoon={"beschutWerkVastgesteld": False}, dienstbetrekking=None,
   aanvragen=[{"voorziening": "beschut-werk", "aanvrager": "persoon", "taakstellingBeschutWerkGerealiseerd": False}]))
W.append(sc("LL-W-30 art. 20l — intermediaire activiteit voor een motorische functie: toekenbaar", {"uitkomst": T}, persoon={"arbeidsbeperking": True}, dienstbetrekking=DB_W,
   aanvragen=[{"voorziening": "intermediaire-activiteit", "aanvrager": "persoon", "intermediaireActiviteitGerichtOp": "motorische-functie", **A3}]))
W.append(sc("LL-W-31 art. 20l — voor een visuele functie: Waterland noemt alleen motorisch, geweigerd", {"uitkomst": KG}, persoon={"arbeidsbeperking": True}, dienstbetrekking=DB_W,
   aanvragen=[{"voorziening": "intermediaire-activiteit", "aanvrager": "persoon", "intermediaireActiviteitGerichtOp": "visuele-functie", **A3}]))
write(R % "waterland", "Tweede lezing lez-lks — Waterland art. 9, 15, 20a, 20l", wb, W)
print(len(H), len(K), len(O), len(W))
