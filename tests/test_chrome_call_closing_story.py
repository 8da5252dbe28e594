"""A story's paragraph that closes with a call to the reader is the story's, not an appeal.

A blog's list post closes its last item's paragraph with a call ("... get the plans and more
details in this post. If you like these woodwork projects, pin this image and save it for
later."). A page that runs the paragraphs of its last items into one line puts several of the
story's sentences before the call, and the line held an appeal's phrase ("pin this"), so the
outlet's appeals at the end of the story took it: the copy lost its last items' paragraphs,
which copies that print the call on its own line keep. The output is never cut inside a line,
so the call stays with the story it closes; a line that is the call alone, or an appeal box of
the outlet's that asks after a lead-in, stays an appeal.

The pages (``data/dumps/call_closing_list_post/``): three copies of one story of the
syndication corpus's dev draws (seeds 2076 and 2061, every copy edited), lines as printed.
"""

from __future__ import annotations

from cleanscrape.chrome.appeals import APPEAL, tail_kind
from cleanscrape.chrome.features import line_features
from cleanscrape.chrome.strip import classify_lines

from .outlet_pages import kept_lines, line_at, opens_a_line, read_pages

PAGES = read_pages("call_closing_list_post", ("items_run_on_a", "items_run_on_b", "items_on_lines"))
RUN_ON = ("items_run_on_a", "items_run_on_b")
#: The run-on line's opening: the last items' paragraphs.
LAST_ITEMS = "Display your jewelry and keep it organized with this simple wood project."
CALL = "If you like these woodwork projects, pin this image and save it for later."


def _category(page: list[str], opening: str) -> str:
    """The strip stage's category of ``page``'s first line opening with ``opening``."""
    at = line_at(page, opening)
    return next(v.category for v in classify_lines(page).verdicts if v.lineno == at)


def _kind(text: str) -> str:
    """What :func:`tail_kind` makes of ``text`` as a line of its own."""
    return tail_kind(line_features([text])[0])


def test_the_pages_are_as_described() -> None:
    for name in RUN_ON:
        page = PAGES[name]
        line = page[line_at(page, LAST_ITEMS)]
        assert line.endswith(CALL), name
        assert line.count(". ") == 3, name
    page = PAGES["items_on_lines"]
    assert page[line_at(page, "If you like these")] == CALL


def test_the_last_items_run_into_the_call_are_kept() -> None:
    for name in RUN_ON:
        assert opens_a_line(kept_lines(PAGES[name]), LAST_ITEMS), name


def test_the_call_on_its_own_line_stays_an_appeal() -> None:
    assert _category(PAGES["items_on_lines"], CALL) == APPEAL
    assert _kind(CALL) == APPEAL


#: Appeal boxes of real pages under their stories: a lead-in of a sentence or two, then the
#: asks; and a box that speaks as the outlet in the sentences before its ask.
BOXES = (
    "Playful Void is a production of Idle Cartulary. If you liked this article, please consider"
    " liking, sharing, and subscribing to the Idle Digest Newsletter. If you want to support"
    " Idle Cartulary continuing to provide Bathtub Reviews, I Read Reviews, and Dungeon"
    " Regular, please consider a one-off donation or becoming a regular supporter of Idle"
    " Cartulary on Ko-fi.",
    "Want to keep up with the latest sales and marketing trends and exclusive industrial"
    " statistics from MNI? The free weekly IndustrySelect Insider email is the industry's"
    " top source for sales, marketing and industrial news you can't find anywhere else."
    " Subscribe here.",
    "Sorry! As a registered member you get 10 free posts from our archive (posts more than a"
    " year old) every 30 days. You have reached your limit for this 30-day period. If you"
    " would like to access unlimited posts from the archive (ad free, too), become a"
    " subscriber today, and keep reading as many articles as you want.",
)


def test_an_appeal_box_stays_an_appeal() -> None:
    for box in BOXES:
        assert _kind(box) == APPEAL, box


def test_a_slogan_over_a_follow_call_is_no_story() -> None:
    # three sentences by their marks, but three words: no story before the call
    assert _kind("Explore. Discover. Connect. Follow us on:") == APPEAL
