//! index.html shows the welcome screen's first texts before the WebAssembly loads. They must be
//! exactly what the app renders, or the page changes (and shifts) when the app takes over.

use samenwerkingsscan::i18n::copy;
use samenwerkingsscan::markup::Markup;

#[test]
fn index_html_has_the_apps_dutch_first_screen() {
    let html = include_str!("../index.html");
    for (class, text) in [
        ("<h1 tabindex=\"-1\">", copy::WELCOME_TITLE.nl),
        ("<p class=\"lead\">", copy::WELCOME_INTRO.nl),
        ("<p>", copy::WELCOME_DURATION.nl),
        ("<p class=\"privacy\">", copy::PRIVACY_LINE.nl),
    ] {
        let mut expected = Markup::new();
        expected.tag(class).text(text);
        assert!(
            html.contains(expected.as_str()),
            "index.html lacks {:?}",
            expected.as_str()
        );
    }
    assert!(html.contains("<html lang=\"nl\">"));
}
