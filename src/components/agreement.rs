//! A dimension's agreement: what the team agrees, who takes it up and by when. Shown as text
//! (always in `<bdi>`, so right-to-left text stays in its place), and typed into three
//! controlled fields where the facilitator can change it (what is agreed in a text area that
//! wraps, with a live count). One component for each, in the team
//! view, on the presenter's slides and in print; [`AgreementLayout`] says which.

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::domain::agreement::{one_line, Agreement, AgreementField, Room};
use crate::domain::instrument::Lang;
use crate::i18n::{agreement_problem, room_left, ui, Text};
use crate::slides::shows_as_text;

/// Where an agreement is drawn.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum AgreementLayout {
    /// The team view and its printed report: the fields in a fieldset with a legend, labels
    /// with their hints, a printed copy as text; as text on one line.
    #[default]
    Page,
    /// A presenter's slide: three fields side by side under short labels, read from the back
    /// of a room; as text with each part labelled in full.
    Slide,
}

#[derive(Properties, PartialEq)]
pub struct AgreementTextProps {
    pub lang: Lang,
    pub agreement: Agreement,
    /// The words in front of the agreement ("Afspraak", or "Afspraak van de andere meting").
    #[prop_or(ui::AGREEMENT)]
    pub label: Text,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub layout: AgreementLayout,
}

/// The agreement as text; nothing when what was agreed is empty.
#[function_component(AgreementText)]
pub fn agreement_text(props: &AgreementTextProps) -> Html {
    let lang = props.lang;
    // Who or when without what is no agreement yet (the form says so).
    if !shows_as_text(&props.agreement) {
        return Html::default();
    }
    let a = props.agreement.trimmed();
    match props.layout {
        AgreementLayout::Page => {
            let part = |label: Text, text: String| {
                (!text.is_empty()).then(
                    || html! { <>{ format!(" · {}: ", label.get(lang)) }<bdi>{ text }</bdi></> },
                )
            };
            html! {
                <p class={classes!("agreement", props.class.clone())}>
                    <b>{ format!("{}: ", props.label.get(lang)) }</b><bdi>{ a.text }</bdi>
                    { part(ui::AGREEMENT_OWNER, a.owner) }
                    { part(ui::AGREEMENT_DUE, a.due) }
                </p>
            }
        }
        AgreementLayout::Slide => {
            let part = |label: Text, text: String| {
                (!text.is_empty()).then(|| {
                    html! { <span class="agreement-part">{ format!("{}: ", label.get(lang)) }<bdi>{ text }</bdi></span> }
                })
            };
            html! {
                <p class={classes!("agreement-text", props.class.clone())}>
                    { part(props.label, a.text) }
                    { part(ui::AGREEMENT_OWNER_LABEL, a.owner) }
                    { part(ui::AGREEMENT_DUE_LABEL, a.due) }
                </p>
            }
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct AgreementFormProps {
    pub lang: Lang,
    /// The dimension's id (1-14): names the fields.
    pub dimension: u8,
    pub agreement: Agreement,
    pub on_change: Callback<(AgreementField, String)>,
    #[prop_or_default]
    pub layout: AgreementLayout,
}

/// The label of a field, and on the page its hint.
fn label(layout: AgreementLayout, field: AgreementField) -> (Text, Option<Text>) {
    match (layout, field) {
        (AgreementLayout::Page, AgreementField::Text) => (ui::AGREEMENT_TEXT_LABEL, None),
        (AgreementLayout::Slide, AgreementField::Text) => (ui::AGREEMENT, None),
        (AgreementLayout::Page, AgreementField::Owner) => {
            (ui::AGREEMENT_OWNER_LABEL, Some(ui::AGREEMENT_OWNER_HINT))
        }
        (AgreementLayout::Page, AgreementField::Due) => {
            (ui::AGREEMENT_DUE_LABEL, Some(ui::AGREEMENT_DUE_HINT))
        }
        (AgreementLayout::Slide, AgreementField::Owner) => (ui::AGREEMENT_OWNER_LABEL, None),
        (AgreementLayout::Slide, AgreementField::Due) => (ui::AGREEMENT_DUE_LABEL, None),
    }
}

/// Keeps a typed line break out of what is agreed: Enter types none (the domain refuses line
/// breaks, [`one_line`]), unless an input method is composing, where Enter chooses.
fn no_line_break(e: KeyboardEvent) {
    if e.key() == "Enter" && !e.is_composing() {
        e.prevent_default();
    }
}

/// What was typed into a field; in what is agreed, a pasted line break becomes a space in the
/// field itself, the caret kept in its place (the reducer does the same to what it keeps).
fn typed(e: InputEvent, field: AgreementField) -> String {
    if field != AgreementField::Text {
        return e.target_unchecked_into::<HtmlInputElement>().value();
    }
    let area = e.target_unchecked_into::<HtmlTextAreaElement>();
    let value = area.value();
    let text = one_line(&value);
    if text != value {
        // One UTF-16 unit for one (see `one_line`): the caret's offset still holds.
        let caret = area.selection_start().ok().flatten();
        area.set_value(&text);
        if let Some(caret) = caret {
            let _ = area.set_selection_range(caret, caret);
        }
    }
    text
}

/// The three fields of an agreement, kept as typed; a message at the fields says when the
/// team link cannot carry it as it stands. What is agreed wraps over lines as it is typed,
/// with a live count of its characters as the link counts them ("87 / 140"), which says how
/// many are left from 20 before the limit and how many too many past it, politely. In the
/// team view it is printed as text.
#[function_component(AgreementForm)]
pub fn agreement_form(props: &AgreementFormProps) -> Html {
    let lang = props.lang;
    let layout = props.layout;
    let id = format!("agreement-{}", props.dimension);
    let problem_id = format!("{id}-problem");
    let count_id = format!("{id}-count");
    let problem = props.agreement.problem();
    let field = |field: AgreementField, suffix: &str| {
        let input_id = format!("{id}{suffix}");
        let oninput = props
            .on_change
            .reform(move |e: InputEvent| (field, typed(e, field)));
        let invalid = problem.is_some_and(|p| p.field() == field);
        let (label, hint) = label(layout, field);
        let short = layout == AgreementLayout::Page && field != AgreementField::Text;
        let value = props.agreement.field(field).to_owned();
        let problem_id = invalid.then(|| problem_id.clone());
        let control = if field == AgreementField::Text {
            let chars = props.agreement.chars(field);
            let room = field.room(chars);
            let class = match room {
                Room::Plenty => "char-count",
                Room::Left(_) => "char-count near",
                Room::Over(_) => "char-count over",
            };
            html! {
                <>
                    <textarea id={input_id.clone()} class="agreement-what" rows="2" autocomplete="off"
                        dir="auto" {value} {oninput} onkeydown={no_line_break}
                        aria-invalid={invalid.then_some("true")}
                        aria-describedby={match problem_id {
                            Some(problem_id) => format!("{count_id} {problem_id}"),
                            None => count_id.clone(),
                        }} />
                    <p id={count_id.clone()} {class}>
                        { format!("{chars} / {}", field.max_chars()) }
                        <span aria-live="polite">{ room_left(lang, room) }</span>
                    </p>
                </>
            }
        } else {
            html! {
                <input id={input_id.clone()} type="text" autocomplete="off" dir="auto"
                    maxlength={field.max_chars().to_string()} {value} {oninput}
                    aria-invalid={invalid.then_some("true")} aria-describedby={problem_id} />
            }
        };
        html! {
            <div class={classes!("field", short.then_some("short"))}>
                <label for={input_id}>
                    { label.get(lang) }
                    if let Some(hint) = hint { { " " }{ hint.get(lang) } }
                </label>
                { control }
            </div>
        }
    };
    // Always a node in the same place (an empty one without a problem): yew matches unkeyed
    // children from the end, so a message that came and went as a missing node would shift
    // the fields before it onto other elements, and the field being typed in lost the focus
    // after the first key (typing who before what).
    let message = html! {
        if let Some(problem) = problem {
            <p id={problem_id.clone()} class="error-message" role="alert">
                { agreement_problem(&problem).get(lang) }
            </p>
        }
    };
    match layout {
        AgreementLayout::Page => html! {
            <>
                <fieldset class="agreement-form no-print">
                    <legend>{ ui::AGREEMENT.get(lang) }</legend>
                    { field(AgreementField::Text, "") }
                    <div class="agreement-who">
                        { field(AgreementField::Owner, "-owner") }
                        { field(AgreementField::Due, "-due") }
                    </div>
                    { message }
                </fieldset>
                <AgreementText {lang} agreement={props.agreement.clone()} class="print-only" />
            </>
        },
        AgreementLayout::Slide => html! {
            <div class="agreement-fields">
                { field(AgreementField::Text, "") }
                { field(AgreementField::Owner, "-owner") }
                { field(AgreementField::Due, "-due") }
                { message }
            </div>
        },
    }
}
