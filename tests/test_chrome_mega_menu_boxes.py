"""A mega menu's boxes, each holding fewer than three items, in whole-page text dumps: a shop's
product menu as a dev page of WCXB prints it (reduced: a product family's models over their
blurbs, the family's accessories named a line each, "Read more", "Read less", "Close", the
next family; a blurb whose model name is missing, two blurbs under one name), above a story
republished under that chrome (a dev story of the benchmark, its first paragraphs). Every box
on its own is below the menu-box rule's three items, so the blurbs were kept as the story's
paragraphs and two copies of one story were no longer duplicates."""

from __future__ import annotations

from cleanscrape.chrome import strip_lines
from cleanscrape.chrome.memo import page_lines
from cleanscrape.chrome.menu_boxes import menu_boxes
from cleanscrape.chrome.regions import tag_lines
from cleanscrape.dedup.compare import compare_texts
from cleanscrape.options import CleanOptions

_HEAD = [
    "DEEBOT X5 Family | Feedback | ABOUT US | ACCESSORIES ACCESSORIES | O1000 RTK | Security",
    "How Does Robot Vacuum Mapping Work - ECOVACS US",
    "Products Products",
    "DEEBOT Robot Vacuums and Mops",
    "DEEBOT X9 Family",
    "DEEBOT X8 Family",
    "NEW",
    "DEEBOT X5 Family",
    "DEEBOT N30 Family",
    "Read more",
]
#: the families' boxes: two items, two items, an item under a blurb whose model name is
#: missing, a model's name over two blurbs, two items
_FAMILIES = [
    "DEEBOT X9 Family",
    "Close",
    "X9 PRO OMNI",
    "Smart robot vacuum with hot water mopping, LiDAR navigation, edge cleaning, and obstacle "
    "avoidance. Effective on all floor types and pet hair.",
    "X9 & Accessories",
    "Bundle: Robot vacuum and mop with accessories, featuring strong suction power and advanced "
    "navigation and mapping technology.",
    "Read more",
    "Read less",
    "DEEBOT X9 Family other",
    "Cleaning Kit for X9 PRO OMNI",
    "Half Year Accessories Kit for X9 PRO OMNI",
    "Read less",
    "DEEBOT X8 Family",
    "Close",
    "X8 PRO OMNI",
    "Quiet robot vacuum and mop with instant self-washing mopping technology, camera, and "
    "advanced mapping. Ideal for carpets and pet hair.",
    "X8 & Accessories",
    "Bundle: Smart robotic vacuum with accessory kit and two 1L bottles of cleaning solution for "
    "powerful and convenient home cleaning.",
    "Read more",
    "Read less",
    "DEEBOT X8 Family other",
    "Antibacterial* Filter for T50 MAX PRO OMNI",
    "Antibacterial Mop for T50 Family/T30 Family/T30C",
    "Read less",
    "DEEBOT X5 Family",
    "Close",
    "Self-emptying robot vacuum with mop and AI for real-time obstacle detection, featuring an "
    "ultra-slim D-shaped design that helps clean edges.",
    "X5 & Accessories",
    "Bundle: Automatic vacuum with mop, auto-empty station, strong suction, and mapping "
    "technology with 3 antibacterial dust bags and 1L cleaning solution.",
    "Read more",
    "Read less",
    "DEEBOT X5 Family other",
    "Side Brush for X2 OMNI/X2 COMBO",
    "Read less",
    "DEEBOT N30 Family",
    "Close",
    "N30 PRO OMNI White",
    "Advanced smart vacuum with hot-water mop washing, mapping, automatic mop lifting for carpet "
    "cleaning, mobile control, and all-in-one OMNI station.",
    "A powerful robotic vacuum and mop with 10,000 Pa suction, hot-air mop washing and drying "
    "with a multifunction station, and anti-tangle feature.",
    "N30 PRO OMNI",
    "2-in-1 robot vacuum and mop with tangle-free brushes, self-emptying station, edge cleaning, "
    "hot-water mop washing, and agile navigation.",
    "Read more",
    "Read less",
    "DEEBOT N30 Family other",
    "Buddy Kit for N30 Family/N20e PLUS",
    "Wiping Pad for W2S OMNI/W2S",
    "Read less",
    "WINBOT W2 Family",
    "Close",
    "W2 PRO OMNI & Accessories",
    "Bundle: Robotic window cleaner with multi-function station, wiping pads, 1L cleaning "
    "solution, long battery life, edge cleaning, and smart modes.",
    "W2 PRO OMNI",
    "Automatic glass cleaner with a high-capacity battery, smart climbing system, edge cleaning "
    "mode, and a compact, advanced cleaning station.",
    "Read more",
    "Read less",
    "WINBOT W2 Family other",
    "WINBOT Cleaning solution(1L)",
    "Cleaning Kit for WINBOT W2 PRO OMNI/W2 PRO/W2 OMNI",
    "Read less",
]
_FOOT_MENU = [
    "ACCESSORIES ACCESSORIES",
    "Refer & Earn",
    "ECOVACS Points",
    "SUPPORT SUPPORT",
    "Customer Care",
    "Contact us",
    "Shipping & Delivery Policy",
    "Return and Exchange Policy",
    "ABOUT US ABOUT US",
    "BLOG",
]
_HEADLINE = "The history of coffee: from its origins to today"
_STORY = [
    "The history of coffee is a fascinating epic, given it bridges cultures across the globe "
    "over thousands of years. At times smuggled or stolen from the upper classes, coffee is one "
    "of the products that has irreversibly changed the global economy.",
    "Coffee, in fact, is one of the world's most highly consumed beverages, enjoyed by millions "
    "daily. Its rich history spans centuries and continents, from ancient Ethiopia to "
    "modern-day cafés. In this article, you'll learn where coffee comes from, as well as some "
    "interesting coffee trivia and historical facts!",
    "While coffee is known to have originated in the ancient highlands of Ethiopia, the story "
    "of its discovery is one steeped in legend. An ancient Ethiopian legend dating back to 700 "
    "A.D., says that coffee grown worldwide is to be traced back to the ancient coffee forests "
    "on the Abyssinian plateau.",
    "Another version of the legend claims that Kaldi shared these beans with a monk who at "
    "first disapproved their use and threw them into the fire. Surprisingly, the result was a "
    "wonderful aroma leading to the first instance of roasted coffee. Shortly after, the beans "
    "were grinded and boiled to produce a beverage which was similar to what now know as "
    "coffee.",
    "While the exact details of coffee's discovery remain uncertain, its origin is firmly "
    "rooted in the Ethiopian region of Kaffa. From there, coffee began to spread to the Arabian "
    "Peninsula, where it began to be cultivated and traded.",
    "By the 15th century, coffee had reached the Arabian Peninsula, specifically, Yemen. It was "
    "here that coffee cultivation and trade truly began. Yemeni traders brought coffee beans "
    "back from Ethiopia, and Sufi monasteries in Yemen adopted the beverage to aid their long "
    "prayer sessions.",
]
_TAIL = [
    "Tags: WINBOT W2 Family, DEEBOT X2 Family, WINBOT W2S Family",
    "Refer & Earn",
    "SUPPORT",
    "Customer Care",
    "Contact Us",
    "Copyright © 2026 ECOVACS All Rights Reserved",
]


def _page() -> list[str]:
    """The shop's page as the dump prints it, one line each (no blank lines)."""
    return [*_HEAD, *_FAMILIES, *_FOOT_MENU, _HEADLINE, *_STORY, *_TAIL]


def test_a_mega_menu_s_small_boxes_are_not_the_story() -> None:
    result = strip_lines(_page())
    assert result.lines == _STORY


def test_the_boxes_of_a_mega_menu_are_its_items_blurbs_and_the_lines_between_them() -> None:
    lines = _page()
    feats = page_lines(lines, None)
    found = menu_boxes(feats, tag_lines(feats, diacritics=False))
    blurbs = [k for k, ln in enumerate(lines) if ln.endswith(".") and k < len(_HEAD) + 70]
    assert set(blurbs) <= found
    # the story and the menu under the boxes are none of it
    assert max(found) < len(_HEAD) + len(_FAMILIES)


def test_two_copies_of_the_story_are_duplicates_under_the_shop_s_chrome() -> None:
    """The story as another outlet prints it (its own headline) and the shop's copy: one
    story, judged on the body."""
    other = "\n".join(["Where Coffee Comes From", *_STORY])
    ours = "\n".join(strip_lines(_page()).lines)
    assert compare_texts(other, ours, CleanOptions()).similarity >= 0.8


#: A story's head under the menu, as a database monitor's dev page prints it: a headline over
#: its standfirst, the byline and tags, "On this page" over the lede (each reads as one item of
#: a box: a short label over a sentence or two)
_HEAD_OF_STORY = [
    "How to Optimize PostgreSQL Query Performance",
    "Learn how to optimize PostgreSQL query performance with indexing strategies, EXPLAIN "
    "ANALYZE, query rewriting, and configuration tuning.",
    "@nawazdhandala • Jan 26, 2026 • Reading time",
    "PostgreSQL Database Performance Query Optimization Backend Development",
    "On this page",
    "PostgreSQL is a powerful database, but even the best database can slow down with poorly "
    "optimized queries. This guide walks you through practical techniques to identify "
    "bottlenecks and optimize your queries for better performance.",
    "Understanding Query Execution",
    "Before optimizing, you need to understand how PostgreSQL executes queries. Every query "
    "goes through several stages: parsing, planning, and execution. The query planner chooses "
    "the most efficient execution plan based on table statistics and available indexes.",
    *_STORY[2:],
]


def test_a_story_head_under_a_mega_menu_is_no_box_of_it() -> None:
    """A run of one item at either end of a mega menu's boxes is left out of them: the story's
    standfirst and lede, each under a short line, stay."""
    lines = [*_HEAD, *_FAMILIES, "Pricing Docs Request Demo Support", "Sign up", *_HEAD_OF_STORY]
    kept = strip_lines(lines).lines
    assert _HEAD_OF_STORY[1] in kept
    assert _HEAD_OF_STORY[5] in kept
    assert kept[-len(_STORY[2:]) :] == _STORY[2:]
    assert not any("robot" in ln for ln in kept)
