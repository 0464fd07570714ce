//! What a team agrees to work on ("afspraken", the reports' "bouwopgaven"): for each dimension
//! one agreement, who takes it up and by when. Recorded in the workshop conversation, carried by
//! the team link (see [`super::link`]) and shown beside the dimension's movement when a later
//! team link is compared with it.
//!
//! A facilitator's agreements are kept as typed ([`Agreement`]): what someone typed is never cut
//! while they type, and only its line breaks change, to spaces ([`one_line`]: a link refuses
//! them, and an agreement is one line). What a team link carries is the checked form
//! ([`Agreements::for_link`]): trimmed, within the limits, without control characters or bidi
//! overrides.

use std::fmt;

use super::instrument::DIMENSION_COUNT;
use super::text::is_bidi_control;

/// The most characters of what the team agrees.
pub const MAX_TEXT_CHARS: usize = 140;
/// The most characters of who takes it up.
pub const MAX_OWNER_CHARS: usize = 40;
/// The most characters of by when ("juni", "Q3", "voor de zomer").
pub const MAX_DUE_CHARS: usize = 40;
/// How close to its limit a field starts to say how many characters are left: from 120 of
/// what is agreed's 140.
pub const WARN_LEFT: usize = 20;

/// Typed text on one line: every line break (and tab) a space, `\r\n` one space. A link refuses
/// them as control characters, and an agreement is one line: so Enter types none, and a pasted
/// line break becomes a space as it is typed rather than a refusal later. Each character that
/// changes is one UTF-16 unit, as is its space (except `\r\n`, which a text field's value
/// never holds), so a caret's place in the text stays where it was.
pub fn one_line(text: &str) -> String {
    text.replace("\r\n", " ").replace(
        [
            '\t', '\n', '\u{B}', '\u{C}', '\r', '\u{85}', '\u{2028}', '\u{2029}',
        ],
        " ",
    )
}

/// How much room a field has left, for its live count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Room {
    /// More than [`WARN_LEFT`] left: nothing to say but the count.
    Plenty,
    /// This many characters left (0 at the limit).
    Left(usize),
    /// This many characters over the limit: the link does not carry it (the field says so).
    Over(usize),
}

/// One dimension's agreement, as typed: what (empty: no agreement), who and by when (both
/// optional).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Agreement {
    pub text: String,
    pub owner: String,
    pub due: String,
}

/// The three fields of an agreement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AgreementField {
    Text,
    Owner,
    Due,
}

impl AgreementField {
    pub const ALL: [AgreementField; 3] = [
        AgreementField::Text,
        AgreementField::Owner,
        AgreementField::Due,
    ];

    /// The most characters the field holds.
    pub fn max_chars(self) -> usize {
        match self {
            AgreementField::Text => MAX_TEXT_CHARS,
            AgreementField::Owner => MAX_OWNER_CHARS,
            AgreementField::Due => MAX_DUE_CHARS,
        }
    }

    /// The room left with `chars` characters in the field (as [`Agreement::chars`] counts).
    pub fn room(self, chars: usize) -> Room {
        let max = self.max_chars();
        if chars > max {
            Room::Over(chars - max)
        } else if chars + WARN_LEFT >= max {
            Room::Left(max - chars)
        } else {
            Room::Plenty
        }
    }
}

/// Why a typed agreement cannot be carried by a team link.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgreementError {
    /// More characters than [`AgreementField::max_chars`] after trimming.
    TooLong { field: AgreementField, chars: usize },
    /// A control character (Unicode Cc) inside the field.
    Control { field: AgreementField },
    /// A bidirectional embedding, override or isolate, which could reorder the text around it.
    BidiControl { field: AgreementField },
    /// Who or by when, but not what: there is nothing to take up.
    NoText,
}

impl AgreementError {
    /// The field to correct: the one with the problem, or what (missing) for [`NoText`].
    ///
    /// [`NoText`]: AgreementError::NoText
    pub fn field(self) -> AgreementField {
        match self {
            AgreementError::TooLong { field, .. }
            | AgreementError::Control { field }
            | AgreementError::BidiControl { field } => field,
            AgreementError::NoText => AgreementField::Text,
        }
    }
}

impl fmt::Display for AgreementError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AgreementError::TooLong { field, chars } => write!(
                f,
                "{field:?} has {chars} characters, at most {} are allowed",
                field.max_chars()
            ),
            AgreementError::Control { field } => write!(f, "{field:?} has a control character"),
            AgreementError::BidiControl { field } => {
                write!(f, "{field:?} has a bidirectional control character")
            }
            AgreementError::NoText => f.write_str("the agreement says who or when, but not what"),
        }
    }
}

impl Agreement {
    /// The field's text as typed.
    pub fn field(&self, field: AgreementField) -> &str {
        match field {
            AgreementField::Text => &self.text,
            AgreementField::Owner => &self.owner,
            AgreementField::Due => &self.due,
        }
    }

    pub fn field_mut(&mut self, field: AgreementField) -> &mut String {
        match field {
            AgreementField::Text => &mut self.text,
            AgreementField::Owner => &mut self.owner,
            AgreementField::Due => &mut self.due,
        }
    }

    /// Nothing typed in any field but white space.
    pub fn is_empty(&self) -> bool {
        AgreementField::ALL
            .iter()
            .all(|&f| self.field(f).trim().is_empty())
    }

    /// The characters of the field as a team link counts them: trimmed, and in characters
    /// (Unicode scalar values), not UTF-16 units as an HTML `maxlength` counts: an emoji is one.
    pub fn chars(&self, field: AgreementField) -> usize {
        self.field(field).trim().chars().count()
    }

    /// The agreement with every field trimmed.
    pub fn trimmed(&self) -> Agreement {
        Agreement {
            text: self.text.trim().to_owned(),
            owner: self.owner.trim().to_owned(),
            due: self.due.trim().to_owned(),
        }
    }

    /// Why this agreement (not empty) cannot be carried as it stands; `None` when it can.
    /// Checked field by field (what, who, when), and in each: control characters, bidi
    /// controls, length.
    pub fn problem(&self) -> Option<AgreementError> {
        for field in AgreementField::ALL {
            let text = self.field(field).trim();
            if text.chars().any(char::is_control) {
                return Some(AgreementError::Control { field });
            }
            if text.chars().any(is_bidi_control) {
                return Some(AgreementError::BidiControl { field });
            }
            let chars = self.chars(field);
            if chars > field.max_chars() {
                return Some(AgreementError::TooLong { field, chars });
            }
        }
        if self.text.trim().is_empty() && !self.is_empty() {
            return Some(AgreementError::NoText);
        }
        None
    }
}

/// A team's agreements, one per dimension, by dimension index (0-13).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Agreements(pub Box<[Agreement; DIMENSION_COUNT]>);

impl Agreements {
    /// The agreement of the dimension with this index; `None` beyond the last.
    pub fn get(&self, index: usize) -> Option<&Agreement> {
        self.0.get(index)
    }

    /// Sets one field as typed; an index beyond the last changes nothing.
    pub fn set(&mut self, index: usize, field: AgreementField, text: String) {
        if let Some(agreement) = self.0.get_mut(index) {
            *agreement.field_mut(field) = text;
        }
    }

    /// No agreement typed at all.
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(Agreement::is_empty)
    }

    /// What a team link carries: the agreements that are not empty and have no
    /// [`Agreement::problem`], trimmed, with their dimension index, in dimension order.
    pub fn for_link(&self) -> Vec<(usize, Agreement)> {
        self.0
            .iter()
            .enumerate()
            .filter(|(_, a)| !a.is_empty() && a.problem().is_none())
            .map(|(i, a)| (i, a.trimmed()))
            .collect()
    }
}

impl Agreements {
    /// The agreements as typed, for the facilitator's storage: for every agreement that is not
    /// empty, `index,` and its three fields, each as `byte length:text`. Any text round-trips,
    /// `|` and control characters included.
    pub fn to_storage(&self) -> String {
        let mut out = String::new();
        for (index, agreement) in self.0.iter().enumerate() {
            if agreement.is_empty() {
                continue;
            }
            out.push_str(&format!("{index},"));
            for field in AgreementField::ALL {
                let text = agreement.field(field);
                out.push_str(&format!("{}:{text}", text.len()));
            }
        }
        out
    }

    /// The agreements written by [`Agreements::to_storage`]; `None` for anything else.
    pub fn from_storage(text: &str) -> Option<Agreements> {
        /// The digits before `end`, and the rest after it.
        fn number(text: &str, end: char) -> Option<(usize, &str)> {
            let (digits, rest) = text.split_once(end)?;
            if digits.is_empty() || digits.len() > 6 || !digits.bytes().all(|b| b.is_ascii_digit())
            {
                return None;
            }
            Some((digits.parse().ok()?, rest))
        }
        let mut agreements = Agreements::default();
        let mut rest = text;
        while !rest.is_empty() {
            let (index, after) = number(rest, ',')?;
            rest = after;
            let agreement = agreements.0.get_mut(index)?;
            for field in AgreementField::ALL {
                let (len, after) = number(rest, ':')?;
                let value = after.get(..len)?;
                *agreement.field_mut(field) = value.to_owned();
                rest = &after[len..];
            }
        }
        Some(agreements)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn agreement(text: &str, owner: &str, due: &str) -> Agreement {
        Agreement {
            text: text.into(),
            owner: owner.into(),
            due: due.into(),
        }
    }

    #[test]
    fn limits_count_characters_not_bytes() {
        let text = "é".repeat(MAX_TEXT_CHARS);
        assert_eq!(agreement(&text, "", "").problem(), None);
        let text = "😀".repeat(MAX_TEXT_CHARS + 1);
        assert_eq!(
            agreement(&text, "", "").problem(),
            Some(AgreementError::TooLong {
                field: AgreementField::Text,
                chars: MAX_TEXT_CHARS + 1
            })
        );
        let owner = "x".repeat(MAX_OWNER_CHARS + 1);
        assert!(matches!(
            agreement("a", &owner, "").problem(),
            Some(AgreementError::TooLong {
                field: AgreementField::Owner,
                ..
            })
        ));
    }

    #[test]
    fn the_count_is_of_characters_as_the_link_counts_them() {
        // 70 emoji are 140 UTF-16 units (an HTML maxlength's count) but 70 characters.
        let emoji = agreement(&"😀".repeat(70), "", "");
        assert_eq!(emoji.chars(AgreementField::Text), 70);
        assert_eq!(AgreementField::Text.room(70), Room::Plenty);
        // Joined emoji count as the link counts them: every scalar value.
        assert_eq!(agreement("👩‍👩‍👧", "", "").chars(AgreementField::Text), 5);
        assert_eq!(agreement("  é  ", "", "").chars(AgreementField::Text), 1);
        let text = AgreementField::Text;
        assert_eq!(text.room(0), Room::Plenty);
        assert_eq!(text.room(119), Room::Plenty);
        assert_eq!(text.room(120), Room::Left(20));
        assert_eq!(text.room(140), Room::Left(0));
        assert_eq!(text.room(141), Room::Over(1));
        assert_eq!(AgreementField::Due.room(19), Room::Plenty);
        assert_eq!(AgreementField::Due.room(45), Room::Over(5));
        // The count and the refusal agree: over the limit is exactly what the link refuses.
        for n in [139, 140, 141] {
            let a = agreement(&"😀".repeat(n), "", "");
            let over = matches!(text.room(a.chars(text)), Room::Over(_));
            assert_eq!(over, a.problem().is_some(), "{n}");
        }
    }

    #[test]
    fn line_breaks_and_tabs_become_spaces_one_for_one() {
        assert_eq!(
            one_line("eerst\nsamen\r\nplannen\rnu"),
            "eerst samen plannen nu"
        );
        assert_eq!(
            one_line("a\tb\u{B}c\u{C}d\u{85}e\u{2028}f\u{2029}g"),
            "a b c d e f g"
        );
        assert_eq!(one_line("\n\n"), "  ");
        let kept = "<b>اتفاق</b> 👩‍👩‍👧 \u{0} \u{202E}";
        assert_eq!(one_line(kept), kept, "only white space changes");
        // One UTF-16 unit for one, so a text field's caret stays in its place.
        let typed = "Samen\nplannen 😀\u{2028}x";
        assert_eq!(
            one_line(typed).encode_utf16().count(),
            typed.encode_utf16().count()
        );
        // What was refused as a control character is now carried.
        assert!(agreement("a\nb", "", "").problem().is_some());
        assert_eq!(agreement(&one_line("a\nb"), "", "").problem(), None);
    }

    #[test]
    fn white_space_around_is_not_counted_or_carried() {
        let padded = format!("  {}  ", "a".repeat(MAX_TEXT_CHARS));
        let a = agreement(&padded, " Fatima ", "\tjuni ");
        assert_eq!(a.problem(), None);
        assert_eq!(
            a.trimmed(),
            agreement(&"a".repeat(MAX_TEXT_CHARS), "Fatima", "juni")
        );
    }

    #[test]
    fn controls_and_bidi_overrides_are_refused_markup_and_rtl_are_not() {
        assert_eq!(
            agreement("a\u{0}b", "", "").problem(),
            Some(AgreementError::Control {
                field: AgreementField::Text
            })
        );
        assert_eq!(
            agreement("a", "\u{202E}x", "").problem(),
            Some(AgreementError::BidiControl {
                field: AgreementField::Owner
            })
        );
        // Markup, right-to-left script, emoji with joiners and variation selectors: text.
        let hostile = agreement("<b>اتفاق</b> 👩‍👩‍👧 ❤️ \"'&", "שרה", "Q3");
        assert_eq!(hostile.problem(), None);
    }

    #[test]
    fn who_or_when_without_what_is_not_an_agreement() {
        assert_eq!(
            agreement(" ", "Fatima", "").problem(),
            Some(AgreementError::NoText)
        );
        assert_eq!(agreement("", "", " ").problem(), None);
        assert!(agreement(" ", "", "\t").is_empty());
    }

    #[test]
    fn for_link_keeps_the_valid_ones_trimmed_in_dimension_order() {
        let mut all = Agreements::default();
        all.set(5, AgreementField::Text, " samen plannen ".into());
        all.set(2, AgreementField::Text, "a\u{202E}".into());
        all.set(9, AgreementField::Owner, "Piet".into());
        all.set(0, AgreementField::Text, "eerst".into());
        all.set(0, AgreementField::Due, "Q3".into());
        all.set(DIMENSION_COUNT, AgreementField::Text, "nowhere".into());
        assert_eq!(
            all.for_link(),
            vec![
                (0, agreement("eerst", "", "Q3")),
                (5, agreement("samen plannen", "", "")),
            ]
        );
        assert!(!all.is_empty());
        assert!(Agreements::default().is_empty());
    }

    #[test]
    fn storage_keeps_what_was_typed() {
        let mut all = Agreements::default();
        all.set(0, AgreementField::Text, " 3:| a,b\u{0}\u{202E} 😀 ".into());
        all.set(13, AgreementField::Owner, "Fatima".into());
        all.set(13, AgreementField::Due, "Q3".into());
        all.set(7, AgreementField::Text, "  ".into());
        let stored = all.to_storage();
        let mut expected = all.clone();
        expected.set(7, AgreementField::Text, String::new());
        assert_eq!(Agreements::from_storage(&stored), Some(expected));
        assert_eq!(Agreements::from_storage(""), Some(Agreements::default()));
    }

    #[test]
    fn storage_of_another_form_is_not_read() {
        for text in [
            "x",
            "14,0:0:0:",
            "0,",
            "0,5:ab",
            "0,1:a1:b",
            "0,1:é0:0:",
            "0,1:a0:0:junk",
            ",0:0:0:",
            "0,9999999:",
        ] {
            assert_eq!(Agreements::from_storage(text), None, "{text:?}");
        }
    }
}
