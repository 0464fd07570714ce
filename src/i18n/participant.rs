//! Texts of the participant's path (issue 22): the dimension names as displayed, with their
//! soft hyphens, what a result without a placement is missing, and what a partner's page
//! receives.

use super::{Lang, Text};
use crate::domain::instrument::{DIMENSIONS, DIMENSION_COUNT};
use crate::domain::scoring::Placement;

use super::t;

/// Where the 14 dimension names may break, as the screens show them: the byte offsets in the
/// domain's name (Dutch, English) before which a soft hyphen (U+00AD) goes. `hyphens: auto`
/// breaks nothing in the headless Chromium here, and a narrow table cell broke "Communicatie"
/// without a hyphen. The domain's names (`DIMENSIONS`) stay as they are: they go into CSVs and
/// links. Offsets rather than a second copy of every name: fewer bytes in both builds.
const BREAKS: [(&[u8], &[u8]); DIMENSION_COUNT] = [
    (&[3, 5], &[3]),
    (&[2, 4, 6, 9], &[2, 5, 6]),
    (&[3, 5, 7, 9], &[3, 5, 7, 9]),
    (
        &[3, 13, 16, 18, 23, 25, 31, 33, 36],
        &[4, 16, 22, 24, 34, 37],
    ),
    (&[2], &[2]),
    (&[4, 8], &[]),
    (&[4, 7], &[4, 12]),
    (&[2, 7, 10], &[2, 4, 12]),
    (&[4, 13], &[5]),
    (&[3, 6, 10, 12, 16, 29, 32], &[2, 6, 8, 11, 12, 21, 24]),
    (&[3, 6], &[5]),
    (&[2, 6, 10, 13, 25, 27, 30], &[5, 6, 15, 17]),
    (&[3, 9, 22], &[12, 28, 29]),
    (&[2, 6, 9, 16, 18, 26, 29], &[2, 7, 18, 26, 30]),
];

/// The displayed name of the dimension at `index` (0-13), with its soft hyphens; "" outside.
pub fn dimension_name(lang: Lang, index: usize) -> String {
    let (Some(dimension), Some(&(nl, en))) = (DIMENSIONS.get(index), BREAKS.get(index)) else {
        return String::new();
    };
    let (name, breaks) = match lang {
        Lang::Nl => (dimension.name.nl, nl),
        Lang::En => (dimension.name.en, en),
    };
    let mut shown = String::with_capacity(name.len() + 2 * breaks.len());
    let mut from = 0;
    for &at in breaks {
        if let Some(part) = name.get(from..usize::from(at)) {
            shown.push_str(part);
            shown.push('\u{AD}');
            from = usize::from(at);
        }
    }
    shown.push_str(name.get(from..).unwrap_or_default());
    shown
}

/// The displayed name of the dimension with `id` (1-14), "" outside.
pub fn dimension_name_by_id(lang: Lang, id: u8) -> String {
    dimension_name(lang, usize::from(id).wrapping_sub(1))
}

/// What a result without a place on the line is missing, per horizon: how many of the 14
/// parts were answered ("weet ik niet" does not count) and whether that horizon is placed.
/// Before issue 22 one sentence said "fewer than 7 of 14 answered" even when all 14 "now"
/// answers were there and placed.
pub fn missing_answers(lang: Lang, now: Placement, desired: Placement) -> String {
    let part = |horizon: Text, placement: Placement| {
        let (answered, placed) = match placement {
            Placement::Placed { answered, .. } => (answered, true),
            Placement::TooFewAnswers { answered } => (answered, false),
        };
        let verdict = match (lang, placed) {
            (Lang::Nl, true) => "dus geplaatst",
            (Lang::Nl, false) => {
                "de rest 'weet ik niet': minstens 7 nodig voor een plek op de lijn"
            }
            (Lang::En, true) => "so it is placed",
            (Lang::En, false) => "the rest 'don't know': a place on the line needs at least 7",
        };
        match lang {
            Lang::Nl => format!(
                "{}: {answered} van de 14 beantwoord, {verdict}.",
                horizon.nl
            ),
            Lang::En => format!("{}: {answered} of the 14 answered, {verdict}.", horizon.en),
        }
    };
    let advice = match lang {
        Lang::Nl => "Vul meer in, of bespreek met je team waarom zoveel onbekend is.",
        Lang::En => "Answer more, or talk with your team about why so much is unknown.",
    };
    format!(
        "{} {} {advice}",
        part(super::ui::NOW, now),
        part(super::ui::DESIRED, desired)
    )
}

/// Shown on the result when a partner's page asked for events (`data-events`): that page
/// receives the results link (issue 21).
pub const PARTNER_GETS_LINK: Text = t(
    "De website waarop deze scan staat, krijgt de link naar je uitkomst, met je antwoorden.",
    "The website this scan is on receives the link to your result, with your answers.",
);

#[cfg(test)]
mod tests {
    use super::*;

    /// The longest run of characters a displayed name may hold without a place to break.
    const LONGEST_UNBROKEN: usize = 9;

    #[test]
    fn displayed_names_are_the_domains_names_with_soft_hyphens() {
        for (index, dimension) in DIMENSIONS.iter().enumerate() {
            for lang in [Lang::Nl, Lang::En] {
                let shown = dimension_name(lang, index);
                let (nl, en) = BREAKS[index];
                let breaks = if lang == Lang::Nl { nl } else { en };
                assert_eq!(shown.matches('\u{AD}').count(), breaks.len(), "{shown:?}");
                assert_eq!(
                    shown.replace('\u{AD}', ""),
                    dimension.name.get(lang),
                    "{shown:?}"
                );
                assert_eq!(dimension_name_by_id(lang, dimension.id), shown);
                // No soft hyphen at a word's edge, where it breaks nothing.
                for word in shown.split(' ') {
                    assert!(
                        !word.starts_with('\u{AD}') && !word.ends_with('\u{AD}'),
                        "{shown:?}"
                    );
                }
            }
        }
        assert_eq!(
            dimension_name(Lang::Nl, 2),
            "Com\u{AD}mu\u{AD}ni\u{AD}ca\u{AD}tie"
        );
        assert_eq!(
            dimension_name(Lang::En, 9),
            "Re\u{AD}spon\u{AD}si\u{AD}bil\u{AD}i\u{AD}ty for de\u{AD}liv\u{AD}ery"
        );
        assert_eq!(dimension_name(Lang::Nl, DIMENSION_COUNT), "");
        assert_eq!(dimension_name_by_id(Lang::En, 0), "");
    }

    #[test]
    fn every_long_word_has_a_place_to_break() {
        for index in 0..DIMENSION_COUNT {
            for lang in [Lang::Nl, Lang::En] {
                let shown = dimension_name(lang, index);
                for run in shown.split([' ', '\u{AD}', '-']) {
                    assert!(
                        run.chars().count() <= LONGEST_UNBROKEN,
                        "{run:?} in {shown:?} cannot break"
                    );
                }
            }
        }
    }

    #[test]
    fn the_missing_answers_are_said_per_horizon() {
        let all_now = Placement::Placed {
            intensity: crate::domain::scoring::Intensity::new(2, 4).unwrap(),
            model: 3,
            answered: 14,
        };
        let none_desired = Placement::TooFewAnswers { answered: 0 };
        let nl = missing_answers(Lang::Nl, all_now, none_desired);
        assert_eq!(nl, "Nu: 14 van de 14 beantwoord, dus geplaatst. Gewenst: 0 van de 14 beantwoord, de rest 'weet ik niet': minstens 7 nodig voor een plek op de lijn. Vul meer in, of bespreek met je team waarom zoveel onbekend is.");
        let en = missing_answers(
            Lang::En,
            none_desired,
            Placement::TooFewAnswers { answered: 6 },
        );
        assert!(en.starts_with("Now: 0 of the 14 answered, the rest 'don't know': a place on the line needs at least 7. Desired: 6 of the 14 answered,"), "{en}");
    }
}
