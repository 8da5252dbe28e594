"""A paragraph printed alone in a wrapper of its own, ended by a double line break, is made a
paragraph where it follows the article's text (``html/breaks.py``)."""

from __future__ import annotations

from lxml import html as lxml_html

from cleanscrape import clean_html
from cleanscrape.html.breaks import break_paragraphs

# A WCXB dev page (a web design agency's guide), as the older-markup rewrite lays it out: no
# class names, no <p>, a layout table; the introduction is one element of three runs, every
# later paragraph sits alone in a wrapper of its own under its subheading.
_INTRO = [
    "For a Canadian web design agency, your website is the first point of contact with "
    "potential clients and plays a vital role in your business’s success. It’s more than just "
    "a digital portfolio showcasing your work—it’s an essential tool for driving business "
    "growth, establishing your online presence, and making a lasting first impression.",
    "In today’s competitive market, where first impressions matter more than ever, a "
    "well-designed website is not just a luxury; it’s a necessity. Think of your website as "
    "the digital equivalent of your agency’s storefront—it’s where people judge your "
    "abilities, assess your skills, and decide if you’re the right fit for their needs.",
    "In the following sections, we’ll dive deeper into how to build a website that not only "
    "highlights your creative skills but also converts visitors into clients, helping your "
    "Canada web design agency thrive and succeed in today’s competitive digital landscape.",
]
_SECTIONS = [
    (
        "h2",
        "The Importance of a Digital Portfolio for Creative Agencies",
        "A creative agency’s portfolio is often its most valuable asset. It serves as a "
        "primary tool for acquiring new clients and demonstrating your capabilities. But a "
        "great portfolio is more than just a collection of past work—it should tell a story "
        "about your agency’s journey, approach, and impact on clients. Here’s why a digital "
        "portfolio is so important:",
    ),
    (
        "h3",
        "Showcases Your Work and Skills",
        "The core of any creative agency is its work. Potential clients want to see examples "
        "of what you can do. For example, a web design agency in Canada may feature a range of "
        "website redesigns, custom builds, or e-commerce solutions that highlight your "
        "expertise.",
    ),
    (
        "h3",
        "Builds Trust and Credibility",
        "A well-structured portfolio establishes trust. When potential clients visit your "
        "website, they need to know that you understand their needs and can deliver effective "
        "solutions. Including detailed case studies, client testimonials, and measurable "
        "results (such as increased sales or traffic) can significantly boost your agency’s "
        "credibility.",
    ),
    (
        "h3",
        "Demonstrates Your Design and Problem-Solving Skills",
        "A strong portfolio doesn’t just showcase finished products—it reveals the "
        "problem-solving process. Clients are not only interested in the final design but in "
        "how you arrived at the solution. Showing the thought process behind each project—why "
        "specific decisions were made, challenges faced, and how you overcame them—instills "
        "confidence in your ability to handle future challenges.",
    ),
]
_MENU = ["Web Design", "Branding", "Digital Marketing", "Portfolio", "Contact"]


def _section(tag: str, title: str, text: str) -> str:
    return (
        f"<div><div><div><div><{tag}><span>{title}</span></{tag}></div></div></div></div>"
        f"<div><div><div><div>{text}<br><br></div></div></div></div>"
    )


def _guide_page() -> str:
    menu = "".join(f"<a href='/{m.lower().replace(' ', '-')}/'>{m}</a> " for m in _MENU)
    intro = "".join(f"{run}<br><br> " for run in _INTRO)
    body = "".join(_section(*s) for s in _SECTIONS)
    portfolio = "".join(
        f"<div><a href='/project/{n}/'><img alt='{n}' src='/{n}.png'></a></div>"
        for n in ("stallion-compare", "miller-group", "diverge-health")
    )
    return (
        "<html><head><title>Web Design for Creative Agencies: Building Digital Portfolios That"
        " Sell</title></head><body><table><tr><td colspan='3'><div>"
        f"<a href='/'><img alt='Envy Design' src='/logo.png'></a></div></td></tr><tr>"
        f"<td><div>{menu}</div></td><td><div><div><h1>Web Design for Creative Agencies: <em>"
        "Building Digital Portfolios That Sell</em></h1></div>"
        f"<div><div><div>{intro}</div></div>"
        "<div><a href='/project/kauri/'><img src='/kauri.png' alt=''></a></div></div>"
        f"<div>{body}</div></div></td><td>{portfolio}</td></tr>"
        "<tr><td colspan='3'>© 2025 Envy Design. All rights reserved.</td></tr></table>"
        "</body></html>"
    )


def test_lone_paragraphs_under_the_guide_s_subheadings_come_out_as_paragraphs() -> None:
    lines = clean_html(_guide_page()).text.split("\n")
    for run in _INTRO:
        assert run in lines
    for _, _, text in _SECTIONS[1:]:
        assert text in lines
    assert not any(m in line for m in _MENU for line in lines)


def test_the_guide_s_wrappers_become_paragraphs() -> None:
    tree = lxml_html.fromstring(_guide_page())
    body = tree.find("body")
    assert body is not None
    break_paragraphs(body)
    paragraphs = [" ".join(p.text_content().split()) for p in body.iter("p")]
    # the first section's paragraph introduces a list, ending in a colon: no sentence's end,
    # so it is left as it was (a label, "Share:", ends so too)
    assert paragraphs == [*_INTRO, *(text for _, _, text in _SECTIONS[1:])]


_SUMMARY = _SECTIONS[1][2]


def _untouched(markup: str) -> None:
    tree = lxml_html.fromstring(f"<div>{markup}</div>")
    before = lxml_html.tostring(tree)
    assert break_paragraphs(tree) == 0
    assert lxml_html.tostring(tree) == before


def test_a_card_s_summary_under_its_headline_link_is_left_as_it_was() -> None:
    summary = f"<div>{_SUMMARY}<br><br></div>"
    _untouched(f"<h3><a href='/showcases/'>Showcases Your Work</a></h3>{summary}")
    _untouched(f"<a href='/showcases/'><h3>Showcases Your Work</h3></a>{summary}")


def test_a_caption_beside_its_image_is_left_as_it_was() -> None:
    _untouched(
        f"<p>{_INTRO[0]}</p><div><img src='/kauri.png'>"
        "Kauri Chiropractic’s new website, designed by the agency.<br><br></div>"
    )


def test_a_run_without_a_sentence_s_end_is_left_as_it_was() -> None:
    _untouched(f"<p>{_INTRO[0]}</p><div>Continue Reading Below<br><br></div>")


def test_a_wrapper_after_a_menu_is_left_as_it_was() -> None:
    menu = "".join(f"<a href='/{m}/'>{m}</a>" for m in _MENU)
    _untouched(f"<div>{menu}</div><div>{_SUMMARY}<br><br></div>")
