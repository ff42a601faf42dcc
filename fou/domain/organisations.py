"""The city's organisations as the seeds name them (DOMAIN.md, 'Who is involved')."""

import datetime

MERGE_2020 = datetime.date(2020, 1, 1)
END_2019 = datetime.date(2019, 12, 31)

# key, Swedish name, English name: the kinds of applicant the site starts with.
KINDS = [
    ("district", "Stadsdelsförvaltning", "District administration"),
    ("administration", "Facknämndsförvaltning", "Specialist administration"),
    ("unit", "Avdelning eller enhet", "Department or unit"),
    ("association", "Förening", "Association"),
    ("company", "Företag", "Company"),
]
CITY_KINDS = ["district", "administration", "unit"]

# key, name, kind, parent key, valid from, valid to
ORGANISATIONS = [
    ("bromma", "Bromma", "district", None, None, None),
    ("enskede-arsta-vantor", "Enskede-Årsta-Vantör", "district", None, None, None),
    ("farsta", "Farsta", "district", None, None, None),
    ("hagersten-liljeholmen", "Hägersten-Liljeholmen", "district", None, None, END_2019),
    ("alvsjo", "Älvsjö", "district", None, None, END_2019),
    ("hagersten-alvsjo", "Hägersten-Älvsjö", "district", None, MERGE_2020, None),
    ("hasselby-vallingby", "Hässelby-Vällingby", "district", None, None, None),
    ("kungsholmen", "Kungsholmen", "district", None, None, None),
    ("norrmalm", "Norrmalm", "district", None, None, None),
    ("rinkeby-kista", "Rinkeby-Kista", "district", None, None, None),
    ("skarpnack", "Skarpnäck", "district", None, None, None),
    ("skarholmen", "Skärholmen", "district", None, None, None),
    ("spanga-tensta", "Spånga-Tensta", "district", None, None, None),
    ("sodermalm", "Södermalm", "district", None, None, None),
    ("ostermalm", "Östermalm", "district", None, None, None),
    ("socialforvaltningen", "Socialförvaltningen", "administration", None, None, None),
    (
        "socialtjanstavdelningen",
        "Socialtjänstavdelningen",
        "unit",
        "socialforvaltningen",
        None,
        None,
    ),
    ("socialjouren", "Socialjouren", "unit", "socialforvaltningen", None, None),
]

# predecessor key → successor key (Hägersten-Liljeholmen and Älvsjö became
# Hägersten-Älvsjö in 2020).
SUCCESSIONS = [
    ("hagersten-liljeholmen", "hagersten-alvsjo"),
    ("alvsjo", "hagersten-alvsjo"),
]

# Every name the seeds give, for reading documents before any organisation is
# registered (a fresh database, a command run without demo data).
SEED_ORGANISATION_NAMES = tuple(name for _key, name, *_rest in ORGANISATIONS)
SEED_DISTRICT_NAMES = tuple(
    name
    for _key, name, kind, _parent, _from, valid_to in ORGANISATIONS
    if kind == "district" and valid_to is None
)
