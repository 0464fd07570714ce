//! index.html shows the welcome screen's first texts before the WebAssembly loads. They must be
//! exactly what the app renders, or the page changes (and shifts) when the app takes over.

use samenwerkingsscan::i18n::{copy, ui};
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

/// A results link (`#v1r…`) shows the shared result's heading and notice from index.html's
/// template before the WebAssembly loads; they must be what `pages::shared` renders.
#[test]
fn index_html_has_the_shared_results_first_screen() {
    let html = include_str!("../index.html");
    let template = html
        .split("<template id=\"shared-first-screen\">")
        .nth(1)
        .and_then(|rest| rest.split("</template>").next())
        .expect("index.html has the shared-first-screen template");
    let mut expected = Markup::new();
    expected
        .tag("<section class=\"results shared\"><h1 tabindex=\"-1\">")
        .text(ui::SHARED_TITLE.nl)
        .tag("</h1><p class=\"notice-plain\">")
        .text(ui::SHARED_INTRO.nl)
        .tag("</p>");
    assert!(
        template.starts_with(expected.as_str()),
        "the template is not the app's shared screen: {template}"
    );
    assert!(html.contains("if(/^#v1r/.test(location.hash))"));
}
