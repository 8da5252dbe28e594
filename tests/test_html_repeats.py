"""A paragraph the page's template prints twice: the later copy taken out, a text's own repeats
kept.

The pages are dev pages of the benchmark reduced to what matters: a personal-finance blog whose
intro section repeats its rich text's first paragraph, a trade magazine's column with a pull
quote that repeats one of its paragraphs, an essay that says its definition twice ("Let's repeat
that, with emphasis:"), and an events list that prints one blurb under each date.
"""

from __future__ import annotations

from cleanscrape import clean_html
from cleanscrape.html.extract import extract_html, parse_html
from cleanscrape.html.repeats import template_copies

_INTRO = (
    "In today's fast-paced world, financial stability and security are more important than "
    "ever. For Millennials and Gen Z, navigating the complexities of personal finance can seem "
    "daunting, but with the right guidance, building a solid financial foundation is entirely "
    "achievable. This blog aims to provide practical and actionable tips to help you plan for a "
    "prosperous future, regardless of your current financial situation."
)
_BLOG = (
    "We will cover essential topics such as budgeting, saving, investing, and retirement "
    "planning. Additionally, we will explore the importance of setting financial goals, "
    "understanding credit, and the benefits of having an emergency fund. By the end of this "
    "blog, you will be equipped with the knowledge and tools necessary to make informed "
    "financial decisions and secure your financial future. Let's embark on the journey to "
    "financial empowerment together!"
)


def _blog_page() -> str:
    # the intro section above the post prints the post's first paragraph, then the post's rich
    # text prints it again as its own first paragraph; a card of another post below
    return (
        "<html><body><div id='webpage' class='page-wrapper'><main class='main'>"
        "<section class='section with-bg-light-grey'><div class='container'>"
        "<div class='padding-inner'><div class='article-content'>"
        f"<p class='article-text-3'>{_INTRO}</p></div></div></div></section>"
        "<section class='section overflow-visible'><div class='container is-article-con'>"
        "<div class='padding-inner'><div class='w-layout-grid grid-article-content'><div>"
        f"<header class='rich-text w-richtext'><p>{_INTRO}</p><p>{_BLOG}</p>"
        "<figure class='w-richtext-align-center w-richtext-figure-type-image'></figure>"
        "<p>Ready to secure your financial future and make the most of your investments? </p>"
        "</header></div></div></div></div></section>"
        "<section class='section'><div class='container'><div class='blog-padding-inner'>"
        "<div class='blogs w-dyn-list'><div class='blog-grid-4 w-dyn-items'>"
        "<div class='blog-item-2 w-dyn-item'><div class='blog-content-block-2'>"
        "<a href='/blog/consulting-sector-challenges-how-to-overcome-them' "
        "class='project-title-link is-darker w-inline-block'><p class='blog-title'>Consulting "
        "Sector Challenges How to Overcome Them</p></a></div></div></div></div></div></div>"
        "</section></main></div></body></html>"
    )


def test_an_intro_section_that_repeats_the_post_s_first_paragraph_comes_out_once() -> None:
    r = extract_html(_blog_page())
    assert r.lines.count(_INTRO) == 1
    assert r.lines.index(_INTRO) < r.lines.index(_BLOG)
    assert r.pruned["repeat"] == 1
    assert clean_html(_blog_page()).text.split("\n").count(_INTRO) == 1


_PULL = (
    "Following the decline of PSIM platforms, it was anticipated that there would be a natural "
    "progression toward open-architecture solutions, fostering true interoperability and "
    "innovation. However, the industry once again took an unexpected turn with the emergence of "
    "what I’ve come to call “The Alliances.”"
)
_NEXT = (
    "These alliances represent collaborative efforts among like-minded manufacturers who align "
    "around a shared architecture to expand market presence. In essence, manufacturers who "
    "adopt the alliance’s specifications benefit from mutual promotion and integration within "
    "the group’s ecosystem."
)


def _column_page() -> str:
    # each block of the column in a block of its own; the pull quote after the paragraphs, in a
    # quote block's box, repeats the first of them
    return (
        "<html><body><div id='__nuxt'><div class='ebm-layout'><div class='ebm-content-page'>"
        "<div class='ebm-page'><div class='ebm-page__layout'><div class='page-content-wrapper'>"
        "<div class='ebm-page__main'><div class='ebm-page__content'><div class='ebm-page__primary'>"
        "<div class='grid'><div class='web-row grid-row always'>"
        "<div class='row-2 row layout2_1 largest_first site-width'><div class='column-wrapper'>"
        "<div><div class='column-1 column block-align-top'><div class='standard-blocks'>"
        "<div class='block-wrapper hide-bottom-border'><div class='block-4 block'>"
        "<div class='above-cta'><div class='content'><div class='body-block'>"
        "<div class='body-content'><div>"
        "<div class='web-body-blocks page-contents__content-body'><div class='block text'>"
        "<div class='text'><section class='web-html'><div class='html'>"
        f"<p>{_PULL}</p><p>{_NEXT}</p></div></section></div></div>"
        "<div class='block quote'><div class='embed center fullWidth'>"
        "<div class='web-quote-wrapper'><div class='web-quote'><blockquote class='web-quote-block'>"
        f"<p class='web-quote-text'>{_PULL}</p></blockquote></div></div></div></div>"
        "</div></div></div></div></div></div></div></div></div></div></div></div></div></div>"
        "</div></div></div></div></div></div></div></div></body></html>"
    )


def test_a_pull_quote_that_repeats_a_paragraph_comes_out_once() -> None:
    lines = extract_html(_column_page()).lines
    assert lines == [_PULL, _NEXT]  # the paragraph at its own place, the quote's copy gone


_DEFINITION = (
    "Web design is the creation of digital environments that facilitate and encourage human "
    "activity; reflect or adapt to individual voices and content; and change gracefully over "
    "time while always retaining their identity."
)


def test_a_text_that_repeats_its_own_paragraph_keeps_both() -> None:
    # the essay says its definition, then again in italics: two paragraphs of one text
    page = (
        "<html><head><title>Understanding Web Design</title></head><body><main>"
        "<article><div class='entry-content'>"
        "<p>Although websites can be delivery systems for games and videos, and although those "
        "delivery systems can be lovely to look at, such sites are exemplars of game design and "
        "video storytelling, not of web design. So what is web design?</p>"
        f"<p>{_DEFINITION}</p><p>Let’s repeat that, with emphasis:</p>"
        f"<p><em>{_DEFINITION}</em></p>"
        "<p>Great web designs are like great typefaces: some, like the workhorse faces of our "
        "trade, succeed by being invisible, and others by the personality they lend a page.</p>"
        "</div></article></main></body></html>"
    )
    assert extract_html(page).lines.count(_DEFINITION) == 2
    assert not template_copies(parse_html(page, source="page"), [_DEFINITION, _DEFINITION])


_BLURB = (
    "Hear from our esteemed speakers while gaining up to 10 CPE credits. Immerse yourself in "
    "the latest cybersecurity developments to gain valuable insights in today’s dynamic threat "
    "landscape."
)


def test_one_blurb_in_parallel_items_of_a_list_is_no_template_copy() -> None:
    # an events list: the same conference in two cities, its blurb under each
    items = "".join(
        f"<li><div class='date'>{date}</div><h2><span class='title'>Cybersecurity Conference"
        f"</span></h2><p>{city}, United States</p><div class='about'><p>{_BLURB}</p></div></li>"
        for date, city in (("March 19, 2026", "Philadelphia"), ("April 9, 2026", "Minneapolis"))
    )
    page = f"<html><body><main><ul class='events'>{items}</ul></main></body></html>"
    assert not template_copies(parse_html(page, source="page"), [_BLURB, _BLURB])


def test_a_short_line_printed_twice_is_left_alone() -> None:
    # under the length of a paragraph: a label or a heading the page may show twice on purpose
    short = "Reviewed by our editorial team"
    page = (
        f"<html><body><header><p>{short}</p></header><main><div><p>{short}</p></div></main>"
        "</body></html>"
    )
    assert not template_copies(parse_html(page, source="page"), [short, short])
