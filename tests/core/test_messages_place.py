"""Messages (saved, refused, notices) sit below the breadcrumb, just above the
page's heading, on every page: the breadcrumb is the base layout's own block."""

from pathlib import Path

TEMPLATES = Path(__file__).resolve().parents[2] / "fou"


def _pages():
    for path in sorted(TEMPLATES.rglob("templates/**/*.html")):
        text = path.read_text(encoding="utf-8")
        if '{% extends "base.html" %}' in text and "{% block content %}" in text:
            yield path.relative_to(TEMPLATES).as_posix(), text


def test_no_page_puts_a_link_above_its_heading_inside_the_content():
    """A link before the h1 in the content block is a breadcrumb, and would
    come below the messages; it belongs in {% block breadcrumb %}."""
    misplaced = []
    for name, text in _pages():
        content = text.split("{% block content %}", 1)[1]
        before_heading = content.split("<h1", 1)[0]
        if "<a " in before_heading:
            misplaced.append(name)
    assert misplaced == []


def test_base_layout_renders_the_breadcrumb_before_the_messages():
    base = (TEMPLATES / "templates" / "base.html").read_text(encoding="utf-8")
    assert base.index("{% block breadcrumb %}") < base.index("{% if messages %}")
    assert base.index("{% if messages %}") < base.index("{% block content %}")
