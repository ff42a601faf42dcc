"""Which projects resemble each other, and by which words.

TF-IDF over the analysed terms (stems and compound parts, no stop words),
compared by cosine. Pure Python: the knowledge bank holds hundreds of
documents, not millions, and the words behind each score must be shown,
which a sparse vector in a dict gives directly.
"""

import math
from collections.abc import Hashable, Iterable
from dataclasses import dataclass

SHOWN_WORDS = 6


@dataclass(frozen=True)
class Profile:
    key: Hashable
    terms: dict[str, list]  # {term: [count, word to show]}, see analysis.content_terms
    organisations: frozenset = frozenset()


@dataclass(frozen=True)
class Match:
    key: Hashable
    score: float
    words: tuple[str, ...]


def _weights(profiles: list[Profile]) -> dict[Hashable, dict[str, float]]:
    documents = len(profiles)
    frequency: dict[str, int] = {}
    for profile in profiles:
        for term in profile.terms:
            frequency[term] = frequency.get(term, 0) + 1
    vectors = {}
    for profile in profiles:
        vector = {}
        for term, (count, _) in profile.terms.items():
            # Smoothed as in scikit-learn, so that two documents alone can
            # still be compared; a term in every document weighs least.
            idf = math.log((1 + documents) / (1 + frequency[term])) + 1
            vector[term] = (1 + math.log(count)) * idf
        norm = math.sqrt(sum(w * w for w in vector.values())) or 1.0
        vectors[profile.key] = {term: w / norm for term, w in vector.items()}
    return vectors


def _compare(a: dict[str, float], b: dict[str, float], shown: dict[str, list]) -> tuple:
    if len(b) < len(a):
        a, b = b, a
    products = {term: w * b[term] for term, w in a.items() if term in b}
    # Ties go by the term itself: PostgreSQL's jsonb does not keep key order.
    ranked = sorted(products, key=lambda term: (-products[term], term))
    words = _without_parts_of_others([shown[term][1] for term in ranked[: 3 * SHOWN_WORDS]])
    return sum(products.values()), words


def most_similar(
    target: Profile, others: Iterable[Profile], *, limit: int = 5, minimum: float = 0.05
) -> list[Match]:
    """The ``limit`` profiles most like ``target``, with the words they share."""
    corpus = [target, *[p for p in others if p.key != target.key]]
    vectors = _weights(corpus)
    mine = vectors[target.key]
    matches = []
    for profile in corpus[1:]:
        score, words = _compare(mine, vectors[profile.key], target.terms)
        if score >= minimum:
            matches.append(Match(profile.key, round(score, 3), words))
    matches.sort(key=lambda m: (-m.score, str(m.key)))
    return matches[:limit]


@dataclass(frozen=True)
class Group:
    keys: tuple
    score: float  # the strongest pair's likeness
    words: tuple[str, ...]


MAX_GROUP = 4


def collaboration_groups(profiles: list[Profile], *, minimum: float = 0.12) -> list[Group]:
    """Pairs or small groups of profiles from different organisations that resemble each other.

    The most alike pairs come first; a third or fourth member joins a group
    only when it resembles every member and shares no organisation with any,
    so a chain of loosely linked applications never becomes one big group.
    """
    vectors = _weights(profiles)
    by_key = {p.key: p for p in profiles}
    score: dict = {}
    for i, first in enumerate(profiles):
        for second in profiles[i + 1 :]:
            if first.organisations & second.organisations:
                continue
            alike, _ = _compare(vectors[first.key], vectors[second.key], first.terms)
            if alike >= minimum:
                score[frozenset((first.key, second.key))] = alike
    groups: list[list] = []
    member_of: dict = {}
    for pair in sorted(score, key=lambda pair: (-score[pair], sorted(map(str, pair)))):
        a, b = tuple(pair)
        if a in member_of and b in member_of:
            continue
        if a not in member_of and b not in member_of:
            member_of[a] = member_of[b] = len(groups)
            groups.append([a, b])
            continue
        inside, outside = (a, b) if a in member_of else (b, a)
        group = groups[member_of[inside]]
        if len(group) < MAX_GROUP and all(frozenset((outside, k)) in score for k in group):
            group.append(outside)
            member_of[outside] = member_of[inside]
    result = []
    for group in groups:
        best = max(score[frozenset((a, b))] for a in group for b in group if a != b)
        members = [by_key[key] for key in group]
        words = _shared_words(members, vectors)
        result.append(Group(tuple(group), round(best, 3), words))
    result.sort(key=lambda g: -g.score)
    return result


def _shared_words(group: list[Profile], vectors) -> tuple[str, ...]:
    """Terms held by at least two members, by their summed weight."""
    weight: dict[str, float] = {}
    holders: dict[str, int] = {}
    shown: dict[str, str] = {}
    for profile in group:
        for term, value in vectors[profile.key].items():
            weight[term] = weight.get(term, 0.0) + value
            holders[term] = holders.get(term, 0) + 1
            shown.setdefault(term, profile.terms[term][1])
    shared = [t for t in weight if holders[t] >= 2]
    shared.sort(key=lambda t: (-weight[t], t))
    return _without_parts_of_others([shown[t] for t in shared[: 3 * SHOWN_WORDS]])


def _without_parts_of_others(words: list[str]) -> tuple[str, ...]:
    """ "hemlösa" says more than its parts "hem" and "lösa": show the whole word."""
    unique = list(dict.fromkeys(words))
    kept = [w for w in unique if not any(w != other and w in other for other in unique)]
    return tuple(kept[:SHOWN_WORDS])
