//! The team link with copy and QR code, and the CSV exports.

use yew::prelude::*;

use crate::components::copy_feedback::CopyFeedbackLine;
use crate::components::link_field::LinkField;
use crate::components::qr_code::QrCode;
use crate::components::share_panel::copy_callback;
use crate::domain::csv::Dialect;
use crate::domain::instrument::Lang;
use crate::i18n::{ui, Text};
use crate::state::CopyFeedback;

/// One CSV file to download.
#[derive(Clone, PartialEq)]
pub struct CsvFile {
    pub dialect: Dialect,
    pub label: Text,
    pub file_name: &'static str,
    pub href: AttrValue,
}

#[derive(Properties, PartialEq)]
pub struct TeamShareProps {
    pub lang: Lang,
    /// The team link; `None` when the team cannot be put in one.
    pub url: Option<AttrValue>,
    /// The CSV files, a `data:` URI each: answers and summary in each dialect.
    pub files: Vec<CsvFile>,
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
                    <button type="button" class="primary" onclick={on_copy}>{ ui::COPY_TEAM_LINK.get(lang) }</button>
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
            // Which file is for what: a double-click in a Dutch spreadsheet, or a script.
            { for Dialect::ALL.into_iter().map(|dialect| html! {
                <div class="downloads no-print">
                    <p>{ match dialect {
                        Dialect::Excel => ui::CSV_EXCEL.get(lang),
                        Dialect::Rfc4180 => ui::CSV_RFC4180.get(lang),
                    } }</p>
                    <p>
                        { for props.files.iter().filter(|f| f.dialect == dialect).map(|file| html! {
                            <>
                                <a class="button secondary" download={file.file_name} href={file.href.clone()}>
                                    { file.label.get(lang) }
                                </a>
                                { " " }
                            </>
                        }) }
                    </p>
                </div>
            }) }
        </section>
    }
}
