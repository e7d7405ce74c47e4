#!/usr/bin/env python3
"""Generates the blind cases of the second reader lez-toek (LEESREGELS L-06, L-08, L-16, L-17, L-19, §4 item 12):
on a granted voorziening a grant-time judgement is not asked and, given, is listed as not used; a continuing fact is
tested on every onderwerp (not met: the permissive ending ground of the general article; not given: ONBEKEND, nothing
missing, VOORTZETTEN); on an aanvraag the conditions are tested as usual. Written from the texts in the bronnen and the
register only. Run from the repository root: python3 docs/werk/tweede-lezing-lez-toek-gen.py"""
import json, copy

def grond(code, artikel, lid, onderdeel, via, verplicht):
    g = {"code": code, "artikel": artikel}
    if lid is not None: g["lid"] = lid
    if onderdeel is not None: g["onderdeel"] = onderdeel
    if via is not None: g["via"] = via
    g["verplicht"] = verplicht
    return g

class Pakket:
    def __init__(self, prefix, basis, voortzet_oordelen, eind_via, verleend_op):
        self.prefix, self.basis, self.vo, self.via, self.op = prefix, basis, voortzet_oordelen, eind_via, verleend_op
        self.scen = []
    def naam(self, tekst):
        n = f"{self.prefix}-{len(self.scen)+1:02d} — {tekst}"
        assert len(n) <= 200, (len(n), n)
        return n
    def add(self, tekst, body):
        s = {"naam": self.naam(tekst)}
        s.update(body)
        self.scen.append(s)
    def verleend(self, voorziening, feiten, extra_oordelen=None, **rest):
        v = {"id": "v1", "voorziening": voorziening, "verleendOp": self.op}
        v.update(rest)
        v.update(feiten)
        o = dict(self.vo)
        if extra_oordelen: o.update(extra_oordelen)
        v["oordelen"] = o
        return v

    # a continuing fact on a granted voorziening: met / not met / not given
    def voortdurend(self, label, voorziening, basisfeiten, code, cit, met, niet, leeg, afwezig=(), ctx=None, verleend_extra=None):
        artikel, lid, onderdeel = cit
        ctx = ctx or {}
        vx = verleend_extra or {}
        for soort, wijz in (("met", met), ("niet", niet), ("leeg", leeg)):
            feiten = dict(basisfeiten); feiten.update(wijz)
            body = copy.deepcopy(ctx)
            body["verleendeVoorzieningen"] = [self.verleend(voorziening, feiten, **vx)]
            if soort == "met":
                tekst = f"Verleend, {label} gegeven en vervuld: voortzetten, geen grond (art. {artikel}{' lid '+lid if lid else ''}{' onder '+onderdeel if onderdeel and onderdeel!='-' else ''}, L-19)"
                v = {"uitkomst": "VOORTZETTEN", "beeindigingsgronden": [], "ontbrekendeGegevens": [], "openOordelen": [],
                     "voorwaarden": {code: "VERVULD"}}
            elif soort == "niet":
                tekst = f"Verleend, {label} niet meer vervuld: kan worden beëindigd, één grond via art. {self.via['artikel']} lid {self.via['lid']} onder {self.via['onderdeel']}, niet verplicht (L-19, L-10)"
                v = {"uitkomst": "KAN_WORDEN_BEEINDIGD",
                     "beeindigingsgronden": [grond("voorwaarde-niet-meer-vervuld", artikel, lid, onderdeel, self.via, False)],
                     "voorwaarden": {code: "NIET_VERVULD"}}
            else:
                tekst = f"Verleend, {label} niet gegeven: niet vastgesteld (ONBEKEND), niets ontbreekt, voortzetten (L-19, L-08)"
                v = {"uitkomst": "VOORTZETTEN", "beeindigingsgronden": [], "ontbrekendeGegevens": [], "openOordelen": [],
                     "voorwaarden": {code: "ONBEKEND"}}
            if afwezig: v["afwezig"] = list(afwezig)
            body["verwacht"] = {"v1": v}
            self.add(tekst, body)

    # a grant-time judgement: granted true / false / absent; aanvraag absent
    def oordeel(self, label, voorziening, basisfeiten, oordeel, voorwaarde, cit, aanvraag, ctx=None, ctx_aanvraag=None, verleend_extra=None):
        artikel, lid, onderdeel = cit
        ctx = ctx or {}
        vx = verleend_extra or {}
        for waarde in (True, False, None):
            body = copy.deepcopy(ctx)
            eo = {oordeel: waarde} if waarde is not None else None
            body["verleendeVoorzieningen"] = [self.verleend(voorziening, dict(basisfeiten), eo, **vx)]
            v = {"uitkomst": "VOORTZETTEN", "beeindigingsgronden": [], "ontbrekendeGegevens": [], "openOordelen": [],
                 "afwezig": [voorwaarde] + ([oordeel] if waarde is None else [])}
            verwacht = {"v1": v}
            if waarde is not None:
                verwacht = {"nietGebruikt": [f"verleendeVoorzieningen[0].oordelen.{oordeel}"], "v1": v}
                tekst = f"Verleend, oordeel '{oordeel}' {str(waarde).lower()} gegeven: toets bij toekenning, geen voorwaarde of grond, niet gebruikt (art. {artikel} lid {lid} onder {onderdeel}, L-17, L-19)"
            else:
                tekst = f"Verleend, {label}: oordeel niet gegeven, niet gevraagd, geen open oordeel, voortzetten (art. {artikel} lid {lid} onder {onderdeel}, L-17, L-19)"
            body["verwacht"] = verwacht
            self.add(tekst, body)
        body = copy.deepcopy(ctx_aanvraag if ctx_aanvraag is not None else ctx)
        a = dict(aanvraag)
        a["oordelen"] = {k: v for k, v in a.get("oordelen", {}).items() if k != oordeel}
        body["aanvragen"] = [a]
        body["verwacht"] = {a["id"]: {"uitkomst": "HANGT_AF_VAN_OORDEEL", "ontbrekendeGegevens": [],
                                      "openOordelen": [{"code": oordeel, "artikel": artikel, "lid": lid, "onderdeel": onderdeel}]}}
        self.add(f"Aanvraag, {label}: oordeel niet gegeven, open oordeel, hangt af van het oordeel (art. {artikel} lid {lid} onder {onderdeel}, L-17)", body)

    def schrijf(self, pad, titel):
        d = {"titel": titel, "basis": self.basis, "scenarios": self.scen}
        with open(pad, "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=2); f.write("\n")
        print(pad, len(self.scen))

# ---------------------------------------------------------------- Oirschot
O = Pakket("LT-O", {"gemeente": "Oirschot", "peildatum": "2025-01-15",
                    "persoon": {"geboortedatum": "1990-05-10", "behoortTotDoelgroep": True, "uitkering": "algemene-bijstand",
                                "begeleidingAanzienlijkBovenGebruikelijk": True}},
           {"niet-langer-voldoende-bijdrage-doeltreffende-arbeidsinschakeling": False, "niet-meer-geschikt": False},
           {"artikel": "3.1", "lid": "7", "onderdeel": "g"}, "2024-12-01")
VD = {"concurrentieverhoudingenOnverantwoordBeinvloed": False, "verdringing": False}
VD_NIET = {"verdringing": True}
VD_LEEG = {"concurrentieverhoudingenOnverantwoordBeinvloed": None, "verdringing": None}
O.voortdurend("sociale activering, geen verdringing", "sociale-activering", VD, "sociale-activering.geen-verdringing", ("3.3", "3", None),
              {}, VD_NIET, VD_LEEG, afwezig=["sociale-activering.verdringing"], ctx={"persoon": {"mogelijkheidAlgemeenGeaccepteerdeArbeid": True}})
O.voortdurend("werkstage, geen verdringing", "werkstage", VD, "werkstage.geen-verdringing", ("3.5", "3", None),
              {}, {"concurrentieverhoudingenOnverantwoordBeinvloed": True}, VD_LEEG, afwezig=["werkstage.verdringing"],
              ctx={"persoon": {"nogNietActiefOpArbeidsmarkt": True, "afstandTotArbeidsmarkt": "groot"}})
O.voortdurend("scholing 'draagt bij' aan duurzame arbeidsinschakeling", "scholing", {"scholingDraagtBijAanDuurzameArbeidsinschakeling": True},
              "scholing.duurzame-arbeidsinschakeling", ("3.6", "3", None),
              {}, {"scholingDraagtBijAanDuurzameArbeidsinschakeling": False}, {"scholingDraagtBijAanDuurzameArbeidsinschakeling": None})
for soort, w in (("met", True), ("niet", False), ("leeg", None)):
    pass
# participatieplaats: the fact is on the person
O.voortdurend("participatieplaats, kans gering en 'vooralsnog niet bemiddelbaar'", "participatieplaats", {},
              "participatieplaats.kans-gering", ("3.7", "1", None), {}, {}, {})
for i, w in zip((-3, -2, -1), (True, False, None)):
    O.scen[i]["persoon"] = {"kansOpInschakelingGeringEnNietBemiddelbaar": w}
PF = {"inStaatTotWerkzaamheden": True, "concurrentieverhoudingenOnverantwoordBeinvloed": False, "verdringing": False}
O.voortdurend("proefplaatsing, in staat tot de werkzaamheden", "proefplaats", PF, "proefplaats.in-staat", ("3.8", "3", "-"),
              {}, {"inStaatTotWerkzaamheden": False}, {"inStaatTotWerkzaamheden": None}, afwezig=["proefplaats.lid3"])
O.voortdurend("proefplaatsing, geen verdringing", "proefplaats", PF, "proefplaats.geen-verdringing", ("3.8", "3", "b"),
              {}, VD_NIET, VD_LEEG, afwezig=["proefplaats.lid3"])
# past facts on a granted proefplaatsing: not tested
O.add("Verleend, intentie bij aanvang niet uitgesproken en werk al eerder onbeloond verricht: feiten van vóór de toekenning, geen toets, voortzetten (art. 3.8 lid 3 onder c en d, L-19)",
      {"werkgever": {"schriftelijkeIntentieIndienstnemingNaProefplaats": False},
       "verleendeVoorzieningen": [O.verleend("proefplaats", dict(PF, werkzaamhedenEerderOnbeloondBijWerkgever=True))],
       "verwacht": {"v1": {"uitkomst": "VOORTZETTEN", "beeindigingsgronden": [], "ontbrekendeGegevens": [], "openOordelen": [],
                           "afwezig": ["proefplaats.intentieverklaring", "proefplaats.niet-eerder-onbeloond", "proefplaats.lid3"]}}})
PF_AANVRAAG = {"id": "a1", "voorziening": "proefplaats", "ontvangstdatum": "2025-01-06", "inStaatTotWerkzaamheden": True,
               "concurrentieverhoudingenOnverantwoordBeinvloed": False, "verdringing": False, "werkzaamhedenEerderOnbeloondBijWerkgever": False,
               "oordelen": {"onvoldoende-bijdrage-arbeidsinschakeling": False, "proefplaats-vergroot-kans-dienstverband": True}}
O.add("Aanvraag, werkzaamheden al eerder onbeloond bij die werkgever verricht: 'uitsluitend als', verplichte weigering (art. 3.8 lid 3 onder c, L-06, L-19)",
      {"werkgever": {"schriftelijkeIntentieIndienstnemingNaProefplaats": True},
       "aanvragen": [dict(PF_AANVRAAG, werkzaamhedenEerderOnbeloondBijWerkgever=True)],
       "verwacht": {"a1": {"uitkomst": "MOET_WORDEN_GEWEIGERD",
                           "weigeringsgronden": [grond("proefplaats.lid3", "3.8", "3", "c", None, True)],
                           "voorwaarden": {"proefplaats.niet-eerder-onbeloond": "NIET_VERVULD"}}}})
O.oordeel("proefplaatsing, verwachting kans op dienstverband", "proefplaats", PF, "proefplaats-vergroot-kans-dienstverband",
          "proefplaats.vergroot-kans", ("3.8", "3", "a"), PF_AANVRAAG,
          ctx_aanvraag={"werkgever": {"schriftelijkeIntentieIndienstnemingNaProefplaats": True}})
TL_CTX = {"persoon": {"doelgroepLoonkostensubsidie": False, "tijdelijkLagereLoonwaarde": True}, "werkgever": {"naam": "Bakkerij De Beerze"},
          "dienstbetrekking": {"ingangsdatum": "2024-12-01", "einddatum": "2025-05-31", "urenPerWeek": 32}}
O.voortdurend("tijdelijke loonkostensubsidie, geen verdringing", "tijdelijke-loonkostensubsidie", VD, "tijdelijke-loonkostensubsidie.geen-verdringing",
              ("3.11", "5", None), {}, VD_NIET, VD_LEEG, afwezig=["tijdelijke-loonkostensubsidie.verdringing"], ctx=TL_CTX)
PO_CTX = {"werkgever": {"naam": "Installatiebedrijf Spoordonk"}, "dienstbetrekking": {"ingangsdatum": "2024-12-01", "urenPerWeek": 20}}
JC = {"gevraagdVoor": "dienstbetrekking", "zonderOndersteuningMogelijkBijstandsgerechtigd": True, "arboTaakWerkgever": False, "jobcoachKeurmerk": "blik-op-werk"}
O.voortdurend("jobcoaching, zonder ondersteuning mogelijk bijstandsgerechtigd", "jobcoaching", JC,
              "persoonlijke-ondersteuning.mogelijk-bijstandsgerechtigd", ("3.15", "2", "b"),
              {}, {"zonderOndersteuningMogelijkBijstandsgerechtigd": False}, {"zonderOndersteuningMogelijkBijstandsgerechtigd": None}, ctx=PO_CTX)
O.voortdurend("jobcoaching, geen Arbo-taak van de werkgever", "jobcoaching", JC, "ondersteuning.geen-arbotaak", ("3.15", "2", "d"),
              {}, {"arboTaakWerkgever": True}, {"arboTaakWerkgever": None}, ctx=PO_CTX)
MV = {"gevraagdVoor": "dienstbetrekking", "zonderOndersteuningMogelijkBijstandsgerechtigd": True, "arboTaakWerkgever": False,
      "nodigOmTeKunnenWerken": True, "noodzaakEnMeerwaardeInWerksfeerAantoonbaar": True, "standaarduitrustingOfAlgemeenGebruikelijk": False}
O.voortdurend("meeneembare voorziening, geen standaarduitrusting", "meeneembare-voorziening", MV, "ondersteuning.geen-standaarduitrusting",
              ("3.15", "2", "e"), {}, {"standaarduitrustingOfAlgemeenGebruikelijk": True}, {"standaarduitrustingOfAlgemeenGebruikelijk": None}, ctx=PO_CTX)
O.voortdurend("jobcoaching, keurmerk van de jobcoach (kwaliteitseis)", "jobcoaching", JC, "jobcoaching.keurmerk", ("3.18", "1", None),
              {"jobcoachKeurmerk": "oval"}, {"jobcoachKeurmerk": "geen"}, {"jobcoachKeurmerk": None}, afwezig=["jobcoaching.geen-keurmerk"], ctx=PO_CTX)
JCO = {"gevraagdVoor": "dienstbetrekking", "zonderOndersteuningMogelijkBijstandsgerechtigd": True, "arboTaakWerkgever": False, "jobcoachKeurmerk": "blik-op-werk",
       "jobcoachingGeborgdInCoachingsplan": True, "omvangEnKwaliteitJobcoachingPassend": True, "continuiteitJobcoachingGeborgd": True, "persoonStemtSchriftelijkIn": True}
O.voortdurend("subsidie jobcoaching, omvang en kwaliteit 'passend'", "jobcoaching-organiseren", JCO, "jobcoaching-organiseren.passend", ("3.20", "2", "b"),
              {}, {"omvangEnKwaliteitJobcoachingPassend": False}, {"omvangEnKwaliteitJobcoachingPassend": None}, ctx=PO_CTX)
WA = {"gevraagdVoor": "dienstbetrekking", "zonderOndersteuningMogelijkBijstandsgerechtigd": True, "arboTaakWerkgever": False,
      "nodigOmTeKunnenWerken": True, "noodzaakEnMeerwaardeInWerksfeerAantoonbaar": True}
O.oordeel("werkplekaanpassing, van de werkgever te verlangen", "werkplekaanpassing", WA, "werkplekaanpassing-van-werkgever-te-verlangen",
          "ondersteuning.niet-van-werkgever-te-verlangen", ("3.15", "2", "f"),
          dict(WA, id="a1", voorziening="werkplekaanpassing", ontvangstdatum="2025-01-06", aanvrager="persoon",
               oordelen={"onvoldoende-bijdrage-arbeidsinschakeling": False, "kosten-proportioneel": True}), ctx=PO_CTX)
O.oordeel("jobcoaching, kosten proportioneel", "jobcoaching", JC, "kosten-proportioneel", "ondersteuning.proportioneel", ("3.15", "2", "g"),
          dict(JC, id="a1", voorziening="jobcoaching", ontvangstdatum="2025-01-06", aanvrager="werkgever",
               oordelen={"onvoldoende-bijdrage-arbeidsinschakeling": False}), ctx=PO_CTX)
VV = {"gevraagdVoor": "dienstbetrekking", "zonderOndersteuningMogelijkBijstandsgerechtigd": True, "arboTaakWerkgever": False, "vervoerNaar": "werkplek"}
O.voortdurend("vervoersvoorziening, bestemming werkplek of re-integratieactiviteit", "vervoersvoorziening", VV, "vervoersvoorziening.bestemming",
              ("3.26", "1", None), {}, {"vervoerNaar": "anders"}, {"vervoerNaar": None},
              ctx={"persoon": {"kanNietZelfstandigReizen": True}, **PO_CTX})
# --- further boundary cases (written before they were run, after the first run of the cases above)
def ground_b(): return grond("voorwaarde-niet-meer-vervuld", "3.8", "3", "b", O.via, False)
O.add("Verleend, verdringing vastgesteld, concurrentie niet gegeven: één deel niet vervuld beslist, kan worden beëindigd (art. 3.8 lid 3 onder b, L-19, L-08)",
      {"verleendeVoorzieningen": [O.verleend("proefplaats", dict(PF, concurrentieverhoudingenOnverantwoordBeinvloed=None, verdringing=True))],
       "verwacht": {"v1": {"uitkomst": "KAN_WORDEN_BEEINDIGD", "beeindigingsgronden": [ground_b()], "ontbrekendeGegevens": [],
                           "voorwaarden": {"proefplaats.geen-verdringing": "NIET_VERVULD"}}}})
O.add("Aanvraag sociale activering, verdringing vastgesteld, concurrentie niet gegeven: 'uitsluitend als' niet vervuld, verplichte weigering, niets ontbreekt (art. 3.3 lid 3, L-06)",
      {"persoon": {"mogelijkheidAlgemeenGeaccepteerdeArbeid": True},
       "aanvragen": [{"id": "a1", "voorziening": "sociale-activering", "ontvangstdatum": "2025-01-06", "verdringing": True,
                      "oordelen": {"onvoldoende-bijdrage-arbeidsinschakeling": False}}],
       "verwacht": {"a1": {"uitkomst": "MOET_WORDEN_GEWEIGERD", "ontbrekendeGegevens": [],
                           "weigeringsgronden": [grond("sociale-activering.verdringing", "3.3", "3", None, None, True)],
                           "voorwaarden": {"sociale-activering.geen-verdringing": "NIET_VERVULD"}}}})
O.add("Verleend, niet in staat tot de werkzaamheden én verdringing: twee voorwaarden niet meer vervuld, twee gronden (art. 3.8 lid 3 aanhef en onder b, L-10, L-19)",
      {"verleendeVoorzieningen": [O.verleend("proefplaats", dict(PF, inStaatTotWerkzaamheden=False, verdringing=True))],
       "verwacht": {"v1": {"uitkomst": "KAN_WORDEN_BEEINDIGD",
                           "beeindigingsgronden": [grond("voorwaarde-niet-meer-vervuld", "3.8", "3", "-", O.via, False), ground_b()]}}})
O.add("Verleend, verdringing én oordeel verwachting false gegeven: alleen de voortdurende voorwaarde is een grond, het oordeel niet gebruikt (art. 3.8 lid 3 onder a en b, L-19)",
      {"verleendeVoorzieningen": [O.verleend("proefplaats", dict(PF, verdringing=True), {"proefplaats-vergroot-kans-dienstverband": False})],
       "verwacht": {"nietGebruikt": ["verleendeVoorzieningen[0].oordelen.proefplaats-vergroot-kans-dienstverband"],
                    "v1": {"uitkomst": "KAN_WORDEN_BEEINDIGD", "beeindigingsgronden": [ground_b()], "openOordelen": [],
                           "afwezig": ["proefplaats.vergroot-kans"]}}})
O.add("Aanvraag en verleende proefplaatsing in één casus: het oordeel op de aanvraag wordt gebruikt, dat op de verleende niet (art. 3.8 lid 3 onder a, L-17, §4 punt 12)",
      {"werkgever": {"schriftelijkeIntentieIndienstnemingNaProefplaats": True},
       "aanvragen": [PF_AANVRAAG],
       "verleendeVoorzieningen": [O.verleend("proefplaats", dict(PF), {"proefplaats-vergroot-kans-dienstverband": False})],
       "verwacht": {"nietGebruikt": ["verleendeVoorzieningen[0].oordelen.proefplaats-vergroot-kans-dienstverband"],
                    "gebruikt": ["aanvragen[0].oordelen.proefplaats-vergroot-kans-dienstverband"],
                    "a1": {"voorwaarden": {"proefplaats.vergroot-kans": "VERVULD"}},
                    "v1": {"uitkomst": "VOORTZETTEN", "beeindigingsgronden": [], "afwezig": ["proefplaats.vergroot-kans"]}}})
O.add("Verleend, gegeven dat het werk al eerder onbeloond is verricht: een feit van vóór de toekenning, gemeld als niet gebruikt (art. 3.8 lid 3 onder c, L-19)",
      {"verleendeVoorzieningen": [O.verleend("proefplaats", dict(PF, werkzaamhedenEerderOnbeloondBijWerkgever=True))],
       "verwacht": {"nietGebruikt": ["verleendeVoorzieningen[0].werkzaamhedenEerderOnbeloondBijWerkgever"],
                    "v1": {"uitkomst": "VOORTZETTEN", "beeindigingsgronden": []}}})
O.add("Aanvraag jobcoaching, jobcoach zonder keurmerk: kwaliteitseis, één verplichte grond, geen tweede via art. 3.1 lid 6 onder e (art. 3.18 lid 1, L-16, L-10)",
      {**PO_CTX, "aanvragen": [dict(JC, id="a1", voorziening="jobcoaching", ontvangstdatum="2025-01-06", aanvrager="werkgever", jobcoachKeurmerk="geen",
                                    oordelen={"onvoldoende-bijdrage-arbeidsinschakeling": False, "kosten-proportioneel": True})],
       "verwacht": {"a1": {"uitkomst": "MOET_WORDEN_GEWEIGERD",
                           "weigeringsgronden": [grond("jobcoaching.geen-keurmerk", "3.18", "1", None, None, True)],
                           "voorwaarden": {"jobcoaching.keurmerk": "NIET_VERVULD"}}}})
O.schrijf("rules-oirschot/scenarios/tweede-lezing-lez-toek.json",
          "Tweede lezing lez-toek — toetsen bij de toekenning en voortdurende voorwaarden op een verleende voorziening (L-06, L-08, L-16, L-17, L-19, §4 punt 12): art. 3.3, 3.5, 3.6, 3.7, 3.8, 3.11, 3.15, 3.18, 3.20, 3.26")

# ---------------------------------------------------------------- Haaksbergen
HB = Pakket("LT-HB", {"gemeente": "Haaksbergen", "peildatum": "2024-09-01",
                      "persoon": {"geboortedatum": "1985-03-15", "behoortTotDoelgroep": True, "uitkering": "algemene-bijstand",
                                  "arbeidsbeperking": True, "vsoProOnderwijs": False, "doelgroepLoonkostensubsidie": True}},
            {"niet-langer-voldoende-bijdrage-snelle-arbeidsinschakeling": False, "niet-meer-geschikt": False},
            {"artikel": "3", "lid": "2", "onderdeel": "g"}, "2024-07-01")
HB.voortdurend("proefplaats, in staat tot de werkzaamheden", "proefplaats", PF, "proefplaats.in-staat", ("13", "3", "a"),
               {}, {"inStaatTotWerkzaamheden": False}, {"inStaatTotWerkzaamheden": None}, afwezig=["proefplaats.lid3"])
HB.voortdurend("proefplaats, geen verdringing", "proefplaats", PF, "proefplaats.geen-verdringing", ("13", "3", "c"),
               {}, VD_NIET, VD_LEEG, afwezig=["proefplaats.lid3"])
HB_PO = {"werkgever": {"naam": "Supermarkt Centrum"}, "dienstbetrekking": {"ingangsdatum": "2024-06-17", "urenPerWeek": 24}}
HJC = {"gevraagdVoor": "dienstbetrekking", "kanZonderOndersteuningNietDeelnemen": True, "arboTaakWerkgever": False,
       "jobcoachVoldoetAanEisenErkenningskaderUwv": True, "begeleidingsniveau": "licht"}
HB.voortdurend("jobcoaching, kwaliteitseisen van bijlage 1", "jobcoaching", HJC, "jobcoaching.kwaliteitseisen", ("20", "1", None),
               {}, {"jobcoachVoldoetAanEisenErkenningskaderUwv": False}, {"jobcoachVoldoetAanEisenErkenningskaderUwv": None},
               afwezig=["jobcoaching.kwaliteitseisen-niet-voldaan"], ctx=HB_PO)
HMV = {"gevraagdVoor": "dienstbetrekking", "kanZonderOndersteuningNietDeelnemen": True, "arboTaakWerkgever": False,
       "nodigOmTeKunnenWerken": True, "noodzaakEnMeerwaardeInWerksfeerAantoonbaar": True, "standaarduitrustingOfAlgemeenGebruikelijk": False}
HB_PO_A = {"werkgever": {"naam": "Supermarkt Centrum"}, "dienstbetrekking": {"ingangsdatum": "2024-08-12", "urenPerWeek": 24}}
HB.oordeel("meeneembare voorziening, van de werkgever te verlangen", "meeneembare-voorziening", HMV, "werkplekaanpassing-van-werkgever-te-verlangen",
           "ondersteuning.niet-van-werkgever-te-verlangen", ("15", "2", "f"),
           dict(HMV, id="a1", voorziening="meeneembare-voorziening", ontvangstdatum="2024-08-20", aanvrager="persoon",
                oordelen={"onvoldoende-bijdrage-arbeidsinschakeling": False, "kosten-proportioneel": True}), ctx=HB_PO, ctx_aanvraag=HB_PO_A)
HB.oordeel("jobcoaching, kosten proportioneel", "jobcoaching", HJC, "kosten-proportioneel", "ondersteuning.proportioneel", ("15", "2", "g"),
           dict(HJC, id="a1", voorziening="jobcoaching", ontvangstdatum="2024-08-20", aanvrager="persoon",
                oordelen={"onvoldoende-bijdrage-arbeidsinschakeling": False}), ctx=HB_PO, ctx_aanvraag=HB_PO_A)
# --- further boundary cases
HB_PF_A = {"id": "a1", "voorziening": "proefplaats", "ontvangstdatum": "2024-08-20", "inStaatTotWerkzaamheden": False,
           "concurrentieverhoudingenOnverantwoordBeinvloed": False, "verdringing": False, "werkzaamhedenEerderOnbeloondBijWerkgever": False,
           "ookZonderProefplaatsAangenomen": False, "aansluitendDienstverbandMetForfaitaireLoonkostensubsidie": False,
           "oordelen": {"onvoldoende-bijdrage-arbeidsinschakeling": False, "proefplaats-noodzakelijk": True, "proefplaats-vergroot-kans-arbeidsinschakeling": True}}
HB.add("Aanvraag proefplaats, persoon niet in staat tot de werkzaamheden: 'uitsluitend als', één verplichte grond (art. 13 lid 3 onder a, L-06, L-10)",
       {"werkgever": {"schriftelijkeIntentieIndienstnemingNaProefplaats": True}, "aanvragen": [HB_PF_A],
        "verwacht": {"a1": {"uitkomst": "MOET_WORDEN_GEWEIGERD", "weigeringsgronden": [grond("proefplaats.lid3", "13", "3", "a", None, True)],
                            "voorwaarden": {"proefplaats.in-staat": "NIET_VERVULD"}}}})
HB.add("Aanvraag jobcoaching, jobcoach voldoet niet aan bijlage 1: kwaliteitseis, één verplichte grond (art. 20 lid 1, L-16)",
       {**HB_PO_A, "aanvragen": [dict(HJC, id="a1", voorziening="jobcoaching", ontvangstdatum="2024-08-20", aanvrager="persoon",
                                     jobcoachVoldoetAanEisenErkenningskaderUwv=False,
                                     oordelen={"onvoldoende-bijdrage-arbeidsinschakeling": False, "kosten-proportioneel": True})],
        "verwacht": {"a1": {"uitkomst": "MOET_WORDEN_GEWEIGERD",
                            "weigeringsgronden": [grond("jobcoaching.kwaliteitseisen-niet-voldaan", "20", "1", None, None, True)]}}})
HB.add("Verleende proefplaats, oordelen noodzaak (lid 1) en verwachting (lid 3 onder b) beide false gegeven: toetsen bij toekenning, beide niet gebruikt (art. 13, L-17, L-19)",
       {"verleendeVoorzieningen": [HB.verleend("proefplaats", dict(PF), {"proefplaats-noodzakelijk": False, "proefplaats-vergroot-kans-arbeidsinschakeling": False})],
        "verwacht": {"nietGebruikt": ["verleendeVoorzieningen[0].oordelen.proefplaats-noodzakelijk",
                                      "verleendeVoorzieningen[0].oordelen.proefplaats-vergroot-kans-arbeidsinschakeling"],
                     "v1": {"uitkomst": "VOORTZETTEN", "beeindigingsgronden": [], "openOordelen": [],
                            "afwezig": ["proefplaats.noodzakelijk", "proefplaats.vergroot-kans"]}}})
HB.schrijf("rules-haaksbergen/scenarios/tweede-lezing-lez-toek.json",
           "Tweede lezing lez-toek — toetsen bij de toekenning en voortdurende voorwaarden op een verleende voorziening (L-06, L-08, L-16, L-17, L-19, §4 punt 12): art. 13 lid 3 onder a en c, 15 lid 2 onder f en g, 20 lid 1")

# ---------------------------------------------------------------- Heemstede
H = Pakket("LT-H", {"gemeente": "Heemstede", "peildatum": "2023-11-15",
                    "persoon": {"geboortedatum": "1983-07-21", "behoortTotDoelgroep": True, "afstandTotArbeidsmarkt": "kort",
                                "uitkering": "algemene-bijstand", "arbeidsbeperking": True, "vsoProOnderwijs": False,
                                "begeleidingAanzienlijkBovenGebruikelijk": True}},
           {"niet-langer-voldoende-bijdrage-beoogd-doel": False, "niet-meer-geschikt": False},
           {"artikel": "3", "lid": "3", "onderdeel": "h"}, "2023-10-02")
H.voortdurend("proefplaats, in staat tot de werkzaamheden", "proefplaats", PF, "proefplaats.in-staat", ("12A", "3", "a"),
              {}, {"inStaatTotWerkzaamheden": False}, {"inStaatTotWerkzaamheden": None}, afwezig=["proefplaats.lid3"])
H.voortdurend("proefplaats, geen verdringing", "proefplaats", PF, "proefplaats.geen-verdringing", ("12A", "3", "c"),
              {}, {"concurrentieverhoudingenOnverantwoordBeinvloed": True}, VD_LEEG, afwezig=["proefplaats.lid3"])
H_PF_A = {"id": "a1", "voorziening": "proefplaats", "ontvangstdatum": "2023-11-01", "inStaatTotWerkzaamheden": True,
          "concurrentieverhoudingenOnverantwoordBeinvloed": False, "verdringing": False, "werkzaamhedenEerderOnbeloondBijWerkgever": False,
          "ookZonderProefplaatsAangenomen": False,
          "oordelen": {"proefplaats-noodzakelijk": True, "onvoldoende-bijdrage-arbeidsinschakeling": False}}
H.oordeel("proefplaats, verwachting kans op arbeidsinschakeling", "proefplaats", PF, "proefplaats-vergroot-kans-arbeidsinschakeling",
          "proefplaats.vergroot-kans", ("12A", "3", "b"), H_PF_A,
          ctx_aanvraag={"werkgever": {"naam": "Tuincentrum De Linde", "schriftelijkeIntentieIndienstnemingNaProefplaats": True}})
H_PO = {"werkgever": {"naam": "Zorgcentrum Het Overbos"}, "dienstbetrekking": {"ingangsdatum": "2023-10-02", "einddatum": "2024-10-01", "urenPerWeek": 16}}
HWA = {"gevraagdVoor": "dienstbetrekking", "kanZonderOndersteuningNietDeelnemen": True, "arboTaakWerkgever": False,
       "standaarduitrustingOfAlgemeenGebruikelijk": False, "nodigOmTeKunnenWerken": True, "noodzaakEnMeerwaardeInWerksfeerAantoonbaar": True}
H.oordeel("werkplekaanpassing, van de werkgever te verlangen", "werkplekaanpassing", HWA, "werkplekaanpassing-van-werkgever-te-verlangen",
          "ondersteuning.niet-van-werkgever-te-verlangen", ("12C", "2", "f"),
          dict(HWA, id="a1", voorziening="werkplekaanpassing", ontvangstdatum="2023-10-20", aanvrager="persoon",
               oordelen={"onvoldoende-bijdrage-arbeidsinschakeling": False, "kosten-proportioneel": True}), ctx=H_PO)
HHJ = {"gevraagdVoor": "dienstbetrekking", "kanZonderOndersteuningNietDeelnemen": True, "arboTaakWerkgever": False,
       "jobcoachErkendDoorUwv": True, "jobcoachHboWerkEnDenkniveau": True, "jobcoachOpleidingMetCertificaat": True, "begeleidingsniveau": "licht"}
H.oordeel("jobcoaching, kosten proportioneel", "jobcoaching", HHJ, "kosten-proportioneel", "ondersteuning.proportioneel", ("12C", "2", "g"),
          dict(HHJ, id="a1", voorziening="jobcoaching", ontvangstdatum="2023-10-20", aanvrager="persoon",
               oordelen={"onvoldoende-bijdrage-arbeidsinschakeling": False, "werkplekaanpassing-van-werkgever-te-verlangen": False}), ctx=H_PO)
H.voortdurend("jobcoaching, jobcoach erkend door het UWV (kwaliteitseis)", "jobcoaching", HHJ, "jobcoaching.jobcoach-erkend", ("12H", "2", "a"),
              {}, {"jobcoachErkendDoorUwv": False}, {"jobcoachErkendDoorUwv": None}, afwezig=["jobcoaching.jobcoach-voldoet-niet"], ctx=H_PO)
H.voortdurend("jobcoaching, hbo-niveau en opleiding met certificaat (kwaliteitseis)", "jobcoaching", HHJ, "jobcoaching.jobcoach-opleiding", ("12H", "2", "b"),
              {}, {"jobcoachOpleidingMetCertificaat": False}, {"jobcoachHboWerkEnDenkniveau": None, "jobcoachOpleidingMetCertificaat": None},
              afwezig=["jobcoaching.jobcoach-voldoet-niet"], ctx=H_PO)
# --- further boundary cases
H.add("Verleend, jobcoach niet meer erkend én zonder certificaat: twee kwaliteitseisen niet meer vervuld, twee gronden (art. 12H lid 2 onder a en b, L-16, L-10)",
      {**H_PO, "verleendeVoorzieningen": [H.verleend("jobcoaching", dict(HHJ, jobcoachErkendDoorUwv=False, jobcoachOpleidingMetCertificaat=False))],
       "verwacht": {"v1": {"uitkomst": "KAN_WORDEN_BEEINDIGD",
                           "beeindigingsgronden": [grond("voorwaarde-niet-meer-vervuld", "12H", "2", "a", H.via, False),
                                                   grond("voorwaarde-niet-meer-vervuld", "12H", "2", "b", H.via, False)],
                           "afwezig": ["jobcoaching.jobcoach-voldoet-niet"]}}})
H.add("Aanvraag jobcoaching, jobcoach niet erkend door het UWV: kwaliteitseis, één verplichte grond (art. 12H lid 2 onder a, L-16)",
      {**H_PO, "aanvragen": [dict(HHJ, id="a1", voorziening="jobcoaching", ontvangstdatum="2023-10-20", aanvrager="persoon", jobcoachErkendDoorUwv=False,
                                  oordelen={"onvoldoende-bijdrage-arbeidsinschakeling": False, "werkplekaanpassing-van-werkgever-te-verlangen": False,
                                            "kosten-proportioneel": True})],
       "verwacht": {"a1": {"uitkomst": "MOET_WORDEN_GEWEIGERD",
                           "weigeringsgronden": [grond("jobcoaching.jobcoach-voldoet-niet", "12H", "2", "a", None, True)]}}})
HJO = dict(HHJ, jobcoachingGeborgdInCoachingsplan=True, omvangEnKwaliteitJobcoachingPassend=True, continuiteitJobcoachingGeborgd=True,
           persoonStemtSchriftelijkIn=True)
H.add("Verleende subsidie voor het organiseren van jobcoaching, jobcoach niet meer erkend: 12J lid 2 neemt 12D-12I in acht, kan worden beëindigd (art. 12H lid 2 onder a, L-16)",
      {**H_PO, "verleendeVoorzieningen": [H.verleend("jobcoaching-organiseren", dict(HJO, jobcoachErkendDoorUwv=False))],
       "verwacht": {"v1": {"uitkomst": "KAN_WORDEN_BEEINDIGD",
                           "beeindigingsgronden": [grond("voorwaarde-niet-meer-vervuld", "12H", "2", "a", H.via, False)]}}})
H.add("Aanvraag subsidie voor het organiseren van jobcoaching, jobcoach niet erkend: kwaliteitseis via 12J lid 2, verplichte grond (art. 12H lid 2 onder a, L-16)",
      {**H_PO, "aanvragen": [dict(HJO, id="a1", voorziening="jobcoaching-organiseren", ontvangstdatum="2023-10-20", aanvrager="werkgever",
                                  jobcoachErkendDoorUwv=False,
                                  oordelen={"onvoldoende-bijdrage-arbeidsinschakeling": False, "werkplekaanpassing-van-werkgever-te-verlangen": False,
                                            "kosten-proportioneel": True})],
       "verwacht": {"a1": {"uitkomst": "MOET_WORDEN_GEWEIGERD",
                           "weigeringsgronden": [grond("jobcoaching.jobcoach-voldoet-niet", "12H", "2", "a", None, True)]}}})
H.add("Heemstede 2024: verleende jobcoaching, oordeel kosten proportioneel false gegeven: ook onder de beleidsregels een toets bij toekenning, niet gebruikt (art. 12C lid 2 onder g, L-19)",
      {"peildatum": "2024-09-01", "werkgever": {"naam": "Zorgcentrum Het Overbos"},
       "dienstbetrekking": {"ingangsdatum": "2024-06-03", "einddatum": "2025-06-02", "urenPerWeek": 16},
       "verleendeVoorzieningen": [dict(H.verleend("jobcoaching", dict(HHJ), {"kosten-proportioneel": False}), verleendOp="2024-06-03")],
       "verwacht": {"nietGebruikt": ["verleendeVoorzieningen[0].oordelen.kosten-proportioneel"],
                    "v1": {"afwezig": ["ondersteuning.proportioneel"], "openOordelen": []}}})
H.schrijf("rules-heemstede/scenarios/tweede-lezing-lez-toek.json",
          "Tweede lezing lez-toek — toetsen bij de toekenning en voortdurende voorwaarden op een verleende voorziening (L-06, L-08, L-16, L-17, L-19, §4 punt 12): art. 12A lid 3 onder a, b, c, 12C lid 2 onder f en g, 12H lid 2")

# ---------------------------------------------------------------- Waterland
W = Pakket("LT-W", {"gemeente": "Waterland", "peildatum": "2025-09-01",
                    "persoon": {"geboortedatum": "1988-04-04", "behoortTotDoelgroep": True, "uitkering": "algemene-bijstand", "arbeidsbeperking": True}},
           {"niet-langer-bijdrage-snelle-arbeidsinschakeling": False, "niet-meer-geschikt": False},
           {"artikel": "3", "lid": "2", "onderdeel": "g"}, "2025-07-01")
WPF = {"inStaatTotWerkzaamheden": True}
W.voortdurend("proefplaatsing, in staat tot de werkzaamheden", "proefplaats", WPF, "proefplaats.in-staat", ("13", "4", "a"),
              {}, {"inStaatTotWerkzaamheden": False}, {"inStaatTotWerkzaamheden": None}, afwezig=["proefplaats.lid3"],
              verleend_extra={"verleendTot": "2025-09-30"})
W_PF_A = {"id": "a1", "voorziening": "proefplaats", "ontvangstdatum": "2025-08-20", "gevraagdePeriode": {"vanaf": "2025-09-15", "totEnMet": "2025-11-14"},
          "inStaatTotWerkzaamheden": True, "werkzaamhedenEerderOnbeloondBijWerkgever": False, "ookZonderProefplaatsAangenomen": False,
          "oordelen": {"onvoldoende-bijdrage-arbeidsinschakeling": False, "proefplaats-noodzakelijk": True}}
W.oordeel("proefplaatsing, verwachting kans op arbeidsinschakeling", "proefplaats", WPF, "proefplaats-vergroot-kans-arbeidsinschakeling",
          "proefplaats.vergroot-kans", ("13", "4", "b"), W_PF_A,
          ctx_aanvraag={"werkgever": {"intentieArbeidsovereenkomstNaProefplaatsing": True}}, verleend_extra={"verleendTot": "2025-09-30"})
W_PO = {"werkgever": {"naam": "Zaanse Bakkerij"}, "dienstbetrekking": {"ingangsdatum": "2025-06-16", "urenPerWeek": 24}}
W_PO_A = {"werkgever": {"naam": "Zaanse Bakkerij"}, "dienstbetrekking": {"ingangsdatum": "2025-08-04", "urenPerWeek": 24}}
WWA = {"gevraagdVoor": "dienstbetrekking", "kanZonderOndersteuningNietDeelnemen": True, "arboTaakWerkgever": False,
       "nodigOmTeKunnenWerken": True, "noodzaakEnMeerwaardeInWerksfeerAantoonbaar": True}
W.oordeel("werkplekaanpassing, van de werkgever te verlangen", "werkplekaanpassing", WWA, "werkplekaanpassing-van-werkgever-te-verlangen",
          "ondersteuning.niet-van-werkgever-te-verlangen", ("20b", "2", "f"),
          dict(WWA, id="a1", voorziening="werkplekaanpassing", ontvangstdatum="2025-08-20", aanvrager="persoon",
               oordelen={"onvoldoende-bijdrage-arbeidsinschakeling": False, "kosten-proportioneel": True}), ctx=W_PO, ctx_aanvraag=W_PO_A)
WJC = {"gevraagdVoor": "dienstbetrekking", "soortJobcoach": "gemeentelijk", "jobcoachHboWerkEnDenkniveau": True, "jobcoachOpleidingMetCertificaat": True,
       "kanZonderOndersteuningNietDeelnemen": True, "arboTaakWerkgever": False, "begeleidingsniveau": "licht"}
W.oordeel("jobcoaching, kosten proportioneel", "jobcoaching", WJC, "kosten-proportioneel", "ondersteuning.proportioneel", ("20b", "2", "g"),
          dict(WJC, id="a1", voorziening="jobcoaching", ontvangstdatum="2025-08-20", aanvrager="werkgever", soort="eerste",
               oordelen={"onvoldoende-bijdrage-arbeidsinschakeling": False}), ctx=W_PO, ctx_aanvraag=W_PO_A)
W.voortdurend("gemeentelijke jobcoach, hbo-opleiding of -niveau (kwaliteitseis)", "jobcoaching", WJC, "jobcoach.hbo", ("20g", "1", "a"),
              {}, {"jobcoachHboWerkEnDenkniveau": False}, {"jobcoachHboWerkEnDenkniveau": None}, afwezig=["jobcoach.kwaliteitseisen"], ctx=W_PO)
WEX = dict(WJC, soortJobcoach="extern", jobcoachErkendDoorUwv=True)
del WEX["jobcoachHboWerkEnDenkniveau"]; del WEX["jobcoachOpleidingMetCertificaat"]
W.voortdurend("externe jobcoach, UWV-erkenning aangetoond (kwaliteitseis)", "jobcoaching", WEX, "jobcoach.uwv-erkenning", ("20g", "2", None),
              {}, {"jobcoachErkendDoorUwv": False}, {"jobcoachErkendDoorUwv": None}, afwezig=["jobcoach.geen-uwv-erkenning"], ctx=W_PO)
WIW = {"gevraagdVoor": "dienstbetrekking", "kanZonderOndersteuningNietDeelnemen": True, "arboTaakWerkgever": False, "begeleidingsniveau": "licht",
       "werkbegeleiderTraining": True, "werkbegeleiderErvaringWerkinstructiesMaanden": 12, "werkbegeleiderErvaringWerkzaamheden": True,
       "werkbegeleiderVrijstellingUren": True}
W.voortdurend("interne werkbegeleider, training gevolgd (kwaliteitseis)", "interne-werkbegeleiding", WIW, "werkbegeleider.training", ("20g", "4", "a"),
              {}, {"werkbegeleiderTraining": False}, {"werkbegeleiderTraining": None}, afwezig=["werkbegeleider.kwaliteitseisen"], ctx=W_PO)
# --- further boundary cases
W.add("Verleend, interne werkbegeleider zonder ervaring met werkinstructies (0 maanden): niet meer vervuld, kan worden beëindigd (art. 20g lid 4 onder b, L-16)",
      {**W_PO, "verleendeVoorzieningen": [W.verleend("interne-werkbegeleiding", dict(WIW, werkbegeleiderErvaringWerkinstructiesMaanden=0))],
       "verwacht": {"v1": {"uitkomst": "KAN_WORDEN_BEEINDIGD",
                           "beeindigingsgronden": [grond("voorwaarde-niet-meer-vervuld", "20g", "4", "b", W.via, False)],
                           "voorwaarden": {"werkbegeleider.ervaring-werkinstructies": "NIET_VERVULD"}}}})
W.add("Verleend, interne werkbegeleider met één maand ervaring: de tekst noemt geen minimum, 'aantoonbaar ervaring' is vervuld (art. 20g lid 4 onder b, L-16)",
      {**W_PO, "verleendeVoorzieningen": [W.verleend("interne-werkbegeleiding", dict(WIW, werkbegeleiderErvaringWerkinstructiesMaanden=1))],
       "verwacht": {"v1": {"uitkomst": "VOORTZETTEN", "beeindigingsgronden": [],
                           "voorwaarden": {"werkbegeleider.ervaring-werkinstructies": "VERVULD"}}}})
WSN = dict(WJC); del WSN["soortJobcoach"]
W.add("Verleend, niet gegeven wie de jobcoach is: welke kwaliteitseis geldt is niet vastgesteld, niets ontbreekt, geen grond (art. 20g, L-19, L-08)",
      {**W_PO, "verleendeVoorzieningen": [W.verleend("jobcoaching", WSN)],
       "verwacht": {"v1": {"uitkomst": "VOORTZETTEN", "beeindigingsgronden": [], "ontbrekendeGegevens": [], "openOordelen": []}}})
W.add("Aanvraag, gemeentelijke jobcoach zonder hbo-niveau: kwaliteitseis, één verplichte grond (art. 20g lid 1 onder a, L-16)",
      {**W_PO_A, "aanvragen": [dict(WJC, id="a1", voorziening="jobcoaching", ontvangstdatum="2025-08-20", aanvrager="werkgever", soort="eerste",
                                    jobcoachHboWerkEnDenkniveau=False,
                                    oordelen={"onvoldoende-bijdrage-arbeidsinschakeling": False, "kosten-proportioneel": True})],
       "verwacht": {"a1": {"uitkomst": "MOET_WORDEN_GEWEIGERD",
                           "weigeringsgronden": [grond("jobcoach.kwaliteitseisen", "20g", "1", "a", None, True)]}}})
W.schrijf("rules-waterland/scenarios/tweede-lezing-lez-toek.json",
          "Tweede lezing lez-toek — toetsen bij de toekenning en voortdurende voorwaarden op een verleende voorziening (L-06, L-08, L-16, L-17, L-19, §4 punt 12): art. 13 lid 4 onder a en b, 20b lid 2 onder f en g, 20g")
