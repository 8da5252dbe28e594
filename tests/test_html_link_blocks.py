"""Blocks of links beside the article, without class names (``html/link_blocks.py``)."""

from __future__ import annotations

import re

from lxml import html as lxml_html

from cleanscrape.html.extract import extract_html
from cleanscrape.html.link_blocks import link_blocks

_LINK_TAGS = re.compile(r"</?a\b[^>]*>")

# a real AEB dev page (an Indonesian blog) reduced: the article's first paragraphs and, in the
# sidebar list beside them, a widget of links to other posts and sponsors, here with every
# class and id taken off as an older site writes it
_ARTICLE = (
    "Jangan lebay dalam mencintai atau membenci sesuatu. Biasa biasa saja. Jangan sampai "
    "karena kita amat membenci satu kaum, akhirnya kita justru menganiaya mereka secara keji / "
    "biadab:",
    "“…Dan janganlah sekali-kali kebencian(mu) kepada sesuatu kaum karena mereka "
    "menghalang-halangi kamu dari Masjidilharam, mendorongmu berbuat aniaya (kepada mereka)…” "
    "[Al Maa-idah 2]",
    "Kita harus hati2 terhadap aliran ekstrim “Penegak Sunnah” yang menanamkan kebencian yang "
    "amat sangat pada satu kaum sehingga akhirnya membantai kaum tsb dgn berbagai bom bunuh "
    "diri. Nabi dan para sahabat meng-Islam-kan Orang Kafir tanpa paksaan. Laa ikroha fid diin. "
    "Bukan membantai orang kafir.",
    "“Cintailah orang yang kamu cintai sekadarnya. Bisa jadi orang yang sekarang kamu cintai "
    "suatu hari nanti harus kamu benci. Dan bencilah orang yang kamu benci sekadarnya, bisa "
    "jadi di satu hari nanti dia menjadi orang yang harus kamu cintai.”",
)
# the sidebar's next widget: a quotation of its own, prose
_WIDGET_QUOTE = (
    "Nabi: Sesungguhnya diantara ummatku ada orang yang membaca Alquran tapi tidak melampaui "
    "tenggorokan mereka. Mereka membunuh orang Islam dan membiarkan penyembah berhala. Mereka "
    "keluar dari Islam secepat anak panah melesat dari busurnya. (Shahih Muslim No.1762)"
)
# the widget as the page writes it (three of its six posts; images' sources taken off)
_WIDGET = (
    "<div><ul><li>"
    '<a title="Cara Nabi Menjaga Kesehatan dan Berobat"'
    ' href="https://bekamasysyifaholistik.com/2010/06/22/cara-nabi-menjaga-kesehatan-dan-b'
    'erobat/"><img alt="Cara Nabi Menjaga Kesehatan dan Berobat"></a><div>'
    "<a"
    ' href="https://bekamasysyifaholistik.com/2010/06/22/cara-nabi-menjaga-kesehatan-dan-b'
    'erobat/">Cara Nabi Menjaga Kesehatan dan Berobat</a></div></li><li>'
    '<a title="Beberapa Hal Penting Sebelum dan Setelah Dibekam"'
    ' href="https://bekamasysyifaholistik.com/2010/12/29/beberapa-hal-penting-sebelum-dan-'
    'setelah-dibekam/"><img alt="Beberapa Hal Penting Sebelum dan Setelah Dibekam"></a>'
    "<div>"
    "<a"
    ' href="https://bekamasysyifaholistik.com/2010/12/29/beberapa-hal-penting-sebelum-dan-'
    'setelah-dibekam/">Beberapa Hal Penting Sebelum dan Setelah Dibekam</a></div></li><li>'
    '<a title="Berapa Kali/Sering Kita Harus Bekam?"'
    ' href="https://bekamasysyifaholistik.com/2011/03/07/berapa-kalisering-kita-harus-beka'
    'm/"><img alt="Berapa Kali/Sering Kita Harus Bekam?"></a><div>'
    "<a"
    ' href="https://bekamasysyifaholistik.com/2011/03/07/berapa-kalisering-kita-harus-beka'
    'm/">Berapa Kali/Sering Kita Harus Bekam?</a></div></li></ul><p>'
    "<a"
    ' href="https://infoindonesiakita.com/2017/04/05/jual-beli-sepeda-motor-cash-atau-kred'
    'it-untuk-jakarta-dan-jabodetabek/" rel="nofollow" title="Jual Beli Sepeda Motor">'
    '<img alt="">Jual Beli Sepeda Motor EVA 085920594986</a></p><p>'
    '<a title="Budget Traveler, Ini Lho Rekomendasi Kuliner Murah dan Menggugah Selera'
    ' di\xa0Jogja"'
    ' href="https://agusnizami.com/2017/02/22/budget-traveler-ini-lho-rekomendasi-kuliner-'
    'murah-dan-menggugah-selera-di-jogja/" rel="bookmark">'
    "Budget Traveler, Ini Lho Rekomendasi Kuliner Murah dan Menggugah Selera di\xa0Jogja</a>"
    "</p><p><strong>Ayo Infaq Dakwah</strong></p><p>Rekening BCA 0061947069 a/n Nizami</p>"
    "<p>"
    '<a title="Sejarah Melempar Jumrah"'
    ' href="http://munatour.co.id/sejarah-melempar-jumrah/">Sejarah Melempar Jumrah</a>'
    '</p><p><a title="Rukun-Rukun Haji" href="http://munatour.co.id/rukun-rukun-haji/">'
    "Rukun-Rukun Haji</a></p><p>"
    '<a title="Biro Haji dan Umrah Munatour" href="http://munatour.co.id">'
    "Biro Haji dan Umrah Munatour</a></p><p>"
    '<a title="Jual Nasi Kebuli"'
    ' href="http://nasi-kebuli.com/2016/04/08/jual-nasi-kebuli" rel="nofollow">'
    '<img alt="Jual Nasi Kebuli">Jual Nasi Kebuli Jakarta</a></p><p>'
    '<a title="Buku “Membangun IMAN Di Zaman Modern” oleh Agus Nizami"'
    ' href="http://media-islam.or.id/2015/11/11/buku-membangun-iman-di-zaman-modern-oleh-a'
    'gus-nizami" rel="nofollow">'
    '<img alt="Buku “Membangun IMAN Di Zaman Modern” oleh Agus Nizami">'
    "Buku “Membangun IMAN Di Zaman Modern” oleh Agus Nizami</a></p><a></a><div></div><h3>"
    '<a title="Diskusi Islam" href="https://groups.yahoo.com/neo/groups/syiar-islam/info">'
    "Diskusi Islam</a></h3><p>"
    "<a"
    ' href="https://www.change.org/p/presiden-joko-widodo-turunkan-tarif-listrik-pln-yang-'
    'amat-mahal/">Petisi Turunkan Tarif Listrik PLN yang Amat Mahal</a></p></div>'
)


def _page(*, linked: bool = True) -> str:
    """The reduced page; with ``linked`` false the widget's links are taken off, their text
    kept."""
    widget = _WIDGET if linked else _LINK_TAGS.sub("", _WIDGET)
    paragraphs = "".join(f"<p>{p}</p>" for p in _ARTICLE)
    return (
        "<html><head><title>Jangan Membenci Satu Kaum Secara Berlebihan</title></head><body>"
        f"<div><div><ul><li>{widget}</li>"
        f"<li><div><p>{_WIDGET_QUOTE}</p></div></li></ul></div>"
        "<div><div><div><h1>Jangan Membenci Satu Kaum Secara Berlebihan</h1>"
        f"<div>{paragraphs}</div></div></div></div></div></body></html>"
    )


def test_a_widget_of_links_beside_the_article_is_not_extracted() -> None:
    text = "\n".join(extract_html(_page()).lines)
    assert "Jangan lebay" in text and "Laa ikroha fid diin" in text
    assert "Budget Traveler" not in text and "Rukun-Rukun Haji" not in text


def test_the_widget_is_found_and_the_articles_prose_is_not() -> None:
    body = lxml_html.fromstring(_page()).find("body")
    assert body is not None
    found = link_blocks(body)
    assert len(found) == 1 and "Budget Traveler" in found[0].text_content()
    assert "Jangan lebay" not in found[0].text_content()


def test_the_same_widget_without_its_links_is_no_link_block() -> None:
    body = lxml_html.fromstring(_page(linked=False)).find("body")
    assert body is not None
    assert link_blocks(body) == []
