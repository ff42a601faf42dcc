# ruff: noqa: E501 – a paragraph of prose is one line, as the officer edits it.
"""The prose sections of a tjänsteutlåtande and their starting texts.

The starting texts are seed 002's (the 2023 decision), with its OCR-damaged
letters restored and every figure replaced by a placeholder, so a new year
starts from last year's wording with this year's figures. Markup: a blank line
separates paragraphs, "- " starts a bullet, "## " a subheading; in the
proposal points every line is one numbered point.
"""

from fou.domain.decisions.content import Paragraph

# (key, heading); the order is the document's.
SECTIONS = [
    ("proposal", "Förvaltningens förslag till beslut"),
    ("summary", "Sammanfattning"),
    ("background", "Bakgrund"),
    ("preparation", "Ärendets beredning"),
    ("matter", "Ärendet"),
    ("repayment", "Återbetalning av beviljade medel"),
    ("gender_equality", "Jämställdhetsanalys"),
    ("views", "Förvaltningens synpunkter och förslag"),
]
HEADINGS = dict(SECTIONS)

DEFAULTS = {
    "proposal": """\
Socialnämnden godkänner förvaltningens förslag om fördelning av medel till lokala utvecklingsmedel och medel för utveckling och lärande genom studiebesök/resor {ar}.
Ärendet överlämnas till stadsdelsnämnderna för kännedom.""",
    "summary": """\
Socialförvaltningens arbete med forskning- och utveckling ska bidra till utveckling av socialtjänsten och till bättre resultat för brukarna. I detta ingår utlysning och fördelning av lokala utvecklingsmedel och medel för utbyte och lärande genom studieresor och studiebesök.

Inkomna ansökningar för lokala utvecklingsmedel och medel för utveckling och lärande genom studiebesök/resor för år {ar} omfattar totalt {sokt_totalt} kronor.

Socialförvaltningen föreslår att {beviljat_totalt} kronor fördelas till lokala utvecklingsmedel och studiebesök för {ar}. Förvaltningens förslag på fördelning av medel innebär att:

- {beviljat_lum} kronor avsätts till lokala utvecklingsprojekt
- {beviljat_mul} kronor avsätts för studiebesök/studieresor""",
    "background": """\
Socialförvaltningens arbete med forskning- och utveckling ska bidra till utveckling av socialtjänsten och till bättre resultat för brukarna. Arbetet ska främja evidensbaserad praktik och insatser som bygger på bästa tillgängliga kunskap samt vara praktiknära, ha ett tydligt stockholmsperspektiv och vara ett komplement till statliga myndigheters forskning. I detta ingår utlysning och fördelning av lokala utvecklingsmedel (LUM) och medel för utbyte och lärande genom studieresor och studiebesök (MUL). Utvecklingsmedel beviljas under förutsättning att socialnämnden beslutar om att avsätta medel i verksamhetsplanen för år {ar}.

Huvudkriteriet för projekt som beviljas utvecklingsmedel är att de kan bidra med strategiskt värde för staden som helhet, ansökningarna bedöms därmed primärt utifrån detta. Ett sätt att stärka den strategiska betydelsen för staden är när utvecklingsmedel bidrar till projekt eller studieresor där stadsdelsförvaltningar kan samverka, utbyta erfarenheter och lära av varandra. Utöver huvudkriterierna är inriktningen för utvecklingsmedel för {ar} följande:

- Projekt med avsikt att testa förebyggande insatser och/eller tidigt stöd
- Projekt med syfte att i någon form stärka klientcentrering i arbetet och organisationen
- Projekt som i kombination med något av ovanstående har en utarbetad uppföljnings- och utvärderingsplan som syftar till att fånga effekter för klienten

## Lokala utvecklingsmedel (LUM)

Ansökningarna för lokala utvecklingsmedel till {ar} har prioriterats utifrån hur väl de uppfyller ovanstående kriterier.

LUM kan beviljas för projekt som löper under 1–3 år, ansökan om medel behöver dock göras årligen. Det högsta beloppet att söka per år är {hogsta_belopp_lum} kronor. LUM ger möjlighet att komma igång med ett utvecklingsarbete men att ett projekt fått medel för år ett innebär ingen garanti att medel beviljas för år två och tre.

## Medel för utveckling och lärande genom studiebesök/resor (MUL)

MUL ska bidra till lärande genom erfarenhetsutbyte med kollegor inom liknande verksamheter och funktioner i andra städer eller länder. MUL beviljas inte för att delta i särskilda utbildningar eller konferenser. Det högsta beloppet att söka är {hogsta_belopp_mul} kronor.

Projekt och studieresor som finansierats via LUM och MUL ska rapporteras både gällande ekonomi och genomförande. Godkänd rapport är en förutsättning för att kunna ansöka om och beviljas medel kommande år.""",
    "preparation": """\
Ärendet har beretts inom avdelningen för stadsövergripande sociala frågor och i socialförvaltningens FoU-råd. Ärendet har behandlats i förvaltningsgruppen den (datum). Rådet för funktionshinderfrågor har haft möjlighet att behandla ärendet den (datum).""",
    "matter": """\
Projekt som beviljas medel ska ha strategisk betydelse för staden som helhet, ansökningarna bedöms därmed primärt utifrån detta.

Ansökningsperioden för lokala utvecklingsmedel och medel för utveckling och lärande genom studiebesök/resor {ar} sträckte sig från {ansokningsperiod}. Varje förvaltning kan beviljas medel till högst två ansökningar för lokala utvecklingsprojekt.

Av de ansökningar som kommit in avsåg {antal_ansokningar_lum_ord} ansökningar lokala utvecklingsmedel vilka kom från {antal_stadsdelar_lum_ord} stadsdelsförvaltningar samt socialförvaltningen. Ansökta medel för lokala utvecklingsmedel omfattade totalt {sokt_lum} kronor.

{antal_ansokningar_mul_ord} ansökningar avsåg medel för utveckling och lärande genom studiebesök/resor och kom från {antal_stadsdelar_mul_ord} stadsdelsförvaltningar samt från socialförvaltningen. Ansökta medel för utveckling och lärande genom studiebesök/resor omfattade totalt {sokt_mul} kronor.

Förvaltningens förslag till fördelning är att:

- {beviljat_lum} kr avsätts till lokala utvecklingsmedel (LUM)
- {beviljat_mul} kr avsätts för studiebesök/studieresor (MUL)

Sammanlagt innebär förslaget utdelning av medel för LUM och MUL om {beviljat_totalt} kronor.

Förslaget innebär att medel för projekt som är inne på andra eller tredje året minskas med {sankning_procent} procent. Motiveringen för det är att projekt som pågått under ett eller två års tid bör ha uppnått en viss stabilitet i arbetssätt och att en förberedelse för att rymma arbetet inom ramen för den egna verksamheten och budget behöver påbörjas.

{avslag_lum}""",
    "repayment": """\
Beviljade LUM eller MUL som inte kan användas ska återbetalas till socialförvaltningen. Senast den {aterbetalning_senast} ska berörd förvaltning meddela socialförvaltningen om återbetalning av medel kommer att ske.""",
    "gender_equality": """\
Ärendet är könsneutralt i förhållande till de utvecklingsmedel som går att ansöka om. Utlysningen för lokala utvecklingsmedel och medel för utveckling och lärande genom studieresor/besök bidrar till Stockholms stads arbete för jämställdhet. Genom tilldelning av medel för lokala utvecklingsprojekt ges möjlighet att på lokal nivå arbeta mot målet att kvinnor och män ska ha samma makt att forma samhället och sitt eget liv.""",
    "views": """\
Förvaltningen och FoU-rådet föreslår att lokala utvecklingsmedel (LUM) och medel för utveckling och lärande (MUL) beviljas i enlighet med nedan förslag. Mer utförlig information finns i bilaga 1 och 2.""",
}


def paragraphs(text: str, *, points: bool = False) -> tuple[Paragraph, ...]:
    """Officer's markup to paragraphs (see the module's docstring)."""
    if points:
        return tuple(Paragraph(line.strip(), "point") for line in text.splitlines() if line.strip())
    found = []
    for block in text.replace("\r\n", "\n").split("\n\n"):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        if lines[0].startswith("## "):
            found.append(Paragraph(lines[0][3:].strip(), "subheading"))
            lines = lines[1:]
        if lines and all(line.startswith("- ") for line in lines):
            found.extend(Paragraph(line[2:].strip(), "bullet") for line in lines)
        elif lines:
            found.append(Paragraph(" ".join(lines), "text"))
    return tuple(found)
