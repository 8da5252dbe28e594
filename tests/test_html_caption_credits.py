"""A picture's caption that ends with its credit, printed by the HTML path between the
article's paragraphs: "... Tuesday, Nov. 19, 2019. (Manu Fernandez/AP)", "Interior design by
... Photo: Thomas Kuoh". The strip stage called such a line a credit on text dumps only; on
the HTML path's lines it was kept. The pages: an AEB dev report of a tennis match
(sportsnet.ca) with its class names taken off, as older sites print them
(``benchmarks/old_markup.py``, ``attributes``), whose lead photo's caption is a plain ``<p>``
under the image; and a WCXB dev post on designing a room (greenhousestudio.co) whose first
photo's caption sits between its disclosure and its first paragraph. A credit line alone
("Main image credit: Getty", kept by the AEB gold of a City A.M. story) stays."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import lxml.html
import pytest

from cleanscrape import clean_html
from cleanscrape.chrome.features import lexicon_categories, line_features
from cleanscrape.chrome.strip import classify_lines

ROOT = Path(__file__).resolve().parents[1]
BENCH = Path(os.environ.get("CLEANSCRAPE_BENCH_DATA", ROOT.parent / "shared" / "benchmarks"))
_TENNIS = "0d46122928b6f468cc4bbc694051d0dbae5702bc75a16dab82a99b58daf150a0"
_TENNIS_CAPTION = (
    "Spain's Rafael Nadal celebrates celebrates a point against Russia's Karen Khachanov during "
    "their Davis Cup tennis match in Madrid, Spain, Tuesday, Nov. 19, 2019. (Manu Fernandez/AP)"
)
_ROOM = "0011"
_ROOM_CAPTION = "Interior design by Fletcher Rhodes, Sonoma CA. Photo: Thomas Kuoh"
_CITYAM = "Main image credit: Getty"
#: the attributes a page without class names lacks (as ``old_markup.BARE``, with ``data-*`` and
#: ``aria-*``)
_BARE = frozenset({"class", "id", "role", "itemprop", "itemscope", "itemtype"})


def _aeb(name: str) -> tuple[bytes, str]:
    """An AEB page's markup and its gold article text (skipped without the benchmark pages)."""
    path = BENCH / "aeb" / "html" / f"{name}.html.gz"
    if not path.exists():
        pytest.skip(f"benchmark pages not found in {BENCH}")
    truth = json.loads((BENCH / "aeb" / "ground-truth.json").read_text(encoding="utf-8"))
    return gzip.decompress(path.read_bytes()), truth[name]["articleBody"]


def _wcxb(name: str) -> tuple[bytes, str]:
    """A WCXB-dev page's markup and its gold main content (skipped without the pages)."""
    path = BENCH / "wcxb-dev" / "html" / f"{name}.html.gz"
    if not path.exists():
        pytest.skip(f"benchmark pages not found in {BENCH}")
    truth = json.loads((BENCH / "wcxb-dev" / "ground-truth" / f"{name}.json").read_text("utf-8"))
    return gzip.decompress(path.read_bytes()), truth["ground_truth"]["main_content"]


def _bare(markup: bytes) -> str:
    """The page with every class, id, role, microdata, ``data-*`` and ``aria-*`` taken off."""
    doc = lxml.html.fromstring(markup.decode("utf-8"))
    for el in doc.iter():
        for name in list(el.attrib):
            if name in _BARE or name.startswith(("data-", "aria-")):
                del el.attrib[name]
    return lxml.html.tostring(doc, encoding="unicode")


def test_caption_under_the_lead_photo_without_class_names_is_dropped() -> None:
    markup, gold = _aeb(_TENNIS)
    assert _TENNIS_CAPTION.encode() in markup and "Manu Fernandez" not in gold
    lines = clean_html(_bare(markup)).text.split("\n")
    assert _TENNIS_CAPTION not in lines
    paragraphs = [p for p in gold.split("\n") if p]
    assert paragraphs[0] in lines and paragraphs[-1] in lines


def test_caption_between_a_posts_paragraphs_is_dropped() -> None:
    markup, gold = _wcxb(_ROOM)
    assert "Thomas Kuoh" not in gold
    text = clean_html(markup).text
    assert _ROOM_CAPTION not in text.split("\n")
    assert "Ready? Here goes:" in text and "Ready? Here goes:" in gold


def test_caption_among_html_lines_is_a_credit_and_a_credit_line_alone_stays() -> None:
    _, gold = _aeb(_TENNIS)
    paragraphs = [p for p in gold.split("\n") if p][:4]
    assert lexicon_categories(line_features([_CITYAM])) == ["credit"]
    lines = [_TENNIS_CAPTION, paragraphs[0], _CITYAM, *paragraphs[1:]]
    verdicts = classify_lines(lines, from_html=True).verdicts
    assert not verdicts[0].keep and verdicts[0].category == "credit"
    assert all(v.keep for v in verdicts[1:])
