"""Every Swedish text in our Python code that a person reads goes through
gettext (Django code) or ``fou.domain.i18n._`` (pure domain code), so the
English interface is English throughout.

The test reads the source: a string literal that looks Swedish (å, ä, ö or a
common Swedish word) must be the first argument of a translation call, unless
it is a docstring, a record that stays Swedish, or listed below with why.
"""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "fou"

SWEDISH = re.compile(
    r"[åäöÅÄÖ]|\b(och|inte|eller|saknas|finns|utan|måste|Skriv|Ange|Välj|Visa|Spara|Bara|"
    r"ansökan|utlysningen|förvaltning|beloppet|sidan|som|inget|ingen|inga|kan|ska|av|ej)\b"
)

# Calls whose first argument is marked for translation: Django's gettext
# family and the domain's marker (fou/domain/i18n.py).
TRANSLATION_CALLS = {
    "_",
    "gettext",
    "gettext_lazy",
    "gettext_noop",
    "ngettext",
    "ngettext_lazy",
    "pgettext",
    "pgettext_lazy",
}

# Records kept in Swedish whatever the reader's language: the audit trail's
# change reasons, the security log, e-mails and queued jobs are stored as
# written.
RECORD_CALLS = {"save_audited", "_delete_audited", "job_enqueue", "send_mail"}
# What a refused or hidden action was, as the security log stores it.
SECURITY_LOG_CALLS = {"refuse", "hide", "require_officer"}
RECORD_ATTRIBUTES = {"_change_reason", "decided_by"}
RECORD_KEYWORDS = {"reason"}
# Log lines are for operators, not the interface.
LOGGERS = {"logger", "log", "logging", "security_log"}

# Whole modules that stay Swedish, and why.
SWEDISH_MODULES = {
    # Migrations record the models as they were.
    "migrations": "history",
    # Demo data: Swedish calls, organisations and projects, as in the seeds.
    "demo": "data",
    # The seeds' organisations and their names, as the documents write them.
    "domain/organisations.py": "data",
    # Swedish text processing: vocabularies, OCR confusions, stop words,
    # compounds and sorting work on Swedish and are not shown as such.
    "domain/text": "Swedish language data",
    "domain/search": "Swedish language data",
    "domain/sorting.py": "Swedish alphabet",
    # Reading the grants office's Swedish documents (patterns and headings).
    "domain/documents": "patterns over Swedish documents",
    # Number words and amounts written out for the committee's documents.
    "domain/money.py": "Swedish by law (committee documents)",
    # The tjänsteutlåtande, its letters, figures and tables: a committee
    # document is Swedish in any interface language.
    "domain/decisions": "Swedish by law (committee documents)",
    "decisions/rendering.py": "Swedish by law (committee documents)",
    "decisions/reports.py": "Swedish by law (committee documents)",
    "decisions/statistics.py": "Swedish by law (statistics appendix)",
    # Where each rule comes from: names of Swedish decisions, cited as written.
    "domain/rules/presets.py": "citations of Swedish documents",
    # An allocation's explanations are stored with its version as the record
    # the committee's decision builds on (AllocationProposal.explanations).
    "domain/allocation/explain.py": "stored Swedish record",
    # Read before Django (and its translations) is set up.
    "settings.py": "before translations are loaded",
    "database_url.py": "before translations are loaded",
}

# A string that stays Swedish has a comment saying so and why on the line
# above it, or above the statement or function it is in.
LINE_MARK = "# Swedish:"


def _excluded(path: Path) -> bool:
    relative = path.relative_to(PACKAGE).as_posix()
    return any(
        relative == key or relative.startswith(key.rstrip("/") + "/") or f"/{key}/" in relative
        for key in SWEDISH_MODULES
    )


def _name(call: ast.Call) -> str | None:
    function = call.func
    if isinstance(function, ast.Name):
        return function.id
    if isinstance(function, ast.Attribute):
        return function.attr
    return None


def _receiver(call: ast.Call) -> str | None:
    function = call.func
    if isinstance(function, ast.Attribute) and isinstance(function.value, ast.Name):
        return function.value.id
    return None


def _marked(line_number: int, lines: list[str]) -> bool:
    return line_number >= 2 and lines[line_number - 2].strip().startswith(LINE_MARK)


def _exempt(node: ast.AST, parents: dict, lines: list[str]) -> bool:
    if _marked(node.lineno, lines):
        return True
    parent = parents.get(node)
    if isinstance(parent, ast.Expr) and isinstance(
        parents.get(parent), ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef
    ):
        return True  # a docstring
    child = node
    while child in parents:
        ancestor = parents[child]
        if isinstance(ancestor, ast.Call):
            name = _name(ancestor)
            if name in TRANSLATION_CALLS and ancestor.args and child is ancestor.args[0]:
                return True
            if name in RECORD_CALLS or _receiver(ancestor) in LOGGERS:
                return True
            if name in SECURITY_LOG_CALLS and child is not ancestor.args[0]:
                return True
        if isinstance(ancestor, ast.stmt) and _marked(ancestor.lineno, lines):
            return True  # the statement or function it is in is marked
        if isinstance(ancestor, ast.keyword) and ancestor.arg in RECORD_KEYWORDS:
            return True
        if isinstance(ancestor, ast.Assign):
            for target in ancestor.targets:
                if isinstance(target, ast.Attribute) and target.attr in RECORD_ATTRIBUTES:
                    return True
                if isinstance(target, ast.Name) and (
                    target.id == "reason" or target.id.endswith(("_REASON", "_REASONS"))
                ):
                    return True
        child = ancestor
    return False


def untranslated_strings() -> list[str]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if _excluded(path):
            continue
        source = path.read_text(encoding="utf-8")
        tree = ast.parse(source)
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        lines = source.splitlines()
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):
                text = "".join(part.value for part in node.values if isinstance(part, ast.Constant))
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                if isinstance(parents.get(node), ast.JoinedStr):
                    continue  # judged with its f-string
                text = node.value
            else:
                continue
            if SWEDISH.search(text) and not _exempt(node, parents, lines):
                where = path.relative_to(ROOT).as_posix()
                found.append(f"{where}:{node.lineno}: {text[:70]!r}")
    return found


def test_every_swedish_string_in_python_is_translatable():
    found = untranslated_strings()
    assert found == [], (
        f"{len(found)} Swedish strings are not marked for translation; wrap them in "
        "gettext (Django) or fou.domain.i18n._ (domain), or say why they stay "
        f"Swedish with '{LINE_MARK} …':\n" + "\n".join(found)
    )


def test_an_f_string_inside_a_translation_call_is_refused():
    # The translator must see the whole sentence with its placeholders.
    offending = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and _name(node) in TRANSLATION_CALLS
                and node.args
                and isinstance(node.args[0], ast.JoinedStr)
            ):
                offending.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offending == []


def test_the_check_finds_an_unmarked_string(tmp_path):
    """The scan itself: a bare Swedish message is found, a marked one is not."""
    source = 'from x import _\nA = "Välj en fil."\nB = _("Välj en fil.")\n'
    tree = ast.parse(source)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    strings = [n for n in ast.walk(tree) if isinstance(n, ast.Constant)]
    flagged = [n.value for n in strings if not _exempt(n, parents, source.splitlines())]
    assert flagged == ["Välj en fil."]
