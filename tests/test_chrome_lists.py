"""Lists and tables that end an article's body (text dumps): written to the pattern of real
pages, a concert announcement that ends with the tour's dates and a ranking table under the
paragraph that presents it."""

from __future__ import annotations

import re

from cleanscrape.chrome import body_lists, features, strip_lines

_MENU = ["Music", "Politics", "TV", "Movies", "Culture", "Subscribe"]
_TITLE = "The Doobie Brothers Unite With Michael McDonald for 50th Anniversary Tour"
_TOUR = [
    "The Doobie Brothers will unite with former frontman Michael McDonald for a 2020 North "
    "American tour celebrating the band’s 50th anniversary.",
    "Tickets for the 50th anniversary tour go on sale to the general public starting Friday, "
    "December 6th, at 10 a.m. local time via Live Nation.",
    "McDonald joined the band in 1975 and initially remained in the lineup until 1982, "
    "appearing on four albums and hit singles like 1978’s “What a Fool Believes.”",
    "The band’s current tour continues November 19th in Greenville, South Carolina; after a "
    "break later that month, the schedule picks up February 7th in Las Vegas.",
]
_DATES = [
    "June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre",
    "June 10 – Tampa, FL @ MIDFLORIDA Credit Union Amphitheatre",
    "June 14 – Alpharetta, GA @ Ameris Bank Amphitheatre (Formerly Verizon Amphitheatre)",
    "June 17 – Nashville, TN @ Bridgestone Arena",
    "June 19 – Charlotte, NC @ PNC Music Pavilion",
    "August 8 – Tinley Park, IL @ Hollywood Casino Amphitheatre – Chicago",
    "October 10 – Houston, TX @ The Cynthia Woods Mitchell Pavilion",
]
_TRENDING = [
    "Trending",
    "Mötley Crüe, Def Leppard, Poison Set 2020 Stadium Tour",
    "Lucasfilm’s Kathleen Kennedy on ‘Rise of Skywalker’ and the Future of ‘Star Wars’",
    "Which Band Will Reunite Next? Placing Odds on 14 Groups, From Led Zeppelin to Oasis",
]


def _blocks(*blocks: list[str]) -> list[str]:
    out: list[str] = []
    for block in blocks:
        out += [*block, ""]
    return out


def test_tour_dates_under_a_subheading_after_the_last_paragraph_are_kept() -> None:
    # the dates are one block of short lines of one shape ("date – place @ venue") under a
    # subheading of the body; they sat below the prose region and went with the footer
    lines = _blocks(
        _MENU,
        [_TITLE],
        *[[p] for p in _TOUR],
        ["The Doobie Brothers Tour Dates"],
        _DATES,
        ["Want more Rolling Stone? Sign up for our newsletter."],
        *[[t] for t in _TRENDING],
    )
    r = strip_lines(lines)
    assert r.lines == [*_TOUR, "The Doobie Brothers Tour Dates", *_DATES]


def test_headlines_under_an_unknown_heading_after_the_article_stay_dropped() -> None:
    # links to other stories have no shape in common: the same place, still not the body
    more = [
        "Mötley Crüe, Def Leppard, Poison Set 2020 Stadium Tour",
        "Lucasfilm’s Kathleen Kennedy on ‘Rise of Skywalker’ and the Future of ‘Star Wars’",
        "Which Band Will Reunite Next? Placing Odds on 14 Groups, From Led Zeppelin to Oasis",
        "Republicans Now Questioning Whether Purple Heart Recipient Is Loyal to the United States",
        "Dave Grohl's Guest List: 21 Amazing Musical Cameos",
    ]
    lines = _blocks(_MENU, [_TITLE], *[[p] for p in _TOUR], ["Editors' Picks"], more)
    r = strip_lines(lines)
    assert r.lines == _TOUR


_RANKING = [
    "MBA ranking reports in aggregate can help an applicant to see trends around MBA program "
    "brands, and rankings of individual schools can move from one year to the next.",
    "The 2023-2024 US News ranking data for the top full-time MBA programs can be found in the "
    "table below, with acceptance rates, test scores and salaries.",
]
_ROWS = [
    "Ranking Business School Previous Rank Women Employed at Graduation GPA GMAT Salary",
    "1 Chicago Booth School of Business 1 37% / 40% 30% 48% 3.6 729 $175,000",
    "2 Kellogg School of Management 3 (tie) 38% / 48% 31% 38% 3.7 729 $165,000",
    "3 UPenn Wharton School 1 (tie) 35% / 50% 23% 62% 3.6 733 $175,000",
    "4 MIT Sloan School of Management 5 (tie) 40% / 46% 15% 52% 3.6 730 $165,000",
    "5 Harvard Business School 5 38% / 46% 14% 86% 3.7 727 $172,877",
]


def test_table_rows_that_go_on_from_the_last_paragraph_are_kept() -> None:
    # the rows follow the paragraph that presents them in the same block
    lines = _blocks(
        ["Home", "MBA Admissions", "Blog", "Contact"],
        ["US News MBA Rankings: Full & Part Time Programs"],
        [_RANKING[0]],
        [_RANKING[1], *_ROWS],
        ["Related Posts"],
        ["How to Get Into Harvard Business School"],
    )
    r = strip_lines(lines)
    assert r.lines == [*_RANKING, *_ROWS]


_MEALS = [
    "Healthy meal delivery is a tricky game I realized because we all define it different. For "
    "me it’s about a meal that is high in quality protein, filled with vegetables and not a ton "
    "of other things.",
    "I try to avoid dairy and gluten because I feel better, but does that make a meal healthy, "
    "no. Just better for me.",
]
_SERVICES = [
    "Daily Harvest – prepared meal, plant based, frozen delivery",
    "Eat to Evolve – prepared meal, high protein, delivered fresh",
    "Purple Carrot – prepared meal or meal kit, vegan",
    "Blue Apron – meal kit, wide variety of dishes",
    "Hello Fresh – meal kit, wide variety of dishes",
]
_AFTER = [
    "The reason I focused on these particular services is because they deliver whole food "
    "meals. In other words, it’s not the same as buying a frozen meal because the ingredient "
    "labels are short and all food, no additives.",
    "As noted, I’ve had the opportunity to try a number of services over the years, and each "
    "of them has a place depending on your schedule and your budget.",
]


def test_a_list_of_one_shape_between_paragraphs_is_not_related_links() -> None:
    # "name – what it is" on every line: the body's own list, not headlines of other stories
    lines = _blocks(
        ["Home", "Recipes", "Training", "Shop"],
        ["Healthy Meal Delivery Services I Tried and Loved"],
        *[[p] for p in _MEALS],
        _SERVICES,
        *[[p] for p in _AFTER],
    )
    r = strip_lines(lines)
    assert r.lines == [*_MEALS, *_SERVICES, *_AFTER]


def test_figure_words_and_field_marks_are_found_as_the_plain_patterns_find_them(
    seed_texts: dict[str, str],
) -> None:
    # the searches that skip to a figure (or to a mark's first character) count the same words
    # holding a figure and find the same marks as the plain patterns, on the tour dates, the
    # trending links, the ranking table and every line of the seeds
    figures, marks = re.compile(r"\S*\d\S*"), re.compile(r" [–—-] |@| \| |[•·]")
    lines = [*_TOUR, *_DATES, *_TRENDING, *_RANKING, *_ROWS]
    lines += [ln for t in seed_texts.values() for ln in t.splitlines()]
    assert sum(len(figures.findall(ln)) for ln in lines) > 50
    for ln in lines:
        count = len(figures.findall(ln))
        assert len(body_lists._FIGURE_WORD.findall(ln)) == count, ln
        assert len(features._FIGURE_WORD.findall(ln)) == count, ln
        assert body_lists._FIELD_MARK.findall(ln) == marks.findall(ln), ln
