"""A story whose outlet opens it with the same paragraph each time: the headline, then the
outlet's standard paragraph, then the lede that tells the headline again. The dump prints no
page title of the story (the outlet's page title names another article), so the headline is
looked for by its lede; the story's own headline must count for the region, or a sidebar's
webinar box, whose title its first sentence repeats, is taken for the story. The page is a
dev page of the syndication corpus (a security news site's chrome around a short story of
another dev page under the standard paragraph), reduced to what matters: part of its menus,
the related lists, the sidebar and the footer."""

from __future__ import annotations

from cleanscrape.chrome.features import line_features
from cleanscrape.chrome.lede_anchor import lede_candidates
from cleanscrape.chrome.regions import tag_lines
from cleanscrape.chrome.strip import classify_lines

_PAGE = [
    "Cyber Insurance · AI Risk Summit · Supply Chain Security · News Tips · Reddit · "
    "Industrial Cybersecurity · Whatsapp · Funding/M&A · Privacy Policy",
    "Cybersecurity M&A Roundup: 45 Deals Announced in October 2025 - SecurityWeek",
    "SECURITYWEEK NETWORK:",
    "Connect with us",
    "Hi, what are you looking for?",
    "SecurityWeek",
    "Malware & Threats",
    "Cyberwarfare",
    "M&A Tracker",
    "Cybersecurity M&A Roundup: 45 Deals Announced in October 2025",
    "Significant cybersecurity M&A deals announced by Jamf, LevelBlue, Ping Identity, "
    "Twilio, and Veeam Software.",
    "Eduard Kovacs",
    "| November 3, 2025 (8:42 AM ET)",
    "Flipboard",
    "Reddit",
    "What is an Online Course? Definition Explained",
    "Proton now supports IPv6 in their browser extension and Linux client, but only 80% of "
    "their servers are IPv6-compatible. On other platforms, the Proton VPN client will "
    "block all outgoing IPv6 traffic, so you don't have to worry about your IPv6 address "
    "being leaked, but you will not be able to connect to any IPv6-only sites, nor will you"
    " be able to connect to Proton VPN from an IPv6-only network.",
    "Online learning has become a standard way for organizations, educators, and trainers "
    "to share knowledge. Today, online courses make learning accessible, flexible, and "
    "engaging for learners everywhere. Whether you’re onboarding new employees, educating "
    "clients, or offering professional development, online courses make learning more "
    "flexible, scalable, and accessible.",
    "But what exactly is an online course? And how does it differ from other types of "
    "digital learning, like e-learning modules or microlearning?",
    "Tags: Security Architecture, Webcast Library, Eduard Kovacs",
    "Eduard Kovacs (@EduardKovacs) is the managing editor at SecurityWeek. He worked as a "
    "high school IT teacher before starting a career in journalism in 2011. Eduard holds a "
    "bachelor’s degree in industrial informatics and a master’s degree in computer "
    "techniques applied in electrical engineering.",
    "More from Eduard Kovacs",
    "North Korea’s Digital Surge: $2B Stolen in Crypto as Amazon Blocks 1,800 Fake IT Workers",
    "UEFI Vulnerability in Major Motherboards Enables Early-Boot Attacks",
    "IoT Security Firm Exein Raises €100 Million",
    "Latest News",
    "Thailand Conference Launches International Initiative to Fight Online Scams",
    "In Other News: Docker AI Attack, Google Sues Chinese Cybercriminals, Coupang Hacked by"
    " Employee",
    "Palo Alto Networks, Google Cloud Strike Multibillion-Dollar AI and Cloud Security Deal",
    "Trending",
    "Daily Briefing Newsletter",
    "Subscribe to the SecurityWeek Email Briefing to stay informed on the latest threats, "
    "trends, and technology, along with insightful columns from industry experts.",
    "Webinar Series: CISO Forum 2026 Outlook",
    "January 14 & 21, 2026",
    "The CISO Forum 2026 Outlook series offers a focused look at the biggest security "
    "challenges ahead, from AI-driven threats to rising geopolitical risks, offering "
    "security leaders a timely pulse check on the 2026 landscape.",
    "Call for Speakers: Ransomware Resilience & Recovery 2026 Virtual Summit",
    "Ends January 9, 2026",
    "Share your expertise on modern ransomware defense with over 1,500 global attendees by "
    "speaking at SecurityWeek's Ransomware Resilience & Recovery Summit. Submit early for "
    "increased chances of acceptance!",
    "Submit",
    "People on the Move",
    "The US Senate has confirmed Kirsten Davies as Defense Department’s CIO.",
    "Yubico has appointed current COO Jerrod Chong as its acting CEO.",
    "Joel Fulton has joined Cyderes as the company’s SVP Cybermesh & CISO.",
    "More People On The Move",
    "Expert Insights",
    "Five Cybersecurity Predictions for 2026: Identity, AI, and the Collapse of Perimeter Thinking",
    "The perimeter is gone. Credentials are no longer sufficient. And security can no "
    "longer rely on static controls in a dynamic threat environment. (Torsten George)",
    "From Open Source to OpenAI: The Evolution of Third-Party Risk",
    "From open source libraries to AI-powered coding assistants, speed-driven development "
    "is introducing new third-party risks that threat actors are increasingly exploiting. "
    "(Nadir Izrael)",
    "The Great Disconnect: Unmasking the ‘Two Separate Conversations’ in Security",
    "When familiar security concepts carry unfamiliar meanings for different audiences, "
    "teams talk past each other without even realizing it. This silent disconnect weakens "
    "communication, clarity, and outcomes. (Joshua Goldfarb)",
    "Cybersecurity Is Now a Core Business Discipline",
    "Boardroom conversations about cyber can no longer be siloed apart from strategy, "
    "operations, or geopolitics. (Steve Durbin)",
    "AI Is Supercharging Phishing: Here’s How to Fight Back",
    "AI has given cybercriminals the ability to operate like Fortune‑500‑scale marketing "
    "departments—except their product is account takeover, data theft, and identity fraud. "
    "(Torsten George)",
    "Flipboard",
    "Privacy Policy",
    "News Tips",
    "Got a confidential news tip? We want to hear from you.",
    "Submit Tip",
    "Advertising",
    "Reach a large audience of enterprise cybersecurity professionals",
    "Contact Us",
    "Daily Briefing Newsletter",
    "Subscribe to the SecurityWeek Daily Briefing and get the latest content delivered to "
    "your inbox.",
    "Privacy Policy",
    "Copyright © 2025 SecurityWeek ®, a Wired Business Media Publication. All Rights Reserved.",
    "Daily Briefing Newsletter",
    "Subscribe to the SecurityWeek Email Briefing to stay informed on the latest "
    "cybersecurity news, threats, and expert insights. Unsubscribe at any time.",
    "Close",
]

#: The story's headline, the standard paragraph and the story's two paragraphs.
_HEADLINE = 15
_STORY = _PAGE[16:19]
_SIDEBAR = _PAGE[32:]


def _kept(lines: list[str]) -> list[str]:
    return [v.text for v in classify_lines(lines).verdicts if v.keep]


def test_the_story_under_a_standard_paragraph_is_kept_not_the_sidebar() -> None:
    kept = _kept(_PAGE)
    assert all(line in kept for line in _STORY)
    assert not set(kept) & set(_SIDEBAR)


def test_the_headline_is_read_past_the_standard_paragraph() -> None:
    # the first two paragraphs under the headline (the standard one, which shares none of its
    # content words, and the lede) repeat two of its five content words; the two after the
    # standard one ("But what exactly is an online course?") three
    feats = line_features(_PAGE)
    tags = tag_lines(feats, diacritics=False)
    region = (_HEADLINE + 1, _HEADLINE + 3)
    above = range(_HEADLINE, _HEADLINE + 1)
    assert lede_candidates(feats, tags, skip=frozenset(), region=region, among=above) == []
    found = lede_candidates(
        feats, tags, skip=frozenset(), region=region, among=above, past_unrelated=True
    )
    assert found == [_HEADLINE]
