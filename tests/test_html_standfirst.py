"""A standfirst set as a subheading under the headline in the article's ``<header>``, saying
what the page declares as its description, is taken off the article's text."""

from __future__ import annotations

from cleanscrape import clean_html
from cleanscrape.html.extract import extract_html

from .aeb import gold, gold_paragraphs, page_markup

# AEB dev page 51374560 (a business news site): <header><h1>Home Depot sales miss, shares
# plunge</h1><h2 class="sub-headline">The home-improvement retailer earned ...</h2> ...byline
# </header>, the <h2>'s words the page's description (<meta name="description">, og:...)
_PID = "51374560"
_DEK = "The home-improvement retailer earned $2.8 billion in the third quarter."
_DESCRIPTION = f'name="description" content="{_DEK}"'
_SUB = f'<h2 class="sub-headline">{_DEK}</h2>'


def _lines(markup: str) -> list[str]:
    return clean_html(markup, url=gold()[_PID]["url"]).text.split("\n")


def test_a_standfirst_under_the_headline_in_the_articles_header_is_taken_off() -> None:
    markup = page_markup(_PID)
    assert markup.count(_SUB) == 1 and _DESCRIPTION in markup  # the page's pattern
    assert _DEK not in gold()[_PID]["articleBody"]
    lines = _lines(markup)
    assert _DEK not in lines
    assert lines[0].startswith("Dow component Home Depot reported third-quarter earnings")
    # the story's paragraphs all stay (the gold's stock ticker row, "HD THE HOME DEPOT INC.
    # 225.86 -12.99 -5.44%", is printed by no rule here)
    for paragraph in gold_paragraphs(gold(), _PID):
        assert paragraph in lines or not paragraph.endswith(".")
    # the line goes with its reason, the rule that took it
    assert ("standfirst", _DEK) in extract_html(markup, trace=True).dropped

    # a subheading that says something else than the description (a subtitle of its own) stays
    other = markup.replace(_DESCRIPTION, 'name="description" content="Home Depot earnings."')
    other = other.replace('content="' + _DEK, 'content="Home Depot earnings.')
    assert _DEK in _lines(other)
    # so does one under a headline outside a <header> element
    assert _DEK in _lines(markup.replace('<header class="article-header">', "<div>"))
    # and one whose words the page prints as a paragraph too (its story's first paragraph)
    lede = markup.replace("<p>Dow component", f"<p>{_DEK}</p><p>Dow component", 1)
    assert lede != markup
    assert _DEK in _lines(lede)
