"""Demo logins, one per role, matching the test base's cast."""

DEMO_PASSWORD = "fou-demo-2026"

# username, first name, last name, role, organisation keys, what the login is for
USERS = [
    ("anna", "Anna", "Andersson", "applicant", ["farsta"], "sökande för Farsta"),
    ("sven", "Sven", "Svensson", "applicant", ["skarpnack"], "sökande för Skarpnäck"),
    ("rut", "Rut", "Rådberg", "council", ["farsta"], "FoU-rådet, från Farsta (jävig för Farsta)"),
    ("olle", "Olle", "Ohlsson", "council", ["sodermalm"], "FoU-rådet, från Södermalm"),
    ("hanna", "Hanna", "Handläggare", "officer", ["socialforvaltningen"], "handläggare"),
    ("lars", "Lars", "Larsson", "reader", [], "läsare (medarbetare i staden)"),
    ("admin", "Alva", "Admin", "administrator", [], "administratör"),
]


def email_for(username: str) -> str:
    """Demo addresses on a reserved domain, so receipts and decisions have
    somewhere to go (RFC 2606: never delivered)."""
    return f"{username}@fou-demo.example"
