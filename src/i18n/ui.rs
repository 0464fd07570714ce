//! Short labels of the screens. Texts with numbers in them are functions of the language.

use super::{Lang, Text};

// The team result's texts (CSV dialects, role comparison, sharing from 3, differencing) are in
// `team.rs`, read here as `ui::` too.
pub use super::team::*;

use super::t;

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
pub const RESULTS_TITLE: Text = t("Jouw uitkomst", "Your result");
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
pub const UNREADABLE_KEPT: Text = t(
    "Wat eerder op dit apparaat bewaard was, kan deze versie van de scan niet lezen. Het is apart bewaard, niet gewist. Je gaat hier verder met een lege scan.",
    "What was saved on this device before cannot be read by this version of the scan. It has been kept aside, not erased. You continue here with an empty scan.",
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
pub const SEND_PRIVACY: Text = t(
    "De begeleider kan met deze link al je antwoorden en je rol zien. De teamuitkomst laat geen namen zien, en een rol alleen bij een rolgroep van minstens 3 deelnemers.",
    "With this link the facilitator can see all your answers and your role. The team result shows no names, and a role only for a role group of at least 3 participants.",
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

// Workshop: the facilitator
pub const FACILITATE: Text = t("Workshop begeleiden", "Facilitate a workshop");
pub const FACILITATOR_LOADING: Text = t(
    "Het deel voor de begeleider wordt geladen…",
    "Loading the facilitator's part…",
);
pub const FACILITATOR_LOAD_FAILED: Text = t(
    "Het deel voor de begeleider kon niet worden geladen. Controleer de verbinding en probeer het opnieuw. Je antwoorden blijven bewaard.",
    "The facilitator's part could not be loaded. Check the connection and try again. Your answers are kept.",
);
pub const TRY_AGAIN: Text = t("Opnieuw proberen", "Try again");
pub const TO_WELCOME: Text = t("Naar het begin", "To the start");
pub const FACILITATE_INTRO: Text = t(
    "Nodig deelnemers uit, verzamel hun uitkomstlinks en bespreek de teamuitkomst. Alles blijft in deze browser.",
    "Invite participants, collect their result links and discuss the team result. Everything stays in this browser.",
);
pub const INVITATION_HEADING: Text = t("1. Uitnodiging", "1. Invitation");
pub const WORKSHOP_TEAM_LABEL: Text = t("Naam van het team", "The team's name");
pub const WORKSHOP_LANG_LABEL: Text = t("Taal voor de deelnemers", "Language for participants");
pub const WORKSHOP_ROLES_LABEL: Text = t(
    "Rolgroepen waaruit deelnemers kiezen",
    "Role groups participants choose from",
);
pub const MAKE_INVITATION: Text = t("Maak de uitnodiging", "Make the invitation");
pub const JOIN_LINK_LABEL: Text = t("Link voor de deelnemers", "Link for the participants");
pub const JOIN_LINK_HINT: Text = t(
    "Laat de QR-code zien of stuur de link. Deelnemers sturen hun uitkomstlink naar jou.",
    "Show the QR code or send the link. Participants send their result link to you.",
);
pub const CHANGE_INVITATION: Text = t("Uitnodiging wijzigen", "Change the invitation");
pub const COLLECT_HEADING: Text = t("2. Uitkomsten verzamelen", "2. Collect the results");
pub const PASTE_LABEL: Text = t(
    "Plak de uitkomstlinks: één, meer, of een heel chatgesprek of e-mail",
    "Paste the result links: one, more, or a whole chat or e-mail",
);
pub const ADD_PASTED: Text = t("Toevoegen", "Add");
pub const CLEAR_COLLECTED: Text = t(
    "Verzamelde uitkomsten wissen",
    "Erase the collected results",
);
pub const CONFIRM_CLEAR: Text = t(
    "Alles wissen? Bewaar eerst de teamlink als je die nog nodig hebt.",
    "Erase everything? Keep the team link first if you still need it.",
);
pub const NOT_READ_HEADING: Text = t("Niet gelezen", "Not read");
pub const INVITATION_PASTED: Text = t(
    "Dit is de uitnodiging, geen uitkomst.",
    "This is the invitation, not a result.",
);
pub const TEAM_FULL: Text = t(
    "Niet toegevoegd: meer dan 600 uitkomsten.",
    "Not added: more than 600 results.",
);
pub const PASTE_CUT: Text = t(
    "Alleen de eerste 1 MB van de tekst is gelezen.",
    "Only the first 1 MB of the text was read.",
);
pub const NOTHING_COLLECTED: Text = t(
    "Nog geen uitkomsten. Voeg links toe; dan verschijnt hier de teamuitkomst.",
    "No results yet. Add links and the team result appears here.",
);

// The facilitator's screen (issue 22): the folded invitation, copy buttons named by their link,
// the agreement's live count.
pub const COPY_INVITATION: Text = t("Kopieer de uitnodiging", "Copy the invitation");
pub const COPY_TEAM_LINK: Text = t("Kopieer de teamlink", "Copy the team link");
pub const SHOW_INVITATION: Text = t("Toon link en QR-code", "Show the link and QR code");
pub const HIDE_INVITATION: Text = t("Verberg link en QR-code", "Hide the link and QR code");
pub const INVITATION_ROLES: Text = t("rolgroepen", "role groups");

// Workshop: the participant
pub const JOIN_TITLE: Text = t("Uitnodiging voor een workshop", "Invitation to a workshop");
pub const JOIN_INTRO: Text = t(
    "Je doet de scan voor dit team en laat aan het eind je uitkomst aan de begeleider zien: met een code voor de camera, of als link.",
    "You do the scan for this team and at the end give your result to the facilitator: as a code for the camera, or as a link.",
);
pub const JOIN: Text = t("Doe mee", "Join");
pub const JOIN_REPLACES: Text = t(
    "Meedoen begint een nieuwe scan. Wil je je eerdere antwoorden houden? Bewaar dan eerst deze link:",
    "Joining starts a new scan. Want to keep your earlier answers? Keep this link first:",
);
pub const IN_WORKSHOP: Text = t("Workshop van team", "Workshop of team");
pub const LEAVE_WORKSHOP: Text = t(
    "De scan voor mezelf doen, los van de workshop",
    "Do the scan for myself, apart from the workshop",
);
pub const SEND_HEADING: Text = t(
    "Stuur je uitkomst naar de begeleider",
    "Send your result to the facilitator",
);
pub const SEND_INTRO: Text = t(
    "Houd deze code voor de camera van de begeleider, of stuur de link.",
    "Hold this code up to the facilitator's camera, or send the link.",
);

// Team view
pub const TEAM_TITLE: Text = t("Teamuitkomst", "Team result");
pub const AGENDA_HEADING: Text = t(
    "Gespreksagenda: waar jullie het minst eens zijn eerst",
    "Agenda: where you agree least first",
);
pub const AGENDA_INTRO: Text = t(
    "Elke stip is één antwoord, zonder naam; de streep is de mediaan.",
    "Each dot is one answer, without a name; the line is the median.",
);
pub const DIFFERENCE_OF_VIEW: Text = t("Verschil van inzicht", "Difference of view");
pub const MEDIAN: Text = t("mediaan", "median");
pub const NO_MEDIAN: Text = t("geen antwoorden", "no answers");
pub const ROLES_HEADING: Text = t("Rolgroepen vergeleken", "Role groups compared");
pub const ROLES_HIDDEN: Text = t(
    "Verborgen: pas bij twee rolgroepen met elk 3 of meer deelnemers, zodat niemands antwoorden herkenbaar zijn.",
    "Hidden: shown only with two role groups of 3 or more participants each, so no one's answers can be recognised.",
);
pub const TEAM_SHARE_HEADING: Text = t("Teamlink en export", "Team link and export");
pub const TEAM_SHARE_INTRO: Text = t(
    "De teamlink bevat per vraag hoeveel mensen elk antwoord gaven, zonder namen en zonder iemands antwoorden bij elkaar; wie hem opent, ziet deze teamuitkomst.",
    "The team link holds, per question, how many gave each answer, without names and without anyone's answers kept together; whoever opens it sees this team result.",
);
pub const TEAM_LINK_LABEL: Text = t("Teamlink", "Team link");
pub const CSV_ANSWERS: Text = t("Antwoorden (CSV)", "Answers (CSV)");
pub const CSV_SUMMARY: Text = t("Samenvatting (CSV)", "Summary (CSV)");
pub const CSV_ANSWERS_EXCEL: Text = t("Antwoorden voor Excel", "Answers for Excel");
pub const CSV_SUMMARY_EXCEL: Text = t("Samenvatting voor Excel", "Summary for Excel");
pub const COMPARE_TEAMS_HEADING: Text = t(
    "Vergelijk met een andere meting",
    "Compare with another measurement",
);
pub const COMPARE_TEAMS_LABEL: Text = t(
    "Teamlink van de andere meting (bijvoorbeeld een half jaar eerder)",
    "Team link of the other measurement (for example half a year earlier)",
);
pub const COMPARE_TEAMS: Text = t("Vergelijk", "Compare");
pub const CLOSE_COMPARE: Text = t("Vergelijking sluiten", "Close the comparison");
pub const COMPARE_NOT_TEAM: Text = t(
    "Hierin staat geen link van de scan. Plak de teamlink van de andere meting.",
    "There is no link of the scan in this. Paste the team link of the other measurement.",
);
pub const AGREEMENT: Text = t("Afspraak", "Agreement");
pub const AGREEMENT_OWNER: Text = t("wie", "who");
pub const AGREEMENT_DUE: Text = t("wanneer", "by when");
pub const AGREEMENT_TEXT_LABEL: Text = t(
    "Wat spreken jullie af? (hooguit 140 tekens)",
    "What do you agree? (at most 140 characters)",
);
/// The labels of who and by when: on a slide alone, in the team view with their hints.
pub const AGREEMENT_OWNER_LABEL: Text = t("Wie pakt het op", "Who takes it up");
pub const AGREEMENT_OWNER_HINT: Text = t("(optioneel)", "(optional)");
pub const AGREEMENT_DUE_LABEL: Text = t("Wanneer", "By when");
pub const AGREEMENT_DUE_HINT: Text = t(
    "(optioneel, bijv. juni of Q3)",
    "(optional, e.g. June or Q3)",
);
pub const AGREEMENT_TOO_LONG: Text = t(
    "Te lang. Zo gaat deze afspraak niet mee in de teamlink: maak hem korter.",
    "Too long. As it is, this agreement is not included in the team link: shorten it.",
);
pub const AGREEMENT_CONTROL: Text = t(
    "Hierin staat een onzichtbaar stuurteken (meegeplakt?). Zo gaat deze afspraak niet mee in de teamlink: typ de tekst opnieuw.",
    "This holds an invisible control character (pasted along?). As it is, this agreement is not included in the team link: type the text again.",
);
pub const AGREEMENT_NO_TEXT: Text = t(
    "Vul ook in wat jullie afspreken; anders gaat dit niet mee in de teamlink.",
    "Fill in what you agree as well; otherwise this is not included in the team link.",
);
pub const EARLIER_AGREEMENTS: Text = t(
    "Afspraken van de andere meting, en wat er sindsdien bewoog",
    "Agreements of the other measurement, and what moved since",
);
pub const AGREED_THEN: Text = t("Afspraak toen", "Agreed then");
pub const PRINT_REPORT: Text = t(
    "Rapport afdrukken of als pdf bewaren",
    "Print the report or save it as a PDF",
);
pub const REPORT_DATE: Text = t("Afgedrukt op", "Printed on");
pub const OTHER_MEASUREMENT: Text = t("Andere meting", "Other measurement");
pub const THIS_MEASUREMENT: Text = t("Deze meting", "This measurement");
pub const MOVEMENT_CAPTION: Text = t(
    "Mediaan per onderdeel: andere meting → deze",
    "Median per part: other measurement → this one",
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

/// "6 deelnemers".
pub fn participants(lang: Lang, n: usize) -> String {
    match (lang, n == 1) {
        (Lang::Nl, true) => "1 deelnemer".into(),
        (Lang::Nl, false) => format!("{n} deelnemers"),
        (Lang::En, true) => "1 participant".into(),
        (Lang::En, false) => format!("{n} participants"),
    }
}

/// "1 dubbele link overgeslagen: elke uitkomst telt één keer."
pub fn duplicates(lang: Lang, n: usize) -> String {
    let s = if n == 1 { "" } else { "s" };
    match lang {
        Lang::Nl => format!("{n} dubbele link{s} overgeslagen: elke uitkomst telt één keer."),
        Lang::En => format!("{n} duplicate link{s} skipped: each result counts once."),
    }
}

/// "en nog 12 die niet gelezen konden worden".
pub fn more_problems(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Nl => format!("En nog {n} andere die niet gelezen konden worden."),
        Lang::En => format!("And {n} more that could not be read."),
    }
}

/// "2,5" or "2.5": a median kept in half steps.
pub fn median_text(lang: Lang, halves: u8) -> String {
    let mut text = (halves / 2).to_string();
    if halves % 2 == 1 {
        text.push_str(if lang == Lang::Nl { ",5" } else { ".5" });
    }
    text
}

/// The accessible name of a scale point, e.g. "1: Aparte systemen" at the poles.
pub fn scale_point(point: u8, pole: Option<&str>) -> String {
    match pole {
        Some(pole) => format!("{point}: {pole}"),
        None => point.to_string(),
    }
}

// Issue 14 (trust). Team names refused at input (domain::response::TeamNameError).
/// `TeamNameError::Control`.
pub const TEAM_NAME_CONTROL: Text = t(
    "De naam mag geen tab, regeleinde of ander stuurteken bevatten.",
    "The name may not contain a tab, line break or other control character.",
);
/// `TeamNameError::BidiControl`.
pub const TEAM_NAME_BIDI: Text = t(
    "De naam mag geen tekens bevatten die de leesrichting van de tekst omdraaien.",
    "The name may not contain characters that override the direction of the text.",
);
/// `TeamNameError::Invisible`.
pub const TEAM_NAME_INVISIBLE: Text = t(
    "De naam bestaat alleen uit onzichtbare tekens. Typ een naam die je kunt lezen.",
    "The name consists only of invisible characters. Type a name that can be read.",
);
/// `TeamNameError::TooLong`.
pub const TEAM_NAME_TOO_LONG: Text = t(
    "De naam is te lang: hooguit 60 tekens.",
    "The name is too long: at most 60 characters.",
);
/// `TeamNameError::Empty` where a name is required (the workshop invitation).
pub const TEAM_NAME_REQUIRED: Text = t("Geef het team een naam.", "Give the team a name.");
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
        assert_eq!(median_text(Lang::Nl, 5), "2,5");
        assert_eq!(median_text(Lang::En, 5), "2.5");
        assert_eq!(median_text(Lang::En, 8), "4");
        assert_eq!(participants(Lang::Nl, 1), "1 deelnemer");
        assert_eq!(participants(Lang::En, 6), "6 participants");
    }
}
