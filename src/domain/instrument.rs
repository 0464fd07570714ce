//! The instrument as data: the 14 dimensions of the schema "Vormen van interprofessionele
//! samenwerking", the seven models of the continuum, the answer scale and the role groups.
//!
//! Ids are stable: the share link encodes dimensions and role groups by position in these
//! tables, so never renumber or reorder them. Display text lives here too (Dutch and English)
//! because it is part of the published instrument, not of the UI.

/// A language the instrument is published in. Dutch is the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    /// The BCP 47 code, used for the `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// Parses "nl" or "en" (case-insensitive); anything else is `None`.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.to_ascii_lowercase().as_str() {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// A text in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    pub nl: &'static str,
    pub en: &'static str,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Nl => self.nl,
            Lang::En => self.en,
        }
    }
}

/// The number of dimensions in the published schema.
pub const DIMENSION_COUNT: usize = 14;

/// One row of the schema: a named aspect of collaboration with a low and a high pole.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dimension {
    /// Stable id, 1-14, in the order of the published schema.
    pub id: u8,
    pub name: Text,
    /// The pole for a low level of interprofessional collaboration (scale position 1).
    pub low: Text,
    /// The pole for a high level of interprofessional collaboration (scale position 5).
    pub high: Text,
}

impl Dimension {
    /// Index into per-dimension arrays (id - 1).
    pub fn index(&self) -> usize {
        usize::from(self.id - 1)
    }
}

const fn t(nl: &'static str, en: &'static str) -> Text {
    Text { nl, en }
}

/// The 14 dimensions, in schema order; `DIMENSIONS[i].id == i + 1`.
pub const DIMENSIONS: [Dimension; DIMENSION_COUNT] = [
    Dimension {
        id: 1,
        name: t("Systemen", "Systems"),
        low: t("Aparte systemen", "Separate systems"),
        high: t("Gezamenlijke systemen", "Shared systems"),
    },
    Dimension {
        id: 2,
        name: t("Faciliteiten", "Facilities"),
        low: t("Aparte faciliteiten", "Separate facilities"),
        high: t("Gezamenlijke faciliteiten", "Shared facilities"),
    },
    Dimension {
        id: 3,
        name: t("Communicatie", "Communication"),
        low: t(
            "Beperkt; onregelmatig; schriftelijk",
            "Limited; irregular; written",
        ),
        high: t(
            "Frequent; regelmatig; face-to-face",
            "Frequent; regular; face to face",
        ),
    },
    Dimension {
        id: 4,
        name: t(
            "Kennis van expertise andere disciplines",
            "Knowledge of other disciplines' expertise",
        ),
        low: t(
            "Beperkt of geen kennis van elkaars deskundigheid en werkwijzen",
            "Little or no knowledge of each other's expertise and methods",
        ),
        high: t(
            "Inzicht in deskundigheid van andere disciplines, werkwijzen en bereidheid om eigen werkwijzen ter discussie te stellen",
            "Insight into other disciplines' expertise and methods, and willingness to question one's own methods",
        ),
    },
    Dimension {
        id: 5,
        name: t("Visie", "Vision"),
        low: t(
            "Visie vanuit de eigen discipline op vraagstuk",
            "Each discipline's own view of the issue",
        ),
        high: t(
            "Gemeenschappelijke visie op vraagstuk",
            "A shared view of the issue",
        ),
    },
    Dimension {
        id: 6,
        name: t("Doelstelling", "Goals"),
        low: t(
            "Eigen doelstelling op basis van discipline",
            "Own goals per discipline",
        ),
        high: t("Gemeenschappelijke doelstelling", "Shared goals"),
    },
    Dimension {
        id: 7,
        name: t("Werkwijzen", "Working methods"),
        low: t(
            "Eigen werkwijze op basis van discipline",
            "Own methods per discipline",
        ),
        high: t("Gemeenschappelijke werkwijzen", "Shared methods"),
    },
    Dimension {
        id: 8,
        name: t("Besluitvorming", "Decision-making"),
        low: t(
            "Zelfstandige besluitvorming over eigen aandeel",
            "Each decides on its own part",
        ),
        high: t("Gezamenlijke beslissingen", "Joint decisions"),
    },
    Dimension {
        id: 9,
        name: t("Overdracht taken", "Transfer of tasks"),
        low: t(
            "Taken zijn niet overdraagbaar aan andere disciplines",
            "Tasks cannot be handed to other disciplines",
        ),
        high: t(
            "Taken kunnen door andere professionals van andere disciplines worden overgenomen",
            "Professionals of other disciplines can take tasks over",
        ),
    },
    Dimension {
        id: 10,
        name: t(
            "Verantwoordelijkheid voor uitvoering",
            "Responsibility for delivery",
        ),
        low: t(
            "Verantwoordelijkheid voor eigen aandeel in de uitvoering",
            "Each is responsible for its own part of the delivery",
        ),
        high: t(
            "Gezamenlijke verantwoordelijkheid voor de uitvoering",
            "Joint responsibility for the delivery",
        ),
    },
    Dimension {
        id: 11,
        name: t("Aansturing", "Steering"),
        low: t(
            "Mogelijk hiërarchisch georganiseerd dan wel gecoördineerd",
            "Possibly organised hierarchically or coordinated",
        ),
        high: t("Niet-hiërarchisch georganiseerd", "Organised non-hierarchically"),
    },
    Dimension {
        id: 12,
        name: t("Gelijkwaardigheid van disciplines", "Equality of disciplines"),
        low: t("Mogelijk gelijkwaardig", "Possibly equal"),
        high: t("Gelijkwaardig", "Equal"),
    },
    Dimension {
        id: 13,
        name: t("Aanspreekpunt voor burger", "Point of contact for the resident"),
        low: t(
            "Verschillende professionals zijn aanspreekpunt voor verschillende onderdelen",
            "Different professionals are the point of contact for different parts",
        ),
        high: t(
            "Eén aanspreekpunt namens alle disciplines",
            "One point of contact on behalf of all disciplines",
        ),
    },
    Dimension {
        id: 14,
        name: t(
            "Betrokkenheid andere stakeholders",
            "Involvement of other stakeholders",
        ),
        low: t(
            "Samenwerking is hoofdzakelijk gericht tussen professionals eigen team",
            "Collaboration is mainly between the professionals of the team itself",
        ),
        high: t(
            "Cliënt/burger/patiënt en andere relevante stakeholders (denk aan mantelzorger, vrijwilliger, politie, woningcorporatie)",
            "The client/resident/patient and other relevant stakeholders (such as an informal carer, volunteer, police, housing association) take part",
        ),
    },
];

/// The number of models on the continuum.
pub const MODEL_COUNT: u8 = 7;

/// One of the seven models of collaboration, from parallel (1) to integrative (7).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Model {
    /// Stable id, 1-7, from the lowest to the highest intensity of collaboration.
    pub id: u8,
    pub name: Text,
    pub description: Text,
}

/// The seven models (Ploeger & Fukkink 2018, after Boon et al. 2004); `MODELS[i].id == i + 1`.
pub const MODELS: [Model; MODEL_COUNT as usize] = [
    Model {
        id: 1,
        name: t("Parallel", "Parallel"),
        description: t(
            "Professionals voeren hun eigen taken zelfstandig uit, in een gedeelde setting.",
            "Professionals carry out their own tasks independently, in a shared setting.",
        ),
    },
    Model {
        id: 2,
        name: t("Consultatief", "Consultative"),
        description: t(
            "Professionals adviseren elkaar.",
            "Professionals advise each other.",
        ),
    },
    Model {
        id: 3,
        name: t("Collaboratief", "Collaborative"),
        description: t(
            "Mensen die normaal zelfstandig werken, delen informatie.",
            "People who normally work on their own share information.",
        ),
    },
    Model {
        id: 4,
        name: t("Gecoördineerd", "Coordinated"),
        description: t(
            "Het werk wordt afgestemd en een coördinator is daarvoor verantwoordelijk.",
            "Work is attuned, and a coordinator is responsible for that.",
        ),
    },
    Model {
        id: 5,
        name: t("Multidisciplinair", "Multidisciplinary"),
        description: t(
            "Gecoördineerde samenwerking onder leiding van één persoon; ieder beslist nog zelfstandig en kan aanbevelingen doen.",
            "Coordinated collaboration led by one leader; everyone still decides independently and can make recommendations.",
        ),
    },
    Model {
        id: 6,
        name: t("Interdisciplinair", "Interdisciplinary"),
        description: t(
            "Afstemming in face-to-face groepsoverleg waarin de groep samen beslist.",
            "Coordinated through face-to-face group meetings in which the group decides jointly.",
        ),
    },
    Model {
        id: 7,
        name: t("Integratief", "Integrative"),
        description: t(
            "Integrale samenwerking in een multidisciplinair, niet-hiërarchisch team dat een gesloten systeem van zorg en ondersteuning biedt.",
            "Integral collaboration in a multidisciplinary, non-hierarchical team that offers a closed system of care and support.",
        ),
    },
];

/// The model with the given id (1-7), if any.
pub fn model(id: u8) -> Option<&'static Model> {
    MODELS.get(usize::from(id).checked_sub(1)?)
}

/// The dimension with the given id (1-14), if any.
pub fn dimension(id: u8) -> Option<&'static Dimension> {
    DIMENSIONS.get(usize::from(id).checked_sub(1)?)
}

/// The number of points on the answer scale between the poles.
pub const SCALE_POINTS: u8 = 5;

/// One answer on one dimension: a position 1-5 between the poles, or "don't know".
///
/// "Don't know" is always allowed and is never counted as a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Answer {
    DontKnow,
    /// 1 = the low pole describes us fully, 5 = the high pole describes us fully.
    Position(Position),
}

impl Answer {
    /// The position, if this answer has one.
    pub fn position(self) -> Option<Position> {
        match self {
            Answer::DontKnow => None,
            Answer::Position(p) => Some(p),
        }
    }

    /// A compact code: 0 = don't know, 1-5 = position. Used by the codecs.
    pub fn code(self) -> u8 {
        match self {
            Answer::DontKnow => 0,
            Answer::Position(p) => p.get(),
        }
    }

    /// The inverse of [`Answer::code`]; `None` for codes above 5.
    pub fn from_code(code: u8) -> Option<Answer> {
        match code {
            0 => Some(Answer::DontKnow),
            c => Position::new(c).map(Answer::Position),
        }
    }
}

/// A position on the 5-point scale, always in 1..=5.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Position(u8);

impl Position {
    /// `Some` for 1..=5, `None` otherwise.
    pub const fn new(value: u8) -> Option<Position> {
        if value >= 1 && value <= SCALE_POINTS {
            Some(Position(value))
        } else {
            None
        }
    }

    pub const fn get(self) -> u8 {
        self.0
    }

    /// Steps above the low pole, 0-4. The intensity of the answer is `steps / 4`.
    pub const fn steps(self) -> u8 {
        self.0 - 1
    }

    /// All five positions, low to high.
    pub fn all() -> impl Iterator<Item = Position> {
        (1..=SCALE_POINTS).map(Position)
    }
}

/// The role groups a participant may choose from (optional). Ids 1-7 are stable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RoleGroup {
    SocialTeam = 1,
    WorkAndIncome = 2,
    Uwv = 3,
    CareAndWelfare = 4,
    PolicyManagement = 5,
    Resident = 6,
    Other = 7,
}

impl RoleGroup {
    pub const ALL: [RoleGroup; 7] = [
        RoleGroup::SocialTeam,
        RoleGroup::WorkAndIncome,
        RoleGroup::Uwv,
        RoleGroup::CareAndWelfare,
        RoleGroup::PolicyManagement,
        RoleGroup::Resident,
        RoleGroup::Other,
    ];

    pub fn id(self) -> u8 {
        self as u8
    }

    pub fn from_id(id: u8) -> Option<RoleGroup> {
        RoleGroup::ALL.get(usize::from(id).checked_sub(1)?).copied()
    }

    /// A set of groups as bits 0-6 (bit i for the group with id i + 1), as the workshop
    /// invitation link and the draft's storage write it.
    pub fn mask(groups: &[RoleGroup]) -> u8 {
        groups.iter().fold(0, |mask, g| mask | 1 << (g.id() - 1))
    }

    /// The groups whose bits are set in `mask`, in [`RoleGroup::ALL`] order; bit 7 is ignored.
    pub fn from_mask(mask: u8) -> Vec<RoleGroup> {
        RoleGroup::ALL
            .into_iter()
            .filter(|g| mask & 1 << (g.id() - 1) != 0)
            .collect()
    }

    pub fn label(self) -> Text {
        match self {
            RoleGroup::SocialTeam => t("Sociaal (wijk)team", "Social (neighbourhood) team"),
            RoleGroup::WorkAndIncome => t("Werk & inkomen", "Work & income"),
            RoleGroup::Uwv => t("UWV", "UWV (employee insurance agency)"),
            RoleGroup::CareAndWelfare => {
                t("Zorg- en welzijnsaanbieder", "Care or welfare provider")
            }
            RoleGroup::PolicyManagement => t("Beleid/management", "Policy/management"),
            RoleGroup::Resident => t(
                "Inwoner/ervaringsdeskundige",
                "Resident/expert by experience",
            ),
            RoleGroup::Other => t("Anders", "Other"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_positions() {
        for (i, d) in DIMENSIONS.iter().enumerate() {
            assert_eq!(usize::from(d.id), i + 1);
            assert_eq!(d.index(), i);
            assert_eq!(dimension(d.id), Some(d));
        }
        for (i, m) in MODELS.iter().enumerate() {
            assert_eq!(usize::from(m.id), i + 1);
            assert_eq!(model(m.id), Some(m));
        }
        assert_eq!(dimension(0), None);
        assert_eq!(dimension(15), None);
        assert_eq!(model(0), None);
        assert_eq!(model(8), None);
    }

    #[test]
    fn every_text_is_filled_in_both_languages() {
        for d in DIMENSIONS {
            for text in [d.name, d.low, d.high] {
                assert!(!text.nl.trim().is_empty() && !text.en.trim().is_empty());
            }
        }
        for m in MODELS {
            for text in [m.name, m.description] {
                assert!(!text.nl.trim().is_empty() && !text.en.trim().is_empty());
            }
        }
        for r in RoleGroup::ALL {
            assert!(!r.label().nl.is_empty() && !r.label().en.is_empty());
        }
    }

    #[test]
    fn published_dutch_labels_are_kept() {
        let names: Vec<_> = DIMENSIONS.iter().map(|d| d.name.nl).collect();
        assert_eq!(names[0], "Systemen");
        assert_eq!(names[12], "Aanspreekpunt voor burger");
        assert_eq!(names[13], "Betrokkenheid andere stakeholders");
        assert_eq!(MODELS[0].name.nl, "Parallel");
        assert_eq!(MODELS[6].name.nl, "Integratief");
    }

    #[test]
    fn answer_codes_round_trip() {
        for code in 0..=5 {
            assert_eq!(Answer::from_code(code).map(Answer::code), Some(code));
        }
        assert_eq!(Answer::from_code(6), None);
        assert_eq!(Answer::from_code(255), None);
        assert_eq!(Position::new(0), None);
        assert_eq!(Position::new(6), None);
        assert_eq!(
            Position::all().map(Position::steps).collect::<Vec<_>>(),
            [0, 1, 2, 3, 4]
        );
    }

    #[test]
    fn role_ids_round_trip() {
        for r in RoleGroup::ALL {
            assert_eq!(RoleGroup::from_id(r.id()), Some(r));
        }
        assert_eq!(RoleGroup::from_id(0), None);
        assert_eq!(RoleGroup::from_id(8), None);
        for mask in 0..=u8::MAX {
            let groups = RoleGroup::from_mask(mask);
            assert_eq!(
                RoleGroup::mask(&groups),
                mask & 0x7f,
                "bit 7 is not a group"
            );
        }
        assert_eq!(
            RoleGroup::from_mask(0b101),
            [RoleGroup::SocialTeam, RoleGroup::Uwv]
        );
        assert_eq!(Lang::from_code("EN"), Some(Lang::En));
        assert_eq!(Lang::from_code("de"), None);
    }
}
