"""Reads for the decision documents: the chosen proposal as document content."""

import datetime
import hashlib

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from fou.allocations.models import AllocationProposal
from fou.calls.models import Call
from fou.decisions.models import (
    CommitteeDecision,
    DecidedApplication,
    DecisionDocument,
    ProseSection,
)
from fou.domain.allocation.serialise import proposal_from_json
from fou.domain.decisions import placeholders
from fou.domain.decisions.build import Particulars, build_content, tables_for
from fou.domain.decisions.content import DecisionContent, FundFacts, Row, Signatory
from fou.domain.decisions.figures import CallDates, Figure, compute_figures
from fou.domain.decisions.texts import DEFAULTS, SECTIONS, paragraphs
from fou.jobs.models import Job
from fou.jobs.selectors import latest_jobs
from fou.organisations.models import Organisation


class NoChosenProposal(Exception):
    """The document cannot be written before a version is chosen."""

    def __init__(self, year: int):
        super().__init__(
            _(
                "Det finns inget valt förslag till beslut för {year}. Öppna Fördelning "
                "{year} och välj en version med ”Välj som förslag till beslut”; dokumenten "
                "byggs från den."
            ).format(year=year)
        )
        self.year = year


def chosen_proposal(*, year: int) -> AllocationProposal | None:
    return AllocationProposal.objects.filter(year=year, is_chosen=True).first()


def require_chosen_proposal(*, year: int) -> AllocationProposal:
    proposal = chosen_proposal(year=year)
    if proposal is None:
        raise NoChosenProposal(year)
    return proposal


def proposal_rows(stored: AllocationProposal) -> list[Row]:
    proposal = proposal_from_json(stored.data)
    keys = {d.candidate.organisation_key for d in proposal.decisions}
    kinds = dict(Organisation.objects.filter(key__in=keys).values_list("key", "kind"))
    rows = []
    for d in proposal.decisions:
        c = d.candidate
        # An officer's lock carries the reason written for the committee; the
        # explanation repeats it behind a technical prefix.
        reason = c.lock.reason if c.lock else stored.explanations.get(str(c.id), "")
        rows.append(
            Row(
                fund=c.fund,
                organisation=c.organisation_name,
                organisation_kind=kinds.get(c.organisation_key, ""),
                project=c.project,
                asked=c.asked,
                granted=d.amount if d.status == "granted" else 0,
                status=str(d.status),
                reason=reason,
                project_year=c.project_year,
            )
        )
    return rows


def year_calls(year: int) -> list[Call]:
    return list(Call.objects.filter(year=year).select_related("fund").order_by("fund__code"))


def fund_facts(calls: list[Call]) -> list[FundFacts]:
    return [
        FundFacts(
            code=c.fund.code,
            name=c.fund.name,
            is_trip_fund=c.fund.is_trip_fund,
            max_amount=c.max_amount,
            continuation_cut_percent=c.continuation_cut_percent,
        )
        for c in calls
    ]


def _local_date(moment) -> datetime.date | None:
    return timezone.localtime(moment).date() if moment else None


def call_dates(calls: list[Call]) -> CallDates:
    opens = [_local_date(c.opens_at) for c in calls if c.opens_at]
    closes = [_local_date(c.closes_at) for c in calls if c.closes_at]
    deadlines = [c.repayment_notice_deadline for c in calls if c.repayment_notice_deadline]
    return CallDates(
        opens=min(opens) if opens else None,
        closes=max(closes) if closes else None,
        repayment_deadline=min(deadlines) if deadlines else None,
    )


def decision_document(*, year: int) -> DecisionDocument | None:
    return DecisionDocument.objects.filter(year=year).prefetch_related("sections").first()


def particulars(document: DecisionDocument | None) -> Particulars:
    if document is None:
        return Particulars()
    signatories = tuple(
        Signatory(name, title)
        for name, title in [
            (document.signatory_1_name, document.signatory_1_title),
            (document.signatory_2_name, document.signatory_2_title),
        ]
        if name
    )
    return Particulars(
        title=document.title,
        reference=document.reference,
        date=document.document_date,
        committee=document.committee,
        signatories=signatories,
    )


def prose(document: DecisionDocument | None) -> dict[str, str]:
    return {s.key: s.text for s in document.sections.all()} if document else {}


def year_figures(*, year: int) -> dict[str, Figure]:
    """The figures placeholders name, from the chosen proposal."""
    stored = require_chosen_proposal(year=year)
    calls = year_calls(year)
    tables = tables_for(year, fund_facts(calls), proposal_rows(stored))
    return compute_figures(year=year, tables=tables, dates=call_dates(calls))


def decision_content(*, year: int) -> DecisionContent:
    """The tjänsteutlåtande's content; NoChosenProposal without a chosen version."""
    stored = require_chosen_proposal(year=year)
    calls = year_calls(year)
    document = decision_document(year=year)
    return build_content(
        year=year,
        funds=fund_facts(calls),
        rows=proposal_rows(stored),
        dates=call_dates(calls),
        prose=prose(document),
        particulars=particulars(document),
    )


def content_fingerprint(content: DecisionContent) -> str:
    """Changes whenever anything the documents show changes (figures, text,
    particulars), so that a document made earlier can be told apart."""
    return hashlib.sha256(repr(content).encode()).hexdigest()[:16]


def documents_in_background(content: DecisionContent) -> bool:
    """A year this large has its documents made on the task queue."""
    rows = sum(len(table.rows) for table in content.tables)
    return rows > settings.DECISION_DOCUMENT_JOB_THRESHOLD


def document_jobs(*, year: int, content: DecisionContent) -> list[dict]:
    """Per format, the newest job that makes the year's document and whether
    the document it made still matches the content."""
    from fou.decisions.services import DOCUMENT_LABELS

    latest = latest_jobs(kind=Job.Kind.DECISION_DOCUMENT, year=year)
    current = content_fingerprint(content)
    rows = []
    for fmt, label in DOCUMENT_LABELS.items():
        job = latest.get(fmt)
        stale = bool(job and job.file_ready and job.result.get("fingerprint") != current)
        rows.append({"format": fmt, "label": label, "job": job, "stale": stale})
    return rows


def committee_decision(*, year: int) -> CommitteeDecision | None:
    return CommitteeDecision.objects.filter(year=year, kind="decision").first()


def prose_overview(*, year: int) -> list[dict]:
    """Every section as the page shows it: the text rendered with today's
    figures, whether it is still the starting text, stale literal figures."""
    figures = year_figures(year=year)
    document = decision_document(year=year)
    saved = {s.key: s for s in document.sections.all()} if document else {}
    overview = []
    for key, heading in SECTIONS:
        section = saved.get(key)
        text = section.text if section else DEFAULTS[key]
        stale = []
        if section:
            stale = placeholders.stale_mentions(
                text, values_then=section.figure_values, figures_now=figures
            )
        overview.append(
            {
                "key": key,
                "heading": heading,
                "text": text,
                "paragraphs": paragraphs(
                    placeholders.render(text, figures), points=key == "proposal"
                ),
                "saved": section,
                "stale": stale,
            }
        )
    return overview


def prose_versions(*, year: int, key: str):
    return (
        ProseSection.history.filter(document__year=year, key=key)
        .select_related("history_user")
        .order_by("-history_date")
    )


def proposal_applications(stored: AllocationProposal) -> list[tuple[int, str]]:
    """(application id, "Organisation – project") for the forms' choices."""
    proposal = proposal_from_json(stored.data)
    return [
        (c.id, f"{c.fund}: {c.organisation_name} – {c.project}")
        for c in sorted(proposal.candidates, key=lambda c: (c.fund, c.organisation_name))
    ]


def year_decisions(*, year: int):
    """The decision and its amendments, oldest first, with their rows."""
    return (
        CommitteeDecision.objects.filter(year=year)
        .select_related("recorded_by")
        .prefetch_related("rows__application__participants")
        .order_by("recorded_at")
    )


def decisions_for_applicant(*, user):
    """Decided applications of the person's own organisations, newest first."""
    return (
        DecidedApplication.objects.filter(
            application__participants__organisation__in=user.organisations.all()
        )
        .select_related("decision", "application__call__fund")
        .distinct()
        .order_by("-decision__year", "-decision__recorded_at", "application__title")
    )
