"""The HTML path's headline: a site name told from the headline's own end by what the page
says, a heading that is the site's logo, the headline printed again above the body."""

from __future__ import annotations

from html import escape
from pathlib import Path

import pytest

from cleanscrape import clean_html
from cleanscrape.html.extract import drop_heading, page_headings, parse_html
from cleanscrape.html.meta import page_metadata

#: A seed page (Vietnamese): its headline holds its own " - " ("... Việt Nam - Lào").
_SEED = Path(__file__).resolve().parents[1] / "seeds" / "001_b8eb4341bad6e06b.txt"
_SEED_LINES = _SEED.read_text("utf-8").split("\n")
_VI_HEADLINE = _SEED_LINES[0]
_VI_BODY = [ln for ln in _SEED_LINES[1:] if len(ln) > 200][:5]
_VI_SITE = "Báo Quốc tế"
_OG_SITE = f"<meta property='og:site_name' content='{_VI_SITE}'>"
_CANONICAL = "<link rel='canonical' href='https://baoquocte.vn/day-manh-hop-tac-123.html'>"
_PUBLISHER = (
    '<script type="application/ld+json">{"@type": "NewsArticle", "publisher": '
    f'{{"@type": "Organization", "name": "{_VI_SITE}"}}}}</script>'
)


def _vi_page(title: str, top: str, head: str = "", logo: str = "") -> str:
    paras = "".join(f"<p>{escape(p)}</p>" for p in _VI_BODY)
    return (
        f"<html lang='vi'><head><title>{title}</title>{head}</head><body><header>{logo}"
        f"<nav><a href='/'>Trang chủ</a></nav></header><article>{top}{paras}</article>"
        "<footer>© 2024</footer></body></html>"
    )


@pytest.mark.parametrize(
    ("title", "top", "head"),
    [
        # no <h1>: the <title> alone, the site named by og:site_name, the canonical URL's host
        # or the JSON-LD publisher
        (f"{_VI_HEADLINE} | {_VI_SITE}", "", _OG_SITE),
        (f"{_VI_HEADLINE} - Baoquocte.vn", "", _CANONICAL),
        (f"{_VI_HEADLINE} - {_VI_SITE}", f"<h2>{_VI_HEADLINE}</h2>", _PUBLISHER),
        (f"{_VI_HEADLINE.replace(' - ', ' – ')} | {_VI_SITE}", "", _OG_SITE),
        # the kicker printed inside the <h1>: the heading does not match the <title>
        (
            f"{_VI_HEADLINE} | {_VI_SITE}",
            f"<h1><span>Thời sự</span> <span>{_VI_HEADLINE}</span></h1>",
            _OG_SITE,
        ),
        # an <h2> headline under an <h3> kicker; og:title with the site's name after an en dash
        (
            f"{_VI_HEADLINE} – {_VI_SITE}",
            f"<h3>Thời sự</h3><h2>{_VI_HEADLINE}</h2>",
            f"<meta property='og:title' content='{_VI_HEADLINE} – {_VI_SITE}'>{_OG_SITE}",
        ),
    ],
)
def test_only_the_site_name_is_cut_from_a_headline_with_its_own_dash(
    title: str, top: str, head: str
) -> None:
    # the <title> was split at every separator and its longest part kept ("... Việt Nam")
    r = clean_html(_vi_page(title, top, head))
    assert r.title.replace(" – ", " - ") == _VI_HEADLINE
    assert r.text.split("\n") == _VI_BODY


@pytest.mark.parametrize("title", [_VI_HEADLINE, f"{_VI_HEADLINE} - {_VI_SITE}"])
def test_a_title_end_nothing_names_as_the_site_is_kept(title: str) -> None:
    # nothing on the page names "Lào" (nor "Báo Quốc tế") as its site
    r = clean_html(_vi_page(title, ""))
    assert r.title == title
    assert r.text.split("\n") == _VI_BODY


@pytest.mark.parametrize("head", [_OG_SITE, _CANONICAL])
def test_a_heading_that_is_the_site_logo_is_not_the_headline(head: str) -> None:
    # the logo printed as <h1>; the page prints its headline as the article's first <p>: it
    # was the body's first line, and the title the site's name
    page = _vi_page(
        f"{_VI_HEADLINE} | {_VI_SITE}",
        f"<p>{escape(_VI_HEADLINE)}</p>",
        head,
        logo=f"<h1><a href='/'>{_VI_SITE}</a></h1>",
    )
    r = clean_html(page)
    assert r.title == _VI_HEADLINE
    assert r.text.split("\n") == _VI_BODY


#: AEB dev page 85439e26 (Japanese): its headline ends "！？", its site's name is longer.
_JA_HEADLINE = "商品の改造が商標法違反に！？"
_JA_SITE = "特許業務法人ライトハウス国際特許事務所"
_JA_BODY = [
    "先日、不正に改造したiPhoneを販売したとして、商標法違反の疑いで20代の男性が逮捕されたというニュースを耳にしました。",
    "報道によると、今回販売されたのは、いわゆる「脱獄」したiPhone。",
    "「脱獄」とは、iPhoneのiOSを改造して機能制限を解除することで、脱獄すれば、"
    "App Storeにない非公式アプリを利用することもできるようになるとのことです。",
    "もちろん、Apple社は「脱獄」を認めていません。",
    "不正に改造したiPhoneでも、もともとは、アップル社から購入したものです。",
]


def _ja_page(title: str, top: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in _JA_BODY)
    return (
        f"<html lang='ja'><head><title>{title}</title><meta property='og:site_name' "
        f"content='{_JA_SITE}'></head><body><nav><a href='/'>ホーム</a></nav>"
        f"<article>{top}{paras}</article><footer>© {_JA_SITE}</footer></body></html>"
    )


@pytest.mark.parametrize(
    ("title", "top"),
    [
        # no <h1>: the longest part of the <title> was the site's name
        (f"{_JA_HEADLINE} - {_JA_SITE}", ""),
        (f"{_JA_HEADLINE} - {_JA_SITE}", f"<p>{_JA_HEADLINE}</p>"),
        (f"{_JA_HEADLINE} - {_JA_SITE}", "<p>商品の改造が商標法違反に!?</p>"),
        (f"{_JA_HEADLINE} - {_JA_SITE}", f"<p>ブログ</p><h2>{_JA_HEADLINE}</h2>"),
        # the full-width bar, without spaces, before the site's name
        (f"{_JA_HEADLINE}｜{_JA_SITE}", ""),
    ],
)
def test_a_japanese_headline_ending_in_full_width_marks_is_the_title(title: str, top: str) -> None:
    r = clean_html(_ja_page(title, top))
    assert r.title == _JA_HEADLINE
    assert r.text.split("\n") == _JA_BODY


@pytest.mark.parametrize(
    ("title", "head", "url", "want"),
    [
        # <title>s of WCXB dev pages with what their pages say of the site; the site's name
        # was the longest part, or the title was cut at the headline's own separator
        (
            "For Hire Livery Insurance - American Business Insurance Services, Inc.",
            "<meta property='og:site_name' content='American Business Insurance Services, Inc.'>",
            "https://abiweb.com/for-hire-livery-insurance/",
            "For Hire Livery Insurance",
        ),
        (
            "US News MBA Rankings: Full & Part Time Programs - Stacy Blackman Consulting - MBA "
            "Admissions Consulting",
            "<meta property='og:site_name' content='Stacy Blackman Consulting - MBA Admissions "
            "Consulting'>",
            "https://www.stacyblackman.com/us-news-mba-rankings/",
            "US News MBA Rankings: Full & Part Time Programs",
        ),
        (
            "Top 5 HR Management Software in 2026 | DianaHR",
            "",
            "https://www.getdianahr.com/blog/best-hr-management-software",
            "Top 5 HR Management Software in 2026",
        ),
        (
            "Best High School Tutors in 2025 | Bold.org | Bold.org",
            "",
            "https://bold.org/blog/best-high-school-tutors/",
            "Best High School Tutors in 2025",
        ),
        (
            "Easy Car Maintenance Checklist | Farm Bureau Financial Services",
            "",
            "https://www.fbfs.com/learning-center/easy-car-maintenance-checklist",
            "Easy Car Maintenance Checklist",
        ),
        (
            "Best Office Chairs for Back Pain Relief | VSI®",
            "<meta property='og:site_name' content='VSI® (Virginia Spine Institute)'>",
            "https://www.spinemd.com/resources/blog/office-chairs-to-prevent-back-pain/",
            "Best Office Chairs for Back Pain Relief",
        ),
        # the headline's own separator, and nothing that names its end
        (
            "Financial Planning for the Future You - Tips for Millennials & Gen Z",
            "",
            "https://www.reithandassociates.com/blog/financial-planning-for-the-future-you",
            "Financial Planning for the Future You - Tips for Millennials & Gen Z",
        ),
    ],
)
def test_the_site_name_is_told_by_the_pages_own_names_and_host(
    title: str, head: str, url: str, want: str
) -> None:
    tree = parse_html(f"<html><head><title>{escape(title)}</title>{head}</head></html>", source="t")
    assert page_metadata(tree, url=url)["title"] == want


def test_a_social_title_that_is_the_site_name_is_not_the_title() -> None:
    # WCXB dev page 4249: og:title is the site's name, the <h1> the headline
    head = (
        "<title>Which robotic lawnmower is suitable for which lawn size? | Robomow</title>"
        "<meta property='og:title' content='Robomow'>"
    )
    body = "<h1>Which robotic lawnmower is suitable for which lawn size?</h1>"
    tree = parse_html(f"<html><head>{head}</head><body>{body}</body></html>", source="t")
    meta = page_metadata(tree, url="https://www.robomow.com/blog/detail/which-robotic-lawnmower")
    assert meta["title"] == "Which robotic lawnmower is suitable for which lawn size?"


#: A long site name that nothing on the page names as the site (no host, no declared name).
_VI_LONG_SITE = "Báo Điện tử Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam"


@pytest.mark.parametrize(
    ("title", "top"),
    [
        (f"{_VI_HEADLINE} - {_VI_LONG_SITE}", f"<p>{escape(_VI_HEADLINE)}</p>"),
        (f"{_VI_HEADLINE} | Thời sự | {_VI_LONG_SITE}", f"<p>{escape(_VI_HEADLINE)}</p>"),
        (f"{_VI_HEADLINE} - {_VI_LONG_SITE}", f"<p>Thời sự</p><p>{escape(_VI_HEADLINE)}</p>"),
    ],
)
def test_the_headline_printed_as_the_first_paragraph_proves_the_titles_cut(
    title: str, top: str
) -> None:
    # the title holds more than the headline and nothing names the rest: the headline, printed
    # alone as the article's first <p>, stayed in the text (too short a share of the title to
    # be taken for it) while the title kept the site's name
    r = clean_html(_vi_page(title, top))
    assert r.title == _VI_HEADLINE
    assert r.text.split("\n") == _VI_BODY


def test_a_section_label_at_the_front_of_the_title_is_not_taken_for_the_headline() -> None:
    # "Thời sự | <headline>": the label printed above the body is no headline of the title
    title = f"Thời sự | {_VI_HEADLINE}"
    lines, found = drop_heading(["Thời sự", *_VI_BODY], title)
    assert (lines, found) == (["Thời sự", *_VI_BODY], title)


def test_a_cjk_sentence_above_the_headline_is_no_kicker() -> None:
    # a line without spaces is one "word": one that ends a sentence ("。", "？") above the
    # headline is text of the page, not a label to drop with it
    lines = [_JA_BODY[0], _JA_HEADLINE, *_JA_BODY[1:]]
    kept, found = drop_heading(lines, _JA_HEADLINE)
    assert kept == _JA_BODY
    assert found == _JA_HEADLINE


def test_a_heading_that_opens_with_the_site_name_is_still_the_headline() -> None:
    # WCXB dev page 0391: the headline names the newsletter and its issue; only a heading that
    # is the site's name exactly is its logo
    head = (
        "<title>Digjitale Signal #18 – The World Without Work?</title>"
        "<meta property='og:site_name' content='Digjitale Signal'>"
    )
    body = "<h1>Digjitale Signal #18</h1>"
    tree = parse_html(f"<html><head>{head}</head><body>{body}</body></html>", source="t")
    meta = page_metadata(tree, url="https://www.digjitale.com/p/digjitale-signal-18")
    assert meta["title"] == "Digjitale Signal #18"


#: WCXB dev pages whose <title> rewords the headline their <h1> shows above the body (an SEO
#: title): the <title>, the page's URL, the <h1>, the article's first paragraphs.
_REWORDED = [
    (
        "Climate change: 5 innovative solutions | Neste",
        "https://www.neste.com/en-us/news-and-insights/sustainability/hotspots-of-climate-change",
        "Five innovative solutions to climate change: learning from global hotspots",
        [
            "The last decade was the warmest on record disrupting the Earth’s natural systems. As"
            " different parts of the world experience climate change in diverse ways, what can we"
            " learn from local solutions? Here, journalist Nick van Mead considers five"
            " innovative initiatives that address specific climate-related issues in their area"
            " of the world.",
            "All solutions are needed to reach our globally shared goal to combat climate warming"
            " and to adapt to its impacts - what inspiration can we take from different"
            " approaches all over the world?",
        ],
    ),
    (
        "Beginner Sewing Machines: Check out My Top 7 Favorites",
        "https://sewcanshe.com/beginner-sewing-machines-check-out-my-top-7-faves/",
        "The 7 Best Sewing Machines for a Beginner",
        [
            "Are you looking to start sewing? Or buy someone you love a sewing machine this year?"
            " I've been sewing for over 40 years (don't guess my age), and I've tried every"
            " brand. Let me share with you a few key tips that come from experience.",
            "The key to finding the best sewing machine isn't as much about the brand as it is"
            " your need. Which one fits into your budget? What features do you need? Have you"
            " ever used a sewing machine before? Look over my seven favorites and see which one"
            " might fit best into your sewing room!",
        ],
    ),
]


@pytest.mark.parametrize(("title", "url", "h1", "body"), _REWORDED)
def test_the_h1_printed_above_the_body_is_the_headline_a_reworded_title_is_not(
    title: str, url: str, h1: str, body: list[str]
) -> None:
    paras = "".join(f"<p>{escape(p)}</p>" for p in body)
    page = (
        f"<html lang='en'><head><title>{escape(title)}</title></head><body><header><nav>"
        "<a href='/'>Home</a></nav></header><main><article><header><h1>"
        f"{escape(h1)}</h1></header>{paras}</article></main><footer>© 2025</footer></body></html>"
    )
    r = clean_html(page, url=url)
    assert r.title == h1
    assert r.text.split("\n") == body


def test_an_h1_that_shares_no_word_with_the_title_is_a_label() -> None:
    # WCXB dev page 0072: a "Blog" <h1> in the page's banner, printed above the body, is the
    # section's name, not a headline the title rewords
    body = _REWORDED[0][3]
    lines, found = drop_heading(["Blog", *body], "Packing Tips Guide", ["Blog"])
    assert (lines, found) == (body, "Packing Tips Guide")


def _article_page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body><nav><a href='/'>Home</a></nav>{body}</body></html>"


@pytest.mark.parametrize(
    ("head", "h1", "url"),
    [
        # WCXB dev page 4014: og:title is a social title, the <h1> the <title>'s headline
        (
            "<title>Best laptops 2026: Premium, budget, gaming, 2-in-1, and more | PCWorld</title>"
            "<meta property='og:title' content='Buying a laptop? These are the 9 best laptops"
            " you can buy today'>",
            "Best laptops 2026: Premium, budget, gaming, 2-in-1, and more",
            "https://www.pcworld.com/article/436674/best-pc-laptops.html",
        ),
        # WCXB dev page 4160: <title> and og:title both reword the <h1>
        (
            "<title>The 6 Best Bread Machines, Tested &amp; Reviewed</title>"
            "<meta property='og:title' content='Our Favorite Bread Machine Makes Any Type of"
            " Loaf With the Push of a Button'>",
            "Our 6 Favorite Bread Machines Make Any Type of Loaf",
            "https://www.thespruceeats.com/best-bread-machines-to-buy-4092351",
        ),
    ],
)
def test_the_one_h1_of_the_article_element_is_the_headline(head: str, h1: str, url: str) -> None:
    body = f"<main><article><header><h1>{escape(h1)}</h1></header><p>Text.</p></article></main>"
    tree = parse_html(_article_page(head, body), source="t")
    assert page_metadata(tree, url=url)["title"] == h1


@pytest.mark.parametrize(
    "body",
    [
        # the same <h1> outside any <article> (a banner of the page's template)
        "<div class='hero'><h1>Our 6 Favorite Bread Machines Make Any Type of Loaf</h1></div>"
        "<article><p>Text.</p></article>",
        # in a link: a card of another story
        "<article><a href='/other'><h1>Our 6 Favorite Bread Machines Make Any Type of Loaf</h1>"
        "</a><p>Text.</p></article>",
    ],
)
def test_an_h1_outside_the_article_or_in_a_link_is_not_taken_for_the_headline(body: str) -> None:
    head = (
        "<title>The 6 Best Bread Machines, Tested &amp; Reviewed</title>"
        "<meta property='og:title' content='Our Favorite Bread Machine Makes Any Type of"
        " Loaf With the Push of a Button'>"
    )
    tree = parse_html(_article_page(head, body), source="t")
    meta = page_metadata(tree, url="https://www.thespruceeats.com/best-bread-machines-4092351")
    assert meta["title"] == (
        "Our Favorite Bread Machine Makes Any Type of Loaf With the Push of a Button"
    )


def test_an_article_h1_that_is_the_title_after_its_date_leaves_the_title() -> None:
    # WCXB dev page 0450: the post's date printed inside its <h1>
    head = (
        "<title>Preparing a transition in Debusine | Colin Watson's blog</title>"
        "<meta property='og:title' content='Preparing a transition in Debusine'>"
    )
    body = (
        "<article><header><h1><time>Dec 18 2025</time> <a href='/blog/debusine-transitions'>"
        "Preparing a transition in Debusine</a></h1></header><p>Text.</p></article>"
    )
    tree = parse_html(_article_page(head, body), source="t")
    url = "https://www.chiark.greenend.org.uk/~cjwatson/blog/debusine-transitions.html"
    assert page_metadata(tree, url=url)["title"] == "Preparing a transition in Debusine"


def test_an_article_h1_sharing_only_short_words_with_the_title_is_a_teaser() -> None:
    # AEB dev page 680c2848: the story's headline is an <h2>, the page's one <h1> heads a card
    # of another story in an <article> of its own; the two share "the" and "for"
    title = "The Early Reviews For Google's Stadia Gaming Platform Are Here — And They're Not Great"
    body = (
        f"<section><article><header><h2>{escape(title)}</h2></header><p>Text.</p></article>"
        "<article><header><h1>'Why Don't You Go Fight For The Reindeer?'</h1></header>"
        "</article></section>"
    )
    tree = parse_html(_article_page(f"<title>{escape(title)}</title>", body), source="t")
    assert page_metadata(tree)["title"] == title


@pytest.mark.parametrize(
    ("h1", "want"),
    [
        # WCXB dev page 0022's heading, set on two lines
        (
            "Top MBA Programs of 2025 (US)<br>Your Guide to the Best Business Schools",
            "Top MBA Programs of 2025 (US) Your Guide to the Best Business Schools",
        ),
        # WCXB dev page 0202's blog heading, each word in its own line
        ("\t<span>The</span>\n\t<br>\n\tBlog\t", "The Blog"),
    ],
)
def test_a_line_break_inside_the_heading_is_a_space(h1: str, want: str) -> None:
    # text_content() runs the lines of a heading together ("(US)Your Guide"): a headline
    # found in no title, a heading no line of the text matches
    tree = parse_html(f"<html><body><h1>{h1}</h1><p>Text.</p></body></html>", source="t")
    assert page_metadata(tree)["title"] == want
    assert page_headings(tree) == [want]
