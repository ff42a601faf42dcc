"""20 applicants submitting at the same instant on SQLite all succeed.

Against a real, threaded server on a SQLite *file* (the in-memory test
database cannot lock); see tests/concurrency/burst.py.
"""

import pytest
from django.db import connection

from tests.concurrency.burst import prepare_template, run_burst


@pytest.mark.skipif(
    connection.vendor != "sqlite",
    reason="SQLite-inställningarna prövas i SQLite-körningen; denna körning använder PostgreSQL",
)
def test_twenty_simultaneous_submissions_all_succeed(tmp_path):
    template = prepare_template(tmp_path)
    result = run_burst(workdir=tmp_path, template=template, label="new", count=20)
    assert result.statuses == [302] * 20, result.statuses
    assert result.submitted == 20
