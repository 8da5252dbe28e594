"""Captions of the article's images set in plain elements between its paragraphs.

The pages are two dev pages of the benchmark reduced to what matters: a laptop review whose
photos sit in a centred ``<div>`` with the caption in a ``<span>`` beside the image's own
``<div>`` (an unmarked figure), and an exhibition's report whose photos sit in a ``<p>`` each,
the caption in italics in the next ``<p>``, under an empty paragraph at the end.
"""

from __future__ import annotations

import trafilatura

from cleanscrape import clean_html
from cleanscrape.html.captions import caption_texts, drop_captions
from cleanscrape.html.extract import extract_html, parse_html
from cleanscrape.html.recover import recover_blocks

_REVIEW_LEDE = (
    "Welcome to the new 16-inch MacBook Pro. While it looks quite familiar, Apple's new "
    "flagship laptop moves the needle forward in a big way. We've spent the last several days "
    "taking the new Pro for a spin and can say that Apple has dutifully listened to users' "
    "feedback this time around. Let's talk about it."
)
_REVIEW_BODY = [
    "We're not certain when Apple last issued four updates to the MacBook Pro within 18 "
    "months, or to any laptop it has ever produced. But, here we are.",
    "Interestingly, it is actually smaller and thinner than the 2012 through 2015 model. You "
    "also can't tell unless you're looking at the three together.",
    "What we will say, is if you are staring at a 15-inch MacBook Pro right next to the "
    "16-inch MacBook Pro you will notice a difference. The updated design looks better with "
    "slimmer bezels and an ever-so-slightly elevated pixel density going from 220 to 226ppi. "
    "That likely won't be a huge reason for users to upgrade though.",
    "Pros out there who are well-versed in the video space will appreciate one change to the "
    "display though, which is the ability to specifically choose your refresh rate. Heading to "
    "System Preferences, multiple options can be chosen from to best align with your work.",
]
_REVIEW_CAPTIONS = ["Apple's 16-inch MacBook Pro", "The slimmer bezels of the 16-inch MacBook Pro"]


def _review_figure(n: int, caption: str) -> str:
    return (
        '<div align="center"><div class="article-img">'
        f'<img src="https://photos.example.com/gallery/{n}-l.jpg" alt="{caption}" height="372">'
        f'</div><br><span class="minor2 small gray">{caption}</span></div><br><br>\n'
    )


def _review_page() -> str:
    first, second, third, fourth = _REVIEW_BODY
    body = (
        f'<span class="article-leader">{_REVIEW_LEDE}<br></span><br>'
        + _review_figure(1, _REVIEW_CAPTIONS[0])
        + f"{first}<br><br>\n{second}<br><br>\n{third}<br><br>\n"
        + _review_figure(2, _REVIEW_CAPTIONS[1])
        + f"{fourth}<br><br>\n"
    )
    return (
        "<html><head><title>16-inch MacBook Pro review</title></head><body>"
        "<h1>16-inch MacBook Pro review</h1>"
        f'<div class="article-text"><span>{body}</span></div></body></html>'
    )


def test_captions_beside_the_image_in_an_unmarked_figure_are_taken_out() -> None:
    page = _review_page()
    printed = (trafilatura.extract(page) or "").split("\n")
    assert all(c in printed for c in _REVIEW_CAPTIONS)  # the premise
    assert clean_html(page).text.split("\n") == [_REVIEW_LEDE, *_REVIEW_BODY]
    assert extract_html(page).pruned.get("caption") == 2


_FESTIVAL = [
    "OGE Group (Israel) is an expert on light art, the founders Merav Eitan and Gaston Zahr "
    "are the artistic directors of Jerusalem Light Festival. Their work is characterized by "
    "the powerful way in which it arouses emotions, with Light a Wish as a clear example of "
    "that.",
    "On behalf of the festival, art historian Koen Kleijn went in search of remarkable stories "
    "about the city and from October onward they will be released as a ten-part series on the "
    "festival website. In his stories, Kleijn identifies the connection between the city and "
    "the central theme.",
    "Amigo & amigo (Australia) – also known as Renzo B. Larriviere and Simone Chua – explores "
    "the relationship between sculptures and light with their technically complex artworks. "
    "Parabolic Lightcloud is a cloud of light made with impressive colors, patterns, and "
    "transitions.",
]
_FESTIVAL_CAPTIONS = [
    "Light a Wish by OGE Group",
    "Parabolic Lightcloud by amigo & amigo",
    "Jewels after Jewels after Jewels, installation views, photos © Inexhibit, 2018",
]


def _festival_photo(name: str) -> str:
    return (
        f'<p><a href="https://www.example.com/uploads/{name}.jpg">'
        f'<img class="alignnone size-full" src="https://www.example.com/uploads/{name}.jpg" '
        f'alt="{name}" width="870" height="483"></a></p>\n'
    )


def _festival_page(under_last: str) -> str:
    light, stories, amigo = _FESTIVAL
    return (
        "<html><head><title>Amsterdam Light Festival</title></head><body>"
        '<div class="span12"><h1 class="single-title">Amsterdam Light Festival</h1>\n'
        f'<p class="post-text">{light}</p>\n<p class="post-text">{stories}</p>\n'
        + _festival_photo("light-a-wish")
        + f'<p class="post-text"><em>{_FESTIVAL_CAPTIONS[0]}</em></p>\n'
        + _festival_photo("parabolic-lightcloud")
        + f'<p class="post-text"><em>{_FESTIVAL_CAPTIONS[1]}</em></p>\n'
        + f'<p class="post-text">{amigo}</p>\n'
        + _festival_photo("jewels-1")
        + _festival_photo("jewels-2")
        + "<p>&nbsp;</p>\n"
        + f'<p class="post-text">{under_last}</p>\n'
        + "<p>&nbsp;</p></div></body></html>"
    )


def test_an_emphasised_line_under_an_image_is_taken_out_even_past_an_empty_paragraph() -> None:
    page = _festival_page(f"<em>{_FESTIVAL_CAPTIONS[2]}</em>")
    printed = (trafilatura.extract(page) or "").split("\n")
    assert all(c in printed for c in _FESTIVAL_CAPTIONS[:2])  # the premise
    assert clean_html(page).text.split("\n") == _FESTIVAL


def test_a_bold_subheading_or_a_sentence_under_an_image_stays() -> None:
    # a subheading set in bold, and a sentence in italics that ends with a full stop, are the
    # article's own lines wherever they sit
    subheading = "<strong>Light as a medium, and remarkable stories about Amsterdam</strong>"
    assert clean_html(_festival_page(subheading)).text.split("\n")[-1] == (
        "Light as a medium, and remarkable stories about Amsterdam"
    )
    sentence = (
        "<em>Cover image: artist’s impression of the lighting installation by Peter Koros "
        "Design at the 7th Amsterdam Light Festival.</em>"
    )
    assert clean_html(_festival_page(sentence)).text.split("\n")[-1].startswith("Cover image:")


def test_a_label_in_a_table_cell_under_a_product_image_is_no_caption() -> None:
    # a comparison table of a gear review: each cell holds a product's photo and its award
    cells = "".join(
        f'<td><img src="/photos/{n}.jpg" alt="{n}"><div class="small"><i>{award}</i></div></td>'
        for n, award in enumerate(["Best for Expeditions", "Best Overall GPS Watch"])
    )
    tree = parse_html(f"<html><body><table><tr>{cells}</tr></table></body></html>", source="t")
    assert caption_texts([tree.find("body")]) == frozenset()


def test_the_caption_is_found_by_the_image_and_the_lines_equal_to_it_go() -> None:
    tree = parse_html(_review_page(), source="t")
    assert caption_texts([tree.find("body")]) == frozenset(_REVIEW_CAPTIONS)
    lines = [_REVIEW_LEDE, " Apple's  16-inch MacBook Pro", *_REVIEW_BODY]
    assert drop_captions(lines, frozenset(_REVIEW_CAPTIONS)) == ([_REVIEW_LEDE, *_REVIEW_BODY], 1)


def test_a_caption_under_an_image_and_an_empty_paragraph_is_not_put_back() -> None:
    # the recovery's own caption test reads past the empty paragraph a template leaves between
    # the last photo and its caption
    light, stories, amigo = _FESTIVAL
    caption = _FESTIVAL_CAPTIONS[2]
    page = (
        "<html><body><div class='span12'>"
        f"<p class='post-text'>{light}</p><p class='post-text'>{stories}</p>"
        + _festival_photo("jewels-2")
        + f"<p>&nbsp;</p><p class='post-text'><em>{caption}</em></p>"
        f"<p class='post-text'>{amigo}</p></div></body></html>"
    )
    tree = parse_html(page, source="page")
    block = next(el for el in tree.iter("div") if el.get("class") == "span12")
    assert recover_blocks(block, _FESTIVAL) == (_FESTIVAL, 0)
