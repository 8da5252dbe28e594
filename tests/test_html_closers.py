"""The outlet's own lines after the article in HTML pages, on the pattern of dev pages: a tag
row told by ``rel="tag"`` (:mod:`cleanscrape.html.tag_rows`) and a comment policy under a race
calendar in Portuguese; a magazine's subscription offer and a call to comment under a review
(:func:`cleanscrape.chrome.appeals.comment_prompt`, :data:`cleanscrape.lexicon.APPEALS`);
a label that opens a link to another story between the paragraphs ("SEE MORE: ...")."""

from __future__ import annotations

import trafilatura

from cleanscrape import clean_html
from cleanscrape.chrome.strip import classify_lines
from cleanscrape.html.extract import extract_html, parse_html
from cleanscrape.html.tag_rows import tag_rows

from .test_chrome_head import _CALENDAR

_STAGES = [
    *_CALENDAR,  # the same dev page's calendar, read by the dump tests
    "11a etapa: 4 de novembro – A ser divulgado",
    "12a etapa: 9 de dezembro – Interlagos",
]
_NOTES = [
    "* Calendário sujeito a inúmeras alterações usualmente feitas pelo Organizador",
    "* Calendário acima divulgado pela categoria em janeiro de 2018",
]
_TAGS = [
    "calendario stock car 2018",
    "stock car brasil",
    "stock car cascavel",
    "stock car corrida milhão",
    "stock car interlagos",
    "stock car santa cruz do sul",
    "stock car taruma",
    "stock car Velo Città",
    "stock car velopark",
    "stock-car londrina",
]
_POLICY = (
    "ATENÇÃO: Comentários com textos ininteligíveis ou que faltem com respeito ao usuário não "
    "serão aprovados pelo moderador."
)


def _tag_row(label: str = "Tags<br>") -> str:
    links = ", ".join(f'<a href="/tag/{t.replace(" ", "-")}/" rel="tag">{t}</a>' for t in _TAGS)
    return f"<strong>{label}{links}</strong>"


def _calendar_page(tag_row: str, policy: str = "") -> str:
    return (
        "<html><head><title>Calendário Stock Car 2018 | Autoracing</title></head><body>"
        "<div itemprop='articleBody' class='articleBody'><h1>Calendário Stock Car 2018</h1>"
        "<h3>Calendário da Stock Car 2018</h3>"
        f"<p>{'<br>'.join(_STAGES)}</p>"
        + "".join(f"<p>{n}</p>" for n in _NOTES)
        + f"<p style='border-top:1px #999 solid;'></p>{tag_row}"
        + (f"<p style='font-size:10px'>{policy}</p>" if policy else "")
        + "</div><div id='disqus_thread'></div></body></html>"
    )


def test_a_tag_row_of_rel_tag_links_and_its_label_go() -> None:
    page = _calendar_page(_tag_row(), _POLICY)
    # the premise: the extractor prints the label and the row of keywords under the notes,
    # above the comment policy (which holds them off the end of the lines)
    found = (trafilatura.extract(page) or "").split("\n")
    assert found[-3:] == ["Tags", ", ".join(_TAGS), _POLICY]
    lines = clean_html(page).text.split("\n")
    assert lines == ["Calendário da Stock Car 2018", *_STAGES, *_NOTES]
    assert extract_html(page).pruned["tag_row"] == 1


def test_tag_links_inside_a_sentence_or_alone_are_no_tag_row() -> None:
    # a sentence of the body that links two of its words to their tag pages, and a single
    # tag link under a subheading, stay
    sentence = (
        '<p>A etapa de <a href="/tag/interlagos/" rel="tag">Interlagos</a> abre e fecha a '
        'temporada da <a href="/tag/stock-car/" rel="tag">Stock Car</a> em 2018.</p>'
    )
    single = '<h4><a href="/tag/stock-car-brasil/" rel="tag">Stock Car Brasil</a></h4>'
    body = parse_html(_calendar_page(sentence + single), source="page").find("body")
    assert tag_rows(body) == []
    text = clean_html(_calendar_page(sentence + single)).text
    assert "A etapa de Interlagos abre e fecha a temporada da Stock Car em 2018." in text


def test_a_long_label_is_no_tag_row() -> None:
    # links of the tag type under a sentence of their own are the body's list, not a row
    label = "Veja as outras etapas do campeonato nas páginas de cada pista:<br>"
    body = parse_html(_calendar_page(_tag_row(label)), source="page").find("body")
    assert tag_rows(body) == []


# --- the lead-in to the readers' comments, and a magazine's offer above it ----------------------

_REVIEW = [
    "I’ve worked on my own vehicles since I was 17 (I wish I still had that MkII Ford Escort), "
    "but this is my first time with a Clymer manual. I’ve got to say, I’m impressed! The level "
    "of detail is superb, with very clear diagrams and instruction – particularly useful are the "
    "exploded drawings which feature regularly, and really help you to see how things come apart "
    "(and go back together).",
    "I was a little wary at the title of this book – described as for the ‘CBR600F4’, this is of "
    "course the US version of the Honda I own. I needn’t have worried – the UK bikes are fully "
    "covered, with all wiring diagrams and other areas clearly labeled for each market.",
    "Working on your own bike can be incredibly rewarding, so besides the fact that these "
    "manuals can save you a small fortune, the gratification of servicing and maintaining your "
    "motorcycle make them worth every penny (and they more than pay for themselves even with a "
    "simple oil-change).",
]


def _review_page(closing: str) -> str:
    """A review on the pattern of a dev page: its paragraphs and the comments' heading over the
    comments widget (filled by a script)."""
    return (
        "<html><head><title>Clymer workshop manual review | MoreBikes</title></head><body>"
        "<article><h1>Clymer workshop manual review</h1><div class='entry-content'>"
        + "".join(f"<p>{p}</p>" for p in _REVIEW)
        + f"<center><p></p><br>{closing}<p><comments-count href='/7721/'></comments-count> "
        "comments</p><div class='fb-comments' data-numposts='10'></div></center>"
        "</div></article></body></html>"
    )


def test_a_call_to_comment_over_the_comments_goes() -> None:
    page = _review_page("<h3>Tell us what YOU think...</h3>")
    # the premise: the extractor prints the call under the review
    found = (trafilatura.extract(page) or "").split("\n")
    assert "Tell us what YOU think..." in found
    assert clean_html(page).text.split("\n") == _REVIEW


def test_a_comment_policy_under_the_story_goes() -> None:
    page = _calendar_page("", _POLICY)
    assert _POLICY in (trafilatura.extract(page) or "")  # the premise
    lines = clean_html(page).text.split("\n")
    assert lines == ["Calendário da Stock Car 2018", *_STAGES, *_NOTES]


def test_the_storys_own_close_that_asks_for_the_readers_view_stays() -> None:
    # a dev page's last paragraph: the phrase is the story's, in a sentence among others
    close = (
        "Download the files. Read the license. Let us know what you think. And if you believe "
        "in what we’re building, use the OCL for your own creations."
    )
    lines = [*_REVIEW, close]
    assert [v.keep for v in classify_lines(lines, from_html=True).verdicts] == [True] * 4
    # a call to comment above the story's last paragraphs is not where it leads in to comments
    ask = "Tell us what you think of the manuals you have used."
    lines = [_REVIEW[0], ask, *_REVIEW[1:], close]
    verdicts = classify_lines(lines, from_html=True).verdicts
    assert [v.text for v in verdicts if v.keep] == lines
    # nor is the author's own closing sentence that asks for comments (dev pages' golds keep
    # "Do you remember the first glass ... Share it in the comments below!")
    ask = (
        "Do you own a workshop manual for your bike? Tell us what you think of it in the "
        "comments below!"
    )
    lines = [*_REVIEW, ask]
    verdicts = classify_lines(lines, from_html=True).verdicts
    assert [v.text for v in verdicts if v.keep] == lines


def _post_page(title: str, body_class: str, blocks: list[str], link: str, at: int) -> str:
    """A post's page: its title (the headline, the part before " | "), and its body's
    ``blocks`` in an element of class ``body_class``, with ``link`` set in before block
    ``at``."""
    return (
        f"<html><head><title>{title}</title></head><body><article>"
        f"<h1>{title.split(' | ')[0]}</h1><div class='{body_class}'>"
        + "".join(blocks[:at])
        + link
        + "".join(blocks[at:])
        + "</div></article></body></html>"
    )


# --- a label that opens a link to another story, between the paragraphs -------------------------

_PROTEST_POST = [
    "This comes after police said the demonstrators inside the Polytechnic University in Hong "
    "Kong had no option but to come out and surrender.",
    "Many of the protesters wear masks to shield their identities for protection.",
    "China’s ambassador to Britain accused the UK and the US of meddling in the country’s affairs "
    "and warned that the Chinese government “will not sit on our hands” if the Hong Kong "
    "situation “becomes uncontrollable”.",
    "Liu said that the People’s Liberation Army could be deployed in Beijing, warning: “They are "
    "already there in the Hong Kong garrison. They are there to show sovereignty and are "
    "responsible for defence purposes.",
    "“If the situation becomes uncontrollable, the central government certainly would not sit on "
    "our hands and watch. We have enough resolution and power to end the unrest.”",
    "This comes as China has denounced a Hong Kong court ruling declaring the government’s mask "
    "ban unconstitutional.",
    "This decision has been seen as “seriously weakening” the power of the Hong Kong chief "
    "executive.",
]
_SEE_MORE = "SEE MORE: Hong Kong protests: 800 students under siege in university"


def test_a_see_more_label_and_its_link_between_the_paragraphs_go() -> None:
    link = (
        "<p><strong>SEE MORE</strong>: <a href='/news/world/1205899/hong-kong-protests'>Hong "
        "Kong protests: 800 students under siege in university</a></p>"
    )
    paragraphs = [f"<p>{p}</p>" for p in _PROTEST_POST]
    page = _post_page("Hong Kong latest | World | News", "text-description", paragraphs, link, 4)
    assert _SEE_MORE in (trafilatura.extract(page) or "")  # the premise
    assert clean_html(page).text.split("\n") == _PROTEST_POST


def test_see_more_alone_or_in_a_sentence_is_no_related_link() -> None:
    # the label opens a related link only before its colon; a sentence that says "see more"
    # is the story's
    lines = [
        *_PROTEST_POST[:4],
        "Visitors can see more of the campus from the bridge: police blocked it on Monday.",
        *_PROTEST_POST[4:],
    ]
    verdicts = classify_lines(lines, from_html=True).verdicts
    assert [v.text for v in verdicts if v.keep] == lines


# --- a singular related label and its link, a subheading between the paragraphs ---------------

_JAM_POST = [
    "This holiday season I was thinking of flavors that would put me in the holiday spirit when "
    "it came to me. Not to be confused with a 1990s grunge band, pear jam is a delicious gift to "
    "give for the holidays.",
    "Is there anything better than a piece of toast or a biscuit topped with a dollop of jam? "
    "Especially homemade jam. Not many things are more homey and comforting than jam that has "
    "been made in someone’s kitchen.",
    "WHAT YOU NEED TO MAKE JAM",
    "Do you make jam in a pot? A pressure canner? I don’t know. Help!",
    "The simple answer is that foods with low acidity need to be canned in a pressure canner. "
    "For this jam, though, all you need is an inexpensive water bath canner with a rack.",
]


def test_a_related_post_label_and_its_link_between_the_paragraphs_go() -> None:
    # a dev page's pattern: "Related post:" (one post, the label's singular) and the link to
    # it, set as a subheading between two rules inside the post
    link = (
        "<hr><h3>Related post: <a href='/2016/07/pickled-brussels-sprouts-recipe/'>Pickled "
        "Brussels Sprouts Recipe</a></h3><hr>"
    )
    paragraphs = [f"<h3>{p}</h3>" if p.isupper() else f"<p>{p}</p>" for p in _JAM_POST]
    page = _post_page("Spiced Honey Pear Jam Recipe", "entry-content", paragraphs, link, 2)
    related = "Related post: Pickled Brussels Sprouts Recipe"
    assert related in (trafilatura.extract(page) or "")  # the premise
    assert clean_html(page).text.split("\n") == _JAM_POST


def test_singular_related_labels_of_other_languages_open_a_related_link() -> None:
    lines = [*_JAM_POST[:2], "", *_JAM_POST[2:]]
    for label in (
        "Artículo relacionado: Mermelada de pera con miel",
        "Matéria relacionada: Geleia de pera com mel",
        "Articolo correlato: Marmellata di pere al miele",
        "Gerelateerd artikel: Perenjam met honing",
    ):
        lines[2] = label
        verdicts = classify_lines(lines, from_html=True).verdicts
        assert [(v.text, v.category) for v in verdicts if not v.keep] == [(label, "related_link")]
    # a sentence that names a related story is the story's own
    lines[2] = "The related story: a neighbour made the same jam in 1990 and sold it at the fair."
    verdicts = classify_lines(lines, from_html=True).verdicts
    assert all(v.keep for v in verdicts if v.text)
