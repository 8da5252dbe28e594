"""Blocks of links beside the article on pages without class names (``html/link_blocks.py``)."""

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


# a real AEB dev page (a news agency's story hosted for a paper) reduced, every class and id
# taken off as an older site writes it: the story's first paragraphs, then, in the story's
# section under them, its boxes of tags ("Places in this Story", "People in the Story") and
# the site's "Trending" box
_STORY = (
    "WASHINGTON (AP) — Ambassador Gordon Sondland, the most anticipated witness in the "
    "impeachment inquiry, is likely to be unpredictable when he faces questions about his "
    "evolving accounts of the Trump administration’s dealings with Ukraine and a newly "
    "revealed summertime phone call with President Donald Trump.",
    "Sondland, a wealthy hotelier Trump tapped as his ambassador to the European Union, is "
    "more directly entangled than any witness yet in the Republican president’s efforts to "
    "get Ukraine to investigate political rival Joe Biden and Democrats in the 2016 election. "
    "Yet Sondland has already amended his testimony once — “I now do recall,” he said, "
    "talking to Ukraine about investigations.",
    "Sondland’s appearance at Wednesday morning’s hearing, and his closeness to Trump, is of "
    "particular concern to the White House as the historic impeachment inquiry reaches closer "
    "to the president, pushing through an intense week with nine witnesses testifying over "
    "three days in back-to-back sessions.",
    "Trump has recently tried to suggest that he barely knows his hand-picked ambassador, but "
    "Sondland has said he has spoken several times with the president and was acting on his "
    "direction.",
)
_TAGS = "https://hosted.ap.org/berkshireeagle/tags/"
_BOXES = (
    "<div><div><h3>Places in this Story</h3><ul>"
    f'<li><a rel="tag" href="{_TAGS}ukraine">Ukraine</a></li>'
    f'<li><a rel="tag" href="{_TAGS}district-columbia">District of Columbia</a></li>'
    f'<li><a rel="tag" href="{_TAGS}united-states">United States</a></li></ul></div>'
    "<div><h3>People in the Story</h3><ul>"
    f'<li><a rel="tag" href="{_TAGS}rudolph-giuliani">Rudolph Giuliani</a></li>'
    f'<li><a rel="tag" href="{_TAGS}joe-biden">Joe Biden</a></li>'
    f'<li><a rel="tag" href="{_TAGS}donald-trump">Donald Trump</a></li></ul></div></div>'
    "<div><h3>Trending</h3><ol>"
    '<li><a href="/berkshireeagle/article/7538/woman-killed-suspect-shot">'
    "'Tarzan' actor Ron Ely's wife killed; son shot by deputies</a></li>"
    '<li><a href="/berkshireeagle/article/4ea6/iowa-man-finds-animal-blood">'
    "Iowa man finds 5 inches of animal blood flooding basement</a></li>"
    '<li><a href="/berkshireeagle/article/5ff0/engineer-ethiopian-airlines">'
    "Airline went into records after Max crash, engineer says</a></li></ol></div>"
)


def _story_page() -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in _STORY)
    return (
        "<html><head><title>Unpredictable Sondland faces questions about Trump, Ukraine"
        "</title></head><body><div><div><section>"
        "<h1>Unpredictable Sondland faces questions about Trump, Ukraine</h1>"
        f"<div>{paragraphs}</div>{_BOXES}</section></div></div></body></html>"
    )


# a real WCXB dev page (a homesteading blog's post) reduced, attributes taken off: the post
# ends on a subheading and a list of links to the author's other posts, the list set beside
# the post's paragraphs; the gold keeps it. After the post, a box of the blog's recent posts
# (the page's own, beside the article).
_POST = (
    "I grew up surrounded by every form of herbicide and insecticide you could imagine. All of "
    "our childhood coffee cups and kitchen utensils were emblazoned with the names of various "
    "chemicals and seed treatments. I remember the seeds we planted in our garden each year "
    'were bright pink from the "pre-treatment" applied to them.',
    "But here I am, 20 years later, passionate about figuring out a better way. However I have "
    "to admit, the bugs eating my garden this year have made me want to say bad words…",
    "My DIY Liquid Fence recipe is a good option for keeping out bunnies, but I still needed an "
    "organic pest control method to keep insects from mowing down my beans and beets.",
    "I blame it on the extremely abnormal amounts of moisture dry ol' Wyoming has had this "
    "year, but it's been a constant battle to keep my poor little plants from being devoured.",
)
_MORE = (
    ("natural-insect-repellent-recipes", "20+ Natural Insect Repellent Recipes"),
    ("homemade-fly-spray-animals", "Homemade Fly Spray for Animals"),
    ("fly-control-chicken-coop", "6 Strategies for Fly Control in the Chicken Coop"),
    ("diy-bug-bite-relief-stick", "DIY Bug Bite Relief Stick"),
)
_SIDEBAR = (
    ("garden-soil-test", "What We Learned by Having Our Garden Soil Tested"),
    ("spoon-butter-recipe", "Homemade Spoon Butter Recipe"),
    ("buy-heirloom-seeds", "Where to Buy Heirloom Seeds"),
)


def _links(items: tuple[tuple[str, str], ...]) -> str:
    return "".join(
        f'<li><a href="https://www.theprairiehomestead.com/{slug}/">{text}</a></li>'
        for slug, text in items
    )


def _post_page() -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in _POST)
    return (
        "<html><head><title>Organic Pest Control Garden Spray Recipe</title></head>"
        f"<body><div><div><h1>Organic Pest Control Garden Spray Recipe</h1>{paragraphs}"
        f"<h3>My Other Tricks for Naturally Battling Bugs</h3><ul>{_links(_MORE)}</ul></div>"
        f"<div><div><h3>Recent Posts</h3><ul>{_links(_SIDEBAR)}</ul></div></div>"
        "</div></body></html>"
    )


def test_the_boxes_are_found_and_the_story_is_not() -> None:
    body = lxml_html.fromstring(_story_page()).find("body")
    assert body is not None
    found = [" ".join(b.text_content().split()) for b in link_blocks(body)]
    assert found[:2] == ["UkraineDistrict of ColumbiaUnited States",
                         "Rudolph GiulianiJoe BidenDonald Trump"]  # fmt: skip
    assert len(found) == 3 and found[2].startswith("Trending")


def test_a_list_of_links_beside_the_posts_paragraphs_stays() -> None:
    body = lxml_html.fromstring(_post_page()).find("body")
    assert body is not None
    found = [" ".join(b.text_content().split()) for b in link_blocks(body)]
    assert len(found) == 1 and found[0].startswith("Recent Posts")


def test_a_page_that_names_its_blocks_is_left_to_the_class_words() -> None:
    page = _story_page().replace("<div><h3>Trending", '<div class="trending"><h3>Trending')
    page = page.replace("<div><div><h3>Places", '<div id="tags"><div><h3>Places')
    body = lxml_html.fromstring(page).find("body")
    assert body is not None
    assert link_blocks(body) == []


def test_a_table_of_contents_is_no_block_of_links() -> None:
    toc = "".join(f'<li><a href="#part-{i}">Part {i} of the story</a></li>' for i in range(4))
    page = _story_page().replace("<h1>", f"<div><ul>{toc}</ul></div><h1>")
    body = lxml_html.fromstring(page).find("body")
    assert body is not None
    assert all("Part 1" not in b.text_content() for b in link_blocks(body))
