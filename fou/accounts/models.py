"""People and the roles they act in."""

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models.signals import m2m_changed
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    APPLICANT = "applicant", _("Sökande")
    OFFICER = "officer", _("Handläggare")
    COUNCIL = "council", _("Ledamot i FoU-rådet")
    READER = "reader", _("Läsare")
    ADMINISTRATOR = "administrator", _("Administratör")


class User(AbstractUser):
    role = models.CharField(_("roll"), max_length=20, choices=Role.choices, default=Role.READER)
    organisations = models.ManyToManyField(
        "organisations.Organisation",
        verbose_name=_("organisationer"),
        blank=True,
        related_name="members",
        help_text=(
            _(
                "För sökande: de organisationer personen får söka för. "
                "För ledamöter i FoU-rådet: den egna organisationen (ger jäv)."
            )
        ),
    )

    class Meta:
        verbose_name = _("användare")
        verbose_name_plural = _("användare")

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

    @property
    def organisation_ids(self) -> frozenset[int]:
        """The ids of the user's organisations, read once per user object (one
        request): every permission check of a page asks this several times."""
        if self._organisation_ids is None:
            self._organisation_ids = frozenset(self.organisations.values_list("pk", flat=True))
        return self._organisation_ids

    _organisation_ids = None

    def belongs_to(self, organisation) -> bool:
        return organisation.pk in self.organisation_ids


@receiver(m2m_changed, sender=User.organisations.through)
def _forget_organisation_ids(sender, instance, **kwargs):
    """A change made through the user object is seen by it at once (user
    objects loaded later, e.g. in the next request, read afresh anyway)."""
    if isinstance(instance, User):
        instance._organisation_ids = None


class SecurityEvent(models.Model):
    """One entry of the security log: a refusal, a jäv attempt, a lock-out.
    Kept in the database so that an administrator can read it in the admin;
    written only through fou.accounts.security, never edited."""

    at = models.DateTimeField(_("tidpunkt"), auto_now_add=True, db_index=True)
    user = models.ForeignKey(
        User,
        verbose_name=_("användare"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    username = models.CharField(_("användarnamn"), max_length=150, blank=True)
    ip = models.GenericIPAddressField(_("IP-adress"), null=True, blank=True)
    # No choices on purpose: new kinds (e.g. lock-outs) need no migration;
    # their Swedish names live in fou.accounts.security.KINDS.
    kind = models.CharField(_("händelse"), max_length=40, db_index=True)
    path = models.CharField(_("sökväg"), max_length=500, blank=True)
    detail = models.TextField(_("detaljer"), blank=True)

    class Meta:
        verbose_name = _("säkerhetshändelse")
        verbose_name_plural = _("säkerhetslogg")
        ordering = ["-at", "-pk"]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.kind} {self.username}"
