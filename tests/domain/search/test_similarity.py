from fou.domain.search.analysis import content_terms
from fou.domain.search.similarity import Profile, collaboration_groups, most_similar


def profile(key, text, *organisations):
    return Profile(key, content_terms(text), frozenset(organisations))


PROFILES = [
    profile("a", "Boendestöd för hemlösa unga vuxna med missbruk", 1),
    profile("b", "Hemlösa unga vuxna får boendestöd och bostad först", 2),
    profile("c", "Studieresa till Köpenhamn om ekonomiskt bistånd", 3),
    profile("d", "Ekonomiskt bistånd och arbetsmarknad i Köpenhamn", 3),
    profile("e", "Parkförvaltning och gator", 4),
]


def test_the_most_similar_project_comes_first_with_the_words_it_shares():
    matches = most_similar(PROFILES[0], PROFILES[1:])
    assert matches[0].key == "b"
    assert {"hemlösa", "boendestöd"} <= set(matches[0].words)
    assert "e" not in [m.key for m in matches]


def test_collaboration_pairs_only_different_organisations():
    groups = collaboration_groups(PROFILES)
    assert [set(g.keys) for g in groups] == [{"a", "b"}]
    assert "hemlösa" in groups[0].words
