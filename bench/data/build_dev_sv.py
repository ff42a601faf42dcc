"""Build the development Swedish texts for the OCR benchmark.

The repair is tuned and its errors inspected on these texts; the held-out
texts (``build_heldout_sv.py``) are only measured. Both are drawn the same
way, from Swedish translation catalogues, but from disjoint catalogues: no
catalogue feeds both sets. ``--check`` reports whether the committed files
still match the catalogues on this machine.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_heldout_sv import LOCALE, sample, wrap, write  # noqa: E402
from build_heldout_sv import SOURCES as HELDOUT_SOURCES

HERE = Path(__file__).resolve().parent
OUT = HERE / "dev_sv"

# name -> (licence, catalogue files); none of them is in the held-out set.
SOURCES = {
    "coreutils": ("GPL-3.0-or-later", [LOCALE / "coreutils.mo"]),
    "apt": (
        "GPL-2.0-or-later",
        [LOCALE / f"{name}.mo" for name in ("apt", "libapt-pkg6.0", "dpkg", "dpkg-dev", "adduser")],
    ),
    "git": ("GPL-2.0-only", [LOCALE / "git.mo"]),
    "gnupg": (
        "GPL-3.0-or-later, LGPL-2.1-or-later",
        [LOCALE / "gnupg2.mo", LOCALE / "gnutls30.mo"],
    ),
    "gettext": ("GPL-3.0-or-later", [LOCALE / "gettext-tools.mo", LOCALE / "gettext-runtime.mo"]),
    "shelltools": (
        "GPL-3.0-or-later",
        [LOCALE / f"{name}.mo" for name in ("bash", "sed", "grep", "findutils", "tar", "make")],
    ),
    "desktop": (
        "GPL-2.0-or-later",
        [
            LOCALE / f"{name}.mo"
            for name in (
                "PackageKit",
                "polkit-1",
                "software-properties",
                "system-config-printer",
                "upower",
                "libsecret",
            )
        ],
    ),
    "binutils": (
        "GPL-3.0-or-later",
        [LOCALE / f"{name}.mo" for name in ("bfd", "binutils", "ld", "gas", "gold", "gprof")],
    ),
    "vim": ("Vim licence", [Path("/usr/share/vim/vim90/lang/sv/LC_MESSAGES/vim.mo")]),
}


def _disjoint() -> None:
    held_out = {p.name for _licence, paths in HELDOUT_SOURCES.values() for p in paths}
    shared = held_out & {p.name for _licence, paths in SOURCES.values() for p in paths}
    assert not shared, f"catalogues in both sets: {shared}"


def build() -> dict[str, str]:
    _disjoint()
    texts = {}
    for name, (_licence, paths) in SOURCES.items():
        present = [p for p in paths if p.exists()]
        if not present:
            print(f"{name}: catalogue missing, skipped", file=sys.stderr)
            continue
        strings = sample(present)
        paragraphs = [" ".join(strings[i : i + 5]) for i in range(0, len(strings), 5)]
        texts[name] = "\n\n".join(wrap(p) for p in paragraphs) + "\n"
    return texts


def main() -> int:
    return write(build(), OUT, description=__doc__.splitlines()[0])


if __name__ == "__main__":
    sys.exit(main())
