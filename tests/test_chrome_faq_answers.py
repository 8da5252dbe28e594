"""A story's closing FAQ: answers under a question, in the words of an appeal.

A review of live TV streaming services ends with its questions and answers; one answer says
"You can subscribe to these services through their own websites ...": it speaks to the reader
and opens a sentence with "subscribe" as an appeal does, at the end of the story. It answers
the question just above it, or the one that opens its line ("How do I watch live TV streaming
services? Each of these services ..."), and repeats that question's words; an outlet's appeal
after a question of its own ("Like What You're Reading? Subscribe ...") asks about the page and
repeats none. The page below is an outlet's copy of a benchmark story as the syndication
benchmark prints it (the story's real paragraphs, the outlet's real menu and tail lines,
reduced)."""

from __future__ import annotations

import pytest

from cleanscrape import clean_text
from cleanscrape.chrome.appeals import tail_kind
from cleanscrape.chrome.features import line_features

_HEAD = [
    "Industries",
    "Finance",
    "Event Ticketing",
    "Media & Entertainment",
    "What We Offer",
    "Services",
    "Case Studies",
    "Contact Us",
    "Insights",
    "Tech Content",
]
_HEADLINE = "Cut the cord with these top live TV streaming services"
_STORY = [
    "All that said, live TV streaming services have been getting more and more expensive, and in "
    "some ways they won't be exactly like what you had with cable or satellite. Our top picks will "
    "help you avoid overpaying and get the TV channels you care about the most.",
    "YouTube TV – Best TV streaming service overall",
    "If you want to cut the cable cord without overthinking it, YouTube TV is the easiest "
    "starting point to recommend. It's the best drop-in replacement for cable or satellite TV.",
    "Another thing to note is that the service streams at up to 720p resolutions for most cable "
    "channels, with 1080p support for on-demand recordings. There is also wide device support "
    "with Roku, Apple TV, most Fire TV devices, and most smart TVs from 2021 onwards.",
    "Hulu + Live TV – Best TV streaming service, runner-up",
    "The main thing that distinguishes Hulu + Live TV from YouTube TV is its inclusion of the "
    "full Disney bundle, so you get Hulu's on-demand catalog, Disney+ (with ads, unless you were "
    "grandfathered in), and ESPN+ in the $90-per-month base package.",
    "Hulu's cloud DVR service lets you save an unlimited number of shows for up to nine months, "
    "and while the interface can be busy, it ties everything together in a way that encourages "
    "discovery.",
    "What is the best live TV streaming service?",
    "Sling TV is the best cheap live TV streaming service. It might lack some local channels, "
    "but it's still the cheapest way to access certain cable channels without an expensive "
    "cable bundle.",
    "How are live TV streaming services different from services like Netflix and Amazon Prime "
    "Video?",
    "By comparison, live TV services carry the exact same channels you'd find in a cable or "
    "satellite package, including major networks such as ABC and CBS, news channels such MSNBC "
    "and Fox News, and sports channels such as ESPN. They have similar grid-style channels "
    "guides and DVR features as well.",
]
_QUESTION = "How do I watch live TV streaming services?"
_ANSWER = (
    "Each of these services offer their own apps, which you can install on your smart TV, "
    "streaming device, smartphone, or tablet. You can subscribe to these services through their "
    "own websites, or in some cases directly through the app."
)
_LAST_QUESTION = (
    "Can I watch live TV streaming services while traveling? Yes, though some services have "
    "restrictions on what you can watch and how you can watch it."
)
_TAIL = [
    "Tags: Career, Prepaid Cards, Transaction Simulator",
    "4. TIOBE Index 2025 TIOBE",
    "5. Top 10 Programming Languages For Cyber Security – 2025 Cyber Security News",
    "6. Kotlin Releases Kotlin",
]


def _page(faq: list[str]) -> str:
    """The story under the outlet's menu, its FAQ printed as ``faq``, the outlet's tail below."""
    return "\n".join([*_HEAD, _HEADLINE, *_STORY, *faq, *_TAIL])


#: The question opening its answer's line, one more question and answer below it (as the
#: outlet printed them), and the question on a line of its own over the FAQ's last answer.
_PAGES = [
    _page([f"{_QUESTION} {_ANSWER}", _LAST_QUESTION]),
    _page([_QUESTION, _ANSWER]),
]


@pytest.mark.parametrize("page", _PAGES)
def test_an_faq_answer_in_an_appeal_s_words_stays(page: str) -> None:
    r = clean_text(page)
    assert _ANSWER in r.text
    assert "Tags: Career" not in r.text and "TIOBE" not in r.text


@pytest.mark.parametrize(
    ("line", "above"),
    [
        # the page's own question over its offer: the offer repeats none of its words
        ("Like What You're Reading? Subscribe To The Monthly Newsletter!", None),
        ("Subscribe To The Monthly Newsletter!", "Like What You're Reading?"),
        (
            "The best way to support my work is to like / comment / share for the algorithm and "
            "subscribe for future updates.",
            "Want more like this?",
        ),
    ],
)
def test_an_appeal_after_the_page_s_own_question_stays_an_appeal(
    line: str, above: str | None
) -> None:
    feats = line_features([above, line] if above else [line])
    assert tail_kind(feats[-1], None, feats[0] if above else None) == "appeal"
