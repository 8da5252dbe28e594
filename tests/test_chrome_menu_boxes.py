"""Menus whose items carry a description, above the story, in whole-page text dumps: written to
the pattern of real pages (a business-services site's "Resources" menu, each item over one
sentence; a clinic's menu of treatments), with the head of a story that keeps its lines (a
headline, a standfirst, a byline, a list of items with a sentence each in the body)."""

from __future__ import annotations

import pytest

from cleanscrape.chrome import strip_lines
from cleanscrape.chrome.memo import page_lines
from cleanscrape.chrome.menu_boxes import menu_boxes
from cleanscrape.chrome.regions import tag_lines


def _blocks(lines: list[str]) -> list[str]:
    """Every line a block of its own, as text dumps of most pages give them."""
    out: list[str] = []
    for ln in lines:
        out += [ln, ""]
    return out


_SERVICES_MENU = [
    "Form an LLC",
    "Services",
    "Start your business",
    "LLC formation",
    "Registered agent",
    "Business banking",
    "Logo maker",
    "Resources",
]
#: the real page's box: an item, then one sentence about it
_RESOURCES_BOX = [
    "Blog",
    "Articles and guidance covering the entire business journey.",
    "Help center",
    "Answers and support on how to effectively use our products.",
    "Academy",
    "Learn how to build a business with videos and resources.",
    "LLC by states",
    "A detailed guide to establishing an LLC in all 50 states.",
    "Why us",
    "About",
    "Discover more about our mission and the motivation behind it.",
    "Reviews",
    "Testimonials from actual business owners sharing their experiences with us.",
]
_PODCASTS = [
    "In a tech industry where attention is currency and insight is power, IT leaders cannot "
    "afford to waste time on noise.",
    "If you want to know what your competitor's CTO is listening to between meetings, you are "
    "in the right place. Podcasts have become an essential tool for busy leaders.",
    "Whether we are jogging, hitting the gym, stuck in traffic or cooking dinner, chances are "
    "we are tuned into our favourite shows, and the best of them teach as much as a course.",
    "Consider this your guide. We have done the hard work, scouring the ocean of technology "
    "podcasts to spotlight the ones that truly matter to people who run engineering teams.",
]


def test_a_menu_box_of_items_with_descriptions_is_not_the_story_start() -> None:
    headline = "Best Tech Podcasts For CTOs And IT Decision Makers"
    lines = _blocks(
        [
            *_SERVICES_MENU,
            *_RESOURCES_BOX,
            "(332)-286-2770",
            "Back",
            "Login",
            headline,
            *_PODCASTS,
            "Terms of Use",
            "Privacy Policy",
        ]
    )
    result = strip_lines(lines)
    assert result.lines == _PODCASTS
    assert result.metadata.get("title") == headline


_CLINIC_MENU = ["Startseite", "Behandlungen", "Regenerative Medizin", "Über uns", "Kontakt"]
#: the same box in German (the rule reads the shape, not the words)
_TREATMENTS_BOX = [
    "Stammzelltherapie",
    "Mit Ihren eigenen Stammzellen die Heilung auf natürliche Weise fördern.",
    "Eigenbluttherapie",
    "Die heilenden Kräfte Ihres Blutes nutzen, um Schmerzen zu überwinden.",
    "Stoßwellentherapie",
    "Sehnen- und Bänderschmerzen durch Anregung der Heilung behandeln.",
    "Lasertherapie",
    "Sanftes Licht lindert Entzündungen und beschleunigt die Erholung nach Operationen.",
]
_KNEE = [
    "Knieschmerzen gehören zu den häufigsten Beschwerden, mit denen Patientinnen und Patienten "
    "in unsere Praxis kommen, und die Ursachen sind so vielfältig wie die Menschen selbst.",
    "Oft steckt eine Überlastung dahinter, etwa beim Laufen oder beim Fußball, manchmal eine "
    "Arthrose, die sich über Jahre entwickelt hat und erst spät bemerkt wird.",
    "In diesem Beitrag erklären wir, welche Behandlungen es gibt, wie lange sie dauern und "
    "wann eine Operation wirklich nötig ist, und was Sie selbst tun können.",
]


def test_a_menu_box_in_german_is_not_the_story_start() -> None:
    headline = "Knieschmerzen: Ursachen und Behandlung ohne Operation"
    lines = _blocks([*_CLINIC_MENU, *_TREATMENTS_BOX, "Termin buchen", headline, *_KNEE])
    result = strip_lines(lines)
    assert result.lines == _KNEE
    assert result.metadata.get("title") == headline


_STORY_HEAD = [
    "The Five Podcasts Every Engineering Manager Should Hear",
    "We listened to dozens of shows so you do not have to, and these five stood out.",
    "By Jane Roe",
]
_INTRO = (
    "Podcasts have become the commute companion of many engineering leaders, and the good ones "
    "are worth an hour of anyone's week."
)
#: a list of the body: an item, then one sentence about it, as the menu box prints them
_LISTICLE = [
    "Tech Lead Journal",
    "Interviews with engineers about the human side of building software.",
    "The Pragmatic Engineer",
    "An inside look at how big tech and startups really ship products.",
    "Refactoring",
    "Short episodes on managing teams and writing better code.",
    "Beyond the Commit",
    "Conversations with CTOs about impact that goes beyond a single code commit.",
]
_CLOSE = [
    "Each of these shows publishes at least twice a month, so there is always something new "
    "to hear on the way to work.",
    "If you only have time for one, start with the first: its interviews are the most "
    "practical of the five and its back catalogue runs to hundreds of episodes.",
]


@pytest.mark.parametrize("menu", [[], _SERVICES_MENU])
def test_a_story_head_and_a_list_of_items_with_descriptions_in_the_body_stay(
    menu: list[str],
) -> None:
    lines = _blocks([*menu, *_STORY_HEAD, _INTRO, *_LISTICLE, *_CLOSE, "Terms of Use"])
    result = strip_lines(lines)
    assert result.metadata.get("title") == _STORY_HEAD[0]
    assert result.metadata.get("author") == "Jane Roe"
    assert result.lines == [_STORY_HEAD[1], _INTRO, *_LISTICLE, *_CLOSE]


def test_the_box_is_its_items_and_descriptions_only() -> None:
    page = [*_SERVICES_MENU, *_RESOURCES_BOX, "Login", "Best Tech Podcasts", *_PODCASTS]
    feats = page_lines(page, None)
    tags = tag_lines(feats, diacritics=False)
    first = len(_SERVICES_MENU)
    assert menu_boxes(feats, tags) == set(range(first, first + len(_RESOURCES_BOX)))


_SHOP_MENU = ["Products", "Robot Vacuums", "DEEBOT X11 Family", "NEW", "Close", "NEW"]
#: a shop's menu of products, each over a blurb of one or two sentences
_PRODUCTS_BOX = [
    "X11 OmniCyclone",
    "3-in-1 robot vacuum with mop, strong suction, fast charging with PowerBoost tech. Ideal "
    "for pet owners with anti-tangle brushes.",
    "X11 PRO OMNI",
    "Advanced robot vacuum with AI stain detection, tangle-free brushes and 3D obstacle "
    "avoidance for smarter, more efficient cleaning.",
    "X11 & Accessories",
    "Bundle: New bagless robot vacuum with large-airflow suction technology and an accessory "
    "kit for your daily cleaning needs.",
]
_MAPPING = [
    "Robot vacuums have come a long way from the models that bumped into every chair leg and "
    "got stuck under the sofa, and mapping is the reason.",
    "A mapping robot builds a plan of your home as it cleans, using a laser on its top or a "
    "camera at its front, and keeps that plan for the next run.",
    "With the plan in memory, the robot can clean room by room, avoid the areas you mark as "
    "off limits and return to its dock when the battery runs low.",
]


def test_a_menu_box_of_products_with_two_sentence_blurbs_is_not_the_story_start() -> None:
    headline = "How Does Robot Vacuum Mapping Work"
    lines = _blocks(
        [
            "X11 & Accessories | Support | Rewards | Blog | About Us | Contact",
            *_SHOP_MENU,
            *_PRODUCTS_BOX,
            "Read more",
            "Read less",
            "Support",
            "Blog",
            headline,
            *_MAPPING,
        ]
    )
    result = strip_lines(lines)
    assert result.lines == _MAPPING
    assert result.metadata.get("title") == headline
