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
    let mut shared = Markup::new();
    shared
        .tag("<section class=\"results shared\"><h1 tabindex=\"-1\">")
        .text(ui::SHARED_TITLE.nl)
        .tag("</h1><p class=\"notice-plain\">")
        .text(ui::SHARED_INTRO.nl)
        .tag("</p>");
    let mut join = Markup::new();
    join.tag("<section class=\"join\"><h1 tabindex=\"-1\">")
        .text(ui::JOIN_TITLE.nl)
        .tag("</h1>");
    let mut team = Markup::new();
    team.tag("<section class=\"team\"><h1 tabindex=\"-1\">")
        .text(ui::TEAM_TITLE.nl)
        .tag("</h1>");
    for (id, expected) in [("first-r", shared), ("first-w", join), ("first-t", team)] {
        assert!(
            template(id).starts_with(expected.as_str()),
            "template {id} is not the start of the app's screen: {}",
            template(id)
        );
    }
    assert!(html.contains("/^#v1([rwt])/.exec(location.hash)"));
}
