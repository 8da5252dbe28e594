"""The outlet's box on its own editorial checks at the head of the story's region: a heading,
a paragraph whose subject is the outlet ("Accounting.com is committed to delivering content
that is objective and actionable. To that end, we have built ...", "Business.com aims to help
business owners make informed decisions ... to sustain our content"), a few more, then links
(the page's contents, or the story's headline) above the story's first paragraph.

The region search ran through the box, the links between it and the story weighing too little
to end the region, so the box was kept as the story's opening. The outlet's own news (a press
release on the company's site, its interview of its new CEO) opens with the outlet's name too,
under its headline and over a short list, and keeps its opening: it speaks of its news, not
of the outlet's content and its checks.

The pages (``data/dumps/outlet_box_above_story/``): four benchmark pages as ``html_to_dump``
prints them, lines unchanged.
"""

from __future__ import annotations

from .outlet_pages import kept_lines, line_at, opens_a_line, read_pages

BOXES = read_pages("outlet_box_above_story", ("tax_software_ranking", "business_certifications"))
NEWS = read_pages("outlet_box_above_story", ("mental_health_report", "new_ceo_interview"))
#: Each page's box (its first paragraph) and the story's first paragraph under it.
BOX_AND_STORY = {
    "tax_software_ranking": (
        "Accounting.com is committed to delivering content",
        "With so many options on the market",
    ),
    "business_certifications": (
        "Business.com aims to help business owners",
        "A business certification can make your skills",
    ),
}
#: Each outlet's own story's first paragraph, opened by the outlet's name.
OPENINGS = {
    "mental_health_report": "Soliant Health has released its annual",
    "new_ceo_interview": "Experience is thrilled to have Junior Gaspard",
}


def test_the_pages_are_as_described() -> None:
    page = BOXES["tax_software_ranking"]
    box = line_at(page, "Accounting.com is committed")
    assert page[box - 2 : box] == ["Our Integrity Network", ""]
    assert page[box + 12 : box + 16] == ["For CPAs", "For Entrepreneurs", "For Individuals", "FAQ"]
    assert opens_a_line(page, "© 2025 Accounting.com, a Red Ventures Company")
    page = BOXES["business_certifications"]
    box = line_at(page, "Business.com aims")
    assert page[box - 2 : box] == ["Advertising Disclosure", ""]


def test_the_box_above_the_story_is_not_kept() -> None:
    for name, page in BOXES.items():
        kept = kept_lines(page)
        box, story = BOX_AND_STORY[name]
        assert not opens_a_line(kept, box), name
        assert opens_a_line(kept, story), name


def test_the_outlets_own_news_keeps_its_opening() -> None:
    for name, page in NEWS.items():
        assert opens_a_line(kept_lines(page), OPENINGS[name]), name
