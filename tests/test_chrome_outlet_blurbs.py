"""The outlet's own blurb under the story: the paragraph in which the site that published the page
says what it is or does, opened by the name its copyright line gives ("Here at Oakywood we
make desks and workspace accessories ...", "At Glossier, we make products inspired by real
life ..."). It read as prose right under the story, and the region ran on through it. Now such
a paragraph ends the story where it stands after it with at most one paragraph below it, and not
under a heading that names the outlet: a section the story gives to the outlet ("Transform Your
Yoga Business with GlossGenius") is the article's own, and the gold keeps it.
"""

from __future__ import annotations

import pytest

from cleanscrape.chrome.blurbs import outlet_name
from cleanscrape.chrome.features import line_features
from cleanscrape.options import CleanOptions
from cleanscrape.process import clean_text_document

#: An inscriptis dump of a dev benchmark page (a guide on a desk maker's blog), reduced to its
#: menu, the guide's head, two of its steps, its summary, its FAQ's last answer, the maker's
#: blurb with its button under it, two related posts and the footer with its copyright line.
_OAKY = [
    "        * Outlet",
    "        * B2B",
    "            + Oakywood for Business",
    "            + Wholesale",
    "            + Custom Project",
    "            + Corporate Gifts",
    "        * Talk to us",
    "            + Contact form",
    "            + 1 on 1 with specialist",
    "            + WhatsApp",
    "        * Our Story",
    "          5 min read",
    "          February 6, 2026",
    "",
    "      Ergonomic desk step by step: how to set up your monitor, laptop, and keyboard "
    "(checklist)",
    "",
    "            Mateusz Haberny Founder at Oakywood",
    "          Share Link copied!",
    "",
    "  Table of contents",
    "",
    "      Looking for a way to make your work less exhausting and stop your body from "
    "protesting after eight hours in front of a screen? This article is dedicated to "
    "professionals and design lovers who want to create an ergonomic home workspace "
    "without compromising on premium design. We address chronic back pain, neck tension, "
    "and eye strain caused by poor habits.",
    "      Why Your Body Needs Ergonomics",
    "",
    "      Even the most beautiful solid oak desk won’t fulfill its purpose if you ignore "
    "the laws of biomechanics. Wrist pain or a “tech neck” hump are not inevitable "
    "consequences of office work—they are signals that your home ergonomic workstation "
    "needs adjustment. When investing in premium furniture, make sure correct posture "
    "becomes your natural habit.",
    "",
    "      How to Set Up an Ergonomic Home Office: The Foundations",
    "",
    "      Before adjusting your equipment, focus on the basics. Your feet should rest "
    "flat on the floor, and your knees should form a 90° angle. If your desk is not "
    "height-adjustable, adjust your chair so that your forearms rest comfortably on the "
    "desktop.",
    "",
    "",
    "      Step 1: How to Position Your Monitor Correctly",
    "",
    "      The monitor is the focal point of your attention. Incorrect positioning forces "
    "your neck muscles to stay constantly tense.",
    "      What to do: Place the screen directly in front of you. The ergonomic screen "
    "height is when the top edge of the display is at (or slightly below) eye level.",
    "      Mini test: Close your eyes, sit upright, and open them. You should be looking "
    "at the top third of the screen.",
    "      Most common mistake: Positioning the monitor too low, which forces you to tilt "
    "your head forward.",
    "      Summary: What Should You Do Today?",
    "",
    "      You don’t need to replace your entire office at once. Start with small steps:",
    "",
    "      Move the monitor to arm’s length.",
    "",
    "      Place a few books under your laptop if you don’t have a stand yet.",
    "",
    "      Sit upright and check if your feet touch the floor.",
    "",
    "      Take a 2-minute stretching break every hour.",
    "",
    "      Take care of aesthetics—premium wooden accessories help keep your desk "
    "organized and improve focus.",
    "      What checklist helps quickly optimize ergonomics?",
    "",
    "      The fastest method is the “90-degree rule”: right angles at elbows, hips, and "
    "knees, plus an arm’s-length distance from a monitor positioned at eye level.",
    "",
    "      Want to take your comfort to the next level? Check out our handcrafted wooden "
    "monitor and laptop stands that combine ergonomic functionality with premium design.",
    "",
    "  Built to Last a Lifetime.",
    "",
    "    Here at Oakywood we make desks and workspace accessories designed to bring calm, "
    "focus, and longevity to your everyday work.",
    "",
    "  👉 Build your dream workspace",
    "",
    "    Blog.",
    "",
    "            Neck pain at your computer? A 10-minute ergonomics reset "
    "(monitor/laptop/desk shelf)",
    "",
    "              Do you ever feel stiffness in your neck after a few hours of work that "
    "gradually turns into persistent pain? This article is for anyone who spends most of "
    "the day in front of a screen and is looking for immediate relief. You’ll learn how to "
    "create an ergonomic workst...",
    "              Mar 3, 2026",
    "      Oakywood.",
    "      Your workspace. Reinvented.",
    "",
    "          Let's Keep in Touch",
    "",
    "          Sign up and get 10% discount on your first purchase.",
    "",
    "          Sign Up",
    "          I agree to the Terms of service and Privacy policy",
    "            * FAQs",
    "            * Shipping & Returns",
    "            * Terms of service",
    "      © 2026 Oakywood. All rights reserved.",
]


#: An inscriptis dump of a dev benchmark page (a booking software maker's guide to yoga class
#: prices), reduced to its head, its last sections (the last on the maker, which the gold
#: keeps), the related posts and the footer with its copyright line.
_GLOSS = [
    "                Blog",
    "",
    "              How Much Should You Charge For A Yoga Class?",
    "",
    "              A guide on how much to charge for yoga classes, including average "
    "costs, what affects the price, and tips to consider when creating a pricing "
    "structure.",
    "",
    "              A guide on how much to charge for yoga classes, including average "
    "costs, what affects the price, and tips to consider when creating a pricing "
    "structure.",
    "",
    "                    Shauna Mitchell",
    "                    August 25, 2024",
    "                    COPIED!",
    "                Start free trialGet a demo",
    "                Intro",
    "                  Start your 14-day free trial with GlossGenius today!",
    "                Start free trial",
    "                  The Yoga Type",
    "",
    "                  Certain yoga types, such as prenatal yoga or aerial yoga, might "
    "have higher prices due to their specialized natures and need for extra precautions.",
    "",
    "                  The Time of Day",
    "",
    "                  For some yoga businesses, peak hours consist of early mornings or "
    "evenings—valuable time before and after work that are in higher demand. Since these "
    "can be highly coveted spots, it makes sense to charge a higher premium for them. On "
    "the flipside, lowering prices for off-peak times such as late morning or during lunch "
    "hours can help fill your schedule and make sure your business stays active.",
    "",
    "                  Demand",
    "",
    "                  If your yoga business is in high demand, you might want to consider "
    "higher pricing, especially if you’re a one-person operation. High demand can mean "
    "more labor and longer hours, or even potentially missing out on business because you "
    "don’t have enough hours in the day to service each client. Conversely, if business "
    "has been slow, you might want to consider lowering prices to entice more potential "
    "clients.",
    "",
    "                  GlossGenius offers Online Booking for individuals, which can help "
    "you seamlessly schedule sessions.",
    "",
    "                  4 Tips To Consider When Creating A Yoga Class or Session Pricing Structure",
    "",
    "                  If you’re ready to create your very own pricing structure, below "
    "are some tips to help get you started.",
    "",
    "                  1. Consider Your Clients’ Income Levels",
    "",
    "                  While you shouldn’t outright ask about people’s salaries, you can "
    "certainly research the income levels in your local and surrounding areas to help set "
    "a baseline for your pricing. If your business is located in a low income "
    "neighborhood, you’re likely not going to find anyone willing to pay $250 a session. "
    "However, if you set your prices too low, you may not be able to cover your costs and "
    "produce a profit.",
    "",
    "                  2. Check The Market",
    "",
    "                  Research the pricing of your local competitors (or if online, those "
    "successful in your desired demographic). Knowing what others are charging for "
    "services like yours will help inform your own pricing structure, allowing you to set "
    "a fair and competitive price while still offering value.",
    "",
    "                  3. Offer Pricing Options",
    "",
    "                  Luckily, when it comes to how much to charge for yoga classes, "
    "there is no one set price you have to stick to. Providing different pricing options "
    "like individual sessions, packages, bundles, and memberships will cater to a wider "
    "range of yoga clientele, allowing you to attract and retain a loyal base.",
    "",
    "                  4. Take Your Experience Into Account",
    "",
    "                  If you’re highly trained, have years of experience, and can manage "
    "a number of different specialties (such as restorative yoga or hot yoga), you may "
    "want to consider a higher service price. Your experience is worth something, and it’s "
    "okay for your pricing to reflect that. However, keep in mind that if your business is "
    "only accessible to higher income individuals, that can affect the range of your "
    "client pool.",
    "",
    "                  Transform Your Yoga Business with GlossGenius",
    "",
    "                  Every yoga business should have a clear pricing structure. And if "
    "you can afford to be flexible, you can increase your revenue and grow your business "
    "by attracting new clientele.",
    "",
    "                  GlossGenius makes the perfect partner for yoga instructors "
    "everywhere. Manage your business and your prices with notable features such as Point "
    "of Sale, Finances, and Payments.",
    "",
    "                  Try GlossGenius today for 14 days free and see how we can help you "
    "transform your yoga business!",
    "            Related Posts",
    "",
    "                  9 Best Gym Scheduling Software",
    "",
    "                  READ MORE",
    "                  Platform",
    "                How it WorksPricingShop Card Readers GeniusShop",
    "                  Resources",
    "                BlogFree Data TransferLearning CenterGet a Demo",
    "                  Company",
    "                AboutCareersContact",
    "                  Legal",
    "                Privacy PolicyTerms of ServiceShipping & ReturnsAccessibility",
    "",
    "              © 2024 GlossGenius. All Rights Reserved.",
]


_BLURB = "Here at Oakywood we make desks and workspace accessories"


def _clean(lines: list[str]) -> str:
    """The text the text path keeps of the dump ``lines``."""
    return clean_text_document("\n".join(lines), CleanOptions()).text


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("© 2026 Oakywood. All rights reserved.", "Oakywood"),
        ("Copyright © 2025 Whova All Rights reserved.", "Whova"),
        ("© AccountingDepartment.com, LLC", "AccountingDepartment.com"),
        ("©2026 Copyright Tailor Brands", "Tailor Brands"),
        ("© 2025 DigitalOcean, LLC. Sitemap.", "DigitalOcean"),
        (
            "© 2026 - Thrive Internet Marketing Agency / Locations / Refer Thrive / Terms",
            "Thrive Internet Marketing Agency",
        ),
        ("Copyright Notice", None),
        ("© 2025 All Rights Reserved.", None),
    ],
)
def test_outlet_name_from_the_copyright_line(line: str, name: str | None) -> None:
    """The owner's name as the copyright lines of dev pages write it, company forms and the
    rights' notice dropped; a link named "Copyright ..." and a line naming no owner give none."""
    assert outlet_name(line_features(["Story text.", line])) == name


def test_the_outlets_blurb_under_the_story_is_dropped() -> None:
    """The maker's blurb under the guide goes with the page's tail; the guide, its FAQ and its
    own last line (a call to the maker's stands, in the gold) stay."""
    out = _clean(_OAKY)
    assert _BLURB not in out
    assert "The fastest method is the “90-degree rule”" in out
    assert "Want to take your comfort to the next level?" in out
    assert "The monitor is the focal point of your attention." in out


def test_a_section_on_the_outlet_that_ends_the_story_is_kept() -> None:
    """The guide's last section is on the maker, under a heading that names it: its
    paragraphs opened by the maker's name are the article's, as the gold has them."""
    out = _clean(_GLOSS)
    assert "GlossGenius makes the perfect partner for yoga instructors everywhere." in out
    assert "Try GlossGenius today for 14 days free" in out
