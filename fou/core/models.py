"""Which page load made each versioned save (see fou/core/versioning.py)."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

from fou.core.text_limits import LONG_TEXT_MAX, max_length_validators


class FormSave(models.Model):
    """One save of a versioned record by one loaded edit page (its token).

    A page that autosaves moves the record past the version it was loaded
    with; its own later saves are still based on what it shows, so they are
    allowed. Any version made by another page (another tab, another person)
    is not, and the save is refused.
    """

    content_type = models.ForeignKey(
        ContentType, on_delete=models.CASCADE, related_name="+", verbose_name=_("posttyp")
    )
    object_id = models.PositiveBigIntegerField(
        _("postens id"),
    )
    version = models.PositiveIntegerField(
        _("version"),
    )
    token = models.CharField(_("sidans nyckel"), max_length=64)
    saved_at = models.DateTimeField(_("sparad"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("sparning från sida")
        verbose_name_plural = _("sparningar från sidor")
        indexes = [models.Index(fields=["content_type", "object_id", "token"])]

    def __str__(self) -> str:
        return f"{self.content_type} {self.object_id} version {self.version}"


def _wording(label: str, *, long: bool = False, help_text: str = ""):
    field = models.TextField if long else models.CharField
    # A TextField does not check its max_length itself; the validator does.
    extra = (
        {"max_length": LONG_TEXT_MAX, "validators": max_length_validators(LONG_TEXT_MAX)}
        if long
        else {"max_length": 300}
    )
    return field(label, blank=True, help_text=help_text or _("Tomt = standardtexten."), **extra)


class SiteSettings(models.Model):
    """The site's own wording, one row edited by the administrator.

    An empty field shows the built-in text (in the reader's language), so a
    new site works before anyone has written anything.
    """

    organisation_name = _wording(
        _("organisation i sidhuvudet"), help_text=_("T.ex. Kulturförvaltningen, Stockholms stad.")
    )
    organisation_name_en = _wording(_("organisation i sidhuvudet, på engelska"))
    home_heading = _wording(_("startsidans rubrik"))
    home_heading_en = _wording(_("startsidans rubrik, på engelska"))
    home_intro = _wording(_("startsidans inledning"), long=True)
    home_intro_en = _wording(_("startsidans inledning, på engelska"), long=True)
    home_steps = _wording(
        _("så går det till"), long=True, help_text=_("Ett steg per rad. Tomt = standardtexten.")
    )
    home_steps_en = _wording(_("så går det till, på engelska"), long=True)
    dashboard_text = _wording(
        _("text på Min sida"),
        long=True,
        help_text=_("T.ex. vem sökande kontaktar. Tomt = ingen text."),
    )
    dashboard_text_en = _wording(_("text på Min sida, på engelska"), long=True)
    archive_intro = _wording(_("inledning till beviljade projekt"), long=True)
    archive_intro_en = _wording(_("inledning till beviljade projekt, på engelska"), long=True)
    receipt_text = _wording(
        _("text på kvittot"),
        long=True,
        help_text=_("Visas när fonden inte har en egen text till sökande. Tomt = standardtexten."),
    )
    receipt_text_en = _wording(_("text på kvittot, på engelska"), long=True)
    mail_signature = _wording(
        _("avsändare i e-post"), help_text=_("T.ex. Socialförvaltningen, FoU-medel.")
    )

    class Meta:
        verbose_name = _("webbplatsens texter")
        verbose_name_plural = _("webbplatsens texter")

    def __str__(self) -> str:
        return "Webbplatsens texter"
