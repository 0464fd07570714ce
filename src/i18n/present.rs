//! The texts of presenter mode: the team view as slides on a projector. An agreement on a slide
//! uses the agreement's own texts in `ui`.

use super::Text;

use super::t;

pub const PRESENT: Text = t("Presenteren", "Present");
/// The accessible name of the slides' region.
pub const PRESENTATION: Text = t(
    "Presentatie van de teamuitkomst",
    "Presentation of the team result",
);
/// Before the counter "5 / 18", for screen readers only.
pub const SLIDE: Text = t("Dia", "Slide");
pub const PREVIOUS: Text = t("‹ Vorige", "‹ Previous");
pub const NEXT: Text = t("Volgende ›", "Next ›");
pub const FULL_SCREEN: Text = t("Volledig scherm (F)", "Full screen (F)");
pub const LEAVE_FULL_SCREEN: Text = t("Volledig scherm uit (F)", "Exit full screen (F)");
pub const STOP: Text = t("Stoppen (Esc)", "Stop (Esc)");
pub const KEYS: Text = t(
    "Verder: PageDown, → of spatie. Terug: PageUp of ←. Stoppen: Esc.",
    "Next: PageDown, → or Space. Back: PageUp or ←. Stop: Esc.",
);
pub const TIMER: Text = t("Tijd per dia", "Time per slide");
pub const TIMER_OFF: Text = t("uit", "off");
pub const TIME_UP: Text = t("Tijd is om", "Time's up");
pub const AGREEMENTS: Text = t("Afspraken", "Agreements");
pub const NO_AGREEMENTS: Text = t(
    "Er zijn geen afspraken vastgelegd.",
    "No agreements were recorded.",
);

// Slides that hold (issue 22): the join slide and the role groups' medians.
pub const JOIN: Text = t(
    "Doe mee: scan de QR-code of open de link",
    "Join: scan the QR code or open the link",
);
pub const ROLE_MEDIANS: Text = t(
    "Mediaan per rolgroep, waar de groepen het meest verschillen",
    "Median per role group, where the groups differ most",
);
pub const ROLE_GROUP: Text = t("Rolgroep", "Role group");
