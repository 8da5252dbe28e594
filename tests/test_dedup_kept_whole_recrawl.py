"""A page of one outlet that the strip stage kept whole (``low_prose``: a cloud vendor prints
some 1,080 lines of menus, products and cards around a short story), fetched twice. The second
fetch prints the same story in the same chrome, but the lines the site draws for each fetch
changed: the menu row and the tag row, cards whose headlines are now other stories', and its
counters ("See all products (100+)" -> "(101+)", "Web3" -> "Web4"): 16 lines, which hold 124
and 154 of the whole texts' shingles outside each other, more than the
:data:`~cleanscrape.dedup.core.OWN_STORY_SHINGLES` (50) by which two different stories of one
site kept whole are told. None of those lines is prose, so each page's body (its runs of
prose, the story among them) lies in the other's whole: the two fetches are one page, joined
when the bodies are matched (:func:`cleanscrape.dedup.core.own_stories_in_chrome`).

The pages are a dev draw of the syndication benchmark (seed 1442, ``--negative-paragraphs 2
--negative-words 150 --recrawls 10``), as the draw prints them (``tests/data/dumps/README.md``).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from cleanscrape import CleanOptions, Document, Pipeline
from cleanscrape.dedup import compare_texts
from cleanscrape.dedup.body import opening_key
from cleanscrape.dedup.compare import TextView
from cleanscrape.dedup.core import OWN_STORY_SHINGLES, own_stories_in_chrome
from cleanscrape.dedup.signature import shingle_hashes

DATA = Path(__file__).parent / "data" / "dumps" / "kept_whole_recrawl"
PAGE = (DATA / "page.txt").read_text(encoding="utf-8")
AGAIN = (DATA / "recrawl.txt").read_text(encoding="utf-8")


def fetches() -> list[Document]:
    """The page and its second fetch, at one address's site."""
    return [
        Document(name, text, url=f"https://cloud.example/blog/{name}")
        for name, text in (("first", PAGE), ("second", AGAIN))
    ]


@pytest.mark.parametrize("containment", [False, True])
def test_a_page_kept_whole_and_its_re_crawl_are_joined(containment: bool) -> None:
    """Both fetches kept whole by the strip stage; the second joined to the first when the
    bodies are matched, in memory and streamed."""
    opts = CleanOptions(containment=containment)
    batch = Pipeline(opts).run(fetches())
    assert all(r.result and "low_prose" in r.result.flags for r in batch.results)
    assert [r.duplicate_of for r in batch.results] == [None, "first"]


def test_a_streamed_batch_joins_them_too(tmp_path: Path) -> None:
    """The streamed batch reads the same bodies from its spool."""
    with Pipeline(CleanOptions()).run_streamed(iter(fetches()), tmp_path / "spool") as streamed:
        assert [r.entry["duplicate_of"] for r in streamed.records] == [None, "first"]


def test_the_lines_drawn_again_lie_outside_the_bodies() -> None:
    """The whole texts hold more than a story's shingles outside each other, the bodies none:
    the rule reads the bodies when it has them, and ``compare`` (with the flags) joins the
    two."""
    views = [TextView.of(PAGE), TextView.of(AGAIN)]
    whole = [shingle_hashes(v.whole_key(), 5) for v in views]
    body = [shingle_hashes(v.match_key("body"), 5) for v in views]
    inside = np.intersect1d(whole[0], whole[1]).size
    assert min(whole[0].size, whole[1].size) - inside >= OWN_STORY_SHINGLES
    assert np.setdiff1d(body[0], body[1]).size == 0
    opening = [shingle_hashes(opening_key(v.match_key("body")), 5) for v in views]
    kept = (True, True)
    assert own_stories_in_chrome(opening[0], whole[0], opening[1], whole[1], kept)
    assert not own_stories_in_chrome(
        opening[0], whole[0], opening[1], whole[1], kept, (body[0], body[1])
    )
    c = compare_texts(PAGE, AGAIN, sites=("s", "s"), whole_pages=(True, True))
    assert c.apart_because is None and c.relation != "different"
