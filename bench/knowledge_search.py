"""Knowledge bank search over synthetic Swedish documents built from the seeds.

Documents are drawn from the seeds' vocabulary (letters restored); into some
of them known compounds are placed ("utvecklingsprojekt", "brukarinflytandet",
"jämställdhetsanalyser" …), and every other word holding a query's word is
kept out, so the right answer to "utveckling", "inflytande" or "analys" is
known by construction. Measured for FoU-medel (Python analysis; SQLite FTS5
and, if reachable, PostgreSQL) and, as baselines in the same run, plain FTS5
(unicode61 on the raw text) and PostgreSQL's own 'swedish' configuration:
import throughput, query latency p50/p95 over 200 queries, and recall and
precision on the compound-word queries. The full search page's query (hits,
snippets and facets through Django on SQLite) is timed as well.

    python bench/knowledge_search.py [--documents 100000]

KB_BENCH_DOCUMENTS sets the count too; BENCH_PG_URL the PostgreSQL server
(default postgres://postgres@127.0.0.1:5432/postgres; skipped if unreachable).
"""

import argparse
import os
import random
import re
import sqlite3
import statistics
import sys
import tempfile
import time
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
workdir = tempfile.mkdtemp(prefix="fou-bench-kb-")
os.environ["DATABASE_URL"] = f"sqlite:///{workdir}/django.sqlite3"
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

    def __init__(self):
        self.db = sqlite3.connect(f"{workdir}/fou.sqlite3")
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

    def __init__(self):
        self.db = sqlite3.connect(f"{workdir}/plain.sqlite3")
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

    def __init__(self, connection, *, swedish: bool):
        self.db = connection
        self.swedish = swedish
        self.name = "PostgreSQL 'swedish'" if swedish else "FoU-medel, PostgreSQL"
        self.table = "plain_swedish" if swedish else "fou"
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


def django_page(documents) -> tuple[float, float, float]:
    """The search page's query through Django: import rate, p50/p95 with snippets and facets."""
    from django.core.management import call_command
    from django.db import connection, transaction

    from fou.knowledge.index import backend
    from fou.knowledge.models import Document
    from fou.knowledge.selectors import document_search

    call_command("migrate", verbosity=0)
    types = [value for value, _ in Document.Type.choices]
    started = time.perf_counter()
    batch = 2000
    for first in range(0, len(documents), batch):
        rows = [
            Document(
                title=" ".join(text.split()[:8]),
                type=types[n % len(types)],
                year=2015 + n % 10,
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
        with transaction.atomic(), connection.cursor() as cursor:
            created = Document.objects.bulk_create(rows)
            for document in created:
                backend().put(cursor, document.pk, analyse_text(document.repaired_text))
    rate = len(documents) / (time.perf_counter() - started)
    p50, p95 = timed(
        lambda q: document_search(text=q, filters={}), latency_queries(random.Random(7))
    )
    return rate, p50, p95


def main() -> None:
    parser = argparse.ArgumentParser()
    default = int(os.environ.get("KB_BENCH_DOCUMENTS", "100000"))
    parser.add_argument("--documents", type=int, default=default)
    count = parser.parse_args().documents
    rng = random.Random(2026)
    documents, truth = build_documents(count, rng)
    queries = latency_queries(random.Random(7))
    engines = [FouSQLite(), PlainFTS5()]
    admin, pg = postgres_connection()
    if pg:
        engines += [PostgreSQL(pg[1], swedish=False), PostgreSQL(pg[1], swedish=True)]
    print(f"Knowledge bank search, {count} synthetic documents, {len(queries)} queries")
    header = f"{'engine':<28}{'import docs/s':>14}{'p50 ms':>9}{'p95 ms':>9}"
    print(f"{header}{'recall':>8}{'precision':>10}")
    try:
        for engine in engines:
            started = time.perf_counter()
            engine.load(documents)
            rate = count / (time.perf_counter() - started)
            p50, p95 = timed(engine.top, queries)
            found, precise = recall(engine.all, truth)
            print(
                f"{engine.name:<28}{rate:>14.0f}{p50:>9.1f}{p95:>9.1f}{found:>8.3f}{precise:>10.3f}"
            )
        rate, p50, p95 = django_page(documents)
        label = "FoU-medel page (Django)"
        print(f"{label:<28}{rate:>14.0f}{p50:>9.1f}{p95:>9.1f}{'':>8}{'':>10}")
    finally:
        if pg:
            pg[1].close()
            admin.execute(f"DROP DATABASE IF EXISTS {pg[0]} WITH (FORCE)")
    print(
        "Import: analysis and index rows (the page row also writes the document row); "
        "files and OCR repair are not part of it. Page: top 20 with snippets and four facets."
    )


if __name__ == "__main__":
    main()
