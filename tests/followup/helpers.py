from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests.applications.files import PDF
from tests.followup.conftest import ANSWERS


def report_post(client, grant, *, spent="350 000", submit=True, file=PDF, version="", **changes):
    data = {**ANSWERS, "spent": spent, "version": version, **changes}
    data["submit" if submit else "save"] = "1"
    if file is not None:
        data["q_report_file"] = SimpleUploadedFile("slutrapport.pdf", file)
    return client.post(reverse("followup:report_edit", args=[grant.pk]), data)
