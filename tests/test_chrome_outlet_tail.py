"""The outlet's prose after the story in whole-page text dumps (and at the end of the lines an
HTML extractor chose): appeals, legal notices, author boxes under their heading (pages written
to the pattern of real pages, from their sentences)."""

from __future__ import annotations

import pytest

from cleanscrape import clean_text
from cleanscrape.chrome import strip_lines
from cleanscrape.chrome.appeals import tail_kind
from cleanscrape.chrome.features import lexicon_category, line_features
from cleanscrape.text import repair_text

from .outlet_pages import TAIL_STORY, tail_page


@pytest.mark.parametrize(
    ("tail", "reason"),
    [
        (
            [
                "Support CNX Software! Donate via cryptocurrencies, become a Patron on Patreon, "
                "or purchase goods on Amazon or Aliexpress."
            ],
            "appeal",
        ),
        (
            [
                "The PDR is a non-profit project kept alive by reader donations – no ads, no "
                "paywalls, just the generosity of our community."
            ],
            "appeal",
        ),
        (
            ["Thanks for reading Infinite Faculty! Subscribe for free to receive new posts."],
            "appeal",
        ),
        (
            [
                "Have a tip? Amy Kuperinsky may be reached at akuperinsky@njadvancemedia.com. "
                "Follow her on Twitter @AmyKup or on Facebook."
            ],
            "appeal",
        ),
        (
            [
                "Catch up on NBC Select’s in-depth coverage of tech and tools, wellness and more, "
                "and follow us on Facebook, Instagram, Twitter and TikTok to stay up to date."
            ],
            "appeal",
        ),
        (
            [
                "Like this article? Subscribe to our blog and have great financial insights "
                "delivered to your inbox weekly.",
                "Share this:",
            ],
            "appeal",
        ),
        (
            [
                "This material is not intended to replace the advice of a qualified advisor. "
                "Information has been obtained from sources believed to be reliable.",
                "Products and services referenced are for general information only. Always "
                "consult a qualified advisor prior to purchasing.",
            ],
            "legal_notice",
        ),
        (
            [
                "No content on this site, regardless of date, should ever be used as a substitute "
                "for direct medical advice from your doctor or other qualified clinician."
            ],
            "legal_notice",
        ),
        (
            [
                "This site is © 1998-2025 Anil Madhavapeddy, all rights reserved, except where "
                "the content is otherwise licensed. There are no third-party trackers."
            ],
            "legal_notice",
        ),
    ],
)
def test_an_appeal_or_notice_after_the_story_is_dropped(tail: list[str], reason: str) -> None:
    r = strip_lines(tail_page(TAIL_STORY, tail))
    assert r.lines == TAIL_STORY
    assert {x.line: x.reason for x in r.removed}[tail[0]] == reason


@pytest.mark.parametrize(
    "tail",
    [
        # a newsletter box without an e-mail field: the pitch, its button, its promise
        [
            "The Pi Weekly - my free, email newsletter where I share board reviews, tutorials, "
            "& deals I've found throughout my years of tinkering.",
            "Subscribe",
            "I respect your privacy. Unsubscribe at any time.",
        ],
        [
            "Sign up to get our 10 Raspberry Pi Project Ideas guide. Plus, a weekly digest of "
            "our newest reviews in the newsletter.",
            "Get the Guide",
        ],
        # the paywall under a free preview, and a sign-in prompt
        [
            "Continue reading this post for free, courtesy of Jean-Luc Aufranc.",
            "Claim my free post",
            "Or purchase a paid subscription.",
        ],
        [
            "Create an account or sign in to continue reading.",
            "Already a subscriber? Log in",
        ],
    ],
)
def test_a_subscribe_box_or_sign_in_prompt_after_the_story_is_dropped(tail: list[str]) -> None:
    r = strip_lines(tail_page(TAIL_STORY, tail))
    assert r.lines == TAIL_STORY
    assert {x.line: x.reason for x in r.removed}[tail[0]] == "appeal"


def test_the_story_may_end_with_a_line_of_its_own_below_the_appeal() -> None:
    appeal = (
        "If you've enjoyed this interview, please support us by donating a small amount. "
        "Interviews are expensive to produce."
    )
    thanks = "Thank you to everyone at ThePiHut who answered our questions about the board."
    r = strip_lines(tail_page(TAIL_STORY, [appeal, thanks]))
    assert r.lines == TAIL_STORY


def test_sentences_of_the_story_about_subscriptions_stay() -> None:
    # the words of an appeal inside the story, with the story's paragraphs after them
    body = [
        *TAIL_STORY[:4],
        "You can subscribe to the vendor's newsletter to hear when the board is back in stock, "
        "as it sold out within a week of its launch.",
        "Donations of spare boards to schools are part of the vendor's programme, and it gave "
        "away two hundred of them last year.",
        *TAIL_STORY[4:],
    ]
    r = strip_lines(tail_page(body, []))
    assert r.lines == body


def test_an_appeal_before_two_paragraphs_of_the_story_stays() -> None:
    body = [
        *TAIL_STORY[:4],
        "Support for the board in Raspberry Pi OS is built in, so no driver has to be installed, "
        "and readers who donate their old hubs will not miss them.",
        *TAIL_STORY[4:],
    ]
    r = strip_lines(tail_page(body, []))
    assert r.lines == body


def test_an_author_box_under_its_heading_is_dropped() -> None:
    # the paragraph names no role and no byline is near: only the heading shows the box
    box = [
        "About the Author",
        "Jeffrey Zeldman",
        "Designing and blogging since 1995, Jeffrey Zeldman founded A List Apart in 1998 and the "
        "Happy Cog design studio in 1999; co-founded the design and front-end conference An "
        "Event Apart with Eric Meyer; co-founded and published A Book Apart, brief books for "
        "people who make websites; wrote the front-end bible Designing With Web Standards, now "
        "in a third edition co-authored with Ethan Marcotte; and hosted The Big Web Show, an "
        "internet radio spectacular co-founded with Dan Benjamin.",
        "More from this author",
    ]
    r = strip_lines(tail_page(TAIL_STORY, box))
    assert r.lines == TAIL_STORY
    assert {x.line: x.reason for x in r.removed}[box[2]] == "author_bio"


def test_a_heading_about_the_author_before_the_rest_of_the_story_stays() -> None:
    # the heading of a section of the story, with more of the story's paragraphs below it
    body = [*TAIL_STORY[:3], "About the Author", *TAIL_STORY[3:]]
    r = strip_lines(tail_page(body, []))
    assert "Don’t expect great performance" in " ".join(r.lines)


def test_an_author_box_greeting_the_reader_after_the_story_is_dropped() -> None:
    box = (
        "Hey, I’m Jessica! Welcome to The Organized Mama—where organizing is made ADHD-friendly, "
        "doable, and totally overwhelm-free. As a former in-home organizer (and mom!), I’m here "
        "to help you simplify your home with easy-to-follow systems that actually work."
    )
    r = strip_lines(tail_page(TAIL_STORY, [box]))
    assert r.lines == TAIL_STORY
    assert {x.line: x.reason for x in r.removed}[box] == "author_bio"


def test_a_post_opening_with_the_same_greeting_keeps_it() -> None:
    greeting = (
        "Hello runners! I’m Amanda Brooks, a certified running coach, and today I tested a "
        "USB expansion board for the Raspberry Pi 5 that my club uses for its timing gear."
    )
    body = [greeting, *TAIL_STORY]
    r = strip_lines(tail_page(body, []))
    assert r.lines == body


def test_the_comment_widget_asking_for_javascript_is_chrome() -> None:
    line = "Please enable JavaScript to view the comments powered by Disqus."
    assert lexicon_category(line_features([line])[0]) == "ui"


def test_a_lead_in_to_more_posts_and_its_links_after_the_story_are_dropped() -> None:
    tail = [
        "Other posts you’ll love:",
        "5 Reasons I Bake Sourdough Bread",
        "12 Lessons After 12 Months of Sourdough",
    ]
    r = strip_lines(tail_page(TAIL_STORY, tail))
    assert r.lines == TAIL_STORY
    assert {x.line: x.reason for x in r.removed}[tail[0]] == "related_heading"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Unterstützen Sie unabhängigen Journalismus mit einer Spende.", "appeal"),
        ("Faites un don pour soutenir notre rédaction.", "appeal"),
        ("Сделайте пожертвование на развитие издания.", "appeal"),
        ("© 2024 Tuổi Trẻ. Giữ bản quyền.", "legal_notice"),
        ("Todos os direitos reservados.", "legal_notice"),
        ("Bạn đã có tài khoản? Đăng nhập", "appeal"),
        ("Đăng nhập để đọc tiếp bài viết.", "appeal"),
        ("Déjà abonné ? Connectez-vous pour lire la suite.", "appeal"),
        ("¿Ya eres suscriptor? Inicia sesión para seguir leyendo.", "appeal"),
        ("Bereits Abonnent? Jetzt anmelden und weiterlesen.", "appeal"),
        # the story's own sentences hold no such phrase
        ("Die Spendenbereitschaft der Deutschen ist im vergangenen Jahr gesunken.", ""),
    ],
)
def test_appeals_and_notices_in_other_languages(line: str, kind: str) -> None:
    assert tail_kind(line_features([line])[0]) == kind


def test_an_author_box_with_a_professional_role_is_dropped() -> None:
    # "<Name>" / "<role>" / "<Name> is a ... Analyst ...": the role is a profession, not a
    # writer's
    box = [
        "Elena Linker",
        "Marketing Operations Analyst",
        "Elena Linker is a Marketing Operations Analyst with over seven years of experience "
        "turning complex marketing data into actionable insights. She specializes in building "
        "reporting frameworks and improving data accuracy.",
    ]
    r = strip_lines(tail_page(TAIL_STORY, box))
    assert r.lines == TAIL_STORY
    assert {x.line: x.reason for x in r.removed}[box[2]] == "author_bio"


# --- lines an HTML extractor chose -----------------------------------------------------------


@pytest.mark.parametrize(
    "tail",
    [
        [
            "Support CNX Software! Donate via cryptocurrencies, become a Patron on Patreon, or "
            "purchase goods on Amazon or Aliexpress."
        ],
        [
            "Have a tip? Amy Kuperinsky may be reached at akuperinsky@njadvancemedia.com. Follow "
            "her on Twitter @AmyKup or on Facebook.",
            "Get the latest updates right in your inbox. Subscribe to NJ.com’s newsletters.",
        ],
    ],
)
def test_an_appeal_ending_the_extracted_html_text_is_dropped(tail: list[str]) -> None:
    r = strip_lines([*TAIL_STORY, *tail], from_html=True)
    assert r.lines == TAIL_STORY
    assert {x.line: x.reason for x in r.removed}[tail[0]] == "appeal"


@pytest.mark.parametrize(
    "call",
    [
        # a wire service's line under each story (an AEB dev page): a page of its coverage
        "Follow CNX Software's full coverage of single board computers at "
        "https://www.cnx-software.com/sbc/",
        # a deals post (an AEB dev page): the outlet's feed by its handle, with its fine print,
        # longer than the lexicon's share/follow lines
        "Follow @CNXDeals on Twitter to keep up with the latest and greatest deals from around "
        "the web. Quantities may be limited. Prices are subject to change without notice and "
        "coupons may expire at any time.",
        "Síguenos en @cnxsoftware para más novedades sobre placas de desarrollo.",
    ],
)
def test_a_call_to_follow_a_link_or_a_handle_ending_the_extracted_html_text_is_dropped(
    call: str,
) -> None:
    r = strip_lines([*TAIL_STORY, call], from_html=True)
    assert r.lines == TAIL_STORY
    assert [(x.line, x.reason) for x in r.removed] == [(call, "appeal")]


@pytest.mark.parametrize(
    "last",
    [
        # the story's own last lines: a link without a call to follow, a call without a link
        "The full specifications are available on the product page at "
        "https://www.geekworm.com/products/x1013.",
        "Follow the wiki's steps to set up the board; they take about ten minutes.",
        "Share prices of the Raspberry Pi company rose 4% on the London Stock Exchange on Tuesday.",
    ],
)
def test_the_story_s_last_line_with_a_link_or_a_follow_word_stays(last: str) -> None:
    lines = [*TAIL_STORY, last]
    assert strip_lines(lines, from_html=True).lines == lines


def test_in_extracted_html_text_a_paragraph_below_the_appeal_keeps_it() -> None:
    # the extractor's lines end at the article: a paragraph after the appeal's words is the
    # story's own, and so may the appeal be (a story about a subscription plan)
    # (the last two paragraphs of a real WCXB dev page)
    appeal = (
        "There's a lifetime purchase option and a subscription option. You can try out the app "
        "on all your compatible devices for as little as $2.99 for a month. A yearly subscription "
        "is currently $29.99, although, according to AppRaven, there have been sales for as low "
        "as $12.99 a year. If you just want to buy the app outright, knowing that you should be "
        "able to use it for years to come on multiple devices, it's $69.99."
    )
    last = (
        "If you have hardware that's so old you can't run a compatible version of a Mac operating "
        "system on it, try Digikam, a FOSS photo management app. I use it on two 2009 iMacs. One "
        "runs Debian and the other Xubuntu, but you can run older versions of Digikam on vintage "
        "Mac operating systems."
    )
    lines = [*TAIL_STORY, appeal, last]
    assert strip_lines(lines, from_html=True).lines == lines


@pytest.mark.parametrize(
    "row",
    [
        "Tags: Employment, Health & Fitness, Mid-sized Businesses, Paul Fenaroli",
        "Filed under: Syi'ah |",
        "Posted in Blockchain, Smart Contract, Technologies",
    ],
)
def test_the_tag_row_under_the_extracted_html_text_is_dropped(row: str) -> None:
    r = strip_lines([*TAIL_STORY, row], from_html=True)
    assert r.lines == TAIL_STORY
    assert [(x.line, x.reason) for x in r.removed] == [(row, "tags")]


def test_a_tag_row_above_the_end_of_the_extracted_html_text_stays() -> None:
    # (three lines from the end or higher: a line of the body that opens like a tag row)
    lines = [*TAIL_STORY[:2], "Posted in Blockchain, Smart Contract, Technologies", *TAIL_STORY[2:]]
    assert strip_lines(lines, from_html=True).lines == lines


# --- the copyright sign, and the byte 0xA9 of a UTF-8 letter read as windows-1252 --------------


def _dropped(text: str) -> str:
    """``text`` as a transcoder leaves it that read its UTF-8 as windows-1252 and dropped the
    bytes that code page leaves undefined, then repaired: words such as "cÅ©ng" for "cũng" and
    "nghÄ©a" for "nghĩa" stay, their "©" the byte 0xA9 of "ũ" and "ĩ"."""
    return repair_text(text.encode("utf-8").decode("cp1252", "ignore"))


def test_a_letter_whose_byte_reads_as_the_copyright_sign_is_no_notice(
    seed_texts: dict[str, str],
) -> None:
    # a paragraph of seed 000's story: "cÅ©ng" is no copyright sign, "©" after a space is
    # (the line as the transcoder left it: the repair now reads "cÅ©ng" back as "cũng")
    original = seed_texts["000_35704c8a17e84da1.txt"]
    line = next(ln for ln in original.splitlines() if ln.startswith("Việc Tổng Bí thư"))
    damaged = line.encode("utf-8").decode("cp1252", "ignore")
    assert "cÅ©ng" in damaged and "cũng" in _dropped(line)
    assert tail_kind(line_features([damaged])[0]) == ""
    notice = "Copyright © 2025 Whova All Rights reserved."
    assert tail_kind(line_features([notice])[0]) == "legal_notice"
    assert lexicon_category(line_features(["© 2025 Jane Roe"])[0]) == "footer"


@pytest.mark.parametrize("name", ["000_35704c8a17e84da1.txt", "004_e1edf7a7ed423554.txt"])
def test_paragraphs_of_a_copy_whose_bytes_were_dropped_stay(
    seed_texts: dict[str, str], name: str
) -> None:
    # three and one paragraphs of the story holding "cÅ©ng" were dropped as legal notices
    original = seed_texts[name]
    kept = clean_text(original).text.splitlines()
    copy = clean_text(_dropped(original)).text.splitlines()
    assert len(copy) == len(kept)
