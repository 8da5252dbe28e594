"""Dumps of a second converter: inscriptis indents list items by their depth and prints a
bullet or the item's number before each ("     1. Gaye", "         + Pamela Wilson"), where
html-text writes the item's text alone at the start of the line. Written to the pattern of a
real page (a small-business blog post, its author box and a readers' thread of numbered
comments with nested replies), once as each converter lays it out: the bullets are set aside
for the features, so the thread is found in both, and the kept lines are the page's own."""

from __future__ import annotations

from cleanscrape.chrome.features import line_features
from cleanscrape.chrome.list_marks import list_marks
from cleanscrape.chrome.memo import LineMemo, page_lines
from cleanscrape.chrome.strip import classify_lines

_BODY = [
    "Business Focus: It's Why Some People Triumph Online and Others Never Make It",
    "",
    "Have you ever wondered why some people build a thriving online business while others "
    "spin their wheels for years without getting anywhere at all?",
    "",
    "It is not talent, and it is not money. You can spend a lot of money on a lot of things "
    "and get nowhere, because what is missing is focus on one next step.",
    "",
    "Focus means choosing the one stage of the journey you are in, and doing the work of that "
    "stage before you worry about the stages that come after it.",
    "",
    "When you know where you are, you know what to learn next, and what you can safely ignore "
    "for now. That is the difference between people who triumph and people who give up.",
    "",
    "Read about that topic in the next article in this series, How to Adopt an Online Leader "
    "Success Mindset.",
    "",
]
#: (indent, bullet, text) of each line of the thread as inscriptis lays it out
_THREAD = [
    (
        6,
        "",
        "10 thoughts on “Business Focus: It's Why Some People Triumph Online and Others "
        "Never Make It”",
    ),
    (None, "", ""),
    (11, "1. ", "Gaye"),
    (15, "", "August 8, 2018 at 3:17 pm"),
    (None, "", ""),
    (14, "", "YOU.ARE.AWESOME!"),
    (None, "", ""),
    (18, "+ ", "Pamela Wilson"),
    (20, "", "August 8, 2018 at 7:07 pm"),
    (None, "", ""),
    (
        18,
        "",
        "Thanks so much for stopping by to read this long article, Gaye, and for leaving a "
        "comment, too! You're pretty awesome yourself.",
    ),
    (None, "", ""),
    (11, "2. ", "Jan Smith"),
    (15, "", "August 8, 2018 at 7:21 pm"),
    (None, "", ""),
    (
        14,
        "",
        "Hi, Pamela, I am a guy in his mid-70's who has had 2 financial disasters. I spent "
        "all savings on programs that promised to make me a success, and none of them did.",
    ),
    (
        14,
        "",
        "What I'm wondering is: given that my focus is more on being helpful than on "
        "getting the money, I don't see that as the same journey as the one you describe.",
    ),
    (
        14,
        "",
        "So, how would your plan help someone like me, given that I have no extra money "
        "and will not go into debt to buy whatever is being sold this month?",
    ),
    (None, "", ""),
    (18, "+ ", "Pamela Wilson"),
    (20, "", "August 8, 2018 at 7:34 pm"),
    (None, "", ""),
    (
        18,
        "",
        "I'm really glad to hear you've found a way to serve that feels really good to you, Jan.",
    ),
    (None, "", ""),
    (
        18,
        "",
        "I offer free information every single month here on the blog. I host free "
        "in-depth workshops every month, too, and you are welcome to any of them.",
    ),
    (None, "", ""),
    (
        18,
        "",
        "There's absolutely no need to take on debt to learn around here, and I hope you "
        "find the articles helpful as you go.",
    ),
    (None, "", ""),
    (11, "3. ", "Anita DeSousa"),
    (15, "", "August 10, 2018 at 9:40 am"),
    (None, "", ""),
    (14, "", "Enjoyed your article, focus is extremely important to be successful with anything!"),
    (None, "", ""),
    (
        14,
        "",
        "I have many ideas floating around, just not sure how to make a go of it with an "
        "online business or if that is even the right path for me at this point.",
    ),
    (None, "", ""),
    (
        14,
        "",
        "Will continue to read articles and learn, so it will not be so overwhelming when "
        "I can focus and do it right.",
    ),
    (None, "", ""),
    (14, "", "Until then just juggling"),
    (None, "", ""),
    (18, "+ ", "Pamela Wilson"),
    (20, "", "August 10, 2018 at 9:51 am"),
    (None, "", ""),
    (
        18,
        "",
        "Anita, it's so good to see you here! That ideas floating around challenge is "
        "something every entrepreneur I know has faced.",
    ),
    (None, "", ""),
    (4, "", "Comments are closed."),
]


def _inscriptis() -> list[str]:
    lines = ["      " + ln if ln else "" for ln in _BODY]
    lines += ["" if n is None else " " * n + mark + text for n, mark, text in _THREAD]
    return lines


def _html_text() -> list[str]:
    return [*_BODY, *(text for _, _, text in _THREAD)]


def _categories(lines: list[str]) -> list[tuple[int, str]]:
    return [(v.lineno, v.category) for v in classify_lines(lines).verdicts]


def test_thread_of_numbered_comments_is_found_in_either_layout() -> None:
    html_text, inscriptis = _html_text(), _inscriptis()
    assert len(html_text) == len(inscriptis)  # (line for line, the same page)
    by_html_text = _categories(html_text)
    first_comment = len(_BODY)
    # html-text: the body kept, the thread dropped from its heading on (as it always was)
    assert {c for i, c in by_html_text if i < first_comment} == {"headline", "article"}
    assert {c for i, c in by_html_text if i >= first_comment} == {"comments"}
    # inscriptis: every line gets the same verdict as in the html-text dump
    assert _categories(inscriptis) == by_html_text


def test_kept_lines_keep_their_bullets() -> None:
    page = [
        "How to Plan a Week of Meals",
        "",
        "      Planning a week of meals takes an hour on Sunday and saves many more during the "
        "week, when there is no time to think about dinner at all.",
        "      You will need:",
        "        * a list of the meals your family likes, with the ingredients of each;",
        "        * a calendar with the evenings when someone is out;",
        "        * containers that stack in the fridge.",
        "      Start with the evenings that are busiest, and put the quickest meals there; the "
        "slow dishes go to the days when someone is home early.",
    ]
    kept = [v.text for v in classify_lines(page).verdicts if v.keep]
    assert "* a calendar with the evenings when someone is out;" in kept
    assert "* containers that stack in the fridge." in kept


def test_only_indented_items_lose_their_bullets_for_the_features() -> None:
    lines = [
        "* It may become less cost-effective to help people in the future.",
        "    * News",
        "          + Local",
        "            o Police Reports",
        "     12. Tom Collins",
        "    - ",
        "  o bien otra cosa",
    ]
    texts = [ln.strip() for ln in lines]
    marks = list_marks(lines, list(range(len(lines))), texts)
    assert marks == {1: "* ", 2: "+ ", 3: "o ", 4: "12. ", 6: "o "}
    assert texts[:5] == [
        "* It may become less cost-effective to help people in the future.",
        "News",
        "Local",
        "Police Reports",
        "Tom Collins",
    ]
    feats = line_features(lines)
    assert [ln.mark + ln.text for ln in feats] == [ln.strip() for ln in lines]
    assert feats[1].key == "news" and feats[2].words == 1


def test_memo_reads_items_as_without_it() -> None:
    lines = _inscriptis()
    memo = LineMemo()
    assert page_lines(lines, memo) == page_lines(lines, None)
    assert page_lines(lines, memo) == page_lines(lines, None)  # (now from the memo)
