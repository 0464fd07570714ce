//! index.html shows the welcome screen's first texts before the WebAssembly loads. They must be
//! exactly what the app renders, or the page changes (and shifts) when the app takes over.

use samenwerkingsscan::i18n::{copy, ui};

/// Text escaped as HTML writes it, for comparing with index.html.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

#[test]
fn index_html_has_the_apps_dutch_first_screen() {
    let html = include_str!("../index.html");
    for (class, text) in [
        ("<h1 tabindex=\"-1\">", copy::WELCOME_TITLE.nl),
        ("<p class=\"lead\">", copy::WELCOME_INTRO.nl),
        ("<p>", copy::WELCOME_DURATION.nl),
        ("<p class=\"privacy\">", copy::PRIVACY_LINE.nl),
    ] {
        let expected = format!("{class}{}", escaped(text));
        assert!(html.contains(&expected), "index.html lacks {expected:?}");
    }
    assert!(html.contains("<html lang=\"nl\">"));
}

/// A link shows the top of its screen from one of index.html's templates before the WebAssembly
/// loads (`first-r`: a shared result, `first-w`: a workshop invitation, `first-t`: a team
/// result); each must start as the app's page does.
#[test]
fn index_html_has_the_first_screens_of_links() {
    let html = include_str!("../index.html");
    let template = |id: &str| {
        let open = format!("<template id=\"{id}\">");
        html.split(open.as_str())
            .nth(1)
            .and_then(|rest| rest.split("</template>").next())
            .unwrap_or_else(|| panic!("index.html has no template {id}"))
    };
    let shared = format!(
        "<section class=\"results shared\"><h1 tabindex=\"-1\">{}</h1><p class=\"notice-plain\">{}</p>",
        escaped(ui::SHARED_TITLE.nl),
        escaped(ui::SHARED_INTRO.nl)
    );
    let join = format!(
        "<section class=\"join\"><h1 tabindex=\"-1\">{}</h1>",
        escaped(ui::JOIN_TITLE.nl)
    );
    let team = format!(
        "<section class=\"team\"><h1 tabindex=\"-1\">{}</h1>",
        escaped(ui::TEAM_TITLE.nl)
    );
    for (id, expected) in [("first-r", shared), ("first-w", join), ("first-t", team)] {
        assert!(
            template(id).starts_with(&expected),
            "template {id} is not the start of the app's screen: {}",
            template(id)
        );
    }
    // Version 2 exists for team links only (a team link with its agreements).
    assert!(html.contains("/^#v(?:1([rwt])|[23](t))/.exec(location.hash)"));
}
