"""People and the roles they act in."""

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    APPLICANT = "applicant", _("Sökande")
    OFFICER = "officer", _("Handläggare")
    COUNCIL = "council", _("Ledamot i FoU-rådet")
    READER = "reader", _("Läsare")
    ADMINISTRATOR = "administrator", _("Administratör")


class User(AbstractUser):
    role = models.CharField("roll", max_length=20, choices=Role.choices, default=Role.READER)
    organisations = models.ManyToManyField(
        "organisations.Organisation",
        verbose_name="organisationer",
        blank=True,
        related_name="members",
        help_text=(
            "För sökande: de organisationer personen får söka för. "
            "För ledamöter i FoU-rådet: den egna organisationen (ger jäv)."
        ),
    )

    class Meta:
        verbose_name = "användare"
        verbose_name_plural = "användare"

    @property
    def is_applicant(self) -> bool:
        return self.role == Role.APPLICANT

    @property
    def is_officer(self) -> bool:
        """Grants officers and administrators run the call and allocate."""
        return self.role in {Role.OFFICER, Role.ADMINISTRATOR}

    @property
    def is_council_member(self) -> bool:
        return self.role == Role.COUNCIL

    @property
    def display_name(self) -> str:
        return self.get_full_name() or self.username

    def belongs_to(self, organisation) -> bool:
        return self.organisations.filter(pk=organisation.pk).exists()
