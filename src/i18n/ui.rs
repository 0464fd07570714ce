//! Short labels of the screens. Texts with numbers in them are functions of the language.

use super::{Lang, Text};

const fn t(nl: &'static str, en: &'static str) -> Text {
    Text { nl, en }
}

/// The label of the language switch: the name of the OTHER language, in that language.
pub const OTHER_LANGUAGE: Text = t("English", "Nederlands");

// Welcome
pub const TEAM_NAME_LABEL: Text = t(
    "Naam van je team (optioneel)",
    "Your team's name (optional)",
);
pub const TEAM_NAME_HINT: Text = t(
    "Staat boven de uitkomst en gaat mee in de link als je die deelt. Hooguit 60 tekens.",
    "Shown above the result and included in the link if you share it. At most 60 characters.",
);
pub const ROLE_LABEL: Text = t("Jouw rol (optioneel)", "Your role (optional)");
pub const ROLE_NONE: Text = t("Zeg ik liever niet", "Prefer not to say");
pub const START: Text = t("Start de scan", "Start the scan");
pub const RESUME: Text = t("Verder waar je was", "Continue where you were");
pub const DIMENSIONS_HEADING: Text = t("De 14 onderdelen", "The 14 parts");

// Questionnaire
pub const LOW_POLE: Text = t("Laag niveau van samenwerking", "Low level of collaboration");
pub const HIGH_POLE: Text = t(
    "Hoog niveau van samenwerking",
    "High level of collaboration",
);
pub const DONT_KNOW: Text = t("Weet ik niet", "Don't know");
pub const DONT_KNOW_LOWER: Text = t("weet ik niet", "don't know");
pub const BACK: Text = t("Vorige", "Previous");
pub const NEXT: Text = t("Volgende", "Next");
pub const TO_RESULTS: Text = t("Naar de uitkomst", "See the result");
pub const ALL_PARTS: Text = t("Alle onderdelen", "All parts");
pub const DONE: Text = t("ingevuld", "answered");
pub const OPEN: Text = t("nog open", "open");
pub const HALF_DONE: Text = t("half ingevuld", "half answered");

// Results
pub const RESULTS_TITLE: Text = t("Jullie uitkomst", "Your result");
pub const CONTINUUM_HEADING: Text = t(
    "Waar staan jullie op de lijn van zeven vormen?",
    "Where are you on the line of seven forms?",
);
pub const NOW: Text = t("Nu", "Now");
pub const DESIRED: Text = t("Gewenst", "Desired");
pub const CHART_HEADING: Text = t("Nu en gewenst per onderdeel", "Now and desired per part");
pub const CHART_LEGEND_NOW: Text = t("gevulde stip: nu", "filled dot: now");
pub const CHART_LEGEND_DESIRED: Text = t("open ring: gewenst", "open ring: desired");
pub const TABLE_CAPTION: Text = t(
    "Nu en gewenst per onderdeel (1 = laag, 5 = hoog)",
    "Now and desired per part (1 = low, 5 = high)",
);
pub const PART: Text = t("Onderdeel", "Part");
pub const DIFFERENCE: Text = t("Verschil", "Difference");
pub const PRIORITIES_HEADING: Text =
    t("Hier zit het grootste verschil", "Where the gap is largest");
pub const PRIORITIES_INTRO: Text = t(
    "Begin het gesprek hier: waar nu en gewenst het verst uit elkaar liggen.",
    "Start the conversation here: where now and desired are furthest apart.",
);
pub const NO_PRIORITIES: Text = t(
    "Nu en gewenst liggen op alle ingevulde onderdelen gelijk. Bespreek of dat voor iedereen in het team zo is.",
    "Now and desired are the same on every part you answered. Discuss whether everyone in the team sees it that way.",
);
pub const HOW_HEADING: Text = t("Hoe is dit berekend?", "How is this calculated?");
pub const EDIT_ANSWERS: Text = t("Antwoorden aanpassen", "Change answers");
pub const PRINT: Text = t("Afdrukken", "Print");
pub const START_OVER: Text = t("Opnieuw beginnen", "Start over");
pub const CONFIRM_START_OVER: Text = t(
    "Al je antwoorden op dit apparaat worden gewist. Weet je het zeker?",
    "All your answers on this device will be erased. Are you sure?",
);
pub const CONFIRM_YES: Text = t("Ja, wis alles", "Yes, erase everything");
pub const CONFIRM_NO: Text = t("Nee, ga terug", "No, go back");
pub const STORAGE_NOTICE: Text = t(
    "Je antwoorden kunnen op dit apparaat niet worden bewaard. De scan werkt wel, maar sluit dit venster niet voordat je klaar bent.",
    "Your answers cannot be saved on this device. The scan works, but do not close this window before you are done.",
);
pub const DISMISS: Text = t("Sluiten", "Close");

// Sharing
pub const SHARE_HEADING: Text = t("Deel je uitkomst", "Share your result");
pub const SHARE_INTRO: Text = t(
    "De uitkomst zit in de link zelf. Er wordt niets op een server bewaard.",
    "The result is in the link itself. Nothing is stored on a server.",
);
pub const LINK_CONTAINS: Text = t(
    "De link bevat al je antwoorden, je rol en de teamnaam. Deel hem alleen met wie ze mag zien.",
    "The link contains all your answers, your role and the team name. Share it only with people who may see them.",
);
pub const LINK_LABEL: Text = t("Link naar je uitkomst", "Link to your result");
pub const COPY: Text = t("Kopieer de link", "Copy the link");
pub const COPIED: Text = t("De link is gekopieerd.", "The link has been copied.");
pub const COPY_FAILED: Text = t(
    "Kopiëren lukte niet. Selecteer de link en kopieer hem zelf.",
    "Copying did not work. Select the link and copy it yourself.",
);
pub const SHARE: Text = t("Delen…", "Share…");
pub const QR_LABEL: Text = t(
    "QR-code van de link: scan hem met de camera van een telefoon",
    "QR code of the link: scan it with a phone's camera",
);
pub const QR_TOO_LONG: Text = t(
    "Deze link is te lang voor een QR-code. Kopieer of deel de link.",
    "This link is too long for a QR code. Copy or share the link.",
);

// Opening a link
pub const SHARED_TITLE: Text = t("Gedeelde uitkomst", "Shared result");
pub const SHARED_INTRO: Text = t(
    "Iemand heeft deze uitkomst met je gedeeld. Je kunt hem alleen bekijken; je eigen antwoorden op dit apparaat blijven zoals ze waren.",
    "Someone shared this result with you. You can only view it; your own answers on this device stay as they were.",
);
pub const DO_SCAN_YOURSELF: Text = t("Doe de scan zelf", "Do the scan yourself");
pub const COMPARE: Text = t(
    "Vergelijk met mijn eigen uitkomst",
    "Compare with my own result",
);
pub const COMPARE_TITLE: Text = t(
    "Gedeelde uitkomst naast de jouwe",
    "The shared result beside yours",
);
pub const THEIRS: Text = t("Gedeelde uitkomst", "Shared result");
pub const MINE: Text = t("Mijn uitkomst", "My result");
pub const THEIRS_SHORT: Text = t("Gedeeld", "Shared");
pub const MINE_SHORT: Text = t("Ik", "Me");
pub const COMPARE_NO_OWN: Text = t(
    "Je hebt op dit apparaat nog geen antwoorden ingevuld. Doe de scan zelf om te vergelijken.",
    "You have not answered anything on this device yet. Do the scan yourself to compare.",
);
pub const BACK_TO_SHARED: Text = t(
    "Terug naar de gedeelde uitkomst",
    "Back to the shared result",
);
pub const TO_OWN_RESULT: Text = t("Naar mijn eigen uitkomst", "Go to my own result");
pub const START_FRESH: Text = t("Start de scan", "Start the scan");
pub const BROKEN_TITLE: Text = t("Deze link werkt niet", "This link does not work");
pub const BROKEN_DRAFT_SAFE: Text = t(
    "Je eigen antwoorden op dit apparaat zijn niet veranderd.",
    "Your own answers on this device have not changed.",
);
pub const BROKEN_NOT_A_LINK: Text = t(
    "Dit is geen link van de Samenwerkingsscan, of er zijn tekens in veranderd, bijvoorbeeld door een chat- of mailprogramma. Vraag om de link opnieuw.",
    "This is not a Collaboration scan link, or characters in it were changed, for example by a chat or mail program. Ask for the link again.",
);
pub const BROKEN_TOO_LONG: Text = t(
    "Deze link is veel te lang om een uitkomst te zijn. Vraag om de link opnieuw.",
    "This link is far too long to be a result. Ask for the link again.",
);
pub const BROKEN_NEWER: Text = t(
    "Deze link is gemaakt met een nieuwere versie van de scan. Vernieuw de pagina; helpt dat niet, open de link dan later opnieuw.",
    "This link was made with a newer version of the scan. Reload the page; if that does not help, open the link again later.",
);
pub const BROKEN_TRUNCATED: Text = t(
    "De link is niet compleet: waarschijnlijk is het laatste stuk weggevallen bij het kopiëren. Vraag om de hele link.",
    "The link is incomplete: the last part was probably lost when it was copied. Ask for the whole link.",
);
pub const BROKEN_DAMAGED: Text = t(
    "De link is beschadigd: er is een teken in veranderd of weggevallen. Vraag om de link opnieuw.",
    "The link is damaged: a character in it was changed or lost. Ask for the link again.",
);
pub const TEAM_LINK_LATER: Text = t(
    "Dit is een teamlink. Deze versie van de scan kan alleen uitkomsten van één persoon tonen.",
    "This is a team link. This version of the scan can only show one person's result.",
);

/// "Onderdeel 3 van 14".
pub fn progress(lang: Lang, number: usize, total: usize) -> String {
    match lang {
        Lang::Nl => format!("Onderdeel {number} van {total}"),
        Lang::En => format!("Part {number} of {total}"),
    }
}

/// "Nu: model 3 van 7, Collaboratief".
pub fn placement(lang: Lang, horizon: Text, model: u8, name: &str) -> String {
    match lang {
        Lang::Nl => format!("{}: model {model} van 7, {name}", horizon.nl),
        Lang::En => format!("{}: model {model} of 7, {name}", horizon.en),
    }
}

/// The sentence for a placement that could not be made.
pub fn too_few(lang: Lang, horizon: Text, answered: usize) -> String {
    match lang {
        Lang::Nl => format!(
            "{}: te weinig ingevuld ({answered} van de 14 onderdelen, minstens 7 nodig)",
            horizon.nl
        ),
        Lang::En => format!(
            "{}: too few answers ({answered} of the 14 parts, at least 7 needed)",
            horizon.en
        ),
    }
}

/// "2 stappen meer samenwerking gewenst" or "1 stap minder".
pub fn gap(lang: Lang, gap: i8) -> String {
    let steps = gap.unsigned_abs();
    match (lang, gap > 0, steps == 1) {
        (Lang::Nl, true, true) => "1 stap meer gewenst".into(),
        (Lang::Nl, true, false) => format!("{steps} stappen meer gewenst"),
        (Lang::Nl, false, true) => "1 stap minder gewenst".into(),
        (Lang::Nl, false, false) => format!("{steps} stappen minder gewenst"),
        (Lang::En, true, true) => "1 step more wanted".into(),
        (Lang::En, true, false) => format!("{steps} steps more wanted"),
        (Lang::En, false, true) => "1 step less wanted".into(),
        (Lang::En, false, false) => format!("{steps} steps less wanted"),
    }
}

/// The accessible name of a scale point, e.g. "1: Aparte systemen" at the poles.
pub fn scale_point(point: u8, pole: Option<&str>) -> String {
    match pole {
        Some(pole) => format!("{point}: {pole}"),
        None => point.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_texts_read_well() {
        assert_eq!(progress(Lang::Nl, 3, 14), "Onderdeel 3 van 14");
        assert_eq!(progress(Lang::En, 14, 14), "Part 14 of 14");
        assert_eq!(gap(Lang::Nl, -1), "1 stap minder gewenst");
        assert_eq!(gap(Lang::En, 3), "3 steps more wanted");
        assert_eq!(
            placement(Lang::Nl, NOW, 3, "Collaboratief"),
            "Nu: model 3 van 7, Collaboratief"
        );
        assert!(too_few(Lang::En, DESIRED, 5).contains("5 of the 14"));
    }
}
