"""A product's pitch above the story: a software vendor's sign-up widget between the post's head
and the story's headline is no part of the story.

A home-services software vendor's blog prints, under its post's byline and a revenue
calculator's form, the calculator's result and a pitch: "Housecall Pros like you typically
make:", the widget's notice on the reader's location (a sentence of 24 words), a customer's
quote with her name and role on lines of their own, "Increase revenue by 35%*" and its
footnote, "Start Free Trial", "Want to win more jobs with less effort?", "Start Free Trial"
again, "Want to see your potential revenue?"; then the story's headline and its paragraphs.
The notice, the quote and the footnote weigh as short paragraphs, so the region search started
in the pitch and kept it over the story: the page's key held the pitch, which no other copy
of the story prints, and its copies of two stories were missed at the default setting
(``--containment`` missed one of them too). The pitch's buttons tell it: a call to action
printed as a whole line with no paragraph under it, which no story prints between its
paragraphs.

The pages (``data/dumps/pitch_above_story/``): three dev pages of the syndication corpus (short
draws of seeds 2075 and 2077, every copy's body edited), lines as printed: the vendor's page
with each of two stories, and another outlet's copy of the second.
"""

from __future__ import annotations

from cleanscrape import CleanOptions, Document, Pipeline
from cleanscrape.chrome.strip import classify_lines

from .outlet_pages import kept_lines, line_at, opens_a_line, read_pages

PAGES = read_pages(
    "pitch_above_story",
    ("tech_conferences", "senate_motion", "senate_motion_copy"),
)
#: Each vendor page's story: its headline, then its first paragraphs' openings.
STORIES = {
    "tech_conferences": [
        "An Overview of Upcoming Tech Conferences in Atlanta in 2026",
        "“Atlanta’s mix of easy access",
        "If you’re an Atlanta-based business owner",
    ],
    "senate_motion": [
        "Breaking: Lawan Moves Motion For Senate’S Adjournment Over Nzeribe, Adedoyin’S Deaths",
        "Senator representing Yobe North",
        "Lawan raised the motion after",
    ],
}
#: The pitch's lines above the story (the calculator's result, the notice, the quote, the
#: claim and its footnote, the buttons, the questions to the reader).
PITCH = [
    "Housecall Pros like you typically make:",
    "We use your IP address and browser location services",
    '"Housecall Pro took my business to a whole other level',
    "Sarah M.",
    "Industry Professional",
    "Increase revenue by 35%*",
    "*Based on average monthly revenue after one year",
    "Start Free Trial",
    "Want to win more jobs with less effort?",
    "Want to see your potential revenue?",
]


def _pitch_head(page: list[str]) -> int:
    """The index of the pitch's first line."""
    return line_at(page, PITCH[0])


def _statuses(first: str, second: str) -> list[list[str]]:
    """The two pages' statuses in one batch, each under a folder of its own (two outlets), at
    the default setting and with ``containment``."""
    docs = [Document(f"{name}/{name}.txt", "\n".join(PAGES[name])) for name in (first, second)]
    return [
        [r.status for r in Pipeline(opts).run(docs).results]
        for opts in (CleanOptions(), CleanOptions(containment=True))
    ]


def test_the_pages_are_as_described() -> None:
    for name in STORIES:
        page = PAGES[name]
        head = _pitch_head(page)
        pitch = page[head : line_at(page, STORIES[name][0])]
        assert pitch.count("Start Free Trial") == 2
        for line in PITCH:
            assert opens_a_line(pitch, line), (name, line)


def test_the_pitch_is_left_out_and_the_story_kept() -> None:
    for name, (headline, *story) in STORIES.items():
        assert classify_lines(PAGES[name]).metadata["title"] == headline, name
        kept = kept_lines(PAGES[name])
        for line in story:
            assert opens_a_line(kept, line), (name, line)
        for line in PITCH:
            assert not opens_a_line(kept, line), (name, line)


def test_the_copies_are_joined() -> None:
    """Another outlet's copy of the short story is joined at the default setting too (the
    pitch in the vendor page's key kept the two keys apart)."""
    assert _statuses("senate_motion", "senate_motion_copy") == [
        ["kept", "duplicate"],
        ["kept", "duplicate"],
    ]


def test_without_its_buttons_the_block_is_no_pitch() -> None:
    """A story may quote a customer with her name and role on lines of their own, state a
    figure with its footnote and ask its reader a question: with no button among them, the
    lines stay where the region search put them (here: kept, as before the rule)."""
    page = [line for line in PAGES["tech_conferences"] if line != "Start Free Trial"]
    kept = kept_lines(page)
    assert opens_a_line(kept, "We use your IP address and browser location services")
    assert opens_a_line(kept, '"Housecall Pro took my business to a whole other level')


def test_a_call_over_a_paragraph_is_a_heading() -> None:
    """A guide's section headed with a call ("Get started") goes on with its prose under the
    heading: the heading is no button, and the paragraphs above it stay the story's."""
    page = PAGES["tech_conferences"]
    head = _pitch_head(page)
    story = line_at(page, STORIES["tech_conferences"][1])
    guide = page[:head] + page[story : story + 1] + ["Get started"] + page[story + 1 :]
    kept = kept_lines(guide)
    assert opens_a_line(kept, STORIES["tech_conferences"][1])
    assert opens_a_line(kept, STORIES["tech_conferences"][2])
