"""Every page carries a Content-Security-Policy that allows only this site's
own scripts and styles, and the templates hold no inline code it would block."""

import re
from pathlib import Path

from django.conf import settings

TEMPLATES = Path(settings.BASE_DIR) / "fou"


def test_pages_carry_a_strict_content_security_policy(client, db):
    for url in ("/", "/logga-in/", "/utlysningar/", "/admin/login/"):
        policy = client.get(url)["Content-Security-Policy"]
        directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
        assert directives["script-src"] == "'self'", url
        assert directives["style-src"] == "'self'", url
        assert directives["object-src"] == "'none'"
        assert directives["frame-ancestors"] == "'none'"


def test_templates_hold_no_inline_scripts_styles_or_handlers():
    inline = re.compile(
        r"<script(?![^>]*\bsrc=)[^>]*>|<style\b|\sstyle=|\son[a-z]+=|hx-on|javascript:", re.I
    )
    found = [
        f"{path.relative_to(TEMPLATES)}: {match.group(0)}"
        for path in TEMPLATES.rglob("*.html")
        # PDF templates are laid out by WeasyPrint, never served to a browser.
        if "pdf" not in path.parent.parts
        for match in inline.finditer(path.read_text())
    ]
    assert found == []


def test_htmx_is_told_not_to_add_its_inline_style(client, db):
    page = client.get("/").content.decode()
    assert '"includeIndicatorStyles": false' in page
