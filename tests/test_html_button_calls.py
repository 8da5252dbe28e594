"""A button's call to action printed as a line of the text (``chrome/strip.py:_button_call``)."""

from __future__ import annotations

from cleanscrape.chrome.strip import classify_lines

# the lines extracted from a real WCXB dev page (4218, a software vendor's guide to pricing
# models), as its text dump prints them, reduced: a pitch box between two sections prints its
# pitch, then its button
_TITLE = "Project Management Software Pricing and Cost Guide 2026"
_OPENING = (
    "Understanding the diverse range of pricing models for project management software is the "
    "first step toward making an informed decision that aligns with your organizational "
    "goals. Each pricing structure, from pay-per-user to flat fee and tiered pricing, caters "
    "to different organizational sizes, varying project frequencies, and distinct budgetary "
    "frameworks. By comprehensively analyzing these models, you can ascertain which will best "
    "support your project management processes, enhance operational efficiency, and optimize "
    "financial planning.",
    "1. Pay-Per-User Pricing",
    "The pay-per-user pricing model is widely utilized in project management software, where "
    "the costs are directly proportional to the number of individuals accessing the software. "
    "This model is especially attractive for its transparency and scalability, making it a "
    "preferred choice for businesses with well-defined team structures, and it can accurately "
    "predict the number of user licenses needed.",
    "Celoxis Offers a Tailored Pay-Per-Use Model for All Team Sizes. Premium features even in "
    "starter plans. Find the Ideal Project Management Software Pricing Plan for Your PMO!",
)
_PROS = (
    "Pros:",
    "Flexibility: In the Pay-Per-User Pricing structure, costs are predictable and scale "
    "linearly, simplifying your budgeting process. You can easily forecast expenses based on "
    "your expected team growth, making financial planning more manageable.",
)
_CLOSE = (
    "Strategic Value, Flexible Costs: Discover Celoxis PMO Software Pricing Plans Tailored to "
    "Your Business.",
)
_DECISION = (
    "3. Making the Decision: Aligning Business Needs with PM Software Pricing Models",
    "Selecting the most appropriate pricing model for your project management software is a "
    "decisive step that requires carefully considering how each option aligns with your "
    "organization’s immediate and future needs. This alignment is critical to ensure that the "
    "software supports current operational requirements and is adaptable to evolving business "
    "demands.",
)
# a section of a guide headed by the same words as a button: the page's last button ("Get
# started", its trial form's) over a paragraph of a project management guide (WCXB dev 2301),
# real lines set together; a paragraph follows it, so it is the guide's own heading
_GET_STARTED = (
    "Get started",
    "Project management templates save project managers countless hours when starting a new "
    "project. Instead of starting each project with a blank sheet, you can use templates to "
    "fill in the placeholders, replicate and reuse the structure of previous projects, and "
    "standardize your processes.",
)


def test_a_buttons_call_to_action_leaves_the_text_and_a_heading_in_its_words_stays() -> None:
    """``main`` keeps "Schedule your Demo!" and "Book A Demo Today!" between the sections."""
    lines = [
        *_OPENING,
        "Schedule your Demo!",
        *_PROS,
        *_CLOSE,
        "Book A Demo Today!",
        *_DECISION,
        *_GET_STARTED,
    ]
    got = classify_lines(lines, title=_TITLE, from_html=True)
    kept = [v.text for v in got.verdicts if v.category == "article"]
    reasons = {v.text: v.category for v in got.verdicts if v.category != "article"}
    assert reasons == {"Schedule your Demo!": "ui", "Book A Demo Today!": "ui"}
    assert kept == [*_OPENING, *_PROS, *_CLOSE, *_DECISION, *_GET_STARTED]


def test_a_button_in_german_leaves_the_text() -> None:
    """The same box in German: its button "Kostenlos testen" (try for free) is no text."""
    lines = [*_OPENING, "Kostenlos testen", *_PROS]
    got = classify_lines(lines, title=_TITLE, from_html=True)
    reasons = {v.text: v.category for v in got.verdicts if v.category != "article"}
    assert reasons == {"Kostenlos testen": "ui"}
