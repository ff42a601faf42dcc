"""Rules engine benchmark: judging every application of one call.

Run from the repository root: ``python bench/rules.py``. A seeded, synthetic
LUM 2023 call of 10 000 applications from 2 000 organisations (five each on
average, so the two-per-organisation rule bites), each organisation with 0–40
earlier grants (a district's LUM and MUL grants since 2010), one report in
two hundred unapproved. Rows, each the median of three runs:

* ``evaluate_call``: the whole call at once, places per organisation sorted
  once (O(n log n));
* baseline: ``evaluate`` one application at a time, finding the organisation's
  other applications by scanning the whole call each time (O(n²)), as a
  per-application page would if it had nothing precomputed.

Both must give identical results; the script checks that after timing.
"""

import random
import statistics
import sys
import time
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from fou.domain.rules import (  # noqa: E402
    ApplicationFacts,
    EarlierGrant,
    GrantReference,
    OrganisationHistory,
    OtherApplication,
    evaluate,
    evaluate_call,
)
from fou.domain.rules.presets import LUM_2023  # noqa: E402

APPLICATIONS = 10_000
ORGANISATIONS = 2_000
MAX_EARLIER_GRANTS = 40
RUNS = 3
SEED = 2023
RULES = LUM_2023
NOW = RULES.closes_at - timedelta(days=1)


def synthetic_call(rng: random.Random):
    keys = [f"org-{number:03}" for number in range(ORGANISATIONS)]
    histories = {
        key: OrganisationHistory(
            earlier_grants=tuple(
                EarlierGrant(
                    grant_id=grant_id,
                    fund=rng.choice(("LUM", "MUL")),
                    year=rng.randint(2010, 2022),
                    project_title=f"Projekt {grant_id}",
                    report_name=f"Slutrapport {grant_id}",
                    report_approved=rng.random() > 0.005,
                )
                for grant_id in range(rng.randint(0, MAX_EARLIER_GRANTS))
            ),
            workshop_attended=rng.random() > 0.05,
        )
        for key in keys
    }
    applications = []
    for application_id in range(1, APPLICATIONS + 1):
        key = rng.choice(keys)
        status = rng.choices(("submitted", "draft", "withdrawn"), weights=(85, 10, 5))[0]
        project_year = rng.choice((1, 1, 2, 3))
        link = None
        if project_year > 1:
            link = GrantReference(
                grant_id=application_id,
                project_key=f"p-{application_id}",
                project_title=f"Projekt {application_id}",
                organisation_key=key,
                fund="LUM",
                year=2022,
            )
        applications.append(
            ApplicationFacts(
                application_id=application_id,
                fund="LUM",
                organisation_key=key,
                organisation_name=key,
                status=status,
                submitted_at=None
                if status == "draft"
                else NOW - timedelta(minutes=rng.randint(0, 60 * 24 * 110)),
                title=f"Projekt {application_id}",
                purpose="Pröva tidigt stöd till familjer och följa upp effekterna för klienten.",
                amount_asked=rng.randrange(50_000, 550_000, 10_000),
                project_year=project_year,
                continues_grant=link,
                gender_equality_analysis="" if rng.random() < 0.03 else "Analys.",
            )
        )
    return applications, histories


def by_evaluate_call(applications, histories):
    return evaluate_call(RULES, applications, histories, now=NOW)


def by_scanning(applications, histories):
    results = {}
    for facts in applications:
        others = tuple(
            OtherApplication(
                other.application_id, other.fund, True, other.status, other.submitted_at
            )
            for other in applications
            if other.organisation_key == facts.organisation_key
        )
        history = replace(histories[facts.organisation_key], other_applications=others)
        results[facts.application_id] = evaluate(RULES, facts, history, now=NOW)
    return results


def timed(method, applications, histories):
    """The method's results and its median time over ``RUNS`` runs."""
    timings = []
    for _ in range(RUNS):
        started = time.perf_counter()
        results = method(applications, histories)
        timings.append(time.perf_counter() - started)
    return results, statistics.median(timings)


def main() -> None:
    applications, histories = synthetic_call(random.Random(SEED))
    fast, fast_seconds = timed(by_evaluate_call, applications, histories)
    slow, slow_seconds = timed(by_scanning, applications, histories)
    if fast != slow:
        raise SystemExit("The baseline and evaluate_call disagree; the figures would mean nothing.")
    failing = sum(any(each.outcome == "fail" for each in found) for found in fast.values())
    print(
        f"{RULES.name}: {APPLICATIONS} applications, {ORGANISATIONS} organisations, "
        f"{failing} failing at least one rule; median of {RUNS} runs"
    )
    print(f"{'method':<44} {'seconds':>8} {'applications/s':>15}")
    for name, seconds in [
        ("evaluate_call (sorted places, O(n log n))", fast_seconds),
        ("baseline: evaluate + scan the call (O(n²))", slow_seconds),
    ]:
        print(f"{name:<44} {seconds:>8.3f} {APPLICATIONS / seconds:>15,.0f}")
    print(f"evaluate_call is {slow_seconds / fast_seconds:.1f}× as fast as the baseline")


if __name__ == "__main__":
    main()
