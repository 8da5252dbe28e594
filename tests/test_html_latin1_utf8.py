"""A page whose text was stored as UTF-8 read as Latin-1 and encoded again
(``text/repair.py:repair_latin1_utf8``, called by ``process.clean_html_document``)."""

from __future__ import annotations

from cleanscrape.options import CleanOptions
from cleanscrape.process import clean_html_document

# an energy company's feature on local climate solutions (a WCXB dev page), its paragraphs as
# the benchmark's gold prints them: the page's own bytes carry every curly quote, dash and
# degree sign encoded twice, "don" + "â" + U+0080 + U+0099 + "t"
_TITLE = "Five innovative solutions to climate change: learning from global hotspots"
_PARAGRAPHS = (
    "The last decade was the warmest on record disrupting the Earth’s natural systems. As "
    "different parts of the world experience climate change in diverse ways, what can we "
    "learn from local solutions? Here, journalist Nick van Mead considers five innovative "
    "initiatives that address specific climate-related issues in their area of the world.",
    "In Rwanda, the sun is being used to allow people to charge cell phones when they don’t "
    "have access to electricity at home. Ared’s mobile kiosks, powered by 100-watt solar "
    "panels, can charge up to 30 phones at once and serve as Wi-Fi hotspots. Operators wheel "
    "the kiosks, known as “shiriki hubs”, to busy areas such as markets and central squares "
    "to maximize footfall and connect the unconnected: the World Bank says 72% of the Rwandan "
    "population have a mobile phone; yet only 34% have access to electricity.",
    "Much of the world suffered in intense heat this year, and cities around the world are "
    "looking to nature for help. In Paris – where climate activists recorded a temperature of "
    "56℃ bouncing off the concrete on the treeless street outside the Garnier Opera House; "
    "double the 28℃ in a shaded boulevard nearby – mayor Anne Hidalgo has a plan to plant an "
    "additional 175,000 trees by 2026.",
    "The French capital is not alone. Madrid is planting a one-million-tree Bosque "
    "Metropolitano around its periphery, while the South Korean capital Seoul is creating "
    "“wind path forests” along rivers and roads to funnel cool air from into the city center "
    "in a bid to cut summer temperatures.",
    "The author of books including Trees in Indian Cities and Reforesting Landscapes, Nagendra "
    "said: “Because of their concrete, cities develop intense heat, and can be 8 to 10 degrees "
    "hotter than their surroundings. Green spaces, lakes and streams and trees cool that heat. "
    "They are also essential for the wellbeing of a city’s people.”",
)


def _twice(text: str) -> str:
    """``text`` as the page stores it: its UTF-8 bytes read one character a byte."""
    return text.encode("utf-8").decode("latin-1")


def _page(paragraphs: tuple[str, ...]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<html><head><meta charset="utf-8"><title>{_TITLE}</title></head><body>'
        f"<article><h1>{_TITLE}</h1>{body}</article></body></html>"
    )


def test_a_page_encoded_twice_comes_out_in_its_own_words() -> None:
    """``main`` prints "donât", "Aredâs" and "âshiriki hubsâ": the extractor drops the C1
    controls before ftfy could read the sequences back."""
    result = clean_html_document(
        _page(tuple(_twice(p) for p in _PARAGRAPHS)), CleanOptions(dedup=False)
    )
    lines = result.text.splitlines()
    for paragraph in _PARAGRAPHS:
        assert paragraph in lines
    assert "â" not in result.text


#: The feature's first paragraph with its curly apostrophe as a windows-1252 byte read as
#: Latin-1, the C1 control U+0092 ("Earth" U+0092 "s"): real text changed, as a WCXB held-out
#: page prints its apostrophes.
_CP1252 = _PARAGRAPHS[0].replace("’", "\x92")


def test_a_page_with_a_c1_control_of_another_code_page_is_left_as_it_is() -> None:
    """A windows-1252 apostrophe read as the C1 control U+0092 (:data:`_CP1252`, a WCXB
    held-out page's pattern) is no UTF-8 sequence: the page's other sequences are left too,
    for the page is not known to be encoded twice."""
    from cleanscrape.text import repair_latin1_utf8  # (new: imported here, where it is tested)

    page = _page((_twice(_PARAGRAPHS[1]), _CP1252))
    assert repair_latin1_utf8(page) is page
    clean = _page(_PARAGRAPHS)
    assert repair_latin1_utf8(clean) is clean
    assert repair_latin1_utf8(_page((_twice(_PARAGRAPHS[1]),))) == _page((_PARAGRAPHS[1],))


# two more paragraphs of the same feature as the page stores them before they were encoded
# twice: a no-break space after the dash before a link and one closing the paragraph
_NBSP_PARAGRAPHS = (
    "Neste, a global leader in the field of renewable diesel and sustainable aviation fuel, "
    "has been supplying approximately 4 million liters of renewable diesel to school districts "
    "in California and Oregon each year –\xa0giving up to 168,000 students a more sustainable "
    "ride to school.",
    "While the specific challenges and climate change-related issues are different from one "
    "part of the world to another, ultimately we all have a shared goal and responsibility to "
    "dramatically cut back on emissions.\xa0",
)


def test_a_no_break_space_encoded_twice_leaves_no_letter_behind() -> None:
    """``main`` prints "each year –Â giving" and "emissions.Â": "Â" and a no-break space
    hold no C1 control, and the extractor turns the no-break space into a space or drops it
    at the paragraph's end, where ftfy no longer reads "Â" back."""
    paragraphs = (*_PARAGRAPHS[:2], *_NBSP_PARAGRAPHS)
    result = clean_html_document(
        _page(tuple(_twice(p) for p in paragraphs)), CleanOptions(dedup=False)
    )
    lines = [" ".join(line.split()) for line in result.text.splitlines()]
    for paragraph in paragraphs:
        assert " ".join(paragraph.split()) in lines
    assert "Â" not in result.text


def test_the_read_back_is_reported_where_repairs_are() -> None:
    """``metadata["repaired"]`` names the read-back, as it names a legacy Vietnamese
    encoding undone; a page in its own words reports none (``main`` reported none either)."""
    twice = clean_html_document(
        _page(tuple(_twice(p) for p in _PARAGRAPHS)), CleanOptions(dedup=False)
    )
    assert twice.metadata.get("repaired") == ["utf8-as-latin1"]
    clean = clean_html_document(_page(_PARAGRAPHS), CleanOptions(dedup=False))
    assert "repaired" not in clean.metadata


def test_the_c1_controls_are_looked_for_in_the_bytes_as_in_the_text() -> None:
    """Given the page's UTF-8 bytes (as the HTML parser has them), the read-back finds the C1
    controls in them and gives what it gives from the text alone: the page encoded twice read
    back, the page with a windows-1252 apostrophe and the page in its own words left as they
    are (the same object)."""
    from cleanscrape.text import repair_latin1_utf8

    twice = _page(tuple(_twice(p) for p in _PARAGRAPHS))
    other = _page((_twice(_PARAGRAPHS[1]), _CP1252))
    clean = _page(_PARAGRAPHS)
    assert repair_latin1_utf8(twice, utf8=twice.encode("utf-8")) == _page(_PARAGRAPHS)
    assert repair_latin1_utf8(other, utf8=other.encode("utf-8")) is other
    assert repair_latin1_utf8(clean, utf8=clean.encode("utf-8")) is clean
