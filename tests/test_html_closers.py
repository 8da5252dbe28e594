"""The outlet's own lines after the article in HTML pages: tag rows told by ``rel="tag"``
(:mod:`cleanscrape.html.tag_rows`), written on the pattern of a dev page (a race calendar in
Portuguese, its tag row and comment policy under it, above the comments widget)."""

from __future__ import annotations

import trafilatura

from cleanscrape import clean_html
from cleanscrape.html.extract import extract_html, parse_html
from cleanscrape.html.tag_rows import tag_rows

_STAGES = [
    "1a etapa: 10 de março – Interlagos",
    "2a etapa: 8 de abril – Curitiba / Alternativa",
    "3a etapa: 22 de abril – Velopark",
    "4a etapa: 06 de maio – Londrina",
    "5a etapa: 20 de maio – Santa Cruz do Sul",
    "6a etapa: 5 de agosto – Corrida do Milhão",
    "7a etapa: 19 de agosto – A ser divulgado",
    "8a etapa: 09 de setembro – Cascavel",
    "9a etapa: 23 de setembro – Velo Città",
    "10a etapa: 21 de outubro – Tarumã",
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
    assert lines[: len(_STAGES) + 3] == ["Calendário da Stock Car 2018", *_STAGES, *_NOTES]
    assert "Tags" not in lines and ", ".join(_TAGS) not in lines
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
