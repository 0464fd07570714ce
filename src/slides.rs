//! The presenter's decisions, as pure functions: which slides a team gets and in which order,
//! which agreements the closing slides list and how they are paged, what a key does, and the
//! slide timer's arithmetic. `components/presenter.rs` draws these with `html!` and wires them
//! to the browser; everything that can be wrong about them is tested here, natively (as
//! `charts.rs` does for the charts).

use std::ops::Range;

use crate::domain::agreement::{Agreement, Agreements};
use crate::domain::instrument::{RoleGroup, DIMENSION_COUNT};
use crate::domain::team::GroupSummary;

/// A slide, by what it shows. The slide shown is kept by this (in the state, and in the tab's
/// sessionStorage over a reload), not by its place in the deck: slides come and go as
/// agreements are typed and as the window changes size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slide {
    /// The invitation's QR code and link, to show while people join.
    Join,
    /// The team's name, the number of participants, the date and the keys.
    Title,
    /// The team's placement on the continuum.
    Continuum,
    /// A dimension id (1-14): its figures, and its question and agreement where there is room.
    Dimension(u8),
    /// A dimension's question and agreement, on a slide of their own in a small window.
    Agreement(u8),
    /// A dimension's reflection question alone, before its agreement, in the smallest windows
    /// (below [`Room::splits_question`]): the agreement's fields then take the whole slide.
    Question(u8),
    /// Page `n` (from 0) of the role groups' placements.
    Roles(usize),
    /// Each role group's medians of one dimension (id) where the groups differ most.
    RoleMedians(u8),
    /// Page `n` (from 0) of the agreements.
    Agreements(usize),
}

impl Slide {
    /// The first slide of every deck: the join slide, else (no invitation) the title.
    pub const FIRST: Slide = Slide::Join;

    /// A short key for sessionStorage: "j", "t", "c", "d5", "q5", "a5", "r0", "m5", "p1".
    pub fn key(self) -> String {
        let (c, n) = match self {
            Slide::Join => return "j".into(),
            Slide::Title => return "t".into(),
            Slide::Continuum => return "c".into(),
            Slide::Dimension(id) => ("d", usize::from(id)),
            Slide::Agreement(id) => ("a", usize::from(id)),
            Slide::Question(id) => ("q", usize::from(id)),
            Slide::Roles(n) => ("r", n),
            Slide::RoleMedians(id) => ("m", usize::from(id)),
            Slide::Agreements(n) => ("p", n),
        };
        format!("{c}{n}")
    }

    /// The slide of a [`key`](Slide::key); `None` for anything else (a stored value is input).
    pub fn of_key(key: &str) -> Option<Slide> {
        let mut chars = key.chars();
        let kind = chars.next()?;
        let rest = chars.as_str();
        if rest.is_empty() {
            return match kind {
                'j' => Some(Slide::Join),
                't' => Some(Slide::Title),
                'c' => Some(Slide::Continuum),
                _ => None,
            };
        }
        // Digits only: no sign, no spaces; pages below 100.
        if !rest.bytes().all(|b| b.is_ascii_digit()) || rest.len() > 2 {
            return None;
        }
        let n: usize = rest.parse().ok()?;
        let id = u8::try_from(n)
            .ok()
            .filter(|id| (1..=DIMENSION_COUNT as u8).contains(id));
        match kind {
            'd' => id.map(Slide::Dimension),
            'a' => id.map(Slide::Agreement),
            'q' => id.map(Slide::Question),
            'm' => id.map(Slide::RoleMedians),
            'r' => Some(Slide::Roles(n)),
            'p' => Some(Slide::Agreements(n)),
            _ => None,
        }
    }

    /// The slide shown instead when this one is not in the deck (any more).
    fn fallback(self) -> Option<Slide> {
        match self {
            Slide::Agreement(id) | Slide::Question(id) => Some(Slide::Dimension(id)),
            Slide::Roles(n) if n > 0 => Some(Slide::Roles(n - 1)),
            Slide::Agreements(n) if n > 0 => Some(Slide::Agreements(n - 1)),
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

/// The most dimensions the role groups' medians are shown for.
pub const ROLE_DIMENSIONS: usize = 3;

/// The dimensions where the shown role groups' medians differ most (now or desired, in half
/// points), largest first, then in schema order; only where they differ at all, at most
/// [`ROLE_DIMENSIONS`].
pub fn role_dimensions(groups: &[(RoleGroup, GroupSummary)]) -> Vec<u8> {
    let mut most: [u8; DIMENSION_COUNT] = std::array::from_fn(|i| {
        let range = |now: bool| {
            let medians = groups.iter().filter_map(|(_, g)| {
                let d = &g.dimensions[i];
                if now { &d.now } else { &d.desired }.median_halves()
            });
            let (lo, hi) = medians.fold((u8::MAX, 0), |(lo, hi), m| (lo.min(m), hi.max(m)));
            hi.saturating_sub(lo)
        };
        range(true).max(range(false))
    });
    // The largest, the first of equals, three times: no sort (a sort costs the wasm 4 KB).
    let mut out = Vec::new();
    while out.len() < ROLE_DIMENSIONS {
        let (i, &m) = most
            .iter()
            .enumerate()
            .max_by_key(|&(i, &m)| (m, std::cmp::Reverse(i)))
            .unwrap_or((0, &0));
        if m == 0 {
            break;
        }
        out.push(i as u8 + 1);
        most[i] = 0;
    }
    out
}

/// The room a slide has, in the slides' font size (em), from the window's size in CSS pixels.
/// `styles/presenter.css` sets the font size with the same formula: 1.9vw or 3.4vh, whichever
/// is smaller, never below 24 px. Below that floor a smaller window has fewer em.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Room {
    pub width: f64,
    pub height: f64,
}

/// The slide's heading, padding and the control bar take this much height (em).
const FRAME: f64 = 7.0;
/// A character's width on average (em), generous for long Dutch words.
const CHAR: f64 = 0.55;
/// A line's height (em).
const LINE: f64 = 1.35;

impl Room {
    pub fn of_window(width: f64, height: f64) -> Room {
        let font = (0.019 * width).min(0.034 * height).max(24.0);
        Room {
            width: width / font,
            height: height / font,
        }
    }

    /// Whether a dimension's question and agreement go to a slide of their own: below this
    /// height the strip plot would shrink to a speck (1024x576 has 24 em, 1280x720 29.6).
    pub fn splits_dimension(self) -> bool {
        self.height < 27.0
    }

    /// Whether a dimension's reflection question goes to a slide of its own, before the slide
    /// of its agreement: below this height (853x480 has 20 em, 1024x490 20.4, 1024x576 24) the
    /// question, an agreement of 140 characters and who and by when, one under the other, do
    /// not fit one slide.
    pub fn splits_question(self) -> bool {
        self.height < 25.0
    }

    /// The height left for a slide's body (em).
    fn body(self) -> f64 {
        (self.height - FRAME).max(LINE)
    }

    /// Lines of `chars` characters at the slide's full width less `inset` em.
    fn lines(self, chars: usize, inset: f64) -> f64 {
        let per_line = ((self.width - 3.0 - inset) / CHAR).max(8.0).floor();
        (chars as f64 / per_line).ceil().max(1.0)
    }

    /// The height of an agreement on a closing slide (em): its dimension's name, then what,
    /// who and when, each labelled (the labels counted in `label` characters).
    fn agreement_height(self, name: usize, agreement: &Agreement, label: usize) -> f64 {
        let part = |text: &str| {
            let chars = text.trim().chars().count();
            if chars == 0 {
                0.0
            } else {
                self.lines(chars + label, 1.2)
            }
        };
        let parts = part(&agreement.text) + part(&agreement.owner) + part(&agreement.due);
        self.lines(name, 0.0) * LINE * 1.1 + parts * LINE + 1.5
    }

    /// The role groups a page holds, one under the other: a name and two placements of a
    /// line each (5 em with the gap), or in a narrow window of two lines each (7.5 em).
    fn role_groups_per_page(self) -> usize {
        let group = if self.width < 40.0 { 7.5 } else { 5.0 };
        (self.body() / group).floor().max(1.0) as usize
    }
}

/// What a team's slides are made of.
#[derive(Clone, Copy, Debug)]
pub struct Content<'a> {
    /// There is an invitation to join.
    pub join: bool,
    /// Dimension ids in agenda order.
    pub agenda: &'a [u8],
    /// The role groups shown (none: the comparison is hidden).
    pub role_groups: usize,
    /// The first role page says which groups were left out (three lines or so).
    pub role_note: bool,
    /// The dimensions of [`role_dimensions`].
    pub role_dimensions: &'a [u8],
    /// The agreements of [`agreed`], with the characters of their dimension's name.
    pub agreed: &'a [(usize, &'a Agreement)],
    /// The characters of the labels in front of an agreement's parts (the longest).
    pub label: usize,
}

/// Consecutive ranges of `0..heights.len()` whose heights add up to at most `room`; an item
/// higher than that gets a page of its own. At least one (empty) page.
fn paginate(heights: impl Iterator<Item = f64>, room: f64) -> Vec<Range<usize>> {
    let mut pages: Vec<Range<usize>> = vec![Range { start: 0, end: 0 }];
    let mut used = 0.0;
    for (i, h) in heights.enumerate() {
        let page = pages.last_mut().expect("one page at least");
        if page.end > page.start && used + h > room {
            pages.push(i..i + 1);
            used = h;
        } else {
            page.end = i + 1;
            used += h;
        }
    }
    pages
}

/// The slides of a team in a room, in order: the join slide when there is an invitation, the
/// title, the continuum, each dimension in agenda order (with a slide of its own for its
/// agreement in a small room), the role groups when they are shown (as many pages as they
/// need, then their medians per dimension), and the closing slides of the agreements (one
/// that says "none" when there are none), as many to a page as fit by their length.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    pub slides: Vec<Slide>,
    /// The role groups (by index) of each page of [`Slide::Roles`].
    pub role_pages: Vec<Range<usize>>,
    /// The agreements (by index into [`Content::agreed`]) of each page of
    /// [`Slide::Agreements`].
    pub agreement_pages: Vec<Range<usize>>,
}

pub fn plan(content: &Content, room: Room) -> Plan {
    let mut slides = Vec::new();
    if content.join {
        slides.push(Slide::Join);
    }
    slides.extend([Slide::Title, Slide::Continuum]);
    for &id in content.agenda {
        slides.push(Slide::Dimension(id));
        if room.splits_question() {
            slides.push(Slide::Question(id));
        }
        if room.splits_dimension() {
            slides.push(Slide::Agreement(id));
        }
    }
    // Each group one item of the same height; the note on the first page takes one's room
    // (in the smallest room, a page of its own).
    let per_page = room.role_groups_per_page();
    let role_pages: Vec<Range<usize>> = if content.role_groups == 0 {
        Vec::new()
    } else {
        let heights = (0..content.role_note as usize + content.role_groups).map(|_| 1.0);
        let mut pages = paginate(heights, per_page as f64);
        // The note is no group: the first page's groups start at 0.
        if content.role_note {
            for page in &mut pages {
                page.start = page.start.saturating_sub(1);
                page.end -= 1;
            }
        }
        pages
    };
    slides.extend((0..role_pages.len()).map(Slide::Roles));
    if content.role_groups > 0 {
        slides.extend(
            content
                .role_dimensions
                .iter()
                .map(|&id| Slide::RoleMedians(id)),
        );
    }
    let agreement_pages = paginate(
        content
            .agreed
            .iter()
            .map(|&(name, a)| room.agreement_height(name, a, content.label)),
        room.body(),
    );
    slides.extend((0..agreement_pages.len()).map(Slide::Agreements));
    Plan {
        slides,
        role_pages,
        agreement_pages,
    }
}

/// The items of page `n` of `pages`: empty beyond the last.
pub fn page<'a, T>(items: &'a [T], pages: &[Range<usize>], n: usize) -> &'a [T] {
    pages
        .get(n)
        .and_then(|range| items.get(range.clone()))
        .unwrap_or(&[])
}

/// The slides with the one shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deck {
    slides: Vec<Slide>,
    current: usize,
}

impl Deck {
    /// The slide asked for, or where it is not in the deck (an agreement emptied, a window
    /// made larger), the one before it of its kind ([`Slide::fallback`]), else the first.
    pub fn new(slides: Vec<Slide>, asked: Slide) -> Deck {
        let slides = if slides.is_empty() {
            vec![Slide::Title]
        } else {
            slides
        };
        let mut look = Some(asked);
        let current = loop {
            match look {
                Some(slide) => match slides.iter().position(|&s| s == slide) {
                    Some(i) => break i,
                    None => look = slide.fallback(),
                },
                None => break 0,
            }
        };
        Deck { slides, current }
    }

    pub fn current(&self) -> usize {
        self.current
    }

    pub fn slide(&self) -> Slide {
        self.slides[self.current]
    }

    /// The slide at `index`, clamped to the last.
    pub fn at(&self, index: usize) -> Slide {
        self.slides[index.min(self.last())]
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
    pub fn previous(&self) -> Slide {
        self.at(self.current.saturating_sub(1))
    }

    /// The slide the "next" button goes to (the last stays the last).
    pub fn next(&self) -> Slide {
        self.at(self.current + 1)
    }

    /// The counter in the bar: "3 / 18".
    pub fn counter(&self) -> String {
        format!("{} / {}", self.current + 1, self.len())
    }

    /// What follows a paged slide's heading: " (2/3)" when its kind has more than one page.
    pub fn page_suffix(&self) -> Option<String> {
        let (n, pages) = match self.slide() {
            Slide::Roles(n) => (n, self.count(|s| matches!(s, Slide::Roles(_)))),
            Slide::Agreements(n) => (n, self.count(|s| matches!(s, Slide::Agreements(_)))),
            _ => return None,
        };
        (pages > 1).then(|| format!(" ({}/{pages})", n + 1))
    }

    fn count(&self, kind: impl Fn(&Slide) -> bool) -> usize {
        self.slides.iter().filter(|s| kind(s)).count()
    }

    /// What a key pressed on the slides does. See [`key_action`].
    pub fn key(&self, key: &str, command: bool, target: Target) -> KeyAction {
        key_action(key, command, target, self.current, self.last())
    }
}

pub mod keys;
pub mod timer;
pub use keys::{key_action, KeyAction, Target};

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

    /// A slide list in short: J(oin), T(itle), C(ontinuum), D<id>, a<id>, R<n>, M<id>, A<n>.
    fn short(slides: &[Slide]) -> String {
        slides
            .iter()
            .map(|s| match s {
                Slide::Join => "J".to_owned(),
                Slide::Title => "T".to_owned(),
                Slide::Continuum => "C".to_owned(),
                Slide::Dimension(id) => format!("D{id}"),
                Slide::Agreement(id) => format!("a{id}"),
                Slide::Question(id) => format!("q{id}"),
                Slide::Roles(n) => format!("R{}", n + 1),
                Slide::RoleMedians(id) => format!("M{id}"),
                Slide::Agreements(n) => format!("A{}", n + 1),
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The rooms of the windows the slides are made for.
    const HD: (f64, f64) = (1280.0, 720.0);
    const FULL_HD: (f64, f64) = (1920.0, 1080.0);
    const SMALL: (f64, f64) = (1024.0, 576.0);
    const SMALLEST: (f64, f64) = (853.0, 480.0);
    fn room((w, h): (f64, f64)) -> Room {
        Room::of_window(w, h)
    }

    fn agreement(text: usize, owner: usize, due: usize) -> Agreement {
        Agreement {
            text: "x".repeat(text),
            owner: "y".repeat(owner),
            due: "z".repeat(due),
        }
    }

    /// The slides of `content` with `agreed` short agreements (or long ones).
    fn deck_of(
        join: bool,
        role_groups: usize,
        agreed: &[(usize, &Agreement)],
        window: (f64, f64),
    ) -> String {
        let content = Content {
            join,
            agenda: &AGENDA,
            role_groups,
            role_note: false,
            role_dimensions: &[4, 9],
            agreed,
            label: 17,
        };
        short(&plan(&content, room(window)).slides)
    }

    #[test]
    fn the_slide_list_golden() {
        let dims = "D5 D2 D14 D1 D9 D3 D12 D7 D4 D11 D6 D13 D8 D10";
        let short_one = agreement(20, 0, 0);
        let long = agreement(140, 40, 40);
        let few: Vec<(usize, &Agreement)> = vec![(30, &short_one); 3];
        let many: Vec<(usize, &Agreement)> = vec![(30, &long); 14];
        type Row<'a> = (bool, usize, &'a [(usize, &'a Agreement)], String);
        let table: [Row; 5] = [
            (false, 0, &[], format!("T C {dims} A1")),
            (true, 0, &[], format!("J T C {dims} A1")),
            (false, 2, &[], format!("T C {dims} R1 M4 M9 A1")),
            (true, 7, &few, format!("J T C {dims} R1 R2 M4 M9 A1")),
            (false, 0, &many, format!("T C {dims} A1 A2 A3 A4 A5 A6 A7")),
        ];
        for (join, roles, agreed, expected) in table {
            assert_eq!(
                deck_of(join, roles, agreed, HD),
                expected,
                "{} agreements, {roles} role groups",
                agreed.len()
            );
        }
        // The same at full HD: the same room in em.
        assert_eq!(deck_of(true, 7, &few, FULL_HD), deck_of(true, 7, &few, HD));
        // 14 dimensions, two role groups differing on two dimensions, no agreements: 20 slides.
        assert_eq!(deck_of(false, 2, &[], HD).split(' ').count(), 20);
        // An empty agenda still has a title, the continuum and a closing slide.
        let content = Content {
            join: false,
            agenda: &[],
            role_groups: 0,
            role_note: false,
            role_dimensions: &[3],
            agreed: &[],
            label: 0,
        };
        assert_eq!(short(&plan(&content, room(HD)).slides), "T C A1");
    }

    #[test]
    fn a_small_window_gives_each_agreement_a_slide_and_fewer_groups_a_page() {
        for window in [SMALL, SMALLEST, (1024.0, 490.0), (640.0, 360.0)] {
            assert!(room(window).splits_dimension(), "{window:?}");
            // Below 22 em the question has a slide of its own before the agreement's.
            let question = room(window).splits_question();
            let dims: Vec<String> = AGENDA
                .iter()
                .map(|id| match question {
                    true => format!("D{id} q{id} a{id}"),
                    false => format!("D{id} a{id}"),
                })
                .collect();
            let dims = dims.join(" ");
            let slides = deck_of(true, 7, &[], window);
            assert!(
                slides.starts_with(&format!("J T C {dims} R1 R2 R3")),
                "{window:?}: {slides}"
            );
            assert!(slides.ends_with("M4 M9 A1"), "{window:?}: {slides}");
        }
        for window in [HD, FULL_HD, (1366.0, 768.0)] {
            assert!(!room(window).splits_dimension(), "{window:?}");
        }
        // 853x480, 1024x490 and 1024x576 split the question off; 1280x720 keeps it.
        assert!(room(SMALLEST).splits_question() && room((1024.0, 490.0)).splits_question());
        assert!(room(SMALL).splits_question() && !room(HD).splits_question());
        // Seven role groups: two pages at 1280x720, three at 1024x576.
        let pages = |window| {
            plan(
                &Content {
                    join: false,
                    agenda: &[],
                    role_groups: 7,
                    role_note: false,
                    role_dimensions: &[],
                    agreed: &[],
                    label: 0,
                },
                room(window),
            )
            .role_pages
        };
        assert_eq!(pages(HD), [0..4, 4..7]);
        assert_eq!(pages(SMALL), [0..3, 3..6, 6..7]);
        // The note of the groups left out takes a group's room on the first page.
        let noted = |groups, window| {
            plan(
                &Content {
                    join: false,
                    agenda: &[],
                    role_groups: groups,
                    role_note: true,
                    role_dimensions: &[],
                    agreed: &[],
                    label: 0,
                },
                room(window),
            )
            .role_pages
        };
        assert_eq!(noted(7, HD), [0..3, 3..7]);
        assert_eq!(noted(2, SMALL), vec![Range { start: 0, end: 2 }]);
        assert_eq!(noted(3, SMALL), [0..2, 2..3]);
        // The smallest room: the note alone, then a group a page.
        assert_eq!(noted(2, (640.0, 360.0)), [0..0, 0..1, 1..2]);
        assert_eq!(
            pages((640.0, 360.0)),
            (0..7).map(|i| i..i + 1).collect::<Vec<_>>()
        );
    }

    #[test]
    fn the_room_follows_the_css_font_size() {
        let hd = room(HD);
        assert!((hd.width - 1280.0 / 24.32).abs() < 1e-9);
        assert!((hd.height - 720.0 / 24.32).abs() < 1e-9);
        // Full HD has the same room in em; below 24 px the room shrinks.
        assert_eq!(room(FULL_HD), Room::of_window(1920.0, 1080.0));
        assert!((room(FULL_HD).height - hd.height).abs() < 1e-9);
        assert_eq!(
            room(SMALL),
            Room {
                width: 1024.0 / 24.0,
                height: 24.0
            }
        );
        assert_eq!(room(SMALLEST).height, 20.0);
        // Never a division by zero or a panic on odd windows.
        for (w, h) in [(0.0, 0.0), (1e9, 1.0), (-5.0, f64::NAN)] {
            let r = Room::of_window(w, h);
            let content = Content {
                join: true,
                agenda: &AGENDA,
                role_groups: 7,
                role_note: false,
                role_dimensions: &[1],
                agreed: &[(40, &Agreement::default())],
                label: 17,
            };
            assert!(!plan(&content, r).slides.is_empty(), "{w}x{h}");
        }
    }

    #[test]
    fn as_many_agreements_to_a_closing_slide_as_fit_by_their_length() {
        let long = agreement(140, 40, 40);
        let short_one = agreement(20, 0, 0);
        let pages = |agreed: &[(usize, &Agreement)], window| {
            let content = Content {
                join: false,
                agenda: &AGENDA,
                role_groups: 0,
                role_note: false,
                role_dimensions: &[],
                agreed,
                label: 17,
            };
            plan(&content, room(window)).agreement_pages
        };
        // Short ones: many to a slide; long ones: fewer, and fewer still in a small window.
        assert_eq!(
            pages(&[(20, &short_one); 5], HD),
            vec![Range { start: 0, end: 5 }]
        );
        assert_eq!(pages(&[(20, &long); 4], HD), [0..2, 2..4]);
        assert_eq!(pages(&[(20, &long); 4], SMALL), [0..1, 1..2, 2..3, 3..4]);
        // A mix: the short ones fill the room the long ones leave.
        assert_eq!(
            pages(
                &[(20, &long), (20, &short_one), (20, &short_one), (20, &long)],
                HD
            ),
            [0..3, 3..4]
        );
        // None: one page, that says so.
        assert_eq!(pages(&[], SMALLEST), vec![Range { start: 0, end: 0 }]);
        // One too long for any slide still gets one of its own.
        assert_eq!(pages(&[(20, &long); 2], (100.0, 100.0)), [0..1, 1..2]);
        let items = [1, 2, 3, 4];
        let ranges = [0..3, 3..4];
        assert_eq!(page(&items, &ranges, 0), [1, 2, 3]);
        assert_eq!(page(&items, &ranges, 1), [4]);
        assert!(page(&items, &ranges, 2).is_empty());
        assert!(
            page(&items, &[Range { start: 0, end: 9 }], 0).is_empty(),
            "never a panic"
        );
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
    fn a_paged_heading_counts_its_pages_only_when_there_are_more() {
        use Slide::*;
        let slides = vec![Title, Roles(0), Agreements(0), Agreements(1)];
        let suffix = |s| Deck::new(slides.clone(), s).page_suffix();
        assert_eq!(suffix(Roles(0)), None);
        assert_eq!(suffix(Agreements(0)).as_deref(), Some(" (1/2)"));
        assert_eq!(suffix(Agreements(1)).as_deref(), Some(" (2/2)"));
        assert_eq!(suffix(Title), None);
        let slides = vec![Title, Roles(0), Roles(1), Roles(2), Agreements(0)];
        assert_eq!(
            Deck::new(slides.clone(), Roles(2)).page_suffix().as_deref(),
            Some(" (3/3)")
        );
        assert_eq!(Deck::new(slides, Agreements(0)).page_suffix(), None);
    }

    #[test]
    fn the_deck_finds_the_slide_by_what_it_shows() {
        use Slide::*;
        let slides = |join, split| {
            let content = Content {
                join,
                agenda: &AGENDA,
                role_groups: 2,
                role_note: false,
                role_dimensions: &[4],
                agreed: &[],
                label: 0,
            };
            plan(&content, room(if split { SMALL } else { HD })).slides
        };
        let deck = Deck::new(slides(false, false), Agreements(0));
        assert_eq!(deck.len(), 19);
        assert_eq!(deck.current(), 18);
        assert_eq!(deck.slide(), Agreements(0));
        assert!(deck.is_last() && !deck.is_first());
        assert_eq!(
            (deck.previous(), deck.next()),
            (RoleMedians(4), Agreements(0))
        );
        assert_eq!(deck.counter(), "19 / 19");

        // The first slide: the join slide where there is one, else the title.
        let deck = Deck::new(slides(true, false), Slide::FIRST);
        assert_eq!(deck.slide(), Join);
        assert!(deck.is_first() && !deck.is_last());
        assert_eq!((deck.previous(), deck.next()), (Join, Title));
        assert_eq!(deck.counter(), "1 / 20");
        let deck = Deck::new(slides(false, false), Slide::FIRST);
        assert_eq!((deck.current(), deck.slide()), (0, Title));

        // A dimension keeps its slide when the join slide comes or the window shrinks.
        for (join, split, at) in [(false, false, 3), (true, false, 4), (true, true, 6)] {
            let deck = Deck::new(slides(join, split), Dimension(2));
            assert_eq!((deck.current(), deck.slide()), (at, Dimension(2)));
        }
        // An agreement's own slide in a window made larger: its dimension's.
        let deck = Deck::new(slides(false, false), Agreement(2));
        assert_eq!(deck.slide(), Dimension(2));
        assert_eq!(
            Deck::new(slides(false, true), Agreement(2)).slide(),
            Agreement(2)
        );
        // A closing page that went: the last before it; a role page that went: the one before.
        let deck = Deck::new(
            vec![Title, Roles(0), Agreements(0), Agreements(1)],
            Agreements(4),
        );
        assert_eq!(deck.slide(), Agreements(1));
        assert_eq!(Deck::new(vec![Title, Roles(0)], Roles(3)).slide(), Roles(0));
        // Anything else not in the deck: the first.
        assert_eq!(
            Deck::new(vec![Title, Continuum], RoleMedians(3)).slide(),
            Title
        );
        assert_eq!(Deck::new(vec![Title, Continuum], Roles(2)).slide(), Title);
        let deck = Deck::new(Vec::new(), Continuum);
        assert_eq!((deck.current(), deck.slide()), (0, Title));
        assert_eq!(deck.at(usize::MAX), Title);
    }

    #[test]
    fn a_slide_as_a_key_and_back() {
        use Slide::*;
        let all = [
            Join,
            Title,
            Continuum,
            Dimension(1),
            Dimension(14),
            Agreement(7),
            Roles(0),
            Roles(12),
            RoleMedians(3),
            Agreements(0),
            Agreements(99),
        ];
        for slide in all {
            assert_eq!(Slide::of_key(&slide.key()), Some(slide), "{slide:?}");
        }
        assert_eq!(Dimension(14).key(), "d14");
        assert_eq!(Agreements(2).key(), "p2");
        // A stored value is input: anything else is no slide, never a panic.
        for garbage in [
            "",
            "x",
            "d",
            "d0",
            "d15",
            "d255",
            "d-1",
            "d+1",
            "d 1",
            "a99",
            "m0",
            "jj",
            "t1",
            "r100",
            "p123456789012345678901234567890",
            "p1.5",
            "é1",
            "d\u{0661}",
        ] {
            assert_eq!(Slide::of_key(garbage), None, "{garbage:?}");
        }
    }

    #[test]
    fn the_role_dimensions_are_where_the_groups_medians_differ_most() {
        use crate::domain::instrument::{Answer, Position};
        use crate::domain::team::Distribution;
        let dist = |values: &[u8]| {
            let mut d = Distribution::default();
            for &v in values {
                d.add(Answer::Position(Position::new(v).unwrap()));
            }
            d
        };
        let group = |now: &[(usize, &[u8])], desired: &[(usize, &[u8])]| {
            let mut g = GroupSummary::of(std::iter::empty());
            for &(i, values) in now {
                g.dimensions[i].now = dist(values);
            }
            for &(i, values) in desired {
                g.dimensions[i].desired = dist(values);
            }
            g
        };
        let a = group(
            &[
                (0, &[1, 1, 1]),
                (1, &[2, 2, 2]),
                (2, &[3, 3, 3]),
                (3, &[3, 3, 3]),
            ],
            &[(5, &[1, 1, 1])],
        );
        let b = group(
            &[
                (0, &[5, 5, 5]),
                (1, &[3, 3, 3]),
                (2, &[3, 3, 3]),
                (3, &[4, 4, 5]),
            ],
            &[(5, &[4, 4, 4])],
        );
        let c = group(&[(1, &[2, 2, 3])], &[]);
        let groups = [
            (RoleGroup::ALL[0], a),
            (RoleGroup::ALL[1], b),
            (RoleGroup::ALL[2], c),
        ];
        // Dimension 1 differs by 4 points, 6 (desired) by 3, 2 and 4 by 1; 3 not at all, and
        // a group without answers (c on dimension 1) does not count.
        assert_eq!(role_dimensions(&groups), [1, 6, 2]);
        assert_eq!(
            role_dimensions(&groups[..1]),
            Vec::<u8>::new(),
            "one group differs from none"
        );
        assert!(role_dimensions(&[]).is_empty());
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
        let deck = Deck::new(
            vec![
                Slide::Title,
                Slide::Continuum,
                Slide::Dimension(5),
                Slide::Dimension(2),
                Slide::Dimension(14),
                Slide::Dimension(1),
            ],
            Slide::Dimension(14),
        );
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
