"""The outlet's own dated story head over the story a page carries: the lines between that head
and the carried story's headline are the outlet's story's, not the carried story's opening.

An outlet prints its own story's headline, byline and date, and under them its standfirst, its
picture's caption and credit, its author's box or a review line, and then the story it carries,
under that story's own headline. The region search takes those lines in above the carried
story's headline; ``headline_in_region`` finds that headline (the title moves to it), and every
line kept its verdict: a page of one outlet then held the outlet's caption and author's box
next to the story, and a copy of the story on another outlet did not, so ``--containment``
missed the pair. A head that prints its date is a story's head: the lines under it down to the
next headline are that story's.

The pages (``data/dumps/dated_head_above/``): ``science_head_over_deal`` (a science
magazine's head, "Cells That 'Taste' Danger ..." with its byline and date, standfirst, caption,
credit and author's box, over a deal story "Put a powerful MacBook Pro under the tree ...") and
``deal`` (the same story on another outlet) of the syndication corpus's dev draw of seed 2527
(regular negatives, ``--edited 1.0``); ``law_head_over_protests`` (a law firm's blog head,
"Gym Injury Lawsuits: ...", its reading time and "Reviewed by ..., on December 9, 2024.", over
a news story "Amnesty. More than 100 protesters killed in Iran unrest") of the draw of seed
1362 (short negatives). Lines as printed.
"""

from __future__ import annotations

from cleanscrape import CleanOptions, Document, Pipeline

from .outlet_pages import kept_lines, line_at, opens_a_line, read_pages

PAGES = read_pages("dated_head_above", ("science_head_over_deal", "deal", "law_head_over_protests"))
#: The outlet's lines under its own dated head, above the carried story's headline.
OUTLET_LINES = {
    "science_head_over_deal": [
        "Cells with taste receptors sometimes develop",
        "RenderBurger for Quanta Magazine",
        "Carrie Arnold",
        "Contributing Writer",
    ],
    "law_head_over_protests": ["Reviewed by Justin C. Meserole"],
}
#: The carried story's headline and its first line.
STORY = {
    "science_head_over_deal": ["Put a powerful MacBook Pro under the tree", "$1,799) while"],
    "law_head_over_protests": ["Amnesty. More than 100 protesters killed", "PanARMENIAN.Net"],
}


def test_the_pages_are_as_described() -> None:
    page = PAGES["science_head_over_deal"]
    byline = line_at(page, "By Carrie Arnold")
    assert page[byline - 1].startswith("Cells That ‘Taste’ Danger")
    assert page[byline + 1] == "November 15, 2019"
    story = line_at(page, STORY["science_head_over_deal"][0])
    assert page[story - 1] == "Contributing Writer"
    page = PAGES["law_head_over_protests"]
    review = line_at(page, "Reviewed by Justin C. Meserole")
    assert page[review - 2 : review] == [
        "Gym Injury Lawsuits: We Can Do the Heavy Lifting",
        "4 min read time",
    ]
    assert page[review + 1].startswith(STORY["law_head_over_protests"][0])


def test_the_outlets_lines_under_its_dated_head_go() -> None:
    for name, lines in OUTLET_LINES.items():
        kept = kept_lines(PAGES[name])
        assert not any(opens_a_line(kept, text) for text in lines), name
        assert all(opens_a_line(kept, text) for text in STORY[name]), name


def test_a_head_without_its_date_keeps_every_line() -> None:
    # (the same page without the date under the outlet's headline: nothing tells that the
    # headline heads a story of its own, the lines under it keep their verdicts)
    page = [ln for ln in PAGES["science_head_over_deal"] if ln != "November 15, 2019"]
    kept = kept_lines(page)
    assert opens_a_line(kept, "Cells with taste receptors sometimes develop")
    assert opens_a_line(kept, STORY["science_head_over_deal"][0])


def test_the_two_copies_are_joined_by_containment() -> None:
    docs = [
        Document(f"{outlet}/0477.txt", "\n".join(PAGES[name]))
        for outlet, name in (("deal_site", "deal"), ("science_site", "science_head_over_deal"))
    ]
    results = Pipeline(CleanOptions(containment=True)).run(docs).results
    assert [r.status for r in results] == ["kept", "duplicate"]


#: Three pages of one outlet (a deal site's chrome around three stories): its head's lines
#: under its dated story head, on every page.
SITE = read_pages("dated_head_above", ("deal_site_a", "deal_site_b", "deal_site_c"))
SITE_LINES = ["Deal pricing and availability subject to change", "TL;DR: Bring home a MacBook"]


def test_one_pages_drop_leaves_the_sites_lines_a_template() -> None:
    # the strip stage drops the outlet's lines on the one page where it finds the story's own
    # headline under them, and keeps them on the two others ...
    for name, dropped in (("deal_site_a", False), ("deal_site_b", False), ("deal_site_c", True)):
        kept = kept_lines(SITE[name])
        assert all(opens_a_line(kept, text) != dropped for text in SITE_LINES), name
    # ... and the three pages print them: the site's template, gone from every page's text
    docs = [Document(f"deal_site/{name}.txt", "\n".join(page)) for name, page in SITE.items()]
    for r in Pipeline(CleanOptions()).run(docs).results:
        assert r.result is not None and r.status == "kept"
        assert not any(opens_a_line(r.result.text.split("\n"), t) for t in SITE_LINES), r.id


#: Three pages of a law firm's blog (its chrome around three stories), its review line under
#: its post's dated head on every page.
LAW = read_pages("dated_head_above", ("law_site_a", "law_site_b", "law_site_c"))
REVIEW = "Reviewed by Justin C. Meserole"


def test_a_line_one_page_keeps_and_two_drop_as_the_outlets_head_is_a_template() -> None:
    # the strip stage drops the review line as the outlet's on two pages and keeps it on the
    # third: one article keeps it, and a line under the outlet's own dated head is no story's
    for name, dropped in (("law_site_a", True), ("law_site_b", True), ("law_site_c", False)):
        assert opens_a_line(kept_lines(LAW[name]), REVIEW) != dropped, name
    docs = [Document(f"law_site/{name}.txt", "\n".join(page)) for name, page in LAW.items()]
    for r in Pipeline(CleanOptions()).run(docs).results:
        assert r.result is not None and r.status == "kept"
        assert not opens_a_line(r.result.text.split("\n"), REVIEW), r.id
