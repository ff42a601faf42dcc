import pytest
from django.core.management import call_command

from fou.organisations.kinds import STARTING_KINDS, kinds_ensure
from fou.organisations.models import OrganisationKind


@pytest.mark.django_db(transaction=True)
def test_an_emptied_database_gets_the_starting_kinds_back():
    # A flush (as between transactional tests) empties the table the data
    # migration filled; organisations of kind "unit" must still be valid.
    call_command("flush", interactive=False, verbosity=0)
    keys = set(OrganisationKind.objects.values_list("key", flat=True))
    assert keys == {key for key, _name, _en in STARTING_KINDS}


@pytest.mark.django_db
def test_kinds_the_administrator_keeps_are_left_as_they_are():
    OrganisationKind.objects.exclude(key="district").delete()
    OrganisationKind.objects.filter(key="district").update(name="Stadsdel")
    kinds_ensure()
    assert list(OrganisationKind.objects.values_list("key", "name")) == [("district", "Stadsdel")]
