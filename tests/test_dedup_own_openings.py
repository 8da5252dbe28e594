"""Two different short stories of one outlet under the same text: a standard paragraph and a
list the strip stage kept. Their bodies are near-duplicates, yet each opening is a story the
other page lacks (:func:`cleanscrape.dedup.core.own_openings`, two texts of one site)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleanscrape import CleanOptions, compare
from cleanscrape.cli import main
from cleanscrape.dedup import find_duplicates
from cleanscrape.dedup.core import mutually_contained, opening_refusal, own_openings
from cleanscrape.dedup.prints import PrintList

# Two dev pages of the syndication benchmark (seed 81, ``--negative-paragraphs 2``): one
# outlet prints two different short stories, each opened by the same
# standard paragraph (another article's), and the strip stage kept the page's country
# selector under each story (a line of 420 words: its commas and "U.S." put it over the
# word-list rule's share of marks; a select box's options printed as one line are a word list
# since, and the strip stage drops the line now). The clean texts as the strip stage wrote
# them then, headlines as it found them.
STANDARD = (
    "Hardware attestation can be combined with independent rebuilds to increase confidence "
    "even more in the result. In particular, rebuilding every derivation twice, in different "
    "cloud providers (or once on-prem), and on AMD and Intel, is probably a very good idea, "
    "reducing the impact of both manufacturer-specific attacks and of cloud provider "
    "compromises."
)
COUNTRIES = (
    "Select Country United States Canada Afghanistan Åland Islands Albania Algeria American "
    "Samoa Andorra Angola Anguilla Antarctica Antigua and Barbuda Argentina Armenia Aruba "
    "Australia Austria Azerbaijan Bahamas Bahrain Bangladesh Barbados Belarus Belgium Belize "
    "Benin Bermuda Bhutan Bolivia Bosnia and Herzegovina Botswana Bouvet Island Brazil "
    "British Indian Ocean Territory Brunei Darussalam Bulgaria Burkina Faso Burundi Cambodia "
    "Cameroon Cape Verde Cayman Islands Central African Republic Chad Chile China Christmas "
    "Island Cocos (Keeling) Islands Colombia Comoros Congo Congo, The Democratic Republic of "
    "The Cook Islands Costa Rica Cote D'ivoire Croatia Cuba Cyprus Czech Republic Denmark "
    "Djibouti Dominica Dominican Republic Ecuador Egypt El Salvador Equatorial Guinea Eritrea "
    "Estonia Ethiopia Falkland Islands (Malvinas) Faroe Islands Fiji Finland France French "
    "Guiana French Polynesia French Southern Territories Gabon Gambia Georgia Germany Ghana "
    "Gibraltar Greece Greenland Grenada Guadeloupe Guam Guatemala Guernsey Guinea "
    "Guinea-bissau Guyana Haiti Heard Island and Mcdonald Islands Holy See (Vatican City "
    "State) Honduras Hong Kong Hungary Iceland India Indonesia Iran, Islamic Republic of Iraq "
    "Ireland Isle of Man Israel Italy Jamaica Japan Jersey Jordan Kazakhstan Kenya Kiribati "
    "Korea, Democratic People's Republic of Korea, Republic of Kuwait Kyrgyzstan Lao People's "
    "Democratic Republic Latvia Lebanon Lesotho Liberia Libyan Arab Jamahiriya Liechtenstein "
    "Lithuania Luxembourg Macao Macedonia, The Former Yugoslav Republic of Madagascar Malawi "
    "Malaysia Maldives Mali Malta Marshall Islands Martinique Mauritania Mauritius Mayotte "
    "Mexico Micronesia, Federated States of Moldova, Republic of Monaco Mongolia Montenegro "
    "Montserrat Morocco Mozambique Myanmar Namibia Nauru Nepal Netherlands Netherlands "
    "Antilles New Caledonia New Zealand Nicaragua Niger Nigeria Niue Norfolk Island Northern "
    "Mariana Islands Norway Oman Pakistan Palau Palestinian Territory, Occupied Panama Papua "
    "New Guinea Paraguay Peru Philippines Pitcairn Poland Portugal Puerto Rico Qatar Reunion "
    "Romania Russian Federation Rwanda Saint Helena Saint Kitts and Nevis Saint Lucia Saint "
    "Pierre and Miquelon Saint Vincent and The Grenadines Samoa San Marino Sao Tome and "
    "Principe Saudi Arabia Senegal Serbia Seychelles Sierra Leone Singapore Slovakia Slovenia "
    "Solomon Islands Somalia South Africa South Georgia and The South Sandwich Islands Spain "
    "Sri Lanka Sudan Suriname Svalbard and Jan Mayen Swaziland Sweden Switzerland Syrian Arab "
    "Republic Taiwan, Province of China Tajikistan Tanzania, United Republic of Thailand "
    "Timor-leste Togo Tokelau Tonga Trinidad and Tobago Tunisia Turkey Turkmenistan Turks and "
    "Caicos Islands Tuvalu Uganda Ukraine United Arab Emirates United Kingdom United States "
    "Minor Outlying Islands Uruguay Uzbekistan Vanuatu Venezuela Viet Nam Virgin Islands, "
    "British Virgin Islands, U.S. Wallis and Futuna Western Sahara Yemen Zambia Zimbabwe "
    "Submit"
)
STORY_A = [
    (
        "Cyber threats aren't just a problem for big corporations and governments – small "
        "businesses can be targets too. In fact, there is evidence that small businesses are more "
        "vulnerable to cyberattacks, not least because they sometimes lack the resources to "
        "protect themselves effectively."
    ),
    (
        "It's important to protect your business from cyberattacks, but with the cyber landscape "
        "evolving all the time, it can be daunting to know where to start. Here's a guide to help "
        "small businesses navigate the world of cyber threats."
    ),
]
STORY_B = (
    "The US is home to lots of more responsible fashion brands working to improve the fashion "
    "industry, and we've rounded up some of the top-rated ones to help you make better "
    "choices when you're shopping. Read on for 60 more ethical brands from the United States."
)
PAGE_A = "\n".join(["Enter Your :", STANDARD, *STORY_A, COUNTRIES])
PAGE_B = "\n".join(["About Humanscale Consulting", STANDARD, STORY_B, COUNTRIES])
SITES = ["blog.example", "blog.example"]


def _prints(texts: list[str]) -> PrintList:
    return PrintList(texts, CleanOptions(), sites=SITES)


def test_two_short_stories_of_one_site_under_one_shared_text_stay_apart() -> None:
    prints = _prints([PAGE_A, PAGE_B])
    bodies, wholes = (prints.hashes(0), prints.hashes(1)), (prints.whole(0), prints.whole(1))
    # the shared text outweighs each story: each body lies in the other's text
    assert mutually_contained(bodies, wholes, CleanOptions())
    # each opening is its own story for more than a third
    assert own_openings(prints.opening(0), wholes[0], prints.opening(1), wholes[1])
    for opts in (CleanOptions(), CleanOptions(containment=True)):
        assert find_duplicates([PAGE_A, PAGE_B], opts, sites=SITES).duplicate_of == [None, None]
    # (the rule is for one known site: pages of two sites may differ in their openings)
    assert find_duplicates([PAGE_A, PAGE_B], sites=["a.example", "b.example"]).duplicate_of == [
        None,
        0,
    ]


def test_the_rule_is_read_the_same_on_fingerprints() -> None:
    """The distributed engine decides on the texts' hashes: :func:`opening_refusal` with
    ``one_site``."""
    prints = _prints([PAGE_A, PAGE_B])
    hashes = (prints.opening(0), prints.whole(0), prints.opening(1), prints.whole(1))
    assert opening_refusal(*hashes) is None
    assert opening_refusal(*hashes, one_site=True) is not None


def test_a_copy_of_the_story_on_its_site_still_joins() -> None:
    """The same story on the same site, its lede printed a sentence a line (as the benchmark
    prints copies): the copy's opening lies in the first page, so the two join as before."""
    first, rest = STORY_A[0].split(". ", 1)
    copy = "\n".join(["Enter Your :", STANDARD, first + ".", rest, STORY_A[1], COUNTRIES])
    prints = _prints([PAGE_A, copy])
    assert not own_openings(prints.opening(0), prints.whole(0), prints.opening(1), prints.whole(1))
    assert find_duplicates([PAGE_A, copy], sites=SITES).duplicate_of == [None, 0]


def test_compare_gives_the_verdict_of_a_batch_of_the_two_sites() -> None:
    """``compare`` judges two texts as a batch does, their sites included: of one site the two
    stories stay apart, of two sites (or sites not known) the figures join them."""
    assert compare(PAGE_A, PAGE_B, sites=("blog.example", "blog.example")).relation == "different"
    assert compare(PAGE_A, PAGE_B, sites=("a.example", "b.example")).relation == "near"
    assert compare(PAGE_A, PAGE_B).relation == "near"


def test_the_command_line_compares_pages_as_clean_keys_their_sites(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two dumps without a URL are of one site when they share a folder (``clean``'s key):
    ``cleanscrape compare`` says so and agrees with what ``clean`` makes of the folder. (The
    pages are the strip stage's clean texts already, so both commands leave them as they are:
    the strip stage now drops the country selector, the line the two texts share most.)"""
    one = tmp_path / "one"
    one.mkdir()
    for name, page in (("a.txt", PAGE_A), ("b.txt", PAGE_B)):
        (one / name).write_text(page + "\n", encoding="utf-8")
    assert main(["compare", str(one / "a.txt"), str(one / "b.txt"), "--json", "--no-strip"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["relation"] == "different" and shown["sites"][0] == shown["sites"][1]
    assert main(["clean", str(one), "-o", str(tmp_path / "out_one"), "-q", "--no-strip"]) == 0
    report = json.loads((tmp_path / "out_one" / "report.json").read_text(encoding="utf-8"))
    assert report["stats"]["duplicates"] == 0
    # the same two pages in two folders: two sites, joined by compare and by clean
    two = tmp_path / "two"
    for folder, name in (("x", "a.txt"), ("y", "b.txt")):
        (two / folder).mkdir(parents=True)
        (two / folder / name).write_bytes((one / name).read_bytes())
    assert main(["compare", str(two / "x" / "a.txt"), str(two / "y" / "b.txt"), "--no-strip"]) == 0
    out = capsys.readouterr().out
    assert "verdict: near" in out and "sites: two" in out
    assert main(["clean", str(two), "-o", str(tmp_path / "out_two"), "-q", "--no-strip"]) == 0
    report = json.loads((tmp_path / "out_two" / "report.json").read_text(encoding="utf-8"))
    assert report["stats"]["duplicates"] == 1
