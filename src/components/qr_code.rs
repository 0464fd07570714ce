//! A QR code of a link, drawn by the app as SVG (no outside service sees the link), or a
//! sentence saying the link is too long for one.

use yew::prelude::*;

use crate::domain::instrument::Lang;
use crate::i18n::ui;
use crate::qr::{Ecc, QrCode as Code};

/// The quiet zone around the code, in modules, as the standard asks.
const BORDER: usize = 4;

#[derive(Properties, PartialEq)]
pub struct QrCodeProps {
    pub lang: Lang,
    pub url: AttrValue,
}

/// The side in modules and the path of the dark modules: medium error correction where it
/// fits, low where only that fits.
fn drawing(url: &str) -> Option<(usize, String)> {
    let code =
        Code::encode(url.as_bytes(), Ecc::M).or_else(|| Code::encode(url.as_bytes(), Ecc::L))?;
    Some((code.size() + 2 * BORDER, code.svg_path(BORDER)))
}

#[function_component(QrCode)]
pub fn qr_code(props: &QrCodeProps) -> Html {
    // Encoding is the costly part: once per link, not on every render.
    let drawing = use_memo(props.url.clone(), |url| drawing(url));
    let lang = props.lang;
    match &*drawing {
        Some((side, path)) => html! {
            <svg class="qr" role="img" shape-rendering="crispEdges" aria-label={ui::QR_LABEL.get(lang)}
                viewBox={format!("0 0 {side} {side}")}>
                <rect class="qr-light" width={side.to_string()} height={side.to_string()} />
                <path class="qr-dark" d={path.clone()} />
            </svg>
        },
        None => html! { <p class="hint">{ ui::QR_TOO_LONG.get(lang) }</p> },
    }
}
