"""History import of a decision document: time against the document's size.

The scanned 2023 decision (seed 002, 11 KB) repeated to 42 KB, 168 KB and
1 MB is uploaded as an officer would (``document_upload``: decode, repair the
letters, find the year, read the allocation tables, store the draft rows).
Beside each: the baseline, the time to read and normalise the same bytes
(decode, NFC, collapse white space), which grows linearly with the size.
The import must grow like the baseline: the ratio column stays about level
(CPU times; the wall clock is printed too).

Runs against a throw-away SQLite file, or the database in BENCH_DATABASE_URL.
"""

import time
import unicodedata

from support.django_env import ROOT, setup  # noqa: E402

setup(debug=True)

from django.core.management import call_command  # noqa: E402

from fou.accounts.models import User  # noqa: E402
from fou.domain.documents.decoding import decode_document  # noqa: E402
from fou.domain.text.ocr_repair import repair  # noqa: E402
from fou.history.documents import document_upload  # noqa: E402

SEED = ROOT / ".." / "shared" / "seeds" / "002_76740279ec4a058c.txt"
SIZES = (("42 KB", 42 * 1024), ("168 KB", 168 * 1024), ("1 MB", 1024 * 1024))


def document_of(size: int) -> bytes:
    seed = SEED.read_bytes()
    return seed * max(1, round(size / len(seed)))


def read_and_normalise(data: bytes) -> str:
    text = decode_document(data).text
    return " ".join(unicodedata.normalize("NFC", text).split())


def timed(function, *args, **kwargs) -> tuple[float, float, object]:
    """Wall-clock and CPU seconds: on a shared machine the CPU time is the steadier figure."""
    started, cpu = time.perf_counter(), time.process_time()
    result = function(*args, **kwargs)
    return time.perf_counter() - started, time.process_time() - cpu, result


def main() -> None:
    call_command("migrate", verbosity=0)
    officer = User.objects.create_user(username="bench", password="x", role="officer")
    repair("Förvaltning")  # loads the word lists once, outside the timings
    print(
        f"{'document':>9} {'bytes':>9} {'rows':>6} {'import s':>9} {'import cpu s':>13} "
        f"{'baseline s':>11} {'cpu ratio':>10}"
    )
    for label, size in SIZES:
        data = document_of(size)
        _, baseline, _ = timed(read_and_normalise, data)
        seconds, cpu, upload = timed(
            document_upload, user=officer, name=f"{label}.txt", data=data, kind="decision"
        )
        rows = upload.document.rows.count()
        print(
            f"{label:>9} {len(data):>9} {rows:>6} {seconds:>9.2f} {cpu:>13.2f} "
            f"{baseline:>11.4f} {cpu / baseline:>10.0f}"
        )


if __name__ == "__main__":
    main()
