"""The 2023 tjänsteutlåtande's particulars as seed 002 gives them: its two
signatories. Its diarienummer and date are not in the seed and stay empty."""

from fou.decisions.models import DecisionDocument

SIGNATORIES_2023 = {
    "signatory_1_name": "Veronica Carstorp Wolgast",
    "signatory_1_title": "T.f. förvaltningschef",
    "signatory_2_name": "Maria Karlsson",
    "signatory_2_title": "T.f. avdelningschef",
}


def load_decision_documents(loader) -> None:
    loader.ensure(DecisionDocument, {"year": 2023}, SIGNATORIES_2023)
