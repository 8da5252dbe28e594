"""A review's lists between its paragraphs name the product in the singular where the
paragraphs speak of it in the plural: a list of the body all the same.

A review of meal delivery services prints, under each service's paragraphs, its facts an item a
line ("Price decreases per meal as you increase in number of items", "Cost is $12.99 per
serving, ..."), in sentence case, between two paragraphs. On a page whose own headlines are in
sentence case too, such a run is read as a box of other stories' headlines unless two thirds of
its items share a word with the paragraphs around it (``strip._body_list``); the items said
"meal" where the paragraphs said "meals", so 11 of the story's lines in three runs went as
inline links on one outlet's page and stayed on another's (whose headlines are in title case),
and the two copies of the story differed by them.

The pages (``data/dumps/review_lists_singular/``): the story of WCXB dev page 4884 under the
chrome of WCXB dev page 4258 (``review_under_sentence_case_site``, a software vendor's menus in
sentence case) and under that of WCXB dev page 0191 (``review_under_title_case_site``, a
health foundation's), of the syndication corpus's dev draw of seed 2541 (regular negatives,
``--edited 1.0``), whole, lines as printed.
"""

from __future__ import annotations

from cleanscrape import CleanOptions, Document, Pipeline

from .outlet_pages import kept_lines, line_at, opens_a_line, read_pages

PAGES = read_pages(
    "review_lists_singular", ("review_under_sentence_case_site", "review_under_title_case_site")
)
SITE = PAGES["review_under_sentence_case_site"]
#: Three runs of the review's items, each between two of its paragraphs, that share a word
#: with them only as a word and its plural ("meal" / "meals", "carrot" / "carrots").
RUNS = [
    [
        "Minimum of $65 which is 5 lunch bowls or 5 smoothies",
        "Price decreases per meal as you increase in number of items",
        "Sustainable packaging with the box, all individual items are in plastic",
    ],
    [
        "Cost is $12.99 per serving, which does not change",
        "Easy to see exact ingredient list to decide",
        "Nutrition breakdown is not provided, but allergens are called out",
        "💲Purple Carrot discount code carrot30 for $30 off",
    ],
    [
        "Pricing decreases with the volume of meals",
        "Meals are delivered fresh, but can be frozen",
        "Each week you pick a new set of meals from the current menu",
        "Focus on sustainability so packaging can all be recycled",
    ],
]


def test_the_page_is_as_described() -> None:
    for run in RUNS:
        first = line_at(SITE, run[0])
        assert [ln[: len(t)] for ln, t in zip(SITE[first:], run, strict=False)] == run
        # a paragraph of the review right above and right below each run
        assert SITE[first - 1].endswith((".", "!"))
        assert SITE[first + len(run)].endswith(".")
    assert line_at(SITE, "Comparing Prepared Meal Delivery 2026") < line_at(SITE, RUNS[0][0])


def test_the_reviews_lists_are_kept() -> None:
    kept = kept_lines(SITE)
    for run in RUNS:
        assert all(opens_a_line(kept, item) for item in run), run[0]
    assert opens_a_line(kept, "A winner in terms of flavor and quality.")


def test_other_stories_headlines_between_the_same_paragraphs_stay_dropped() -> None:
    # other stories' headlines in sentence case in place of the first run: they name nothing
    # the paragraphs around them speak of, in the singular or the plural
    links = [
        "Man arrested after 7 trafficking victims found in car: Police",
        "Jeffrey Epstein jail guards charged with falsifying records",
        "White teen accused of plotting deadly attack on black church",
    ]
    first = line_at(SITE, RUNS[0][0])
    page = [*SITE[:first], *links, *SITE[first + len(RUNS[0]) :]]
    kept = kept_lines(page)
    assert not any(opens_a_line(kept, link) for link in links)
    assert opens_a_line(kept, "A winner in terms of flavor and quality.")
    assert opens_a_line(kept, "Smoothies - Arrive ready for the fridge")


def test_the_two_copies_are_joined_on_their_whole_texts() -> None:
    docs = [
        Document(f"{outlet}/4884.txt", "\n".join(PAGES[name]))
        for outlet, name in (
            ("title_case_site", "review_under_title_case_site"),
            ("sentence_case_site", "review_under_sentence_case_site"),
        )
    ]
    results = Pipeline(CleanOptions(match="full")).run(docs).results
    assert [r.status for r in results] == ["kept", "duplicate"]
