"""HTML extraction: metadata, chrome pruning, the visible-text fallback and the page time limit."""

from __future__ import annotations

import gzip
import json
import re
import time
from collections import Counter
from html import escape
from pathlib import Path
from typing import Any

import pytest
import trafilatura
from lxml import html as lxml_html

from cleanscrape import CleanOptions, Document, Pipeline, clean_html
from cleanscrape.chrome.strip import classify_lines
from cleanscrape.html.breaks import break_paragraphs
from cleanscrape.html.dates import is_stamp
from cleanscrape.html.extract import drop_teasers, extract_html, parse_html
from cleanscrape.html.fallback import visible_lines
from cleanscrape.html.promos import drop_promo_links
from cleanscrape.html.prune import chrome_reason, name_tokens, prune_chrome
from cleanscrape.html.recover import recover_blocks
from cleanscrape.html.shortcodes import drop_filler, drop_shortcodes
from cleanscrape.html.tail import trim_link_tail

from .aeb import gold, gold_paragraphs, page_markup
from .conftest import EVENT_TREND_ITEMS

DATA = Path(__file__).resolve().parent / "data" / "html"
AEB = gold()


def _gold_paragraphs(name: str) -> list[str]:
    return gold_paragraphs(AEB, name)


def _div(tree: lxml_html.HtmlElement, name: str) -> lxml_html.HtmlElement:
    """The first ``<div>`` of ``tree`` whose class attribute is ``name``: a page's article block."""
    return next(el for el in tree.iter("div") if el.get("class") == name)


# --- metadata on real pages -------------------------------------------------------------------


def test_metadata_of_a_news_page() -> None:
    # slashgear.com declares og:title, article:published_time, og:site_name, a canonical link,
    # <html lang="en-US"> and a JSON-LD author
    r = clean_html(page_markup("06ee193d"), url=AEB["06ee193d"]["url"])
    m = r.metadata
    assert m["title"] == "The VW ID. SPACE VIZZION is a weird EV sports wagon with a secret message"
    assert r.title == m["title"]
    assert m["title"] not in r.text.split("\n")  # the headline is the title, not a body line
    assert m["author"] == "Chris Davies"
    assert m["published"] == "2019-11-20"
    assert m["sitename"] == "SlashGear"
    assert m["language"] == "en-US"
    assert m["canonical"] == (
        "https://www.slashgear.com/"
        "the-vw-id-space-vizzion-is-a-weird-ev-sports-wagon-with-a-secret-message-19600475/"
    )


def test_metadata_from_meta_tags_and_html_lang() -> None:
    m = clean_html(page_markup("14cc2a0c")).metadata  # no URL given: the page's own are used
    assert m["author"] == "Victor Tangermann, Futurism"  # <meta name="author">
    assert m["sitename"] == "ScienceAlert"
    assert m["language"] == "en-gb"
    assert m["url"] == AEB["14cc2a0c"]["url"]
    assert m["title"].startswith("NASA Just Confirmed There Are Water Plumes")


def test_metadata_of_a_japanese_page_strips_the_site_name_from_the_title() -> None:
    # og:title is "<title> - <site name>"; the page's <h1> is the title alone
    m = clean_html(page_markup("85439e26"), url=AEB["85439e26"]["url"]).metadata
    assert m["title"] == "商品の改造が商標法違反に！？"
    assert m["sitename"] == "特許業務法人ライトハウス国際特許事務所"
    assert m["published"] == "2016-12-01"
    assert m["language"] == "ja"  # <html lang>, not og:locale's ja_JP


def test_metadata_reaches_report_entries(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "page.html").write_text(page_markup("06ee193d"), encoding="utf-8")
    batch = Pipeline(CleanOptions(dedup=False)).run(
        [Document("page.html", page_markup("06ee193d"), kind="html")]
    )
    from cleanscrape.report import build_report

    entry = build_report(batch)["documents"][0]
    assert entry["metadata"]["sitename"] == "SlashGear"
    assert entry["metadata"]["canonical"].startswith("https://www.slashgear.com/the-vw-id-space")
    assert entry["metadata"]["published"] == "2019-11-20"


# --- pruning ----------------------------------------------------------------------------------


def test_name_tokens_split_on_separators_and_camel_case() -> None:
    assert name_tokens("article-related_Content relatedPosts") == [
        "article",
        "related",
        "content",
        "related",
        "posts",
    ]
    assert name_tokens("div-gpt-ad-1572551555033-0") == ["div", "gpt", "ad", "1572551555033", "0"]


@pytest.mark.parametrize(
    ("markup", "chrome"),
    [
        ('<div class="article-related-content">', True),
        ('<div class="relatedPosts">', True),
        ('<div class="box-tinlienquan">', True),
        ('<div class="tin-lien-quan">', True),
        ('<div id="share-buttons">', True),
        ('<nav aria-label="Breadcrumb">', True),
        ('<div class="relationship-advice">', False),  # "relationship" is not "related"
        ('<div class="shared-prose">', False),  # "shared" is not "share"
        ('<div class="headline">', False),  # "ad" inside a word is not an ad
        ('<section id="component_1ad269af0d">', False),  # nor inside a hex id
        ('<div class="advertorial-ish">', False),
        # page furniture: calls to action and footers (a page's, or one above the footer)
        ('<div class="cta-wrapper">', True),
        ('<div class="footer-closer_2019">', True),
        ('<div class="PreFooterStyles__StyledEmail">', True),
        ('<div class="footnotes">', False),  # an article's notes are not its footer
        ('<div class="octane-rating">', False),
        # the drop-down panels of a mega menu, however the template spells them
        ('<div class="mega-menu mega-menu--richtext dropdown__panel">', True),
        ('<div class="mega-menu-wrapper">', True),
        ('<li class="we-mega-menu-li">', True),
        ('<div class="megamenu">', True),
        ('<ul class="mega-nav__submenu">', True),
        ('<div class="omega-menu">', False),  # "omega" is not "mega"
        ('<div class="mega-deals">', False),  # nor is a mega sale a menu
        # a post's excerpt (its summary, or a teaser card's)
        ('<div class="post-excerpt px-3">', True),
        ('<p class="display-card-excerpt">', True),
        ('<div class="excerpted-remarks">', False),
    ],
)
def test_chrome_names_match_whole_tokens(markup: str, chrome: bool) -> None:
    tree = parse_html(f"<html><body>{markup}x</body></html>", source="t")
    el = tree.find("body")[0]
    assert (chrome_reason(el) is not None) is chrome


_PROSE = [
    "The council voted on Tuesday to rebuild the old river bridge, ending a debate that had "
    "divided the town for almost a decade and delayed repairs to the crossing.",
    "Engineers said the new structure would carry twice the traffic of the present one and "
    "would be designed to withstand floods of the kind that struck the valley in 2011.",
    "Work is expected to begin next spring, and the bridge will stay open to pedestrians for "
    "most of the construction period, according to the plans published by the council.",
    "Residents who had campaigned for a new crossing welcomed the decision, although some "
    "shop owners worried about the effect of two years of roadworks on their trade.",
]
_ADVICE = (
    "Our relationship advice column answers one reader letter every week, and this week it "
    "explains how to talk about money with a partner without starting an argument."
)


def _chrome_page() -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in _PROSE)
    teasers = "".join(
        f'<li><a href="/n{i}">Teaser headline number {i} about another story</a></li>'
        for i in range(6)
    )
    return (
        "<html><head><title>Council votes to rebuild the river bridge</title></head><body>"
        '<div class="breadcrumb"><a href="/">Home</a> › <a href="/local">Local</a></div>'
        "<h1>Council votes to rebuild the river bridge</h1>"
        # an article wrapper with a chrome-ish name: the prose guard keeps it
        f'<div class="post-comments-enabled article-body">{paragraphs}</div>'
        f'<section class="relationship-advice"><p>{_ADVICE}</p></section>'
        '<div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>'
        f'<div class="article-related-content"><h3>Related stories</h3><ul>{teasers}</ul></div>'
        '<div class="box-tinlienquan"><p>Tin liên quan: Cầu mới được khởi công</p></div>'
        '<div id="newsletter-signup"><p>Sign up for our daily newsletter</p></div>'
        "</body></html>"
    )


def test_prune_removes_chrome_containers_and_keeps_the_article() -> None:
    tree = parse_html(_chrome_page(), source="t")
    pruned = prune_chrome(tree)
    text = " ".join(visible_lines(tree))
    for p in _PROSE:
        assert p in text
    assert _ADVICE in text
    for gone in (
        "Teaser headline",
        "Share on Facebook",
        "Tin liên quan",
        "Sign up for our",
        "Home",
    ):
        assert gone not in text
    assert pruned.kept_guarded == 1  # the "post-comments-enabled" article wrapper
    reasons = {reason for reason, _tag in pruned.removed}
    assert {"class:breadcrumb", "class:share", "class:related", "id:newsletter"} <= reasons


def test_extraction_output_has_no_related_or_share_lines() -> None:
    r = clean_html(_chrome_page())
    lines = r.text.split("\n")
    assert r.title == "Council votes to rebuild the river bridge"
    assert r.title not in lines
    for p in _PROSE:
        assert p in lines
    assert not any("Teaser headline" in ln or "Share on" in ln for ln in lines)
    assert r.metadata["pruned"]["class:related"] == 1


@pytest.mark.parametrize("name", ["14cc2a0c", "85439e26", "b0cf2bbf"])
def test_pruning_keeps_every_gold_paragraph_of_real_pages(name: str) -> None:
    tree = parse_html(page_markup(name), source=name)
    pruned = prune_chrome(tree)
    assert pruned.removed  # these pages do have chrome containers
    visible = "\n".join(visible_lines(tree))
    squashed = " ".join(visible.split())
    for paragraph in _gold_paragraphs(name):
        assert " ".join(paragraph.split()) in squashed


def test_real_page_output_holds_the_gold_text() -> None:
    r = clean_html(page_markup("14cc2a0c"), url=AEB["14cc2a0c"]["url"])
    for paragraph in _gold_paragraphs("14cc2a0c"):
        assert paragraph in r.text
    assert "taboola" not in r.text and "tmntag" not in r.text  # ad and recommendation scripts


# --- fallback ---------------------------------------------------------------------------------


def test_fallback_to_visible_text_when_trafilatura_returns_nothing() -> None:
    raw = gzip.decompress((DATA / "wcxb" / "4111.html.gz").read_bytes()).decode("utf-8")
    gold = json.loads((DATA / "wcxb" / "4111.json").read_text("utf-8"))
    assert not trafilatura.extract(raw, url=gold["url"])  # the premise: trafilatura alone fails
    extracted = extract_html(raw, url=gold["url"])
    assert extracted.method == "visible"
    r = clean_html(raw, url=gold["url"])
    assert r.metadata["extraction"] == "visible"
    # the gold text uses straight quotes where the page has curly ones: compare words
    gold_words = Counter(re.findall(r"\w+", gold["ground_truth"]["main_content"].lower()))
    got_words = Counter(re.findall(r"\w+", r.text.lower()))
    recall = sum((gold_words & got_words).values()) / sum(gold_words.values())
    precision = sum((gold_words & got_words).values()) / sum(got_words.values())
    assert recall > 0.9 and precision > 0.8, (recall, precision)


def test_short_page_that_trafilatura_drops_falls_back_to_its_visible_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # no prose block to speak of (two short lines); trafilatura made to find nothing
    import cleanscrape.html.extract as extract_module

    monkeypatch.setattr(extract_module.trafilatura, "bare_extraction", lambda *a, **k: None)
    page = (
        "<html><head><title>Office hours</title></head><body>"
        "<div>The office is closed on Monday 4 May.</div>"
        "<div>Opening hours resume on Tuesday at 9:00.</div><script>var x = 1;</script>"
        "</body></html>"
    )
    extracted = extract_html(page)
    assert extracted.method == "visible"
    assert extracted.metadata["title"] == "Office hours"
    assert extracted.lines == [
        "The office is closed on Monday 4 May.",
        "Opening hours resume on Tuesday at 9:00.",
    ]


def test_no_fallback_when_trafilatura_finds_the_article() -> None:
    assert extract_html(page_markup("06ee193d")).method == "trafilatura"
    assert extract_html(page_markup("14cc2a0c")).method == "trafilatura"


# --- time limit -------------------------------------------------------------------------------


def _pathological_page() -> str:
    # 240,000 nested inline elements with text in one paragraph (about 4 MB): parsing takes a
    # tenth of a second, extraction about 4 s unlimited, so a 1 s limit has a wide margin on a
    # fast idle machine too (the limit stops it after about 1 s)
    cell = "<span><b><i>word and another word</i></b></span>"
    return "<html><body>" + "<div><p>" + cell * 80000 + "</p></div>" * 300 + "</body></html>"


def test_a_page_over_the_time_limit_is_an_error_and_the_batch_goes_on() -> None:
    options = CleanOptions(page_timeout=1.0, dedup=False)
    docs = [
        Document("slow.html", _pathological_page(), kind="html"),
        Document("good.html", page_markup("14cc2a0c"), kind="html"),
    ]
    results = Pipeline(options).run(docs).results
    slow, good = results
    assert slow.status == "error"
    assert slow.error is not None
    assert slow.error.startswith("slow.html: took longer than the 1s page time limit")
    assert good.status == "kept"
    assert _gold_paragraphs("14cc2a0c")[0] in good.text


def test_hidden_metadata_copies_go_but_hidden_prose_stays() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in _PROSE)
    page = (
        "<html><body><article><h1>Council votes to rebuild the river bridge</h1>"
        f"<div class='body'>{paragraphs}</div>"
        '<div style="display:none" itemscope itemtype="http://schema.org/NewsArticle">'
        '<div itemprop="datePublished">2019-11-19T08:57:40+01:00</div>'
        '<div itemprop="keywords">bridge,council,river</div></div>'
        f'<div style="display: none" class="more-text"><p>{_ADVICE}</p></div>'
        "</article></body></html>"
    )
    tree = parse_html(page, source="t")
    pruned = prune_chrome(tree)
    assert pruned.removed == [("hidden", "div")]
    text = "\n".join(visible_lines(tree)) + "\n".join(tree.itertext())
    assert "2019-11-19T08:57:40" not in text
    assert _ADVICE in text  # hidden, but prose: a collapsed part of the article stays


def test_table_rows_come_out_as_tab_separated_cells_and_survive_the_chrome_stage() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in _PROSE)
    rows = "".join(
        f"<tr><td>{i}</td><td>Driver {name}</td><td>{5040 - i}</td></tr>"
        for i, name in enumerate(["Busch", "Truex", "Harvick", "Hamlin"], start=1)
    )
    page = (
        "<html><body><article><h1>Final standings</h1>"
        f"<div>{paragraphs}<table><tr><th>Pos.</th><th>Driver</th><th>Points</th></tr>"
        f"{rows}</table></div></article></body></html>"
    )
    lines = clean_html(page).text.split("\n")
    assert "Pos.\tDriver\tPoints" in lines
    assert "1\tDriver Busch\t5039" in lines
    assert "4\tDriver Hamlin\t5036" in lines


def test_metadata_sources_and_their_order() -> None:
    from cleanscrape.html.meta import page_metadata

    page = (
        '<html lang="vi"><head><title>Khởi công cầu mới | Báo Ví Dụ</title>'
        '<meta property="article:author" content="https://www.facebook.com/baovidu">'
        '<meta name="twitter:creator" content="@baovidu">'
        '<link rel="canonical" href="/thoi-su/khoi-cong-cau-moi-123.html">'
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
        '{"@type": "NewsArticle", "headline": "Khởi công cầu mới",'
        ' "author": [{"@type": "Person", "name": "Nguyễn Văn A"}, {"name": "Trần Thị B"}],'
        ' "publisher": {"@type": "Organization", "name": "Báo Ví Dụ"}}]}</script>'
        '<script type="application/ld+json">{broken json</script>'
        "</head><body><h1>Khởi công cầu mới</h1>"
        '<time datetime="2024-03-05T08:00:00+07:00">5/3/2024</time><p>Nội dung.</p></body></html>'
    )
    m = page_metadata(parse_html(page, source="t"), url="https://baovidu.vn/a?utm=x")
    assert m["title"] == "Khởi công cầu mới"
    assert m["author"] == "Nguyễn Văn A; Trần Thị B"  # JSON-LD, not the profile URL or handle
    assert m["sitename"] == "Báo Ví Dụ"
    assert m["published"] == "2024-03-05"  # from <time datetime>: nothing declared it
    assert m["canonical"] == "https://baovidu.vn/thoi-su/khoi-cong-cau-moi-123.html"
    assert m["url"] == "https://baovidu.vn/a?utm=x"  # the URL the page was fetched from
    assert m["language"] == "vi"


# --- headline and control characters ------------------------------------------------------------


def test_control_character_in_a_paragraph_does_not_empty_the_extraction() -> None:
    # a stray C0 character (here U+0001 inside the second half of the article) made
    # trafilatura return nothing on the parsed tree, so the page fell back to its visible text
    page = page_markup("06ee193d")
    at = page.find("<p>", len(page) // 2) + 3
    broken = page[:at] + "ID.\x01" + page[at:]
    clean = extract_html(page)
    got = extract_html(broken)
    assert got.method == "trafilatura"
    assert len(got.lines) == len(clean.lines)
    assert not any("\x01" in ln for ln in got.lines)


def test_headline_is_the_title_once_not_a_body_line() -> None:
    # the page's <h1> sits under a section kicker; the declared title has escaped quotes
    page = (
        "<html><head><meta property='og:title' "
        "content='Council says &quot;yes&quot; to the river bridge'></head><body><article>"
        "<p>Local news</p><h1>Council says “yes” to the river bridge</h1>"
        "<p>The council voted on Tuesday to rebuild the old river bridge, ending a debate "
        "that had divided the town for almost a decade and delayed repairs.</p>"
        "<p>Work is expected to start in the spring and to last about two years, the mayor "
        "said, while a ferry will carry pedestrians across in the meantime.</p>"
        "</article></body></html>"
    )
    r = clean_html(page)
    assert r.title == 'Council says "yes" to the river bridge'
    lines = r.text.split("\n")
    assert lines[0].startswith("The council voted on Tuesday")
    assert not any("river bridge" in ln and len(ln) < 60 for ln in lines)
    assert "Local news" not in lines


@pytest.mark.parametrize(
    ("name", "chrome"),
    [
        # an id built from the headline slug: its words are the story's, not the container's
        ("post-how-to-share-your-photos-with-family", False),
        ("article-related-content", True),
        # generated ids whose camelCase split yields "Ad" by chance
        ("kjAdQw", False),
        ("x9AdsR2", False),
        ("adSlot", True),
        ("div-gpt-ad-123", True),
    ],
)
def test_chrome_names_from_slugs_and_generated_ids(name: str, chrome: bool) -> None:
    el = parse_html(f'<html><body><div id="{name}">x</div></body></html>', source="t")
    div = el.find(".//div")
    assert div is not None
    assert (chrome_reason(div) is not None) is chrome


def test_related_heading_near_the_end_keeps_the_paragraphs_under_it() -> None:
    from cleanscrape.chrome import strip_lines

    body = [
        "The council voted on Tuesday to rebuild the old river bridge, ending a debate that "
        "had divided the town for almost a decade and delayed repairs to the crossing.",
        "Work is expected to start in the spring and to last about two years, the mayor said, "
        "while a ferry will carry pedestrians across the river in the meantime.",
        "Engineers said the new bridge would carry twice the traffic of the old one and would "
        "include a separate lane for cyclists and a wider path for people on foot.",
        "The cost, about 40 million euros, will be shared by the town, the region and a "
        "national fund for transport projects, according to the council's plan.",
        "Residents of the eastern bank, who have waited longest for the repairs, welcomed the "
        "decision but asked for a firm timetable and regular updates on progress.",
    ]
    tail = (
        "A public meeting on the timetable will be held next month in the town hall, and the "
        "plans will be on display in the library until the end of the year."
    )
    lines = [*body, "Recommended for:", tail]
    r = strip_lines(lines, from_html=True)
    assert tail in r.lines  # a heading followed by a paragraph does not end the article
    links = [*body, "Related articles", "Mayor unveils housing plan", "Bus fares to rise in May"]
    r = strip_lines(links, from_html=True)
    assert r.lines == body


def test_favor_presets_reach_extraction_and_set_the_threshold() -> None:
    from cleanscrape.errors import UsageError

    page = page_markup("06ee193d")
    results = {f: clean_html(page, favor=f) for f in ("precision", "balanced", "recall")}
    assert all(r.text for r in results.values())
    sizes = {f: len(r.text) for f, r in results.items()}
    assert sizes["precision"] <= sizes["balanced"] <= sizes["recall"]
    with pytest.raises(UsageError, match="favor must be one of"):
        CleanOptions(favor="max")  # type: ignore[arg-type]


def test_confidence_is_high_on_an_article_and_low_on_a_page_without_one() -> None:
    article = clean_html(page_markup("06ee193d"))
    assert article.confidence is not None and article.confidence >= 0.8
    assert "low_confidence" not in article.flags
    menu = "".join(f"<li><a href='/s{i}'>Section number {i}</a></li>" for i in range(30))
    listing = clean_html(f"<html><body><ul>{menu}</ul><p>Welcome to our site.</p></body></html>")
    assert listing.confidence is not None and listing.confidence < 0.7
    assert "low_confidence" in listing.flags


# --- copies of the article for other screen sizes ------------------------------------------------

_REMODEL = [
    "Home remodeling in California is a significant investment, with costs varying widely based "
    "on location, scope, and materials, whether you update a single room or the whole house.",
    "Cosmetic updates include painting, flooring, and minor repairs to existing features; the "
    "costs for these simpler projects typically range between $100 and $300 per square foot.",
    "Comprehensive renovations involve major structural changes, such as removing walls, adding "
    "rooms, or reconfiguring layouts, and generally cost from $400 to $800 per square foot.",
    "Urban areas like San Francisco often have higher labor and material costs than suburban or "
    "rural regions, and the availability of contractors varies from one county to the next.",
]


def _responsive_page(*, copies: int) -> str:
    # a site builder renders the same post once per screen size, each copy hidden by a class
    # that only the style sheet knows (the pattern of a real dev page of WCXB)
    post = "".join(f"<p class='framer-text'>{p}</p>" for p in _REMODEL)
    variants = "".join(
        f"<div class='ssr-variant hidden-{k}x7q'><div class='framer-1d5'>"
        f"<h2>Average Remodeling Costs</h2>{post}</div></div>"
        for k in range(copies)
    )
    return (
        "<html><head><title>How Much Does a Home Remodel Cost?</title></head><body>"
        "<div id='main'><section class='framer-1eu'><div class='framer-17t'>"
        f"{variants}</div></section></div></body></html>"
    )


def test_copies_of_the_post_for_other_screen_sizes_come_out_once() -> None:
    r = clean_html(_responsive_page(copies=3))
    lines = r.text.split("\n")
    for p in _REMODEL:
        assert lines.count(p) == 1
    assert r.metadata["pruned"]["copy"] == 2
    single = clean_html(_responsive_page(copies=1))
    assert r.text == single.text


def test_paragraphs_that_repeat_on_purpose_stay() -> None:
    # a meal plan: two days with the same breakfast paragraph, siblings in one text
    same = (
        "Breakfast: one scoop of protein shake, one cup of strawberries and eight ounces of "
        "unsweetened almond milk, blended with ice."
    )
    page = (
        "<html><body><article>"
        f"<h3>Monday</h3><p>{same}</p><p>Lunch: {_REMODEL[0]}</p>"
        f"<h3>Tuesday</h3><p>{same}</p><p>Lunch: {_REMODEL[1]}</p>"
        "</article></body></html>"
    )
    lines = clean_html(page).text.split("\n")
    assert lines.count(same) == 2


def test_a_megabyte_of_inline_style_does_not_make_the_page_refused() -> None:
    # a page that inlines its whole style sheet (over a million characters between two tags)
    # is an article page all the same; only text outside scripts and styles counts as a run
    rules = "".join(f".c{i}{{margin:{i % 7}px;color:rgba(0,0,0,0.87)}}" for i in range(40_000))
    assert len(rules) > 1_000_000
    page = (
        f"<html><head><style>{rules}</style><title>Remodel costs</title></head><body><article>"
        + "".join(f"<p>{p}</p>" for p in _REMODEL)
        + "</article></body></html>"
    )
    lines = clean_html(page).text.split("\n")
    assert lines == _REMODEL


# --- calls to action beside the article ----------------------------------------------------------

_PHONE_POST = [
    "A smartphone is a mobile phone with many of the same functions of a computer, but in the "
    "palm of your hand. It uses apps to do different tasks.",
    "Some apps are already loaded on your phone when you buy it. You can download other apps "
    "to your phone from an online store, depending on your phone.",
    "Only one company makes this phone, and it uses its own operating system. You download apps "
    "from its store while using your phone.",
    "Lots of companies make phones that run on the other operating system, and you can download "
    "apps from its store while you are on your phone.",
]


def test_calls_to_action_beside_the_post_are_pruned() -> None:
    # a health plan's blog (the pattern of a real dev page of WCXB): the post, then a region of
    # call-to-action boxes whose one sentence each trafilatura keeps as if it were the article's
    ctas = [
        "Search for a doctor or hospital in your network and compare the costs of care near you.",
        "Get news and updates about your health plan directly to your inbox every month.",
    ]
    boxes = "".join(
        "<div class='content-fragment call-to-action'><div class='cta-wrapper'>"
        f"<div class='content'><p>{c}</p></div></div></div>"
        for c in ctas
    )
    page = (
        "<html><head><title>Smartphone basics</title></head><body><div class='layout'>"
        "<div class='layout-region content'><div class='content-fragment blog-post'>"
        "<h1>Smartphone basics</h1>"
        + "".join(f"<p>{p}</p>" for p in _PHONE_POST)
        + f"</div></div><div class='layout-region right-region'>{boxes}</div></div></body></html>"
    )
    assert ctas[0] in (trafilatura.extract(page) or "")  # the premise
    r = clean_html(page)
    assert r.text.split("\n") == _PHONE_POST
    assert r.metadata["pruned"]["class:cta"] == 2


# --- tables used for page layout ------------------------------------------------------------------

_PROTEST_STORY = [
    "Verified video footage and eyewitness testimony gathered by rights groups reveal a pattern "
    "of unlawful killings by security forces during the fuel-price protests.",
    "At least 106 protesters in 21 cities have been killed, according to credible reports "
    "received by the organization, which believes the real toll may be much higher.",
    "Video footage shows security forces using firearms, water cannons and tear gas to disperse "
    "protests and beating demonstrators with batons in several cities.",
    "Hundreds of demonstrators blocked roads, using their parked cars as a form of protest, and "
    "riot police smashed the windows of cars with drivers still inside.",
]
_TOP_STORIES = [
    "The House of Representatives voted on Tuesday to recognize the genocide.",
    "Archaeological relics of an ancient kingdom have been found on a mount near the border.",
]


def _table_layout_page() -> str:
    # an older news site (the pattern of a real AEB dev page): the page is a table, the article
    # one cell (headline, date, paragraphs) beside a menu cell, "Top stories" in the next row
    story = "".join(f"<p>{p}</p> " for p in _PROTEST_STORY)
    stories = "".join(f"<div class='item'><a href='/n/{k}'>{s}</a></div>"
                      for k, s in enumerate(_TOP_STORIES))  # fmt: skip
    return (
        "<html><head><title>More than 100 protesters killed</title></head><body>"
        "<table border='0'><tbody><tr valign='top'>"
        "<td class='menu'><a href='/'>Home</a><br><a href='/news'>News</a></td>"
        "<td class='single_content'><h1 class='article_title'>More than 100 protesters killed</h1>"
        "<div class='article_body'><div class='article_date'>November 20, 2019 - 11:28</div>"
        f"{story}</div></td></tr>"
        f"<tr><td colspan='2'><strong>Top stories</strong>{stories}</td></tr></tbody></table>"
        "</body></html>"
    )


def test_a_page_laid_out_in_a_table_comes_out_as_its_paragraphs() -> None:
    page = _table_layout_page()
    # the premise: read as a data table, a row is one line, the menu and the article together
    row = next(ln for ln in (trafilatura.extract(page) or "").split("\n") if "footage" in ln)
    assert "Home" in row and _PROTEST_STORY[-1] in row
    r = clean_html(page)
    lines = r.text.split("\n")
    assert lines[-len(_PROTEST_STORY) :] == _PROTEST_STORY
    assert not any(s in r.text for s in _TOP_STORIES)


def test_data_tables_stay_tables_when_a_cell_holds_a_paragraph() -> None:
    # a pros and cons table of a product review: cells with a paragraph each are data
    row = (
        "<tr><td><p>Pros: the keyboard tray lowers below the desk, and the lock holds at any "
        "height within its range.</p></td><td><p>Cons: assembly takes two people and about an "
        "hour, and the crossbar limits leg room.</p></td></tr>"
    )
    page = (
        "<html><body><article>"
        + "".join(f"<p>{p}</p>" for p in _PHONE_POST)
        + f"<table>{row}</table></article></body></html>"
    )
    lines = clean_html(page).text.split("\n")
    assert lines[:-1] == _PHONE_POST
    assert lines[-1].startswith("Pros: the keyboard") and "\tCons: assembly" in lines[-1]


# --- collapsed parts of the article ------------------------------------------------------------

_SOLAR_STEPS = [
    "Installing solar panels can offset or even eliminate your electric bill; the higher your "
    "bill, the more you stand to save with a well-sized system.",
    "A solar panel system has significant upfront costs, but it pays off in the end when done "
    "right: compare at least three quotes from installers near you.",
    "Incentives and rebates can help cut the cost of installing solar. Many states offer tax "
    "credits, rebates or performance payments on top of the federal credit.",
]


def _accordion_page(*, dialog: bool = False) -> str:
    # a guide whose steps are accordion panels, closed until the reader opens them (the pattern
    # of a real WCXB dev page): each panel's text is in the page, hidden by an inline style
    panels = "".join(
        f"<div class='es-accordion'><a role='button' aria-controls='s{k}'>"
        f"<span role='heading'>{k + 1}. Step {k + 1}</span></a>"
        f"<div id='s{k}' style='display:none;' role='region'><p>{p}</p></div></div>"
        for k, p in enumerate(_SOLAR_STEPS)
    )
    republish = (
        "<div class='tracker-modal' role='dialog' aria-modal='true' style='display:none;'>"
        f"<p>{_REPUBLISH}</p></div>"
        if dialog
        else ""
    )
    return (
        "<html><head><title>How to go solar</title></head><body><article>"
        "<h1>How to go solar</h1>"
        + "".join(f"<p>{p}</p>" for p in _PHONE_POST + _PROSE)
        + f"<div class='accordion-list'>{panels}</div>{republish}</article></body></html>"
    )


_REPUBLISH = (
    "We offer all our stories under a noncommercial license. You are allowed to repost them in "
    "print or online as long as you credit the writer and link back to the original story."
)


def test_collapsed_panels_of_the_article_are_read_like_the_rest() -> None:
    page = _accordion_page()
    assert _SOLAR_STEPS[0] not in (trafilatura.extract(page) or "")  # the premise
    lines = clean_html(page).text.split("\n")
    assert all(p in lines for p in _SOLAR_STEPS)


def test_hidden_dialogs_and_placeholder_text_stay_hidden() -> None:
    text = clean_html(_accordion_page(dialog=True)).text
    assert _SOLAR_STEPS[-1] in text and _REPUBLISH not in text
    lorem = (
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
        "incididunt ut labore et dolore magna aliqua."
    )
    page = _accordion_page().replace(_SOLAR_STEPS[1], lorem)
    text = clean_html(page).text
    assert _SOLAR_STEPS[0] in text and "Lorem" not in text


# --- the author's box ---------------------------------------------------------------------------


def test_an_author_box_marked_as_the_author_is_pruned() -> None:
    # a cleaning company's blog post (the pattern of a real WCXB dev page): under the post, an
    # author box plugin marked up as schema.org's author, a Person, with a three-paragraph bio
    bio = [
        "Karina Cohen is the owner of a local cleaning company serving the greater Denver area. "
        "With a background as a financial analyst, she brings a data-driven approach to it.",
        "Karina holds an executive MBA and a Bachelor of Science in finance, and writes about "
        "running a small service business and about keeping a healthy home.",
        "When she is not leading the company, Karina homeschools her daughter and serves on the "
        "board of her university's alumni club.",
    ]
    box = (
        "<div class='saboxplugin-wrap' itemtype='http://schema.org/Person' itemscope "
        "itemprop='author'><div class='saboxplugin-tab'><div class='saboxplugin-gravatar'>"
        "<img src='/k.jpg' alt='Karina Cohen'></div><div class='saboxplugin-authorname'>"
        "<a href='/author/karina'>Karina Cohen</a></div><div class='saboxplugin-desc'>"
        "<div itemprop='description'>" + "".join(f"<p>{p}</p>" for p in bio) + "</div></div>"
        "</div></div>"
    )
    page = (
        "<html><head><title>The latest trends in house cleaning</title></head><body>"
        "<div class='et_pb_post_content'>"
        + "".join(f"<p>{p}</p>" for p in _PHONE_POST + _PROSE + _SOLAR_STEPS)
        + f"{box}</div></body></html>"
    )
    assert bio[0] in (trafilatura.extract(page) or "")  # the premise
    r = clean_html(page)
    assert r.text.split("\n") == _PHONE_POST + _PROSE + _SOLAR_STEPS
    assert r.metadata["pruned"]["itemprop:author"] == 1


# --- a chrome container larger than the article ---------------------------------------------------


def _promo_bar_page() -> str:
    # a shop's terms page (the pattern of a real WCXB dev page): a promo bar carousel with one
    # shipping offer per country, each a sentence long, holds more prose than the short terms
    offers = [
        f"Free standard shipping on orders {amount} or more. For more information on shipping "
        "rates and timelines, please visit our international page."
        for amount in ("$40", "$60 CAD", "$110 AUD", "65€", "480kr", "$120 NZD", "₹11,230")
    ]
    slides = "".join(
        f"<div class='promo-bar__carousel-slide'><span class='promo-bar__text'><p>{o}</p></span>"
        "</div>"
        for o in offers
    )
    return (
        "<html><head><title>Custom skincare sets: promotion terms</title></head><body>"
        f"<div class='promo-bar' id='promoBar'><div class='promo-bar__carousel'>{slides}"
        "</div></div><div class='template-page'><div class='rte'>"
        "<h1>Custom skincare sets: promotion terms</h1>"
        + "".join(f"<p>{p}</p>" for p in _TERMS)
        + "</div></div></body></html>"
    )


_TERMS = [
    "Receive ten percent off your purchase of three to five individual skincare products to "
    "create a custom set, at all stores and online, while supplies last.",
    "The offer cannot be combined with other offers, is not valid on gift cards or previous "
    "purchases, and may be changed or ended at any time without notice.",
]


def test_a_chrome_container_holding_more_prose_than_the_article_is_pruned() -> None:
    tree = parse_html(_promo_bar_page(), source="t")
    bar = tree.get_element_by_id("promoBar")
    # the premise: the bar holds most of the page's prose, which alone would guard it
    assert len(bar.text_content()) > len("".join(_TERMS))
    pruned = prune_chrome(tree)
    assert ("class:promo", "div") in pruned.removed and pruned.kept_guarded == 0
    assert clean_html(_promo_bar_page()).text.split("\n") == _TERMS


def test_a_chrome_named_wrapper_of_the_article_stays() -> None:
    # the article's paragraphs inside a container whose name is a chrome word: the guard holds
    page = (
        "<html><body><div class='promoted-content'><h1>Council votes</h1>"
        + "".join(f"<p>{p}</p>" for p in _PROSE)
        + "</div><div class='note'><p>"
        + _TERMS[0]
        + "</p></div></body></html>"
    )
    tree = parse_html(page, source="t")
    pruned = prune_chrome(tree)
    assert pruned.removed == [] and pruned.kept_guarded == 1


# --- teaser cards whose headlines are links, under the article ----------------------------------

_DESIGN_POST = [
    "During the design week, the lighting company's showroom hosts an installation of suspended "
    "lamps by the designer, arranged as a sequence of jewels hanging from the ceiling.",
    "The installation explores the relation between light and ornament, and each piece is "
    "made of brass rings and glass spheres that reflect the light of the room around them.",
    "Visitors walk through the three rooms of the showroom, where the lamps are set at "
    "different heights so that the composition changes as one moves from room to room.",
]
_TEASER_HEADLINES = [
    "Design Week 2018 | A tribute to a master of industrial design",
    "Design Week 2018 | A watchmaker's installation at the Triennale",
    "Design Week 2018 | An exhibition on the relation between nature and living",
    "Design Week 2018 | A preview of the design district",
]


def _teaser_cards_page(*, summaries: bool = False) -> str:
    # the pattern of a real AEB dev page (a design magazine): under the article, a heading bar
    # and a block of cards, each an <a> around a thumbnail and an <h3> headline, in containers
    # with no chrome name (``span12-rel``, ``hp-marker``)
    cards = "".join(
        f"<a href='/marker/story-{i}/'><img src='/t{i}.jpg' alt='cover'><h3>{h}</h3></a>"
        + (f"<p>{_PROSE[i]}</p>" if summaries else "")
        for i, h in enumerate(_TEASER_HEADLINES)
    )
    return (
        "<html><head><title>Design Week 2018 | A light installation of suspended lamps</title>"
        "</head><body><div class='contentfixed'><div class='row-fluid'><div class='span12'>"
        "<h1 class='single-title'>Design Week 2018 | A light installation of suspended lamps</h1>"
        + "".join(f"<p class='post-text'>{p}</p>" for p in _DESIGN_POST)
        + "</div></div><hr><div class='row-fluid'><div class='span12-rel'>"
        "<div class='title-bar'>You may also be interested in...</div>"
        f"<div id='hp-marker'>{cards}</div></div></div></div></body></html>"
    )


def test_the_headlines_of_teaser_cards_are_found() -> None:
    tree = parse_html(_teaser_cards_page(), source="t")
    pruned = prune_chrome(tree)
    assert pruned.teasers == frozenset(_TEASER_HEADLINES)
    assert pruned.removed == []  # left in the tree: the extractor's choice of region stays


def test_linked_headings_with_paragraphs_under_them_are_not_teasers() -> None:
    # a listicle: each item's heading links to the thing it is about, a paragraph follows
    tree = parse_html(_teaser_cards_page(summaries=True), source="t")
    assert prune_chrome(tree).teasers == frozenset()


def test_a_trailing_run_of_teaser_headlines_is_dropped() -> None:
    # what the extractor returned on the real page: the article, then the heading bar and the
    # cards' headlines (it took the whole column when its own pick was short)
    lines = [*_DESIGN_POST, "You may also be interested in...", *_TEASER_HEADLINES]
    counts: dict[str, int] = {}
    kept = drop_teasers(lines, frozenset(_TEASER_HEADLINES), counts)
    assert kept == [*_DESIGN_POST, "You may also be interested in..."]
    assert counts == {"teasers": len(_TEASER_HEADLINES)}


def test_teaser_headlines_followed_by_other_text_are_left_to_the_chrome_stage() -> None:
    # cards with summaries after the list: the chrome stage cuts the region at the related
    # heading; without the headlines it would not see the list
    tail = [
        "Long in the shadow of the big city, a new contender is built around the marvel of a lake "
        "and the mountains that frame it, with new hotels opening every season.",
    ]
    lines = [*_DESIGN_POST, "Read This Next", *_TEASER_HEADLINES, *tail]
    assert drop_teasers(lines, frozenset(_TEASER_HEADLINES), {}) == lines


# --- lists and subheadings of the body that the extractor leaves out -----------------------------

_PRINCIPLES_POST = [
    "Financial records must be assembled and reported objectively, and a reader of the "
    "statements has the right to be assured that they are free from bias and inconsistency.",
    "The principles derive from tradition: in any report of the accounts, whether an audit, a "
    "compilation or a review, the preparer must say whether the statements comply with them.",
    "Applied every month, these principles keep the books ready for a tax return or an audit at "
    "any time, and make the figures of one year comparable with those of the next.",
]
_PRINCIPLES = [
    ("Principle of regularity:", "regularity is defined as conformity to enforced rules and laws."),
    ("Principle of consistency:", "the same methods and procedures are applied every period."),
    ("Principle of sincerity:", "the accounts reflect in good faith the reality of the company."),
    ("Principle of prudence:", "the figures show the reality as it is, neither better nor worse."),
]


def _rich_text_page(between: str, after: str = "") -> str:
    # the pattern of a real WCXB dev page (a site builder's rich-text widget): the article's
    # paragraphs and a list introduced by a bold line are children of one <span> wrapper
    first, second, last = (f"<p>{p}</p>" for p in _PRINCIPLES_POST)
    return (
        "<html><head><title>Accounting principles for your business</title></head><body>"
        "<div class='row-fluid'><div class='span12 widget-span widget-type-rich_text'>"
        "<div class='cell-wrapper layout-widget-wrapper'><span id='hs_cos_wrapper_module_1' "
        "class='hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text'>"
        f"{first}{second}<p><strong>Here is a general list of the principles:</strong></p>"
        f"{between}{last}{after}</span></div></div></div></body></html>"
    )


def _principles_list() -> str:
    return "<ul>" + "".join(f"<li><strong>{a}</strong> {b}</li>" for a, b in _PRINCIPLES) + "</ul>"


def test_a_list_of_the_body_the_extractor_drops_is_put_back_in_place() -> None:
    page = _rich_text_page(_principles_list())
    # the premise: trafilatura keeps the paragraphs around the list and drops the list
    extracted = trafilatura.extract(page) or ""
    assert _PRINCIPLES_POST[-1] in extracted and "regularity" not in extracted
    r = clean_html(page)
    items = [f"- {a} {b}" for a, b in _PRINCIPLES]
    assert r.text.split("\n") == [
        *_PRINCIPLES_POST[:2],
        "Here is a general list of the principles:",
        *items,
        _PRINCIPLES_POST[2],
    ]
    assert extract_html(page).recovered == 1


def test_subheadings_between_kept_paragraphs_are_put_back() -> None:
    # a guide's step headings in the same wrapper: the extractor drops them with the list
    steps = "<h3>Step 1: Keep regular books</h3>" + _principles_list()
    r = clean_html(_rich_text_page(steps))
    lines = r.text.split("\n")
    assert lines.index("Step 1: Keep regular books") == 3
    assert lines[4] == "- " + " ".join(_PRINCIPLES[0])


def test_lists_of_links_images_or_after_the_article_are_not_put_back() -> None:
    links = (
        "<ul>"
        + "".join(
            f"<li><a href='/guides/{i}'>{a} {b}</a></li>" for i, (a, b) in enumerate(_PRINCIPLES)
        )
        + "</ul>"
    )
    gallery = (
        "<ul class='gallery'>"
        + "".join(
            f"<li><img src='/g{i}.jpg' alt=''>{a} {b}</li>" for i, (a, b) in enumerate(_PRINCIPLES)
        )
        + "</ul>"
    )
    for between, after in ((links, ""), (gallery, ""), ("", _principles_list())):
        page = _rich_text_page(between, after)
        assert extract_html(page).recovered == 0
        assert "regularity" not in clean_html(page).text


# --- the headline the page shows, when the declared title is another ----------------------------


def test_the_pages_own_h1_is_taken_out_when_the_declared_title_differs() -> None:
    # the pattern of a real AEB dev page (a design magazine): og:title is a shortened social
    # title, the page's <h1> carries the event label and the designer's name; printed above
    # the body and sharing the title's words, the <h1> is the headline and the title
    heading = "Design Week 2018 | Light installation of suspended lamps by a London designer"
    page = (
        "<html><head><meta property='og:title' content='Light installation for the showroom'>"
        "<title>Light installation for the showroom - Design Magazine</title></head><body>"
        f"<div class='post'><h1 class='single-title'>{heading}</h1>"
        + "".join(f"<p>{p}</p>" for p in _DESIGN_POST)
        + "</div></body></html>"
    )
    r = clean_html(page)
    assert r.title == heading
    assert r.text.split("\n") == _DESIGN_POST


# --- the tail after the article: what follows the main prose block -----------------------------

_RELEASE = [
    "The company announced on Tuesday that its nurse call platform has been chosen by a group of "
    "twelve regional hospitals, which will replace their older systems over the next two years.",
    "The platform links nurse call buttons, patient monitors and staff phones, so that alarms "
    "reach the nurse in charge of a patient wherever she is on the ward.",
    "Hospital managers said the choice followed a pilot of six months on two wards, during which "
    "response times to calls fell by a third and false alarms by half.",
    "The first hospitals of the group will switch over in the spring, and the rest in the course "
    "of the following year, ward by ward.",
]
_ABOUT_COMPANY = [
    "The company is a global provider of communication solutions for hospitals, with a vision "
    "to close digital information gaps and allow for the best possible decisions.",
    "It is headquartered in Switzerland, has subsidiaries in fifteen countries and employs "
    "around 1,300 people worldwide; its shares are listed on the stock exchange.",
]


_RELEASE_MORE = [
    "The contract covers installation, training of the staff and maintenance for ten years, "
    "and includes an option for the group's three clinics outside the region.",
    "Neither side disclosed the value of the contract, which the company described as the "
    "largest in its history in the country.",
]


def _press_release(*parts: list[str]) -> str:
    # the pattern of a real AEB dev page (a press release): the release's paragraphs, then the
    # company's standard closer in a container with no chrome name; with more than one part the
    # release is split into sections of one template (a site builder's rich-text blocks)
    text = "".join(
        (f"<h2>Part {n}</h2>" if n else "")
        + "<div class='news-text'>"
        + "".join(f"<p>{p}</p>" for p in part)
        + "</div>"
        for n, part in enumerate(parts)
    )
    return (
        "<html><head><title>Twelve hospitals choose a nurse call platform</title></head><body>"
        "<div class='content'><div class='news-detail'>"
        f"<h1>Twelve hospitals choose a nurse call platform</h1>{text}"
        "<div class='news-boilerplate'><p><strong>About the company</strong></p>"
        + "".join(f"<p>{p}</p>" for p in _ABOUT_COMPANY)
        + "</div></div></div></body></html>"
    )


def test_a_closer_after_the_articles_block_is_taken_off() -> None:
    page = _press_release(_RELEASE)
    # the premise: trafilatura keeps the company's closer as the end of the article
    assert _ABOUT_COMPANY[-1] in (trafilatura.extract(page) or "")
    r = clean_html(page)
    assert r.text.split("\n") == _RELEASE
    assert extract_html(page).pruned == {"tail": 1 + len(_ABOUT_COMPANY)}


def test_an_article_in_sections_of_one_template_is_kept_whole() -> None:
    # the second "news-text" section, under a subheading, is outside the main prose block
    page = _press_release(_RELEASE, _RELEASE_MORE)
    lines = clean_html(page).text.split("\n")
    assert lines == [*_RELEASE, "Part 1", *_RELEASE_MORE]


# --- sections of the article's template that the extractor leaves out ----------------------------

_CATERING = [
    (
        "Sustainable catering practices",
        [
            "Food waste and excess packaging are drawing scrutiny from clients and raising the "
            "operating costs of caterers, who buy more than their events can use.",
            "Caterers are introducing waste reduction plans, compostable packaging and "
            "partnerships with food banks that collect what is left after an event.",
        ],
    ),
    (
        "Menu innovation for mixed diets",
        [
            "Guests arrive with dietary restrictions and preferences that go far beyond the "
            "vegetarian option of ten years ago, from gluten-free to plant-based diets.",
            "Smart caterers build flexible menus that adapt to those needs without a second "
            "kitchen, with a base dish and toppings that each guest chooses.",
        ],
    ),
    (
        "Technology in the kitchen",
        [
            "Ordering platforms track orders, staff schedules and ingredient use, so that a "
            "caterer sees on one screen what each event of the week will need.",
            "The same systems let caterers test a new dish at a small event and cost it "
            "exactly before it goes on the menu of a large one.",
        ],
    ),
]
_CTA = "Get a demo of our ordering platform for caterers"


def _catering_page(box: str = "") -> str:
    # the pattern of a real WCXB dev page (a blog built from rich-text sections): the article is
    # split into sections of one class, each under a wrapper; the extractor kept the first and
    # the last and left the whole middle one out
    sections = "".join(
        f"<div class='my-8 scroll-m-28'><div class='blog-rich-text'><h2>{h}</h2>"
        + "".join(f"<p>{p}</p>" for p in ps)
        + (box if n == 1 else "")
        + "</div></div>"
        for n, (h, ps) in enumerate(_CATERING)
    )
    return (
        "<html><head><title>Catering trends</title></head><body><main><article>"
        f"{sections}</article></main></body></html>"
    )


def _section_lines(n: int) -> list[str]:
    heading, paragraphs = _CATERING[n]
    return [heading, *paragraphs]


def test_a_section_of_the_articles_template_left_out_is_put_back_in_place() -> None:
    tree = parse_html(_catering_page(), source="page")
    block = _div(tree, "blog-rich-text")
    extracted = [*_section_lines(0), *_section_lines(2)]
    lines, put_back = recover_blocks(block, extracted)
    assert lines == [*_section_lines(0), *_section_lines(1), *_section_lines(2)]
    assert put_back == 3


def test_boxes_and_captions_inside_a_left_out_section_are_not_put_back() -> None:
    # a call to action in a box of its own and the caption under an image are not running text
    box = (
        f"<div class='cta-card'><p>{_CTA}</p></div>"
        "<div><img src='/kitchen.jpg' alt=''></div>"
        "<p>A caterer's kitchen before an event of three hundred guests</p>"
    )
    tree = parse_html(_catering_page(box), source="page")
    block = _div(tree, "blog-rich-text")
    lines, _ = recover_blocks(block, [*_section_lines(0), *_section_lines(2)])
    assert lines == [*_section_lines(0), *_section_lines(1), *_section_lines(2)]


def test_a_kept_paragraph_with_a_drop_cap_is_not_put_back_twice() -> None:
    # the first letter in an element of its own reads "M enu" in the page's text nodes
    first = _CATERING[1][1][0]
    page = _catering_page().replace(
        f"<p>{first}</p>", f"<p><span class='dropcap'>{first[0]}</span>{first[1:]}</p>"
    )
    tree = parse_html(page, source="page")
    block = _div(tree, "blog-rich-text")
    every = [*_section_lines(0), *_section_lines(1), *_section_lines(2)]
    assert recover_blocks(block, every) == (every, 0)


# --- text in a <div> of the article, not in a <p> -----------------------------------------------

_EV_INTRO = (
    "When people talk about full EV cars, they usually mean vehicles that run only on "
    "electricity, no gas tank, no exhaust pipe, and no engine noise at the stoplight."
)
_EV_DEFINITION = (
    "A full EV car is simply a battery electric vehicle (BEV), it runs 100% on electricity "
    "stored in a battery pack. There is no gasoline engine at all."
)
_EV_NEXT = (
    "Automakers and regulators usually use the term battery electric vehicle instead of full "
    "EV. Both mean the same thing: a car powered only by its battery and motors."
)
_PY_BODY = (
    "Known for its simplicity and readability, Python has an extensive library ecosystem "
    "including Django, Flask, NumPy, Pandas, TensorFlow, and PyTorch."
)
_PY_UPDATE = (
    "Python 3.14, released on October 7, 2025, continues the performance and efficiency "
    "improvements begun in Python 3.13, with enhanced bytecode execution."
)
_PY_NEXT = (
    "JavaScript remains the language of the web, running in every browser and, through "
    "Node.js, on servers, in build tools and in desktop applications."
)


def _callout_page(extra: str = "") -> str:
    # the pattern of real WCXB dev pages: a definition in a callout box (a heading and a
    # <div> of text) and an update note (a <div> whose text follows a bold label) between the
    # article's paragraphs; the extractor keeps the box's heading, drops the texts
    return (
        "<html><body><div class='article-content'>"
        f"<p>{_EV_INTRO}</p>"
        "<div class='rounded-lg border-2 p-6'><div class='flex items-start'>"
        "<div class='text-2xl' aria-hidden='true'></div><div class='flex-1'>"
        "<h3>Quick definition</h3>"
        "<div class='text-sm leading-relaxed'>"
        f"{_EV_DEFINITION.replace('(BEV)', '<strong>(BEV)</strong>')}</div>"
        "</div></div></div>"
        f"<h2>What are full EV cars?</h2><p>{_EV_NEXT}</p><p>{_PY_BODY}</p>"
        f"<div class='special-container'><strong>Updates:</strong>&nbsp;{_PY_UPDATE}</div>"
        f"{extra}<p>{_PY_NEXT}</p></div></body></html>"
    )


_CALLOUT_KEPT = [
    _EV_INTRO, "Quick definition", "What are full EV cars?", _EV_NEXT, _PY_BODY, _PY_NEXT
]  # fmt: skip


def test_text_of_a_div_between_the_articles_blocks_is_put_back() -> None:
    tree = parse_html(_callout_page(), source="page")
    block = _div(tree, "article-content")
    lines, put_back = recover_blocks(block, list(_CALLOUT_KEPT))
    assert lines == [
        # (the bold word's text node read apart, as the extractor prints it on the real page)
        _EV_INTRO, "Quick definition", _EV_DEFINITION.replace("(BEV),", "(BEV) ,"),
        "What are full EV cars?", _EV_NEXT,
        _PY_BODY, f"Updates: {_PY_UPDATE}", _PY_NEXT,
    ]  # fmt: skip
    assert put_back == 2


def test_short_labels_and_links_in_divs_between_the_blocks_stay_out() -> None:
    # a rating, a label and a "read more" link in divs of their own are not running text
    chrome = (
        "<div class='dice-rating'>4.96 / 5.0</div>"
        "<div class='dont-miss'><span>Don't Miss :</span></div>"
        "<div class='read-more'><span>READ MORE:</span> <a href='/benefits'>23 unique and "
        "budget-friendly employee benefit ideas for small businesses that want to keep their "
        "best people</a></div>"
    )
    tree = parse_html(_callout_page(chrome), source="page")
    block = _div(tree, "article-content")
    lines, put_back = recover_blocks(block, list(_CALLOUT_KEPT))
    assert put_back == 2
    chrome_words = ("4.96", "Don't Miss", "READ MORE", "23 unique")
    assert not any(s in ln for ln in lines for s in chrome_words)


# lines of a real WCXB dev page (a guide in sections of one template): the extractor kept the
# closing section and left every section above it out
_LLC_OPENING = [
    "Deciding to form an limited liability company (LLC) in New York can be exciting and "
    "daunting. With countless steps to navigate, from choosing the perfect name to complying "
    "with tax requirements, it's easy to get overwhelmed.",
    "But fear not: This step-by-step LLC creation guide will walk you through the entire "
    "process, ensuring you're well-equipped to establish and grow your New York LLC.",
    "Why consider starting an LLC in New York",
    "Here’s a look at some of the top reasons you may opt to form as an LLC in New York.",
]
_LLC_CLOSING = [
    "Why choose LegalZoom to create your New York LLC",
    "By now, you’ve likely deduced that starting an LLC in New York involves quite a few "
    "steps, not to mention a bunch of ongoing regulation paperwork.",
]


def _llc_page(above: str) -> str:
    o = _LLC_OPENING
    c = _LLC_CLOSING
    return (
        "<html><body><main>"
        f"<div class='builder-text'>{above}<p>{o[0]}</p><p>{o[1]}</p><h2>{o[2]}</h2>"
        f"<p>{o[3]}</p></div>"
        f"<div class='builder-text'><h2>{c[0]}</h2><p>{c[1]}</p></div>"
        "</main></body></html>"
    )


def test_the_sections_above_the_first_kept_block_are_put_back_above_it() -> None:
    tree = parse_html(_llc_page("<p>15 Dec, 2025</p>"), source="page")
    block = _div(tree, "builder-text")
    lines, put_back = recover_blocks(block, list(_LLC_CLOSING))
    # the date row above the first paragraph of prose is not read as the article
    assert lines == [*_LLC_OPENING, *_LLC_CLOSING]
    assert put_back == 4


def test_a_lone_paragraph_above_the_first_kept_block_is_not_put_back() -> None:
    page = _llc_page("").replace(f"<p>{_LLC_OPENING[1]}</p>", "")
    tree = parse_html(page, source="page")
    block = _div(tree, "builder-text")
    assert recover_blocks(block, list(_LLC_CLOSING)) == (_LLC_CLOSING, 0)


# --- the date and reading time above the body --------------------------------------------------


def test_the_date_and_reading_time_above_the_body_go_to_the_metadata() -> None:
    # the pattern of real WCXB dev pages (blog builders): the post's meta row, printed as a
    # list above the body (author, date, reading time), comes out as the first lines
    body = "".join(f"<p>{p}</p>" for p in _PRINCIPLES_POST)
    for meta, published in (
        ("<ul class='post-meta'><li>Sep 26, 2022</li><li>2 min read</li></ul>", "2022-09-26"),
        ("<p class='post-meta'>October 16, 2020 · 8 min read</p>", "2020-10-16"),
    ):
        page = (
            "<html><head><title>Accounting principles</title></head><body><article>"
            f"<h1>Accounting principles</h1>{meta}{body}</article></body></html>"
        )
        r = clean_html(page)
        assert r.text.split("\n") == _PRINCIPLES_POST
        assert r.metadata.get("published") == published
    # a date in the body (a timeline entry) is the article's own
    page = (
        "<html><head><title>Accounting principles</title></head><body><article>"
        f"<h1>Accounting principles</h1>{body}<p>Sep 26, 2022</p>{body}</article></body></html>"
    )
    assert "Sep 26, 2022" in clean_html(page).text.split("\n")


def test_a_list_kept_in_part_places_the_subheading_after_it() -> None:
    # the extractor kept three of the four items of a guide's list and dropped the step
    # heading after it: the heading goes after the list's last kept item, not above the list
    items = [f"- {a} {b}" for a, b in _PRINCIPLES]
    steps = f"{_principles_list()}<h3>Step 2: Review the books every month</h3>"
    tree = parse_html(_rich_text_page(steps), source="page")
    block = next(el for el in tree.iter("span") if el.get("id") == "hs_cos_wrapper_module_1")
    kept = [*_PRINCIPLES_POST[:2], "Here is a general list of the principles:", *items[1:]]
    lines, put_back = recover_blocks(block, [*kept, _PRINCIPLES_POST[2]])
    assert lines == [*kept, "Step 2: Review the books every month", _PRINCIPLES_POST[2]]
    assert put_back == 1


# --- embedded posts quoted in the article -------------------------------------------------------

_SLOGAN_POST = [
    "Enter South Dakota to throw down the gauntlet. The state’s new slogan for an anti-drug "
    "campaign drew a South Dakota-sized share of attention on social media Monday.",
    "Yes, that’s it. No joke. The governor of South Dakota would like us to know that her state "
    "is on meth. You know, like solving the problem. On it!",
    "And if you haven’t yet noticed what might be wrong, a whole lot of people on Twitter "
    "pointed it out.",
    "So many people were talking about South Dakota’s odd new slogan that the state and “We’re "
    "On It” became top Twitter trends.",
    "According to a report in the Argus Leader of Sioux Falls, Gov. Kristi Noem launched the "
    "campaign on Monday in an effort to address the state’s meth crisis.",
]
_TWEET = (
    "Yes this is real and yes the state spent nearly half a million dollars on it: "
    "https://t.co/Nc0nKoXGBP"
)
_TWEETED_BY = "— Dianna E. Anderson (@diannaeanderson) November 18, 2019"


def _embedded_post_page(wrapper: str) -> str:
    # the pattern of a real AEB dev page (a news site): the platform's own markup of an embedded
    # post, in a box named after it, between two paragraphs of the story
    first, second, third, fourth, fifth = (f"<p>{p}</p>" for p in _SLOGAN_POST)
    tweet = (
        f"<div class='{wrapper}'><blockquote class='twitter-tweet'><p lang='en' dir='ltr'>"
        "Yes this is real and yes the state spent nearly half a million dollars on it: "
        "<a href='https://t.co/Nc0nKoXGBP'>https://t.co/Nc0nKoXGBP</a></p>"
        "— Dianna E. Anderson (@diannaeanderson) "
        "<a href='https://twitter.com/diannaeanderson/status/1196501054197649413'>"
        "November 18, 2019</a></blockquote></div>"
    )
    return (
        "<html><head><title>South Dakota: Meth. We’re on it.</title></head><body>"
        "<div class='article__story'><div class='entry-content'>"
        f"{first}{second}{third}{tweet}{fourth}{fifth}</div></div></body></html>"
    )


@pytest.mark.parametrize("wrapper", ["social-media-embed", "embed-container"])
def test_an_embedded_post_between_paragraphs_is_put_back_in_place(wrapper: str) -> None:
    page = _embedded_post_page(wrapper)
    # the premise: the extractor keeps the paragraphs around the post and drops the post
    extracted = trafilatura.extract(page) or ""
    assert _SLOGAN_POST[3] in extracted and "half a million" not in extracted
    assert clean_html(page).text.split("\n") == [
        *_SLOGAN_POST[:3],
        _TWEET,
        _TWEETED_BY,
        *_SLOGAN_POST[3:],
    ]


# lines of a real WCXB dev page (an article with experts' quotes): a pull quote is a figure
# holding the quote and, in its caption, who said it, between two paragraphs of the text
_SEO_POST = [
    "The search landscape has changed more over the last 12 months than it has since the "
    "inception of search engines.",
    "To emphasize Pat’s point: No, SEO isn’t dead, but it is evolving rapidly, and it will never "
    "be the same.",
]
_SEO_QUOTE = "SEO isn’t dead, it’s just different."
_SEO_QUOTED = "Patrick Reinhart, VP, Services and Thought Leadership, Conductor"


def _pull_quote_page(caption: str) -> str:
    figure = (
        "<figure class='Quote_component'><div class='Quote_image'><picture>"
        "<img src='/headshot.png' alt=''></picture></div><div class='Quote_content'>"
        f"<blockquote class='Quote_blockquote'><p>{_SEO_QUOTE}</p></blockquote>{caption}"
        "</div></figure>"
    )
    return (
        "<html><body><article><div class='article-body'>"
        f"<p>{_SEO_POST[0]}</p>{figure}<p>{_SEO_POST[1]}</p></div></article></body></html>"
    )


def test_a_pull_quote_and_its_attribution_are_put_back_in_place() -> None:
    caption = (
        "<figcaption><strong>Patrick Reinhart, </strong><span>VP, Services and Thought "
        "Leadership, </span><span><a href='/'>Conductor</a></span></figcaption>"
    )
    tree = parse_html(_pull_quote_page(caption), source="page")
    block = _div(tree, "article-body")
    lines, put_back = recover_blocks(block, list(_SEO_POST))
    assert lines == [_SEO_POST[0], _SEO_QUOTE, _SEO_QUOTED, _SEO_POST[1]]
    assert put_back == 1


def test_a_quote_in_a_figure_without_a_caption_is_not_put_back() -> None:
    # (a figure of an embedded post or a picture, not a quote and who said it)
    tree = parse_html(_pull_quote_page(""), source="page")
    block = _div(tree, "article-body")
    assert recover_blocks(block, list(_SEO_POST)) == (_SEO_POST, 0)


# lines of a real AEB dev page (a round-up of reviews): each review is quoted, and the line
# under the quote names where it was published, a link in brackets; the extractor keeps the
# quotes and drops the names that end in a line break
_REVIEWS = [
    "Stadia, Google's streaming gaming platform, launches today. Is the service the first step "
    "towards the future of gaming, or will Stadia fall flat on its face? Here's what the early "
    "reviews say:",
    "Stadia isn't a console. It's a platform for streaming games from the cloud. You can play "
    "Stadia titles on a TV, on a computer or on a smartphone.",
    "Stadia Is Essentially A Beta Version Until 2020, But The Price Tag Isn't Cheap",
    "Come November 19, those who anted up $129 for the Google Stadia Founder's Edition will "
    "receive a Stadia controller, a 4K-ready Chromecast Ultra, and three months of Stadia Pro.",
]


def _reviews_page(source: str) -> str:
    return (
        "<html><body><div class='content'>"
        f"<p>{_REVIEWS[0]}</p>"
        f"<blockquote class='wp-block-quote'><p>{_REVIEWS[1]}</p></blockquote>"
        f"<p>{source}</p>"
        f"<h4><br><strong>{_REVIEWS[2]}</strong></h4>"
        f"<blockquote class='wp-block-quote'><p>{_REVIEWS[3]}</p></blockquote>"
        "</div></body></html>"
    )


def test_the_source_named_under_a_kept_quote_is_put_back_in_place() -> None:
    source = (
        "<strong>[</strong><a href='https://www.tomsguide.com/reviews/google-stadia'>"
        "<strong>Tom's Guide</strong></a><strong>]</strong><br>"
    )
    tree = parse_html(_reviews_page(source), source="page")
    block = _div(tree, "content")
    lines, put_back = recover_blocks(block, list(_REVIEWS))
    assert lines == [*_REVIEWS[:2], "[ Tom's Guide ]", *_REVIEWS[2:]]
    assert put_back == 1


def test_a_call_to_action_under_a_kept_quote_stays_out() -> None:
    # (a WCXB dev page's form: "Learn more." under a summary set as a quote ends as a sentence)
    source = "<a href='/en/whats-in-food/article/do-carbohydrates'>Learn more.</a>"
    tree = parse_html(_reviews_page(source), source="page")
    block = _div(tree, "content")
    assert recover_blocks(block, list(_REVIEWS)) == (_REVIEWS, 0)


def test_the_source_under_a_quote_the_extractor_dropped_stays_out() -> None:
    # the quote itself goes back (a quote between kept blocks), the short line under it does not
    source = "<strong>[</strong><a href='https://www.engadget.com/'>Engadget</a><strong>]</strong>"
    tree = parse_html(_reviews_page(source), source="page")
    block = _div(tree, "content")
    kept = [_REVIEWS[0], *_REVIEWS[2:]]
    assert recover_blocks(block, kept) == (_REVIEWS, 1)


# lines of a real AEB dev page (a business column): a pull quote in a box of the body, who said
# it in a <div> of the box under the quote; the extractor keeps the quote, not the name
_MERGER = [
    "One would hope so, since the news business could use an injection of optimism these days.",
    "Since 2008, there hasn’t been a single year of revenue gain in the newspaper industry as a "
    "whole.",
    "But there may be just as much reason for doubt. The economic environment of local news "
    "continues to become more dismal as print advertising disappears.",
]


def test_who_said_a_kept_pull_quote_is_put_back_under_it() -> None:
    page = (
        "<html><body><div class='RichTextArticleBody-body'>"
        f"<p>{_MERGER[0]}</p><div class='Enhancement'><div class='Quote'>"
        f"<blockquote>{_MERGER[1]}</blockquote>"
        "<div class='Quote-attribution'>News industry analyst Ken Doctor</div></div></div>"
        f"<p>{_MERGER[2]}</p></div></body></html>"
    )
    tree = parse_html(page, source="page")
    block = _div(tree, "RichTextArticleBody-body")
    lines, put_back = recover_blocks(block, list(_MERGER))
    assert lines == [*_MERGER[:2], "News industry analyst Ken Doctor", _MERGER[2]]
    assert put_back == 1


# lines of a real AEB dev page (a report on a study): the paper's reference closes the article in
# a box of its own after a box of links, after the last paragraph the extractor kept
_HIBERNATION = [
    "Most major medical centers have protocols for inducing hypothermia in patients to reduce "
    "their metabolism to basically gain time.",
    '"We aim to build on this in future, by researching the brain pathways that are activated '
    'or blocked during initiation of hibernation, starting with animals and proceeding to people."',
]
_HIBERNATION_PAPER = (
    "More information: G. Petit et al. Hibernation and Torpor: Prospects for Human Spaceflight, "
    "Handbook of Life Support Systems for Spacecraft and Extraterrestrial Habitats (2018). "
    "DOI: 10.1007/978-3-319-09575-2_199-1"
)


def _study_page(reference: str) -> str:
    return (
        "<html><body><article><div class='mt-4 article-main'>"
        f"<p>{_HIBERNATION[0]}</p><p>{_HIBERNATION[1]}</p><hr>"
        "<div class='article-main__explore'><div><p>Explore further</p></div>"
        "<a href='/news/2019-10-unravelling-neural-network-torpor.html'>Unravelling the neural "
        "network of torpor</a></div><hr>"
        f"<div class='article-main__more p-4'>{reference}</div>"
        "<div class='d-inline-block'>Provided by <a href='/partners/esa/'>European Space "
        "Agency</a></div></div></article></body></html>"
    )


def test_the_papers_reference_after_the_last_kept_paragraph_is_put_back() -> None:
    reference = (
        "<strong>More information:</strong> G. Petit et al. Hibernation and Torpor: Prospects "
        "for Human Spaceflight, <i>Handbook of Life Support Systems for Spacecraft and "
        "Extraterrestrial Habitats</i> (2018). <a data-doi='1' "
        "href='http://dx.doi.org/10.1007/978-3-319-09575-2_199-1'>DOI: "
        "10.1007/978-3-319-09575-2_199-1</a>"
    )
    tree = parse_html(_study_page(reference), source="page")
    block = _div(tree, "mt-4 article-main")
    lines, put_back = recover_blocks(block, list(_HIBERNATION))
    assert lines == [*_HIBERNATION, _HIBERNATION_PAPER]
    assert put_back == 1


def test_a_box_after_the_last_kept_paragraph_without_a_doi_stays_out() -> None:
    # (the same box holding a call to follow the site: prose length, no paper cited)
    reference = (
        "Follow us on social media and sign up for our newsletter to get the week's science "
        "news in your inbox every Friday, free of charge."
    )
    tree = parse_html(_study_page(reference), source="page")
    block = _div(tree, "mt-4 article-main")
    assert recover_blocks(block, list(_HIBERNATION)) == (_HIBERNATION, 0)


def test_a_share_bar_is_pruned_though_it_holds_a_short_quote() -> None:
    # the quote of a share bar ("Tweet this") is a small part of its text: the bar is chrome
    bar = (
        "<div class='social-share'><blockquote>On it.</blockquote><a href='/s/tw'>Share on "
        "Twitter</a> <a href='/s/fb'>Share on Facebook</a> <a href='/s/mail'>Email</a></div>"
    )
    page = _embedded_post_page("embed").replace("<div class='embed'>", bar + "<div class='x'>")
    tree = parse_html(page, source="page")
    pruned = prune_chrome(tree)
    assert [reason for reason, _ in pruned.removed] == ["class:share"]
    assert "Share on" not in clean_html(page).text


# --- hover cards inside paragraphs ---------------------------------------------------------------

_GUILTY_POST = [
    "The man, Patrick Carlineo, admitted in court on Monday that he had called the congresswoman's "
    "office in March and threatened to kill her, according to federal prosecutors.",
    "He faces up to ten years in prison and a fine of up to $250,000 when he is sentenced in "
    "February, the Justice Department said in a statement after the hearing.",
]


def _hover_card_page() -> str:
    # the pattern of a real AEB dev page (a news site): each politician's name in the text
    # carries a card (photo, name, latest stories) that a style sheet shows on hover only
    card = (
        "<span class='rollover-people'><a class='rollover-people-link' href='/people/ilhan-omar'>"
        "Ilhan Omar</a><span class='rollover-people-block'><span class='rollover-block'><span>"
        "<img src='/files/omar.jpg' alt=''><a class='name' href='/people/ilhan-omar'>Ilhan Omar"
        "</a><a class='people-articles' href='/policy/471175'>Hillicon Valley: Progressives oppose"
        " funding bill over surveillance authority</a> <a class='people-articles' "
        "href='/policy/471161'>Progressives oppose stopgap funding measure</a></span></span>"
        "</span></span>"
    )
    return (
        "<html><head><title>New York man pleads guilty to threatening to kill Omar</title></head>"
        "<body><article><div class='field-item'>"
        f"<p>A New York man pleaded guilty to charges he threatened to kill Rep. {card} (D-Minn.), "
        "calling her a terrorist in a call to her Washington office.</p>"
        + "".join(f"<p>{p}</p>" for p in _GUILTY_POST)
        + "</div></article></body></html>"
    )


def test_a_hover_card_inside_a_paragraph_is_taken_out_and_the_name_stays() -> None:
    page = _hover_card_page()
    # the premise: the extractor prints the card in the middle of the sentence
    assert "Ilhan OmarIlhan Omar" in (trafilatura.extract(page) or "")
    assert clean_html(page).text.split("\n") == [
        "A New York man pleaded guilty to charges he threatened to kill Rep. Ilhan Omar "
        "(D-Minn.), calling her a terrorist in a call to her Washington office.",
        *_GUILTY_POST,
    ]
    assert extract_html(page).pruned["hover_card"] == 1


def test_links_and_images_of_the_text_are_not_hover_cards() -> None:
    # an image in a link beside the text, and a span of two links with text of its own, stay
    page = _hover_card_page().replace(
        "<p>" + _GUILTY_POST[0],
        "<p><span><a href='/people/carlineo'><img src='/c.jpg' alt=''>Patrick Carlineo</a>, "
        "of Addison, and <a href='/courts'>the court</a></span> agreed. " + _GUILTY_POST[0],
    )
    text = clean_html(page).text
    assert "Patrick Carlineo, of Addison, and the court agreed." in text
    assert extract_html(page).pruned["hover_card"] == 1


# --- captions and escaped markup printed as paragraphs -------------------------------------------

_TITAN_POST = [
    "The moon's surface is dominated by plains and dunes of organic material, with lakes of "
    "liquid methane near its poles, according to the first map of its whole surface.",
    "Organic materials can, we think, penetrate down to the liquid water ocean and this can "
    "provide nutrients necessary for life, if it evolved there, added Lopes.",
    "On Earth, water rains down from clouds and fills rivers, lakes and oceans. On Titan, "
    "methane and ethane do the same, in a cycle that takes a Saturn year.",
]


@pytest.mark.parametrize(
    "odd",
    [
        # the pattern of real AEB dev pages: an image and its caption inside one paragraph
        "<p><span class='wf_caption'><a href='/pia23174'><img src='/titan.jpg' alt=''></a>"
        "<span>The first global geologic map of Titan. (<a href='/pia23174'>NASA/JPL-Caltech"
        "/ASU</a>)</span></span></p>",
        # ... and an editor's bookmark tag, escaped into the page as the text of a paragraph
        '<p>&lt;span data-mce-type="bookmark" style="display: inline-block; width: 0px;" '
        'class="mce_SELRES_start"&gt;&lt;/span&gt;</p>',
    ],
)
def test_a_caption_or_escaped_markup_between_kept_paragraphs_is_not_put_back(odd: str) -> None:
    first, second, third = (f"<p>{p}</p>" for p in _TITAN_POST)
    page = f"<html><body><div class='article-body'>{first}{second}{odd}{third}</div></body></html>"
    tree = parse_html(page, source="page")
    block = _div(tree, "article-body")
    assert recover_blocks(block, _TITAN_POST) == (_TITAN_POST, 0)


_SEO_POST = [
    "The search landscape has changed more over the last 12 months than it has since the "
    "inception of search engines, and the old metrics no longer tell the whole story.",
    "What matters now is creating sustainable, adaptable systems rather than relying on "
    "individual tactics or team members.",
]


def _glossary_page(term: str) -> str:
    # the pattern of a real WCXB dev page (a marketing blog): a glossary term in the text with
    # its definition in a tooltip the page shows on hover
    return (
        "<html><head><title>SEO predictions</title></head><body><article><div class='body'>"
        f"<p>{_SEO_POST[0]}</p><p>What is changing are the metrics search experts relied on. "
        f"Organic traffic numbers and {term} rankings are now directional indicators.</p>"
        f"<p>{_SEO_POST[1]}</p></div></article></body></html>"
    )


@pytest.mark.parametrize(
    "term",
    [
        "<span class='Term_component__tB36_'><dfn aria-labelledby='term-tooltip-1' "
        "class='Term_term__m2QVf'>keyword</dfn><span class='Term_tooltip__8VNIW' "
        "id='term-tooltip-1'><span class='Term_tooltipBubble__muCRN'><strong>Keyword</strong>"
        "<br>A keyword is what users write into a search engine when they want to find "
        "something specific.<br><a href='/glossary/keyword/'>Learn more</a></span></span></span>",
        "<span class='tooltip'>keyword<span class='tooltiptext'>A keyword is what users write "
        "into a search engine when they want to find something specific.</span></span>",
        "<span>keyword</span><span role='tooltip'>A keyword is what users write into a search "
        "engine when they want to find something specific.</span>",
    ],
)
def test_a_glossary_tooltip_inside_a_paragraph_is_taken_out_and_the_term_stays(term: str) -> None:
    page = _glossary_page(term)
    # the premise: the extractor prints the definition in the middle of the sentence
    assert "what users write" in (trafilatura.extract(page) or "")
    assert clean_html(page).text.split("\n") == [
        _SEO_POST[0],
        "What is changing are the metrics search experts relied on. Organic traffic numbers and "
        "keyword rankings are now directional indicators.",
        _SEO_POST[1],
    ]


# --- hover cards outside paragraphs: the author's card in the byline ---------------------------

_BUDGET_POST = [
    "A budget is a plan for every dollar you earn: it lists what comes in each month and sets "
    "a limit for what goes out, so that spending follows the goals you choose in advance.",
    "Start with your income after taxes, then write down fixed costs such as rent, insurance "
    "and loan payments, which change little from one month to the next.",
    "Variable costs come next: groceries, fuel and entertainment. Track them for a month or two "
    "before you set their limits, since most people underestimate what they spend.",
]
_AUTHOR_BIO = (
    "Jane Roe is a writer specializing in household finance, saving and credit. She holds a "
    "master's degree in economics from the University of Mississippi."
)


def _author_card_page(card_class: str) -> str:
    # the pattern of two WCXB dev pages of one publisher (a finance guide, a gardening guide):
    # the byline's author name carries a card (photo, name, job title, bio, a link to the
    # editorial policy) that the page's style sheet shows on hover only
    return (
        "<html><head><title>How to make a budget</title></head><body><div>"
        "<h1>How to make a budget</h1><div class='bylines'><div class='bylines__item'>"
        "<span>By</span> <div tabindex='0'><a href='/jane-roe'>Jane Roe</a>"
        f"<div class='{card_class}'><div class='card__top'><img alt='Jane Roe' src='/j.jpg'>"
        "<div class='card__name'><a href='/jane-roe'>Jane Roe</a></div>"
        f"<span class='card__job-title'>Writer</span><div class='card__bio'>{_AUTHOR_BIO}</div>"
        "</div><div class='card__bottom'><span>Learn about our </span>"
        "<a href='/about'>editorial process</a></div></div></div>"
        "<div class='bylines__date'>Updated November 19, 2021</div></div></div>"
        + "".join(f"<span>{p}</span><br>" for p in _BUDGET_POST)
        + "</div></body></html>"
    )


@pytest.mark.parametrize(
    "card_class", ["comp author-tooltip mntl-tooltip", "author-hovercard", "byline-popover"]
)
def test_an_author_card_shown_on_hover_in_the_byline_is_taken_out(card_class: str) -> None:
    page = _author_card_page(card_class)
    # the premise: the extractor prints the card's bio with the article
    assert "writer specializing" in (trafilatura.extract(page) or "")
    tree = parse_html(page, source="t")
    removed = prune_chrome(tree).removed
    assert len(removed) == 1 and removed[0][1] == "div"
    # (the spans of the body are one line of the extractor's text, as on those pages)
    assert clean_html(page).text == " ".join(_BUDGET_POST)


def _assert_wrapper_of_the_article_stays(class_name: str, heading: str, prose: list[str]) -> None:
    """A chrome-named ``<div>`` that holds the article (a heading, then ``prose`` a paragraph a
    line) is kept by the prose guard, and the article is the page's text."""
    page = (
        f"<html><body><div class='{class_name}'><h1>{heading}</h1>"
        + "".join(f"<p>{p}</p>" for p in prose)
        + "</div></body></html>"
    )
    tree = parse_html(page, source="t")
    pruned = prune_chrome(tree)
    assert pruned.removed == [] and pruned.kept_guarded == 1
    assert clean_html(page).text.split("\n") == prose


def test_a_tooltip_named_wrapper_of_the_article_stays() -> None:
    # a box named for tooltips that holds the article's prose is not a card: the guard keeps it
    _assert_wrapper_of_the_article_stays("tooltip-ready", "Council votes", _PROSE)


# --- an article's whole text printed as one line by the extractor's last resort ----------------


def _open_button_page(byline: str = "<div class='byline'>By Jane Roe</div>") -> str:
    # the pattern of two WCXB dev pages of one publisher (a finance guide, a gardening guide):
    # the header's menu button is left open, the parser nests the whole page in it, and
    # trafilatura, which drops buttons, finds nothing but its last resort: the text of the
    # page's <article> in one piece
    return (
        "<html><head><title>How to make a budget</title></head><body>"
        "<header class='site-header'><a href='/'>Home</a><button class='menu-button'>"
        f"<span>Menu</span><main><article><h1>How to make a budget</h1>{byline}"
        "<div class='byline-date'>Updated November 19, 2021</div><div class='article-content'>"
        + "".join(f"<p>{p}</p>" for p in _BUDGET_POST)
        + "</div></article></main></button></header></body></html>"
    )


def test_an_article_printed_as_one_line_is_laid_out_a_block_a_line() -> None:
    page = _open_button_page()
    # the premise: the extractor prints the headline, byline, date and body as one line
    assert len((trafilatura.extract(page) or "x\nx").splitlines()) == 1
    # the byline and the date are lines of their own now: the date is a stamp, which the HTML
    # stage takes out, and the chrome stage drops the byline
    assert extract_html(page).lines == ["By Jane Roe", *_BUDGET_POST]
    assert clean_html(page).text.split("\n") == _BUDGET_POST


def test_one_line_that_is_not_the_whole_article_stays_as_it_is() -> None:
    # a one-paragraph article the extractor finds by itself, without the link row above it in
    # the <article>: a line of the element, not all of its text
    paragraph = " ".join(_BUDGET_POST)
    page = (
        "<html><head><title>How to make a budget</title></head><body>"
        "<h1>How to make a budget</h1><article><nav><a href='/a'>Previous story</a></nav>"
        f"<p>{paragraph}</p></article></body></html>"
    )
    assert (trafilatura.extract(page) or "") == paragraph  # the premise: one line
    assert extract_html(page).lines == [paragraph]


# --- links after the article: a subscription call, other stories' headlines --------------------

_REUNION = [
    "The Doobie Brothers will look to ride a potential Rock and Roll Hall of Fame induction into "
    "a 50th anniversary tour in 2020, and the band will do it with singer Michael McDonald.",
    "Rolling Stone reported details of the reunion tour that stops at Blossom Music Center on "
    "July 22. Tickets for the anniversary tour go on sale at 10 a.m. Friday, Dec. 6.",
    "The band unveiled its plans towards the close of its Monday night performance in Nashville, "
    "bringing out McDonald during an encore to perform a song of his.",
    "The Doobie Brothers are nominated for the Rock and Roll Hall of Fame's Class of 2020, which "
    "will be honored at Cleveland's Public Auditorium on May 2.",
]
_MORE_STORIES = [
    "Who will make the Rock Hall in 2020?",
    "Dave Matthews Band takes over Rock Hall Fan Vote",
    "Doobie Brothers perform with Santana at Blossom Music Center in 2019",
]


def _story_with_links(after: str) -> str:
    # the pattern of two AEB dev pages: the story's paragraphs, then, in the same parent, a
    # heading paragraph and paragraphs that are each one link to another story (or a linked
    # subscription call in a heading, with a "Comments" label under it)
    paragraphs = "".join(f"<p>{p}</p>" for p in _REUNION)
    return (
        "<html><head><title>Doobie Brothers to reunite with Michael McDonald</title></head><body>"
        f"<div class='article'><h1>Doobie Brothers to reunite with Michael McDonald</h1>"
        f"{paragraphs}{after}</div></body></html>"
    )


def test_other_stories_linked_under_the_article_are_taken_off() -> None:
    links = "".join(
        f"<p><a href='/story/{n}.html'>{t}</a></p>" for n, t in enumerate(_MORE_STORIES)
    )
    page = _story_with_links(f"<p>You may also like...</p>{links}")
    # the premise: trafilatura keeps the links as the end of the article
    assert _MORE_STORIES[-1] in (trafilatura.extract(page) or "")
    r = clean_html(page)
    assert r.text.split("\n") == _REUNION
    assert extract_html(page).pruned == {"link_tail": 1 + len(_MORE_STORIES)}


def test_a_linked_call_to_subscribe_and_its_label_are_taken_off() -> None:
    call = "Click here to subscribe to The Paradigm Newsletter"
    page = _story_with_links(
        f"<p><a href='http://eepurl.com/x'><b>{call}</b></a></p><p>Comments</p>"
    )
    assert call in (trafilatura.extract(page) or "")
    assert clean_html(page).text.split("\n") == _REUNION


def test_links_inside_the_text_or_a_page_of_links_are_kept() -> None:
    # a linked line followed by prose is the article's; so is the list of a page that is mostly
    # links (the lines before the run hold less than half of the text)
    linked = f"<p><a href='/story/0.html'>{_MORE_STORIES[0]}</a></p>"
    after = "The band last toured with McDonald in 1995, and his voice is on the records fans know."
    page = _story_with_links(f"{linked}<p>{after}</p>")
    assert extract_html(page).lines[-2:] == [_MORE_STORIES[0], after]
    many = "".join(
        f"<li><a href='/s/{n}'>{t} ({n})</a></li>" for n in range(30) for t in _MORE_STORIES
    )
    lines = [_REUNION[0], *(f"- {t} ({n})" for n in range(30) for t in _MORE_STORIES)]
    tree = parse_html(f"<html><body><p>{_REUNION[0]}</p><ul>{many}</ul></body></html>", source="t")
    assert trim_link_tail(tree, lines) == (lines, 0)
    # the same lines, the links' text written as plain text: nothing is a link
    plain = parse_html(f"<html><body><p>{' '.join(lines)}</p></body></html>", source="t")
    assert trim_link_tail(plain, [_REUNION[0], *lines[1:4]]) == ([_REUNION[0], *lines[1:4]], 0)


# --- the date row above the body ---------------------------------------------------------------

_BREAK_IN = [
    "A equipe do Serviço de Atendimento Domiciliar, do bairro Amizade, registrou nesta manhã o "
    "arrombamento de dois dos cinco automóveis da unidade.",
    "Os veículos estavam sem as respectivas baterias e com marcas de depredação. Foi feito "
    "boletim de ocorrência e a polícia foi até o local para verificar os danos nos veículos.",
    "Os pacientes agendados para o período da manhã desta sexta-feira estão sendo reagendados. A "
    "Secretaria de Saúde prevê que o atendimento estará normalizado a partir da tarde de hoje.",
]


def _dated_story(row: str, paragraphs: list[str] = _BREAK_IN) -> str:
    # the pattern of AEB dev pages in Portuguese, Korean and English: the headline, then in the
    # story's column a row with the date (a time, the author, the section), then the story
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        "<html><head><title>Serviço registra arrombamento em dois veículos</title></head><body>"
        "<div class='noticia'><h1>Serviço registra arrombamento em dois veículos</h1>"
        f"<div class='texto'><p><small>{row}</small></p>{body}</div></div></body></html>"
    )


@pytest.mark.parametrize(
    "row",
    [
        "05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde",
        "sexta-feira, 22 de outubro de 2010 às 20:13",
        "기사입력 :[ 2018-09-28 17:32 ]",
        "5:45 AM PST 11/19/2019 by Patrick Shanley",
    ],
)
def test_the_date_row_above_the_body_is_taken_out(row: str) -> None:
    page = _dated_story(row)
    # the premise: trafilatura keeps the row as the first line of the article
    assert (trafilatura.extract(page) or "").startswith(row)
    ex = extract_html(page)
    assert ex.lines == _BREAK_IN
    assert ex.pruned == {"date_row": 1}


def test_a_paragraph_or_a_timeline_with_dates_stays() -> None:
    # a short opening sentence that gives a date, and a date with a time further down the body
    opening = "On 05/10/2018 the unit reported a break-in."
    timeline = "22 de outubro de 2010 às 20:13"
    lines = [opening, *_BREAK_IN[:2], timeline, _BREAK_IN[2]]
    assert extract_html(_dated_story("Notícias", lines)).lines == ["Notícias", *lines]


# --- footer words in the article's own element --------------------------------------------------

_EEE = [
    "Michigan health officials say a sixth person has died from Eastern equine encephalitis, a "
    "rare mosquito-borne virus that has infected ten people in the state this year.",
    "The Michigan Department of Health and Human Services said Tuesday the latest fatality was "
    "a resident of Van Buren County in the southwestern part of the state.",
    "Officials say the risk of infection continues until there is a hard freeze that kills the "
    "mosquitoes, and residents should keep using insect repellent outdoors.",
]
_AP_NOTICE = (
    "© 2019 Associated Press. All Rights Reserved. This material may not be published, "
    "broadcast, rewritten, or redistributed."
)
_SITE_NOTICE = "Copyright © 2019 CBS Local Media. All rights reserved."


def _wire_story(last: str, outside: str = "") -> str:
    # the pattern of an AEB dev page (a wire story on a local station's site): the story's
    # paragraphs in the post's element end with the agency's notice, which the gold keeps
    body = "".join(f"<p>{p}</p>" for p in [*_EEE, last])
    return (
        "<html><head><title>Michigan reports 6th death from EEE</title></head><body>"
        "<div class='content'><h1>Michigan reports 6th death from EEE</h1>"
        f"<div class='entry-content'>{body}</div>{outside}</div></body></html>"
    )


def test_a_notice_ending_the_article_element_is_kept() -> None:
    page = _wire_story(_AP_NOTICE)
    # the premise: trafilatura keeps the notice as the last line
    assert (trafilatura.extract(page) or "").endswith(_AP_NOTICE)
    r = clean_html(page)
    assert r.text.split("\n") == [*_EEE, _AP_NOTICE]


def test_a_list_item_of_the_body_that_starts_with_a_footer_word_is_kept() -> None:
    # the pattern of WCXB dev pages: a list of the body whose item names a channel ("Email
    # Marketing: ...", "Accessibility: ...")
    item = "Email Marketing: Implement targeted campaigns with pre-event and follow-up messages."
    page = _wire_story(
        "Organisers plan outreach on several channels:</p><ul><li>Social media: daily posts "
        f"with the county's updates.</li><li>{item}</li></ul><p>{_EEE[0]}"
    )
    assert f"- {item}" in clean_html(page).text.split("\n")


def test_a_notice_outside_the_article_element_is_still_dropped() -> None:
    # lines that are not text of the article's element keep their footer verdict
    lines = [*_EEE, _SITE_NOTICE, _EEE[0]]
    for in_article in (None, _EEE.__contains__):
        c = classify_lines(lines, from_html=True, in_article=in_article)
        assert [v.category for v in c.verdicts] == ["article"] * 3 + ["footer", "article"]
    c = classify_lines(lines, from_html=True, in_article=lambda line: True)
    assert [v.category for v in c.verdicts] == ["article"] * 5


_MAPPING = [
    "Robot vacuums use different technology and sensors to navigate your home. Generally, the "
    "more advanced the sensors, the more efficient the cleaning path the robot can take.",
    "In a robot vacuum, mapping works by scanning the environment with cameras and sensors, "
    "then building a floor plan that the robot uses to plan its route room by room.",
    "Once the map is saved, you can mark no-go zones in the app and send the robot to clean a "
    "single room, which saves battery and time on busy days.",
    "Lidar models spin a laser on top of the robot to measure the distance to walls and "
    "furniture many times a second, so they map a dark room as well as a bright one.",
    "Camera models read landmarks such as door frames and lamps instead, which works well in "
    "daylight but makes them slower to find their way when the lights are off.",
]


def test_a_subheading_of_the_body_that_repeats_the_title_is_kept() -> None:
    # the pattern of WCXB dev pages: a guide whose page title is also one of the body's
    # subheadings, between its paragraphs (the gold keeps it)
    title = "How Does Robot Vacuum Mapping Work"
    page = (
        f"<html><head><title>{title}</title></head><body><h1>Robot vacuum mapping explained</h1>"
        "<div class='post-body'>"
        + "".join(f"<p>{p}</p>" for p in _MAPPING[:4])
        + f"<h2>{title}</h2><p>{_MAPPING[4]}</p></div></body></html>"
    )
    assert title in (trafilatura.extract(page) or "")  # the premise: the extractor keeps it
    r = clean_html(page)
    assert r.title == title
    assert r.text.split("\n") == [*_MAPPING[:4], title, _MAPPING[4]]


def test_a_copy_of_the_headline_outside_the_article_element_is_still_dropped() -> None:
    title = "How Does Robot Vacuum Mapping Work"
    lines = [*_MAPPING[:4], title, _MAPPING[4]]
    for in_article in (None, _MAPPING.__contains__):
        c = classify_lines(lines, title=title, from_html=True, in_article=in_article)
        assert [v.category for v in c.verdicts] == ["article"] * 4 + ["headline", "article"]
    c = classify_lines(lines, title=title, from_html=True, in_article=lambda line: True)
    assert [v.category for v in c.verdicts] == ["article"] * 6


# --- shortcodes and placeholders printed as text ------------------------------------------------

_KIT_REVIEW = [
    "As I write this review, listening to the soundtrack and flicking through the book again, the "
    "idea of pairing a photo book of classic bikes with an album of riding songs makes sense.",
    "There are some stunning photos in the book, but it is disappointing to find a few "
    "low-resolution images spoiling the quality impression, as well as some clumsy translations.",
    "This isn't a book for fact-fiends, and being bilingual, half the space is taken up by the "
    "German version of the text, but it is full of iconic bikes, people and places.",
    "Pricing for the book and album bundle starts at 39 euros, and it ships across Europe from "
    "the publisher's own shop within a week of ordering.",
]


def _assert_dropped(page: str, printed: list[str], kept: list[str], rule: str) -> None:
    """The extractor prints each line of ``printed`` (the premise); the HTML stage's lines are
    ``kept``, and the rule ``rule`` took each of ``printed`` out."""
    assert all(x in (trafilatura.extract(page) or "").split("\n") for x in printed)
    r = extract_html(page)
    assert r.lines == kept
    assert r.pruned[rule] == len(printed)


def _shortcode_page(codes: list[str]) -> str:
    # a review whose CMS plugin is gone: its widgets print as code between the paragraphs (the
    # pattern of an AEB dev page, "[button link=... type=...] Send us YOUR kit review[/button]",
    # and of a WCXB dev page, "[CTA_MODULE]" between sections)
    body = "".join(f"<p>{p}</p><p>{c}</p>" for p, c in zip(_KIT_REVIEW, codes, strict=False))
    body += "".join(f"<p>{p}</p>" for p in _KIT_REVIEW[len(codes) :])
    return (
        "<html><head><title>Bike and Style book review</title></head><body>"
        f"<h1>Bike and Style book review</h1><article><div class='entry'>{body}</div></article>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    "codes",
    [
        [
            "[button link=\u201dhttp://www.example.co.uk/submit-kit-review/\u201d"
            " type=\u201dbig\u201d newwindow=\u201dyes\u201d] Send us YOUR kit review[/button]",
            "[CTA_MODULE]",
            '[gallery ids="7913,7912,7911" columns="3"]',
        ],
        # the pattern of another WCXB dev page: a site builder's rich text holds a banner's
        # embed code in a paragraph of its own, in double braces with a value
        [
            '{{hire-ai-eng="/case-banners/hire-ai-eng"}}',
            '{{hire-nearshore-dev="/case-banners/hire-nearshore-dev"}}',
            '{{ cta-banner id="pricing-guide" style="dark" }}',
        ],
    ],
    ids=["brackets", "braces"],
)
def test_a_shortcode_or_placeholder_printed_as_text_is_dropped(codes: list[str]) -> None:
    # (the extractor keeps the code as lines of the text)
    _assert_dropped(_shortcode_page(codes), codes, _KIT_REVIEW, "shortcode")


@pytest.mark.parametrize(
    "line",
    [
        "[sic]",  # a bracketed word of the text
        "[Engadget]",  # the source of a quote
        "[NASA]",
        "[b]Note:[/b]",  # a forum's markup: no attribute after a name
        "[url=http://www.example.com]our shop[/url]",
        # a shortcode around a sentence: the text is the article's
        '[caption id="attachment_7913" align="alignnone"] The author\'s own bike outside the '
        "publisher's office in Hamburg.[/caption]",
        '[button link="/shop"] Order the book and the album together from the shop today, while '
        "the first print run lasts[/button]",
    ],
)
def test_bracketed_text_that_is_not_all_shortcode_stays(line: str) -> None:
    assert drop_shortcodes([*_KIT_REVIEW, line]) == ([*_KIT_REVIEW, line], 0)


@pytest.mark.parametrize(
    "line",
    [
        "{{ esp_area }}",  # a template's expression in a code listing: no value given
        "{{ person }}",
        "{% if esp_area not in ['unknown', 'unavailable'] %}",
        "{{ state == 'home' }}",
        '{{ url_for("static", filename="style.css") }}',
        'Write {{name="value"}} in the template to embed the banner.',  # prose about it
    ],
)
def test_braces_that_are_no_embed_with_a_value_stay(line: str) -> None:
    assert drop_shortcodes([*_KIT_REVIEW, line]) == ([*_KIT_REVIEW, line], 0)


_FILLER_TEXT = (
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt "
    "ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation "
    "ullamco laboris nisi ut aliquip ex ea commodo consequat."
)


def _filler_page() -> str:
    # the pattern of a WCXB dev page: promo cards between the sections of the page that the
    # site never filled, each a heading over the template's Latin filler and a "Learn More"
    # button
    def card(heading: str, filler: str) -> str:
        return (
            f"<div class='row'><div class='col-md-6'><h4>{heading}</h4>"
            f"<p class='body-text-14'>{filler}</p>"
            "<a href='#' class='cta-btn dark-btn'>Learn More</a></div></div>"
        )

    def section(paragraphs: list[str]) -> str:
        return "<div class='section'>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div>"

    return (
        "<html><head><title>Bike and Style book review</title></head><body>"
        "<h1>Bike and Style book review</h1><div class='content'>"
        + section(_KIT_REVIEW[:2])
        + card("Featured Index TV", _FILLER_TEXT)
        + section(_KIT_REVIEW[2:])
        + card("Market data for riders", _FILLER_TEXT[:82])
        + "</div></body></html>"
    )


def test_a_template_s_latin_filler_printed_as_text_is_dropped() -> None:
    page = _filler_page()
    assert "Lorem ipsum dolor sit amet" in (trafilatura.extract(page) or "")  # the premise
    r = extract_html(page)
    assert not any("Lorem ipsum" in ln for ln in r.lines)
    assert all(p in r.lines for p in _KIT_REVIEW)
    assert r.pruned["filler"] == 2


@pytest.mark.parametrize(
    "line",
    [
        "Lorem ipsum is the placeholder text designers have set in empty boxes since the 1960s.",
        "The famous opening, lorem ipsum, comes from a passage of Cicero's De finibus.",
    ],
)
def test_a_sentence_about_the_filler_stays(line: str) -> None:
    assert drop_filler([*_KIT_REVIEW, line]) == ([*_KIT_REVIEW, line], 0)


# --- promo links in capitals between the paragraphs ---------------------------------------------

_EARNINGS = [
    "Home Depot cut its sales forecast for the year on Tuesday, citing lower lumber prices and "
    "the uncertain effect of tariffs on what its customers will pay for building materials.",
    "The retailer said it was largely on track with its investments in stores and delivery, "
    "but that some of the benefits were taking longer to reach its results than it had hoped.",
    "Comparable sales rose 3.6 percent in the quarter, short of the 4.1 percent analysts had "
    "expected, and the company's shares fell more than five percent before the market opened.",
    "Looking ahead, the company now expects sales growth of 1.8 percent for the fiscal year, "
    "down from its earlier guidance of 2.3 percent, and comparable sales growth of 3.5 percent.",
    "Home Depot shares are up 39 percent this year, while the broader market index is up 24.5 "
    "percent over the same period, according to the exchange's figures at the close.",
]


def _promo_page(promos: list[str], extra: str = "") -> str:
    # the pattern of two AEB dev pages: a business story links a video of another story and the
    # outlet's app from paragraphs of their own, one link written in capitals each; a coach's
    # post links its download from a centred paragraph styled as a button
    body = "".join(
        f"<p>{p}</p>{promo}" for p, promo in zip(_EARNINGS, promos, strict=False)
    ) + "".join(f"<p>{p}</p>" for p in _EARNINGS[len(promos) :])
    return (
        "<html><head><title>Home Depot cuts its forecast</title></head><body>"
        f"<h1>Home Depot cuts its forecast</h1><article><div class='story'>{body}{extra}</div>"
        "</article></body></html>"
    )


_PROMOS = [
    "<p><strong><a href='http://video.example.com/v/6091276897001/'>CO-FOUNDER 'PROUD' OF HOME "
    "DEPOT EMPLOYEES LIVING OUT THEIR AMERICAN DREAM</a></strong></p>",
    "<p><strong><a href='http://www.example.com/apps-products'>GET THE NEWS ON THE GO BY "
    "CLICKING HERE</a></strong></p>",
    "<p style='text-align: center;'><a id='RM1' class='button' href='/uploads/quick-guide.pdf'>"
    "GET THE QUIZ: INSTANT DOWNLOAD!</a></p>",
]
_PROMO_LINES = [
    "CO-FOUNDER 'PROUD' OF HOME DEPOT EMPLOYEES LIVING OUT THEIR AMERICAN DREAM",
    "GET THE NEWS ON THE GO BY CLICKING HERE",
    "GET THE QUIZ: INSTANT DOWNLOAD!",
]


def test_promo_links_in_capitals_between_the_paragraphs_are_dropped() -> None:
    # (the extractor keeps each promo as a line between the story's paragraphs)
    _assert_dropped(_promo_page(_PROMOS), _PROMO_LINES, _EARNINGS, "promo_link")


@pytest.mark.parametrize(
    ("markup", "line"),
    [
        # a guide's subheading in capitals, linked to the product it names: in a heading
        (
            "<h2><a href='/shop/espresso'>THE INVENTION OF ESPRESSO MACHINES</a></h2>",
            "THE INVENTION OF ESPRESSO MACHINES",
        ),
        # a line in capitals that is no link: a warning of the text
        (
            "<p><strong>NOTE: THIS IS ALSO A GREAT PLACE TO START</strong></p>",
            "NOTE: THIS IS ALSO A GREAT PLACE TO START",
        ),
        # a linked line in sentence case
        (
            "<p><a href='/quarterly-results'>Read the company's quarterly results here</a></p>",
            "Read the company's quarterly results here",
        ),
    ],
)
def test_lines_in_capitals_that_are_no_promo_link_stay(markup: str, line: str) -> None:
    page = _promo_page([markup])
    assert line in (trafilatura.extract(page) or "").split("\n")  # the premise
    assert line in extract_html(page).lines


def test_a_short_link_in_capitals_is_no_promo() -> None:
    # a ticker's name in a table of quotes under the story: fewer than four words
    page = parse_html(_promo_page(["<p><a href='/markets/hd'>THE HOME DEPOT</a></p>"]), source="p")
    lines = [*_EARNINGS, "THE HOME DEPOT"]
    assert drop_promo_links(page, lines) == (lines, 0)


# --- date stamps wherever the extractor printed them ---------------------------------------------

_PRUNING = [
    "Clematis are grouped by when they flower, and the group decides when and how hard the "
    "plant is pruned: getting it wrong costs a whole season of blooms.",
    "Group one flowers in spring on the stems it grew the year before, so it is pruned lightly "
    "right after flowering, and only to keep it tidy.",
    "Group two flowers twice, in early summer on old stems and again later on new ones; cut it "
    "back by a third in late winter, above a pair of fat buds.",
    "Group three flowers late in the summer on stems of the same year, and is cut down to a "
    "pair of buds a foot above the ground every year in February.",
]


def _stamp_page() -> str:
    # the pattern of dev pages of both sets: a page prints a date stamp as a line of its own
    # between its paragraphs (on a WCXB dev page, under each copy of a quoted story's headline),
    # and a news story ends with the time it was updated
    stamp = "<p>Published on May 02, 2024 07:44 PM IST</p>"
    sections = "".join(
        f"<section><h2>Group {n}</h2>{stamp}<p>{p}</p></section>"
        for n, p in enumerate(_PRUNING[1:], start=1)
    )
    return (
        "<html><head><title>Mastering clematis pruning</title></head><body>"
        "<h1>Mastering clematis pruning</h1><article><div class='entry'>"
        f"<p>{_PRUNING[0]}</p>{sections}<p><em>Updated at 1:23 p.m.</em></p>"
        "</div></article></body></html>"
    )


def test_date_stamps_between_and_after_the_paragraphs_are_dropped() -> None:
    page = _stamp_page()
    printed = (trafilatura.extract(page) or "").split("\n")
    # the premise: the extractor prints each stamp as a line
    assert "Updated at 1:23 p.m." in printed
    assert printed.count("Published on May 02, 2024 07:44 PM IST") == 3
    r = extract_html(page)
    assert [ln for ln in r.lines if not re.fullmatch(r"Group \d", ln)] == _PRUNING
    assert r.pruned["stamp"] == 4


@pytest.mark.parametrize(
    "line",
    [
        "Updated at 1:23 p.m.",
        "- Published 18 November 2019",
        "Updated September 28, 2025",
        "Last updated on:",
        "Posted On",
        "Publicado el 12 de marzo de 2020",
        "Aktualisiert am 30. Juli 2018, 14:05 Uhr",
        "입력 2020.03.12 14:30",
    ],
)
def test_a_stamp_word_before_a_date_a_time_or_nothing_is_a_stamp(line: str) -> None:
    assert is_stamp(line)


@pytest.mark.parametrize(
    "line",
    [
        # sentences of the text that open with a stamp word (two lines of WCXB dev golds)
        "Published in Dukaj\u2019s native Poland in 2007 to great acclaim, Ice has now been "
        "translated.",
        "Published security audits from a reputable third-party firm.",
        "Updated 3 times since 2019",
        "Published in 2007",
        "Updated daily",
        "Updated for 2025",
    ],
)
def test_a_line_that_goes_on_after_the_stamp_word_is_no_stamp(line: str) -> None:
    assert not is_stamp(line)


# --- the panels of a mega menu ------------------------------------------------------------------

_TAX_POST = [
    "Tax season is here, and the earlier you gather your documents, the easier it is to file on "
    "time and to claim every credit you are owed.",
    "Start with the forms your employer and your bank send in January: wage statements, interest "
    "statements and the records of any contributions to a retirement account.",
    "If you worked for yourself, add up your income and keep the receipts of what you spent on "
    "the business, since each of those costs lowers the income you are taxed on.",
    "Finally, choose how to file: software, a preparer or the free filing programs that many "
    "households qualify for, and set aside an hour to check every figure before you send it.",
]
_MEGA_MENU = [
    ("Spend & Save", "Take control of your finances with solutions that make managing money "
     "easier and more rewarding."),
    ("Borrow", "Explore opportunities to fund your goals with flexible and tailored options "
     "designed for you."),
    ("Home Loans", "Our dedicated mortgage experts provide personalized guidance to help you "
     "navigate your path to homeownership with confidence."),
]  # fmt: skip


def _mega_menu_page(panel: str) -> str:
    # the pattern of two WCXB dev pages of two sites (a credit union's blog, a vendor's blog):
    # each section of the header's menu opens a panel with a sentence that describes it; the
    # hero's content-named wrapper holds only the headline and the body sits in another one,
    # and the extractor prints the panels' sentences above the article
    items = "".join(
        f"<li><a href='/s{i}'>{name}</a><div class='{panel}'><div><div><section><div>"
        f"<p>{text}</p></div></section></div></div></div></li>"
        for i, (name, text) in enumerate(_MEGA_MENU)
    )
    return (
        "<html><head><title>Tax season is here</title></head><body><div>"
        f"<div><div><ul>{items}</ul></div></div>"
        "<div><div class='content'><div class='entry-content-wrapper'><div class='post-header'>"
        "<h1>Tax season is here</h1></div></div></div></div><div><div><div>"
        + "".join(f"<p>{p}</p>" for p in _TAX_POST)
        + "</div></div></div></div></body></html>"
    )


@pytest.mark.parametrize("panel", ["mega-nav__panel", "mega-menu-panel"])
def test_the_sentences_of_a_mega_menu_above_the_article_are_taken_out(panel: str) -> None:
    page = _mega_menu_page(panel)
    tree = parse_html(page, source="t")
    assert prune_chrome(tree).removed == [("class:phrase", "div")] * len(_MEGA_MENU)
    r = clean_html(page)
    assert r.text.split("\n") == _TAX_POST


def test_the_extractor_prints_the_mega_menu_of_this_pattern() -> None:
    # the premise of the test above, for a panel name the extractor does not read as a menu
    text = trafilatura.extract(_mega_menu_page("mega-nav__panel")) or ""
    assert all(sentence in text for _, sentence in _MEGA_MENU)


# --- a post's excerpt printed above the article -------------------------------------------------

_PTO_POST = [
    "A paid time off policy should say how many days employees earn, how they request them and "
    "what happens to the days they have not used when the year ends.",
    "Some employers pool vacation, sick and personal days into one bank, which gives employees "
    "more freedom and cuts the paperwork of tracking three kinds of leave.",
    "Whatever the model, write the policy down, share it when people are hired and review it "
    "each year against the laws of every state where your employees work.",
]
_PTO_EXCERPT = (
    "Paid time off is an expected benefit that helps employees rest and employers keep their "
    "people. Here is how to write a policy that works for both."
)


def _excerpt_page(excerpt_class: str) -> str:
    # the pattern of three WCXB dev pages of three sites (an HR vendor's blog, a farming
    # magazine, a tech site): the excerpt that the post's listings show is printed again in a
    # box of its own above the article, and the extractor keeps it as the article's first line
    return (
        "<html><head><title>How to write a PTO policy</title></head><body><main>"
        "<div class='page-content'><div class='row'><div class='col-main'>"
        "<h1>How to write a PTO policy</h1><div class='summary rounded'>"
        f"<div class='{excerpt_class}'><p class='summary-text'>{_PTO_EXCERPT}</p></div></div>"
        "<div class='post-body'>"
        + "".join(f"<p>{p}</p>" for p in _PTO_POST)
        + "</div></div></div></div></main></body></html>"
    )


@pytest.mark.parametrize("excerpt_class", ["post-excerpt px-3", "entry-excerpt"])
def test_a_posts_excerpt_above_the_article_is_taken_out(excerpt_class: str) -> None:
    page = _excerpt_page(excerpt_class)
    assert _PTO_EXCERPT in (trafilatura.extract(page) or "")  # the premise
    tree = parse_html(page, source="t")
    assert prune_chrome(tree).removed == [("class:excerpt", "div")]
    assert clean_html(page).text.split("\n") == _PTO_POST


def test_an_excerpt_named_wrapper_of_the_article_stays() -> None:
    # a template that names the article's own wrapper so: the prose guard keeps it
    _assert_wrapper_of_the_article_stays("post-excerpt", "How to write a PTO policy", _PTO_POST)


# --- a section of the article's template written without a paragraph ---------------------------

_COFFEE = [
    (
        "The legend of coffee origin begins in Ethiopia",
        "<p>Ethiopia is widely considered to be the epicentre of where coffee came from. If "
        "you’ve ever googled “coffee history”, you will have come across the famous story of "
        "how coffee was discovered in Ethiopia by Kaldi, an Ethiopian goat herder, around 800 "
        "AD.</p>",
    ),
    (
        "Or does coffee history begin in Yemen?",
        "There are also a few well-known stories about Yemen’s contribution in the discovery "
        "of coffee. The most famous legend from Yemen about <a class='link--underlined' "
        "href='/coffee-origins'>coffee origins</a> has a slight twist on the Ethiopian story.",
    ),
    (
        "The word quickly spread",
        "As it’s thought that coffee originated in Ethiopia, it’s also believed it made its "
        "way north across the red sea into Yemen in the 15th Century. It then started to be "
        "grown in the Yemeni district of Arabia.",
    ),
    (
        "The growth of coffee popularity in Asia",
        "<p>By the 1600’s, most coffee beans came from Yemen. Coffee beans were under strict "
        "surveillance and those in power did everything they could to ensure fertile beans "
        "could not be grown elsewhere.</p><p>Coffee was first introduced to Indonesia in the "
        "late 1600’s by Dutch traders, and over the next century it would make its way to "
        "dozens of Indonesia’s many islands, such as Sulawesi, Sumatra, Java, and Bali.</p>",
    ),
]


def _coffee_page(box: str = "") -> str:
    # the pattern of a real WCXB dev page (an editorial grid): each section of the article is
    # a heading over a rich-text <div> of one class; the editor wrote two sections' text
    # straight into the <div>, without a <p>, and the extractor left those two out
    sections = "".join(
        "<div class='text-section cell'><div class='text-wrapper'>"
        f"<div class='title-wrapper'><h2 class='title'>{h}</h2></div>"
        f"<div class='description rich-text-editor'>{body}{box if n == 3 else ''}</div>"
        "</div></div>"
        for n, (h, body) in enumerate(_COFFEE)
    )
    return f"<html><body><main>{sections}</main></body></html>"


def _coffee_lines(n: int) -> list[str]:
    tree = parse_html(f"<html><body>{_COFFEE[n][1]}</body></html>", source="page")
    body = tree.find("body")
    assert body is not None
    found = [" ".join(p.text_content().split()) for p in body.iter("p")]
    return found or [" ".join(body.text_content().split())]


def test_a_section_of_the_template_holding_its_text_without_a_paragraph_is_put_back() -> None:
    tree = parse_html(_coffee_page(), source="page")
    block = next(el for el in tree.iter("div") if "rich-text-editor" in (el.get("class") or ""))
    extracted = [*_coffee_lines(0), *_coffee_lines(3)]
    lines, put_back = recover_blocks(block, extracted)
    assert lines == [*_coffee_lines(0), *_coffee_lines(1), *_coffee_lines(2), *_coffee_lines(3)]
    assert put_back == 2


def test_a_box_of_the_sections_class_nested_in_a_section_is_not_put_back() -> None:
    # the pattern of another real WCXB dev page: a call to action inside the article's text,
    # its text in a <div> of the rich-text class, in a box of its own
    pitch = (
        "Report on your brand’s owned AIO results, view fluctuations over time, and filter "
        "market share analyses to zero in on queries with an AIO result and identify "
        "opportunity areas—all in Conductor."
    )
    box = (
        "<section class='CallToActionBox_component'><div class='CallToActionBox_text'>"
        f"<div class='description rich-text-editor'>{pitch}</div></div></section>"
        "<p>Around the 1800s, coffee was cultivated in Thailand, Vietnam, Cambodia and Laos by "
        "French colonisers.</p>"
    )
    tree = parse_html(_coffee_page(box), source="page")
    block = next(el for el in tree.iter("div") if "rich-text-editor" in (el.get("class") or ""))
    later = (
        "Around the 1800s, coffee was cultivated in Thailand, Vietnam, Cambodia and Laos by "
        "French colonisers."
    )
    last = [*_coffee_lines(3), later]
    lines, _ = recover_blocks(block, [*_coffee_lines(0), *last])
    assert pitch not in lines
    assert lines == [*_coffee_lines(0), *_coffee_lines(1), *_coffee_lines(2), *last]


# --- prose in a box of its own beside the article's text ----------------------------------------

_ECOM = [
    "The strategic application of ecommerce analytics provides leverage to achieve all these "
    "goals. Ecommerce reporting empowers brands to make informed decisions, optimize marketing "
    "efforts, and ultimately, maximize sales.",
    "What is Ecommerce Analytics?",
    "Ecommerce analytics is a powerful tool that bridges the gap between marketing efforts and "
    "their impact on sales and revenue. It involves the detailed tracking and analysis of data "
    "generated from online marketing campaigns, website traffic, customer engagement, and "
    "sales conversions.",
    "By dissecting ecommerce data, marketers can see the direct correlation between marketing "
    "initiatives and revenue generation. Ecommerce analytics also provides actionable insights "
    "for optimizing marketing spend.",
]


def _ecom_page(label: str = "") -> str:
    # the pattern of a real WCXB dev page: a definition set as a quote, a paragraph of its own
    # in an embed box between the article's paragraphs; the extractor leaves the box out
    return (
        "<html><body><main><div class='c-rich-text-blog w-richtext'>"
        f"<p>{_ECOM[0]}</p><h2>{_ECOM[1]}</h2>"
        "<div data-rt-embed-type='true'>"
        f"<p class='c-block-quote-embed-05'>{_ECOM[2]}</p>{label}</div>"
        f"<p>{_ECOM[3]}</p></div></main></body></html>"
    )


def test_a_paragraph_of_prose_in_a_box_beside_the_article_is_put_back() -> None:
    tree = parse_html(_ecom_page(), source="page")
    block = _div(tree, "c-rich-text-blog w-richtext")
    lines, put_back = recover_blocks(block, [_ECOM[0], _ECOM[1], _ECOM[3]])
    assert lines == _ECOM
    assert put_back == 1


def test_a_short_line_in_a_box_beside_the_article_stays_out() -> None:
    # a label of such a box (a date stamp, a share count, a call to book a demo) is no prose
    label = "<p class='updated'>Last updated: June 2022</p><p>Request a demo</p>"
    tree = parse_html(_ecom_page(label), source="page")
    block = _div(tree, "c-rich-text-blog w-richtext")
    lines, _ = recover_blocks(block, [_ECOM[0], _ECOM[1], _ECOM[3]])
    assert lines == _ECOM


# --- headline, pruning, tail and control characters on a page of another language -----------

#: A seed page (Vietnamese) laid out as HTML: its headline holds its own " - ", as many do.
_SEED = Path(__file__).resolve().parents[1] / "seeds" / "001_b8eb4341bad6e06b.txt"
_SEED_LINES = _SEED.read_text("utf-8").split("\n")
_VI_HEADLINE = _SEED_LINES[0]  # "Đẩy mạnh hợp tác các tỉnh biên giới Việt Nam - Lào"
_VI_BODY = [ln for ln in _SEED_LINES[1:] if len(ln) > 200][:5]


def _vi_page(title: str, top: str, *, header_outside: bool = False, tail: str = "") -> str:
    paras = "".join(f"<p>{escape(p)}</p>" for p in _VI_BODY[: 4 if tail else 5])
    body = (
        f"<header>{top}</header><article>{paras}{tail}</article>"
        if header_outside
        else f"<article>{top}{paras}{tail}</article>"
    )
    return (
        f"<html lang='vi'><head><title>{title}</title><meta property='og:title' "
        f'content="{title}"></head><body><nav><a href="/">Trang chủ</a></nav>{body}'
        "<footer>© 2024</footer></body></html>"
    )


@pytest.mark.parametrize(
    ("title", "h1", "want"),
    [
        # the heading prints an en dash where the declared title has a hyphen
        (_VI_HEADLINE, _VI_HEADLINE.replace(" - ", " – "), _VI_HEADLINE),
        # the declared title adds the site after " - "; the heading ends with a period
        (f"{_VI_HEADLINE} - Báo Quốc tế", f"{_VI_HEADLINE}.", f"{_VI_HEADLINE}."),
    ],
)
def test_headline_with_its_own_dash_is_not_cut_as_a_site_name(
    title: str, h1: str, want: str
) -> None:
    # the <title> was split at every " - " and its longest part kept ("... Việt Nam"), because
    # the <h1> differed from it in a dash or a period only
    r = clean_html(_vi_page(title, f"<span class='kicker'>Thời sự</span><h1>{h1}</h1>"))
    assert r.title == want
    assert r.text.split("\n")[0] == _VI_BODY[0]


@pytest.mark.parametrize(
    ("title", "top", "outside"),
    [
        # a kicker in a <span>, a section link, a <header> outside the <article>
        (_VI_HEADLINE, f"<span class='kicker'>Thời sự</span><h1>{_VI_HEADLINE}</h1>", False),
        (_VI_HEADLINE, f"<a class='cat' href='/thoi-su'>Thời sự</a><h1>{_VI_HEADLINE}</h1>", False),
        (_VI_HEADLINE, f"<a href='/thoi-su'>Thời sự</a><h1>{_VI_HEADLINE}</h1>", True),
        # the declared title adds the site after " | " or " - "
        (f"{_VI_HEADLINE} | Báo Quốc tế", f"<h1>{_VI_HEADLINE}</h1>", False),
        (f"{_VI_HEADLINE} - Báo Quốc tế", f"<h1>{_VI_HEADLINE}</h1>", True),
    ],
)
def test_headline_above_a_kicker_or_label_is_the_title_only(
    title: str, top: str, outside: bool
) -> None:
    r = clean_html(_vi_page(title, top, header_outside=outside))
    assert r.title == _VI_HEADLINE
    assert r.text.split("\n") == _VI_BODY


def test_double_escaped_quotes_of_the_declared_title_read_once() -> None:
    # <meta content="Giữ &amp;#039;lửa&amp;#039; ..."> holds the entity as text
    title = "Giữ &amp;#039;lửa&amp;#039; trong mọi lĩnh vực hợp tác"
    r = clean_html(_vi_page(title, "<h1>Giữ ‘lửa’ trong mọi lĩnh vực hợp tác</h1>"))
    assert r.title == "Giữ 'lửa' trong mọi lĩnh vực hợp tác"
    assert r.text.split("\n") == _VI_BODY


@pytest.mark.parametrize("heading", ["Tin liên quan", "Xem thêm:", "Đọc thêm"])
def test_related_heading_in_the_article_keeps_a_paragraph_under_it(heading: str) -> None:
    tail = f"<h3>{heading}</h3><p>{escape(_VI_BODY[4])}</p>"
    r = clean_html(_vi_page(_VI_HEADLINE, f"<h1>{_VI_HEADLINE}</h1>", tail=tail))
    assert r.text.split("\n")[-1] == _VI_BODY[4]
    links = (
        f"<h3>{heading}</h3><ul><li><a href='/a'>Hội nghị hợp tác Việt - Lào lần thứ 40</a></li>"
        "<li><a href='/b'>Lào và Việt Nam ký kết 20 văn kiện hợp tác</a></li></ul>"
    )
    r = clean_html(_vi_page(_VI_HEADLINE, f"<h1>{_VI_HEADLINE}</h1>", tail=links))
    assert r.text.split("\n") == _VI_BODY[:4]


@pytest.mark.parametrize("char", ["\x00", "\x08", "\x0b", "\x0c", "\x1f"])
def test_control_character_anywhere_in_the_page_leaves_the_article(char: str) -> None:
    page = _vi_page(_VI_HEADLINE, f"<h1>{_VI_HEADLINE}</h1>")
    at = page.index(_VI_BODY[2][:60]) + 60
    broken = page[:at] + char + page[at:]
    for markup in (broken, broken.encode("utf-8")):
        r = clean_html(markup)
        assert len(r.text.split("\n")) == len(_VI_BODY)
        assert char not in r.text


@pytest.mark.parametrize(
    ("attrs", "chrome"),
    [
        ('id="how-to-share-a-recipe-menu"', False),  # a slug of the headline
        ('class="css-Ad3kx"', False),  # generated class names
        ('id="xAd9"', False),
        ('class="sc-1x2Ad3 article-body"', False),
        ('class="Ad-container"', True),
        ('class="related-posts"', True),
    ],
)
def test_chrome_names_read_from_whole_words(attrs: str, chrome: bool) -> None:
    el = parse_html(f"<html><body><div {attrs}>x</div></body></html>", source="t")
    div = el.find(".//div")
    assert div is not None
    assert (chrome_reason(div) is not None) is chrome


_EVENT_PROSE = [
    "Companies recognize that events deliver authentic human connections, immediate feedback, "
    "and memorable sensory interactions with their organizations. Events allow businesses to "
    "showcase their expertise and build trust with the people they want to reach.",
    "Industries have become more crowded, making it increasingly difficult for companies to "
    "differentiate themselves meaningfully. Events provide rare opportunities to demonstrate "
    "value propositions through experiences rather than claims.",
    "Experiential marketing facilitates deeper emotional connections and more memorable brand "
    "associations, which is why planners now treat the event itself as a marketing channel.",
]


def _ad_wrapped_list(wrapper: str, inside: str = "") -> str:
    items = "".join(f"<li>{escape(t)}</li>" for t in EVENT_TREND_ITEMS)
    paragraphs = [f"<p>{escape(t)}</p>" for t in _EVENT_PROSE]
    return (
        "<html><head><title>Event Industry Trends</title></head><body>"
        '<nav class="menu"><a href="/">Home</a> <a href="/blog">Blog</a></nav>'
        "<article><h1>Event Industry Trends</h1>"
        + paragraphs[0]
        + paragraphs[1]
        + "<p>How planners can turn these trends into lead generation:</p>"
        f'<div class="{wrapper}">{inside}<ul>{items}</ul></div>'
        + paragraphs[2]
        + "</article></body></html>"
    )


@pytest.mark.parametrize("wrapper", ["ad-wrapper", "ads-list", "advert-free list"])
def test_a_list_of_the_body_in_a_wrapper_named_for_ads_stays(wrapper: str) -> None:
    # the list items of a WCXB dev page (0051, a guide to event trends) between its paragraphs,
    # in a template's box whose name holds an ad token
    text = clean_html(_ad_wrapped_list(wrapper)).text
    for item in EVENT_TREND_ITEMS:
        assert item in text, (wrapper, item)
    for paragraph in _EVENT_PROSE:
        assert paragraph in text


def test_an_ad_box_beside_the_body_still_goes() -> None:
    # an ad slot holds a script or a frame: pruned whatever list it carries
    page = _ad_wrapped_list("ad-wrapper", "<script>window.ads = [];</script>")
    text = clean_html(page).text
    assert "Event Website: Create" not in text
    assert _EVENT_PROSE[2] in text


def _table_layout_page_with_breaks() -> str:
    # the same older site with the article written without <p>: each paragraph a run of text
    # ended by two line breaks in the content cell
    page = _table_layout_page()
    story = "".join(f"<p>{p}</p> " for p in _PROTEST_STORY)
    runs = "".join(f"{p}<br><br>\n" for p in _PROTEST_STORY)
    assert story in page
    return page.replace(story, runs)


def test_runs_of_text_between_double_breaks_come_out_as_paragraphs() -> None:
    page = _table_layout_page_with_breaks()
    r = clean_html(page)
    lines = r.text.split("\n")
    assert lines[-len(_PROTEST_STORY) :] == _PROTEST_STORY
    assert not any(s in r.text for s in _TOP_STORIES)
    assert "Home" not in r.text


def test_breaks_around_one_paragraph_under_a_byline_leave_the_element_as_it_was() -> None:
    # an older news site (the pattern of a real AEB dev page): the byline in <small> with the
    # post's tag links, two breaks, the article's one paragraph, breaks to the share buttons
    cell = (
        "<div><p class='titulo'>Atendimento Domiciliar registra arrombamento em veículos</p>"
        "<small><b>05/10/2018</b> - Publicado por: Clarissa Borba - Categoria: "
        "<a href='/c/19'>Saúde</a> - Tags: <a href='/t/sad'>sad</a></small><br><br>"
        f"<img src='/1.jpeg'>{_PROTEST_STORY[0]}<br>\n<br>\n<br>\n<br></div>"
    )
    tree = lxml_html.fromstring(cell)
    before = lxml_html.tostring(tree)
    assert break_paragraphs(tree) == 0
    assert lxml_html.tostring(tree) == before


def test_runs_between_double_breaks_become_paragraphs_blocks_and_single_breaks_kept() -> None:
    first, second, third = _PROTEST_STORY[:3]
    cell = (
        f"<td><font size='2'><b>Protests</b><br><br>{first}<br><br>"
        f"<span>{second}</span><br>Updated at 11:28<br><br><ul><li>Tehran</li></ul>"
        f"{third}<br><br></font></td>"
    )
    tree = lxml_html.fromstring(f"<table><tr>{cell}</tr></table>")
    assert break_paragraphs(tree) == 1
    font = tree.find(".//font")
    assert font is not None
    assert [c.tag for c in font] == ["p", "p", "p", "ul", "p"]
    texts = [" ".join(c.text_content().split()) for c in font]
    assert texts == ["Protests", first, f"{second}Updated at 11:28", "Tehran", third]
    assert len(font[2].findall("br")) == 1


def test_the_time_limit_holds_for_the_strip_stage_of_an_html_page(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The limit is the page's, not the extraction's: a strip stage that runs over it (here
    made slow on purpose) stops the page as an over-long extraction does."""
    import cleanscrape.process as process

    clean_lines = process._clean_lines

    def slow_clean_lines(*args: Any, **kwargs: Any) -> Any:
        time.sleep(3)
        return clean_lines(*args, **kwargs)

    monkeypatch.setattr(process, "_clean_lines", slow_clean_lines)
    options = CleanOptions(page_timeout=1.0, dedup=False)
    slow = (
        Pipeline(options)
        .run([Document("slow.html", page_markup("14cc2a0c"), kind="html")])
        .results[0]
    )
    assert slow.status == "error"
    assert slow.error is not None
    assert slow.error.startswith("slow.html: took longer than the 1s page time limit")
