//! The prose of the screens, in Dutch (the default) and English.
//!
//! Plain language (B1 Dutch, the norm for Dutch public bodies), short sentences, addressing the
//! professional as "je"/"jullie". No markup: the screens add their own. The texts never call the
//! high end of the scale "good": the source report says a higher level of collaboration is not by
//! definition the most fitting one, so the scan asks for the current and the desired level.
//!
//! The scoring texts (`HOW_*`) describe the rules in INSTRUMENT.md ("Scoring") and
//! `domain::scoring`; change them together.

use crate::domain::instrument::Text;

/// The name of the tool.
pub const WELCOME_TITLE: Text = Text {
    nl: "Samenwerkingsscan",
    en: "Collaboration scan",
};

/// What the tool is and what it is for.
pub const WELCOME_INTRO: Text = Text {
    nl: "Met deze scan kijken jullie samen naar hoe jullie als team samenwerken. Het schema komt uit het onderzoek 'Lokaal & Integraal werken aan participatie' van Hogeschool Utrecht en Movisie. Je ziet welke vorm van samenwerking jullie nu hebben, welke past bij jullie doel en waar je het eerst over wilt praten.",
    en: "With this scan your team looks at how you work together. The schema comes from the research project 'Lokaal & Integraal werken aan participatie' by Hogeschool Utrecht and Movisie. You see which form of collaboration you have now, which one fits your aims, and what to talk about first.",
};

/// How long it takes, measured (issue 22): about 880 words to read on the 14 questions at
/// 200 a minute, 46 taps at 3 seconds (28 answers, 14 steps, role, join, copy), about 7
/// minutes to the sent result; reading the result itself adds about 2. One figure everywhere
/// (index.html, embed/demo.html, docs/facilitating.md).
pub const WELCOME_DURATION: Text = Text {
    nl: "Duurt ongeveer 10 minuten: 14 onderdelen, steeds twee vragen.",
    en: "Takes about 10 minutes: 14 parts, two questions each.",
};

/// Where the answers are kept.
pub const PRIVACY_LINE: Text = Text {
    nl: "Je antwoorden blijven op dit apparaat. Alleen als jij de link deelt, kan een ander ze zien.",
    en: "Your answers stay on this device. Others can only see them if you share the link.",
};

/// A higher level is not by definition better.
pub const NOT_BETTER: Text = Text {
    nl: "Intensiever samenwerken is niet vanzelf beter. Wat past, hangt af van jullie doel en van de inwoners voor wie jullie werken.",
    en: "More intensive collaboration is not automatically better. What fits depends on your aims and on the residents you work for.",
};

/// How one answer becomes a number.
pub const HOW_INTENSITY: Text = Text {
    nl: "Per onderdeel kies je een stap van 1 tot 5. Die stap rekenen we om naar een getal van 0 tot 1: stap 1 is 0, stap 2 is 0,25, stap 3 is 0,5, stap 4 is 0,75 en stap 5 is 1. Hoe hoger het getal, hoe intensiever de samenwerking op dat onderdeel.",
    en: "For each part you choose a step from 1 to 5. We turn that step into a number from 0 to 1: step 1 is 0, step 2 is 0.25, step 3 is 0.5, step 4 is 0.75 and step 5 is 1. The higher the number, the more intensive the collaboration on that part.",
};

/// How the overall score is made.
pub const HOW_OVERALL: Text = Text {
    nl: "Het totaal is het gemiddelde van de onderdelen die je hebt ingevuld. 'Weet ik niet' telt nooit mee. Je ziet het totaal pas als je minstens 7 van de 14 onderdelen hebt ingevuld. Dat geldt apart voor nu en voor jullie doel.",
    en: "The overall score is the average of the parts you answered. 'Don't know' never counts. You only see the overall score once you have answered at least 7 of the 14 parts. This applies separately to now and to your aims.",
};

/// How the overall score is placed on the continuum of seven models.
pub const HOW_PLACEMENT: Text = Text {
    nl: "De lijn van 0 tot 1 is verdeeld in zeven even grote stukken: van Parallel tot Integratief. Het stuk waar jullie totaal in valt, is de vorm van samenwerking die het best bij jullie antwoorden past. Een streepje laat de precieze plek zien, voor nu en voor jullie doel.",
    en: "The line from 0 to 1 is split into seven equal parts: from Parallel to Integrative. The part your overall score falls in is the form of collaboration that best matches your answers. A marker shows the exact spot, for now and for your aims.",
};

/// How the gaps and priorities are found.
pub const HOW_GAPS: Text = Text {
    nl: "Per onderdeel kijken we naar het verschil tussen 'Dit past bij ons doel' en 'Zo werken we nu', in stappen. De onderdelen met het grootste verschil staan bovenaan. Dat kan twee kanten op: soms willen jullie juist minder. Staat bij een van beide 'Weet ik niet', dan is er geen verschil.",
    en: "For each part we look at the difference between 'What fits our aims' and 'How we work now', in steps. The parts with the largest difference come first. It can go either way: sometimes you want less. If either answer is 'Don't know', there is no difference.",
};

/// The label of the question about the current situation.
pub const NOW_QUESTION: Text = Text {
    nl: "Zo werken we nu",
    en: "How we work now",
};

/// The label of the question about the desired situation.
pub const DESIRED_QUESTION: Text = Text {
    nl: "Dit past bij ons doel",
    en: "What fits our aims",
};

/// Credits the schema and explains the count of 14.
pub const SOURCE_NOTE: Text = Text {
    nl: "Schema 'Vormen van interprofessionele samenwerking' (Ploeger & Fukkink 2018, naar Boon e.a. 2004), uit de tussenevaluatie van 'Lokaal & Integraal werken aan participatie', Hogeschool Utrecht en Movisie, 2019. Het gepubliceerde schema telt 14 rijen; soms wordt over 13 dimensies gesproken. Deze scan volgt het schema.",
    en: "Schema 'Forms of interprofessional collaboration' (Ploeger & Fukkink 2018, after Boon et al. 2004), from the interim evaluation of 'Lokaal & Integraal werken aan participatie', Hogeschool Utrecht and Movisie, 2019. The published schema has 14 rows; some texts speak of 13 dimensions. This scan follows the schema.",
};

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [(&str, Text); 12] = [
        ("WELCOME_TITLE", WELCOME_TITLE),
        ("WELCOME_INTRO", WELCOME_INTRO),
        ("WELCOME_DURATION", WELCOME_DURATION),
        ("PRIVACY_LINE", PRIVACY_LINE),
        ("NOT_BETTER", NOT_BETTER),
        ("HOW_INTENSITY", HOW_INTENSITY),
        ("HOW_OVERALL", HOW_OVERALL),
        ("HOW_PLACEMENT", HOW_PLACEMENT),
        ("HOW_GAPS", HOW_GAPS),
        ("NOW_QUESTION", NOW_QUESTION),
        ("DESIRED_QUESTION", DESIRED_QUESTION),
        ("SOURCE_NOTE", SOURCE_NOTE),
    ];

    #[test]
    fn no_text_is_empty_or_marked_up() {
        for (name, text) in ALL {
            for s in [text.nl, text.en] {
                assert!(!s.trim().is_empty(), "{name} is empty");
                assert_eq!(s, s.trim(), "{name} has stray whitespace");
                assert!(
                    !s.contains('<') && !s.contains('>'),
                    "{name} contains markup"
                );
            }
        }
    }

    #[test]
    fn question_labels_keep_their_wording() {
        assert_eq!(NOW_QUESTION.nl, "Zo werken we nu");
        assert_eq!(DESIRED_QUESTION.nl, "Dit past bij ons doel");
        assert_eq!(NOW_QUESTION.en, "How we work now");
        assert_eq!(DESIRED_QUESTION.en, "What fits our aims");
    }
}
