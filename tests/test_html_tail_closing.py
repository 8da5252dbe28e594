"""The article's conclusions in a section of their own are the article's, not a tail.

The page is a review paper of the WCXB dev half reduced to what matters, its text as published:
each part of the paper in a ``<section>`` of its own without a class (introduction, review,
conclusions), then the journal's note, the footnotes and the references. The main prose block
is the review's section, and the tail rule took off everything after it, the conclusions (which
the gold keeps) with the note and references (which it leaves out). The heading "Conclusions"
opening a section says the section is the article's.
"""

from __future__ import annotations

from cleanscrape.html.extract import extract_html

_INTRO = (
    "Physical activity has its origins in ancient history. It is thought that the Indus "
    "Valley civilization created the foundation of modern yoga in approximately 3000 B.C. "
    "during the early Bronze Age [1]. The beneficial role of physical activity in healthy "
    "living and preventing and managing health disorders is well documented in the "
    "literature. Physical activity provides various significant health benefits.",
)
_REVIEW = (
    (
        "In this review article, a current understanding of the underlying physiological and "
        "psychological processes during exercise or physical activity that are implicated in "
        'improving mental health is presented. Search terms like "exercise" or "physical '
        'activity" and "mental health", "exercise" or "physical activity" and "depression", '
        '"exercise" or "physical activity" and "stress", "exercise" or "physical activity" and '
        '"anxiety", "exercise" or "physical activity" and "psychosis," "exercise" or "physical '
        'activity" and "addiction" were used as search terms in PubMed, Google Scholar, and '
        "Medline. An overwhelming majority of references come from works published within the "
        "past decade."
    ),
    (
        "There is an increasing amount of evidence documenting the beneficial impacts of physical"
        " activity on mental health, with studies examining the effects of both brief bouts of "
        "exercise and more extended periods of activity. Systematic evaluations have indicated "
        "better outcomes for mental diseases with physical activity. Numerous psychological "
        "effects, such as self-esteem, cognitive function, mood, depression, and quality of life,"
        " have been studied [8]. According to general results, exercise enhances mood and self-"
        "esteem while decreasing stress tendencies, a factor known to aggravate mental and "
        "physical diseases [9]. Studies show that people who exercise regularly have a better "
        "frame of mind. However, it should be highlighted that a consistent link between mood "
        "enhancement and exercise in healthy individuals has not been established."
    ),
    (
        "Additionally, human beings produce more of these two neurochemicals when they engage in "
        "physical activity. Human bodies manufacture opioids and endocannabinoids that are linked"
        " to pleasure, anxiolytic effects, sleepiness, and reduced pain sensitivity [10]. It has "
        "been shown that exercise can improve attention, focus, memory, cognition, language "
        "fluency, and decision-making for up to two hours [11]. Researchers state that regular "
        "physical activity improves the functioning of the hypothalamus-pituitary-adrenal (HPA) "
        "axis, lowering cortisol secretion and restoring the balance of leptin and ghrelin "
        "(Figure 1) [12]."
    ),
    (
        "Although no causal correlations have been proven, methodologically sound research has "
        "discovered a related improvement in mentally and physically ill populations. These "
        "findings are based on research and studies conducted all across the globe, particularly "
        "in the Western Hemisphere. In order to address a widespread health problem in India, it "
        "is useful to do a literature review that draws on research conducted in a variety of "
        "settings. In addition, the prevalence of these mental illnesses and the benefits of "
        "exercise as a complementary therapy might be made clear by a meta-analysis of research "
        "undertaken in India [14]."
    ),
    (
        "This review also analysed published literature from India to understand the effects of "
        "exercise on mental health and the implications for disease management and treatment in "
        "the Indian context. Results from Indian studies were consistent with those found in "
        "global meta-analyses. The Indian government has made public data on interventions, such "
        "as the effects of different amounts of physical exercise. Exercising and yoga have been "
        "shown to be effective adjunct therapies for a variety of mental health conditions [12]. "
        "Though yoga may not require a lot of effort to perform, other aspects of the program, "
        "such as breathing or relaxation exercises, may have an impact on a practitioner's mental"
        " health at the same time. Due to its cultural significance as a common physical practice"
        " among Indians and its low to moderate activity level, yoga would be an appropriate "
        "activity for this assessment [15]."
    ),
    (
        "Although yoga is a centuries-old Hindu practice, its possible therapeutic effects have "
        "recently been studied in the West. Mind-body approaches have been the subject of a lot "
        "of studies, and some of the findings suggest they may aid with mental health issues on "
        "the neurosis spectrum. As defined by the National Center for Complementary and "
        'Alternative Medicine, "mind-body interventions" aim to increase the mind\'s potential to '
        "alter bodily functions [16]. Due to its beneficial effects on the mind-body connection, "
        "yoga is used as a treatment for a wide range of conditions. Possible therapeutic "
        "benefits of yoga include the activation of antagonistic neuromuscular systems, "
        "stimulation of the limbic system, and a reduction in sympathetic tone."
    ),
    (
        "Anxiety and depression sufferers might benefit from practising yoga. Yoga is generally "
        "safe for most people and seldom causes unintended negative consequences. Adding yoga to "
        "traditional treatment for mental health issues may be beneficial. Many of the studies on"
        " yoga included meditation as an integral part of their methodology. Meditation and other"
        " forms of focused mental practice may set off a physiological reaction known as the "
        "relaxation response. Functional imaging has been used to implicate certain regions of "
        "the brain that show activity during meditation. According to a wealth of anatomical and "
        "neurochemical evidence, meditation has been shown to have far-reaching physiological "
        "effects, including changes in attention and autonomic nervous system modulation [17]. "
        "Left anterior brain activity, which is associated with happiness, was shown to rise "
        "considerably during meditation. There's also some evidence that meditation might worsen "
        "psychosis by elevating dopamine levels [18-20]. We do not yet know enough about the "
        "possible downsides of meditation for patients with mental illness, since this research "
        "lacks randomised controlled trials."
    ),
    (
        "Schizophrenia is a debilitating mental disorder that often manifests in one's early "
        "years of productive life (late second decade). Remission of this disorder occurs in just"
        " a small fraction of cases. More than 60% will have relapses, and they might occur with "
        "or without noticeable deficits. Apart from delusions, hallucinations, and formal thought"
        " disorders, many patients exhibit cognitive deficits that emerge in the early stages of "
        "the disease and do not respond adequately to therapy [21]."
    ),
)
_CONCLUSION = (
    (
        "The effects of exercise on mental health have been shown to be beneficial. Among persons"
        " with schizophrenia, yoga was shown to have more positive effects with exercise when "
        "compared with no intervention. Consistent physical activity may also improve sleep "
        "quality significantly. Patients with alcohol dependence syndrome benefit from a "
        "combination of medical therapy and regular exercise since it motivates them to battle "
        "addiction by decreasing the craving. There is also adequate evidence to suggest that "
        "physical exercise improves depressive and anxiety symptoms. Translating the evidence of "
        "the benefits of physical exercise on mental health into clinical practice is of "
        "paramount importance. Future implications of this include developing a structured "
        "exercise therapy and training professionals to deliver it. The dearth of literature in "
        "the Indian context also indicates that more research is required to evaluate and "
        "implement interventions involving physical activity that is tailored to the Indian "
        "context."
    ),
)
_NOTE = (
    (
        "The content published in Cureus is the result of clinical experience and/or research by "
        "independent individuals or organizations. Cureus is not responsible for the scientific "
        "accuracy or reliability of data or conclusions published herein. All content published "
        "within Cureus is intended only for educational, research and reference purposes. "
        "Additionally, articles published within Cureus should not be deemed a suitable "
        "substitute for the advice of a qualified health care professional. Do not disregard or "
        "avoid professional medical advice due to content published within Cureus."
    ),
)
_REFERENCES = (
    (
        "1.Positive impact of prescribed physical activity on symptoms of schizophrenia: "
        "randomized clinical trial. Curcic D, Stojmenovic T, Djukic-Dejanovic S, et al. Psychiatr"
        " Danub. 2017;29:459–465. doi: 10.24869/psyd.2017.459. [DOI] [PubMed] [Google Scholar]"
    ),
    (
        "2.Yoga therapy as an add-on treatment in the management of patients with schizophrenia--"
        "a randomized controlled trial. Duraiswamy G, Thirthalli J, Nagendra HR, Gangadhar BN. "
        "Acta Psychiatr Scand. 2007;116:226–232. doi: 10.1111/j.1600-0447.2007.01032.x. [DOI] "
        "[PubMed] [Google Scholar]"
    ),
    (
        "3.Yoga therapy for schizophrenia. Bangalore NG, Varambally S. Int J Yoga. 2012;5:85–91. "
        "doi: 10.4103/0973-6131.98212. [DOI] [PMC free article] [PubMed] [Google Scholar]"
    ),
    (
        "4.Depression among Indian university students and its association with perceived "
        "university academic environment, living arrangements and personal issues. Deb S, Banu "
        "PR, Thomas S, Vardhan RV, Rao PT, Khawaja N. Asian J Psychiatr. 2016;23:108–117. doi: "
        "10.1016/j.ajp.2016.07.010. [DOI] [PubMed] [Google Scholar]"
    ),
)


def _page(heading: str = "Conclusions") -> str:
    review = "".join(f"<p>{p}</p>" for p in _REVIEW)
    refs = "".join(f"<li>{r}</li>" for r in _REFERENCES)
    return (
        "<html><head><title>The Influence of Physical Activity on Mental Health</title></head>"
        "<body><main><article><h1>The Influence of Physical Activity on Mental Health</h1>"
        '<section class="body main-article-body">'
        f'<section id="sec1"><h2>Introduction and background</h2><p>{_INTRO[0]}</p></section>'
        f'<section id="sec2"><h2>Review</h2>{review}</section>'
        f'<section id="sec3"><h2>{heading}</h2><p>{_CONCLUSION[0]}</p></section>'
        f'<section id="notes1"><p>{_NOTE[0]}</p></section>'
        '<section class="fn-group"><h2>Footnotes</h2>'
        "<p>The authors have declared that no competing interests exist.</p></section>"
        f'<section class="ref-list"><h2>References</h2><ul>{refs}</ul></section>'
        "</section></article></main></body></html>"
    )


def test_conclusions_after_the_main_block_are_kept() -> None:
    lines = extract_html(_page()).lines
    assert "Conclusions" in lines
    assert _CONCLUSION[0] in lines
    # what follows the conclusions is still the tail
    assert _NOTE[0] not in lines
    assert not any(line.endswith(_REFERENCES[0][-40:]) for line in lines)
    assert "The authors have declared that no competing interests exist." not in lines


def test_numbered_heading_in_another_language_and_no_other_heading() -> None:
    lines = extract_html(_page("4. Schlussfolgerungen")).lines
    assert _CONCLUSION[0] in lines
    assert _NOTE[0] not in lines
    # a heading that names no conclusion leaves the section to the tail rule
    assert _CONCLUSION[0] not in extract_html(_page("Data availability")).lines
