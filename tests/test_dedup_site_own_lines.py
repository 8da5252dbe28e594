"""Different short stories of one outlet under the paragraph it prints above each of them,
their headlines lost: with ``containment``, the shorter page (the paragraph and one or two
lines of its story) lay in the other for more than the four fifths a text of one site must
(:func:`cleanscrape.dedup.core.whole_inside`), and the two stories were joined. Its story
lines are whole lines the other page does not print, more than a seam's few shingles and more
than a tenth of its text (:func:`cleanscrape.dedup.core.own_lines_outside`), so it is
contained in no page of its site; a re-crawl of a page cut after a line, or with a sentence
dropped, differs from it at a seam only and is still joined.

The texts are dev draws of the syndication benchmark (seeds 1115 and 1123,
``--negative-paragraphs 2 --negative-words 150``): the two pages of one site each, as the strip
stage wrote them (their headlines dropped).
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

#: seed 1115: the paragraph a technology outlet prints above each story of one group
BULLYING = (
    "Many adolescents report negative experiences that can impact their mental health and "
    "well-being, including bullying (34%) and, specifically, electronic bullying (11%) (Figure "
    "8). Higher shares of LGBT+ adolescents reported experiencing bullying (49%), and electronic "
    "bullying (23%), compared to their peers (28% and 8%, respectively). Bullying can increase "
    "the risk of mental health conditions, substance use, and self-harm. Electronic bullying may "
    "be associated with depression among youth and is more often experienced by female and "
    "sexual minority youth compared to their peers."
)
TRAVEL_LINES = [
    BULLYING,
    "Travel insurance can minimize the considerable financial risks of traveling: accidents, "
    "illness, missed flights, canceled tours, lost baggage, theft, terrorism, travel-company "
    "bankruptcies, emergency evacuation, and getting your body home if you die.",
    "What are the chances you’ll need it? Hard to say. How willing are you to take risks? "
    "That’s up to you. Deciding whether to invest in travel insurance has always been a tricky "
    "decision, and of course the coronavirus pandemic has made that choice even more "
    "complicated.",
]
TRAVEL = "\n".join(TRAVEL_LINES)
#: a dictionary's entry under the same paragraph: its two lines are the story
RESTAURANT = "\n".join(
    [
        BULLYING,
        "an establishment where meals are served to customers.",
        "a commercial establishment where meals are prepared and served to customers",
    ]
)
#: seed 1123: the paragraph an IT services outlet prints above each story of one group
TUTOR = (
    "The tutor will begin by going over with you the material you are currently studying. "
    "He/she may ask questions and seek further information to clarify exactly what you need "
    "assistance with. Once the tutor has assessed where assistance is needed, he will begin the "
    "explanations or examples that will help you gain a greater understanding of the material. "
    "The tutor may re-explain the material to you, demonstrate the material in some way, or "
    "even give you practice problems and exams to ensure that you understand the material. "
    "Often, just discussing the material with someone else helps to solidify your knowledge of "
    "that material."
)
ECOMMERCE = "\n".join(
    [
        TUTOR,
        "Focused on scaling global market presence? Building brand awareness in targeted "
        "segments? Or achieving efficient customer acquisition and retention?",
        "The strategic application of ecommerce analytics provides leverage to achieve all these "
        "goals. Ecommerce reporting empowers brands to make informed decisions, optimize "
        "marketing efforts, and ultimately, maximize sales.",
    ]
)
EVENTS = "\n".join(
    [
        TUTOR,
        "List of Upcoming Events and Tech Conferences of special interest to MSPs across the "
        "United States.",
    ]
)
SITES: list[str | None] = ["news.example", "news.example"]
CONTAINMENT = CleanOptions(containment=True)


@pytest.mark.parametrize(("longer", "shorter"), [(TRAVEL, RESTAURANT), (ECOMMERCE, EVENTS)])
def test_a_short_story_whose_lines_the_other_page_lacks_joins_no_page_of_its_site(
    longer: str, shorter: str
) -> None:
    """The shorter page lies in the longer for four fifths of its text but holds its story's
    lines outside it: not joined, at either setting. A re-crawl of the longer page cut after
    its first story line, or printed with one sentence dropped, differs from it at a seam:
    joined with ``containment``."""
    prints = PrintList([shorter, longer], CONTAINMENT, sites=SITES)
    assert not whole_inside(prints.whole(0), prints.whole(1))
    for opts in (CleanOptions(), CONTAINMENT):
        assert find_duplicates([longer, shorter], opts, sites=SITES).duplicate_of == [None, None]
    lines = longer.split("\n")
    cut = "\n".join(lines[:2])
    abridged = "\n".join([*lines[:-1], re.split(r"(?<=[.?!]) ", lines[-1], maxsplit=1)[1]])
    for copy in (cut, abridged):
        assert find_duplicates([longer, copy], CONTAINMENT, sites=SITES).duplicate_of == [None, 0]


@pytest.mark.parametrize("workers", [1, 2])
def test_a_streamed_batch_keeps_the_short_story_apart_as_in_memory(
    workers: int, tmp_path: Path
) -> None:
    """The streamed batch (its fingerprints stored, one or two workers making them) reads
    the pair as :func:`find_duplicates` does."""
    opts = CleanOptions(strip_chrome=False, containment=True)
    docs = site_documents([TRAVEL, RESTAURANT], "news.example")
    assert streamed_duplicate_of(docs, opts, tmp_path, workers) == [None, None]
