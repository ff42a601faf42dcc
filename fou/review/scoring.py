"""Plain arithmetic on scores, without Django: the weighted score of one
review and the spread of several."""

import statistics
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

# The scale shown to reviewers beside every criterion.
SCALE = [
    (1, _("uppfyller inte")),
    (2, _("uppfyller i liten grad")),
    (3, _("uppfyller delvis")),
    (4, _("uppfyller i hög grad")),
    (5, _("uppfyller helt")),
]


def weighted_score(values: Mapping[int, int | None], weights: Mapping[int, int]) -> float | None:
    """The weighted mean of one reviewer's scores, on the same 1–5 scale.

    Weights are normalised over the criteria actually scored, so a criterion
    added after a review was handed in neither lowers nor raises it.
    """
    scored = [(weights[c], v) for c, v in values.items() if v is not None and c in weights]
    total_weight = sum(w for w, _v in scored)
    if not total_weight:
        return None
    return sum(w * v for w, v in scored) / total_weight


@dataclass(frozen=True)
class Spread:
    count: int
    mean: float | None
    minimum: float | None
    maximum: float | None
    deviation: float | None  # population standard deviation


def spread(scores: Iterable[float]) -> Spread:
    values = list(scores)
    if not values:
        return Spread(0, None, None, None, None)
    return Spread(
        count=len(values),
        mean=statistics.fmean(values),
        minimum=min(values),
        maximum=max(values),
        deviation=statistics.pstdev(values),
    )
