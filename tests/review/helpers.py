"""Building the scoring page's POST data."""


def score_post(criteria, values, comments=None, **extra) -> dict:
    data = {f"value_{c.pk}": str(v) for c, v in zip(criteria, values, strict=True) if v}
    for c, text in zip(criteria, comments or [], strict=False):
        data[f"comment_{c.pk}"] = text
    return {**data, **extra}
