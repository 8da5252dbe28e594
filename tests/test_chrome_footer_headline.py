"""A footer's legal link taken as the headline: on an outlet that prints its footer menu above
the story ("About", "Privacy Policy", "Do Not Sell My Personal Information", "CA Notice",
"Terms Of Service", "NBC News Sitemap", ..., "© 2026 NBCNEWS.COM"), the best line above the
story was "Do Not Sell My Personal Information": a footer link the lexicon does not name,
between two it does, printed again in the bottom footer. Both pages of the outlet got that
link as their title, so two different stories carried one headline.

The pages (``data/dumps/headed_box_site/``): the outlet's pages of a syndication draw (dev,
``--negative-paragraphs 2 --negative-words 150``), lines as printed; each story's headline is
the line the draw printed above it.
"""

from __future__ import annotations

from pathlib import Path

from cleanscrape import clean_text

DATA = Path(__file__).parent / "data" / "dumps" / "headed_box_site"
#: The headline the draw printed above each page's story.
HEADLINES = {
    "mortgage_boom": "Why Cheap SEO Doesn't Work",
    "bread_machines": "Our Favorite Bread Machine Makes Any Type of Loaf With the Push of a Button",
}
#: The outlet's own standfirst under its own headline, above the footer: not the story's.
STANDFIRST = "Control all your smart home gadgets with one device."
#: Links of the footer printed above the story, none of them named by the lexicon.
FOOTER_LINKS = ("Do Not Sell My Personal Information", "NBC News Sitemap", "CA Notice")


def _page(name: str) -> str:
    return (DATA / f"{name}.txt").read_text(encoding="utf-8")


def test_a_footer_link_is_no_headline() -> None:
    for name in HEADLINES:
        result = clean_text(_page(name))
        assert result.title not in FOOTER_LINKS, name
        reasons = {r.line: r.reason for r in result.removed}
        assert reasons.get("Do Not Sell My Personal Information") not in (None, "headline"), name


def test_each_page_gets_its_own_headline() -> None:
    """The headline printed below the footer's links (as the pages print it) is the title."""
    for name, headline in HEADLINES.items():
        lines = _page(name).split("\n")
        at = lines.index(headline)
        for link in (*FOOTER_LINKS, "Privacy Policy", "Terms Of Service"):
            assert lines.index(link) < at, (name, link)
        assert clean_text(_page(name)).title == headline, name


def test_the_lines_between_the_footer_link_and_the_story_are_no_standfirst_or_byline() -> None:
    """Under a headline taken from the footer, the outlet's standfirst was kept as the story's
    and the footer's "Ad Choices" read as its author."""
    for name in HEADLINES:
        result = clean_text(_page(name))
        assert STANDFIRST not in result.text.split("\n"), name
        assert result.metadata.get("author") != "Ad Choices", name
