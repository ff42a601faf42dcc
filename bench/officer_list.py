"""The grants officer's list page with 10 000 applications of one call.

Prints p50/p95 server time over 50 requests and the SQL queries per page,
next to the same page with 100 applications (the baseline, same run): the
number of queries must not grow with the number of rows.

Runs against a throw-away SQLite file, or the database in BENCH_DATABASE_URL.
"""

import statistics
import sys
import time

from support.django_env import setup  # noqa: E402

setup(debug=True)

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

REQUESTS = 50


def build(count: int):
    from fou.accounts.models import User
    from fou.applications.models import Application, ApplicationOrganisation
    from fou.calls.models import Call, Fund
    from fou.organisations.models import Organisation, OrganisationName

    fund, _ = Fund.objects.get_or_create(code="LUM", defaults={"name": "Lokala utvecklingsmedel"})
    call = Call.objects.create(fund=fund, year=3000 + count % 997, title=f"Bänk {count}")
    orgs = []
    for number in range(40):
        org, created = Organisation.objects.get_or_create(key=f"org-{number}", kind="district")
        if created:
            OrganisationName.objects.create(organisation=org, name=f"Förvaltning {number}")
        orgs.append(org)
    statuses = ["submitted", "under_review", "draft"]
    outcomes = ["pass", "warn", "fail"]
    applications = Application.objects.bulk_create(
        Application(
            call=call,
            reference=f"FoU-{call.year}-{n:05d}",
            status=statuses[n % 3],
            title=f"Projekt nummer {n} om tidigt stöd",
            amount_asked=100_000 + (n * 7919) % 400_000,
            rule_outcome=outcomes[n % 3],
        )
        for n in range(count)
    )
    ApplicationOrganisation.objects.bulk_create(
        ApplicationOrganisation(
            application=a,
            organisation=orgs[i % 40],
            organisation_name=f"Förvaltning {i % 40}",
            is_lead=True,
        )
        for i, a in enumerate(applications)
    )
    officer, _ = User.objects.get_or_create(username="bench-officer", defaults={"role": "officer"})
    return call, officer


def measure(call, officer, query: dict) -> tuple[float, float, int]:
    client = Client()
    client.force_login(officer)
    params = {"utlysning": call.pk, **query}
    client.get("/ansokningar/", params)  # warm-up
    timings = []
    for _ in range(REQUESTS):
        start = time.perf_counter()
        response = client.get("/ansokningar/", params)
        timings.append(time.perf_counter() - start)
        assert response.status_code == 200
    with CaptureQueriesContext(connection) as queries:
        client.get("/ansokningar/", params)
    p95 = statistics.quantiles(timings, n=20)[-1]
    return statistics.median(timings) * 1000, p95 * 1000, len(queries)


def main() -> None:
    call_command("migrate", verbosity=0)
    small_call, officer = build(100)
    big_call, officer = build(10_000)
    views = [
        ("first page", {}),
        ("sorted by amount", {"sortera": "belopp", "ordning": "fallande"}),
        ("filter: rule failures", {"regel": "fail"}),
        ("page 150", {"sida": 150, "sortera": "referens"}),
    ]
    print(f"Officer list, {REQUESTS} requests each ({connection.vendor})")
    print(f"{'view':<24}{'rows':>7}{'p50 ms':>9}{'p95 ms':>9}{'queries':>9}{'vs 100 rows':>13}")
    for label, query in views:
        base = measure(small_call, officer, query)
        big = measure(big_call, officer, query)
        for rows, figures in ((100, base), (10_000, big)):
            ratio = f"{figures[0] / base[0]:.2f}x" if rows == 10_000 else "baseline"
            print(
                f"{label:<24}{rows:>7}{figures[0]:>9.1f}{figures[1]:>9.1f}{figures[2]:>9}{ratio:>13}"
            )
        if big[2] != base[2]:
            print(f"QUERIES GROW WITH ROWS: {base[2]} → {big[2]}")
            sys.exit(1)
    print("Queries per page do not grow with the number of rows.")


if __name__ == "__main__":
    main()
