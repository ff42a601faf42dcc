"""20 applicants pressing *Skicka in* at the same instant on SQLite.

Starts the app on a throw-away SQLite file twice in the same run: with
Django's SQLite defaults (the baseline: no WAL, 5 s timeout, deferred
transactions) and with FoU-medel's settings (WAL, busy timeout, IMMEDIATE
transactions). Prints, for each, how many submissions failed and the p95
time of a submission.
"""

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.concurrency.burst import prepare_template, run_burst  # noqa: E402

COUNT = 20


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="fou-burst-") as name:
        workdir = Path(name)
        template = prepare_template(workdir)
        print(f"{COUNT} samtidiga inskickningar mot runserver på en SQLite-fil")
        for label, old in (("baseline (Djangos standard)", True), ("FoU-medel", False)):
            key = "old" if old else "new"
            result = run_burst(workdir=workdir, template=template, label=key, count=COUNT, old=old)
            print(
                f"{label:30} fel {result.errors:2}/{COUNT}  "
                f"inskickade {result.submitted:2}  p95 {result.p95 * 1000:7.0f} ms"
            )


if __name__ == "__main__":
    main()
