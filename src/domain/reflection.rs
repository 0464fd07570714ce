//! Reflection questions for the team conversation after the scan.
//!
//! Per dimension there are two questions: one for a team that wants MORE intensity of
//! collaboration on that dimension than it has now, and one for a team that wants LESS.
//! Wanting less is a real choice (fewer shared systems, more room for one's own discipline),
//! not a failure: a higher level is not by definition the more fitting one.
//!
//! The questions are the project's own wording, not part of the published schema. They draw on
//! the practice described in the reports of the research project 'Lokaal & Integraal werken aan
//! participatie' (Hogeschool Utrecht and Movisie, 2018-2020): the interim evaluation (privacy
//! rules hampering information sharing, residents who get "lost" after a referral, no clear case
//! lead), the Ferm Wijzer pilot in Woerden (a joint intake of resident, social team and work &
//! income, one point of contact afterwards) and Op Koers in Houten (the resident and their
//! network at the table, room to deviate from rules, professionals taking on each other's
//! tasks). Plain language (B1 Dutch), addressing the professional as "je"/"jullie".

use super::instrument::{Text, DIMENSION_COUNT};

/// The two reflection questions for one dimension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reflection {
    /// Asked when the team wants more intensity on the dimension (desired > now).
    pub toward_more: Text,
    /// Asked when the team wants less intensity on the dimension (desired < now).
    pub toward_less: Text,
}

/// Which of a dimension's two questions fits: wanting more intensity, or less.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    /// [`Reflection::toward_more`].
    More,
    /// [`Reflection::toward_less`].
    Less,
}

impl Reflection {
    /// The question for `direction`.
    pub fn question(&self, direction: Direction) -> Text {
        match direction {
            Direction::More => self.toward_more,
            Direction::Less => self.toward_less,
        }
    }
}

/// Which question the team view asks about one dimension, from the team's medians of NOW and
/// DESIRED (as [`super::team::Distribution::median_halves`] gives them; any one unit for both).
///
/// - `None` when either median is missing: nobody gave a position for that horizon, so the
///   team said nothing about a direction, and neither question is asked. (Comparing the two
///   `Option`s directly, as the team view did, takes `None < Some(_)` and so asked "towards
///   less" of a team that gave no desired position at all; issue 14 §5.)
/// - [`Direction::Less`] when the desired median is below the current one, [`Direction::More`]
///   when it is above.
/// - [`Direction::More`] when the two are equal, as the team view always did: the dimension is
///   on the agenda for the spread of the answers, not for a gap, there is no neutral question to
///   ask instead, and the question only opens the conversation.
pub fn team_direction(now: Option<u8>, desired: Option<u8>) -> Option<Direction> {
    let (now, desired) = (now?, desired?);
    Some(if desired < now {
        Direction::Less
    } else {
        Direction::More
    })
}

/// A reflection question per dimension (index = id - 1), for the team to discuss where the gap
/// between now and desired is largest.
pub const REFLECTION_QUESTIONS: [Reflection; DIMENSION_COUNT] = [
    // 1 Systemen / Systems
    Reflection {
        toward_more: Text {
            nl: "Welke gegevens over een inwoner willen jullie samen vastleggen? En wat is nodig om dat binnen de privacyregels (AVG) te doen, bijvoorbeeld één toestemmingsformulier?",
            en: "Which information about a resident do you want to record together? And what would it take to do that within privacy law (GDPR), for example one shared consent form?",
        },
        toward_less: Text {
            nl: "Welke gegevens horen alleen in je eigen systeem, bijvoorbeeld door je beroepsgeheim? Hoe houden jullie elkaar dan toch op de hoogte?",
            en: "Which information belongs only in your own system, for example because of professional secrecy? How do you still keep each other informed?",
        },
    },
    // 2 Faciliteiten / Facilities
    Reflection {
        toward_more: Text {
            nl: "Welke plek of vaste dag willen jullie delen, zodat je even bij elkaar binnenloopt? En waar voelt een gesprek voor de inwoner neutraal?",
            en: "Which place or fixed day do you want to share, so you can drop in on each other? And where does a meeting feel neutral to the resident?",
        },
        toward_less: Text {
            nl: "Welke eigen plek of middelen heb je nodig om je eigen werk goed te doen? Wat verandert er als jullie die niet meer delen?",
            en: "Which place or resources of your own do you need to do your own work well? What changes if you no longer share them?",
        },
    },
    // 3 Communicatie / Communication
    Reflection {
        toward_more: Text {
            nl: "Wat verandert er als jullie elkaar vaker en op vaste momenten zien? En weet iedereen wanneer de ander bereikbaar is?",
            en: "What would change if you met more often and at fixed times? And does everyone know when the others can be reached?",
        },
        toward_less: Text {
            nl: "Welk overleg kost meer tijd dan het oplevert? Wat kunnen jullie ook kort of op papier afstemmen?",
            en: "Which meeting costs more time than it brings? What could you also settle briefly or in writing?",
        },
    },
    // 4 Kennis van expertise andere disciplines / Knowledge of other disciplines' expertise
    Reflection {
        toward_more: Text {
            nl: "Weet je wat het sociaal team, een klantmanager van werk en inkomen en een arbeidsdeskundige van UWV wel en niet kunnen bieden? Hoe kijken jullie bij elkaar in de keuken?",
            en: "Do you know what the social team, a work and income client manager and a UWV labour expert can and cannot offer? How could you see how the others work?",
        },
        toward_less: Text {
            nl: "Waar gaat het leren over elkaars werk ten koste van je eigen vak? Welke kennis laat je bewust bij de specialist?",
            en: "Where does learning about each other's work come at the cost of your own craft? Which knowledge do you leave with the specialist on purpose?",
        },
    },
    // 5 Visie / Vision
    Reflection {
        toward_more: Text {
            nl: "Denken jullie hetzelfde over de volgorde voor een inwoner: eerst zorg en dan werk, of werk als eerste stap? Wat is nodig om tot één visie te komen?",
            en: "Do you agree on the order for a resident: care first and then work, or work as a first step? What do you need to reach one shared view?",
        },
        toward_less: Text {
            nl: "Welke kijk vanuit je eigen vak wil je blijven inbrengen, ook als de rest van het team het anders ziet?",
            en: "Which view from your own discipline do you want to keep bringing in, even when the rest of the team sees it differently?",
        },
    },
    // 6 Doelstelling / Goals
    Reflection {
        toward_more: Text {
            nl: "Welk doel willen jullie samen met de inwoner afspreken? En hoe passen de opdrachten uit de Wmo, de Participatiewet en van UWV daarbij?",
            en: "Which goal do you want to agree together with the resident? And how do the tasks under the Wmo, the Participation Act and from UWV fit in?",
        },
        toward_less: Text {
            nl: "Welk eigen doel of welke wettelijke taak raakt uit beeld door het gezamenlijke doel? Hoe houd je die zichtbaar?",
            en: "Which goal or legal task of your own drops out of sight behind the shared goal? How do you keep it visible?",
        },
    },
    // 7 Werkwijzen / Working methods
    Reflection {
        toward_more: Text {
            nl: "Welke stap willen jullie op dezelfde manier doen? Bijvoorbeeld een gezamenlijke intake, één plan van aanpak of dezelfde vragen over alle leefgebieden?",
            en: "Which step do you want to do the same way? For example a joint intake, one plan or the same questions about all areas of life?",
        },
        toward_less: Text {
            nl: "Waar zitten gezamenlijke formulieren en checklists jullie in de weg? Waar wil je meer ruimte voor je eigen vakmanschap?",
            en: "Where do shared forms and checklists get in your way? Where do you want more room for your own professional judgement?",
        },
    },
    // 8 Besluitvorming / Decision-making
    Reflection {
        toward_more: Text {
            nl: "Over welke keuzes voor een inwoner willen jullie samen beslissen? En wie aan tafel moet daarvoor de ruimte krijgen van de eigen organisatie?",
            en: "Which choices about a resident do you want to decide together? And who at the table needs room from their own organisation to do so?",
        },
        toward_less: Text {
            nl: "Welke besluiten kun je beter zelf nemen, zodat een inwoner niet hoeft te wachten op het volgende overleg?",
            en: "Which decisions are better made on your own, so a resident does not have to wait for the next meeting?",
        },
    },
    // 9 Overdracht taken / Transfer of tasks
    Reflection {
        toward_more: Text {
            nl: "Welke taak van een collega uit een ander vak kun jij overnemen, zoals een huisbezoek of hulp bij het aanvragen van een uitkering? Wat moet je daarvoor leren?",
            en: "Which task of a colleague from another discipline could you take over, such as a home visit or help with a benefit claim? What would you need to learn?",
        },
        toward_less: Text {
            nl: "Welke taken moeten bij jouw vak blijven, bijvoorbeeld door de wet of je beroepsgeheim? Weet iedereen in het team dat?",
            en: "Which tasks must stay with your discipline, for example because of the law or professional secrecy? Does everyone on the team know?",
        },
    },
    // 10 Verantwoordelijkheid voor uitvoering / Responsibility for delivery
    Reflection {
        toward_more: Text {
            nl: "Hoe zorgen jullie samen dat een inwoner na een verwijzing niet uit beeld raakt? Wie volgt met jou of het plan echt loopt?",
            en: "How do you make sure together that a resident does not drop out of sight after a referral? Who checks with you whether the plan is really working?",
        },
        toward_less: Text {
            nl: "Waar is door gedeelde verantwoordelijkheid niet duidelijk wie iets moet doen? Welk deel leg je weer bij één persoon?",
            en: "Where does shared responsibility leave it unclear who has to act? Which part do you place with one person again?",
        },
    },
    // 11 Aansturing / Steering
    Reflection {
        toward_more: Text {
            nl: "Welke keuzes kan het team zelf maken, zonder akkoord van een leidinggevende? Welke ruimte moeten managers en bestuur jullie daarvoor geven?",
            en: "Which choices could the team make itself, without a manager's approval? What room do managers and the board need to give you for that?",
        },
        toward_less: Text {
            nl: "Missen jullie iemand die overzicht houdt en de afspraken bewaakt, zoals een coördinator of projectleider? Wie zou dat kunnen zijn?",
            en: "Do you miss someone who keeps the overview and guards the agreements, such as a coordinator or project lead? Who could that be?",
        },
    },
    // 12 Gelijkwaardigheid van disciplines / Equality of disciplines
    Reflection {
        toward_more: Text {
            nl: "Wiens stem weegt nu zwaarder, en wie trekt vooral aan de samenwerking? Hoe neemt het team de inbreng van elk vak en elke organisatie even serieus?",
            en: "Whose voice carries more weight now, and who does most of the pulling? How can the team take the input of every discipline and organisation equally seriously?",
        },
        toward_less: Text {
            nl: "Bij welke vragen moet de stem van één vak zwaarder wegen, bijvoorbeeld bij veiligheid of een wettelijke plicht? Hebben jullie dat afgesproken?",
            en: "On which questions should one discipline's voice weigh more, for example on safety or a legal duty? Have you agreed on that?",
        },
    },
    // 13 Aanspreekpunt voor burger / Point of contact for the resident
    Reflection {
        toward_more: Text {
            nl: "Hoe kan een inwoner het verhaal maar één keer vertellen, bijvoorbeeld in een intake met sociaal team en werk en inkomen samen? Wie is daarna het vaste aanspreekpunt?",
            en: "How can a resident tell their story only once, for example in an intake with the social team and work and income together? Who is the one point of contact after that?",
        },
        toward_less: Text {
            nl: "Wanneer heeft een inwoner meer aan een eigen contact per onderwerp, bijvoorbeeld als die werk en inkomen liever niet aan tafel heeft? Hoe blijven jullie dan afgestemd?",
            en: "When is a resident better served by a separate contact per topic, for example if they would rather not have work and income at the table? How do you stay aligned then?",
        },
    },
    // 14 Betrokkenheid andere stakeholders / Involvement of other stakeholders
    Reflection {
        toward_more: Text {
            nl: "Hoe zit de inwoner zelf aan tafel en bepaalt mee wat eerst moet? Wie kan er nog aanschuiven: een mantelzorger, vrijwilliger, woningcorporatie of schuldhulp?",
            en: "How does the resident sit at the table and help decide what comes first? Who else could join: an informal carer, a volunteer, the housing association or debt support?",
        },
        toward_less: Text {
            nl: "Wanneer werkt een kleinere tafel beter, bijvoorbeeld als veel mensen en informatie de inwoner overspoelen? Wie vraag je alleen als het nodig is?",
            en: "When does a smaller table work better, for example when many people and much information overwhelm the resident? Whom do you invite only when needed?",
        },
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    fn all_texts() -> impl Iterator<Item = (usize, &'static str)> {
        REFLECTION_QUESTIONS.iter().enumerate().flat_map(|(i, r)| {
            [
                r.toward_more.nl,
                r.toward_more.en,
                r.toward_less.nl,
                r.toward_less.en,
            ]
            .into_iter()
            .map(move |s| (i + 1, s))
        })
    }

    #[test]
    fn every_question_is_filled_in_and_short() {
        for (id, text) in all_texts() {
            assert!(!text.trim().is_empty(), "dimension {id}: empty question");
            assert!(
                text.ends_with('?'),
                "dimension {id}: no question mark: {text}"
            );
            let chars = text.chars().count();
            assert!(chars < 240, "dimension {id}: {chars} characters: {text}");
            assert_eq!(text, text.trim(), "dimension {id}: stray whitespace");
            assert!(!text.contains('<'), "dimension {id}: markup in text");
        }
    }

    #[test]
    fn more_and_less_differ() {
        for (i, r) in REFLECTION_QUESTIONS.iter().enumerate() {
            assert_ne!(r.toward_more.nl, r.toward_less.nl, "dimension {}", i + 1);
            assert_ne!(r.toward_more.en, r.toward_less.en, "dimension {}", i + 1);
            assert_ne!(r.toward_more.nl, r.toward_more.en, "dimension {}", i + 1);
        }
    }
}
