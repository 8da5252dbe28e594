"""The shortcuts of chrome pruning give what the full rules give.

``prune_chrome`` rules most class/id values out with a quick test before working out their
tokens, reads each element's attributes once, walks the containers with ``iter`` instead of an
XPath over the whole document, and hands on the prose paragraphs it measured instead of
measuring them again after pruning. These tests hold each shortcut to the full computation, on
names written the way sites write them and, when the benchmark pages are at hand
(``CLEANSCRAPE_BENCH_DATA`` or ``../shared/benchmarks``), on every class and id of the AEB pages.
"""

from __future__ import annotations

import pytest

from cleanscrape.html.extract import parse_html
from cleanscrape.html.prune import (
    _JOINED_WORDS,
    CHROME_PHRASES,
    CHROME_TOKENS,
    _may_name_chrome,
    _name_reason,
    _token_reason,
    prose_paragraphs,
    prune_chrome,
)

from .aeb import BENCH, BENCH_AEB, pages_with_gold


def _spellings(words: tuple[str, ...]) -> list[str]:
    """One name in the ways templates write it, alone and among other words."""
    kebab, snake = "-".join(words), "_".join(words)
    camel = words[0] + "".join(w.title() for w in words[1:])
    pascal = "".join(w.title() for w in words)
    forms = [kebab, snake, camel, pascal, kebab.upper(), "".join(words)]
    out = []
    for f in forms:
        out += [f, f"td-post-{f}", f"c-article__{f}-links", f"{f}Wrapper", f"jeg_{f} clearfix"]
        out += [f"x9{f}R2", f"{f}-2019", f"{f}1", f"box {f}"]
    return out


# class and id values as found on news pages: chrome and not, generated ids, non-ASCII letters
REAL_NAMES = [
    "article-related-content",
    "relatedPosts",
    "box-tinlienquan",
    "tin-lien-quan",
    "tin-liên-quan",
    "div-gpt-ad-1572551555033-0",
    "component_1ad269af0d",
    "kjAdQw",
    "x9AdsR2",
    "AdSlot_wrapper",
    "ADSlot",
    "ad-ad",
    "x1-x1",
    "headline shadow-lg badge",
    "relationship-advice",
    "shared-prose",
    "PreFooterStyles__StyledEmail",
    "post-how-to-share-your-photos-with-friends",
    "coo\u212aie-banner",  # KELVIN SIGN lower-cases to an ASCII "k"
    "\u0130ad-slot",  # LATIN CAPITAL I WITH DOT lower-cases to two characters
    "mw-content-ltr",
    "entry-content single-content",
]


def _names() -> list[str]:
    words = [(t,) for t in sorted(CHROME_TOKENS)] + list(CHROME_PHRASES)
    words += [(w,) for w in _JOINED_WORDS]
    return REAL_NAMES + [s for w in words for s in _spellings(w)]


def test_quick_name_test_never_rules_out_a_chrome_name() -> None:
    names = _names()
    chrome = [n for n in names if _token_reason(n) is not None]
    assert len(chrome) > 1000  # the spellings above do name chrome
    assert [n for n in chrome if not _may_name_chrome(n)] == []
    assert [n for n in names if _name_reason(n) != _token_reason(n)] == []


def _aeb_markup() -> list[str]:
    if not (BENCH_AEB / "html").is_dir():
        pytest.skip(f"benchmark pages not found in {BENCH}")
    return [markup for _, _, markup in pages_with_gold(BENCH_AEB)]


def test_quick_name_test_on_every_class_and_id_of_the_aeb_pages() -> None:
    values: set[str] = set()
    for markup in _aeb_markup():
        tree = parse_html(markup, source="aeb")
        for el in tree.iter():
            values.update(v for a in ("class", "id") if (v := el.get(a)))
    assert len(values) > 10_000
    assert [v for v in values if _name_reason(v) != _token_reason(v)] == []


_PARAGRAPH = (
    "The council voted on Tuesday to rebuild the old river bridge, ending a debate that had "
    "divided the town for almost a decade and delayed repairs to the crossing."
)


@pytest.mark.parametrize(
    "body",
    [
        # a related box holding paragraphs of its own: they go with it
        f"<article><p>{_PARAGRAPH}</p><p>{_PARAGRAPH}</p></article>"
        f'<div class="related-stories"><p>{_PARAGRAPH} Another story.</p></div>',
        # a share bar inside a paragraph: the paragraph is shorter once it goes
        f'<article><p>{_PARAGRAPH}<iframe class="share-frame">Share this story on the '
        f"networks of your choice, with one click for each of them</iframe></p></article>",
        # nothing pruned
        f"<article><p>{_PARAGRAPH}</p></article>",
    ],
)
def test_pruned_prose_is_the_prose_of_the_pruned_page(body: str) -> None:
    tree = parse_html(f"<html><body>{body}</body></html>", source="t")
    pruned = prune_chrome(tree)
    body_el = tree.find("body")
    assert body_el is not None
    assert list(pruned.prose.items()) == list(prose_paragraphs(body_el).items())


def test_pruned_prose_on_the_aeb_pages() -> None:
    for markup in _aeb_markup()[:60]:
        tree = parse_html(markup, source="aeb")
        pruned = prune_chrome(tree)
        body = tree.find("body")
        if body is not None:
            assert list(pruned.prose.items()) == list(prose_paragraphs(body).items())


def test_chrome_after_the_closing_html_tag_is_pruned_too() -> None:
    # markup after </html> (scripts and footers appended by a template) becomes a second
    # <html> element beside the root; its containers are the page's as much as any other
    markup = (
        f"<html><body><article><p>{_PARAGRAPH}</p></article></body></html>\n"
        '<div class="site-footer"><a href="/about">About us</a></div>'
    )
    tree = parse_html(markup, source="t")
    assert prune_chrome(tree).removed == [("class:footer", "div")]
