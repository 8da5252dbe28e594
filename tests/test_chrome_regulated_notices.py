"""A regulated outlet's disclosure under its pages in a whole-page text dump: an insurer's "...
information provided on this website is not an insurance policy ...", an adviser's "... is a
registered investment adviser ... Past performance is not indicative of future returns.", read
as the legal notices they are at the region's end (a dev dump reduced to what matters)."""

from __future__ import annotations

import pytest

from cleanscrape.chrome import strip_lines

# an html-text dump of an insurer's homeowners guide, reduced: its title line and headline, the
# guide's first and last paragraphs, its call to find an agent, a "Learn More" link over the
# titles of other guides, the insurer's notice, and the page's contact block and footer links
_HEAD = [
    "Homeowners Insurance Guide 2026 | Coverage Types, Costs & Savings",
    "The Complete Homeowners Insurance Guide for 2026",
]
_STORY = [
    (
        "Owning a home is a significant milestone, but with that achievement comes the "
        "responsibility of protecting your investment. Homeowners insurance is more than just a "
        "safeguard; it’s a crucial aspect of financial planning that ensures your home and "
        "belongings are protected against unexpected events."
    ),
    (
        "Whether you’re a new homeowner or reevaluating your current insurance needs, this guide "
        "will provide the insights you need to make informed decisions about your homeowners "
        "insurance in 2024."
    ),
    "What is the 80/20 rule in homeowners insurance?",
    (
        "The 80/20 rule in homeowners insurance refers to the requirement that you insure your "
        "home for at least 80% of its replacement cost to receive full reimbursement for a "
        "claim. If your home is underinsured (for example, only insured for 70% of its "
        "replacement cost), the insurance company may only pay a portion of the claim, leaving "
        "you to cover the remaining costs. It’s crucial to regularly review and update your "
        "coverage to ensure it meets the 80% threshold."
    ),
    "Wrapping Up - Understanding Homeowners Insurance Will Pay Off Big",
    (
        "Homeowners insurance is an essential tool for protecting your most valuable asset—your "
        "home. From understanding different policy types to knowing what’s covered and how to "
        "file a claim, being informed helps you make the best decisions for your situation. By "
        "regularly reviewing your coverage, finding savings opportunities, and choosing the "
        "right deductible, you can ensure that your home and belongings are well-protected "
        "against life’s unexpected events."
    ),
    (
        "If you’re ready to take the next step in safeguarding your home, we encourage you to "
        "get a personalized homeowners insurance quote. Let us help you find a nearby Mutual "
        "Benefit agent who can introduce you to a variety of companies offering homeowners in PA "
        "& MD. Click here to find an agent near you and start exploring your options today."
    ),
]
_LINKS = [
    "Learn More",
    "What to Do After a Car Accident (Step-by-Step Guide 2026)",
    "Can Someone Else Drive My Car? Insurance Rules Explained 2026",
    "Engagement Ring Insurance: Cost, Coverage & How to Insure in 2026",
    "Business Insurance Basics: What is Commercial Insurance? | Mutual Benefit Group",
]
_INSURER = (
    "Coverage/product information provided on this website is not an insurance policy or a "
    "supplement to any policy. This information is intended to provide a general description "
    "of products typically available through Mutual Benefit Insurance Company and Select Risk "
    "Mutual Insurance Company. The actual coverage provided is governed exclusively by the "
    "language contained within the insurance policy issued to you."
)
# a wealth manager's notice under its pages (another dev page), in the same place
_ADVISER = (
    "Advisory services are provided for a fee by Empower Advisory Group, LLC (EAG). EAG is a "
    "registered investment adviser with the Securities and Exchange Commission (SEC) and an "
    "indirect subsidiary of Empower Annuity Insurance Company of America. Registration does not "
    "imply a certain level of skill or training. Investing involves risk. Past performance is "
    "not indicative of future returns. You may lose money."
)
# the same kinds of notice as outlets of other languages word them
_OTHER_LANGUAGES = [
    (
        "Die Informationen auf dieser Website dienen nur zu Informationszwecken und stellen "
        "keine Anlageberatung dar. Der Versicherungsschutz richtet sich ausschließlich nach den "
        "Bedingungen der Ihnen ausgestellten Police."
    ),
    (
        "Les informations de ce site sont fournies à titre informatif uniquement et ne "
        "constituent pas un conseil. Les performances passées ne préjugent pas des "
        "performances futures."
    ),
    (
        "La información de este sitio web se ofrece únicamente con fines informativos y no "
        "constituye asesoramiento financiero. Rentabilidades pasadas no garantizan "
        "rentabilidades futuras."
    ),
    (
        "Le informazioni contenute in questo sito sono fornite a solo scopo informativo e non "
        "costituiscono consulenza. I rendimenti passati non sono indicativi di quelli futuri."
    ),
    (
        "As informações deste site são divulgadas para fins meramente informativos e não "
        "constituem uma oferta. Rentabilidade passada não é garantia de rentabilidade futura."
    ),
    (
        "De informatie op deze website is geen beleggingsadvies. In het verleden behaalde "
        "resultaten bieden geen garantie voor de toekomst."
    ),
]
_FOOT = [
    "Contact Us",
    "(814) 643-3003",
    "409 Penn Street, PO Box 577",
    "Huntingdon, Pennsylvania 16652",
    "Access Personal Policy Documents",
    "Agent Login",
    "Pay Online",
    "Claims",
]


def _page(notice: str) -> list[str]:
    return [*_HEAD, *_STORY, *_LINKS, notice, *_FOOT]


@pytest.mark.parametrize("notice", [_INSURER, _ADVISER], ids=["insurer", "adviser"])
def test_a_regulated_outlets_notice_under_the_story_is_dropped(notice: str) -> None:
    # no word of the legal notices' lexicon: the region ran on to the notice and kept it as the
    # story's last paragraph
    r = strip_lines(_page(notice))
    assert r.lines[: len(_STORY)] == _STORY
    assert notice not in r.lines
    reasons = {x.line: x.reason for x in r.removed}
    assert reasons[notice] == "legal_notice"


@pytest.mark.parametrize("notice", _OTHER_LANGUAGES, ids=["de", "fr", "es", "it", "pt", "nl"])
def test_the_notice_in_other_languages_is_dropped(notice: str) -> None:
    r = strip_lines(_page(notice))
    assert r.lines[: len(_STORY)] == _STORY
    assert {x.line: x.reason for x in r.removed}.get(notice) == "legal_notice"
