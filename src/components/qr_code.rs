//! A QR code of a link, drawn by the app as SVG (no outside service sees the link).

use crate::domain::instrument::Lang;
use crate::i18n::ui;
use crate::markup::Markup;
use crate::qr::{Ecc, QrCode};

/// The quiet zone around the code, in modules, as the standard asks.
const BORDER: usize = 4;

/// The QR code of `url`, or a sentence saying the link is too long for one. Medium error
/// correction where it fits, low where only that fits.
pub fn qr_code(m: &mut Markup, lang: Lang, url: &str) {
    let code =
        QrCode::encode(url.as_bytes(), Ecc::M).or_else(|| QrCode::encode(url.as_bytes(), Ecc::L));
    let Some(code) = code else {
        m.tag("<p class=\"hint\">")
            .say(&ui::QR_TOO_LONG, lang)
            .tag("</p>");
        return;
    };
    let side = (code.size() + 2 * BORDER) as u32;
    m.tag("<svg class=\"qr\" role=\"img\" shape-rendering=\"crispEdges\" aria-label=\"")
        .say(&ui::QR_LABEL, lang)
        .tag("\" viewBox=\"0 0 ")
        .num(side)
        .tag(" ")
        .num(side)
        .tag("\"><rect class=\"qr-light\" width=\"")
        .num(side)
        .tag("\" height=\"")
        .num(side)
        .tag("\"/><path class=\"qr-dark\" d=\"")
        // The path has only M, h, v, z, digits, commas and minus signs; escaped all the same.
        .text(&code.svg_path(BORDER))
        .tag("\"/></svg>");
}
