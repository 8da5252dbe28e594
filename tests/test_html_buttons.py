"""Calls to action styled as buttons (:mod:`cleanscrape.html.buttons`), on the pattern of a WCXB
dev page: a maker's blog post on robot vacuums whose product sections each end in a "Shop ...
Now" button (one after the section's paragraph, one inside it after a line break), reduced to
what matters; an FAQ's questions, toggles of an accordion styled as buttons on another dev
page, stay."""

from __future__ import annotations

from cleanscrape.html.buttons import button_labels
from cleanscrape.html.extract import extract_html, parse_html
from cleanscrape.html.recover import letters

_INTRO = [
    "When we talk about revolutionary home cleaning devices, robot vacuums – arguably the most "
    "popular smart home device on the market – will definitely come to mind. How does a robot "
    "vacuum know where to go and navigate through the obstacles? These intelligent devices "
    "combine advanced sensors, mapping algorithms, and artificial intelligence that can detect "
    "and map your house strategically.",
    "Robot vacuums use different technology and sensors to navigate your home. Generally, smart "
    "vacuums start by mapping the environment – utilizing cameras, lasers, or infrared sensors "
    "to create a detailed map. After scanning the surroundings to detect walls, furniture and "
    "other objects, they then process the data and generate a map that will serve as a "
    "reference for planning efficient cleaning paths.",
    "With the rapid development in the mapping and navigation system, DEEBOTs not only greatly "
    "provides unbeatable cleaning efficiency, but also saves you more time to enjoy life with "
    "friends and families. Here’s three best DEEBOT robot vacuums with mapping.",
]
_X5 = (
    "DEEBOT X5 PRO OMNI sets a new standard in robotic cleaning with its AINA 2.0 Intelligent "
    "Navigation Model, which enables real-time navigation and obstacle avoidance. With "
    "AI-powered navigation around furniture and obstacles, this auto vacuum provides a thorough "
    "clean on various floor types with a powerful suction of 12,800Pa."
)
_T30 = (
    "DEEBOT T30S features advanced TrueDetect 3D 3.0 technology for precise obstacle avoidance "
    "and TrueMapping 2.0 for rapid mapping, allowing it to create accurate room layouts: up to "
    "100 square meters in just six minutes."
)
_CLOSE = (
    "The other highlighted features include TruEdge Adaptive Edge Mopping for thorough cleaning "
    "along walls, and the ZeroTangle Anti-Tangle Technology for reducing hair entanglement and "
    "a hassle-free cleaning experience."
)
_SHOP = "https://www.example.com/us/deebot-robotic-vacuum-cleaner/"


def _page(faq: str = "") -> str:
    return (
        "<html><head><title>How Do Vacuum Robots with Mapping Navigate?</title></head><body>"
        "<div class='col-12 col-lg-8'><h1>How Do Vacuum Robots with Mapping Navigate?</h1>"
        "<div class='py-3 text-large'>"
        + "".join(f"<p>{p}</p>" for p in _INTRO)
        + f"<h3><a href='{_SHOP}deebot-x5-pro-omni'>DEEBOT X5 PRO OMNI</a></h3><p>{_X5}</p>"
        f"<a class='btn btn-primary w-100' href='{_SHOP}deebot-x5-pro-omni' role='button'>"
        "Shop X5 PRO OMNI Now</a>"
        f"<h3><a href='{_SHOP}deebot-t30s'>DEEBOT T30S</a></h3><p>{_T30}<br>"
        f"<a class='btn btn-primary w-100' href='{_SHOP}deebot-t30s' role='button'>"
        f"Shop DEEBOT T30S Now</a></p><p>{_CLOSE}</p>{faq}</div></div></body></html>"
    )


def test_buttons_between_the_sections_are_no_lines_of_the_article() -> None:
    lines = extract_html(_page()).lines
    assert "Shop X5 PRO OMNI Now" not in lines
    assert "Shop DEEBOT T30S Now" not in lines
    # the article's own text stays, the paragraph that held a button too
    assert all(p in lines for p in _INTRO)
    assert _X5 in lines and _T30 in lines and _CLOSE in lines


def test_a_toggle_styled_as_a_button_is_no_call_to_action() -> None:
    # an FAQ's question is the head of an accordion's panel: a link to a fragment of the page
    # that a script opens, styled as a button
    question = "What are the basics of project management?"
    faq = (
        "<div class='accordion faq'><div class='accordion__item'>"
        "<a class='accordion__button d-block' data-toggle='collapse' href='#q-1' "
        f"aria-expanded='false'>{question}</a></div></div>"
    )
    labels = button_labels(parse_html(_page(faq), source="t"))
    assert letters(question) not in labels
    assert letters("Shop DEEBOT T30S Now") in labels


def test_a_button_styled_link_inside_a_sentence_keeps_the_sentence() -> None:
    sentence = (
        "For more details on pricing and availability, visit the DEEBOT T30S product page "
        "before you choose."
    )
    faq = (
        "<p>For more details on pricing and availability, visit the "
        f"<a class='btn-link' href='{_SHOP}deebot-t30s'>DEEBOT T30S product page</a> "
        "before you choose.</p>"
    )
    assert sentence in extract_html(_page(faq)).lines
