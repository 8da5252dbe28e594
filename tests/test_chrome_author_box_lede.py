"""An author box is no headline over its lede: two stories of one outlet kept apart.

A dump that prints no page title gets its headline from a title-like line whose words recur in
the paragraphs right below it (:func:`~cleanscrape.chrome.lede_anchor.lede_candidates`). An
outlet's author box prints the author's name, a short role line and a bio that opens with both
("Amanda Furrer" / "Editor, Running Reviews" / "Amanda Furrer, Editor, Running Reviews, studied
journalism ..."): the role line shares its words with the bio and was taken for the headline,
and the region moved from the story to the bio. Two different short stories of one outlet,
each opened by the outlet's standard paragraph, both kept only the bio and were joined as
duplicates. A role line right under a name line, over a paragraph that opens with that name,
is an author box (:func:`~cleanscrape.chrome.bios.author_box`), not a headline.

The pages: two dev stories of the syndication benchmark as the benchmark prints them under a
dev page's chrome (a running magazine's menu, disclosure, tags and author box), each opened by
the same standard paragraph (a real lede of another article), reduced.
"""

from __future__ import annotations

from cleanscrape import clean_text
from cleanscrape.chrome.features import line_features
from cleanscrape.chrome.lede_anchor import lede_candidates
from cleanscrape.chrome.regions import tag_lines
from cleanscrape.dedup import find_duplicates

_HEAD = [
    "Search",
    "Newsletter",
    "Runner's World+",
    "Subscribe",
    "My Bookmarks",
    "Other Editions",
    "Privacy Notice Terms Of Use",
    "Skip to Content",
    "Running Gear",
    "The 12 Best Running Shoes of 2026",
    "The 12 Best Running Shoes of 2026",
    "These shoes outkicked the rest for training, racing, trail running and more.",
    "By Amanda Furrer Updated: Dec 19, 2025 1:06 PM EST",
    "View Products",
    "thomas hengge",
    (
        "We earn a commission for products purchased through some links in this article. "
        "Why Trust Us?"
    ),
]

_STANDARD = [
    (
        "This laptop isn’t a speed demon and that’s perfectly fine. It runs on a budget "
        "Intel N-series CPU, so heavy gaming or 3D design is a no-go. Battery life is "
        "just okay, too. You can expect around six to seven hours on a single charge, "
        "which is most of a workday. Display-wise, it’s a clear 1080p IPS panel, but it’s "
        "not an OLED, so don’t expect rich colors."
    ),
]

_STORY_A = [
    "2025 Top P&C Insurance Company Performance Rankings - Infographic",
    (
        "If you are a client, you can access the full article, rankings, and template on "
        "S&P Capital IQ Pro."
    ),
    (
        "Each year, S&P Global Market Intelligence releases a series of performance "
        "rankings for property and casualty insurance companies based in the United "
        "States. These rankings evaluate the performance of the top 100 net written "
        "premium writers for the previous year (2024). Furthermore, we provide distinct "
        "rankings for companies focused on personal lines and commercial lines within "
        "this same group of 100 companies."
    ),
    (
        "Discover Unique Insights. Visualize Opportunities. Fuel Your Insurance Workflow. "
        "That's the Power of S&P Capital IQ Pro."
    ),
    (
        "Making smart decisions to stay ahead of the market has never been more "
        "important. Unlock a world of insurance opportunities with asset-level data, "
        "custom mapping solutions, company financials, in-depth research, and essential "
        "news coverage."
    ),
    "Tags: Video, Running Gear, Advanced",
]

_STORY_B = [
    "I Need Legal Help",
    (
        "LSC is an independent nonprofit established by Congress in 1974 to provide "
        "financial support for civil legal aid to low-income Americans. The Corporation "
        "currently provides funding to 130 independent nonprofit legal aid organizations "
        "in every state, the District of Columbia, and U.S. Territories."
    ),
    (
        "If you are looking for help with a civil legal problem, enter an address or city "
        "below to find an LSC-funded legal aid organization near you."
    ),
    (
        "You can also visit LawHelp.org to look up information about your legal questions "
        "and find free legal forms."
    ),
    (
        "Begin typing an address in the search box below, then select one of the "
        "suggested results. You can also click on the map."
    ),
    "Contact a legal aid organization in your area",
    "Please search for an address or click on the map.",
    "LSC-funded legal aid in the red-shaded region is administered by:",
    "Tags: Follow, Watch Next, Get the Program",
]

_TAIL = [
    "Get the Program",
    "Get the Program",
    "Get the Program",
    "Get the Program",
    "Get the Program",
    "Get the Program",
    "Amanda Furrer",
    "Editor, Running Reviews",
    (
        "Amanda Furrer, Editor, Running Reviews, studied journalism at NYU and writing at "
        "Emerson College. She has reviewed gear and covered other topics in the running "
        "space for almost 10 years. Since 2013, she has consecutively run the Boston "
        "Marathon. She also has a master’s degree in gastronomy from Boston University "
        "and was formerly a professional baker for two years before hanging up her apron."
    ),
    "Watch Next",
    "Advertisement - Continue Reading Below",
    "The 6 Best Nike Running Shoes",
    "The Best Shoes for Runners on a Budget",
    "Best Shoe Deodorizers for Keeping Your Feet Fresh",
    "The 8 Best Running Shoes for Wide Feet",
    "Advertisement - Continue Reading Below",
    "The Best Carbon Plate Shoes for Racing",
    "We Can’t Wait for These 2026 Shoe Releases",
    "The 7 Best Mizuno Shoes for Training and Racing",
    "The 10 Best Hoka Running Shoes of 2025",
    "Salomon Aero Glide 3 Review",
    "The Best Comfy Walking Shoes for Wearing Every Day",
    "The 10 Best Running Shoes for Women",
    "The Best Running Shoes for Men",
    "Advertisement - Continue Reading Below",
    (
        "Newsletter Press Room Writer Guidelines Customer Service Subscribe Advertise "
        "Online Other Hearst Subscriptions RW+ Membership Benefits Download Your Training "
        "Plan"
    ),
    "A Part of Hearst Digital Media",
    "We may earn commission from links on this page, but we only recommend products we back.",
    "©2025 Hearst Magazines, Inc. All Rights Reserved.",
    (
        "Privacy Notice CA Notice at Collection Your CA Privacy Rights/Shine the Light "
        "DAA Industry Opt Out Terms of Use Site Map"
    ),
    "Cookies Choices",
]


def _page(story: list[str]) -> str:
    """The outlet's page: its chrome, the story's headline, the standard paragraph, the story."""
    return "\n".join([*_HEAD, story[0], *_STANDARD, *story[1:], *_TAIL])


def test_the_story_stays_and_the_author_box_goes() -> None:
    text = clean_text(_page(_STORY_A)).text
    assert text.splitlines() == [*_STANDARD, *_STORY_A[1:5]]


def test_two_stories_opened_by_one_standard_paragraph_are_no_duplicates() -> None:
    texts = [clean_text(_page(story)).text for story in (_STORY_A, _STORY_B)]
    assert _STORY_B[1] in texts[1]
    assert find_duplicates(texts).duplicate_of == [None, None]


def test_a_role_line_under_a_name_line_is_no_headline_found_by_its_lede() -> None:
    lines = [*_HEAD, *_STORY_A, *_TAIL]
    feats = line_features(lines)
    tags = tag_lines(feats, diacritics=False)
    role = lines.index("Editor, Running Reviews")
    found = lede_candidates(feats, tags, skip=frozenset(), region=(len(feats), len(feats)))
    assert role not in found
