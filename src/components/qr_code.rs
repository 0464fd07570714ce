//! A QR code of a link, drawn by the app as SVG (no outside service sees the link).

use yew::prelude::*;

use crate::domain::instrument::Lang;
use crate::i18n::ui;
use crate::qr::{Ecc, QrCode};

/// The quiet zone around the code, in modules, as the standard asks.
const BORDER: usize = 4;

/// The QR code of `url`, or a sentence saying the link is too long for one. Medium error
/// correction where it fits, low where only that fits.
pub fn qr_code(lang: Lang, url: &str) -> Html {
    let code =
        QrCode::encode(url.as_bytes(), Ecc::M).or_else(|| QrCode::encode(url.as_bytes(), Ecc::L));
    match code {
        Some(code) => {
            let side = (code.size() + 2 * BORDER).to_string();
            html! {
                <svg class="qr" viewBox={format!("0 0 {side} {side}")} role="img"
                    aria-label={ui::QR_LABEL.get(lang)} shape-rendering="crispEdges">
                    <rect class="qr-light" width={side.clone()} height={side} />
                    <path class="qr-dark" d={code.svg_path(BORDER)} />
                </svg>
            }
        }
        None => html! { <p class="hint">{ ui::QR_TOO_LONG.get(lang) }</p> },
    }
}
