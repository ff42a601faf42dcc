"""Knowledge bank search over synthetic Swedish documents built from the seeds.

Documents are drawn from the seeds' vocabulary (letters restored); into some
of them known compounds are placed ("utvecklingsprojekt", "brukarinflytandet",
"jämställdhetsanalyser" …), and every other word holding a query's word is
kept out, so the right answer to "utveckling", "inflytande" or "analys" is
known by construction. Measured for FoU-medel (Python analysis; SQLite FTS5
and, if reachable, PostgreSQL) and, as baselines in the same run, plain FTS5
(unicode61 on the raw text) and PostgreSQL's own 'swedish' configuration:
import throughput, query latency p50/p95 over 200 queries, and recall and
precision on the compound-word queries.

The search page itself is then timed through Django, on SQLite and on
PostgreSQL, each in a child process with its own throw-away database: the
documents are written in bulk (document rows, organisations, funds and index
rows; no files, no OCR), then the same 200 queries are timed as the query
alone (``document_search``: hits, snippets and facet counts) and as the full
page (a signed-in GET of /kunskapsbanken/, template included). Each page row
prints its p95 against the p95 of the baseline the issue names, measured in
the same run on the same documents: plain FTS5 for SQLite, PostgreSQL's
'swedish' configuration for PostgreSQL.

    python bench/knowledge_search.py [--documents 10000,100000]

KB_BENCH_DOCUMENTS sets the counts too; BENCH_PG_URL the PostgreSQL server
(default postgres://postgres@127.0.0.1:5432/postgres; skipped if unreachable).
"""

import argparse
import json
import os
import random
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
workdir = tempfile.mkdtemp(prefix="fou-bench-kb-")
# A child process timing the page is given its database by the parent.
os.environ["DATABASE_URL"] = os.environ.get(
    "KB_BENCH_PAGE_DATABASE", f"sqlite:///{workdir}/django.sqlite3"
)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "fou.settings")
os.environ["DJANGO_DEBUG"] = "1"
os.environ["MEDIA_ROOT"] = f"{workdir}/media"

import django  # noqa: E402

django.setup()

from fou.domain.search.analysis import analyse_text, analyse_word, content_terms  # noqa: E402
from fou.domain.search.compile import to_fts5, to_tsquery  # noqa: E402
from fou.domain.search.query import parse_query  # noqa: E402
from fou.domain.search.storage import FTS5_COLUMNS, fts5_row, tsvector_literal  # noqa: E402
from fou.domain.text.ocr_repair import repair_text  # noqa: E402

# Beside the repository (a git worktree sits one level deeper).
SEEDS = next(
    (
        folder
        for folder in (ROOT.parent / "shared" / "seeds", ROOT.parents[1] / "shared" / "seeds")
        if folder.is_dir()
    ),
    ROOT.parent / "shared" / "seeds",
)
QUERIES = 200
TOP = 20
WORD = re.compile(r"[^\W\d_]+")
# Query word → compounds that hold it (the seeds' own words). A document
# holding one of the compounds is a right answer to the query.
COMPOUND_QUERIES = {
    "utveckling": ["utvecklingsmedel", "utvecklingsprojekt", "verksamhetsutveckling"],
    "socialtjänst": ["socialtjänsten", "socialtjänstens"],
    "inflytande": ["brukarinflytande", "brukarinflytandet"],
    "analys": ["jämställdhetsanalys", "jämställdhetsanalyser"],
    "perspektiv": ["barnrättsperspektiv", "stockholmsperspektiv"],
    "behandling": ["familjebehandling"],
    "kunskap": ["kunskapsbanken", "kunskapsbank"],
    "projekt": ["forskningsprojekt", "utvecklingsprojekt", "islandsprojektet"],
    "rapport": ["slutrapporten", "slutrapporter"],
    "omsorg": ["äldreomsorg", "familjeomsorg"],
    "kvalitet": ["livskvalitet"],
    "förvaltning": ["stadsdelsförvaltning", "socialförvaltningen"],
    "nämnd": ["stadsdelsnämnden", "socialnämnden"],
    "medverkan": ["brukarmedverkan"],
}


@lru_cache(maxsize=1)
def seed_vocabulary() -> tuple[list[str], list[int], list[str]]:
    """Words with counts (query words kept out) and the seeds' sentences."""
    texts = [repair_text(path.read_text(encoding="utf-8")) for path in sorted(SEEDS.glob("*.txt"))]
    counts: dict[str, int] = {}
    keep_out = [analyse_word(q).stem[:6] for q in COMPOUND_QUERIES]
    for text in texts:
        for word in WORD.findall(text):
            lower = word.lower()
            if len(lower) > 1 and not any(stem in lower for stem in keep_out):
                counts[lower] = counts.get(lower, 0) + 1
    sentences = [s for text in texts for s in re.split(r"[.\n]\s*", text) if len(s.split()) > 3]
    return list(counts), list(counts.values()), sentences


def build_documents(count: int, rng: random.Random):
    words, weights, _ = seed_vocabulary()
    compounds = sorted({c for cs in COMPOUND_QUERIES.values() for c in cs})
    documents, truth = [], {q: set() for q in COMPOUND_QUERIES}
    for number in range(count):
        body = rng.choices(words, weights, k=rng.randint(60, 160))
        if rng.random() < 0.3:
            for compound in rng.sample(compounds, rng.randint(1, 2)):
                body.insert(rng.randrange(len(body) + 1), compound)
                for query, holders in COMPOUND_QUERIES.items():
                    if compound in holders:
                        truth[query].add(number + 1)
        documents.append(" ".join(body))
    return documents, truth


def latency_queries(rng: random.Random) -> list[str]:
    words, weights, sentences = seed_vocabulary()
    common = [w for w, n in zip(words, weights, strict=True) if n >= 2 and len(w) > 3]
    queries = list(COMPOUND_QUERIES)
    while len(queries) < 120:
        queries.append(rng.choice(common))
    while len(queries) < 170:
        queries.append(f"{rng.choice(common)} {rng.choice(common)}")
    while len(queries) < QUERIES:
        sentence = WORD.findall(rng.choice(sentences).lower())
        start = rng.randrange(max(1, len(sentence) - 1))
        queries.append('"' + " ".join(sentence[start : start + 2]) + '"')
    return queries


def timed(run, queries) -> tuple[float, float]:
    times = []
    for query in queries:
        started = time.perf_counter()
        run(query)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))]


def recall(find_all, truth) -> tuple[float, float]:
    recalls, precisions = [], []
    for query, expected in truth.items():
        found = set(find_all(query))
        if expected:
            recalls.append(len(found & expected) / len(expected))
        if found:
            precisions.append(len(found & expected) / len(found))
    return statistics.mean(recalls), statistics.mean(precisions) if precisions else 0.0


class FouSQLite:
    name = "FoU-medel, SQLite FTS5"

    def __init__(self, count: int):
        self.db = sqlite3.connect(f"{workdir}/fou-{count}.sqlite3")
        self.db.execute(f"CREATE VIRTUAL TABLE fts USING fts5({FTS5_COLUMNS})")

    def load(self, documents):
        rows = ((n, *fts5_row(analyse_text(text))) for n, text in enumerate(documents, 1))
        self.db.executemany("INSERT INTO fts (rowid, terms, parts, folded) VALUES (?,?,?,?)", rows)
        self.db.commit()

    def _match(self, text, limit=""):
        query = parse_query(text)
        sql = f"SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY bm25(fts, 1.0, 0.5, 0.25) {limit}"
        return [r[0] for r in self.db.execute(sql, (to_fts5(query),))]

    def top(self, text):
        return self._match(text, f"LIMIT {TOP}")

    def all(self, text):
        return self._match(text)


class PlainFTS5:
    name = "plain FTS5 (unicode61)"

    def __init__(self, count: int):
        self.db = sqlite3.connect(f"{workdir}/plain-{count}.sqlite3")
        self.db.execute("CREATE VIRTUAL TABLE fts USING fts5(body)")

    def load(self, documents):
        self.db.executemany(
            "INSERT INTO fts (rowid, body) VALUES (?, ?)", enumerate(documents, start=1)
        )
        self.db.commit()

    @staticmethod
    def _expression(text):
        # What a careful developer passes without analysis: words quoted, phrases kept.
        phrases = re.findall(r'"([^"]*)"', text)
        rest = re.sub(r'"[^"]*"', " ", text)
        parts = [f'"{" ".join(WORD.findall(p))}"' for p in phrases if WORD.findall(p)]
        parts += [f'"{w}"' for w in WORD.findall(rest)]
        return " AND ".join(parts)

    def _match(self, text, limit=""):
        sql = f"SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rank {limit}"
        return [r[0] for r in self.db.execute(sql, (self._expression(text),))]

    def top(self, text):
        return self._match(text, f"LIMIT {TOP}")

    def all(self, text):
        return self._match(text)


class PostgreSQL:
    """A throw-away database; FoU-medel's tsvector or PostgreSQL's 'swedish'."""

    SWEDISH = "PostgreSQL 'swedish'"

    def __init__(self, connection, *, swedish: bool, count: int):
        self.db = connection
        self.swedish = swedish
        self.name = self.SWEDISH if swedish else "FoU-medel, PostgreSQL"
        self.table = f"plain_swedish_{count}" if swedish else f"fou_{count}"
        self.db.execute(f"CREATE TABLE {self.table} (id integer PRIMARY KEY, vector tsvector)")

    def load(self, documents):
        with self.db.cursor() as cursor:
            if self.swedish:
                rows = [(n, text) for n, text in enumerate(documents, 1)]
                sql = f"INSERT INTO {self.table} VALUES (%s, to_tsvector('swedish', %s))"
            else:
                rows = [(n, tsvector_literal(analyse_text(t))) for n, t in enumerate(documents, 1)]
                sql = f"INSERT INTO {self.table} VALUES (%s, CAST(%s AS tsvector))"
            cursor.executemany(sql, rows)
        self.db.execute(f"CREATE INDEX ON {self.table} USING gin (vector)")
        self.db.execute(f"ANALYZE {self.table}")

    def _match(self, text, limit=""):
        if self.swedish:
            query, cast = text, "websearch_to_tsquery('swedish', %s)"
        else:
            query, cast = to_tsquery(parse_query(text)), "CAST(%s AS tsquery)"
        sql = (
            f"SELECT id FROM {self.table}, {cast} q WHERE vector @@ q "
            f"ORDER BY ts_rank(vector, q) DESC {limit}"
        )
        return [r[0] for r in self.db.execute(sql, (query,))]

    def top(self, text):
        return self._match(text, f"LIMIT {TOP}")

    def all(self, text):
        return self._match(text)


def postgres_connection():
    try:
        import psycopg

        url = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/postgres")
        admin = psycopg.connect(url, autocommit=True, connect_timeout=3)
    except Exception as error:  # any failure to connect means: no PostgreSQL here
        print(f"PostgreSQL not reachable ({type(error).__name__}); its rows are skipped.")
        return None, None
    name = f"fou_bench_kb_{os.getpid()}"
    admin.execute(f"CREATE DATABASE {name}")
    base, _, _ = url.rpartition("/")
    return admin, (name, psycopg.connect(f"{base}/{name}", autocommit=True))


ORGANISATIONS = [
    "Farsta",
    "Skarpnäck",
    "Enskede-Årsta-Vantör",
    "Hässelby-Vällingby",
    "Spånga-Tensta",
    "Rinkeby-Kista",
    "Södermalm",
    "Kungsholmen",
    "Norrmalm",
    "Östermalm",
    "Bromma",
    "Hägersten-Älvsjö",
    "Skärholmen",
    "Socialförvaltningen",
]


def bulk_load(documents) -> float:
    """Documents, their organisations and index rows written in bulk; documents per second."""
    from django.db import connection, transaction

    from fou.calls.models import Fund
    from fou.knowledge.index import FTS_TABLE
    from fou.knowledge.models import Document
    from fou.organisations.models import Organisation, OrganisationName

    types = [value for value, _ in Document.Type.choices]
    organisations = []
    for number, name in enumerate(ORGANISATIONS):
        organisation = Organisation.objects.create(key=f"bench-{number}", kind_id="district")
        OrganisationName.objects.create(organisation=organisation, name=name)
        organisations.append(organisation.pk)
    funds = [
        Fund.objects.get_or_create(code=code, defaults={"name": f"Fonden {code}"})[0]
        for code in ("LUM", "MUL")
    ]
    through = Document.organisations.through
    postgres = connection.vendor == "postgresql"
    started = time.perf_counter()
    batch = 5000
    for first in range(0, len(documents), batch):
        rows = [
            Document(
                title=" ".join(text.split()[:8]),
                type=types[n % len(types)],
                year=None if n % 17 == 0 else 2015 + n % 10,
                fund=funds[n % 3] if n % 3 < 2 else None,
                original_name=f"syntetisk-{n}.txt",
                size=len(text),
                sha256=f"{n:064d}",
                extraction="text",
                original_text=text,
                repaired_text=text,
                terms=content_terms(text),
            )
            for n, text in enumerate(documents[first : first + batch], start=first)
        ]
        with transaction.atomic():
            created = Document.objects.bulk_create(rows)
            through.objects.bulk_create(
                through(
                    document_id=document.pk, organisation_id=organisations[n % len(organisations)]
                )
                for n, document in enumerate(created, start=first)
            )
            with connection.cursor() as cursor:
                if postgres:
                    cursor.executemany(
                        f"INSERT INTO {FTS_TABLE} (document_id, vector) "
                        "VALUES (%s, CAST(%s AS tsvector))",
                        [(d.pk, tsvector_literal(analyse_text(d.repaired_text))) for d in created],
                    )
                else:
                    cursor.executemany(
                        f"INSERT INTO {FTS_TABLE} (rowid, document_id, terms, parts, folded) "
                        "VALUES (%s, %s, %s, %s, %s)",
                        [(d.pk, d.pk, *fts5_row(analyse_text(d.repaired_text))) for d in created],
                    )
    if postgres:
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return len(documents) / (time.perf_counter() - started)


def page_child(count: int) -> None:
    """In the child process: load, then time the query alone and the full page; JSON out."""
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from fou.accounts.models import User
    from fou.knowledge.selectors import document_search

    call_command("migrate", verbosity=0)
    documents, _ = build_documents(count, random.Random(2026))
    rate = bulk_load(documents)
    queries = latency_queries(random.Random(7))
    client = Client()
    client.force_login(User.objects.create_user(username="bench", password="x", role="reader"))

    def page(text):
        response = client.get("/kunskapsbanken/", {"q": text})
        assert response.status_code == 200, response.status_code

    for text in queries[:10]:  # warm caches and compiled templates, not counted
        page(text)
    query = timed(lambda text: document_search(text=text, filters={}), queries)
    full = timed(page, queries)
    print(
        json.dumps(
            {"vendor": connection.vendor, "rate": rate, "query": query, "page": full},
        )
    )


def page_rows(count: int, pg_admin) -> list[dict]:
    """The page timed on SQLite and (if reachable) PostgreSQL, each in a child process."""
    targets = [("SQLite", f"sqlite:///{workdir}/page-{count}.sqlite3", None)]
    if pg_admin is not None:
        url = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/postgres")
        name = f"fou_bench_kbpage_{os.getpid()}_{count}"
        pg_admin.execute(f"CREATE DATABASE {name}")
        targets.append(("PostgreSQL", f"{url.rpartition('/')[0]}/{name}", name))
    rows = []
    try:
        for label, url, _ in targets:
            child = subprocess.run(
                [sys.executable, __file__, "--page-child", str(count)],
                env={**os.environ, "KB_BENCH_PAGE_DATABASE": url},
                capture_output=True,
                text=True,
                check=False,
            )
            if child.returncode != 0:
                print(f"{label}: the page run failed:\n{child.stderr[-3000:]}")
                continue
            rows.append({"label": label, **json.loads(child.stdout.strip().splitlines()[-1])})
    finally:
        for _, _, name in targets:
            if name:
                pg_admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    return rows


def run_size(count: int, pg_admin, pg) -> None:
    rng = random.Random(2026)
    documents, truth = build_documents(count, rng)
    queries = latency_queries(random.Random(7))
    engines = [FouSQLite(count), PlainFTS5(count)]
    if pg:
        engines += [
            PostgreSQL(pg, swedish=False, count=count),
            PostgreSQL(pg, swedish=True, count=count),
        ]
    print(f"\nKnowledge bank search, {count} synthetic documents, {len(queries)} queries")
    header = f"{'engine':<28}{'import docs/s':>14}{'p50 ms':>9}{'p95 ms':>9}"
    print(f"{header}{'recall':>8}{'precision':>10}")
    baseline = {}
    for engine in engines:
        started = time.perf_counter()
        engine.load(documents)
        rate = count / (time.perf_counter() - started)
        p50, p95 = timed(engine.top, queries)
        found, precise = recall(engine.all, truth)
        baseline[engine.name] = p95
        print(f"{engine.name:<28}{rate:>14.0f}{p50:>9.1f}{p95:>9.1f}{found:>8.3f}{precise:>10.3f}")
    del documents
    against = {"SQLite": PlainFTS5.name, "PostgreSQL": PostgreSQL.SWEDISH}
    print(
        f"\nSearch page through Django, {count} documents (bulk-loaded), "
        f"same {len(queries)} queries"
    )
    print(
        f"{'database':<12}{'load docs/s':>12}{'query p50':>10}{'query p95':>10}"
        f"{'page p50':>10}{'page p95':>10}  page p95 against the baseline's p95"
    )
    for row in page_rows(count, pg_admin):
        (q50, q95), (f50, f95) = row["query"], row["page"]
        name = against[row["label"]]
        ratio = f"{f95 / baseline[name]:.1f} × {name}" if name in baseline else "–"
        print(
            f"{row['label']:<12}{row['rate']:>12.0f}{q50:>10.1f}{q95:>10.1f}"
            f"{f50:>10.1f}{f95:>10.1f}  {ratio}"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    default = os.environ.get("KB_BENCH_DOCUMENTS", "10000,100000")
    parser.add_argument("--documents", default=default, help="counts, comma-separated")
    parser.add_argument("--page-child", type=int, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.page_child:
        try:
            page_child(arguments.page_child)
        finally:
            shutil.rmtree(workdir, ignore_errors=True)  # its database is the parent's
        return
    counts = [int(value) for value in str(arguments.documents).split(",") if value.strip()]
    admin, pg = postgres_connection()
    try:
        for count in counts:
            run_size(count, admin, pg[1] if pg else None)
    finally:
        if pg:
            pg[1].close()
            admin.execute(f"DROP DATABASE IF EXISTS {pg[0]} WITH (FORCE)")
        # The 100 000-document databases take about a gigabyte.
        shutil.rmtree(workdir, ignore_errors=True)
    print(
        "\nImport: analysis and index rows; files and OCR repair are not part of it. "
        "Query: document_search (top 20 with snippets and four facets, one match). "
        "Page: the signed-in search page rendered. The machine may be shared: "
        "compare rows of one run, not runs."
    )


if __name__ == "__main__":
    main()
