"""Projects, trips and decisions named in the seeds (DOMAIN.md, 'Real history').

Amounts the seeds do not give are None and shown as unknown. The 2023 asked
amounts, and the 2022 grants that the 2023 continuations imply, come from the
reconstruction in shared/data/allocation-2023.json and are labelled as such.
"""

S2018 = "Redovisning av lokala utvecklingsprojekt 2018 (Hässelby-Vällingby 2019-08-29)"
S2020 = "Redovisning av lokala utvecklingsprojekt år 2020 (tjänsteutlåtande 2021)"
S2023 = "Tjänsteutlåtande 2023, Förslag till fördelning"
RECONSTRUCTED = (
    "Rekonstruktion: projektet är inne på år 2 eller 3 år 2023 och bör ha beviljats 2022"
)

PROJECTS_2018 = [
    (
        "Samlarteam",
        "Syftet var att skapa ett team som arbetar med personer som har ett samlarbeteende.",
    ),
    (
        "Lösningsinriktad intensiv hemmabaserad familjebehandling (LIHF)",
        "Syftet med projektet var att undersöka om LIHF är ett alternativ till extern placering.",
    ),
    (
        "Kristeamet",
        "Syftet var att vara en länk mellan familj och socialsekreterare och gå in "
        "med kortare insatser under utredningstiden.",
    ),
    (
        "Stockholms regnbågsteam",
        "Syftet var att skapa en träfflokalsverksamhet samt att skapa "
        "ett team med boendestödjare för målgruppen HBTQ med psykisk ohälsa.",
    ),
    (
        "Mätinstrument livskvalitet gruppboende",
        "Syftet var att utbilda samtliga boende i "
        "självbestämmande samt att genomföra en enkätundersökning och fokusgrupp.",
    ),
    (
        "Brukarskola på boende- och behandlingsenheten",
        "Syftet var att skapa en modell för att "
        "underlätta den enskildes autonomi och väg till ett så självständigt boende som möjligt.",
    ),
    (
        "Bostad direkt",
        "Syftet var att ta fram en ny arbetsmetod för att nå långvarigt hemlösa personer.",
    ),
    (
        "Bo kvar",
        "Syftet var att förstärka och utveckla det interna och externa samarbetet kring "
        "hemlöshet och det vräkningsförebyggande arbetet.",
    ),
    (
        "Södermalmsmodellen",
        "Syftet var att ta fram en metod för att bättre tillvarata "
        "boendestödjarens och arbetsterapeutens kompetenser.",
    ),
    (
        "Nya startpunkten",
        "Syftet var att utveckla en träfflokalsverksamhet som drivs av brukarna själva.",
    ),
]
CONTINUED_2019 = [
    "Nya startpunkten",
    "Södermalmsmodellen",
    "Samlarteam",
    "Kristeamet",
    "Lösningsinriktad intensiv hemmabaserad familjebehandling (LIHF)",
    "Mätinstrument livskvalitet gruppboende",
    "Brukarskola på boende- och behandlingsenheten",
]

# title, organisation keys (first is lead unless joint with unknown lead), purpose
PROJECTS_2020 = [
    (
        "Min ekonomi",
        ["hagersten-alvsjo"],
        "Syftet med projektet var att förbereda inför ett "
        "betydande utvecklingsarbete av metoder för ökad insyn och ökad egenmakt för personer som "
        "bor på grupp- och servicebostäder.",
    ),
    (
        "En plats för dig: Verksamhetsutveckling i socialpsykiatrin med tjänstedesign som metod",
        ["hagersten-alvsjo"],
        "Projektets syfte har varit att öka brukarinflytande och "
        "valfriheten genom att anpassa verksamheten och öka möjligheterna till återhämtning.",
    ),
    (
        "Ett systematiskt, skyndsamt och tryggt förändringsarbete för en modern och hållbar "
        "socialtjänst",
        ["hasselby-vallingby"],
        "Syftet med projektet är att barn och unga ska få "
        "hjälp i ett tidigt skede för att bryta negativ utveckling av sociala problem.",
    ),
    (
        "Etableringscoach",
        ["kungsholmen", "norrmalm", "ostermalm"],
        "Projektets syfte var att "
        "stärka nyanlända ungdomars etablering i samhället genom att stötta dem i att bli "
        "självförsörjande och självständiga.",
    ),
    (
        "Familjeorienterat arbetssätt",
        ["skarpnack"],
        "Projektets övergripande syfte är att "
        "familjerna ska få ett sammanhållet stöd, med ett stärkande barnrättsperspektiv och att "
        "uppmärksamma och jobba för det förebyggande arbetet.",
    ),
    (
        "Intern-SIP",
        ["skarholmen"],
        "Projektets syfte var att stärka brukaren och införa "
        "likställighet i samverkan som förhoppningsvis bidrar till en minskning av risker för "
        "godtycklighet i handläggningen samt att göra socialtjänsten mer begriplig för brukarna.",
    ),
    (
        "Alla barn i centrum (ABC): Ett universellt gruppstöd till föräldrar med barn i åldern "
        "0-2 år",
        ["socialforvaltningen"],
        "Syftet med projektet var att främja barns psykiska "
        "hälsa och förebygga ohälsa bland barn i åldrarna 0-2 år.",
    ),
    (
        "Islandsprojektet Stockholm",
        ["socialjouren"],
        "Syftet med projektet var att utveckla "
        "samt förbättra processerna och samverkan mellan socialjour, polis och sjukvård vid akuta "
        "våldshändelser i familjer med barn.",
    ),
    (
        "Nya startpunkten",
        ["ostermalm"],
        "Projektet syfte har varit att utöka brukarmedverkan "
        "och brukarinflytandet på träfflokalen Startpunkten i Hjorthagen.",
    ),
]
CONTINUED_2021 = [
    "Familjeorienterat arbetssätt",
    "Ett systematiskt, skyndsamt och tryggt förändringsarbete för en modern och hållbar "
    "socialtjänst",
]

# organisation key, title, asked (reconstruction), granted, continuing (year 2 or 3)
LUM_2023 = [
    ("farsta", "Våga anmäla våga vittna", 500_000, 400_000, True),
    (
        "hagersten-alvsjo",
        "Civilsamhället som resurs för nyanländas väg till egen bostad",
        500_000,
        400_000,
        True,
    ),
    (
        "hasselby-vallingby",
        "Studiecirklar i bostadssökning - Civilsamhället som resurs för "
        "nyanländas väg till egen bostad",
        500_000,
        400_000,
        True,
    ),
    ("norrmalm", "Tidigt stöd till minderåriga EU-medborgare", 250_000, 200_000, True),
    (
        "rinkeby-kista",
        "Utveckla arbetssätt och metoder för strukturerar samverkan och "
        "parallella insatser för rehabiliteringsärenden på ekonomiskt bistånd",
        500_000,
        400_000,
        True,
    ),
    ("rinkeby-kista", "Agera tillsammans", 500_000, 500_000, False),
    (
        "skarpnack",
        "Ingen ska lämnas utanför - socialtjänstens barnrättsarbete för barn i "
        "ekonomisk utsatthet ur ett socialt hållbarhetsperspektiv",
        500_000,
        400_000,
        True,
    ),
    ("socialtjanstavdelningen", "ABC 0-2 år", 500_000, 500_000, False),
    ("spanga-tensta", "Den placerade ungdomen och nätverket", 500_000, 400_000, True),
    ("sodermalm", "Prata om det – barn som anhöriga", 250_000, 250_000, False),
]
REFUSED_2023 = {
    "organisation": "hagersten-alvsjo",
    "title": "Signs of Safety (implementation of its approach and methods)",
    "asked": 450_000,
    "reason": (
        "FoU i Väst, forskare knutna till Göteborgsregionen och Göteborgs universitet, kommer "
        "tillsammans med ett antal kommuner att ingå i ett fyraårigt forskningsprojekt med "
        "finansiering från Forte som avser att utvärdera Signs of Safetys metoder inom arbetet "
        "med barnavårdsutredningar. Staden följer det projektet och bedömningen är att inte "
        "använda utvecklingsmedel för metoden 2023."
    ),
}
# organisation key, trip, granted (asked the same: MUL asked and granted totals are equal)
MUL_2023 = [
    ("enskede-arsta-vantor", "Nordic Reform Conferences och Rusopplysningen. Oslo, Norge.", 25_000),
    (
        "farsta",
        "Besök i verksamheter som arbetar med mentalisering i familjer med barn och "
        "ungdomar som är placeringsnära. Köpenhamn, Danmark.",
        25_000,
    ),
    (
        "sodermalm",
        "Verksamhetsbesök område ekonomiskt bistånd, De Regenboog och City "
        "Government of Amsterdam, Nederländerna.",
        25_000,
    ),
    (
        "socialforvaltningen",
        "Sociolancen, samarbete mellan stadsförvaltning och sjukvård, Köpenhamn, Danmark.",
        25_000,
    ),
    ("spanga-tensta", "Verksamhetsbesök gruppbostad LSS, Köpenhamn, Danmark.", 25_000),
    ("spanga-tensta", "Verksamhetsbesök FACT-team funktionsstödsförvaltingen, Malmö.", 25_000),
    (
        "hasselby-vallingby",
        "Studiebesök Malmö Civic Lab med fokus användardriven verksamhetsutveckling, Malmö.",
        13_500,
    ),
    (
        "hagersten-alvsjo",
        "Studiebesök om förebyggande arbete unga kriminella, Örebro och Helsingborgs kommuner",
        25_000,
    ),
]
