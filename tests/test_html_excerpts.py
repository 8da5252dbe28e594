"""Lists of teaser cards cut short, without class names (``html/excerpts.py``)."""

from __future__ import annotations

from lxml import html as lxml_html

from cleanscrape import clean_html
from cleanscrape.html.excerpts import excerpt_lists
from cleanscrape.html.extract import extract_html

# a real AEB dev page (an Indian-American news site): a "Breaking News" box of other stories
# above the article, each a headline link and the story's first words cut by "...", here with
# every class and id taken off as an older site writes it (the article's first three
# paragraphs: the box holds more text than they do)
_SITE = "https://www.indiapost.com/"
_URL = _SITE + "with-shattered-dreams-deportees-return-home-from-us/"
_CARDS = (
    (
        (
            "uscirf-expresses-concern-over-nrc-says-1-9-million-assam-residents-may-soon-be-deeme"
            "d-stateless"
        ),
        (
            "USCIRF expresses concern over NRC, says 1.9 million Assam residents may soon be "
            "deemed stateless"
        ),
        (
            "WASHINGTON: Expressing concern over the NRC exercise in Assam, an independent, "
            "bipartisan US government entity has said that close to two million long-time "
            "residents of the Indian state may soon..."
        ),
    ),
    (
        "indian-origin-man-pleads-guilty-to-fraud-scheme-in-us",
        "Indian-origin man pleads guilty to fraud scheme in US",
        (
            "NEW YORK: An Indian-origin man has pleaded guilty to theft, embezzlement and "
            "misapplication of bank funds in connection with a fraud scheme to illegally make "
            "loans. Raminder Singh Rekhi, 41,..."
        ),
    ),
    (
        "un-regrets-new-us-position-on-legality-of-israeli-settlements",
        "UN ‘regrets’ new US position on legality of Israeli settlements",
        (
            "UNITED NATIONS: United Nations Secretary General Antonio Guterres has regretted the "
            "announcement made by the Trump administration that it no longer believes the Israeli"
            " settlements in the Palestinian territories are..."
        ),
    ),
    (
        "internet-in-kashmir-after-local-admn-feels-it-is-fit-to-do-so-hm",
        "Internet in Kashmir after local admn feels it is fit to do so: HM",
        (
            "NEW DELHI: Home Minister Amit Shah on Wednesday said in Rajya Sabha that the "
            "government will restore Internet connection in Kashmir as soon as the local "
            "administration feels it is..."
        ),
    ),
    (
        "with-shattered-dreams-deportees-return-home-from-us",
        "With shattered dreams, deportees return home from US",
        (
            "NEW DELHI: Their American dream shattered and huge savings wasted, nearly 150 "
            "Indians returned home broke on Wednesday after being deported for either violating "
            "visa norms or illegally entering the..."
        ),
    ),
    (
        "imran-khan-led-govts-days-are-numbered-warns-pak-cleric-fazlur-rehman",
        "Imran Khan-led govt’s days are numbered: warns Pak cleric Fazlur Rehman",
        (
            "KARACHI: Firebrand cleric-cum-politician Maulana Fazlur Rehman has fired a fresh "
            "salvo at Prime Minister Imran Khan, saying the “Gorbachev of Pakistan” was heading a"
            " government that has its days numbered...."
        ),
    ),
    (
        (
            "sc-asks-kerala-govt-to-come-out-with-exclusive-law-for-administration-of-sabarimala-"
            "temple"
        ),
        (
            "SC asks Kerala govt to come out with exclusive law for administration of Sabarimala "
            "temple"
        ),
        (
            "NEW DELHI: The Supreme Court Wednesday asked the Kerala government to come out with "
            "an exclusive legislation regarding the administration of the historic Sabarimala "
            "temple. A bench headed by Justice..."
        ),
    ),
    (
        (
            "pm-must-intervene-govt-should-give-full-disclosure-about-electoral-bonds-in-parliame"
            "nt-cong"
        ),
        (
            "PM must intervene, govt should give full disclosure about electoral bonds in "
            "Parliament: Cong"
        ),
        (
            "NEW DELHI: The Congress on Wednesday demanded Prime Minister Narendra Modi’s "
            "intervention and urged the government to disclose all details about electoral bonds "
            "before Parliament. “What we are talking about..."
        ),
    ),
    (
        "newly-elected-lankan-president-accepts-imran-khans-invitation-to-visit-pakistan",
        "Newly-elected Lankan president accepts Imran Khan’s invitation to visit Pakistan",
        (
            "COLOMBO: Newly-elected Sri Lankan President Gotabhaya Rajapaksa has accepted "
            "Pakistan Prime Minister Imran Khan’s invitation to visit his country, the Pakistan "
            "High Commission here said on Wednesday. Khan on Tuesday..."
        ),
    ),
    (
        "all-schools-colleges-in-j-k-open-attendance-98pc-govt",
        "All schools, colleges in J-K open; attendance 98pc: Govt",
        (
            "NEW DELHI: All schools and colleges are now open in Jammu and Kashmir and there is "
            "98 per cent attendance in these institutions, the government told Parliament on "
            "Wednesday. It..."
        ),
    ),
)
_ARTICLE = (
    "NEW DELHI: Their American dream shattered and huge savings wasted, nearly 150 Indians "
    "returned home broke on Wednesday after being deported for either violating visa norms or "
    "illegally entering the United States. As they stepped outside the airport, one after the "
    "other, they appeared sad. Some said they felt dejected that they could not realise their "
    "American dream even after several attempts.",
    "“This was the fourth time I have been deported,” said Singh Jabarjung, 24, from Punjab’s "
    "Bhatinda.",
    "“I boarded a flight on May 15 and reached Mexico via Moscow and Paris. From there, I tried "
    "to enter California on May 16 but was caught by police and deported from Arizona,” he said.",
)


def _page(cards: tuple[tuple[str, str, str], ...] = _CARDS) -> str:
    items = "".join(
        f"<li><a href='{_SITE}{slug}/'>{headline}</a> <span>{excerpt}</span></li>"
        for slug, headline, excerpt in cards
    )
    return (
        "<html><head><title>With shattered dreams, deportees return home from US</title></head>"
        "<body><div><div><div><b>Breaking News</b></div>"
        f"<div><ul>{items}</ul></div></div>"
        "<div><h2>With shattered dreams, deportees return home from US</h2>"
        "<div><span>November 20</span> <span>15:23</span> <span>2019</span></div><div>"
        + "".join(f"<p>{p}</p>" for p in _ARTICLE)
        + "</div></div><div><h2>Related Articles</h2></div></div></body></html>"
    )


def test_a_list_of_teasers_cut_short_without_class_names_is_taken_out() -> None:
    page = _page()
    text = clean_html(page, url=_URL).text
    assert text.split("\n") == list(_ARTICLE)
    assert extract_html(page, url=_URL).pruned["excerpt_list"] == 1


def test_a_list_whose_items_are_not_all_cut_short_stays() -> None:
    # the article's own list of links with a sentence each: not every item ends in "..."
    cards = tuple(
        (slug, headline, excerpt.removesuffix("...") + ".") for slug, headline, excerpt in _CARDS
    )
    body = lxml_html.document_fromstring(_page(cards[:2] + _CARDS[2:])).find("body")
    assert body is not None
    assert excerpt_lists(body) == []


def test_two_cards_or_headlines_of_two_words_are_no_teaser_list() -> None:
    few = lxml_html.document_fromstring(_page(_CARDS[:2])).find("body")
    short = tuple((slug, "Kashmir internet", excerpt) for slug, _, excerpt in _CARDS)
    shorts = lxml_html.document_fromstring(_page(short)).find("body")
    assert few is not None and shorts is not None
    assert excerpt_lists(few) == [] and excerpt_lists(shorts) == []
