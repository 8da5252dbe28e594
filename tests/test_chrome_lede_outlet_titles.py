"""A story lost to a block of the outlet's text about itself, on a dump that prints no page
title of the story (the outlet's chrome from another page above it): the region is the story,
but a title-like line whose words its "lede" repeats was taken for the headline of a story the
region had missed: the last titles of the outlet's case studies, and its appeal to partners
under them ("Join the growth phase at <outlet> as a Partner"), whose paragraphs repeat the
outlet's name and trade. The page: an outsourcing firm's page of a syndication draw, its menu
of some 300 lines cut to its first and last lines, a short story of two paragraphs under the
outlet's standard opening paragraph, lines as printed."""

from __future__ import annotations

from cleanscrape.chrome.lede_anchor import lede_candidates
from cleanscrape.chrome.memo import page_lines
from cleanscrape.chrome.regions import tag_lines
from cleanscrape.chrome.strip import classify_lines

_HEAD = [
    "Events · Video Testimonials · BPo · Real Estate Panoramas · Image Editing Services · "
    "Image Vector Services · MENU · Photomontage Services · Focus Stacking Services",
    "8 Recent Trends in Photography - Flatworld Solutions",
    "MENU",
    "Talk to Our Experts",
    "Schedule Your Free Consultation",
    "Use your business email for priority, faster, and",
    "tailored response!",
    "Privacy Policy",
    "Outsource Services Home",
]
_STORY = [
    "What is Git and How Does Version Control Work?",
    "The goal of AI is to create computer models that exhibit “intelligent behaviors” like "
    "humans, according to Boris Katz, a principal research scientist and head of the "
    "InfoLab Group at CSAIL. This means machines that can recognize a visual scene, "
    "understand a text written in natural language, or perform an action in the physical "
    "world.",
    "If you write code, you need to use Git. Full stop. It's become so fundamental to "
    "software development that it's hard to imagine working without it. But here's the "
    "thing: a lot of developers use Git without really understanding what's happening under"
    " the hood. Let me fix that.",
    "I'm going to walk you through what Git actually does, why it's designed the way it is,"
    " and how to use it effectively. By the end, you'll understand not just the commands, "
    "but the underlying model that makes Git so powerful.",
]
_TAIL = [
    "Tags: Sitemap, Canvas Portrait Enhancement, Data",
    "Business Benefits",
    "Industries We Serve",
    "Photo Editing Team",
    "Photo Editing - FAQs",
    "High-end Image Retouching - FAQs",
    "Background Removal - FAQs",
    "Case Studies",
    "Sports Brand Activation Company Gets Precision Cropping Services for UK Marathon Images",
    "Flatworld Solutions Provided Image Clipping Services to a Denmark-based Client",
    "Flatworld Solutions Provided HDR Blending Service to Norwegian Photography Client",
    "Flatworld Solutions Provided Image Clipping Service to Bike Designers for New Zealand",
    "Flatworld Solutions Provided Real Estate HDR Blending & Portrait Image Editing Service"
    " to Digital Advertising Material Supplier",
    "More Case Studies",
    "Join the growth phase at Flatworld Solutions as a Partner",
    "Service distributorship and Marketing partner roles are available in select countries."
    " If you have a local sales team or are a person of influence in key areas of "
    "outsourcing, it's time to engage fruitfully to ensure long term financial benefits. "
    "Currently business partnerships are open for Photo Editing, Graphic Design, Desktop "
    "Publishing, 2D and 3D Animation, Video Editing, CAD Engineering Design and Virtual "
    "Walkthroughs.",
    "Reach out to us for a quick direct response from decision makers at the Flatworld "
    "Solutions global team.",
    "Contact us",
    "800-514-7456",
    "Live chat with us",
    "info***@flatworldsolutions.com",
    "USA",
    "116 Village Blvd, Suite 200, Princeton, NJ 08540",
    "PHILIPPINES",
    "Aeon Towers, J.P. Laurel Avenue, Bajada, Davao 8000",
    "KSS Building, Buhangin Road Cor Olive Street, Davao City 8000",
    "INDIA",
    "Survey No.11, 3rd Floor, Indraprastha, Gubbi Cross, 81,",
    "Hennur Bagalur Main Rd, Kuvempu Layout, Kothanur, Bengaluru, Karnataka 560077",
    "Important Information: We are an offshore firm. All design calculations/permit "
    "drawings and submissions are required to comply with your country/region submission "
    "norms. Ensure that you have a Professional Engineer to advise and guide on these "
    "norms.",
    "Important Note: For all CNC Services: You are required to provide accurate details of "
    "the shop floor, tool setup, machine availability and control systems. We base our "
    "calculations and drawings based on this input. We deal exclusively with(names of "
    "tools).",
    "Ok, Got it.",
    "Talk to Our Experts Schedule Your Free Consultation",
    "Use your business email for priority, faster, and",
    "tailored response!",
    "Read our Privacy Policy",
    "×",
    "We work with companies and organisations with the intent to deliver good quality hence"
    " the minimum order size of $150. However, if you have a lesser requirement you can pay"
    " the minimum amount and get credit for the remaining amount for a period of two "
    "months.",
    "For example:",
    "The work you had in mind costs $90. Since the minimum amount accepted is $150, you "
    "will pay the amount and get credit for the remaining $60. This amount of $60 can be "
    "used anytime within the next 2 months. Please note that post the stipulated period the"
    " credit you have will lapse.",
    "×",
    "Follow Us On",
    "Quick Links",
    "The information on this website cannot be commercially used without the prior consent "
    "of Flatworld Solutions Inc.",
    "© 2025 Flatworld Solutions Inc. All Rights Reserved.",
    "Third-party logos displayed on the website are not owned by us, and are displayed only"
    " for representation purpose. The ownership and copyright of Logos belong to their "
    "respective organizations.",
]
_PAGE = [*_HEAD, *_STORY, *_TAIL]


def _kept(lines: list[str]) -> list[str]:
    return [v.text for v in classify_lines(lines).verdicts if v.keep]


def test_the_story_stays_when_the_outlets_titles_read_as_headlines() -> None:
    """The story's paragraphs are the page's article; the outlet's appeal and addresses go."""
    kept = _kept(_PAGE)
    for line in _STORY[1:]:
        assert line in kept
    assert not any(line.startswith("Service distributorship") for line in kept)
    assert "116 Village Blvd, Suite 200, Princeton, NJ 08540" not in kept


def test_the_outlets_titles_are_still_told_by_their_lede() -> None:
    """What the rule reads past: titles naming the outlet that its paragraphs below repeat
    (without the copyright line's owner they would head the page's story)."""
    feats = page_lines(_PAGE, None)
    tags = tag_lines(feats, diacritics=False)
    found = lede_candidates(feats, tags, skip=set(), region=(0, 0))
    named = [feats[i].text for i in found]
    assert named == [
        "Flatworld Solutions Provided HDR Blending Service to Norwegian Photography Client",
        "Join the growth phase at Flatworld Solutions as a Partner",
    ]


def _without_owner(page: list[str]) -> list[str]:
    """The page with a copyright line that names no owner."""
    return ["© 2025 All Rights Reserved." if ln.startswith("©") else ln for ln in page]


def test_without_the_owners_name_the_tag_row_under_the_story_closes_it() -> None:
    """A page whose copyright line names no owner: the titles are read as headlines (the rule
    above needs the outlet's name), but the story's own tag row right under its region closes
    the story, and nothing below the row heads it: the story is the text, the appeal goes (the
    page's story is its text; the appeal under its title is the outlet's)."""
    kept = _kept(_without_owner(_PAGE))
    for line in _STORY[1:]:
        assert line in kept
    assert "Join the growth phase at Flatworld Solutions as a Partner" not in kept
    assert not any(line.startswith("Service distributorship") for line in kept)


def test_a_row_without_its_label_leaves_it_to_the_owners_name() -> None:
    """The tag links printed without their label ("Sitemap, Canvas Portrait Enhancement,
    Data"): no tag row closes the story, so the owner's name alone keeps it; a copyright line
    that names no owner leaves the appeal under its title to win, as before the owner rule."""
    page = [ln.removeprefix("Tags: ") for ln in _PAGE]
    kept = _kept(page)
    for line in _STORY[1:]:
        assert line in kept
    assert "Join the growth phase at Flatworld Solutions as a Partner" not in kept
    assert "Join the growth phase at Flatworld Solutions as a Partner" in _kept(
        _without_owner(page)
    )
