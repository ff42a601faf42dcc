"""A complete, valid LUM draft as the form posts it."""


def draft_data(application, **changes) -> dict:
    data = {
        "version": application.version,
        "title": "Tidigt stöd i Farsta",
        "purpose": "Att pröva tidigt stöd till familjer.",
        "amount_asked": "450 000 kr",
        "project_year": "1",
        "continues": "",
        "gender_equality_analysis": "Insatsen når både mammor och pappor.",
    }
    data.update(changes)
    return data
