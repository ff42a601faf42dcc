"""The five seed documents imported into the knowledge bank, files kept in a temporary folder."""

from pathlib import Path

import pytest

from fou.knowledge.services import document_import

# Beside the repository as CI lays it out; a git worktree sits one level deeper.
_REPOSITORY = Path(__file__).resolve().parents[2]
SEEDS = next(
    (
        folder
        for folder in (
            _REPOSITORY.parent / "shared" / "seeds",
            _REPOSITORY.parents[1] / "shared" / "seeds",
        )
        if folder.is_dir()
    ),
    _REPOSITORY.parent / "shared" / "seeds",
)
FILES = Path(__file__).parent / "files"


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def seed_files() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


@pytest.fixture
def seeds(db, farsta, skarpnack):
    """{seed number: document}, e.g. seeds["002"]."""
    imported = {}
    for path in seed_files():
        outcome = document_import(user=None, name=path.name, data=path.read_bytes())
        imported[path.name[:3]] = outcome.document
    return imported


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker, tmp_path_factory):
    """The seeds imported once for a module's read-only tests: {"002": document id}.

    Imported outside the tests' transactions (repairing five documents takes
    seconds), so they are removed again at the end.
    """
    from django.test import override_settings

    from fou.knowledge.models import Document

    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("kb")):
        ids = {}
        for path in seed_files():
            outcome = document_import(user=None, name=path.name, data=path.read_bytes())
            ids[path.name[:3]] = outcome.document.pk
        yield ids
        # Deleting a document deletes its index row too (SearchEntry).
        Document.objects.filter(pk__in=ids.values()).delete()
