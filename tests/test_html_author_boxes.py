"""An author's box after the article, told by the page's own author (``html/author_boxes.py``)."""

from __future__ import annotations

import json

from cleanscrape.html.author_boxes import authors_of
from cleanscrape.html.extract import extract_html

# a real WCXB dev page (a design magazine's hosting trends), reduced: its metadata names the
# writer, the story's paragraphs sit in one block, and in that block under its last paragraph a
# box about the writer (a portrait, her name as a link to her page, her role, a paragraph about
# her) whose class names are generated hashes, no word the class-word pruning reads
_AUTHOR = "Rebecca Norris"
_TITLE = "The Top 25 Hosting Trends of 2025, According to Event Planners"
_STORY = (
    "Summer is officially here, and with it, endless potential to host the soiree of your "
    "dreams. While classic backyard barbecues, whimsical midsummer parties, and elevated "
    "alfresco gatherings are common themes this time of year, there’s always the option to "
    "think more creatively to host a curated event that guests will remember long after last "
    "call.",
    "“This year, it’s less about showing off and more about creating a sense of ease,” says "
    "Beth Helmstetter, founder and creative director of Beth Helmstetter Events. “The best "
    "events feel intentional, beautiful, and personal.”",
    "Another way to look at it? Through the attendees’ eyes. “What are your guests going to "
    "remember? Hosts want their guests to be comfortable, to be entertained, and to be taken "
    "care of,” says celebrity party planner Mindy Weiss, founder of Mindy Weiss Party "
    "Consultants.",
    "When all is said and done, not everything is said and done. “After parties are no longer "
    "an afterthought,” Holloway says. “Similarly to how the band sets the tone for the "
    "reception, DJs do the same for our after parties. The sites and bar are set high for "
    "these late-night shindigs.”",
)
_BIO = (
    "Rebecca Norris is a full-time freelance writer living in the Washington, D.C. metro area. "
    "Over the past 10+ years, she’s heavily covered a range of lifestyle topics, including "
    "travel, home, beauty, style, wellness, and celebrity news."
)
_LINK = '<a href="/author/215462/rebecca-norris/"><span>Rebecca Norris</span></a>'


def _page(box_first: bool = False) -> str:
    """The page; with ``box_first`` the writer's box stands above the story, as a byline."""
    meta = json.dumps({"@type": "NewsArticle", "headline": _TITLE, "author": {"name": _AUTHOR}})
    story = "".join(f"<p>{p}</p>" for p in _STORY)
    box = (
        '<div class="css-19m4yzp"><div><span><img alt="Headshot of Rebecca Norris"></span>'
        f"<div><span>{_LINK}</span><div>Contributing Writer</div></div>"
        f"<div><div><p>{_BIO}<br></p></div></div></div></div>"
    )
    return (
        f'<html><head><title>{_TITLE}</title><script type="application/ld+json">{meta}'
        "</script></head><body>"
        f"<div><h1>{_TITLE}</h1>{box if box_first else ''}"
        f"<div>{story}{'' if box_first else box}</div></div></body></html>"
    )


def test_the_writers_box_under_the_story_leaves_the_text() -> None:
    """``main`` prints the paragraph about the writer under the story."""
    ex = extract_html(_page(), url="https://www.example.com/hosting-trends-2025/")
    assert ex.metadata.get("author") == _AUTHOR
    assert _BIO not in ex.lines
    assert ex.pruned.get("author_box") == 1
    for paragraph in _STORY:
        assert paragraph in ex.lines


def test_the_same_box_above_the_story_stays() -> None:
    """Above the story the box is a byline with a standfirst of the page's own: not taken."""
    ex = extract_html(_page(box_first=True), url="https://www.example.com/hosting-trends-2025/")
    assert "author_box" not in ex.pruned
    for paragraph in _STORY:
        assert paragraph in ex.lines


def test_the_metadatas_authors_are_read_one_by_one() -> None:
    assert authors_of("Ann  Lee; Bo Chen ;") == frozenset({"ann lee", "bo chen"})
    assert authors_of(None) == frozenset()
