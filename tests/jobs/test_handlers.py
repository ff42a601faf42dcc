"""Each area registers its own job handlers; the queue must still know them all."""

import pytest

from fou.jobs.handlers import HANDLERS, handles
from fou.jobs.models import Job


def test_every_kind_of_job_has_its_handler_once_the_apps_have_loaded():
    assert set(HANDLERS) == set(Job.Kind.values)


def test_a_second_handler_for_a_kind_is_refused():
    with pytest.raises(ValueError, match="email"):
        handles("email")(lambda job: {})
