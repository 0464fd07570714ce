//! Browser tests: run by `cargo test --target wasm32-unknown-unknown` in headless Chromium
//! (wasm-bindgen-test-runner, see .cargo/config.toml and scripts/webdriver.json).
//!
//! These check what only a real browser can: the crate's data rendered into a live DOM.
//! Everything pure is tested natively with `cargo test`.
#![cfg(target_arch = "wasm32")]

use samenwerkingsscan::domain::instrument::{Lang, DIMENSIONS, DIMENSION_COUNT};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .expect("a browser window")
        .document()
        .expect("a document")
}

#[wasm_bindgen_test]
fn runs_in_a_browser_with_a_dom() {
    let window = web_sys::window().expect("a browser window");
    let navigator = js_sys::Reflect::get(&window, &"navigator".into()).expect("navigator");
    let user_agent = js_sys::Reflect::get(&navigator, &"userAgent".into())
        .ok()
        .and_then(|ua| ua.as_string())
        .unwrap_or_default();
    assert!(
        user_agent.contains("Chrome"),
        "expected Chromium, got {user_agent}"
    );
    assert!(document().body().is_some(), "the document has a body");
}

#[wasm_bindgen_test]
fn the_14_dimensions_render_into_the_dom_in_both_languages() {
    assert_eq!(DIMENSIONS.len(), DIMENSION_COUNT);
    assert_eq!(DIMENSION_COUNT, 14);

    let document = document();
    let body = document.body().expect("a body");
    for lang in [Lang::Nl, Lang::En] {
        let list = document.create_element("ol").expect("create <ol>");
        list.set_attribute("lang", lang.code()).expect("set lang");
        for dimension in &DIMENSIONS {
            let item = document.create_element("li").expect("create <li>");
            item.set_text_content(Some(dimension.name.get(lang)));
            list.append_child(&item).expect("append <li>");
        }
        body.append_child(&list).expect("append <ol>");

        assert_eq!(
            list.child_element_count(),
            14,
            "{lang:?}: one <li> per dimension"
        );
        let first = list
            .first_element_child()
            .and_then(|li| li.text_content())
            .unwrap_or_default();
        let last = list
            .last_element_child()
            .and_then(|li| li.text_content())
            .unwrap_or_default();
        match lang {
            Lang::Nl => {
                assert_eq!(first, "Systemen");
                assert_eq!(last, "Betrokkenheid andere stakeholders");
            }
            Lang::En => {
                assert_eq!(first, "Systems");
                assert_eq!(last, "Involvement of other stakeholders");
            }
        }
        // Every name is non-empty text the browser lays out (it has a rendered box).
        let html_list: &web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_ref(&list);
        assert!(html_list.offset_height() > 0, "{lang:?}: list is laid out");
        body.remove_child(&list).expect("remove <ol>");
    }
}
