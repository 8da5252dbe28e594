"""``benchmarks/dedup_corpus.py``, the syndication corpus's builder: a sentence is not split at
"et al.", an initial, "U.S." inside a sentence or a journal's abbreviation in a reference, an
outlet does not cut a long first paragraph to its first sentence, and an outlet's chrome holds
neither the page's own article nor a long run of article prose."""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from dedup_corpus import _lede_form, site_chrome, split_sentences  # noqa: E402

#: A reference entry of a dev story (a health guide's reference list), as the gold prints it.
REFERENCE = (
    "- Grant S, Colaiaco B, Motala A, et al. Mindfulness-based relapse prevention for "
    "substance use disorders: a systematic review and meta-analysis."
)

#: A dev story's first paragraph (a tutoring guide): an essay's opening of 145 words whose
#: first sentence is nine.
LONG_LEDE = (
    "Tutoring is probably one of the oldest teaching methods. In ancient Greece, in the time "
    "of Plato and Socrates, the children of the wealthy were educated individually or in small "
    "groups by masters or tutors. During the Middle Ages the children of nobles and the wealthy "
    "continued receiving their education from tutors. When more formalized educational "
    "institutions became available, teachers started teaching, but tutors continued to play an "
    "important role in the learning process. In the past only the wealthy students had tutors. "
    "Today tutoring programs are widely available to students through their schools, churches, "
    "and community agencies as well as private tutorial services. Today, students at all "
    "levels receive tutoring to help them to master reading, math, chemistry, and physics. "
    "Nowadays a student may even get a tutor who will prepare him or her for high stakes tests "
    "such as the SAT or GRE."
)

#: The same guide's news-length opening: its first two sentences.
SHORT_LEDE = (
    "Tutoring is probably one of the oldest teaching methods. In ancient Greece, in the time "
    "of Plato and Socrates, the children of the wealthy were educated individually or in small "
    "groups by masters or tutors."
)

#: A dev page's own post (a photographer's camera list): the gold's paragraph, and the same
#: paragraph as the page's dump prints it (a price's comma moved next to it, a link's
#: parentheses closed up), so that the dump's line is not the gold's text.
GOLD_PARAGRAPH = (
    "Sony is really good at almost getting me to convert. Their cameras have excellent video, "
    "superbly sharp images, incredible full-frame sensors and super fast, reliable autofocus. "
    "The Sony A7 IV is a highly desired camera this year, especially for videographers who "
    "dabble in photography. For around $2500 , it’s one of the more expensive cameras in this "
    "group, but Sony does not disappoint."
)
DUMP_PARAGRAPH = GOLD_PARAGRAPH.replace("$2500 ,", "$2500,")
SECOND_GOLD = (
    "Oh, Nikon. They are pretty much Canon’s main long-time rival and evil twin sister. I have "
    "a Nikon film camera, the Nikon FE2 , that I’m absolutely obsessed with and take with me "
    "everywhere. For around $2100 , I truly can’t believe how affordable this camera is."
)
DUMP_SECOND = SECOND_GOLD.replace("FE2 ,", "FE2,").replace("$2100 ,", "$2100,")
#: The page's title as its dump prints it first, which shares most of its words with the post's
#: own last sentence (``GOLD_CLOSE``): a line of the page's head, not a paragraph of its post.
TITLE = (
    "Top 10 Most Desired Digital Cameras of 2025 Under $2500 | The Best Mirrorless Cameras on "
    "the Market — Myles Katherine Photography"
)
GOLD_CLOSE = (
    "In the meantime, I wanted to share the cameras that have caught my eye this year, so "
    "without further ado, here are the Top 10 Most Desired Digital Cameras of 2025 Under $2500 "
    "- The Best Mirrorless Cameras on the Market ."
)
MENU = ["About", "Portfolio", "Blog", "Services", "PRINT SHOP", "Contact", "Menu"]
FOOTER = [
    "Subscribe",
    "Sign up with your email address to receive news and updates.",
    "Email Address",
    "Sign Up",
    "We respect your privacy.",
    "PRIVACY POLICY & DISCLAIMERS",
]


def test_a_reference_entry_is_one_sentence() -> None:
    assert split_sentences(REFERENCE) == [REFERENCE]


def test_sentences_split_at_their_ends_not_at_abbreviations() -> None:
    text = "Tutoring is old. Dr. Smith tutored Plato. In ancient Greece it was common."
    assert split_sentences(text) == [
        "Tutoring is old.",
        "Dr. Smith tutored Plato.",
        "In ancient Greece it was common.",
    ]


#: Sentences of dev stories (a business story, an interview, a health guide's references):
#: abbreviations of dotted capitals and a month's abbreviation inside a sentence, one at its
#: end, and a reference entry whose fields end with dots.
SEC_SENTENCE = (
    "Bloomberg News reported on Friday that WeWork is facing scrutiny from the U.S. "
    "Securities and Exchange Commission over whether it violated financial rules as it sought "
    "its public listing."
)
SEPT_SENTENCE = (
    "WeWork’s parent company, The We Company, announced on Sept. 30 that it was withdrawing "
    "its S-1 filing for an initial public offering, shortly after Neumann stepped down as CEO."
)
US_AT_END = "That has, of course, increased demand in the U.S."
NEXT_SENTENCE = (
    "It is also a pretty much a selective or exclusive discussion with the fewer players."
)
CITATION = (
    "11. Miller AH, Raison CL. The role of inflammation in depression: from evolutionary "
    "imperative to modern treatment target. Nat Rev Immunol. 2016;16:22–34. doi: "
    "10.1038/nri.2015.5. [ DOI ] [ PMC free article ] [ PubMed ] [ Google Scholar ]"
)


def test_no_split_inside_a_sentence_at_dotted_capitals_or_a_month() -> None:
    text = f"{SEC_SENTENCE} WeWork declined to comment on the report."
    assert split_sentences(text) == [SEC_SENTENCE, "WeWork declined to comment on the report."]
    assert split_sentences(SEPT_SENTENCE) == [SEPT_SENTENCE]


def test_dotted_capitals_end_a_sentence_before_a_word_that_opens_one() -> None:
    assert split_sentences(f"{US_AT_END} {NEXT_SENTENCE}") == [US_AT_END, NEXT_SENTENCE]


def test_a_reference_entry_with_a_journals_abbreviation_is_one_sentence() -> None:
    assert split_sentences(CITATION) == [CITATION]


def test_a_long_first_paragraph_is_printed_whole() -> None:
    forms = {tuple(_lede_form(LONG_LEDE, random.Random(n))) for n in range(40)}
    # reordered or split, never cut: every copy prints all of its words
    for form in forms:
        assert sorted(" ".join(form).replace("…", "").split()) == sorted(LONG_LEDE.split())


def test_a_news_lede_may_be_cut_to_its_first_sentence() -> None:
    forms = {tuple(_lede_form(SHORT_LEDE, random.Random(n))) for n in range(40)}
    assert ("Tutoring is probably one of the oldest teaching methods.",) in forms


def test_the_pages_own_article_is_no_chrome_when_its_lines_differ_from_the_gold() -> None:
    gold = GOLD_CLOSE + "\n" + GOLD_PARAGRAPH + "\n" + SECOND_GOLD
    dump = "\n".join(
        [
            TITLE,
            *MENU,
            "June 9, 2025",
            "",
            DUMP_PARAGRAPH,
            "WHERE TO BUY",
            DUMP_SECOND,
            "WHERE TO BUY",
            "KEH Camera (used)",
            "In Camera Reviews",
            *FOOTER,
        ]
    )
    found = site_chrome(dump, gold)
    assert found is not None
    head, tail = found
    assert DUMP_PARAGRAPH not in head + tail
    assert DUMP_SECOND not in head + tail
    # the menu and the footer, less the three lines each side next to the article (its own
    # byline, date or links)
    assert head == [TITLE, *MENU[:5]]
    assert tail == FOOTER


def _seed_paragraphs() -> list[str]:
    """A seed article's twelve paragraphs between two subheadings (a Vietnamese news story,
    928 words): article prose."""
    text = (ROOT / "seeds" / "002_b8590c8849d7fb69.txt").read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines()[5:17]]


def test_chrome_holding_a_long_run_of_prose_is_no_outlets_chrome() -> None:
    gold = GOLD_PARAGRAPH + "\n" + SECOND_GOLD
    prose = _seed_paragraphs()
    assert sum(len(p.split()) for p in prose) >= 600
    article = [DUMP_PARAGRAPH, DUMP_SECOND, "", "", ""]
    assert site_chrome("\n".join([*MENU, "", "", "", *article, *FOOTER]), gold) is not None
    assert site_chrome("\n".join([*MENU, "", "", "", *article, *prose, *FOOTER]), gold) is None
