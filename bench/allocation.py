"""Allocation optimiser against the greedy rank-and-fill baseline.

Random but seeded calls with three funds, caps, the continuation cut and at
most two grants per organisation and fund. For each size and mode: the
optimiser's solve time (median of a few runs), the baseline's time in the
same run, their ratio, the optimiser's objective gain over the baseline and
the MIP gap it proved.

    python bench/allocation.py
"""

import contextlib
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fou.domain.allocation import AllocationSettings, Candidate, greedy, solve  # noqa: E402

SIZES = (20, 200, 2_000)
MODES = ("all_or_nothing", "partial")
RUNS = 3
CAPS = {"LUM": 500_000, "MUL": 25_000, "PPSS": 300_000}
DISTRICTS = (
    "Bromma",
    "Enskede-Årsta-Vantör",
    "Farsta",
    "Hägersten-Älvsjö",
    "Hässelby-Vällingby",
    "Kungsholmen",
    "Norrmalm",
    "Rinkeby-Kista",
    "Skarpnäck",
    "Skärholmen",
    "Spånga-Tensta",
    "Södermalm",
    "Östermalm",
)


def random_call(n: int, mode: str, seed: int) -> tuple[list[Candidate], AllocationSettings]:
    rng = random.Random(seed)
    # More applicants than districts in the large calls, or the two-per-organisation
    # rule alone would decide them.
    organisations = [*DISTRICTS, *(f"Enhet {i}" for i in range(max(0, n // 6 - len(DISTRICTS))))]
    candidates = []
    for i in range(n):
        fund = rng.choices(list(CAPS), weights=(5, 4, 1))[0]
        cap = CAPS[fund]
        asked = rng.randrange(cap // 10, cap * 6 // 5, 500)
        organisation = rng.choice(organisations)
        candidates.append(
            Candidate(
                id=i + 1,
                fund=fund,
                organisation_key=organisation,
                organisation_name=organisation,
                project=f"Projekt {i + 1}",
                score=round(rng.uniform(1, 5), 2),
                asked=asked,
                project_year=rng.choice((1, 1, 2, 3)),
            )
        )
    demand = {
        fund: sum(min(c.asked, CAPS[fund]) for c in candidates if c.fund == fund) for fund in CAPS
    }
    settings = AllocationSettings(
        budgets={fund: demand[fund] * 7 // 10 for fund in CAPS},
        mode=mode,
        cap_per_application=CAPS,
        continuation_cut_percent=20,
    )
    return candidates, settings


@contextlib.contextmanager
def quiet_stdout():
    """HiGHS 1.12 prints a stray debug line to the C-level stdout on some
    large problems; keep it out of the table."""
    sys.stdout.flush()
    saved = os.dup(1)
    with open(os.devnull, "w") as devnull:
        os.dup2(devnull.fileno(), 1)
        try:
            yield
        finally:
            os.dup2(saved, 1)
            os.close(saved)


def timed(function, *args):
    start = time.perf_counter()
    with quiet_stdout():
        result = function(*args)
    return time.perf_counter() - start, result


def main() -> None:
    header = (
        f"{'n':>6}  {'mode':<15} {'milp ms':>9} {'greedy ms':>10} {'ratio':>7} "
        f"{'gain %':>7} {'MIP gap':>8}  optimal"
    )
    print(header)
    print("-" * len(header))
    started = time.perf_counter()
    for n in SIZES:
        for mode in MODES:
            call = random_call(n, mode, seed=n)
            milp_runs = [timed(solve, *call) for _ in range(RUNS)]
            greedy_runs = [timed(greedy, *call) for _ in range(RUNS)]
            milp_time = statistics.median(t for t, _ in milp_runs)
            greedy_time = statistics.median(t for t, _ in greedy_runs)
            proposal, baseline = milp_runs[0][1], greedy_runs[0][1]
            gain = 100 * (proposal.objective - baseline.objective) / max(baseline.objective, 1)
            print(
                f"{n:>6}  {mode:<15} {milp_time * 1000:>9.1f} {greedy_time * 1000:>10.2f} "
                f"{milp_time / greedy_time:>7.0f} {gain:>7.2f} {proposal.mip_gap:>8.1e}  "
                f"{'yes' if proposal.optimal else 'no'}"
            )
    print(f"\nmedian of {RUNS} runs per row; total {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
