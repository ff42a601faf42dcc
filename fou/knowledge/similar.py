"""Similar projects and collaboration suggestions, from TF-IDF over analysed terms."""

from dataclasses import dataclass

from django.urls import reverse

from fou.applications.models import Application, Status
from fou.domain.search.analysis import content_terms
from fou.domain.search.similarity import Profile, collaboration_groups, most_similar
from fou.knowledge.models import Document

SHOWN = 5
# Applications still being written are nobody's business but their authors'.
SUBMITTED = [Status.SUBMITTED, Status.UNDER_REVIEW, Status.GRANTED, Status.REFUSED]


@dataclass(frozen=True)
class SimilarItem:
    kind: str  # "document" or "project"
    title: str
    year: int | None
    organisations: str
    url: str
    officer_only_url: bool
    score: float
    words: tuple[str, ...]


def _application_text(application: Application) -> str:
    return "\n".join([application.title, application.purpose, application.destination])


def _document_profiles(exclude=None) -> dict:
    documents = Document.objects.filter(withdrawn_at__isnull=True).prefetch_related(
        "organisations__names"
    )
    if exclude is not None:
        documents = documents.exclude(pk=exclude.pk)
    return {("document", d.pk): d for d in documents}


def _projects(before_year: int | None = None) -> dict:
    projects = Application.objects.filter(status=Status.GRANTED).select_related("call")
    if before_year is not None:
        projects = projects.filter(call__year__lt=before_year)
    projects = projects.prefetch_related("participants")
    return {("project", a.pk): a for a in projects}


def _profile(key, thing) -> Profile:
    if isinstance(thing, Document):
        return Profile(key, thing.terms)
    return Profile(key, content_terms(_application_text(thing)))


def _items(matches, things: dict) -> list[SimilarItem]:
    items = []
    for match in matches:
        thing = things[match.key]
        if isinstance(thing, Document):
            names = ", ".join(o.current_name for o in thing.organisations.all())
            url = reverse("knowledge:detail", args=[thing.pk])
            items.append(
                SimilarItem(
                    "document", thing.title, thing.year, names, url, False, match.score, match.words
                )
            )
        else:
            url = reverse("applications:officer_detail", args=[thing.pk])
            items.append(
                SimilarItem(
                    "project",
                    thing.title,
                    thing.call.year,
                    thing.organisation_names,
                    url,
                    True,
                    match.score,
                    match.words,
                )
            )
    return items


def similar_to_document(*, document: Document) -> list[SimilarItem]:
    things = {**_document_profiles(exclude=document), **_projects()}
    target = Profile(("document", document.pk), document.terms)
    others = [_profile(key, thing) for key, thing in things.items()]
    return _items(most_similar(target, others, limit=SHOWN), things)


def similar_to_application(*, application: Application) -> list[SimilarItem]:
    """Earlier granted projects and documents most like this application."""
    things = {**_document_profiles(), **_projects(before_year=application.call.year)}
    target = Profile(("application", application.pk), content_terms(_application_text(application)))
    others = [_profile(key, thing) for key, thing in things.items()]
    return _items(most_similar(target, others, limit=SHOWN), things)


@dataclass(frozen=True)
class Suggestion:
    applications: list[Application]
    score: float
    words: tuple[str, ...]


def collaboration_suggestions(*, year: int) -> list[Suggestion]:
    """This year's submitted applications from different organisations with similar aims.

    Words that every application of the year uses weigh nothing (IDF), so a
    suggestion rests on what sets a pair apart from the rest.
    """
    applications = {
        a.pk: a
        for a in Application.objects.filter(call__year=year, status__in=SUBMITTED)
        .select_related("call__fund")
        .prefetch_related("participants")
    }
    profiles = [
        Profile(
            pk,
            content_terms(_application_text(a)),
            frozenset(p.organisation_id for p in a.participants.all() if p.organisation_id),
        )
        for pk, a in applications.items()
    ]
    return [
        Suggestion([applications[pk] for pk in group.keys], group.score, group.words)
        for group in collaboration_groups(profiles)
    ]
