import json, copy
BR = "heemstede-beleidsregels-2024"
V = "heemstede-verordening-2023"
S = []
def sc(naam, verwacht, **kw):
    assert len(naam) <= 200, (len(naam), naam)
    d = {"naam": naam}
    d.update(kw)
    d["verwacht"] = verwacht
    S.append(d)
def c(x): return copy.deepcopy(x)

# ---------- beschut werk (BR art. 7, V art. 9) ----------
P_BW = {"geboortedatum": "1996-02-10", "behoortTotDoelgroep": True, "uitkering": "algemene-bijstand",
        "arbeidsbeperking": True, "beschutWerkVastgesteld": True, "uwvPositiefAdviesBeschutWerk": True}
A_BW = {"id": "a1", "voorziening": "beschut-werk", "ontvangstdatum": "2024-03-25", "aanvrager": "persoon",
        "oordelen": {"andere-voorzieningen-onvoldoende-voor-participatie": True}}
def bw(naam, verwacht, persoon=None, aanvraag=None, **kw):
    p = c(P_BW); p.update(persoon or {})
    a = c(A_BW)
    for k, v in (aanvraag or {}).items():
        if k == "oordelen": a["oordelen"].update(v)
        else: a[k] = v
    a = {k: v for k, v in a.items() if v is not None}
    a["oordelen"] = {k: v for k, v in a["oordelen"].items() if v is not None}
    sc(naam, verwacht, peildatum=kw.pop("peildatum", "2024-04-08"), persoon=p, aanvragen=[a], **kw)

bw("LB-01 — Beschut werk: vastgesteld, positief UWV-advies, andere voorzieningen onvoldoende: de plicht van V art. 9 lid 1; het oordeel van V art. 3 lid 2 onder d wordt niet gevraagd (L-20)",
   {"a1": {"uitkomst": "TOEKENBAAR", "weigeringsgronden": [], "openOordelen": [], "ontbrekendeGegevens": [],
           "grondslagen": [{"code": "beschut-werk", "artikel": "9", "lid": "1", "verplicht": True}],
           "voorwaarden": {"beschut-werk.uwv-advies": "VERVULD", "beschut-werk.vastgesteld": "VERVULD"},
           "opmerkingen": [{"code": "beschut-werk.uitvoering", "regeling": BR, "artikel": "7", "lid": "2"}]}})
bw("LB-02 — Beschut werk: het oordeel dat andere voorzieningen wél voldoende bijdragen (BR art. 7 lid 3 onder a, onwaar) wijkt voor de wettelijke plicht: toekenbaar, niet toegepast (L-20)",
   {"a1": {"uitkomst": "TOEKENBAAR", "weigeringsgronden": [],
           "nietToegepast": [{"code": "beschut-werk.andere-voorzieningen-voldoende", "regeling": BR, "artikel": "7", "lid": "3", "onderdeel": "a", "verplicht": True}]}},
   aanvraag={"oordelen": {"andere-voorzieningen-onvoldoende-voor-participatie": False}})
bw("LB-03 — Beschut werk: zonder oordeel onder a geen open oordeel, want het wordt tegen de plicht niet gevraagd (BR art. 7 lid 3 onder a, L-20)",
   {"a1": {"uitkomst": "TOEKENBAAR", "weigeringsgronden": [], "openOordelen": [], "nietToegepast": []}},
   aanvraag={"oordelen": {"andere-voorzieningen-onvoldoende-voor-participatie": None}})
bw("LB-04 — Beschut werk: geen positief UWV-advies: de vaststelling van V art. 9 lid 1 ontbreekt, één dwingende grond die BR art. 7 lid 3 onder b noemt via V art. 9 lid 1 (L-05, L-20)",
   {"a1": {"uitkomst": "MOET_WORDEN_GEWEIGERD",
           "weigeringsgronden": [{"code": "beschut-werk.buiten-artikel-10b", "regeling": BR, "artikel": "7", "lid": "3", "onderdeel": "b", "verplicht": True, "via": {"artikel": "9", "lid": "1"}}],
           "voorwaarden": {"beschut-werk.uwv-advies": "NIET_VERVULD"}}},
   persoon={"uwvPositiefAdviesBeschutWerk": False})
bw("LB-05 — Beschut werk: niet gegeven of het UWV positief adviseerde: onvolledig op BR art. 7 lid 3 onder b",
   {"a1": {"uitkomst": "ONVOLLEDIG", "weigeringsgronden": [],
           "ontbrekendeGegevens": [{"code": "beschut-werk.uwv-advies", "regeling": BR, "artikel": "7", "lid": "3", "onderdeel": "b"}]}},
   persoon={"uwvPositiefAdviesBeschutWerk": None})
bw("LB-06 — Beschut werk: geen UWV-advies én oordeel 'andere voorzieningen voldoende': één grond (onder b); onder a maakt er geen tweede van",
   {"a1": {"uitkomst": "MOET_WORDEN_GEWEIGERD",
           "weigeringsgronden": [{"code": "beschut-werk.buiten-artikel-10b", "regeling": BR, "artikel": "7", "lid": "3", "onderdeel": "b", "verplicht": True}]}},
   persoon={"uwvPositiefAdviesBeschutWerk": False}, aanvraag={"oordelen": {"andere-voorzieningen-onvoldoende-voor-participatie": False}})
bw("LB-07 — Beschut werk: positief UWV-advies maar het college heeft niet vastgesteld dat alleen beschut werk mogelijk is: dwingend (V art. 9 lid 1, art. 10b Pw, L-05)",
   {"a1": {"uitkomst": "MOET_WORDEN_GEWEIGERD", "voorwaarden": {"beschut-werk.vastgesteld": "NIET_VERVULD"}}},
   persoon={"beschutWerkVastgesteld": False})
bw("LB-08 — Beschut werk: de persoon behoort niet tot de doelgroep: de voorwaarde van de plicht zelf, dwingend (V art. 9 lid 1, L-05, L-20)",
   {"a1": {"uitkomst": "MOET_WORDEN_GEWEIGERD"}},
   persoon={"behoortTotDoelgroep": False})
bw("LB-09 — Beschut werk: een bereikt budgetplafond (BR art. 2) weigert de wettelijke plicht niet: toekenbaar (L-20)",
   {"a1": {"uitkomst": "TOEKENBAAR", "weigeringsgronden": []}},
   aanvraag={"budgetplafondBereikt": True})
bw("LB-10 — Beschut werk op 1 januari 2024, de eerste dag van de beleidsregels: zonder positief UWV-advies dwingend geweigerd via BR art. 7 lid 3 onder b",
   {"a1": {"uitkomst": "MOET_WORDEN_GEWEIGERD",
           "weigeringsgronden": [{"code": "beschut-werk.buiten-artikel-10b", "regeling": BR, "artikel": "7", "lid": "3", "onderdeel": "b", "verplicht": True}]}},
   peildatum="2024-01-01", persoon={"uwvPositiefAdviesBeschutWerk": False}, aanvraag={"ontvangstdatum": "2024-01-01"})
sc("LB-11 — Verleend beschut werk (februari 2024) waarbij het oordeel onder a nu 'voldoende' luidt: een toets bij toekenning, geen grond om te beëindigen (L-19)",
   {"v1": {"uitkomst": "VOORTZETTEN", "beeindigingsgronden": []}},
   peildatum="2024-09-02", persoon=c(P_BW),
   verleendeVoorzieningen=[{"id": "v1", "voorziening": "beschut-werk", "verleendOp": "2024-02-01",
        "oordelen": {"andere-voorzieningen-onvoldoende-voor-participatie": False, "niet-langer-voldoende-bijdrage-beoogd-doel": False, "niet-meer-geschikt": False}}])
sc("LB-12 — Verleend beschut werk: het UWV-onderzoek met positief advies ligt bij de toekenning achter ons; 'geen advies' nu gegeven beëindigt niet (BR art. 7 lid 3 onder b, L-19)",
   {"v1": {"uitkomst": "VOORTZETTEN", "beeindigingsgronden": []}},
   peildatum="2024-09-02", persoon=dict(c(P_BW), uwvPositiefAdviesBeschutWerk=False),
   verleendeVoorzieningen=[{"id": "v1", "voorziening": "beschut-werk", "verleendOp": "2024-02-01",
        "oordelen": {"niet-langer-voldoende-bijdrage-beoogd-doel": False, "niet-meer-geschikt": False}}])

# ---------- leer-werktraject (BR art. 8, V art. 10) ----------
P_LW = {"geboortedatum": "2000-01-15", "behoortTotDoelgroep": True, "uitkering": "algemene-bijstand", "heeftStartkwalificatie": False}
A_LW = {"id": "a1", "voorziening": "leer-werktraject", "ontvangstdatum": "2024-09-30", "aanvrager": "persoon",
        "gekoppeldAanBeroepsbegeleidendeLeerweg": True, "bestaandeOndersteuningOnvoldoende": True, "ondersteuningNodigVoorLeerwerktraject": True,
        "oordelen": {"onvoldoende-bijdrage-arbeidsinschakeling": False, "leer-werktraject-nodig": True}}
def lw(naam, verwacht, persoon=None, aanvraag=None, **kw):
    p = c(P_LW); p.update(persoon or {}); p = {k: v for k, v in p.items() if v is not None}
    a = c(A_LW)
    for k, v in (aanvraag or {}).items():
        if k == "oordelen": a["oordelen"].update(v)
        else: a[k] = v
    a = {k: v for k, v in a.items() if v is not None}
    a["oordelen"] = {k: v for k, v in a["oordelen"].items() if v is not None}
    sc(naam, verwacht, peildatum=kw.pop("peildatum", "2024-10-07"), persoon=p, aanvragen=[a], **kw)

lw("LB-20 — Leer-werktraject, 24 jaar zonder startkwalificatie, bbl, bestaande ondersteuning onvoldoende: toekenbaar; BR art. 8 lid 1 is een doel, lid 4 de duur (L-28)",
   {"a1": {"uitkomst": "TOEKENBAAR", "weigeringsgronden": [], "openOordelen": [], "ontbrekendeGegevens": [],
           "grondslagen": [{"code": "leer-werktraject", "artikel": "10"}],
           "voorwaarden": {"leer-werktraject.bbl": "VERVULD", "leer-werktraject.bestaande-ondersteuning-onvoldoende": "VERVULD", "leer-werktraject.leeftijd": "VERVULD"},
           "opmerkingen": [{"code": "leer-werktraject.doel", "regeling": BR, "artikel": "8", "lid": "1"}, {"code": "leer-werktraject.duur", "regeling": BR, "artikel": "8", "lid": "4"}]}})
lw("LB-21 — Leer-werktraject: niet gegeven of het aan een bbl is gekoppeld: onvolledig (BR art. 8 lid 2)",
   {"a1": {"uitkomst": "ONVOLLEDIG", "weigeringsgronden": [], "ontbrekendeGegevens": [{"code": "leer-werktraject.bbl", "regeling": BR, "artikel": "8", "lid": "2"}]}},
   aanvraag={"gekoppeldAanBeroepsbegeleidendeLeerweg": None})
lw("LB-22 — Leer-werktraject: niet gegeven of de ondersteuning van school, leerplein of werkgever onvoldoende is: onvolledig (BR art. 8 lid 3)",
   {"a1": {"uitkomst": "ONVOLLEDIG", "weigeringsgronden": [], "ontbrekendeGegevens": [{"code": "leer-werktraject.bestaande-ondersteuning-onvoldoende", "regeling": BR, "artikel": "8", "lid": "3"}]}},
   aanvraag={"bestaandeOndersteuningOnvoldoende": None})
lw("LB-23 — Leer-werktraject zonder bbl en met voldoende bestaande ondersteuning: twee gronden, lid 2 via V art. 3 lid 2 onder e (kan) en lid 3 'alleen' (moet)",
   {"a1": {"uitkomst": "MOET_WORDEN_GEWEIGERD",
           "weigeringsgronden": [{"code": "voorwaarde-niet-vervuld", "regeling": BR, "artikel": "8", "lid": "2", "verplicht": False, "via": {"artikel": "3", "lid": "2", "onderdeel": "e"}},
                                 {"code": "leer-werktraject.bestaande-ondersteuning-voldoende", "regeling": BR, "artikel": "8", "lid": "3", "verplicht": True}]}},
   aanvraag={"gekoppeldAanBeroepsbegeleidendeLeerweg": False, "bestaandeOndersteuningOnvoldoende": False})
lw("LB-24 — Leer-werktraject: het college oordeelt dat geen leer-werktraject nodig is: de grens van art. 10f Pw, dwingend (V art. 10, L-05)",
   {"a1": {"uitkomst": "MOET_WORDEN_GEWEIGERD", "weigeringsgronden": [{"code": "leer-werktraject.buiten-artikel-10f", "artikel": "10", "verplicht": True}]}},
   aanvraag={"oordelen": {"leer-werktraject-nodig": False}})
lw("LB-25 — Leer-werktraject: zonder het oordeel of een leer-werktraject nodig is hangt de beslissing af van dat oordeel (V art. 10, L-17)",
   {"a1": {"uitkomst": "HANGT_AF_VAN_OORDEEL", "weigeringsgronden": [], "openOordelen": ["leer-werktraject-nodig"]}},
   aanvraag={"oordelen": {"leer-werktraject-nodig": None}})
lw("LB-26 — Leer-werktraject: de ondersteuning is niet nodig voor het volgen van het traject: buiten art. 10f Pw, dwingend (V art. 10 'voor zover', L-05)",
   {"a1": {"uitkomst": "MOET_WORDEN_GEWEIGERD", "weigeringsgronden": [{"code": "leer-werktraject.buiten-artikel-10f", "artikel": "10", "verplicht": True}]}},
   aanvraag={"ondersteuningNodigVoorLeerwerktraject": False})
lw("LB-27 — Leer-werktraject op de 18e verjaardag, zonder startkwalificatie: valt onder V art. 10 onder b ('van achttien tot 27 jaar', L-24)",
   {"a1": {"uitkomst": "TOEKENBAAR", "weigeringsgronden": [], "voorwaarden": {"leer-werktraject.leeftijd": "VERVULD"}}},
   persoon={"geboortedatum": "2006-10-07", "leerplichtOfKwalificatieplichtGeeindigd": True})
lw("LB-28 — Leer-werktraject, 17 jaar met geëindigde kwalificatieplicht: niet onder a (plicht geëindigd), niet onder b (nog geen 18): dwingend (V art. 10)",
   {"a1": {"uitkomst": "MOET_WORDEN_GEWEIGERD", "weigeringsgronden": [{"code": "leer-werktraject.buiten-artikel-10f", "artikel": "10", "verplicht": True}]}},
   persoon={"geboortedatum": "2007-01-01", "leerplichtOfKwalificatieplichtGeeindigd": True})
lw("LB-29 — Leer-werktraject voor een 24-jarige die al een startkwalificatie heeft: buiten V art. 10 onder b, dwingend (BR art. 8 lid 1 'alsnog')",
   {"a1": {"uitkomst": "MOET_WORDEN_GEWEIGERD", "weigeringsgronden": [{"code": "leer-werktraject.buiten-artikel-10f", "artikel": "10", "verplicht": True}]}},
   persoon={"heeftStartkwalificatie": True})
lw("LB-30 — Leer-werktraject, 16 jaar, niet gegeven of de leerplicht of kwalificatieplicht al is geëindigd: onvolledig (V art. 10 onder a)",
   {"a1": {"uitkomst": "ONVOLLEDIG", "weigeringsgronden": []}},
   persoon={"geboortedatum": "2008-05-01", "leerplichtOfKwalificatieplichtGeeindigd": None})
sc("LB-31 — Verleend leer-werktraject (maart 2024) dat niet meer aan een bbl is gekoppeld: een staat die moet blijven, het college kan beëindigen (BR art. 8 lid 2; V art. 3 lid 3 onder h)",
   {"v1": {"uitkomst": "KAN_WORDEN_BEEINDIGD"}},
   peildatum="2024-10-07", persoon=c(P_LW),
   verleendeVoorzieningen=[{"id": "v1", "voorziening": "leer-werktraject", "verleendOp": "2024-03-01", "gekoppeldAanBeroepsbegeleidendeLeerweg": False,
        "ondersteuningNodigVoorLeerwerktraject": True, "bestaandeOndersteuningOnvoldoende": True,
        "oordelen": {"niet-langer-voldoende-bijdrage-beoogd-doel": False, "niet-meer-geschikt": False}}])

# ---------- jobcoaching / interne werkbegeleiding (BR art. 12) ----------
P_JC = {"geboortedatum": "1995-06-01", "behoortTotDoelgroep": True, "arbeidsbeperking": True, "uitkering": "algemene-bijstand"}
W_JC = {"naam": "Bakkerij De Zeeuw"}
D_JC = {"ingangsdatum": "2024-03-01", "einddatum": "2025-02-28", "urenPerWeek": 24}
A_JC = {"id": "a1", "voorziening": "jobcoaching", "ontvangstdatum": "2024-03-29", "aanvrager": "werkgever", "kanZonderOndersteuningNietDeelnemen": True,
        "arboTaakWerkgever": False, "standaarduitrustingOfAlgemeenGebruikelijk": False, "jobcoachErkendDoorUwv": True, "jobcoachHboWerkEnDenkniveau": True,
        "jobcoachOpleidingMetCertificaat": True, "begeleidingsniveau": "licht", "soort": "eerste", "jobcoachplanBijgevoegd": True,
        "gevraagdePeriode": {"vanaf": "2024-03-01", "totEnMet": "2024-08-31"},
        "oordelen": {"onvoldoende-bijdrage-arbeidsinschakeling": False, "werkplekaanpassing-van-werkgever-te-verlangen": False, "kosten-proportioneel": True}}
A_IWB_EXTRA = {"voorziening": "interne-werkbegeleiding", "jobcoachErkendDoorUwv": None, "jobcoachHboWerkEnDenkniveau": None, "jobcoachOpleidingMetCertificaat": None,
        "werkbegeleiderTraining": True, "werkbegeleiderErvaringWerkinstructiesMaanden": 6, "werkbegeleiderErvaringWerkzaamheden": True,
        "werkbegeleiderVrijstellingUren": True, "andereVormPersoonlijkeOndersteuningInZelfdePeriode": False, "aangetoondeMeerkosten": 2000,
        "standaarduitrustingOfAlgemeenGebruikelijk": None}
def jc(naam, verwacht, persoon=None, aanvraag=None, dienst=None, iwb=False, **kw):
    p = c(P_JC); p.update(persoon or {})
    if iwb: p["begeleidingAanzienlijkBovenGebruikelijk"] = True
    d = c(D_JC); d.update(dienst or {}); d = {k: v for k, v in d.items() if v is not None}
    a = c(A_JC)
    if iwb: a.update(c(A_IWB_EXTRA))
    for k, v in (aanvraag or {}).items():
        if k == "oordelen": a["oordelen"].update(v)
        else: a[k] = v
    a = {k: v for k, v in a.items() if v is not None}
    sc(naam, verwacht, peildatum=kw.pop("peildatum", "2024-04-02"), persoon=p, werkgever=c(W_JC), dienstbetrekking=d, aanvragen=[a], **kw)

jc("LB-40 — Jobcoaching aangevraagd door de werknemer zelf, op de 28e dag na de start: een toegestane aanvrager, op tijd (BR art. 12 lid 1 aanhef en onder c; V art. 12D lid 1)",
   {"a1": {"uitkomst": "TOEKENBAAR", "weigeringsgronden": [], "ontbrekendeGegevens": [],
           "voorwaarden": {"jobcoachplan": "VERVULD", "jobcoaching.aanvraagtermijn": "VERVULD", "persoonlijke-ondersteuning.aanvraagtermijn": "VERVULD"},
           "termijnen": {"jobcoaching.aanvraagtermijn": {"duur": "P4W", "totEnMet": "2024-03-29"}}}},
   aanvraag={"aanvrager": "persoon"})
jc("LB-41 — Jobcoaching: niet gegeven of een jobcoachplan volgens gemeentelijk format is bijgevoegd: onvolledig (BR art. 12 lid 1 onder a)",
   {"a1": {"uitkomst": "ONVOLLEDIG", "weigeringsgronden": [], "ontbrekendeGegevens": [{"code": "jobcoachplan", "regeling": BR, "artikel": "12", "lid": "1", "onderdeel": "a"}]}},
   aanvraag={"jobcoachplanBijgevoegd": None})
jc("LB-42 — Eerste aanvraag op dag 29, noodzaak niet eerder bekend: de uitzondering van V art. 12G lid 1 geldt, de termijn van BR art. 12 lid 1 onder c kent haar niet: één grond",
   {"a1": {"uitkomst": "KAN_WORDEN_GEWEIGERD",
           "weigeringsgronden": [{"code": "voorwaarde-niet-vervuld", "regeling": BR, "artikel": "12", "lid": "1", "onderdeel": "c", "verplicht": False, "via": {"artikel": "3", "lid": "2", "onderdeel": "e"}}],
           "voorwaarden": {"jobcoaching.aanvraagtermijn": "NIET_VERVULD", "persoonlijke-ondersteuning.aanvraagtermijn": "VERVULD"}}},
   aanvraag={"ontvangstdatum": "2024-03-30", "noodzaakNietEerderBekend": True})
VERL = {"soort": "verlenging", "eerderePerioden": [{"vanaf": "2024-03-01", "totEnMet": "2024-08-31"}], "gevraagdePeriode": {"vanaf": "2024-09-01", "totEnMet": "2025-02-28"}}
jc("LB-43 — Verlenging van de jobcoaching ontvangen precies 4 weken na haar start (29 september): op tijd (BR art. 12 lid 1 onder c, '4 weken na verlenging', L-24)",
   {"a1": {"uitkomst": "TOEKENBAAR", "weigeringsgronden": [], "voorwaarden": {"jobcoaching.aanvraagtermijn": "VERVULD"},
           "termijnen": {"jobcoaching.aanvraagtermijn": {"duur": "P4W", "totEnMet": "2024-09-29"}}}},
   peildatum="2024-09-30", aanvraag=dict(VERL, ontvangstdatum="2024-09-29"))
jc("LB-44 — Verlenging van de jobcoaching ontvangen 4 weken en een dag na haar start: te laat, één grond (BR art. 12 lid 1 onder c)",
   {"a1": {"uitkomst": "KAN_WORDEN_GEWEIGERD",
           "weigeringsgronden": [{"code": "voorwaarde-niet-vervuld", "regeling": BR, "artikel": "12", "lid": "1", "onderdeel": "c", "verplicht": False}],
           "voorwaarden": {"jobcoaching.aanvraagtermijn": "NIET_VERVULD"}}},
   peildatum="2024-10-01", aanvraag=dict(VERL, ontvangstdatum="2024-09-30"))
jc("LB-45 — Verlenging aangevraagd vóór de start van de verlengde periode: binnen de termijn (BR art. 12 lid 1 onder c; BR art. 13 lid 4 voorziet in aanvragen vóór afloop)",
   {"a1": {"uitkomst": "TOEKENBAAR", "weigeringsgronden": [], "voorwaarden": {"jobcoaching.aanvraagtermijn": "VERVULD"}}},
   peildatum="2024-08-20", aanvraag=dict(VERL, ontvangstdatum="2024-08-15"))
jc("LB-46 — Jobcoaching van een strategische re-integratiepartner, ambtshalve, zonder jobcoachplan of periode: geen individuele aanvraag nodig (BR art. 12 lid 2)",
   {"a1": {"uitkomst": "TOEKENBAAR", "weigeringsgronden": [], "ontbrekendeGegevens": [],
           "opmerkingen": [{"code": "jobcoaching.strategische-partner", "regeling": BR, "artikel": "12", "lid": "2"}]}},
   aanvraag={"ambtshalve": True, "aanvrager": None, "ontvangstdatum": None, "jobcoachVanStrategischePartner": True, "jobcoachplanBijgevoegd": None, "gevraagdePeriode": None, "begeleidingsniveau": None})
jc("LB-47 — Strategische partner, toch een aanvraag op dag 29: de termijn van BR art. 12 lid 1 onder c geldt niet (lid 2), die van V art. 12G lid 1 wel: één grond",
   {"a1": {"uitkomst": "KAN_WORDEN_GEWEIGERD",
           "weigeringsgronden": [{"code": "voorwaarde-niet-vervuld", "regeling": V, "artikel": "12G", "lid": "1"}],
           "afwezig": ["jobcoaching.aanvraagtermijn"]}},
   aanvraag={"ontvangstdatum": "2024-03-30", "noodzaakNietEerderBekend": False, "jobcoachVanStrategischePartner": True, "jobcoachplanBijgevoegd": None})
jc("LB-48 — Jobcoaching 'licht' die op 31 december 2024 begint: jaar 1 begint in 2024, 74,88 uur × € 77,59 = € 5.809,94 (BR art. 12 lid 4; V art. 12H lid 4 onder a)",
   {"a1": {"uitkomst": "TOEKENBAAR", "berekeningen": {"jobcoaching.uren.jaar1": 74.88, "jobcoaching.bedrag.jaar1": 5809.94, "jobcoaching.bedrag.jaar2": None}}},
   peildatum="2025-01-10", dienst={"ingangsdatum": "2024-12-31", "einddatum": "2025-12-30"},
   aanvraag={"ontvangstdatum": "2025-01-10", "gevraagdePeriode": {"vanaf": "2024-12-31", "totEnMet": "2025-06-29"}})
jc("LB-49 — Jobcoaching die op 1 januari 2025 begint: het geïndexeerde tarief van 2025 staat niet in de bronnen, het bedrag van jaar 1 is niet bekend (BR art. 12 lid 4, L-33)",
   {"a1": {"uitkomst": "TOEKENBAAR", "berekeningen": {"jobcoaching.uren.jaar1": 74.88, "jobcoaching.bedrag.jaar1": None}}},
   peildatum="2025-01-10", dienst={"ingangsdatum": "2025-01-01", "einddatum": "2025-12-31"},
   aanvraag={"ontvangstdatum": "2025-01-10", "gevraagdePeriode": {"vanaf": "2025-01-01", "totEnMet": "2025-06-30"}})
jc("LB-50 — Jobcoaching 'licht' bij 20 uur: 6% × 20 × 52 = 62,4 uur, × € 77,59 = € 4.841,62 (BR art. 12 lid 4; V art. 12H lid 4 onder a)",
   {"a1": {"uitkomst": "TOEKENBAAR", "berekeningen": {"jobcoaching.uren.jaar1": 62.4, "jobcoaching.bedrag.jaar1": 4841.62}}},
   dienst={"urenPerWeek": 20})
jc("LB-51 — Jobcoaching 'licht' bij precies 12 uur (het minimum van V art. 12C lid 2 onder c): 37,44 uur, € 2.904,97",
   {"a1": {"uitkomst": "TOEKENBAAR", "weigeringsgronden": [], "voorwaarden": {"werkvoorziening.dienstbetrekking": "VERVULD"},
           "berekeningen": {"jobcoaching.uren.jaar1": 37.44, "jobcoaching.bedrag.jaar1": 2904.97}}},
   dienst={"urenPerWeek": 12})
jc("LB-52 — Jobcoaching bij 11,5 uur: onder de 12 uur van V art. 12C lid 2 onder c, het college kan weigeren",
   {"a1": {"uitkomst": "KAN_WORDEN_GEWEIGERD", "weigeringsgronden": ["voorwaarde-niet-vervuld"], "voorwaarden": {"werkvoorziening.dienstbetrekking": "NIET_VERVULD"}}},
   dienst={"urenPerWeek": 11.5})
jc("LB-53 — Jobcoaching 'intensief': V art. 12H lid 4 kent alleen 'licht' en 'midden', dus geen uren en geen bedrag (BR art. 12 lid 4)",
   {"a1": {"berekeningen": {"jobcoaching.uren.jaar1": None, "jobcoaching.bedrag.jaar1": None}}},
   aanvraag={"begeleidingsniveau": "intensief"})
jc("LB-60 — Interne werkbegeleiding bij 24 uur: maximum jaar 1 € 3.187,24; aangetoonde meerkosten € 2.000 eronder (BR art. 12 lid 5; V art. 12K lid 1 en 3)",
   {"a1": {"uitkomst": "TOEKENBAAR", "weigeringsgronden": [], "openOordelen": [], "ontbrekendeGegevens": [],
           "berekeningen": {"interne-werkbegeleiding.maximum.jaar1": 3187.24, "interne-werkbegeleiding.subsidie": 2000}}},
   iwb=True)
jc("LB-61 — Interne werkbegeleiding bij 23,99 uur: net onder 24 uur, naar rato € 3.185,91 (V art. 12K lid 3 onder b, L-25)",
   {"a1": {"berekeningen": {"interne-werkbegeleiding.maximum.jaar1": 3185.91}}},
   iwb=True, dienst={"urenPerWeek": 23.99})
jc("LB-62 — Interne werkbegeleiding bij 40 uur: nooit meer dan de tabel, € 3.187,24 (BR art. 12 lid 5; V art. 12K lid 3 onder b, L-25)",
   {"a1": {"berekeningen": {"interne-werkbegeleiding.maximum.jaar1": 3187.24}}},
   iwb=True, dienst={"urenPerWeek": 40})
jc("LB-63 — Interne werkbegeleiding met gevraagd niveau 'midden': V art. 12K lid 3 onder a hanteert 'licht', het maximum blijft € 3.187,24",
   {"a1": {"uitkomst": "TOEKENBAAR", "berekeningen": {"interne-werkbegeleiding.maximum.jaar1": 3187.24}}},
   iwb=True, aanvraag={"begeleidingsniveau": "midden"})
IWB_J2 = {"soort": "vervolg", "ontvangstdatum": "2024-03-20", "eerderePerioden": [{"vanaf": "2023-03-01", "totEnMet": "2024-02-29"}],
          "gevraagdePeriode": {"vanaf": "2024-03-01", "totEnMet": "2024-08-31"}}
jc("LB-64 — Interne werkbegeleiding, jaar 2 vanaf 1 maart 2024: maximum € 1.652,64 begrenst meerkosten € 2.000; jaar 1 (2023) niet bekend (BR art. 12 lid 5, L-33)",
   {"a1": {"uitkomst": "TOEKENBAAR", "berekeningen": {"interne-werkbegeleiding.maximum.jaar1": None, "interne-werkbegeleiding.maximum.jaar2": 1652.64, "interne-werkbegeleiding.subsidie": 1652.64}}},
   iwb=True, peildatum="2024-03-25", dienst={"ingangsdatum": "2023-03-01", "einddatum": None}, aanvraag=IWB_J2)
jc("LB-65 — Interne werkbegeleiding, jaar 2 in 2024 bij 12 uur: € 1.652,64 × 12/24 = € 826,32, en dat begrenst de meerkosten (L-25)",
   {"a1": {"berekeningen": {"interne-werkbegeleiding.maximum.jaar2": 826.32, "interne-werkbegeleiding.subsidie": 826.32}}},
   iwb=True, peildatum="2024-03-25", dienst={"ingangsdatum": "2023-03-01", "einddatum": None, "urenPerWeek": 12}, aanvraag=IWB_J2)
jc("LB-66 — Interne werkbegeleiding, eerste aanvraag op dag 29, noodzaak niet eerder bekend: ook voor de werkbegeleider geldt de termijn van BR art. 12 lid 1 onder c: één grond",
   {"a1": {"uitkomst": "KAN_WORDEN_GEWEIGERD",
           "weigeringsgronden": [{"code": "voorwaarde-niet-vervuld", "regeling": BR, "artikel": "12", "lid": "1", "onderdeel": "c"}]}},
   iwb=True, aanvraag={"ontvangstdatum": "2024-03-30", "noodzaakNietEerderBekend": True})
jc("LB-67 — Interne werkbegeleiding zonder jobcoachplan: lid 1 gaat over 'een aanvraag voor een jobcoach of interne werkbegeleider', kan weigeren (BR art. 12 lid 1 onder a)",
   {"a1": {"uitkomst": "KAN_WORDEN_GEWEIGERD",
           "weigeringsgronden": [{"code": "voorwaarde-niet-vervuld", "regeling": BR, "artikel": "12", "lid": "1", "onderdeel": "a", "verplicht": False}],
           "voorwaarden": {"jobcoachplan": "NIET_VERVULD"}}},
   iwb=True, aanvraag={"jobcoachplanBijgevoegd": False})
jc("LB-68 — Subsidie voor het organiseren van jobcoaching zonder jobcoachplan: ook een aanvraag voor een jobcoach, kan weigeren (BR art. 12 lid 1 onder a)",
   {"a1": {"uitkomst": "KAN_WORDEN_GEWEIGERD",
           "weigeringsgronden": [{"code": "voorwaarde-niet-vervuld", "regeling": BR, "artikel": "12", "lid": "1", "onderdeel": "a", "verplicht": False}]}},
   aanvraag={"voorziening": "jobcoaching-organiseren", "jobcoachplanBijgevoegd": False, "jobcoachingGeborgdInCoachingsplan": True,
             "omvangEnKwaliteitJobcoachingPassend": True, "continuiteitJobcoachingGeborgd": True, "persoonStemtSchriftelijkIn": True})

# ---------- overige voorzieningen (BR art. 14) ----------
P_OV = {"geboortedatum": "1988-01-30", "behoortTotDoelgroep": True, "arbeidsbeperking": True, "uitkering": "algemene-bijstand"}
D_OV = {"ingangsdatum": "2024-05-01", "einddatum": "2024-10-31", "urenPerWeek": 16}
A_OV = {"id": "a1", "voorziening": "werkplekaanpassing", "ontvangstdatum": "2024-04-22", "aanvrager": "werkgever", "kanZonderOndersteuningNietDeelnemen": True,
        "arboTaakWerkgever": False, "standaarduitrustingOfAlgemeenGebruikelijk": False, "nodigOmTeKunnenWerken": True, "voorliggendeVoorziening": False,
        "verwachteDuurFunctioneleBeperkingMaanden": 12, "noodzaakEnMeerwaardeInWerksfeerAantoonbaar": True,
        "oordelen": {"onvoldoende-bijdrage-arbeidsinschakeling": False, "werkplekaanpassing-van-werkgever-te-verlangen": False, "kosten-proportioneel": True}}
def ov(naam, verwacht, persoon=None, aanvraag=None, dienst=None, **kw):
    p = c(P_OV); p.update(persoon or {})
    d = c(D_OV); d.update(dienst or {}); d = {k: v for k, v in d.items() if v is not None}
    a = c(A_OV)
    for k, v in (aanvraag or {}).items():
        if k == "oordelen": a["oordelen"].update(v)
        else: a[k] = v
    a = {k: v for k, v in a.items() if v is not None}
    sc(naam, verwacht, peildatum=kw.pop("peildatum", "2024-05-13"), persoon=p, werkgever={"naam": "Drukkerij Spaarne"}, dienstbetrekking=d, aanvragen=[a], **kw)

ov("LB-70 — Werkplekaanpassing aangeschaft de dag vóór ontvangst van de aanvraag: in beginsel geen vergoeding, het college kan weigeren (BR art. 14 lid 1 onder c, L-18)",
   {"a1": {"uitkomst": "KAN_WORDEN_GEWEIGERD", "weigeringsgronden": [{"code": "overige.reeds-aangeschaft", "regeling": BR, "artikel": "14", "lid": "1", "onderdeel": "c", "verplicht": False}]}},
   aanvraag={"aanschafdatum": "2024-04-21"})
ov("LB-71 — Werkplekaanpassing aangeschaft de dag ná ontvangst van de aanvraag: niet 'reeds aangeschaft' toen de aanvraag binnenkwam, toekenbaar (BR art. 14 lid 1 onder c)",
   {"a1": {"uitkomst": "TOEKENBAAR", "weigeringsgronden": [], "afwezig": ["overige.reeds-aangeschaft"],
           "opmerkingen": [{"code": "overige.goedkoopst", "regeling": BR, "artikel": "14", "lid": "2"}]}},
   aanvraag={"aanschafdatum": "2024-04-23"})
ov("LB-72 — Werkplekaanpassing voor een beperking van naar verwachting 13 maanden: ten minste een jaar (BR art. 14 lid 1 onder b)",
   {"a1": {"uitkomst": "TOEKENBAAR", "weigeringsgronden": [], "voorwaarden": {"overige.duur-beperking": "VERVULD"}}},
   aanvraag={"verwachteDuurFunctioneleBeperkingMaanden": 13})
ov("LB-73 — Contract van 31 augustus 2024 tot en met 28 februari 2025: zes maanden bij een maandeinde (L-24), de contractduur is voldaan (BR art. 14 lid 1 onder d)",
   {"a1": {"uitkomst": "TOEKENBAAR", "weigeringsgronden": [], "voorwaarden": {"overige.contractduur": "VERVULD", "werkvoorziening.dienstbetrekking": "VERVULD"}}},
   peildatum="2024-09-09", dienst={"ingangsdatum": "2024-08-31", "einddatum": "2025-02-28"}, aanvraag={"ontvangstdatum": "2024-09-02"})
ov("LB-74 — Contract van 31 augustus 2024 tot en met 27 februari 2025: korter dan zes maanden, twee voorwaarden niet vervuld (BR art. 14 lid 1 onder d; V art. 12C lid 2 onder c)",
   {"a1": {"uitkomst": "KAN_WORDEN_GEWEIGERD", "weigeringsgronden": ["voorwaarde-niet-vervuld", "voorwaarde-niet-vervuld"],
           "voorwaarden": {"overige.contractduur": "NIET_VERVULD", "werkvoorziening.dienstbetrekking": "NIET_VERVULD"}}},
   peildatum="2024-09-09", dienst={"ingangsdatum": "2024-08-31", "einddatum": "2025-02-27"}, aanvraag={"ontvangstdatum": "2024-09-02"})
ov("LB-75 — Contract voor onbepaalde tijd (geen einddatum): de minimale contractduur is voldaan (BR art. 14 lid 1 onder d, L-24)",
   {"a1": {"uitkomst": "TOEKENBAAR", "weigeringsgronden": [], "voorwaarden": {"overige.contractduur": "VERVULD"}}},
   dienst={"einddatum": None})
ov("LB-76 — Meeneembare voorziening voor een beperking van naar verwachting 11 maanden: korter dan een jaar, kan weigeren (BR art. 14 lid 1 onder b)",
   {"a1": {"uitkomst": "KAN_WORDEN_GEWEIGERD", "weigeringsgronden": ["voorwaarde-niet-vervuld"], "voorwaarden": {"overige.duur-beperking": "NIET_VERVULD"}}},
   aanvraag={"voorziening": "meeneembare-voorziening", "verwachteDuurFunctioneleBeperkingMaanden": 11, "oordelen": {"werkplekaanpassing-van-werkgever-te-verlangen": None}})
ov("LB-77 — Meeneembare voorziening die tot de standaarduitrusting behoort: één dwingende grond; V art. 12C lid 2 onder e niet vervuld, dwingend door BR art. 14 lid 1 onder e (L-10, L-21)",
   {"a1": {"uitkomst": "MOET_WORDEN_GEWEIGERD",
           "weigeringsgronden": [{"code": "overige.algemeen-gebruikelijk", "regeling": V, "artikel": "12C", "lid": "2", "onderdeel": "e", "verplicht": True,
                                  "via": {"regeling": BR, "artikel": "14", "lid": "1", "onderdeel": "e"}}]}},
   aanvraag={"voorziening": "meeneembare-voorziening", "standaarduitrustingOfAlgemeenGebruikelijk": True, "oordelen": {"werkplekaanpassing-van-werkgever-te-verlangen": None}})
ov("LB-78 — Intermediaire activiteit (visuele functie) bij een contract van vijf maanden: de contractduur van BR art. 14 lid 1 onder d is niet voldaan",
   {"a1": {"uitkomst": "KAN_WORDEN_GEWEIGERD", "voorwaarden": {"overige.contractduur": "NIET_VERVULD"}}},
   dienst={"einddatum": "2024-09-30"},
   aanvraag={"voorziening": "intermediaire-activiteit", "intermediaireActiviteitGerichtOp": "visuele-functie", "oordelen": {"werkplekaanpassing-van-werkgever-te-verlangen": None}})
ov("LB-79 — Jobcoaching is persoonlijke ondersteuning, geen overige voorziening: de verwachte duur van de beperking (BR art. 14 lid 1 onder b) geldt er niet",
   {"a1": {"uitkomst": "TOEKENBAAR", "weigeringsgronden": [], "afwezig": ["overige.duur-beperking", "overige.contractduur"]},
    "nietGebruikt": ["aanvragen[0].verwachteDuurFunctioneleBeperkingMaanden"]},
   aanvraag={"voorziening": "jobcoaching", "verwachteDuurFunctioneleBeperkingMaanden": 6, "nodigOmTeKunnenWerken": None, "noodzaakEnMeerwaardeInWerksfeerAantoonbaar": None,
             "voorliggendeVoorziening": None, "ontvangstdatum": "2024-05-13", "soort": "eerste", "jobcoachplanBijgevoegd": True, "begeleidingsniveau": "licht",
             "jobcoachErkendDoorUwv": True, "jobcoachHboWerkEnDenkniveau": True, "jobcoachOpleidingMetCertificaat": True,
             "gevraagdePeriode": {"vanaf": "2024-05-01", "totEnMet": "2024-10-31"}, "oordelen": {"werkplekaanpassing-van-werkgever-te-verlangen": False}})
ov("LB-80 — Vervoer naar de werkplek (plicht, V art. 13 lid 2) bij een contract van vijf maanden: BR art. 14 lid 1 onder d wijkt (L-20), V art. 12C lid 2 onder c niet",
   {"a1": {"uitkomst": "KAN_WORDEN_GEWEIGERD",
           "weigeringsgronden": [{"code": "voorwaarde-niet-vervuld", "regeling": V, "artikel": "12C", "lid": "2", "onderdeel": "c"}],
           "nietToegepast": [{"code": "voorwaarde-niet-vervuld", "regeling": BR, "artikel": "14", "lid": "1", "onderdeel": "d"}]}},
   persoon={"kanNietZelfstandigReizen": True}, dienst={"einddatum": "2024-09-30"},
   aanvraag={"voorziening": "vervoersvoorziening", "aanvrager": "persoon", "vervoerNaar": "werkplek", "nodigOmTeKunnenWerken": None, "noodzaakEnMeerwaardeInWerksfeerAantoonbaar": None,
             "oordelen": {"werkplekaanpassing-van-werkgever-te-verlangen": None}})
ov("LB-81 — Werkplekaanpassing zonder gegeven over een voorliggende voorziening: onder a is de grond van V art. 3 lid 2 onder c (L-21 punt 5), niet vastgesteld: toekenbaar",
   {"a1": {"uitkomst": "TOEKENBAAR", "weigeringsgronden": [], "ontbrekendeGegevens": []}},
   aanvraag={"voorliggendeVoorziening": None})

# ---------- activeringspremie (BR art. 16, V art. 14) ----------
P_AP = {"geboortedatum": "1979-04-22", "behoortTotDoelgroep": True, "uitkering": "algemene-bijstand", "inkomstenvrijlatingBeeindigd": True, "deeltijdarbeid": True}
A_AP = {"id": "a1", "voorziening": "activeringspremie-parttime", "ontvangstdatum": "2024-01-02", "aanvrager": "persoon", "genotenNettoInkomstenUitDeeltijdarbeid": 4800}
def ap(naam, verwacht, persoon=None, aanvraag=None, **kw):
    p = c(P_AP); p.update(persoon or {}); p = {k: v for k, v in p.items() if v is not None}
    a = c(A_AP); a.update(aanvraag or {}); a = {k: v for k, v in a.items() if v is not None}
    sc(naam, verwacht, peildatum=kw.pop("peildatum", "2024-01-08"), persoon=p, aanvragen=[a], **kw)

ap("LB-90 — Activeringspremie zonder oordeel over de bijdrage aan arbeidsinschakeling: het college heeft geoordeeld dat alle arbeid bijdraagt, geen open oordeel (BR art. 16 lid 1)",
   {"a1": {"uitkomst": "TOEKENBAAR", "weigeringsgronden": [], "openOordelen": [], "ontbrekendeGegevens": [],
           "grondslagen": [{"code": "activeringspremie-parttime", "artikel": "14", "lid": "1"}],
           "opmerkingen": [{"code": "activeringspremie.alle-arbeid-draagt-bij", "regeling": BR, "artikel": "16", "lid": "1"}]}})
ap("LB-91 — Activeringspremie met een gegeven oordeel 'onvoldoende bijdrage': de beleidsregel zegt dat alle arbeid bijdraagt, het college wijkt niet ten nadele af (BR art. 16 lid 1; art. 4:84 Awb)",
   {"a1": {"uitkomst": "TOEKENBAAR", "weigeringsgronden": []}},
   aanvraag={"oordelen": {"onvoldoende-bijdrage-arbeidsinschakeling": True}})
ap("LB-92 — Activeringspremie bij gesubsidieerde deeltijdarbeid (loonkostensubsidie): ook dan van toepassing (BR art. 16 lid 2)",
   {"a1": {"uitkomst": "TOEKENBAAR", "weigeringsgronden": [],
           "opmerkingen": [{"code": "activeringspremie.gesubsidieerde-arbeid", "regeling": BR, "artikel": "16", "lid": "2"}]}},
   dienstbetrekking={"ingangsdatum": "2023-06-01", "urenPerWeek": 16, "metLoonkostensubsidie": True}, aanvraag={"oordelen": {"onvoldoende-bijdrage-arbeidsinschakeling": False}})
ap("LB-93 — Activeringspremie bij € 0 netto-inkomsten: 25% van 0 is 0, onder elk maximum, dus de premie is bekend: € 0 (V art. 14 lid 1)",
   {"a1": {"berekeningen": {"activeringspremie.premie": 0}}},
   aanvraag={"genotenNettoInkomstenUitDeeltijdarbeid": 0})
ap("LB-94 — Activeringspremie: niet gegeven of de persoon deeltijdarbeid verricht: onvolledig (V art. 14 lid 1)",
   {"a1": {"uitkomst": "ONVOLLEDIG", "weigeringsgronden": [], "ontbrekendeGegevens": ["activeringspremie.deeltijdarbeid"]}},
   persoon={"deeltijdarbeid": None})
ap("LB-95 — Activeringspremie: niet gegeven of de inkomstenvrijlating is geëindigd: onvolledig (V art. 14 lid 1 'aansluitend op de einddatum')",
   {"a1": {"uitkomst": "ONVOLLEDIG", "weigeringsgronden": [], "ontbrekendeGegevens": ["activeringspremie.na-inkomstenvrijlating"]}},
   persoon={"inkomstenvrijlatingBeeindigd": None})
ap("LB-96 — Activeringspremie voor een IOAZ-gerechtigde in deeltijdarbeid: ook een uitkeringsgerechtigde (V art. 14 lid 1, art. 8 IOAZ)",
   {"a1": {"uitkomst": "TOEKENBAAR", "weigeringsgronden": [], "voorwaarden": {"activeringspremie.uitkeringsgerechtigde": "VERVULD"}}},
   persoon={"uitkering": "ioaz"}, aanvraag={"oordelen": {"onvoldoende-bijdrage-arbeidsinschakeling": False}})
ap("LB-97 — Activeringspremie ambtshalve, zonder aanvraag: de premie wordt éénmaal per jaar ambtshalve toegekend (V art. 14 lid 2)",
   {"a1": {"uitkomst": "TOEKENBAAR", "weigeringsgronden": [], "ontbrekendeGegevens": [],
           "opmerkingen": ["activeringspremie.jaarlijks", "activeringspremie.alle-arbeid-draagt-bij"]}},
   aanvraag={"ambtshalve": True, "aanvrager": None, "ontvangstdatum": None, "oordelen": {"onvoldoende-bijdrage-arbeidsinschakeling": False}})
ap("LB-98 — Activeringspremie op 31 december 2026: de beleidsregels gelden nog, alle arbeid draagt bij (BR art. 16 lid 1, art. 18)",
   {"a1": {"uitkomst": "TOEKENBAAR", "weigeringsgronden": [], "openOordelen": [],
           "opmerkingen": ["activeringspremie.alle-arbeid-draagt-bij", "activeringspremie.gesubsidieerde-arbeid"]}},
   peildatum="2026-12-31", aanvraag={"ontvangstdatum": "2026-12-30", "oordelen": {"onvoldoende-bijdrage-arbeidsinschakeling": False}})
ap("LB-99 — Activeringspremie met achteraf geconstateerde niet-opgegeven inkomsten: niet toegepast, dwingend, ook onder de beleidsregels (V art. 14 lid 3)",
   {"a1": {"uitkomst": "MOET_WORDEN_GEWEIGERD", "weigeringsgronden": [{"code": "activeringspremie.inkomsten-niet-opgegeven", "artikel": "14", "lid": "3", "verplicht": True}]}},
   persoon={"inkomstenNietOpgegeven": True}, aanvraag={"oordelen": {"onvoldoende-bijdrage-arbeidsinschakeling": False}})

VERSCHILLEN = {
 "LB-48": {
   "bepalingen": ["heemstede-beleidsregels-2024 art. 12 lid 4", "heemstede-verordening-2023 art. 12H lid 4 onder a", "LEESREGELS L-33", "INTERPRETATIES H-31"],
   "engine": "jobcoaching.bedrag.jaar1 niet bekend, met de toelichting 'jaar 1 van de jobcoaching begint op 2024-12-31; het uurtarief voor 2024 (...) staat niet in de bronnen van het project'",
   "lezing": "jobcoaching.bedrag.jaar1 = 74,88 uur x EUR 77,59 = EUR 5.809,94",
   "noot": "BR art. 12 lid 4: 'Het te vergoeden bedrag voor jobcoaching is in 2024 EUR 77,59 per uur'. L-33: een berekening over jaren 'uses, for each year, the rate of the calendar year in which that year of support falls, and says niet bekend for a year whose rate is not in the sources'. Jaar 1 begint op 31 december 2024 en valt dus in 2024; dat tarief staat in de bronnen. De regel prijst een jaar alleen als het begint in het kalenderjaar van de peildatum (begin.getYear() != peildatum.getYear(), H-31), omdat de parameter per peildatum wordt gelezen. Een beslissing in januari 2025 over jobcoaching die in december 2024 begon krijgt zo geen bedrag, en de toelichting zegt iets onjuists (het tarief van 2024 staat wel in de bronnen). Dezelfde toets staat in de regels voor het maximum en de subsidie van de interne werkbegeleiding (BR art. 12 lid 5): buiten het bestand nagegaan, jaar 1 vanaf 2024-12-31 bij peildatum 2025-01-10 geeft interne-werkbegeleiding.maximum.jaar1 niet bekend, 'de bedragen voor 2024 ... staan niet in de bronnen'."},
 "LB-81": {
   "bepalingen": ["heemstede-beleidsregels-2024 art. 14 lid 1 onder a", "heemstede-verordening-2023 art. 3 lid 2 onder c", "LEESREGELS L-08", "LEESREGELS L-21 punt 1 en 5"],
   "engine": "ONVOLLEDIG, ontbrekendeGegevens [overige.geen-voorliggende-voorziening] (BR art. 14 lid 1 onder a als voorwaarde)",
   "lezing": "TOEKENBAAR, niets ontbreekt: onder a herhaalt de feitgrond van V art. 3 lid 2 onder c; niet vastgesteld is geen grond",
   "noot": "BR art. 14 lid 1 onder a: 'als er recht bestaat op een voorliggende voorziening, zoals verstrekking door het UWV of een vergoeding door de zorgverzekeraar, dan moet daar eerst een beroep op worden gedaan'. De zin is voorwaardelijk: hij bijt alleen als het recht bestaat. L-21 punt 5 leest onder a als herhaling van V art. 3 lid 2 onder c ('de persoon een beroep kan doen op een voorziening op basis van een andere wettelijke regeling'); de engine volgt dat voor de grond (één grond, via onder c). Voor het ontbrekende feit niet: onder V art. 3 lid 2 onder c alleen is een niet gegeven voorliggende voorziening 'niet vastgesteld' en geen grond (L-08; het college stelt het vast, art. 3:2 Awb), maar met de beleidsregels wordt elke aanvraag om een overige voorziening zonder dat feit ONVOLLEDIG. Een herhaling die 'geen tweede grond toevoegt' (L-21 punt 5) maakt zo toch het feit verplicht. Voor de engine pleit L-21 punt 1, dat art. 14 lid 1 in het algemeen als voorwaarden leest ('de volgende voorwaarden gesteld'); de tekst van onder a is echter geen eis aan de aanvraag maar een volgorde ('eerst'). De lead beslist; bij de lezing van de engine hoort een zin in L-21 punt 5 dat de herhaling ook het ontbreken anders behandelt dan V onder c."},
 "LB-90": {
   "bepalingen": ["heemstede-beleidsregels-2024 art. 16 lid 1", "heemstede-verordening-2023 art. 3 lid 2 onder d", "heemstede-verordening-2023 art. 14 lid 1", "LEESREGELS L-17", "LEESREGELS L-21"],
   "engine": "HANGT_AF_VAN_OORDEEL, openOordelen [onvoldoende-bijdrage-arbeidsinschakeling] (V art. 3 lid 2 onder d); BR art. 16 lid 1 alleen als opmerking",
   "lezing": "TOEKENBAAR, geen open oordeel: het college heeft het oordeel over de bijdrage aan de arbeidsinschakeling voor de activeringspremie in BR art. 16 lid 1 al gegeven",
   "noot": "BR art. 16 lid 1: 'Net als de inkomstenvrijlating is de activeringspremie parttime arbeid van toepassing als de arbeid volgens het college bijdraagt aan de arbeidsinschakeling. Het college is hierbij van oordeel dat alle arbeid bijdraagt aan arbeidsinschakeling.' V art. 3 lid 2 onder d: 'de voorziening naar het oordeel van het college onvoldoende bijdraagt aan de arbeidsinschakeling'. L-17: een oordeel 'counts as the provision it stands in' zodra het gegeven is; hier geeft het college het in een beleidsregel (art. 1:3 lid 4 Awb: regels over 'de afweging van belangen'), en wel voor elke activeringspremie. De premie beloont niets anders dan die arbeid (V art. 14 lid 1: 25% van de netto-inkomsten uit deeltijdarbeid, ambtshalve, lid 2); als alle arbeid bijdraagt, draagt de premie erop bij. Het oordeel van onder d nog per aanvraag open laten maakt BR art. 16 lid 1 tot een dode letter: de beslissing is zonder dat oordeel HANGT_AF_VAN_OORDEEL, ook bij de ambtshalve toekenning van lid 2. Voor de engine pleit dat de tekst 'de arbeid' (BR 16) en 'de voorziening' (V 3 lid 2 onder d) onderscheidt. Geen leesregel of H-interpretatie noemt BR art. 16 lid 1 en onder d samen; de lead beslist. Vier andere gevallen (LB-92, LB-96, LB-97, LB-98) faalden alleen hierom en hebben nu het oordeel onder d gegeven (onwaar), zodat ze hun eigen punt toetsen."},
 "LB-91": {
   "bepalingen": ["heemstede-beleidsregels-2024 art. 16 lid 1", "heemstede-verordening-2023 art. 3 lid 2 onder d", "art. 4:84 Awb", "LEESREGELS L-21 punt 2", "LEESREGELS L-23"],
   "engine": "KAN_WORDEN_GEWEIGERD, weigeringsgrond onvoldoende-bijdrage (V art. 3 lid 2 onder d, verplicht false)",
   "lezing": "TOEKENBAAR: het college heeft in BR art. 16 lid 1 geoordeeld dat alle arbeid bijdraagt; een afwijkend oordeel in het geval is een afwijking van de beleidsregel ten nadele",
   "noot": "Het tweede gezicht van LB-90. Art. 4:84 Awb: 'Het bestuursorgaan handelt overeenkomstig de beleidsregel, tenzij dat voor een of meer belanghebbenden gevolgen zou hebben die wegens bijzondere omstandigheden onevenredig zijn'; BR art. 17 laat afwijken toe 'als een strikte toepassing daarvan zal leiden tot een onevenredige benadeling van de aanvrager'. Beide staan alleen afwijken ten gunste toe (L-23). Een gegeven oordeel 'onvoldoende bijdrage' bij een activeringspremie spreekt de beleidsregel tegen en kan daarom geen kan-grond zijn; hoogstens een opmerking dat het oordeel niet wordt gebruikt (zoals L-19 doet met een oordeel dat niet van toepassing is). Volgt de lead de engine bij LB-90, dan volgt dit geval mee."},
 "LB-93": {
   "bepalingen": ["heemstede-verordening-2023 art. 14 lid 1", "LEESREGELS L-33", "INTERPRETATIES H-20"],
   "engine": "activeringspremie.premie niet bekend: '25 procent van de netto-inkomsten is 0.00 EUR, maar het maximum (...) is voor deze peildatum niet bekend'",
   "lezing": "activeringspremie.premie = 0: 25% van EUR 0 is 0, en 0 ligt onder elk maximum",
   "noot": "V art. 14 lid 1: een premie 'ter hoogte van 25% van de genoten netto-inkomsten met een maximum van 50% van het in artikel 31, tweede lid, onder j, van de Participatiewet genoemde bedrag'. Het maximum is een bovengrens (L-13: 'a maximum of an amount caps the calculation'); het bedrag van art. 31 lid 2 onder j Pw is positief. Bij EUR 0 netto-inkomsten hangt de uitkomst dus niet af van het onbekende maximum, en L-33 ('never extrapolated') verbiedt niets als het bedrag zonder de onbekende waarde vaststaat. Een klein grensgeval; het case had ook het oordeel onder d niet gegeven (LB-90), maar toetst alleen de berekening."},
}
verschillen = []
for s in list(S):
    pre = s["naam"].split(" ")[0]
    if pre in VERSCHILLEN:
        S.remove(s)
        e = {"scenario": s}
        e.update(VERSCHILLEN[pre])
        verschillen.append(e)
assert len(verschillen) == len(VERSCHILLEN)
doc = {"titel": "Tweede lezing beleidsregels Heemstede 2024 art. 7, 8, 12, 14, 16 (lez-br) — grensgevallen",
       "basis": {"gemeente": "Heemstede", "peildatum": "2024-04-08"},
       "scenarios": S}
import sys
json.dump(doc, open(sys.argv[1], "w"), ensure_ascii=False, indent=2)
open(sys.argv[1], "a").write("\n")
json.dump(verschillen, open(sys.argv[2], "w"), ensure_ascii=False, indent=2)
open(sys.argv[2], "a").write("\n")
print(len(S), len(verschillen))
