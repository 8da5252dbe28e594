"""The shortcuts of the HTML path give what the full computation gives.

Each test holds one quick test or shortcut of ``html/`` to the computation it stands for, on
text written the way pages write it and, where it matters, on every character it can meet.
"""

from __future__ import annotations

import copy
import gzip
import sys
from pathlib import Path

import pytest
from lxml import etree
from lxml import html as lxml_html

from cleanscrape.html.extract import (
    _CONTROL,
    _CONTROL_BYTES,
    _CONTROL_CHARS,
    _parser,
    _trafilatura_lines,
    extract_html,
    page_headings,
    parse_html,
)
from cleanscrape.html.head import DATA_SCRIPT, empty_head
from cleanscrape.html.meta import _page_date, page_elements, page_metadata
from cleanscrape.html.prune import (
    _containers,
    _linked_headings,
    _page_containers,
    _prose_by_ancestor,
    prose_paragraphs,
    prune_chrome,
    teaser_headlines,
    teaser_lists,
)
from cleanscrape.html.recover import (
    ALL_TEXT_NODES,
    KEY_CHARS,
    TEXT_NODES,
    joined_text,
    key_ends,
    letters,
    letters_each,
    script_holders,
    word_key,
    word_seq,
)
from cleanscrape.html.tags import HEADINGS
from cleanscrape.html.tail import link_spans, trim_tail
from cleanscrape.process import _may_hold_run


def test_control_characters_looked_for_are_those_the_pattern_removes() -> None:
    every = (chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    assert [c for c in every if _CONTROL.match(c)] == list(_CONTROL_CHARS)


def test_a_page_with_a_control_character_parses_as_without_it() -> None:
    page = "<html><body><p>The council voted on Tuesday.</p></body></html>"
    for c in ("\x01", "\x0b", "\x1f"):
        tree = parse_html(page.replace("voted", f"vo{c}ted"), source="t")
        p = tree.find(".//p")
        assert p is not None and p.text == "The council voted on Tuesday."


# sentences as pages print them: punctuation runs, non-Latin scripts, figures, a drop cap
_SENTENCES = (
    "The council voted on Tuesday to rebuild the old river bridge, ending a debate that had "
    "divided the town for almost a decade — and delayed repairs to the crossing (again).",
    "Mưa lớn ở Hà Nội: sáng nay nhiều tuyến đường ngập sâu 30-40 cm, giao thông ùn tắc kéo dài.",
    "«Мы не ожидали такого результата», — сказал председатель комиссии на пресс-конференции.",
    "M athematics teachers say the new_curriculum (2024/25) asks too much of pupils aged 11–14.",
    "... --- *** ... !!! ??? ... --- *** ... !!! ??? ... --- *** ... !!! ??? ... --- *** ...",
)


def _texts() -> list[str]:
    """The sentences alone and run together, cut at every tenth character, and with the
    indentation of markup around them (text nodes of white space between the elements)."""
    whole = " ".join(_SENTENCES * 3)
    cuts = [whole[a:b] for a in range(0, 200, 10) for b in range(a, len(whole) + 1, 10)]
    indent = "\n" + " " * 200
    indented = [f"{indent}Price:{indent}{s}{indent}{s}{indent}Tags{indent}" for s in _SENTENCES]
    return [*_SENTENCES, whole, *cuts, *indented]


def test_key_ends_are_those_of_the_whole_texts_word_characters() -> None:
    for text in _texts():
        whole = letters(text)
        assert key_ends(text) == (whole[:KEY_CHARS], whole[-KEY_CHARS:]), text


def test_word_key_is_the_start_of_the_whole_texts_words() -> None:
    for text in _texts():
        assert word_key(text) == word_seq(text)[:KEY_CHARS], text


def test_letters_of_texts_read_together_are_those_of_each_text() -> None:
    texts = [*_texts(), "", "  ", "snake_case and 3,5 %", "Tin mới — Hà Nội «20°C»", "", "ÆØÅ!"]
    assert letters_each(texts) == [letters(t) for t in texts]
    assert letters_each([]) == []
    assert letters_each([""]) == [""]
    # a text holding the separator itself is read alone, with the same result
    odd = ["ab\x01cd", "e f", "\x01", ""]
    assert letters_each(odd) == [letters(t) for t in odd] == ["abcd", "ef", "", ""]


def test_letters_of_texts_read_together_hold_every_character_as_each_text_does() -> None:
    # white space is taken out before the pattern runs: no character it removes is a letter
    every = [chr(c) for c in range(2, sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]
    texts = [f"a{c}b {c}" for c in every]
    assert letters_each(texts) == [letters(t) for t in texts]


def test_link_spans_are_those_of_each_links_text() -> None:
    page = lxml_html.document_fromstring(
        "<html><body><p>Story <a href='/a'>first <b>link</b></a>.</p>"
        "<ul><li><a href='/b'>Nach 20 Jahren: “Ärger”</a></li><li><a href='/c'> </a></li>"
        "<li><a href='/d'>Xem thêm: Hà Nội</a></li></ul></body></html>"
    )
    texts = [t for t in (letters(a.text_content()) for a in page.iter("a")) if t]
    ends: list[int] = []
    for t in texts:
        ends.append((ends[-1] if ends else 0) + len(t))
    joined, starts, found_ends = link_spans(page)
    assert joined == "".join(texts) == "firstlinkNach20JahrenÄrgerXemthêmHàNội"
    assert starts == {e - len(t) for e, t in zip(ends, texts, strict=True)} == {0, 9, 26}
    assert found_ends == set(ends)


def test_canonical_is_the_first_canonical_link_with_an_address() -> None:
    page = lxml_html.document_fromstring(
        "<html><head><link rel='stylesheet' href=' /s.css '><link rel='Canonical' href=''>"
        "<link rel='alternate canonical' href=' /news/a-1.html '>"
        "<link rel='canonical' href='/news/b.html'></head><body><p>x</p></body></html>"
    )
    meta = page_metadata(page, url="https://example.org/x?amp=1")
    assert meta["canonical"] == "https://example.org/news/a-1.html"


_CARD = '<li><a href="/{n}"><h3>{title}</h3></a><span class="date">2 May</span></li>'
_HEADLINES = (
    "Council approves new budget for the river bridge",
    "Ferry service to run until the crossing reopens",
    "Residents split over plan for a second bridge",
)


def test_teaser_lists_nested_in_wrappers_measure_each_link_once_with_the_same_result() -> None:
    cards = "".join(_CARD.format(n=n, title=t) for n, t in enumerate(_HEADLINES))
    page = (
        "<html><body><article><p>The council voted on Tuesday to rebuild the old river bridge, "
        "ending a debate that had divided the town for almost a decade.</p></article>"
        f'<section><div class="more"><ul>{cards}</ul></div></section></body></html>'
    )
    tree = parse_html(page, source="t")
    body = tree.find("body")
    assert body is not None
    below = _prose_by_ancestor(prose_paragraphs(body))
    linked = _linked_headings(body)
    assert [h.text_content() for h in linked] == list(_HEADLINES)
    # the list and each wrapper above it up to the body hold the three cards: each is a list
    found = teaser_lists(body, below)
    assert [el.tag for el in found] == ["ul", "div", "section"]  # nearest the cards first
    assert teaser_lists(body, below, linked) == found
    assert teaser_headlines(body, below) == frozenset(_HEADLINES)


_ARTICLE = (
    "The council voted on Tuesday to rebuild the old river bridge, ending a debate that had "
    "divided the town for almost a decade and delayed repairs to the crossing.",
    "Work is expected to start in the spring and to last about two years, the mayor said, "
    "while a ferry will carry pedestrians across in the meantime.",
)
_AFTER = (
    "Sign up for our newsletter to get the day's local news in your inbox every morning.",
    "About us: the Riverside Courier has covered the town since 1921.",
)


@pytest.mark.parametrize(
    ("lines", "taken_off"),
    [
        ([*_ARTICLE, *_AFTER], 2),  # most of the text in the area: the tail outside it goes
        ([*_AFTER, *_ARTICLE], 0),  # the last line is in the area: nothing after it
        ([_ARTICLE[1], *_AFTER, *_AFTER], 0),  # most of the text outside: the block says little
        (list(_AFTER), 0),  # no line in the area
        ([], 0),
    ],
)
def test_trim_tail_reads_the_share_only_when_there_is_a_tail(
    lines: list[str], taken_off: int
) -> None:
    paragraphs = "".join(f"<p>{t}</p>" for t in _ARTICLE)
    page = f'<html><body><div class="body">{paragraphs}</div></body></html>'
    tree = parse_html(page, source="t")
    block = tree.find(".//div")
    assert block is not None
    got, n = trim_tail(block, lines)
    assert (got, n) == (lines[: len(lines) - taken_off], taken_off)


def test_every_element_of_a_parsed_page_is_a_plain_html_element() -> None:
    # lxml.html's lookup (a Python call for every element wrapped) gives forms and inputs
    # classes of their own; neither cleanscrape nor the extractor reads their fields
    page = (
        "<html><body><article><p>The council voted on Tuesday.</p>"
        '<form action="/subscribe"><label for="e">Email</label><input id="e" name="e">'
        "<select><option>Daily</option></select><textarea>Note</textarea></form>"
        "</article></body></html>"
    )
    tree = parse_html(page, source="t")
    assert {type(el) for el in tree.iter()} == {lxml_html.HtmlElement}
    assert {type(el) for el in copy.deepcopy(tree).iter()} == {lxml_html.HtmlElement}
    assert extract_html(page).lines[0] == "The council voted on Tuesday."


def test_containers_with_the_same_attributes_each_take_their_own_path() -> None:
    # an accordion of a guide: every panel is written with the same attributes; the panels that
    # hold prose are opened, the empty one and the menus beside them go; the related box twice
    prose = (
        "The bridge will close to traffic for six weeks while crews replace the deck joints "
        "and repaint the steel, the council said on Tuesday."
    )
    panel = '<div class="acc-panel" hidden>{}</div>'
    page = lxml_html.document_fromstring(
        "<html><body><article>"
        + "".join(f"<p>{prose} Part {n}.</p>" for n in range(6))
        + panel.format(f"<p>{prose} Panel one.</p>")
        + panel.format("<span>Share</span>")
        + panel.format(f"<p>{prose} Panel two.</p>")
        + '<div class="related-posts"><a href="/1">Other story</a></div>'
        + '<div class="related-posts"><a href="/2">Another story</a></div>'
        + "</article></body></html>"
    )
    pruned = prune_chrome(page)
    assert pruned.revealed == 2
    assert sorted(r for r, _ in pruned.removed) == ["class:related", "class:related", "hidden"]
    panels = [el for el in page.iter("div") if el.get("class") == "acc-panel"]
    assert [el.get("hidden") for el in panels] == [None, None]
    assert "Panel two." in panels[1].text_content()


def test_meta_tags_first_with_content_wins_across_head_and_body() -> None:
    # the metadata's elements are gathered in one walk: each tag keeps document order
    page = lxml_html.document_fromstring(
        "<html lang='de'><head><meta charset='utf-8'><title>Brücke bleibt gesperrt | Kurier"
        "</title><meta property='og:title' content='  '>"
        "<meta property='og:site_name' content='Kurier'>"
        "<meta name='author' content='Anna Berg'><meta name='Author' content='Jan Roth'>"
        "<link rel='canonical' href='/a/1'></head><body><h1>  </h1>"
        "<meta property='og:title' content='Brücke bleibt &amp;quot;gesperrt&amp;quot;'>"
        "<h1>Brücke bleibt gesperrt</h1><p>Die Brücke bleibt bis Mai gesperrt.</p>"
        '<script type=\'application/ld+json\'>{"@type": "NewsArticle", '
        '"datePublished": "2024-05-02T08:00:00Z"}</script></body></html>'
    )
    meta = page_metadata(page, url=None)
    assert meta["author"] == "Anna Berg"  # the later key of another case is the same key
    # the first og:title with content (the head's is blank), its entities decoded; the h1
    # is not in it
    assert meta["title"] == 'Brücke bleibt "gesperrt"'
    assert meta["sitename"] == "Kurier"
    assert meta["published"] == "2024-05-02"  # JSON-LD in the body
    assert meta["canonical"] == "/a/1"
    assert meta["language"] == "de"


def test_containers_named_by_class_alone_take_the_verdict_of_every_attribute() -> None:
    # a container with neither role, aria-label, itemprop nor a hidden mark is judged by its
    # class and id alone; one with any of those by them too
    prose = "The council voted on Tuesday to rebuild the old river bridge this summer. " * 2
    page = lxml_html.document_fromstring(
        f"<html><body><article><p>{prose}</p></article>"
        "<div class='share-bar' data-x='1'>Share</div>"
        "<div class='box' id='relatedPosts'>More</div>"
        "<div class='box' role='navigation'>Menu</div>"
        "<div class='box' style='color: red; DISPLAY: none'>Copy</div>"
        "<div class='box' aria-label='Share this'>Icons</div>"
        "<div class='box' itemprop='author'>By Anna</div>"
        "<div class='box' hidden>Dialog</div>"
        "<div class='box'>Kept</div></body></html>"
    )
    pruned = prune_chrome(page)
    assert pruned.removed == [
        ("class:share", "div"),
        ("id:related", "div"),
        ("role:navigation", "div"),
        ("hidden", "div"),
        ("aria-label", "div"),
        ("itemprop:author", "div"),
        ("hidden", "div"),
    ]
    assert [d.text for d in page.iter("div")] == ["Kept"]


_PAGES = sorted((Path(__file__).resolve().parent / "data" / "html").glob("*/*.html.gz"))


@pytest.mark.parametrize("path", _PAGES, ids=lambda p: p.name)
def test_the_extractor_reads_a_page_alike_with_its_head_emptied(path: Path) -> None:
    markup = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
    whole, emptied = parse_html(markup, source="t"), parse_html(markup, source="t")
    prune_chrome(whole)
    prune_chrome(emptied)
    head = whole.find("head")
    data = (
        [s.text for s in head.iter("script") if s.get("type") == DATA_SCRIPT] if len(head) else []
    )
    assert empty_head(emptied) == bool(len(head))
    kept = emptied.find("head")
    assert [s.text for s in kept.iter()][1:] == data  # its data scripts, in order, and no more
    assert _trafilatura_lines(emptied, None, "balanced") == _trafilatura_lines(
        whole, None, "balanced"
    )


# a forum thread: the posts sit in comment containers, which the extractor keeps only on a page
# whose schema.org data (in the head) declares a discussion
_POST = (
    "I have been restoring an old river barge for two years now, and the hull plates near the "
    "stern are thinner than the surveyor expected. {} Has anyone here welded new plates onto a "
    "riveted hull without taking the whole section apart?"
)
_THREAD = (
    "<html><head><title>Welding plates on a riveted hull</title>"
    '<meta name="description" content="A thread of the boat builders\' forum">'
    "<style>body { font-family: serif; }</style><script>var slots = [];</script>"
    f'<script type="{DATA_SCRIPT}">{{"@context": "https://schema.org", '
    '"@type": "DiscussionForumPosting", "headline": "Welding plates on a riveted hull"}'
    "</script></head><body><main><h1>Welding plates on a riveted hull</h1>"
    '<div class="comments">'
    + "".join(
        f'<div class="comment"><p>{_POST.format(w)}</p></div>'
        for w in ("First post.", "A reply.", "Another reply.")
    )
    + "</div></main></body></html>"
)


def test_a_forum_threads_posts_are_extracted_with_its_head_emptied() -> None:
    whole, emptied, headless = (parse_html(_THREAD, source="t") for _ in range(3))
    empty_head(emptied)
    headless.remove(headless.find("head"))  # the data script gone too
    lines = _trafilatura_lines(emptied, None, "balanced")
    assert lines == _trafilatura_lines(whole, None, "balanced")
    assert [ln for ln in lines if "Has anyone here welded" in ln] == [
        _POST.format(w) for w in ("First post.", "A reply.", "Another reply.")
    ]
    assert not any("Has anyone" in ln for ln in _trafilatura_lines(headless, None, "balanced"))


@pytest.mark.parametrize("limit", [1, 2, 3, 4, 5, 6, 7])
def test_a_run_over_the_limit_is_never_ruled_out_by_the_block_test(limit: int) -> None:
    # every text of up to 12 characters of "<" and "a", at every place a run can start and end
    for n in range(13):
        for bits in range(2**n):
            text = "".join("<" if bits >> k & 1 else "a" for k in range(n))
            longest = max(map(len, text.split("<")))
            if longest > limit:
                assert _may_hold_run(text, "<", limit), (text, limit)


def test_a_page_with_a_run_over_the_limit_is_refused_wherever_the_run_sits() -> None:
    page = "<html><body>" + "<p>The council voted on Tuesday.</p>" * 40 + "</body></html>"
    limit = 1000
    for at in range(0, len(page), 97):
        for size in (limit - 1, limit, limit + 1):
            text = page[:at] + "x" * size + page[at:]
            longest = max(map(len, text.split("<")))
            assert _may_hold_run(text, "<", limit) or longest <= limit


def test_control_characters_are_the_only_ones_whose_utf8_holds_their_bytes() -> None:
    assert all(len(b) == 1 for b in _CONTROL_BYTES)
    every = (chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    holding = [c for c in every if any(b in c.encode("utf-8") for b in _CONTROL_BYTES)]
    assert holding == list(_CONTROL_CHARS)


_OPTIONS = {"remove_comments": True, "remove_pis": True, "collect_ids": False}


def _parsed_as_text(markup: str) -> str:
    """The tree lxml makes of ``markup`` read as text (as before the page went in as bytes)."""
    tree = lxml_html.document_fromstring(markup, parser=_parser(**_OPTIONS))
    return etree.tostring(tree, encoding="unicode")


_DECLARED = (
    "",
    '<meta charset="windows-1252">',
    '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
    '<meta charset="shift_jis">',
    '<meta charset="utf-16">',
    '<meta charset="koi8-r">',
)
_BODIES = (
    "<p>The council voted on Tuesday.</p>",
    "<p>Le café ferme à 18 h, dit-il.</p>",
    "<p>“Quoted,” she said — 日本語, Tiếng Việt, Ёлка, 😀.</p>",
)


@pytest.mark.parametrize("declared", _DECLARED)
@pytest.mark.parametrize("body", _BODIES)
def test_a_page_parsed_as_bytes_gives_the_tree_of_its_text(declared: str, body: str) -> None:
    for before in ("", "\ufeff", "<!DOCTYPE html>"):
        head = f"<head>{declared}<title>A café</title></head>"
        markup = f"{before}<html>{head}<body>{body}</body></html>"
        tree = parse_html(markup, source="t")
        assert etree.tostring(tree, encoding="unicode") == _parsed_as_text(markup)


@pytest.mark.parametrize("path", _PAGES, ids=lambda p: p.name)
def test_a_bundled_page_parsed_as_bytes_gives_the_tree_of_its_text(path: Path) -> None:
    markup = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
    assert etree.tostring(parse_html(markup, source="t"), encoding="unicode") == _parsed_as_text(
        markup
    )


def test_a_page_with_a_lone_surrogate_is_parsed_as_text() -> None:
    markup = "<html><body><p>The council voted \ud800 on Tuesday.</p></body></html>"
    tree = parse_html(markup, source="t")
    assert etree.tostring(tree, encoding="unicode") == _parsed_as_text(markup)


# a page's text with a style sheet in a heading (CSS-in-JS), a script in a paragraph, and a
# <noscript> fallback holding a whole block
_SCRIPTED = (
    "<html><body><div class='post'><h2><style>.h{color:red}</style>Bridge to close</h2>"
    "<p>The council voted on Tuesday<script>var slot = 1;</script> to rebuild the bridge.</p>"
    "<noscript><div class='post'><p>Enable scripts to read the comments.</p></div></noscript>"
    "<ul><li>Work starts in <b>spring</b>.</li><li>A ferry runs meanwhile.</li></ul></div>"
    "<div class='post'><p>Residents split over the plan.</p></div></body></html>"
)


def _area_cases() -> list[tuple[str, list[lxml_html.HtmlElement]]]:
    """Areas of the test pages (their bodies, each page's sections of one tag and class)
    and of the page above (its sections, one inside a ``<noscript>``)."""
    cases = []
    for path in _PAGES:
        markup = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
        body = parse_html(markup, source="t").find("body")
        cases.append((path.name, [body]))
        divs = [d for d in body.iter("div") if d.get("class")]
        if divs:
            cls = divs[len(divs) // 2].get("class")
            cases.append((f"{path.name} div.{cls}", [d for d in divs if d.get("class") == cls]))
    posts = parse_html(_SCRIPTED, source="t").findall(".//div")
    cases.append(("scripted", posts))
    cases.append(("scripted, inside noscript", posts[1:2]))
    return cases


def test_text_read_in_c_outside_the_script_holders_is_that_of_the_text_nodes() -> None:
    for name, area in _area_cases():
        holders = script_holders(area)
        for root in area:
            assert (ALL_TEXT_NODES(root) if root not in holders else TEXT_NODES(root)) == (
                TEXT_NODES(root)
            ), name
            for el in root.iter():
                if not isinstance(el.tag, str):
                    continue
                assert joined_text(el, holders) == "".join(TEXT_NODES(el)), (name, el.tag)
                if el not in holders:
                    assert ALL_TEXT_NODES(el) == TEXT_NODES(el), (name, el.tag)


# a page without a declared date: its <time> elements, the first without a datetime, and
# three <h1>, the first empty, one inside a chrome-named header
_UNDATED = (
    "<html><head><title>Bridge to close for repairs | Courier</title></head><body>"
    "<header class='site-header'><h1> </h1><time>Today</time></header><main><article>"
    "<h1>Bridge to close <em>for repairs</em></h1><h1>Residents split</h1>"
    "<p>By Anna Berg, <time datetime='2024-05-02T08:00:00Z'>2 May 2024</time></p>"
    "<p>The council voted on Tuesday to rebuild the old river bridge.</p>"
    "<time datetime='2023-01-01'>earlier</time></article></main></body></html>"
)


def test_headings_and_dates_from_the_metadatas_walk_are_those_of_walks_of_their_own() -> None:
    markups = [_UNDATED, _SCRIPTED]
    markups += [
        gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace") for path in _PAGES
    ]
    for markup in markups:
        tree = parse_html(markup, source="t")
        elements = page_elements(tree)
        assert page_headings(tree, elements["h1"]) == page_headings(tree)
        assert page_metadata(tree, url=None, elements=elements) == page_metadata(tree, url=None)
        assert _page_date(tree, elements["time"]) == _page_date(tree, list(tree.iter("time")))
    tree = parse_html(_UNDATED, source="t")
    assert page_headings(tree, page_elements(tree)["h1"]) == [
        "Bridge to close for repairs",
        "Residents split",
    ]
    assert page_metadata(tree, url=None)["published"] == "2024-05-02"


def test_the_pages_containers_paragraphs_and_subheadings_in_one_walk_are_those_of_three() -> None:
    markups = [_UNDATED, _SCRIPTED]
    markups += [
        gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace") for path in _PAGES
    ]
    trees = [parse_html(markup, source="t") for markup in markups]
    # a page whose root holds a container after its body, and one whose body is not the root's
    odd = parse_html(_UNDATED, source="t")
    odd.append(lxml_html.fragment_fromstring("<div><p>After the body.</p><h2>Tail</h2></div>"))
    nested = lxml_html.Element("html")
    inner = etree.SubElement(etree.SubElement(nested, "div"), "body")
    etree.SubElement(etree.SubElement(inner, "section"), "p").text = "Inner"
    for tree in (*trees, odd, nested):
        body = tree.find("body") if tree is not nested else inner
        found, paragraphs, headings = _page_containers(tree, body)
        assert found == list(_containers(tree))
        assert paragraphs == list(body.iter("p"))
        assert headings == list(body.iter(*HEADINGS))
