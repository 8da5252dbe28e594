"""Different short stories of one outlet under the paragraph it prints above each of them: one
page lost its story's headline and second paragraph to the strip stage and keeps the paragraph
and one line of nine words, which the other page does not print. That page lay in the other
for 0.86 of its text, over the four fifths a text of one site must
(:func:`cleanscrape.dedup.core.whole_inside`), with 9 hashes outside it: fewer than the ten
the rule once asked before it read them as lines of its own, more than the four one seam
gives (:data:`cleanscrape.dedup.core.SEAM_SHINGLES`). A re-crawl of the other page cut after a
line, or with a sentence dropped, differs from it at one seam and is still joined.

The texts are a dev draw of the syndication benchmark (seed 1272, ``--negative-paragraphs 2
--negative-words 150``, outlet 0486): the two pages as the strip stage wrote them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cleanscrape import CleanOptions
from cleanscrape.dedup import find_duplicates
from cleanscrape.dedup.core import whole_inside
from cleanscrape.dedup.prints import PrintList

from .streamed import site_documents, streamed_duplicate_of

#: the paragraph the outlet prints above each story of the group
TRAVEL_AGENTS = (
    "Travel agents recommend that you get travel insurance (because they get a commission when "
    "you buy it, and because they can be held liable for your losses if they don’t explain "
    "insurance options to you). While travel agents can give you information and advice, they "
    "are not insurance agents — always direct any specific questions to the insurance provider."
)
#: a story of the group under its headline, kept
SOCIAL = "\n".join(
    [
        "How to use social media ecommerce effectively in 2025",
        TRAVEL_AGENTS,
        "It seems unimaginable for a new business to launch without any social media "
        "presence—and with good reason.",
        "Social networks have evolved from promotional platforms into ecommerce engines, shaping "
        "how people shop, what they buy and which brands they trust. In the Q2 2025 Sprout "
        "Social Pulse Survey, 76% of all social users say social media (e.g. ads, influencer "
        "posts, brand content) had influenced some of their purchases within the past six "
        "months.",
    ]
)
#: another story of the group, its headline and second paragraph lost: one line of it is left
RENOVATION = "\n".join([TRAVEL_AGENTS, "The information provided is based on the published date."])
SITES: list[str | None] = ["news.example", "news.example"]
CONTAINMENT = CleanOptions(containment=True)


def test_a_page_left_with_one_line_of_its_story_joins_no_page_of_its_site() -> None:
    prints = PrintList([RENOVATION, SOCIAL], CONTAINMENT, sites=SITES)
    assert not whole_inside(prints.whole(0), prints.whole(1))
    for opts in (CleanOptions(), CONTAINMENT, CleanOptions(match="full", containment=True)):
        found = find_duplicates([SOCIAL, RENOVATION], opts, sites=SITES)
        assert found.duplicate_of == [None, None]


@pytest.mark.parametrize("copy", ["teaser", "cut", "abridged"])
def test_a_copy_of_the_page_on_its_site_that_differs_at_a_seam_still_joins(copy: str) -> None:
    """The page's headline over the paragraph (a teaser's shape), the page cut after its first
    story line, or printed with one sentence dropped: joined with ``containment``."""
    lines = SOCIAL.split("\n")
    short = {
        "teaser": "\n".join(lines[:2]),
        "cut": "\n".join(lines[:3]),
        "abridged": "\n".join([*lines[:-1], re.split(r"(?<=[.?!]) ", lines[-1], maxsplit=1)[1]]),
    }[copy]
    assert find_duplicates([SOCIAL, short], CONTAINMENT, sites=SITES).duplicate_of == [None, 0]


@pytest.mark.parametrize("workers", [1, 2])
def test_a_streamed_batch_keeps_the_pages_apart_as_in_memory(workers: int, tmp_path: Path) -> None:
    opts = CleanOptions(strip_chrome=False, containment=True)
    docs = site_documents([SOCIAL, RENOVATION], "news.example")
    assert streamed_duplicate_of(docs, opts, tmp_path, workers) == [None, None]
