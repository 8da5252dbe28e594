"""A page of one outlet whose story the strip stage lost keeps only the paragraph the outlet
prints above each of its stories: with ``containment`` it lay whole in another page of the
site that kept its story under the same paragraph, and the two different stories were joined.
Such a text holds nothing outside its site's text (what most of the site's pages print), so it
is contained in none of its site's pages (:func:`cleanscrape.dedup.core.outlet_only`); a cut
re-crawl of a story of the site, which holds its own story, still joins the full page.

The texts are a dev draw of the syndication benchmark (seed 750, ``--negative-paragraphs 2
--negative-words 150``): the four clean texts of one site as the strip stage wrote them, two
of them the outlet's paragraph alone (their stories' lines, title-like, dropped as related
cards); the cut re-crawl is the fourth page's first two paragraphs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleanscrape import CleanOptions
from cleanscrape.dedup import find_duplicates
from cleanscrape.dedup.core import outlet_only
from cleanscrape.dedup.prints import PrintList

from .streamed import site_documents, streamed_duplicate_of

#: the paragraph the outlet prints above each story of one group
STANDARD = (
    "I had national and regional clients and a roster of freelancers who I funneled projects "
    "to. I managed everything from my home office, where I was also juggling a new husband and "
    "two children who were rapidly approaching their “launch” phases — they were in high school "
    "and starting to look at universities and think about their careers."
)
#: a page that kept its story under the paragraph
ESSAYS = "\n".join(
    [
        STANDARD,
        "Get help writing your college application essays. Find this year's Common App writing "
        "prompts and popular essay questions used by individual colleges.",
        "The college essay is your opportunity to show admissions officers who you are apart "
        "from your grades and test scores (and to distinguish yourself from the rest of a very "
        "talented applicant pool).",
    ]
)
#: another story of the site (a syndicated one), its three paragraphs
FLOS_LINES = [
    "During the 2018 Milan Design Meek, the Flos Showroom in Corso Monforte 15 features a light "
    "installation created by Michael Anastassiades, acclaimed London-based designer born in "
    "Cyprus, who has created a number of products for Flos since 2013.",
    "The installation – entitled ‘Jewels after Jewels after Jewels ‘ and conceived to present "
    "the new ‘ Arrangements’ collection of chandeliers – confirms the clever use of technology "
    "and the poetic approach that characterize Michael Anastassiades’ work. The showroom "
    "accommodates three large sculptural light installations, resembling huge pieces of "
    "jewerly, consisting of a sequence of interconnected geometrical forms. Arrangements is a "
    "modular system, between sculpture and industrial design, composed of LED-based lighting "
    "elements designed to be easily attached to one another so that the system can be assembled "
    "by everyone.",
    "In the showroom, the public also have the possibility to simulate all lighting elements "
    "possible combinations through an application, named “Make your Arrangements”, installed "
    "on several tablet computers.",
]
FLOS = "\n".join(FLOS_LINES)
#: the site's texts in the draw's order: a story, the kept story, two pages that lost theirs
TEXTS = [FLOS, ESSAYS, STANDARD, STANDARD]
SITES: list[str | None] = ["blog.example"] * 4
CONTAINMENT = CleanOptions(containment=True)


def test_a_page_of_the_outlets_paragraph_alone_joins_no_story_of_its_site() -> None:
    """The paragraph is printed by three of the site's four texts, so it is the site's text:
    the two pages that lost their stories hold nothing else and join no other page with
    ``containment`` (they are one text, exact copies of each other, joined as at the default);
    the page that kept its story under the paragraph holds its own part and stays apart."""
    prints = PrintList(TEXTS, CleanOptions(), sites=SITES)
    assert [outlet_only(prints.story(i)) for i in range(4)] == [False, False, True, True]
    for opts in (CleanOptions(), CONTAINMENT):
        assert find_duplicates(TEXTS, opts, sites=SITES).duplicate_of == [None, None, None, 2]


def test_a_cut_recrawl_of_a_story_of_the_site_still_joins_it() -> None:
    """A re-crawl of the site's other story cut after two paragraphs lies whole in the full
    page and holds its story outside the site's text: joined with ``containment``, while the
    pages that lost their stories stay out of the other page of the site."""
    cut = "\n".join(FLOS_LINES[:2])
    texts, sites = [*TEXTS, cut], [*SITES, "blog.example"]
    found = find_duplicates(texts, CONTAINMENT, sites=sites).duplicate_of
    assert found == [None, None, None, 2, 0]


@pytest.mark.parametrize("workers", [1, 2])
def test_a_streamed_batch_keeps_the_lost_pages_apart_as_in_memory(
    workers: int, tmp_path: Path
) -> None:
    """The streamed batch (its fingerprints stored, one or two workers making them) reads the
    site's text as :func:`find_duplicates` does."""
    opts = CleanOptions(strip_chrome=False, containment=True)
    docs = site_documents(TEXTS, "blog.example")
    assert streamed_duplicate_of(docs, opts, tmp_path, workers) == [None, None, None, "p2"]
