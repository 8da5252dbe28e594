"""The prose chrome after an article in whole-page text dumps: author boxes without a heading
(pages written to the pattern of real pages, from their sentences)."""

from __future__ import annotations

import pytest

from cleanscrape.chrome import strip_lines
from cleanscrape.chrome.features import lexicon_category, line_features

_STAR_TREK = [
    "After a three-year silence, there has been news on the fourth film in the rebooted Star "
    "Trek film series: Noah Hawley, best known for creating FX's Legion and Fargo, is in talks "
    "to write and direct it.",
    "The most recent Star Trek film was 2016's Star Trek Beyond. Unlike the original two films "
    "in the modern iteration of the franchise, Star Trek Beyond was directed by Justin Lin.",
    "The fourth Star Trek film was greenlit in 2016, with reports that Chris Hemsworth would be "
    "returning to the franchise to reprise his role as George Kirk, the father of James Kirk.",
    "There are three scripts still in contention for the fourth Trek film, according to The "
    "Wrap, so it's possible Paramount is still deciding on a direction for the series.",
    "The fourth Star Trek movie will be Hawley's second film. Lucy in the Sky, his debut, is a "
    "slightly more grounded story about a NASA astronaut dealing with life back on Earth.",
    "No release date for the fourth Star Trek film has yet been announced.",
]
_MENU = ["Decorating", "Gardens", "Living and Culture", "Travel", "Shopping", "Subscribe"]
_FOOTER = ["Watch Next", "Why It's Time to Bring Back the Relish Tray", "Newsletter About Us"]


def _page(body: list[str], tail: list[str]) -> list[str]:
    lines = ["Star Trek 4 eyes Fargo creator Noah Hawley to direct", "", *_MENU, ""]
    for row in [*body, *tail]:
        lines += [row, ""]
    return [*lines, *_FOOTER]


def test_an_author_box_with_its_role_line_after_the_article_is_dropped() -> None:
    # "<Name>" / "<role>" / "<Name> is a ... writer ...": the name line and the paragraph were
    # kept, since a role line stood between them
    bio = [
        "Rebecca Norris",
        "Contributing Writer",
        "Rebecca Norris is a full-time freelance writer living in the Washington, D.C. metro "
        "area. Over the past 10+ years, she's heavily covered a range of lifestyle topics.",
    ]
    r = strip_lines(_page(_STAR_TREK, bio))
    assert r.lines == _STAR_TREK
    reasons = {x.line: x.reason for x in r.removed}
    assert reasons[bio[2]] == "author_bio"


def test_a_bio_named_again_in_the_line_below_it_is_dropped() -> None:
    bio = [
        "Bryon Powell is the Founding Editor of iRunFar. He's been writing about trail running, "
        "ultrarunning, and running gear for nearly 20 years.",
        "View all posts by Bryon Powell",
        "Follow us!",
    ]
    r = strip_lines(_page(_STAR_TREK, bio))
    assert r.lines == _STAR_TREK


def test_a_paragraph_of_the_story_about_a_writer_stays() -> None:
    # the same sentence about a person in the story, after the story's own paragraphs
    body = [
        *_STAR_TREK[:5],
        "Noah Hawley is a novelist and screenwriter who has published five books, and he was "
        "also a writer and producer on the ABC series Bones before he created Fargo.",
        _STAR_TREK[5],
    ]
    tail = [
        "Shawn Levy is an American film director and producer, and an author of two novels; "
        "he was also named as a possible director for the film earlier this year.",
    ]
    r = strip_lines(_page([*body, *tail], ["Tags: Star Trek, Paramount"]))
    assert r.lines == [*body, *tail]


@pytest.mark.parametrize(
    "line",
    [
        "*As an Amazon affiliate, I earn from qualifying purchases at no extra cost to you. My "
        "blog contains other affiliate links as well for your convenience.",
        "This post may contain affiliate links. Read more about this in my About Me page!",
        "Homegrounds is reader-supported. When you buy via the links on our site, we may earn an "
        "affiliate commission at no cost to you. Learn more.",
        "Disclosure: ZDNet may earn a commission from some of the products featured on this page.",
        "Dieser Beitrag enthält Affiliate-Links: Kaufst du darüber ein, erhalten wir eine kleine "
        "Provision, ohne Mehrkosten für dich.",
    ],
)
def test_affiliate_disclosures_are_chrome(line: str) -> None:
    assert lexicon_category(line_features([line])[0]) == "disclosure"


@pytest.mark.parametrize(
    "line",
    [
        # an article on making money online names the terms, not this page's earnings
        "Affiliate programs: Streamers earn a commission when viewers buy games, gear, or "
        "software via affiliate links.",
        "These are not publicly traded and are not registered with the Securities and Exchange "
        "Commission, which means they do not have the same regulatory requirements regarding "
        "periodic disclosure of their financial performance.",
    ],
)
def test_sentences_about_commissions_are_not_disclosures(line: str) -> None:
    assert lexicon_category(line_features([line])[0]) == ""


def test_a_disclosure_above_the_post_is_dropped() -> None:
    disclosure = (
        "*As an Amazon affiliate, I earn from qualifying purchases at no extra cost to you. My "
        "blog contains other affiliate links as well for your convenience."
    )
    r = strip_lines(_page([_STAR_TREK[0], disclosure, *_STAR_TREK[1:]], []))
    assert r.lines == _STAR_TREK
    assert {x.line: x.reason for x in r.removed}[disclosure] == "disclosure"


_RELEASE = [
    "New York, NY – The range of native ad units now available have powered native ad spending "
    "past all other forms of display advertising in 2017, according to analysis from Poynter.",
    "To answer this question, the my6sense data analytics team analyzed billions of "
    "recommendation widget, in-feed and in-ad native ad units served in the last 6 months.",
    "On the supply side, recommendation widgets are the most profitable among the native ad "
    "units, followed closely by in-feed ad units, which are 20% less profitable.",
    "On the demand side, in-feed ads generate the highest CTR and user engagement, 2.5 times "
    "greater than ads in recommendation widgets and about 10 times higher than in-ad units.",
    "The strong performance of in-feed ads for brand campaigns is the result of the exclusive "
    "presence they receive as the only ad in view with larger images and longer texts.",
    "Though each of the three native ad units is unique, the best performing native ad "
    "campaigns for advertisers are those running with optimized A/B creatives in all three.",
]


def test_an_about_box_of_the_author_after_the_article_is_dropped() -> None:
    box = [
        "About Sara Harberson",
        "Sara Harberson is the founder of Application Nation, which provides personalized advice "
        "to college applicants and their families. In her book, she shares what she learned.",
    ]
    r = strip_lines(_page(_RELEASE, box))
    assert r.lines == _RELEASE
    assert {x.line: x.reason for x in r.removed}[box[1]] == "author_bio"


def test_the_company_description_closing_a_press_release_stays() -> None:
    # the gold of both benchmark sets keeps "About <company>" and its paragraph in a release
    box = [
        "About my6sense",
        "my6sense offers an open programmatic white-label native advertising platform for ad "
        "networks, media trading companies, group publishers, DSPs and SSPs.",
    ]
    r = strip_lines(_page(_RELEASE, box))
    assert r.lines == [*_RELEASE, *box]


@pytest.mark.parametrize(
    "box",
    [
        # the name with a handle after it ("<Name> (@handle) is ...")
        [
            "Written By Eduard Kovacs",
            "Eduard Kovacs (@EduardKovacs) is the managing editor at SecurityWeek. He worked as a "
            "high school IT teacher before starting a career in journalism in 2011.",
        ],
        # no role word, the first name alone, the date between the byline and the bio
        [
            "By Kaavya Shah",
            "July 18, 2024",
            "Kaavya is a creative enthusiast at ProServeIT, with a passion for writing, designing, "
            "and storytelling. As a marketer with a strong foundation in copywriting, she brings "
            "a unique blend of creativity and strategic insight to her role.",
        ],
        [
            "Posted by : Ryan Bald",
            "Ryan Bald is the Vice President of BTOD.com and has been working in the office "
            "furniture industry for nearly 15 years. If he's not in the office you can find Ryan "
            "on the golf course, on the lake or at home with his wife, son and baby girl!",
        ],
    ],
)
def test_a_bio_under_the_byline_that_names_its_author_is_dropped(box: list[str]) -> None:
    r = strip_lines(_page(_STAR_TREK, box))
    assert r.lines == _STAR_TREK
    reasons = {x.line: x.reason for x in r.removed}
    assert reasons[box[-1]] == "author_bio"


@pytest.mark.parametrize(
    "tail",
    [
        # a question of an FAQ that names the company its answer describes
        [
            "Where can I learn more about Air Street Capital?",
            "Air Street Capital is a venture capital firm investing exclusively in AI-first "
            "companies. We back companies for which advances in artificial intelligence are the "
            "primary driver of product capability.",
        ],
        # a subheading whose first word opens the paragraph below it
        [
            "Filing Receipt",
            "Filing receipts and related documents for online filings are emailed to the email "
            "address provided at the time of filing.",
        ],
    ],
)
def test_a_closing_paragraph_under_a_line_that_is_no_byline_stays(tail: list[str]) -> None:
    r = strip_lines(_page(_STAR_TREK, tail))
    assert tail[-1] in r.lines


def test_an_author_box_with_the_count_of_the_author_s_posts_is_dropped() -> None:
    bio = [
        "Yaren Fadiloglulari",
        "5 articles",
        "Yaren Fadiloglulari is a freelance writer and researcher. Besides Brighterly, she has "
        "written articles for education companies like Preply, Studyportals, and Fluent in 3 "
        "Months.",
    ]
    r = strip_lines(_page(_STAR_TREK, bio))
    assert r.lines == _STAR_TREK
    reasons = {x.line: x.reason for x in r.removed}
    assert reasons[bio[2]] == "author_bio"


def test_an_author_box_in_the_first_person_under_the_name_line_is_dropped() -> None:
    bio = [
        "Asser Christensen",
        "Hello, and welcome! I'm the editor & founder of this site.",
        "I have been a coffee geek since I started home roasting more than a decade ago. Since "
        "then, coffee has taken me on countless adventures: From ancient coffee ceremonies in "
        "Ethiopia to the volcanos of Sumatra.",
        "My background is in journalism, and today I'm also a licensed Q Grader under the Coffee "
        "Quality Institute.",
    ]
    r = strip_lines(_page(_STAR_TREK, bio))
    assert r.lines == _STAR_TREK


def test_an_answer_in_the_first_person_under_a_name_stays() -> None:
    # a reply or an interview's answer under its speaker's name says no role of the writer
    answer = [
        "Pamela Wilson",
        "I'm really glad to hear you've found a way to serve that feels really good to you, Jan.",
    ]
    r = strip_lines(_page(_STAR_TREK, answer))
    assert answer[1] in r.lines


@pytest.mark.parametrize(
    "bio",
    [
        # the name line carries the author's outlet in brackets
        [
            "Jean-Luc Aufranc (CNXSoft)",
            "Jean-Luc started CNX Software in 2010 as a part-time endeavor, before quitting his "
            "job as a software engineering manager, and starting to write daily news, and reviews "
            "full time later in 2011.",
        ],
        # the bio opens with the author's role in brackets, then the name
        [
            "Albert Swann",
            "(Editor / Journalist) – Albert comes from an automotive background, having worked at "
            "his family’s chain of car dealerships from a young age. His passions include future "
            "technologies, automotive market analysis, and everything that has to do with "
            "driving. He keeps a close watch on the trends of the car industry and writes weekly "
            "editorials for Motorward, among other stuff.",
        ],
    ],
)
def test_a_bio_under_its_name_line_with_words_in_brackets_is_dropped(bio: list[str]) -> None:
    r = strip_lines(_page(_STAR_TREK, bio))
    assert r.lines == _STAR_TREK


_DMEXCO = [
    "Am 12. Bis 13. September startet wieder die DMEXCO 2018 in Köln – und comwrap ist mit dabei.",
    "Auf Europas größter Expo und Conference für die Digitalbranche werden dieses Jahr mehr als "
    "40.000 Besucher erwartet. Mit über 1.000 Ausstellern, über 100 Seminaren und über 500 "
    "Top-Speakern, verteilt über zwei Tage, bringt die Messe Marketing- und Mediaprofis, "
    "Technologie- und Innovationstreiber auf dem Messegelände in Köln zusammen.",
    "Unter dem Motto „Take C.A.R.E“, was für Curiosity, Action, Responsibility und Experience "
    "steht, bestärkt die DMEXCO Branche und Publikum darin, Veränderung durch Digitalisierung "
    "positiv zu gestalten sowie diese aktiv und verantwortungsvoll voranzutreiben.",
    "Für uns bei comwrap ist das genau das richtige Thema, da sich viele unserer Kunden in "
    "disruptiven Marktsituationen befinden und bestehende Geschäftsmodelle gegen agile und "
    "aggressive Mitbewerber immer weniger erfolgversprechend sind. Als Digitalberater begleiten "
    "wir diesen Veränderungsprozess daher ganzheitlich und mit entschlossenem Kundenfokus.",
    "Dieses Jahr sind wir in Kooperation mit unserem Technologie-Partner eZ Systems auf der "
    "DMEXCO vertreten. Als eZ Premier Solution Partner stehen wir Ihnen nicht nur als Berater "
    "und Implementierungspartner für die eZ Produktpalette zur Verfügung, vielmehr geht es uns "
    "darum, auf Ihre persönlichen Anforderungen und Zielstellungen für Ihren Business-Case im "
    "Kontext der Digitalisierung einzugehen.",
]
_DMEXCO_BIO = [
    "Über Moritz Bachmann",
    "Als Inbound Sales Manager bildet Moritz Bachmann die Schnittstelle zwischen dem internen "
    "Online-Marketing und dem Bereich Sales bei comwrap. Nach der Ausbildung zum Kaufmann für "
    "Dialogmarketing, die er 2010 als Jahrgangsbester abschloss entschied er sich im gleichen "
    "Jahr für ein ein duales Studium an der DHBW Mannheim.",
]


def test_an_about_box_that_names_the_author_after_a_few_words_is_dropped() -> None:
    # "About <Name>" over a paragraph that names the author after its role ("Als Inbound
    # Sales Manager bildet Moritz Bachmann ..."), as German word order puts it
    lines = ["Take C.A.R.E. - comwrap auf der DMEXCO 2018", "", "Zurück zur Übersicht", ""]
    lines += ["Von Moritz Bachmann publiziert am 30. Juli 2018", ""]
    lines += ["Take C.A.R.E. - comwrap auf der DMEXCO 2018", ""]
    for row in [*_DMEXCO, *_DMEXCO_BIO, "Weitere Beiträge zum Thema"]:
        lines += [row, ""]
    lines += ["eZ Platform Version 2.5: Das sind die neuen Features", "Kompetenzen"]
    r = strip_lines(lines)
    assert r.lines == _DMEXCO
    reasons = {x.line: x.reason for x in r.removed}
    assert reasons[_DMEXCO_BIO[1]] == "author_bio"


# An op-ed's last lines are one line about each of its authors, whom the byline names; the
# site's footer comes right below them (a dev dump of a newspaper's opinion page, reduced).
_OPED_HEAD = [
    "The full impact of meditation on mind, body and community | Opinion",
    "Skip to main content",
    "Home",
    "Opinion",
    "Columnists",
    "How meditation rewires brains and improves physical health | Opinion",
    "Manoj Jain and Jagpreet Chhatwal | Guest Columnists",
    "Show Caption",
]
_OPED = [
    "Our brains hum with electricity. Tiny pulses fire when we are awake, when we concentrate "
    "and when we sleep. But what happens when we do something deceptively simple — when we sit "
    "in stillness and watch our breath or our thoughts?",
    "When these pulses are measured on an electroencephalogram, or EEG — the brain’s equivalent "
    "of an EKG for the heart — we see something remarkable. Meditation is not a passive act of "
    "rest. It produces measurable changes in brain activity, revealing that stillness itself "
    "can alter the mind.",
    "Think of the brain as a muscle that strengthens or weakens depending on how it is used. "
    "Meditation is a form of mental exercise. Over time, it does more than change the mind — it "
    "changes the body. Studies show reductions in stress, blood pressure and anxiety.",
    "Meditation also improves sleep, enhances emotional regulation and deepens self-awareness. "
    "In individuals with recurrent depression, meditation has been shown to reduce relapse "
    "rates by nearly 50%, matching or exceeding antidepressant medications but without the side "
    "effects.",
    "On this World Meditation Day, pause. Silence your devices. Close your eyes. Take a few deep "
    "breaths. Even a few minutes of stillness can shift the mind, calm the body and subtly "
    "change how we show up in the world.",
    "Sometimes, that is where change begins.",
]
_OPED_BIOS = [
    "Manoj Jain is adjunct faculty at Emory University and a physician based in Memphis.",
    "Jagpreet Chhatwal is an Associate Professor of Radiology at Harvard Medical School.",
]
_OPED_FOOTER = [
    "Facebook Twitter Email",
    "Help",
    "Terms of Service",
    "Privacy Policy",
    "Site Map",
    "© Copyright Gannett 2025",
]


def test_the_authors_lines_that_end_an_op_ed_are_dropped() -> None:
    r = strip_lines([*_OPED_HEAD, *_OPED, *_OPED_BIOS, *_OPED_FOOTER])
    assert all(p in r.lines for p in _OPED)
    reasons = {x.line: x.reason for x in r.removed}
    assert [reasons.get(b) for b in _OPED_BIOS] == ["author_bio", "author_bio"]


def test_a_last_paragraph_about_a_person_the_article_names_stays() -> None:
    # the same line about a person the article quotes is the article's
    quoted = (
        "“Meditation is a form of mental exercise,” said Manoj Jain, a physician based in Memphis."
    )
    body = [*_OPED[:2], quoted, *_OPED[2:]]
    r = strip_lines([*_OPED_HEAD, *body, _OPED_BIOS[0], *_OPED_FOOTER])
    assert _OPED_BIOS[0] in r.lines


def test_a_last_paragraph_about_a_person_no_byline_names_stays() -> None:
    head = [ln for ln in _OPED_HEAD if "Guest Columnists" not in ln]
    r = strip_lines([*head, *_OPED, *_OPED_BIOS, *_OPED_FOOTER])
    assert all(b in r.lines for b in _OPED_BIOS)
