//! The team link with copy and QR code, and the CSV exports.

use yew::prelude::*;

use crate::components::copy_feedback::CopyFeedbackLine;
use crate::components::link_field::LinkField;
use crate::components::qr_code::QrCode;
use crate::components::share_panel::copy_callback;
use crate::domain::instrument::Lang;
use crate::i18n::ui;
use crate::state::CopyFeedback;

#[derive(Properties, PartialEq)]
pub struct TeamShareProps {
    pub lang: Lang,
    /// The team link; `None` when the team cannot be put in one.
    pub url: Option<AttrValue>,
    /// `data:` URIs of the answers and the summary CSV files.
    pub answers_csv: AttrValue,
    pub summary_csv: AttrValue,
    pub feedback: Option<CopyFeedback>,
    pub on_copied: Callback<CopyFeedback>,
}

#[function_component(TeamShare)]
pub fn team_share(props: &TeamShareProps) -> Html {
    let lang = props.lang;
    let field = use_node_ref();
    let link = props.url.as_ref().map(|url| {
        let on_copy = copy_callback(url.clone(), field.clone(), props.on_copied.clone());
        html! {
            <>
                <p>{ ui::TEAM_SHARE_INTRO.get(lang) }</p>
                <LinkField id="team-link" label={ui::TEAM_LINK_LABEL.get(lang)} url={url.clone()} field_ref={field.clone()} />
                <div class="share-buttons no-print">
                    <button type="button" class="primary" onclick={on_copy}>{ ui::COPY.get(lang) }</button>
                </div>
                <CopyFeedbackLine {lang} feedback={props.feedback} />
                <QrCode {lang} url={url.clone()} />
            </>
        }
    });
    html! {
        <section class="share" aria-labelledby="team-share">
            <h2 id="team-share">{ ui::TEAM_SHARE_HEADING.get(lang) }</h2>
            { link }
            <p class="downloads no-print">
                <a class="button secondary" download="team-antwoorden.csv" href={props.answers_csv.clone()}>
                    { ui::CSV_ANSWERS.get(lang) }
                </a>
                { " " }
                <a class="button secondary" download="team-samenvatting.csv" href={props.summary_csv.clone()}>
                    { ui::CSV_SUMMARY.get(lang) }
                </a>
            </p>
        </section>
    }
}
