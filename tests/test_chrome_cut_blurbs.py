"""A listing of events whose blurbs are cut with " …", printed a blurb a line.

A benchmark page's story is a listing of IT conferences, each a paragraph or two of its
organisers' blurb, some cut with " …" ("Join us in venues throughout downtown San Jose for
inspiring sessions, hands-on training, and …"). As the syndication benchmark prints it under
another outlet's menu and tail (reduced), a copy that prints each blurb a line lost its cut
lines as card teasers, while a copy running the blurbs into one paragraph kept them: the two
copies were not found alike. A card's teaser opens under its title; a cut line with running
text on each side (or a run of such lines) is the page's own paragraph.
"""

from __future__ import annotations

from cleanscrape import clean_text
from cleanscrape.chrome.features import cut_paragraphs, line_features

#: The outlet's menu above the story.
_HEAD = [
    "Where to Buy",
    "Back",
    "Online Stores",
    "Distribution Partners",
    "Retailers",
    "Reseller Partners",
    "Solution Partners",
    "SECURITY NEWS",
    "Tapo Store",
    "United States / English",
    "kasa",
    "tapo",
]
_HEADLINE = "Top IT Conferences in the United States 2026"
#: The story's first paragraphs as the page prints them, a blurb a line.
_STORY = [
    (
        "List of Upcoming Events and Tech Conferences of special interest to MSPs across the "
        "United States."
    ),
    (
        "FABCON is the largest conference dedicated to Microsoft Fabric, bringing together tech "
        "enthusiasts, innovators, and industry leaders to explore the future of data, analytics, "
        "business intelligence, and AI integration. This dynamic event showcases cutting-edge "
        "developments within Microsoft Fabric, offering attendees the opportunity to learn from "
        "expert-led sessions, gain insights from Microsoft …"
    ),
    (
        "NVIDIA GTC is the premier global AI conference, where developers, researchers, and "
        "business leaders come together to explore the next wave of AI innovation. From physical "
        "AI and AI factories to agentic AI and inference, GTC 2026 will showcase the "
        "breakthroughs shaping every industry."
    ),
    (
        "Join us in venues throughout downtown San Jose for inspiring sessions, hands-on "
        "training, and …"
    ),
    (
        "MES IT Security focuses only on the midmarket, sharing pivotal market intelligence "
        "through keynotes from the industry’s top experts, interactive boardrooms and "
        "whiteboarding sessions, and more. Network with midmarket IT executives and form "
        "strategic relationships with technology partners and suppliers that deliver the biggest,"
        " boldest ideas."
    ),
    (
        "Ready to scale your MSP? ChannelPro LIVE is where it happens. These in-depth, two-day "
        "events feature strategies on selling profitable managed services, turning compliance "
        "obligations into recurring revenue, adding automation to improve efficiency, navigating "
        "legal issues for MSPs, and much more."
    ),
    (
        "At SecureWorld, we believe cybersecurity isn't just a job—it's a mission. For more than "
        "25 years, we've been building stronger, smarter, more connected security communities "
        "across North America. Our regional conferences are where cybersecurity leaders, "
        "practitioners, and providers come together to share insights, solve challenges, and "
        "build lasting relationships."
    ),
    "Join Us in Philadelphia for the Futurecon Cybersecurity Event!",
    (
        "Hear from our esteemed speakers while gaining up to 10 CPE credits. Immerse yourself in "
        "the latest cybersecurity developments to gain valuable insights in today’s dynamic "
        "threat landscape. Learn how to effectively manage risk, demo the newest technologies "
        "from an array of different sponsors, and network with your local community."
    ),
    (
        "IT Infrastructure is constantly changing, bringing more new challenges with it every "
        "day. From ransomware and the latest security threats to emerging developments in AI and "
        "the need for increased bandwidth and storage, it’s nearly impossible to keep up to date."
        " Our conference is designed to help. We’ve assembled a combination of Best-in-Breed "
        "hardware and software solutions, along with local …"
    ),
    (
        "Join us at Gartner Digital Workplace Summit 2026. Experience the premier conference to "
        "help digital workplace leaders tasked with enhancing digital employee experience, "
        "leveraging GenAI and improving technology adoption."
    ),
    (
        "Ideas become breakthroughs when shared. Challenges become opportunities when tackled "
        "together. That’s the Power of Community—a key focus for RSAC™ 2026 Conference. Real "
        "change happens when cybersecurity professionals unite."
    ),
    (
        "Whether you're an RSAC™ Conference first-timer or a returning attendee you won’t want to"
        " miss what’s in store for RSAC 2026."
    ),
    (
        "Now entering its fourth decade as the channel’s most trusted community, The ASCII Group "
        "continues to evolve with the needs of today’s MSPs. ASCII Edge 2026 is where "
        "collaboration, peer insight, and emerging technology converge—equipping MSPs to scale "
        "smarter and navigate the new era of AI with confidence."
    ),
    "This year’s series delivers real-world strategies, expert guidance, and member-driven …",
    (
        "The region's premier single-day event designed exclusively for the IT executive "
        "community of Kansas City and the surrounding areas."
    ),
    (
        "The Kansas City IT Symposium has been around for over 20 years and is the largest "
        "executive level conference in Kansas City with over 500 IT leaders that attend every "
        "year. Each year, we aim to deliver a rich and rewarding event that incorporates topics "
        "and …"
    ),
    (
        "Ready to scale your MSP? ChannelPro LIVE is where it happens. These in-depth, two-day "
        "events feature strategies on selling profitable managed services, turning compliance "
        "obligations into recurring revenue, adding automation to improve efficiency, navigating "
        "legal issues for MSPs, and much more."
    ),
    (
        "NEW in 2026! Our Day 1 DEFEND Cybersecurity Workshop provides a fully curated journey "
        "through …"
    ),
    (
        "Explore the intersection of agentic AI, distributed data, modern IT, and cloud native "
        "innovation—designed to help you meet today’s demands and scale for tomorrow."
    ),
    ("Join Optiv’s premier cybersecurity event! Network, explore strategies, and gain insights."),
    (
        "The IT Sales & Marketing Boot Camp is the biggest MSP growth event anywhere. This is "
        "where MSP owners and their teams learn the proven sales, marketing, growth, and AI "
        "strategies MSPs are using right now to win more (and better) clients, grow faster, and "
        "pull ahead of their competition."
    ),
    (
        "You’ll hear directly from MSPs who’ve done it, learn what’s working today, and leave "
        "with real …"
    ),
    (
        "At SecureWorld, we believe cybersecurity isn't just a job—it's a mission. For more than "
        "25 years, we've been building stronger, smarter, more connected security communities "
        "across North America. Our regional conferences are where cybersecurity leaders, "
        "practitioners, and providers come together to share insights, solve challenges, and "
        "build lasting relationships."
    ),
    "Join Us in Minneapolis for the Futurecon Cybersecurity Event!",
]
#: The story's close, then the outlet's tag row, cards, share links and newsletter box.
_TAIL = [
    "Locations and dates may be subject to chance.",
    (
        "Clicking on the name will take you directly to the website where you can check the "
        "latest news on each event."
    ),
    "Tags: Accessories, Smart Hub, Smart Doorbells",
    "Deco XE75 Pro",
    "AXE5400 Tri-Band Mesh Wi-Fi 6E System",
    "Deco X55",
    "AX3000 Whole Home Mesh WiFi 6 System",
    "Share",
    "Facebook",
    "Linkedin",
    "Twitter",
    (
        "Subscribe >TP-Link takes your privacy seriously. For further details on TP-Link's "
        "privacy practices, see TP-Link's Privacy Policy."
    ),
    "Be The First To Get Exclusive Deals & News",
    "Email Address",
]
#: Further down the story: two cut blurbs in a row between two paragraphs.
_RUN = [
    (
        "Red Hat® Summit is where enterprise IT moves forward. Join us May 11-14 at the Georgia "
        "World Congress Center to uncover opportunities for your business, your customers, and "
        "yourself."
    ),
    (
        "The Women of the Channel Leadership Summit is the meeting place for women from across "
        "the IT channel who are looking to advance organizational diversity, make unmatched "
        "connections, and empower and cultivate women leaders. Attendees benefit from "
        "best-in-class thought leadership, motivational keynotes, channel trends, stimulating "
        "workshops, interactive peer panels and energizing networking …"
    ),
    (
        "The 7th Annual Nashville Official Cybersecurity Summit is the must-attend event for "
        "CISOs and senior leaders looking to strengthen resilience, reduce risk, and align "
        "security with business goals. Join top executives, innovators, and experts for a full "
        "day of actionable insights, cutting-edge solutions, and high-impact networking. "
        "Experience interactive panels, exclusive solution showcases, and …"
    ),
    (
        "The California County Information Services Directors Association is the official "
        "organization of the county IT directors and CIO’s throughout the state of California. "
        "CCISDA represents all 58 California counties in the area of information technology and "
        "county government."
    ),
]


def _clean() -> str:
    return clean_text("\n".join([*_HEAD, _HEADLINE, *_STORY, *_TAIL])).text


def test_blurbs_cut_between_paragraphs_are_kept() -> None:
    out = _clean()
    cut = [ln for ln in _STORY if ln.endswith(" …")]
    assert len(cut) == 7
    for ln in cut:
        assert ln in out


def test_the_listing_is_kept_without_the_outlets_chrome() -> None:
    out = _clean()
    assert _STORY[2] in out
    assert "Tapo Store" not in out
    assert "AX3000 Whole Home Mesh WiFi 6 System" not in out


def test_a_cut_line_under_a_title_stays_a_teaser() -> None:
    # a card: its title (no prose) above the cut blurb, a paragraph below
    feats = line_features([_HEADLINE, _STORY[3], _STORY[4]])
    cut_paragraphs(feats)
    assert feats[1].teaser
    assert not feats[1].prose


def test_cut_lines_between_paragraphs_are_prose() -> None:
    # a blurb between two paragraphs, twice; two cut blurbs in a row between two paragraphs
    for lines in (_STORY[13:18], _RUN):
        feats = line_features(lines)
        assert any(ln.teaser for ln in feats)
        cut_paragraphs(feats)
        assert not any(ln.teaser for ln in feats)
        assert all(ln.prose for ln in feats)


def test_a_cut_line_ending_the_text_stays_a_teaser() -> None:
    feats = line_features(_RUN[:2])
    cut_paragraphs(feats)
    assert feats[1].teaser
