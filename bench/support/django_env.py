"""Django set up for a benchmark: a throw-away SQLite file unless
BENCH_DATABASE_URL names another database."""

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def setup(*, debug: bool = True) -> Path:
    """Configure and start Django; the working directory the benchmark may write to."""
    sys.path.insert(0, str(ROOT))
    workdir = Path(tempfile.mkdtemp(prefix="fou-bench-"))
    os.environ["DATABASE_URL"] = os.environ.get(
        "BENCH_DATABASE_URL", f"sqlite:///{workdir}/bench.sqlite3"
    )
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "fou.settings")
    if debug:
        os.environ["DJANGO_DEBUG"] = "1"
    import django

    django.setup()
    return workdir
