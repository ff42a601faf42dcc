"""Decision documents the extraction has never seen: built from parts, then damaged.

Each decision has the layout of seed 002 (see ``extract_allocation``) with
other districts, projects, trips, amounts and years, and is damaged with the
seeds' full OCR profile (``profile.estimate_profile``) under a fixed seed.
"""

import random
import textwrap
from dataclasses import dataclass
from functools import cache

from fou.domain.text.damage import damage_text
from fou.domain.text.profile import estimate_profile

from ..text.seeds import CLEAN_001, CLEAN_003, DAMAGED_000, DECISION_002, PLAN_004

DISTRICTS = [
    "Bromma",
    "Enskede-Årsta-Vantör",
    "Farsta",
    "Hägersten-Älvsjö",
    "Hässelby-Vällingby",
    "Kungsholmen",
    "Norrmalm",
    "Rinkeby-Kista",
    "Skarpnäck",
    "Skärholmen",
    "Spånga-Tensta",
    "Södermalm",
    "Östermalm",
    "Socialförvaltningen",
]
PROJECTS = [
    "Förebyggande stöd till äldre som bor ensamma",
    "Tidiga insatser för barn vars föräldrar är i konflikt",
    "Våld i nära relationer – en modell för samverkan",
    "Stärkt delaktighet för brukare inom socialpsykiatrin",
    "Uppföljning av placerade barns skolgång",
    "Bostadsstöd för unga vuxna som lämnar familjehem",
    "Ett gemensamt arbetssätt för ekonomiskt bistånd",
    "Föräldrastöd på lätt svenska i förskolan",
    "Mötesplatser för ensamkommande ungdomar",
    "Systematisk uppföljning inom missbruksvården",
    "Klientens röst i utredningar om försörjningsstöd",
    "Språkstöd och tolkning vid hembesök",
]
TRIPS = [
    "Studiebesök hos socialtjänsten i Malmö om våldsprevention",
    "Resa till Köpenhamn för att lära om hemlöshet",
    "Besök på familjecentraler i Göteborg",
    "Studieresa till Helsingfors om bostad först",
    "Möte med förvaltningar i Örebro om äldres hälsa",
    "Studiebesök i Umeå om samverkan med skolan",
]


@dataclass(frozen=True)
class Decision:
    year: int
    lum: tuple[tuple[str, str, int], ...]
    mul: tuple[tuple[str, str, int], ...]
    clean: str
    damaged: str


def _kronor(amount: int) -> str:
    return f"{amount:,}".replace(",", " ")


def _table(title: str, heading: str, rows) -> str:
    cells = [f" {title}", "Förvaltning", heading, "Summa\n(kronor)"]
    for organisation, text, amount in rows:
        cells += [organisation, "\n".join(textwrap.wrap(text, 28)), _kronor(amount)]
    cells += ["Totalt", _kronor(sum(amount for _, _, amount in rows))]
    return "\n\n".join(cells)


def _text(year: int, lum, mul) -> str:
    total = sum(a for _, _, a in lum) + sum(a for _, _, a in mul)
    return "\n\n".join(
        [
            " Fördelning av lokala utvecklingsmedel och\nmedel för utveckling och lärande "
            f"genom\nstudiebesök/resor {year}",
            "Förvaltningens förslag till beslut",
            "1. Socialnämnden godkänner förvaltningens förslag om\nfördelning av medel till "
            f"lokala utvecklingsmedel för år {year}.",
            "2. Ärendet överlämnas till stadsdelsnämnderna för kännedom.",
            "Sammanfattning",
            f"Socialförvaltningen föreslår att {_kronor(total)} kronor fördelas till lokala\n"
            f"utvecklingsmedel och studiebesök för {year}. Projekt som är inne på\n"
            "sitt andra år minskas med 20 procent.",
            _table(f"Förslag till fördelning av lokala utvecklingsmedel {year}", "Projekt", lum),
            _table(
                "Förslag till fördelning av medel för utveckling och lärande\n"
                f"genom studiebesök/resor {year}",
                "Studiebesök till ort",
                mul,
            ),
        ]
    )


@cache
def seed_profile():
    return estimate_profile(
        [DAMAGED_000.read_text(), DECISION_002.read_text(), PLAN_004.read_text()],
        [CLEAN_001.read_text(), CLEAN_003.read_text()],
    )


def decision(seed: int) -> Decision:
    rng = random.Random(seed)
    year = rng.choice(range(2016, 2030))
    districts = rng.sample(DISTRICTS, 7)
    lum = tuple(
        (district, project, rng.randrange(100, 501) * 1000)
        for district, project in zip(districts[:4], rng.sample(PROJECTS, 4), strict=True)
    )
    mul = tuple(
        (district, trip, rng.randrange(10, 26) * 1000)
        for district, trip in zip(districts[4:], rng.sample(TRIPS, 3), strict=True)
    )
    clean = _text(year, lum, mul)
    return Decision(year, lum, mul, clean, damage_text(clean, seed_profile(), seed=seed))
