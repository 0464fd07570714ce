//! Character classes for text that people type and that other programs read: what is a control
//! character, what reorders text, and what cannot be seen. Shared by the team-name check at
//! input ([`super::response::TeamName::parse_input`]) and the CSV formula guard
//! ([`super::csv`]).
//!
//! No Unicode tables are pulled in: the classes below are short, fixed lists taken from the
//! Unicode Character Database (version 15.1), and the standard library's `char::is_control`
//! (general category Cc) and `char::is_whitespace` (property White_Space).

/// A bidirectional embedding, override or isolate: U+202A-U+202E (LRE, RLE, PDF, LRO, RLO) and
/// U+2066-U+2069 (LRI, RLI, FSI, PDI). In a name they can reorder the text around it on screen.
/// The marks U+200E, U+200F and U+061C are not among them: they change no order beyond
/// themselves, and right-to-left names may need them.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// General category Cf (format), Unicode 15.1: soft hyphen, zero-width space and joiners,
/// direction marks and controls, word joiner, invisible operators, the byte-order mark,
/// interlinear annotation controls, tags, and the few script-specific format characters.
pub fn is_format(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{0600}'..='\u{0605}'
            | '\u{061C}'
            | '\u{06DD}'
            | '\u{070F}'
            | '\u{0890}'..='\u{0891}'
            | '\u{08E2}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206F}'
            | '\u{FEFF}'
            | '\u{FFF9}'..='\u{FFFB}'
            | '\u{110BD}'
            | '\u{110CD}'
            | '\u{13430}'..='\u{1343F}'
            | '\u{1BCA0}'..='\u{1BCA3}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0001}'
            | '\u{E0020}'..='\u{E007F}'
    )
}

/// Default_Ignorable_Code_Point (Unicode 15.1) less what [`is_format`] already holds: characters
/// a renderer shows as nothing at all, such as the combining grapheme joiner, the Hangul fillers
/// and the variation selectors.
fn is_default_ignorable(c: char) -> bool {
    matches!(
        c,
        '\u{034F}'
            | '\u{115F}'..='\u{1160}'
            | '\u{17B4}'..='\u{17B5}'
            | '\u{180B}'..='\u{180F}'
            | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FFA0}'
            | '\u{FFF0}'..='\u{FFF8}'
            | '\u{E0000}'..='\u{E0FFF}'
    )
}

/// A character that shows no mark of its own: white space, a control character (Cc), a format
/// character (Cf), a default-ignorable code point, or the blank Braille pattern U+2800 (which
/// fonts draw empty). A text made only of these looks empty, and a spreadsheet may skip them in
/// front of a formula.
pub fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || is_format(c)
        || is_default_ignorable(c)
        || c == '\u{2800}'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bidi_controls_are_exactly_the_embeddings_overrides_and_isolates() {
        let all: Vec<u32> = (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|&c| is_bidi_control(c))
            .map(u32::from)
            .collect();
        assert_eq!(
            all,
            [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069]
        );
        // Every one of them is also a format character, and invisible.
        for c in all.into_iter().filter_map(char::from_u32) {
            assert!(is_format(c) && is_invisible(c), "{c:?}");
        }
        for mark in ['\u{200E}', '\u{200F}', '\u{061C}'] {
            assert!(!is_bidi_control(mark) && is_format(mark), "{mark:?}");
        }
    }

    #[test]
    fn format_characters_of_unicode_15_1() {
        // The Cf count of Unicode 15.1 (DerivedGeneralCategory.txt): 170 code points.
        let count = (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|&c| is_format(c))
            .count();
        assert_eq!(count, 170);
        for c in [
            '\u{FEFF}',
            '\u{200B}',
            '\u{2060}',
            '\u{00AD}',
            '\u{200D}',
            '\u{E0041}',
        ] {
            assert!(is_format(c), "{c:?}");
        }
        for c in [
            'a', ' ', '\u{0000}', '\u{FE0F}', '\u{3164}', 'ë', '\u{05D0}',
        ] {
            assert!(!is_format(c), "{c:?}");
        }
    }

    #[test]
    fn invisible_and_visible() {
        for c in [
            ' ',
            '\t',
            '\r',
            '\n',
            '\u{0000}',
            '\u{007F}',
            '\u{0085}',
            '\u{009F}',
            '\u{00A0}',
            '\u{00AD}',
            '\u{034F}',
            '\u{115F}',
            '\u{1680}',
            '\u{180E}',
            '\u{2000}',
            '\u{200B}',
            '\u{200D}',
            '\u{2028}',
            '\u{202E}',
            '\u{2060}',
            '\u{2066}',
            '\u{2800}',
            '\u{3000}',
            '\u{3164}',
            '\u{FE0F}',
            '\u{FEFF}',
            '\u{FFA0}',
            '\u{E0001}',
            '\u{E0100}',
        ] {
            assert!(is_invisible(c), "{:04X}", u32::from(c));
        }
        for c in [
            'a', 'Z', '0', '=', '-', '\'', '"', '.', 'ë', 'ß', '\u{05D0}', '\u{0627}', '中', '👩',
            '\u{FF1D}', '\u{2801}', '\u{1100}', '\u{FFFD}',
        ] {
            assert!(!is_invisible(c), "{:04X}", u32::from(c));
        }
    }
}
