"""A cookie banner whose first sentence names the site: "Rogers Media uses cookies for
personalization, ... By continuing to use our service, you agree to our use of cookies."

The banner lexicons match the phrases that open a banner ("We use cookies", "This site uses
cookies", "By continuing to use"), and this banner opens with its owner's name, which no
lexicon holds; its closing sentence is the standard one. Read as a paragraph of 50 words, it
outweighed a short story's three paragraphs on a sports site's page of menus, forms and
cards, so the region search took the banner alone, under a twentieth of the page: the page
was kept whole (``low_prose``), and no copy of its story elsewhere lay in its 645 shingles,
``--containment`` included. A banner's later sentence opening with a banner's phrase, on a
line that names cookies, tells it whatever the first says; a paragraph of a story about
cookies quotes no such sentence of its own (none of the dev stories' paragraphs does).

The pages (``data/dumps/banner_named_by_site/``): the four copies of one story in a
syndication draw (dev, ``--negative-paragraphs 2 --negative-words 150 --edited 1.0``), lines
as printed: ``sports_site`` (the banner's page) and the copies under three other outlets.
"""

from __future__ import annotations

import pytest

from cleanscrape import CleanOptions, Document, Pipeline
from cleanscrape.chrome.features import COOKIE, lexicon_categories
from cleanscrape.chrome.memo import page_lines
from cleanscrape.chrome.strip import classify_lines

from .outlet_pages import kept_lines, line_at, read_pages

NAMES = ("sports_site", "safety_site", "mises_site", "llc_guide")
PAGES = read_pages("banner_named_by_site", NAMES)
BANNER = "Rogers Media uses cookies for personalization"
HEADLINE = "AlignMerge - Alignment-Preserving Large Language Model Merging"
#: The story's paragraphs on the banner's page, each by its opening.
STORY = (
    "Merging large language models (LLMs) is a practical way",
    "We introduce AlignMerge, a geometry-aware merging framework",
    "L_AlignMerge = L_geo + lambda_align",
    "where L_geo keeps the merge close to its experts",
)
#: Banners of other sites' pages (benchmark dumps), each opened by no banner's phrase: the
#: site's name, a greeting, a label, the site's subject in the third person.
OTHER_BANNERS = (
    "Welcome to FullStack. We use cookies to enable better features on our website. Cookies "
    "help us tailor content to your interests and locations and provide other benefits on the "
    "site. For more information, please see our Cookies Policy and Privacy Policy.",
    "Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree "
    "to their use.",
    "Eneba and its partners use cookies to collect and analyse information about the users of "
    "this website. We use this information to enhance the content, advertising and other "
    "services available on the site. By clicking ‘Accept selected’ you consent to the "
    "technology used by Eneba and its partners. You can adjust your consent by going to "
    "cookie preferences in the footer.",
)
#: Paragraphs of stories that name cookies, each of two sentences or more and no banner (WCXB
#: dev pages, as their gold text prints them): an article on mobile apps (0276), a guide's item
#: on tracking a shop's visitors (0291), a city guide's paragraph on a coffee shop (0035).
NOT_BANNERS = (
    "Additional compliance involves HIPAA for healthcare apps in the U.S. and PECR in the UK for "
    "apps that use cookies or send marketing communications. Mobile apps targeting global users "
    "must address multiple legal frameworks to avoid penalties and build user trust through "
    "transparent privacy practices.",
    "- Behavioral tracking: Utilize cookies and session data to track user actions across your "
    "website. This includes page views, time spent on the website, and interactions with "
    "product listings and content, enabling a nuanced understanding of customer interests and "
    "preferences.",
    "Conveniently located in Midtown right on Hudson Avenue, this cozy coffee shop serves "
    "weekday breakfast lunch—with brunch on the weekends—as well as fuels all your coffee "
    "needs, no matter the time of day. The vegan chocolate chip cookies are on a whole level of "
    "their own and are kid-tested and -approved.",
)


def _category(text: str) -> str:
    """The lexicon's category of a line read alone."""
    return lexicon_categories(page_lines([text], None))[0]


def test_the_page_is_as_described() -> None:
    page = PAGES["sports_site"]
    assert line_at(page, BANNER) == 2
    assert page[2].endswith("By continuing to use our service, you agree to our use of cookies.")
    top = line_at(page, HEADLINE)
    assert [line_at(page, opening) for opening in STORY] == [top + 1, top + 2, top + 3, top + 4]
    assert page[top + 5].startswith("Tags: ")


def test_a_banner_opened_by_the_site_s_name_is_a_banner() -> None:
    assert _category(PAGES["sports_site"][2]) == COOKIE


@pytest.mark.parametrize("text", OTHER_BANNERS, ids=("greeting", "label", "third_person"))
def test_other_sites_banners_read_by_their_later_sentence(text: str) -> None:
    assert _category(text) == COOKIE


@pytest.mark.parametrize("text", NOT_BANNERS, ids=("article", "guide", "food"))
def test_a_paragraph_on_cookies_is_no_banner(text: str) -> None:
    assert _category(text) != COOKIE


def test_the_page_keeps_its_story_not_whole() -> None:
    page = PAGES["sports_site"]
    c = classify_lines(page)
    assert "low_prose" not in c.flags
    assert str(c.metadata.get("title", "")).startswith(HEADLINE)
    kept = kept_lines(page)
    assert len(kept) == len(STORY)
    assert all(line.startswith(opening) for line, opening in zip(kept, STORY, strict=True))


def test_the_copies_under_other_outlets_are_joined_with_containment() -> None:
    docs = [Document(f"{name}/story.txt", "\n".join(PAGES[name])) for name in NAMES]
    batch = Pipeline(CleanOptions(containment=True)).run(docs)
    assert [r.status for r in batch.results] == ["duplicate", "kept", "duplicate", "duplicate"]
