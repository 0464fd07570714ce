//! Print, the team link with copy and QR code, and the CSV exports: all of them counts, and
//! only from 3 participants (below, why not). Before them, the differencing warning where a
//! result shared earlier could differ from this one by one or two people.

use yew::prelude::*;

use crate::components::copy_feedback::CopyFeedbackLine;
use crate::components::link_field::LinkField;
use crate::components::qr_code::QrCode;
use crate::components::share_panel::copy_callback;
use crate::domain::csv::Dialect;
use crate::domain::instrument::Lang;
use crate::domain::link::MIN_TEAM_COUNTS;
use crate::i18n::{ui, Text};
use crate::platform;
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
    /// How many took part: below 3, nothing is offered, and the part says why.
    pub participants: u32,
    /// This team and one shared earlier (or compared with) could differ by 1 or 2 people.
    #[prop_or_default]
    pub differencing: bool,
    /// The team link; `None` when the team cannot be put in one.
    pub url: Option<AttrValue>,
    /// The CSV files, a `data:` URI each: answers and summary in each dialect.
    pub files: Vec<CsvFile>,
    pub feedback: Option<CopyFeedback>,
    pub on_copied: Callback<CopyFeedback>,
    /// The team link was copied, a CSV file downloaded or the report printed: the team result
    /// left the browser.
    pub on_shared: Callback<()>,
}

#[function_component(TeamShare)]
pub fn team_share(props: &TeamShareProps) -> Html {
    let lang = props.lang;
    let field = use_node_ref();
    if (props.participants as usize) < MIN_TEAM_COUNTS {
        return html! {
            <section class="share" aria-labelledby="team-share">
                <h2 id="team-share">{ ui::TEAM_SHARE_HEADING.get(lang) }</h2>
                <p>{ ui::TOO_FEW_TO_SHARE.get(lang) }</p>
            </section>
        };
    }
    let on_print = props.on_shared.reform(|_: MouseEvent| platform::print());
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
            if props.differencing {
                <p class="warning no-print" id="differencing">{ ui::DIFFERENCING_WARNING.get(lang) }</p>
            }
            <div class="actions no-print">
                <button type="button" class="secondary" onclick={on_print}>
                    { ui::PRINT_REPORT.get(lang) }
                </button>
            </div>
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
                                <a class="button secondary" download={file.file_name} href={file.href.clone()}
                                    onclick={props.on_shared.reform(|_: MouseEvent| ())}>
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
