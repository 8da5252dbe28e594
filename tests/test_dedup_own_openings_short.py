"""Two different stories of two short paragraphs each, of one outlet, under the same text: a
standard paragraph above each story, the outlet's news cards and its description under it. Each
body's opening holds a few dozen words of its story and then the outlet's text, so that a fifth
to a third of each opening is text the other page lacks
(:func:`cleanscrape.dedup.core.own_openings`, two texts of one site)."""

from __future__ import annotations

from cleanscrape import CleanOptions
from cleanscrape.dedup import find_duplicates
from cleanscrape.dedup.core import own_openings
from cleanscrape.dedup.prints import PrintList

# Two dev pages of the syndication benchmark (seed 345, ``--negative-paragraphs 2
# --negative-words 150``): one outlet prints two different short stories, each opened by the
# same standard paragraph (another article's), and the strip stage keeps three of the outlet's
# news cards and its own description under each story. The clean texts as the strip stage
# wrote them.
STANDARD = (
    "- The first $12,400 would only be taxed at 10%, or $1,240; the amount from $12,401 to "
    "$50,400 would be taxed at 12%, or $4,560; the amount from $50,401 to $105,700 would be "
    "taxed at 22%, or $12,166; and the amount from $105,701 to $200,000 would be taxed at 24%, "
    "or $22,632."
)
OUTLET = [
    (
        "Harmonic, the artificial intelligence lab developing Mathematical Superintelligence "
        "(MSI), has secured $120 million in its Series C funding round, reaching a $1.45 billion "
        "post-money valuation. The round was led by Ribbit Capital with participation from "
        "Sequoia Capital, Index Ventures, Kleiner Perkins, and Emerson Collective. Founded in 2023 "
        "and based in Palo Alto, Harmonic focuses on creating advanced mathematical reasoning "
        "models that guarantee accuracy and eliminate hallucinations..."
    ),
    "Klarna Launches AI Program to Support Climate Resilience Projects",
    (
        "Klarna has launched its AI for Climate Resilience Program, selecting six projects from "
        "more than 1,200 global proposals to support communities facing climate-related risks. "
        "The initiative focuses on practical uses of artificial intelligence to strengthen "
        "climate adaptation, including tools for water security, disaster preparedness, public "
        "health, and agriculture in regions most affected by environmental change..."
    ),
    "NVIDIA and Synopsys Expand Strategic Partnership on AI-Driven Engineering",
    (
        "NVIDIA and Synopsys have announced an expanded strategic partnership aimed at "
        "transforming engineering and design across industries. The collaboration brings "
        "together NVIDIA’s AI and accelerated computing with Synopsys’ engineering and "
        "electronic design automation solutions to support R&D teams facing greater workflow "
        "complexity, rising development costs, and faster time-to-market requirements..."
    ),
    (
        "The Software Report is a comprehensive source for market research and insights, "
        "business news, investment activity and corporate actions related to the software "
        "sector. Based in New York City, the firm is run by a seasoned team of editors, writers "
        "and media professionals highly knowledgeable on software and the various companies, "
        "executives and investors that make up the sector."
    ),
]
STORY_A = [
    "The idea of embedding fast data processing engines into other systems to speed up "
    "analytics is not new.",
    "In fact, DuckDBs started out as SQL Analytics on Pandas.",
]
STORY_B = [
    "Sourdough, gluten-free, and banana are no match for these bread makers' baking power",
    (
        "I absolutely adore baking homemade bread. When I have time, I love the whole process of "
        "mixing, kneading, and shaping. Waiting for it to rise is calming, while shaping and "
        "scoring the dough is like an art form. Eating fresh bread is, of course, the best part."
    ),
]
PAGE_A = "\n".join([STANDARD, *STORY_A, *OUTLET])
PAGE_B = "\n".join([STANDARD, *STORY_B, *OUTLET])
SITES = ["news.example", "news.example"]


def test_two_stories_of_two_short_paragraphs_of_one_site_stay_apart() -> None:
    prints = PrintList([PAGE_A, PAGE_B], CleanOptions(), sites=SITES)
    wholes = (prints.whole(0), prints.whole(1))
    assert own_openings(prints.opening(0), wholes[0], prints.opening(1), wholes[1])
    for opts in (CleanOptions(), CleanOptions(containment=True)):
        assert find_duplicates([PAGE_A, PAGE_B], opts, sites=SITES).duplicate_of == [None, None]
    # (the rule is for one known site: pages of two sites are joined as before)
    assert find_duplicates([PAGE_A, PAGE_B], sites=["a.example", "b.example"]).duplicate_of == [
        None,
        0,
    ]


def test_a_copy_of_the_short_story_on_its_site_still_joins() -> None:
    """The same short story on the same site, its second paragraph broken at its sentence (as
    the benchmark prints copies): the copy's opening lies in the first page, so the two join."""
    copy = "\n".join([STANDARD, *STORY_B[:1], *STORY_B[1].split(". ", 1), *OUTLET])
    prints = PrintList([PAGE_B, copy], CleanOptions(), sites=SITES)
    assert not own_openings(prints.opening(0), prints.whole(0), prints.opening(1), prints.whole(1))
    assert find_duplicates([PAGE_B, copy], sites=SITES).duplicate_of == [None, 0]
