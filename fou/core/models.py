"""Which page load made each versioned save (see fou/core/versioning.py)."""

from django.contrib.contenttypes.models import ContentType
from django.db import models


class FormSave(models.Model):
    """One save of a versioned record by one loaded edit page (its token).

    A page that autosaves moves the record past the version it was loaded
    with; its own later saves are still based on what it shows, so they are
    allowed. Any version made by another page (another tab, another person)
    is not, and the save is refused.
    """

    content_type = models.ForeignKey(
        ContentType, on_delete=models.CASCADE, related_name="+", verbose_name="posttyp"
    )
    object_id = models.PositiveBigIntegerField(
        "postens id",
    )
    version = models.PositiveIntegerField(
        "version",
    )
    token = models.CharField("sidans nyckel", max_length=64)
    saved_at = models.DateTimeField("sparad", auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = "sparning från sida"
        verbose_name_plural = "sparningar från sidor"
        indexes = [models.Index(fields=["content_type", "object_id", "token"])]

    def __str__(self) -> str:
        return f"{self.content_type} {self.object_id} version {self.version}"


def _wording(label: str, *, long: bool = False, help_text: str = ""):
    field = models.TextField if long else models.CharField
    extra = {} if long else {"max_length": 300}
    return field(label, blank=True, help_text=help_text or "Tomt = standardtexten.", **extra)


class SiteSettings(models.Model):
    """The site's own wording, one row edited by the administrator.

    An empty field shows the built-in text (in the reader's language), so a
    new site works before anyone has written anything.
    """

    organisation_name = _wording(
        "organisation i sidhuvudet", help_text="T.ex. Kulturförvaltningen, Stockholms stad."
    )
    organisation_name_en = _wording("organisation i sidhuvudet, på engelska")
    home_heading = _wording("startsidans rubrik")
    home_heading_en = _wording("startsidans rubrik, på engelska")
    home_intro = _wording("startsidans inledning", long=True)
    home_intro_en = _wording("startsidans inledning, på engelska", long=True)
    home_steps = _wording(
        "så går det till", long=True, help_text="Ett steg per rad. Tomt = standardtexten."
    )
    home_steps_en = _wording("så går det till, på engelska", long=True)
    dashboard_text = _wording(
        "text på Min sida", long=True, help_text="T.ex. vem sökande kontaktar. Tomt = ingen text."
    )
    dashboard_text_en = _wording("text på Min sida, på engelska", long=True)
    archive_intro = _wording("inledning till beviljade projekt", long=True)
    archive_intro_en = _wording("inledning till beviljade projekt, på engelska", long=True)
    receipt_text = _wording(
        "text på kvittot",
        long=True,
        help_text="Visas när fonden inte har en egen text till sökande. Tomt = standardtexten.",
    )
    receipt_text_en = _wording("text på kvittot, på engelska", long=True)
    mail_signature = _wording(
        "avsändare i e-post", help_text="T.ex. Socialförvaltningen, FoU-medel."
    )

    class Meta:
        verbose_name = "webbplatsens texter"
        verbose_name_plural = "webbplatsens texter"

    def __str__(self) -> str:
        return "Webbplatsens texter"
