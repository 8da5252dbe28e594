"""``benchmarks/missing_gold.py --why``: an item of a list left out is told apart by whether
other items of its list were kept (a list kept in part) or none were (then why the list as a
whole was left out)."""

from __future__ import annotations

import sys
from pathlib import Path

from lxml import html as lxml_html

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from cleanscrape.html.recover import text_blocks  # noqa: E402
from missing_gold import _why  # noqa: E402

#: Written to the pattern of a plumbing-rates guide (WCXB dev): a table of contents whose
#: entries repeat the guide's subheadings (the output keeps the headings, so the entries
#: read as kept but one), and a list of links none of whose items is in the output.
PAGE = """<html><body><div class="entry-content">
<p>Plumbing rates vary by region, job type and the experience of the plumber doing the work.</p>
<ul class="toc">
<li><a href="#rates">Average plumbing hourly rates</a></li>
<li><a href="#extra">Additional cost considerations</a></li>
<li><a href="#price">How to price plumbing jobs</a></li>
</ul>
<h2 id="rates">Average plumbing hourly rates</h2>
<p>Most plumbers charge between 45 and 200 dollars an hour, with a minimum fee for the visit.</p>
<ul class="related">
<li><a href="/a">Plumbing business names</a></li>
<li><a href="/b">Plumbing marketing ideas</a></li>
</ul>
<p>Flat-rate pricing gives customers one figure up front, whatever the time the job takes.</p>
</div></body></html>"""


def _setup() -> tuple[list[lxml_html.HtmlElement], lxml_html.HtmlElement]:
    tree = lxml_html.fromstring(PAGE)
    area = tree.xpath("//div[@class='entry-content']")
    return area, tree


def test_item_of_a_list_kept_in_part() -> None:
    area, tree = _setup()
    walked = set(text_blocks(area))
    toc = tree.xpath("//ul[@class='toc']/li")
    kept = {toc[0], toc[2], *tree.iter("p")}
    reason = _why(toc[1], walked, set(area), kept)
    assert reason == "inside the block <ul>, others of it kept"


def test_item_of_a_list_none_of_it_kept_says_why_the_list_was_left() -> None:
    area, tree = _setup()
    walked = set(text_blocks(area))
    related = tree.xpath("//ul[@class='related']/li")
    kept = {*tree.xpath("//ul[@class='toc']/li"), *tree.iter("p")}
    reason = _why(related[0], walked, set(area), kept)
    assert (
        reason
        == "inside the block <ul>, none of it kept: not recoverable (tag, links, image, length)"
    )
