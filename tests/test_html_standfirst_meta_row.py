"""A post's meta row printed under a standfirst, above the body (``chrome/strip.py:_head_end``)."""

from __future__ import annotations

from cleanscrape.chrome.strip import classify_lines

# the lines extracted from a real WCXB dev page (an engineering blog), reduced: the post's
# summary under its headline, then the author's name, role, date and reading time a part a
# line, then the body's first paragraphs
_TITLE = "Scaling Go Testing with Contract and Scenario Mocks"
_STANDFIRST = (
    'Mocks aren\'t the enemy; bad tests are. We scale Go testing using "Tactical Pairs": '
    "Contract Tests for truth, Scenario Mocks for logic."
)
_BODY = (
    'Browsing the /r/golang subreddit, you might get the impression that "mock" is a dirty word.',
    "I was recently reading a thread on testing strategies and was surprised by the intensity "
    "of the anti-mock sentiment. The arguments were visceral:",
    "Avoid mocks like the plague.",
    "At FunnelStory, we see it differently. We’ve learned to love mocks—not as a shortcut, but "
    "as the only way to meaningfully build and maintain a complex application as a small team "
    "(with no dedicated QA).",
)
_ROW = ("By Preetam Jinka", "Co-founder and Chief Architect", "Dec 17, 2025", "6 min read")


def _verdicts(lines: list[str], title: str) -> tuple[list[str], dict[str, str], dict[str, object]]:
    """The kept lines, the reason of each dropped line, the metadata."""
    got = classify_lines(lines, title=title, from_html=True)
    kept = [v.text for v in got.verdicts if v.category == "article"]
    reasons = {v.text: v.category for v in got.verdicts if v.category != "article"}
    return kept, reasons, got.metadata


def test_the_row_under_a_standfirst_leaves_the_text() -> None:
    """The date and the reading time under the summary leave the text, with the author's role
    above them; the summary and the body stay. (Before the rule, the head rule's window ended
    at the summary, the first prose line, and the role, the date and the reading time stayed
    above the body.)"""
    kept, reasons, meta = _verdicts([_STANDFIRST, *_ROW, *_BODY], _TITLE)
    assert kept == [_STANDFIRST, *_BODY]
    assert reasons["Dec 17, 2025"] == "dateline"
    assert reasons["6 min read"] == "dateline"
    assert reasons["Co-founder and Chief Architect"] == "byline"
    assert meta.get("published") == "2025-12-17"


# the lines extracted from another WCXB dev page (a data vendor's blog), reduced: an offer of
# the vendor's set above the post's reading time, in capitals, then the body
_OFFER = (
    "Looking for sales leads in the U.S. electronics industry? Check out our Electronic & Other "
    "Electrical Equipment Industrial Database, featuring detailed profiles of 13,500+ U.S. "
    "electronics companies and their 38,200+ executives."
)
_APPLIANCES = (
    "Homes and businesses cannot function without modern appliances. The U.S. appliance "
    "manufacturing sector includes refrigerators and freezers, washers and dryers, cooking "
    "appliances, and heating and cooling appliances.",
    "While the increase in the sector's jobs over the last year was modest at 0.99 %, you can "
    "expect emerging intelligent technologies and increased consumer purchasing power to drive "
    "further growth.",
)


def test_a_reading_time_under_an_offer_leaves_the_text() -> None:
    """A reading time alone between the line above it and the body ("3 MIN. READ") leaves the
    text. (Before the rule it stayed, below the first prose line.)"""
    kept, reasons, _ = _verdicts(
        [_OFFER, "3 MIN. READ", *_APPLIANCES], "Top 10 Appliance Manufacturers in the U.S."
    )
    assert reasons == {"3 MIN. READ": "dateline"}
    assert kept == [_OFFER, *_APPLIANCES]
