"""``benchmarks/old_markup.py``: each transform that rewrites a benchmark page as an older site
would lay it out does what it says and leaves the page's text as it was."""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

import lxml.html
import pytest

from cleanscrape.text import decode_bytes

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import old_markup  # noqa: E402

#: An AEB page (a Japanese patent office's blog post) with header, nav, article, aside and
#: footer elements, class names and paragraphs.
_PAGE = ROOT / "tests" / "data" / "html" / "aeb" / "85439e26.html.gz"


def _markup() -> str:
    return decode_bytes(gzip.decompress(_PAGE.read_bytes()), source="page", html=True).text


def _text(markup: str) -> str:
    """The body's text, spaces left out (moving a block or a ``<br>`` changes only spacing)."""
    body = old_markup.parse(markup).find("body")
    assert body is not None
    return "".join(body.text_content().split())


def _doc(markup: str) -> lxml.html.HtmlElement:
    return old_markup.parse(markup)


@pytest.mark.parametrize("name", [*old_markup.TRANSFORMS, "all", "reparsed"])
def test_every_variant_keeps_the_text_of_the_page(name: str) -> None:
    markup = _markup()
    assert _text(old_markup.variant(markup, name)) == _text(markup)


def test_semantic_elements_become_divs_and_spans() -> None:
    markup = _markup()
    before = _doc(markup)
    renamed = sum(1 for _ in before.iter(*old_markup.SEMANTIC))
    assert renamed >= 5  # header, nav, article, aside, footer, sections
    after = _doc(old_markup.variant(markup, "semantic"))
    assert not list(after.iter(*old_markup.SEMANTIC, "time"))
    divs = sum(1 for _ in after.iter("div")) - sum(1 for _ in before.iter("div"))
    assert divs == renamed


def test_attributes_that_name_parts_are_removed_and_links_kept() -> None:
    markup = _markup()
    assert any("class" in el.attrib for el in _doc(markup).iter())
    after = _doc(old_markup.variant(markup, "attributes"))
    names = {k for el in after.iter() if isinstance(el.tag, str) for k in el.attrib}
    assert not names & old_markup.BARE
    assert not [k for k in names if k.startswith(("data-", "aria-"))]
    hrefs = [el.get("href") for el in after.iter("a") if el.get("href")]
    assert hrefs == [el.get("href") for el in _doc(markup).iter("a") if el.get("href")]


def test_paragraphs_become_text_and_two_breaks() -> None:
    markup = _markup()
    before = _doc(markup)
    paragraphs = sum(1 for _ in before.iter("p"))
    assert paragraphs > 20
    after = _doc(old_markup.variant(markup, "paragraphs"))
    assert not list(after.iter("p"))
    breaks = sum(1 for _ in after.iter("br")) - sum(1 for _ in before.iter("br"))
    assert breaks == 2 * paragraphs


def test_paragraph_text_is_followed_by_its_breaks_in_the_parent() -> None:
    markup = (
        "<html><body><div>Lead<p>First <b>bold</b> line.</p>tail<p>Second.</p></div></body></html>"
    )
    after = old_markup.variant(markup, "paragraphs")
    assert "<div>LeadFirst <b>bold</b> line.<br><br>tailSecond.<br><br></div>" in after


def test_layout_table_holds_the_top_blocks_in_order() -> None:
    markup = _markup()
    before = _doc(markup)
    body = before.find("body")
    assert body is not None
    _, blocks = old_markup._blocks(body)
    tags = [b.tag for b in blocks]
    assert tags == ["div", "header", "nav", "div", "p", "footer"]
    doc = _doc(old_markup.variant(markup, "table"))
    tables = [t for t in doc.iter("table") if t.get("width") == "100%"]
    assert len(tables) == 1
    rows = tables[0].findall("tr")
    cells = [[[c.tag for c in td] for td in tr.findall("td")] for tr in rows]
    # header row: the first block; navigation, content (the most text) and sidebar cells;
    # footer row: the last block
    assert cells == [[["div"]], [["header", "nav"], ["div"], ["p"]], [["footer"]]]
    content = rows[1].findall("td")[1][0]
    assert "wrapper" in (content.get("class") or "")
