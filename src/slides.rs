//! The presenter's decisions, as pure functions: which slides a team gets and in which order,
//! which agreements the closing slides list and how they are paged, what a key does, and the
//! slide timer's arithmetic. `components/presenter.rs` draws these with `html!` and wires them
//! to the browser; everything that can be wrong about them is tested here, natively (as
//! `charts.rs` does for the charts).

use crate::domain::agreement::{Agreement, Agreements};

/// Agreements per closing slide: more would not fit at a size the back of the room can read.
pub const AGREEMENTS_PER_SLIDE: usize = 3;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slide {
    /// The team's name, the number of participants, the date and the keys.
    Title,
    /// The team's placement on the continuum.
    Continuum,
    /// A dimension id (1-14), with its agreement.
    Dimension(u8),
    /// The role groups, where they may be compared.
    Roles,
    /// Page `n` (from 0) of the agreements, of `pages`.
    Agreements { n: usize, pages: usize },
}

impl Slide {
    /// What follows the closing slides' heading: " (2/3)" when there is more than one.
    pub fn page_suffix(self) -> Option<String> {
        match self {
            Slide::Agreements { n, pages } if pages > 1 => Some(format!(" ({}/{pages})", n + 1)),
            _ => None,
        }
    }
}

/// An agreement is shown as text only when it says what: who or when without what is no
/// agreement yet (its form says so). `AgreementText` follows the same rule.
pub fn shows_as_text(agreement: &Agreement) -> bool {
    !agreement.text.trim().is_empty()
}

/// The agreements the closing slides list, with their dimension id, in agenda order. Ids
/// outside 1-14 are skipped, never a panic.
pub fn agreed<'a>(agenda: &[u8], agreements: &'a Agreements) -> Vec<(u8, &'a Agreement)> {
    agenda
        .iter()
        .filter_map(|&id| Some(id).zip(agreements.get(usize::from(id).wrapping_sub(1))))
        .filter(|(_, a)| shows_as_text(a))
        .collect()
}

/// The slides of a team, in order: title, continuum, one per dimension in agenda order, the
/// role groups when they are shown, and the closing slides of `agreed` agreements (one that
/// says "none" when there are none).
pub fn slides(agenda: &[u8], roles_shown: bool, agreed: usize) -> Vec<Slide> {
    let pages = agreed.div_ceil(AGREEMENTS_PER_SLIDE).max(1);
    let mut slides = vec![Slide::Title, Slide::Continuum];
    slides.extend(agenda.iter().map(|&id| Slide::Dimension(id)));
    if roles_shown {
        slides.push(Slide::Roles);
    }
    slides.extend((0..pages).map(|n| Slide::Agreements { n, pages }));
    slides
}

/// The agreements on closing slide `n`: empty beyond the last.
pub fn page<T>(agreed: &[T], n: usize) -> &[T] {
    let start = n.saturating_mul(AGREEMENTS_PER_SLIDE).min(agreed.len());
    let end = start.saturating_add(AGREEMENTS_PER_SLIDE).min(agreed.len());
    &agreed[start..end]
}

/// The slides with the one shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deck {
    slides: Vec<Slide>,
    current: usize,
}

impl Deck {
    /// The slide asked for is clamped to the last one (a team may have fewer slides than the
    /// index kept in the state, e.g. after an agreement was emptied).
    pub fn new(slides: Vec<Slide>, asked: usize) -> Deck {
        let slides = if slides.is_empty() {
            vec![Slide::Title]
        } else {
            slides
        };
        let current = asked.min(slides.len() - 1);
        Deck { slides, current }
    }

    pub fn current(&self) -> usize {
        self.current
    }

    pub fn slide(&self) -> Slide {
        self.slides[self.current]
    }

    pub fn len(&self) -> usize {
        self.slides.len()
    }

    /// Never true: a deck has at least its title slide.
    pub fn is_empty(&self) -> bool {
        self.slides.is_empty()
    }

    pub fn last(&self) -> usize {
        self.slides.len() - 1
    }

    pub fn is_first(&self) -> bool {
        self.current == 0
    }

    pub fn is_last(&self) -> bool {
        self.current == self.last()
    }

    /// The slide the "previous" button goes to (the first stays the first).
    pub fn previous(&self) -> usize {
        self.current.saturating_sub(1)
    }

    /// The slide the "next" button goes to (the last stays the last).
    pub fn next(&self) -> usize {
        (self.current + 1).min(self.last())
    }

    /// The counter in the bar: "3 / 18".
    pub fn counter(&self) -> String {
        format!("{} / {}", self.current + 1, self.len())
    }

    /// What a key pressed on the slides does. See [`key_action`].
    pub fn key(&self, key: &str, command: bool, target: Target) -> KeyAction {
        key_action(key, command, target, self.current, self.last())
    }
}

/// Where a key was pressed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// A field that takes keys itself: an agreement's input, the timer's select.
    Field,
    /// A button: Space presses it.
    Button,
    /// The slides themselves, or anything else.
    Other,
}

impl Target {
    /// The target of an element's tag name (as the DOM gives it, upper case for HTML).
    pub fn of_tag(tag: Option<&str>) -> Target {
        match tag.map(str::to_ascii_uppercase).as_deref() {
            Some("INPUT" | "SELECT" | "TEXTAREA") => Target::Field,
            Some("BUTTON") => Target::Button,
            _ => Target::Other,
        }
    }
}

/// What a key does on the slides.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyAction {
    /// Nothing: the browser (or the field) does what it does.
    Ignore,
    /// Show this slide.
    Go(usize),
    /// Out of a field, back to the slides (keys move the slides again).
    LeaveField,
    /// Stop presenting.
    Leave,
    /// Into or out of full screen.
    ToggleFullScreen,
}

impl KeyAction {
    /// Whether the browser's own handling of the key is stopped (scrolling, a typed space).
    /// Escape and F keep theirs: Escape also leaves the browser's full screen.
    pub fn prevents_default(self) -> bool {
        matches!(self, KeyAction::Go(_) | KeyAction::LeaveField)
    }
}

/// What `key` (a `KeyboardEvent.key`) does on slide `current` of `0..=last`. `command`: Alt,
/// Ctrl or Meta held, which leaves the key to the browser (Ctrl+Home, Alt+←). In a field the
/// keys type; Escape only leaves the field. Space on a button presses it.
pub fn key_action(
    key: &str,
    command: bool,
    target: Target,
    current: usize,
    last: usize,
) -> KeyAction {
    if command {
        return KeyAction::Ignore;
    }
    if target == Target::Field {
        return if key == "Escape" {
            KeyAction::LeaveField
        } else {
            KeyAction::Ignore
        };
    }
    let to = match key {
        "PageDown" | "ArrowRight" => current.saturating_add(1),
        " " if target != Target::Button => current.saturating_add(1),
        "PageUp" | "ArrowLeft" => current.saturating_sub(1),
        "Home" => 0,
        "End" => last,
        "Escape" => return KeyAction::Leave,
        "f" | "F" => return KeyAction::ToggleFullScreen,
        _ => return KeyAction::Ignore,
    };
    KeyAction::Go(to.min(last))
}

/// The optional countdown per slide.
pub mod timer {
    /// The minutes a facilitator may give each slide; 0 is off.
    pub const MINUTES: [u32; 6] = [0, 1, 2, 3, 5, 10];

    /// The minutes chosen in the select; anything not offered is off.
    pub fn minutes(value: &str) -> u32 {
        value
            .parse()
            .ok()
            .filter(|m| MINUTES.contains(m))
            .unwrap_or(0)
    }

    /// The seconds a countdown shows on `slide` with `minutes` chosen, given the last tick
    /// `(slide, minutes, seconds left)`: a tick counted for another slide or another choice is
    /// old, and the new countdown shows its full time until its own first tick.
    pub fn seconds_left(tick: (usize, u32, u32), slide: usize, minutes: u32) -> u32 {
        match tick {
            (s, m, seconds) if (s, m) == (slide, minutes) => seconds,
            _ => minutes.saturating_mul(60),
        }
    }

    /// The countdown as mm:ss.
    pub fn countdown(seconds: u32) -> String {
        format!("{:02}:{:02}", seconds / 60, seconds % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::agreement::AgreementField;

    /// An agenda of all 14 dimensions in a fixed, unsorted order.
    const AGENDA: [u8; 14] = [5, 2, 14, 1, 9, 3, 12, 7, 4, 11, 6, 13, 8, 10];

    fn with_agreements(ids: &[u8]) -> Agreements {
        let mut agreements = Agreements::default();
        for &id in ids {
            let index = usize::from(id) - 1;
            agreements.set(index, AgreementField::Text, format!("afspraak {id}"));
        }
        agreements
    }

    /// A slide list in short: T(itle), C(ontinuum), D<id>, R(oles), A<n>/<pages>.
    fn short(slides: &[Slide]) -> String {
        slides
            .iter()
            .map(|s| match s {
                Slide::Title => "T".to_owned(),
                Slide::Continuum => "C".to_owned(),
                Slide::Dimension(id) => format!("D{id}"),
                Slide::Roles => "R".to_owned(),
                Slide::Agreements { n, pages } => format!("A{}/{pages}", n + 1),
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn the_slide_list_golden() {
        let dims = "D5 D2 D14 D1 D9 D3 D12 D7 D4 D11 D6 D13 D8 D10";
        let table: [(usize, bool, String); 8] = [
            (0, false, format!("T C {dims} A1/1")),
            (0, true, format!("T C {dims} R A1/1")),
            (1, false, format!("T C {dims} A1/1")),
            (1, true, format!("T C {dims} R A1/1")),
            (3, false, format!("T C {dims} A1/1")),
            (4, true, format!("T C {dims} R A1/2 A2/2")),
            (14, false, format!("T C {dims} A1/5 A2/5 A3/5 A4/5 A5/5")),
            (14, true, format!("T C {dims} R A1/5 A2/5 A3/5 A4/5 A5/5")),
        ];
        for (agreed, roles, expected) in table {
            assert_eq!(
                short(&slides(&AGENDA, roles, agreed)),
                expected,
                "{agreed} agreements, roles {roles}"
            );
        }
        // 14 dimensions, roles shown, no agreements: 18 slides (as the e2e test counts them).
        assert_eq!(slides(&AGENDA, true, 0).len(), 18);
        // An empty agenda still has a title, the continuum and a closing slide.
        assert_eq!(short(&slides(&[], false, 0)), "T C A1/1");
    }

    #[test]
    fn the_closing_slides_list_what_was_agreed_in_agenda_order() {
        assert!(agreed(&AGENDA, &Agreements::default()).is_empty());

        let one = with_agreements(&[9]);
        let listed = agreed(&AGENDA, &one);
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].0, 9);
        assert_eq!(listed[0].1.text, "afspraak 9");

        let all = with_agreements(&[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
        let ids: Vec<u8> = agreed(&AGENDA, &all).iter().map(|&(id, _)| id).collect();
        assert_eq!(ids, AGENDA);
        let pages: Vec<Vec<u8>> = (0..6).map(|n| page(&ids, n).to_vec()).collect();
        assert_eq!(
            pages,
            [
                vec![5, 2, 14],
                vec![1, 9, 3],
                vec![12, 7, 4],
                vec![11, 6, 13],
                vec![8, 10],
                vec![],
            ]
        );
        assert!(page(&ids, usize::MAX).is_empty(), "never a panic");
    }

    #[test]
    fn who_or_when_without_what_is_not_listed() {
        let mut agreements = with_agreements(&[3]);
        agreements.set(1, AgreementField::Owner, "Piet".into());
        agreements.set(4, AgreementField::Due, "Q3".into());
        agreements.set(6, AgreementField::Text, "   ".into());
        agreements.set(6, AgreementField::Owner, "Karin".into());
        let ids: Vec<u8> = agreed(&AGENDA, &agreements)
            .iter()
            .map(|&(id, _)| id)
            .collect();
        assert_eq!(ids, [3]);
        assert!(!shows_as_text(&Agreement {
            owner: "Piet".into(),
            ..Agreement::default()
        }));
        assert!(shows_as_text(&Agreement {
            text: " x ".into(),
            ..Agreement::default()
        }));
        // An agenda with ids out of range skips them.
        assert_eq!(agreed(&[0, 3, 15, 255], &agreements).len(), 1);
    }

    #[test]
    fn the_closing_heading_counts_its_pages_only_when_there_are_more() {
        assert_eq!(Slide::Agreements { n: 0, pages: 1 }.page_suffix(), None);
        assert_eq!(
            Slide::Agreements { n: 0, pages: 2 }
                .page_suffix()
                .as_deref(),
            Some(" (1/2)")
        );
        assert_eq!(
            Slide::Agreements { n: 4, pages: 5 }
                .page_suffix()
                .as_deref(),
            Some(" (5/5)")
        );
        assert_eq!(Slide::Dimension(3).page_suffix(), None);
    }

    #[test]
    fn the_deck_clamps_the_slide_asked_for_and_its_buttons_stay_inside() {
        let deck = Deck::new(slides(&AGENDA, true, 0), 99);
        assert_eq!(deck.len(), 18);
        assert_eq!(deck.current(), 17);
        assert_eq!(deck.slide(), Slide::Agreements { n: 0, pages: 1 });
        assert!(deck.is_last() && !deck.is_first());
        assert_eq!((deck.previous(), deck.next()), (16, 17));
        assert_eq!(deck.counter(), "18 / 18");

        let deck = Deck::new(slides(&AGENDA, true, 0), 0);
        assert_eq!(deck.slide(), Slide::Title);
        assert!(deck.is_first() && !deck.is_last());
        assert_eq!((deck.previous(), deck.next()), (0, 1));
        assert_eq!(deck.counter(), "1 / 18");

        let deck = Deck::new(slides(&AGENDA, false, 0), 3);
        assert_eq!(deck.slide(), Slide::Dimension(2));
        assert_eq!(deck.counter(), "4 / 17");

        let deck = Deck::new(Vec::new(), 5);
        assert_eq!((deck.current(), deck.slide()), (0, Slide::Title));
    }

    #[test]
    fn every_key_on_the_slides() {
        use KeyAction::*;
        // (key, on slide 0, on slide 5, on the last (9)), pressed on the slides themselves.
        let table: [(&str, KeyAction, KeyAction, KeyAction); 22] = [
            ("PageDown", Go(1), Go(6), Go(9)),
            ("ArrowRight", Go(1), Go(6), Go(9)),
            (" ", Go(1), Go(6), Go(9)),
            ("PageUp", Go(0), Go(4), Go(8)),
            ("ArrowLeft", Go(0), Go(4), Go(8)),
            ("Home", Go(0), Go(0), Go(0)),
            ("End", Go(9), Go(9), Go(9)),
            ("Escape", Leave, Leave, Leave),
            ("f", ToggleFullScreen, ToggleFullScreen, ToggleFullScreen),
            ("F", ToggleFullScreen, ToggleFullScreen, ToggleFullScreen),
            // Everything else is the browser's.
            ("ArrowUp", Ignore, Ignore, Ignore),
            ("ArrowDown", Ignore, Ignore, Ignore),
            ("Enter", Ignore, Ignore, Ignore),
            ("Tab", Ignore, Ignore, Ignore),
            ("Backspace", Ignore, Ignore, Ignore),
            ("Spacebar", Ignore, Ignore, Ignore),
            ("Esc", Ignore, Ignore, Ignore),
            ("b", Ignore, Ignore, Ignore),
            ("1", Ignore, Ignore, Ignore),
            ("Shift", Ignore, Ignore, Ignore),
            ("Unidentified", Ignore, Ignore, Ignore),
            ("", Ignore, Ignore, Ignore),
        ];
        for (key, first, middle, last) in table {
            for (current, expected) in [(0, first), (5, middle), (9, last)] {
                assert_eq!(
                    key_action(key, false, Target::Other, current, 9),
                    expected,
                    "{key:?} on slide {current}"
                );
                // With Alt, Ctrl or Meta every key is the browser's.
                assert_eq!(key_action(key, true, Target::Other, current, 9), Ignore);
                // In a field the keys type; Escape leaves the field, not the slides.
                let in_field = if key == "Escape" { LeaveField } else { Ignore };
                assert_eq!(
                    key_action(key, false, Target::Field, current, 9),
                    in_field,
                    "{key:?} in a field"
                );
                // On a button Space presses it; every other key as on the slides.
                let on_button = if key == " " { Ignore } else { expected };
                assert_eq!(
                    key_action(key, false, Target::Button, current, 9),
                    on_button,
                    "{key:?} on a button"
                );
            }
        }
        // A slide asked for beyond the last (the state's index is clamped on render).
        assert_eq!(
            key_action("PageDown", false, Target::Other, usize::MAX, 9),
            Go(9)
        );
        // On a one-slide deck every move stays on it.
        for key in ["PageDown", "PageUp", "Home", "End", " "] {
            assert_eq!(key_action(key, false, Target::Other, 0, 0), Go(0));
        }
    }

    #[test]
    fn only_moves_and_leaving_a_field_stop_the_browser() {
        assert!(KeyAction::Go(3).prevents_default());
        assert!(KeyAction::LeaveField.prevents_default());
        assert!(!KeyAction::Leave.prevents_default());
        assert!(!KeyAction::ToggleFullScreen.prevents_default());
        assert!(!KeyAction::Ignore.prevents_default());
    }

    #[test]
    fn the_targets_of_tags() {
        for (tag, target) in [
            (Some("INPUT"), Target::Field),
            (Some("SELECT"), Target::Field),
            (Some("TEXTAREA"), Target::Field),
            (Some("input"), Target::Field),
            (Some("BUTTON"), Target::Button),
            (Some("SECTION"), Target::Other),
            (Some("A"), Target::Other),
            (None, Target::Other),
        ] {
            assert_eq!(Target::of_tag(tag), target, "{tag:?}");
        }
        // Through the deck: typing in a field on a dimension slide stays on it.
        let deck = Deck::new(slides(&AGENDA, true, 0), 4);
        assert_eq!(
            deck.key("ArrowRight", false, Target::of_tag(Some("INPUT"))),
            KeyAction::Ignore
        );
        assert_eq!(
            deck.key("ArrowRight", false, Target::of_tag(Some("SECTION"))),
            KeyAction::Go(5)
        );
    }

    #[test]
    fn the_timer() {
        assert_eq!(timer::minutes("0"), 0);
        assert_eq!(timer::minutes("5"), 5);
        assert_eq!(timer::minutes("10"), 10);
        for refused in ["", "4", "-1", "x", "99999999999", " 5"] {
            assert_eq!(timer::minutes(refused), 0, "{refused:?}");
        }
        // A tick of this slide and choice counts; any other shows the full time.
        assert_eq!(timer::seconds_left((3, 2, 75), 3, 2), 75);
        assert_eq!(timer::seconds_left((3, 2, 75), 4, 2), 120);
        assert_eq!(timer::seconds_left((3, 2, 75), 3, 5), 300);
        assert_eq!(timer::seconds_left((0, 0, 0), 0, 1), 60);
        assert_eq!(timer::seconds_left((0, 0, 0), 0, 0), 0);
        assert_eq!(timer::countdown(600), "10:00");
        assert_eq!(timer::countdown(65), "01:05");
        assert_eq!(timer::countdown(0), "00:00");
    }
}
