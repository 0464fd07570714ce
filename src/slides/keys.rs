//! What a key pressed on the slides does (see [`super::Deck::key`]).

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
