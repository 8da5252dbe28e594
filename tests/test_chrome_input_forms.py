"""An input form's help text is the form's, not a story's: a shop's installation widget
(prompts ending in ":" such as "Enter your installation address:", a price field printed
without its value, "Price : $", the widget's messages and questions around them) below a short
story. The story's region won over the widget's dozen sentences only once the sentences among
and around the form's fields weigh as little as card summaries. The page is a benchmark
outlet's chrome (a solar maker's store page) around two real short stories, reduced to what
matters."""

from __future__ import annotations

from cleanscrape.chrome import strip_lines
from cleanscrape.chrome.features import line_features
from cleanscrape.chrome.forms import input_forms
from cleanscrape.chrome.regions import tag_lines

#: The outlet's menu above the story.
_MENU = [
    (
        "Contact us · Account · SunPower · Enphase for installers · Password · Enphase for "
        "business · Authorization tool · Warranty · Learn More"
    ),
    "Solar installation: A step-by-step guide for homeowners | Enphase",
    "Skip to main content",
    "Next",
    "Cancel",
    "Homeowners",
    "Explore",
    "Enphase for home",
    "Batteries",
    "Microinverters",
    "EV chargers",
    "Portable energy",
    "Get Enphase",
    "Get solar for home",
    "Upgrade my system",
    "Find an installer",
    "Find an EV charger",
    "Enphase Care",
    "Grid Services",
    "Resources",
    "Support",
    "Critical updates",
    "Community",
    "Enphase App login",
    "System estimator",
    "Learn",
    "Business owners",
    "Explore",
    "Enphase for business",
    "EV chargers",
]

_HEADLINE_1 = "Home Networks and Cyber Security - Talking Home Renovations"
_HEADLINE_2 = "What's the Difference Between a Certificate and a Certification? | UVA SCPS"

#: A short story: a podcast's show notes.
_STORY_1 = [
    (
        "Now that many of us are doing business out of our homes, is it time for an upgrade to "
        "your home network? What does that look like? Should you be concerned about cyber "
        "security? Michael Oh of TSP joins me to answer these questions and more."
    ),
    (
        "Check out TSP's website for more information about available smart home services at "
        "tsp.space."
    ),
    "Here is a link to his podcast Grepcast.",
    "A link to an interesting tech renovation in Cambridge MA is available here.",
    (
        "Michael Oh was a freshman at MIT studying aerospace engineering when he began his "
        "entrepreneurship journey. He founded Tech Superpowers in 1992, the first iteration of "
        "TSP. The name was inspired by a magazine Michael had read referring to two recently "
        'released Apple computers as "superpowers." Fascinated by computers having grown up '
        "during the beginning of the personal computer tech revolution, he worked at a computer "
        "shop in the summers as a teenager. What started as a side venture while in school "
        "quickly blossomed into a formidable IT company in Boston that focused on fostering "
        "efficiency in both home and business environments."
    ),
]

#: A short story with a table printed one row a line.
_STORY_2 = [
    (
        "Earning a certificate is a way for you to earn credits in a structured, "
        "discipline-specific way. A certificate can prepare you to advance in your career, or to "
        "gain the extra knowledge needed to stay competitive and up-to-date in your field. "
        "Completion of the certificate demonstrates evidence of specialized education "
        "achievement. It is recognized on a University of Virginia transcript."
    ),
    (
        "There are many fields, however, that have professional certifications that may be "
        "recommended or required (teaching, project management, accounting). A certificate "
        "program does not lead to a professional certification. Yes, the courses you take in a "
        "certificate program could help you prepare to earn a professional field-specific "
        "certification, but earning a certificate is not the same as becoming certified."
    ),
    "Result of an educational process | Result of an assessment process",
    "For newcomers and experienced professionals | Typically requires experience",
    (
        "Indicates completion of a course or series of courses with a particular focus | "
        "Indicates mastery/competency measured against a standard – usually by exam"
    ),
    "Course content set through academic process | Standards set through an industry-wide process",
    (
        "Usually listed on a resume detailing education | Typically results in a designation to "
        "use after one’s name (CPA, SPHR, PMP)"
    ),
    "Demonstrates knowledge of course content | Often has ongoing training requirement (C.E.U.s)",
    "Gateway to a degree | No relationship to attaining higher education/degree",
]

#: Related cards, then the store's installation widget and cart below the story.
_WIDGET = [
    "Tags: System estimator, Batteries, Contact support",
    "Everything you need to know about the home solar permit process",
    "Read More",
    "October 2024",
    "A homeowner’s guide for choosing the right number of solar panels",
    "Read More",
    "February 2026",
    "How to go solar: A step-by-step guide for homeowners",
    "Read More",
    "Services and Frequently bought products",
    "Services for your product.",
    "Loading",
    "Installation at-home consultation",
    (
        "Need help with installation? Start by booking an At-home Consultation with an "
        "independent installation professional to receive a quote for your custom installation."
    ),
    "Confirm your installation zip code:",
    "Please confirm your installation zip code",
    "Confirm",
    "Great news: Enphase’s at-home EV charger installation services are available in your area.",
    (
        "Unfortunately, Enphase's at-home EV charger installation services are not yet available "
        "in your area. You can click here to browse electricians with EV charger expertise."
    ),
    "Installation at-home consultation successfully added to cart",
    "Are you shipping to your installation address?",
    "No",
    "Enter your installation address:",
    (
        "I have read Enphase's Privacy policy and I have read and agree to Enphase's terms and "
        "conditions."
    ),
    (
        "I understand that this service is fulfilled by an independent professional utilizing "
        "the Enphase O&M Marketplace’s 365 Pronto platform. I confirm that I have reviewed and "
        "accept the 365 Pronto Customer Platform Services Agreement."
    ),
    "The zip code entered above does not match the entered address.",
    "Price : $",
    "Add",
    (
        "The At-home Consultation helps determine the full cost to install your new EV charger. "
        "The $150 fee is subtracted from your final installation price if you choose to accept "
        "the quote. After check out, Enphase will send you an email from its 365 Pronto Platform "
        "describing next steps."
    ),
    "Know more",
    "What is included in this price?",
    (
        "The At-home Consultation includes a report detailing your EV readiness, and a custom, "
        "no-obligation quote for your EV charger installation. This $150 fee is subtracted from "
        "your final installation price if you choose to accept the quote."
    ),
    "What are the next steps?",
    (
        "After you check out, Enphase will send you a confirmation email from the 365 Pronto "
        "Platform, and your installation professional will directly contact you to schedule a "
        "time for your At-home Consultation."
    ),
    "What is the 365 Pronto Platform?",
    (
        "Enphase's 365 Pronto Platform is software that dispatches independent professionals to "
        "perform renewable energy services, including EV charger installations."
    ),
    "How will I be charged for these services?",
    (
        "The charge for your At-home Consultation will be processed through Enphase's Store. If "
        "you choose to accept your installation quote, you will pay for the installation "
        "separately via the 365 Pronto Platform."
    ),
    "Show less",
    "Loading",
    "Frequently bought together",
    "Add",
    "Error:",
    "Learn More",
    "Learn More",
    "Details Show less",
    "Loading",
    "Cart",
    "Sign in",
    "Account",
    "Sign out",
    "To review or modify the extended warranty plan you have selected, click here.",
    "Warning",
    (
        "There were previously products added in your cart. We have removed those products and "
        "added the BOM to your cart."
    ),
    (
        "NOTE: The IQ PowerPack 1500 supports a maximum of two IQ Portable Panels. Based on what "
        "is currently in your cart, you have more panels than you can use."
    ),
    "Installation address : , , ,",
    "Installation address : Same as shipping address,",
    "Referral Applied",
    "Remove",
    "Remove",
    "Edit address",
    "Warning",
    (
        "Installation services are available for a single installation site. If you'd like to "
        "get multiple EV chargers installed at different addresses, please complete a separate "
        "order for each address. To continue this order, please reduce the charger quantity or "
        "remove the install service from your cart."
    ),
    "Your cart is empty Shop now",
]

#: The outlet's footer.
_FOOTER = [
    "Company",
    "About us",
    "Manufacturing",
    "Press releases",
    "Patents",
    "Leadership",
    "Investors",
    "Careers",
    "Cybersecurity",
    "Contact us",
    "Back to top",
    "English (US)",
    "Back to top",
    "Copyright © 2026 Enphase Energy. All rights reserved.",
    "Terms",
    "Privacy",
    "Accessibility Statement",
    "Settings / Do not sell or share my personal information",
]


def _page(headline: str, story: list[str]) -> list[str]:
    return [*_MENU, headline, *story, *_WIDGET, *_FOOTER]


def test_a_short_story_above_a_shop_widget_is_kept() -> None:
    r = strip_lines(_page(_HEADLINE_1, _STORY_1))
    assert r.lines[-len(_STORY_1) :] == _STORY_1
    assert not set(r.lines) & set(_WIDGET)


def test_a_story_with_a_table_above_a_shop_widget_is_kept() -> None:
    r = strip_lines(_page(_HEADLINE_2, _STORY_2))
    assert r.lines[-len(_STORY_2) :] == _STORY_2
    assert not set(r.lines) & set(_WIDGET)


def test_the_two_stories_in_one_outlet_print_different_texts() -> None:
    a = strip_lines(_page(_HEADLINE_1, _STORY_1)).lines
    b = strip_lines(_page(_HEADLINE_2, _STORY_2)).lines
    assert not set(a) & set(b)


def test_the_form_spans_its_fields_and_help_text() -> None:
    feats = line_features(_WIDGET)
    tags = tag_lines(feats, diacritics=False)
    form = input_forms(feats, tags)
    texts = [feats[k].text for k in sorted(form)]
    assert "Enter your installation address:" in texts
    assert "Price : $" in texts
    assert "What are the next steps?" in texts
    assert _STORY_1[0] not in texts


def test_headings_ending_in_a_colon_are_no_form() -> None:
    # a story's subheadings and list openers end in ":" without asking for input
    lines = [
        "Features:",
        "Buying options:",
        "Pricing:",
        "What You Will Learn:",
        "Recommended courses:",
        "Follow us:",
    ]
    feats = line_features(lines)
    assert input_forms(feats, [""] * len(feats)) == set()
