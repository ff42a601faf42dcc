"""Which page load made each versioned save (see fou/core/versioning.py)."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


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
