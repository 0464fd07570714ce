//! A dimension's agreement: what the team agrees, who takes it up and by when. Shown as text
//! (always in `<bdi>`, so right-to-left text stays in its place), and typed into three
//! controlled fields where the facilitator can change it.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::domain::agreement::{Agreement, AgreementField};
use crate::domain::instrument::Lang;
use crate::i18n::{agreement_problem, ui};

#[derive(Properties, PartialEq)]
pub struct AgreementTextProps {
    pub lang: Lang,
    pub agreement: Agreement,
    /// The words in front of the agreement ("Afspraak", or "Afspraak van de andere meting").
    #[prop_or(ui::AGREEMENT)]
    pub label: crate::i18n::Text,
    #[prop_or_default]
    pub class: Classes,
}

/// The agreement as one line of text; nothing when what was agreed is empty.
#[function_component(AgreementText)]
pub fn agreement_text(props: &AgreementTextProps) -> Html {
    let lang = props.lang;
    let a = props.agreement.trimmed();
    // Who or when without what is no agreement yet (the form says so).
    if a.text.is_empty() {
        return Html::default();
    }
    let part = |label: crate::i18n::Text, text: String| {
        (!text.is_empty())
            .then(|| html! { <>{ format!(" · {}: ", label.get(lang)) }<bdi>{ text }</bdi></> })
    };
    html! {
        <p class={classes!("agreement", props.class.clone())}>
            <b>{ format!("{}: ", props.label.get(lang)) }</b><bdi>{ a.text }</bdi>
            { part(ui::AGREEMENT_OWNER, a.owner) }
            { part(ui::AGREEMENT_DUE, a.due) }
        </p>
    }
}

#[derive(Properties, PartialEq)]
pub struct AgreementFormProps {
    pub lang: Lang,
    /// The dimension's id (1-14): names the fields.
    pub dimension: u8,
    pub agreement: Agreement,
    pub on_change: Callback<(AgreementField, String)>,
}

/// The three fields of an agreement, kept as typed; a message says when the team link cannot
/// carry it as it stands. Printed as text.
#[function_component(AgreementForm)]
pub fn agreement_form(props: &AgreementFormProps) -> Html {
    let lang = props.lang;
    let id = format!("agreement-{}", props.dimension);
    let problem_id = format!("{id}-problem");
    let problem = props.agreement.problem();
    let field = |field: AgreementField, label: crate::i18n::Text, suffix: &str| {
        let input_id = format!("{id}{suffix}");
        let oninput = props.on_change.reform(move |e: InputEvent| {
            (field, e.target_unchecked_into::<HtmlInputElement>().value())
        });
        let invalid = problem.is_some_and(|p| p.field() == field);
        html! {
            <div class={classes!("field", (field != AgreementField::Text).then_some("short"))}>
                <label for={input_id.clone()}>{ label.get(lang) }</label>
                <input id={input_id} type="text" autocomplete="off" dir="auto"
                    maxlength={field.max_chars().to_string()}
                    value={props.agreement.field(field).to_owned()} {oninput}
                    aria-invalid={invalid.then_some("true")}
                    aria-describedby={invalid.then(|| problem_id.clone())} />
            </div>
        }
    };
    html! {
        <>
            <fieldset class="agreement-form no-print">
                <legend>{ ui::AGREEMENT.get(lang) }</legend>
                { field(AgreementField::Text, ui::AGREEMENT_TEXT_LABEL, "") }
                <div class="agreement-who">
                    { field(AgreementField::Owner, ui::AGREEMENT_OWNER_LABEL, "-owner") }
                    { field(AgreementField::Due, ui::AGREEMENT_DUE_LABEL, "-due") }
                </div>
                if let Some(problem) = problem {
                    <p id={problem_id.clone()} class="error-message" role="alert">
                        { agreement_problem(&problem).get(lang) }
                    </p>
                }
            </fieldset>
            <AgreementText {lang} agreement={props.agreement.clone()} class="print-only" />
        </>
    }
}
