"""A desk's or a team's box after the story in a whole-page text dump: "The Lifestyle Desk is a
team of dedicated journalists ...", its role word in the plural (a dev dump reduced to what
matters)."""

from __future__ import annotations

from cleanscrape.chrome import strip_lines

# an html-text dump of a newspaper's lifestyle story, reduced: its section path and headline,
# three paragraphs, a survey's promo, the box of the desk that wrote it under its heading, and
# the cards under the story
_HEAD = [
    "News",
    "lifestyle",
    "soul-search",
    "Meditation is not just for the soul! It helps heal the brain",
    "Trending",
]
_STORY = [
    (
        "Neuroscience now provides substantial evidence that meditation leads to "
        "measurable changes in brain structure and function, a concept known as "
        "neuroplasticity. Studies show increased grey matter in areas related to focus "
        "and awareness, while the amygdala, associated with fear, shows shrinkage. This "
        "practice enhances attentional networks, regulates the default mode network, and "
        "improves stress response, offering long-term cognitive protection."
    ),
    (
        "For ages, meditation existed only on the edge of science, dismissed by numerous "
        "individuals as quiet reflection, not something you could test. However, that "
        "position has now become groundless. For over two decades, neuroscience has "
        "collected substantial evidence showing how meditation leads to measurable and "
        "consistent changes in the brain structure and function. What was once consigned "
        "to the domain of personal experience is now a credible part in the discussions "
        "of cognitive health, neurological resilience and emotional regulation. The brain"
        " can change its shape when you meditate, that’s called neuroplasticity, and it "
        "explains why we see real changes from practice. Scans taken over time show "
        "people who meditate gain more grey matter, especially in spots that handle "
        "focus, body awareness, or how senses work. A study from Massachusetts General "
        "found that after 8 weeks of mindfulness training, the hippocampus got denser; "
        "this area helps with learning and remembering stuff, and also saw growth "
        "happening in parts tied to seeing things from others’ views and thinking about "
        "oneself."
    ),
    (
        "These changes aren't insignificant. The hippocampus, usually sensitive to "
        "long-term stress damage, stayed strong in those who meditate. At the same time, "
        "research shows shrinkage in the amygdala after mindfulness practice. That part "
        "of the brain handles danger detection and fear reactions; its activity seems to "
        "quiet down over time. People report feeling less stressed when there is less "
        "volume here, which connects bodily changes to their internal emotions. Abhijeet "
        "Satani, Neuroscientist and Inventor of Cognitively Operated Systems and "
        "Brain-computer Interface (BCI) elaborates on how deeply meditation impacts the "
        "brain and its working."
    ),
]
_BIO = (
    "The TOI Lifestyle Desk is a dynamic team of dedicated journalists who, with "
    "unwavering passion and commitment, sift through the pulse of the nation to curate a "
    "vibrant tapestry of lifestyle news for The Times of India readers. At the TOI "
    "Lifestyle Desk, we go beyond the obvious, delving into the extraordinary. Consider "
    "us your lifestyle companion, providing a daily dose of inspiration and information. "
    "Whether you're seeking the latest fashion trends, travel escapades, culinary "
    "delights, or wellness tips, the TOI Lifestyle Desk is your one-stop destination for "
    "an enriching lifestyle experience. Read More"
)
_TAIL = [
    "Get an chance to win ₹5000 Amazon Voucher by taking part in India's Biggest Habit Index! "
    "Take the survey here",
    "About the Author TOI Lifestyle Desk",
    _BIO,
    "End of Article",
    "Follow Us On Social Media",
    "Health +",
    "Eating clean, working out, and still not losing weight? American doc reveals the real "
    "culprit - how to fix it",
    "Kullhad pizza recipe: How to make the viral street-style pizza at home",
    "Cast iron vs. non-stick vs. stainless steel: Which cookware is healthiest to cook",
]


def test_a_desks_box_with_its_role_in_the_plural_is_dropped() -> None:
    # "a dynamic team of dedicated journalists": no role word in the singular, so the box was
    # read as the story's last paragraph and kept
    r = strip_lines([*_HEAD, *_STORY, *_TAIL])
    assert r.lines[: len(_STORY)] == _STORY
    assert _BIO not in r.lines
    reasons = {x.line: x.reason for x in r.removed}
    assert reasons[_BIO] == "author_bio"
    assert reasons["About the Author TOI Lifestyle Desk"] == "author_bio"
