"""Rows of links printed as one line, told by their shape (``html/link_rows.py``)."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

from lxml import html as lxml_html

from cleanscrape import clean_html
from cleanscrape.html.link_rows import row_texts
from cleanscrape.text import decode_bytes

_ROOT = Path(__file__).resolve().parent.parent
_AEB = _ROOT / "tests" / "data" / "html" / "aeb"
sys.path.insert(0, str(_ROOT / "benchmarks"))

import old_markup  # noqa: E402

# AEB dev page f6ac15a4 (a city hall's news item), with class names and ids taken off as
# ``benchmarks/old_markup.py`` takes them off: above the item, the site's sidebar prints its
# tag cloud (a "Tags" label, then 106 tag links side by side in one element), which the
# extractor prints as one line of keywords.
_CLOUD_OPENING = "adote um amigo agua alerta ambiente amizade atendimento"


def _bare_page() -> tuple[str, str, str]:
    """The page without class names, its URL and its gold text."""
    raw = gzip.decompress((_AEB / "f6ac15a4.html.gz").read_bytes())
    page = decode_bytes(raw, source="page", html=True).text
    truth = json.loads((_AEB / "ground-truth.json").read_text("utf-8"))["f6ac15a4"]
    return old_markup.variant(page, "attributes"), truth["url"], truth["articleBody"]


def test_a_tag_cloud_without_class_names_leaves_the_output() -> None:
    markup, url, gold = _bare_page()
    text = clean_html(markup, url=url).text
    assert _CLOUD_OPENING not in gold  # the premise: the gold leaves the cloud out
    assert not any(line.startswith(_CLOUD_OPENING) for line in text.splitlines())
    assert gold in text  # the news item stays whole


# a menu bar on the pattern of a WCXB dev page (a sales-leads database's header): its links
# side by side in a span, an icon before each; and a sentence of the same page's kind that
# links five of its words
_ITEMS = (
    ("/about/", "Our Data"),
    ("/about/sample/", "Sample Profile"),
    ("/about/reviews/", "User Reviews"),
    ("/about/compare/", "Compare Versions"),
    ("/databases/", "Subscription Pricing"),
    ("/blog/", "IndustrySelect Blog"),
)


def _menu(items: tuple[tuple[str, str], ...]) -> lxml_html.HtmlElement:
    """The menu bar of ``items`` (path, label), an icon before each link."""
    links = " ".join(f'<i></i> <a href="{href}">{label}</a>' for href, label in items)
    return lxml_html.fragment_fromstring(f"<span>{links}</span>")


_SENTENCE = (
    '<p>Check out our <a href="/a">Electronic</a> &amp; <a href="/b">Other Electrical</a> '
    '<a href="/c">Equipment</a> database, featuring <a href="/d">profiles</a> of U.S. '
    '<a href="/e">companies</a> and their executives.</p>'
)


def test_a_row_of_links_is_read_and_a_sentence_with_links_is_not() -> None:
    row = row_texts(_menu(_ITEMS))
    assert row is not None
    assert row[0] == (
        "Our Data Sample Profile User Reviews Compare Versions Subscription Pricing "
        "IndustrySelect Blog"
    )
    assert row_texts(lxml_html.fragment_fromstring(_SENTENCE)) is None
    # four links are no row; a link of a headline's length makes none either
    assert row_texts(_menu(_ITEMS[:4])) is None
    assert row_texts(_menu((*_ITEMS[:5], ("/guide/", "How to Find the Right Leads")))) is None
