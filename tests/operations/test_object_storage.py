"""Uploaded files in S3-compatible object storage (django-storages), against
moto's S3 server on 127.0.0.1: an attachment is stored in the bucket, read
back through the download page, and copied by backup with its checksum."""

import hashlib
import subprocess
import sys

import boto3
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from fou.applications.services import attachment_add
from fou.operations.backup import copy_files
from tests import factories
from tests.applications.files import PDF
from tests.operations.servers import free_port, wait_for_port

KEYS = {"aws_access_key_id": "testing", "aws_secret_access_key": "testing"}


@pytest.fixture
def s3_server():
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_port(port, process)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=20)


@pytest.fixture
def bucket(s3_server, settings):
    client = boto3.client("s3", endpoint_url=s3_server, region_name="us-east-1", **KEYS)
    client.create_bucket(Bucket="fou-bilagor")
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": "fou-bilagor",
                "endpoint_url": s3_server,
                "region_name": "us-east-1",
                "access_key": "testing",
                "secret_key": "testing",
                "default_acl": None,
                "file_overwrite": False,
            },
        },
    }
    return client


def test_an_attachment_goes_to_the_bucket_and_back(
    bucket, as_applicant, applicant, lum_call, farsta, tmp_path
):
    draft = factories.application(lum_call, farsta, creator=applicant)
    attachment = attachment_add(
        application=draft,
        user=applicant,
        kind="Övrig bilaga",
        upload=SimpleUploadedFile("plan.pdf", PDF),
    )
    stored = bucket.get_object(Bucket="fou-bilagor", Key=attachment.file.name)["Body"].read()
    assert stored == PDF

    response = as_applicant.get(f"/ansokningar/{draft.pk}/bilagor/{attachment.pk}/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF

    # What backup copies from the bucket, with the checksum for the manifest.
    assert copy_files(tmp_path) == {
        attachment.file.name: {"sha256": hashlib.sha256(PDF).hexdigest(), "size": len(PDF)}
    }
    assert (tmp_path / "files" / attachment.file.name).read_bytes() == PDF
