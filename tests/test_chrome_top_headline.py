"""The headline right above the story, told by its lede, where the strip stage guessed a
line of the site's chrome above it.

Where no page title names the on-page headline (the dump's title line is the site's own wording
of it, or another page's), the headline is guessed among the untagged lines above the story,
and the story's own headline, right above the region, was passed over when it was read as the
last item of the menu or breadcrumb it follows: a button row or a breadcrumb's item was taken
instead ("Book a Demo Log In", "About LSC"). The line right above the region whose content words
the lede repeats is the headline when the guess's words are not in the story's opening.

Two pages reduced to what matters: a guide of a WCXB dev page as html-text dumps it (its
title line words the headline otherwise; menus cut), and a story of the syndication corpus's
dev half (a dev page's article in another dev page's chrome: menus, a breadcrumb, the footer)
whose headline the breadcrumb's items run into.
"""

from __future__ import annotations

from cleanscrape.chrome.features import line_features
from cleanscrape.chrome.regions import tag_lines
from cleanscrape.chrome.strip import classify_lines

#: A guide (WCXB dev), its title line and the headline worded apart.
_GUIDE = [
    "Event Planning Skills for Legendary Events | Swoogo",
    "Swoogo",
    "Open menu",
    "Product",
    "Capabilities",
    "Registration",
    "Pricing",
    "Resources",
    "About",
    "Learn More",
    "Book a Demo Log In",
    "Close menu",
    "About Us",
    "Our Mission & Culture",
    "Partners",
    "Careers",
    "Pricing",
    "Book a Demo Log In",
    "October 8, 2024 Swoogo",
    "15 Essential Event Planning Skills for Successful Event Management",
    "Event planning requires a diverse skill set, from effective communication to "
    "financial management. Understanding event management is crucial to mastering "
    "these skills, ensuring your events are organized, impactful, and memorable.",
    "This guide explores the 15 essential event planning skills that will elevate "
    "your capabilities and allow you to manage events with confidence and precision.",
    "1. Organizational Skills",
    "Effective organization is key to managing multiple moving parts and ensuring "
    "your event runs seamlessly from start to finish.",
    "Task Management",
    "Prioritizing tasks allows you to manage your workload efficiently, focusing on "
    "what requires immediate attention while ensuring less urgent matters are "
    "addressed in due time. Utilizing project management tools can help maintain "
    "clarity and prevent last-minute confusion. A conference planning checklist can "
    "further support systematic task management and comprehensive oversight.",
    "Resource Allocation",
    "Allocating resources—whether budget, time, or personnel—strategically is "
    "essential to balance all aspects of your event. Proper allocation ensures that "
    "no area is over or under-serviced, keeping operations smooth. Understanding how "
    "to distribute resources effectively will avoid last-minute shortages and keep "
    "the event on track.",
    "2. Communication Skills",
    "Strong communication skills are fundamental to ensuring that all stakeholders, "
    "from clients to vendors, are aligned with the event’s goals and expectations.",
    "Capabilities",
    "Platform Overview",
    "Registration",
    "Event Marketing",
    "Solutions",
    "Conferences",
    "Webinars",
    "Company",
    "About Us",
    "Careers",
    "Copyright © 2025 Swoogo. All rights reserved. Privacy Policy | Cookies",
]

#: A story (syndication corpus, dev half) under a legal aid site's menus and breadcrumb.
_LEGAL_AID = [
    "instagram | Management | Press Releases | Follow Us | FOIA | Plan Strategically "
    "| Our Grantees | Accessibility Statement | PBIF Awards",
    "I Need Legal Help | LSC - Legal Services Corporation: America's Partner for Equal Justice",
    "Skip to main content",
    "Support Top Nav",
    "Donate",
    "Top Navigation",
    "Research & Data",
    "Stay Informed",
    "Translate this page",
    "Get legal help",
    "Search",
    "Media Gallery Open submenu",
    "Videos",
    "LSC Logos",
    "Press Releases",
    "Podcasts",
    "Events Open submenu",
    "Events",
    "Forums & Briefings",
    "Board & Committee Meetings",
    "Innovations in Tech Conference Open submenu",
    "Past TIG Conferences Materials",
    "Past Events Archive",
    "Get legal help",
    "Donate",
    "Research & Data",
    "Stay Informed",
    "Search Mobile",
    "Search",
    "Breadcrumb",
    "Home",
    "About LSC",
    "What Is Legal Aid?",
    "I Need Legal Help",
    "Breadcrumb",
    "Home",
    "About LSC",
    "Gym Injury Lawsuits: We Can Do the Heavy Lifting",
    "Gyms and fitness centers are designed to promote health and strengthen bodies, "
    "but they can sometimes be hotspots for accidents and injuries.",
    "Whether you’re lifting weights, running on a treadmill, or participating in a "
    "fitness class, unexpected accidents can occur.",
    "To make matters worse, many of these injuries are avoidable and due to mere "
    "negligence by gym management and staff.",
    "Gyms offer various activities and equipment, each posing unique risks. Here are "
    "some of the most common injuries that occur in fitness centers.",
    "Slip and- all accidents are among the most frequent injuries in gyms. These can occur due to:",
    "An experienced personal injury attorney at Morgan & Morgan can walk you through "
    "the legal process and help you to understand your options.",
    "At Morgan & Morgan, we understand the physical, emotional, and financial toll a "
    "gym injury can take. Our team of experienced personal injury attorneys is "
    "committed to holding negligent parties accountable and fighting for the "
    "compensation you deserve. With over 35 years of experience, we’ve handled "
    "thousands of personal injury cases and recovered billions for our clients. "
    "Plus, our firm operates on a contingency fee basis, meaning you pay nothing "
    "unless we secure a settlement or verdict in your favor. That’s right—the Fee Is "
    "Free™, and you only pay if we win.",
    "As the largest personal injury law firm with offices in every state across the "
    "country, we have the resources to take on large corporations and gym chains and "
    "win. Hiring one of our lawyers is easy and you can get started in minutes with "
    "a free case evaluation.",
    "Tags: Media, Disaster Recovery, Tig Compliance",
    "Sorry, we couldn't find a match for this location. Please try again.",
    "Contact Information",
    "1825 I Street NW, Suite 800, Washington, DC 20006",
    "T: 202-295-1500",
    "Contact Us",
    "Quick Links",
    "Doing Business with LSC: RFPs",
    "Matters for Comment",
    "FOIA",
    "Careers",
    "Get Legal Help",
    "Stay Informed",
    "Office of the Inspector General",
    "Follow Us",
    "Facebook",
    "Twitter",
    "LinkedIn",
    "youtube",
    "bluesky",
    "instagram",
    "© 2025 Legal Services Corporation",
    "Copyright Menu",
    "Terms of Use",
    "Privacy Policy",
    "Accessibility Statement",
]


def _headline_and_kept(lines: list[str]) -> tuple[str | None, list[str]]:
    result = classify_lines(lines)
    heads = [v.text for v in result.verdicts if v.category == "headline"]
    return (heads[0] if heads else None), [v.text for v in result.verdicts if v.keep]


def test_the_guide_s_headline_at_the_top_of_its_region_is_the_title() -> None:
    headline, kept = _headline_and_kept(_GUIDE)
    assert headline == "15 Essential Event Planning Skills for Successful Event Management"
    assert kept[0].startswith("Event planning requires a diverse skill set")
    assert "Book a Demo Log In" not in kept
    assert "2. Communication Skills" in kept  # the guide's own subheadings stay


def test_a_headline_the_breadcrumb_runs_into_is_the_title() -> None:
    headline, kept = _headline_and_kept(_LEGAL_AID)
    assert headline == "Gym Injury Lawsuits: We Can Do the Heavy Lifting"
    assert kept[0].startswith("Gyms and fitness centers are designed")
    assert "What Is Legal Aid?" not in kept


def test_a_line_at_the_top_whose_words_the_lede_does_not_repeat_is_no_headline() -> None:
    # the breadcrumb's "About LSC" right above the story shares no word with its lede
    from cleanscrape.chrome.lede_anchor import top_headline

    lines = [ln for ln in _LEGAL_AID if not ln.startswith("Gym Injury Lawsuits")]
    feats = line_features(lines)
    tags = tag_lines(feats, diacritics=False)
    start = next(i for i, ln in enumerate(lines) if ln.startswith("Gyms and fitness centers"))
    assert lines[start - 1] == "About LSC"
    assert top_headline(feats, tags, start, skip=frozenset()) is None
