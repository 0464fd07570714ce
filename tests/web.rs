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

// The components in a live DOM: rendered with yew's renderer into a fresh element, driven by
// real clicks, and read back from the DOM. `yew::scheduler::flush` waits for yew's render.

mod components {
    use std::cell::RefCell;
    use std::rc::Rc;

    use samenwerkingsscan::components::confirm_button::ConfirmButton;
    use samenwerkingsscan::components::invitation_form::InvitationForm;
    use samenwerkingsscan::components::scale::{Scale, ScaleProps};
    use samenwerkingsscan::domain::instrument::{Answer, Lang, Position};
    use samenwerkingsscan::domain::response::Horizon;
    use samenwerkingsscan::domain::response::TeamNameError;
    use samenwerkingsscan::i18n::ui;
    use samenwerkingsscan::state::facilitator::WorkshopForm;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_test::wasm_bindgen_test;
    use yew::prelude::*;

    fn mount() -> web_sys::Element {
        let document = super::document();
        let root = document.create_element("div").expect("a div");
        document
            .body()
            .expect("a body")
            .append_child(&root)
            .expect("append");
        root
    }

    fn element<T: JsCast>(root: &web_sys::Element, selector: &str) -> T {
        root.query_selector(selector)
            .expect("a valid selector")
            .unwrap_or_else(|| panic!("no {selector}"))
            .dyn_into::<T>()
            .unwrap_or_else(|_| panic!("{selector} of another type"))
    }

    fn active_text() -> String {
        super::document()
            .active_element()
            .and_then(|e| e.text_content())
            .unwrap_or_default()
    }

    #[wasm_bindgen_test]
    async fn a_scale_shows_the_answer_it_is_given_and_reports_a_click() {
        let root = mount();
        let chosen = Rc::new(RefCell::new(Vec::new()));
        let on_answer = {
            let chosen = chosen.clone();
            Callback::from(move |answer| chosen.borrow_mut().push(answer))
        };
        let props = ScaleProps {
            horizon: Horizon::Now,
            dimension_id: 4,
            legend: "Hoe werken jullie nu?",
            low: "laag",
            high: "hoog",
            dont_know: "Weet ik niet",
            answer: Some(Answer::Position(Position::new(3).unwrap())),
            on_answer,
        };
        yew::Renderer::<Scale>::with_root_and_props(root.clone(), props).render();
        yew::scheduler::flush().await;
        let checked: Vec<String> = (0..=5)
            .filter(|code| {
                element::<web_sys::HtmlInputElement>(&root, &format!("#now-4-{code}")).checked()
            })
            .map(|code| code.to_string())
            .collect();
        assert_eq!(checked, ["3"], "only the given answer is checked");
        element::<web_sys::HtmlElement>(&root, "label[for=now-4-5]").click();
        element::<web_sys::HtmlElement>(&root, "label[for=now-4-0]").click();
        assert_eq!(
            *chosen.borrow(),
            [
                Answer::Position(Position::new(5).unwrap()),
                Answer::DontKnow
            ]
        );
        root.remove();
    }

    #[function_component(ConfirmHost)]
    fn confirm_host() -> Html {
        let open = use_state(|| false);
        let set = |value: bool| {
            let open = open.clone();
            Callback::from(move |()| open.set(value))
        };
        html! {
            <ConfirmButton lang={Lang::Nl} label={ui::START_OVER} question={ui::CONFIRM_START_OVER}
                open={*open} on_ask={set(true)} on_yes={set(false)} on_cancel={set(false)} />
        }
    }

    #[wasm_bindgen_test]
    async fn a_question_takes_the_focus_to_no_and_back_to_the_button_that_asked() {
        let root = mount();
        yew::Renderer::<ConfirmHost>::with_root(root.clone()).render();
        yew::scheduler::flush().await;
        element::<web_sys::HtmlElement>(&root, "button").click();
        yew::scheduler::flush().await;
        assert!(root.query_selector("[role=alertdialog]").unwrap().is_some());
        assert_eq!(active_text(), ui::CONFIRM_NO.nl);
        element::<web_sys::HtmlElement>(&root, "button.secondary").click();
        yew::scheduler::flush().await;
        assert!(root.query_selector("[role=alertdialog]").unwrap().is_none());
        assert_eq!(active_text(), ui::START_OVER.nl);
        root.remove();
    }

    #[wasm_bindgen_test]
    async fn a_refused_team_name_is_said_at_the_field_and_kept() {
        let root = mount();
        let props = yew::props!(
            samenwerkingsscan::components::invitation_form::InvitationFormProps {
                lang: Lang::En,
                form: WorkshopForm {
                    team: "   ".into(),
                    error: Some(TeamNameError::Empty),
                    ..WorkshopForm::default()
                },
                on_edit: Callback::noop(),
                on_submit: Callback::noop(),
                team_ref: NodeRef::default(),
            }
        );
        yew::Renderer::<InvitationForm>::with_root_and_props(root.clone(), props).render();
        yew::scheduler::flush().await;
        let input = element::<web_sys::HtmlInputElement>(&root, "#workshop-team");
        assert_eq!(input.value(), "   ");
        assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
        let message_id = input.get_attribute("aria-describedby").expect("described");
        let message = element::<web_sys::Element>(&root, &format!("#{message_id}"));
        assert_eq!(message.get_attribute("role").as_deref(), Some("alert"));
        assert_eq!(
            message.text_content().as_deref(),
            Some("Give the team a name.")
        );
        root.remove();
    }

    #[wasm_bindgen_test]
    async fn an_agreement_is_typed_as_it_is_given_and_shown_as_text() {
        use samenwerkingsscan::components::agreement::{
            AgreementForm, AgreementFormProps, AgreementText, AgreementTextProps,
        };
        use samenwerkingsscan::domain::agreement::{Agreement, AgreementField};

        let hostile = Agreement {
            text: "<b>één</b> שלום 👩‍👩‍👧".into(),
            owner: "Fatima".into(),
            due: String::new(),
        };
        let root = mount();
        let typed = Rc::new(RefCell::new(Vec::new()));
        let on_change = {
            let typed = typed.clone();
            Callback::from(move |edit| typed.borrow_mut().push(edit))
        };
        let props = AgreementFormProps {
            lang: Lang::Nl,
            dimension: 8,
            agreement: hostile.clone(),
            on_change,
        };
        yew::Renderer::<AgreementForm>::with_root_and_props(root.clone(), props).render();
        yew::scheduler::flush().await;
        let text = element::<web_sys::HtmlInputElement>(&root, "#agreement-8");
        assert_eq!(text.value(), hostile.text);
        assert_eq!(text.max_length(), 140);
        assert_eq!(
            element::<web_sys::HtmlInputElement>(&root, "#agreement-8-owner").max_length(),
            40
        );
        assert!(root.query_selector("[role=alert]").unwrap().is_none());
        assert!(
            root.query_selector("bdi b").unwrap().is_none(),
            "the markup is text"
        );
        // Typing reports the field and its whole text.
        let due = element::<web_sys::HtmlInputElement>(&root, "#agreement-8-due");
        due.set_value("Q3");
        due.dispatch_event(&web_sys::InputEvent::new("input").unwrap())
            .unwrap();
        assert_eq!(*typed.borrow(), [(AgreementField::Due, "Q3".to_owned())]);
        root.remove();

        // Who without what: said at the field that needs it.
        let root = mount();
        let props = AgreementFormProps {
            lang: Lang::En,
            dimension: 2,
            agreement: Agreement {
                owner: "Piet".into(),
                ..Agreement::default()
            },
            on_change: Callback::noop(),
        };
        yew::Renderer::<AgreementForm>::with_root_and_props(root.clone(), props).render();
        yew::scheduler::flush().await;
        let text = element::<web_sys::HtmlInputElement>(&root, "#agreement-2");
        assert_eq!(text.get_attribute("aria-invalid").as_deref(), Some("true"));
        assert_eq!(
            text.get_attribute("aria-describedby").as_deref(),
            Some("agreement-2-problem")
        );
        assert_eq!(
            element::<web_sys::Element>(&root, "#agreement-2-problem")
                .text_content()
                .as_deref(),
            Some(ui::AGREEMENT_NO_TEXT.en)
        );
        root.remove();

        // As text: each part in its own <bdi>, trimmed, markup as text.
        let root = mount();
        let props = AgreementTextProps {
            lang: Lang::En,
            agreement: Agreement {
                text: format!("  {}  ", hostile.text),
                ..hostile.clone()
            },
            label: ui::AGREEMENT,
            class: Classes::new(),
        };
        yew::Renderer::<AgreementText>::with_root_and_props(root.clone(), props).render();
        yew::scheduler::flush().await;
        let parts: Vec<String> = (0..2)
            .map(|i| {
                element::<web_sys::Element>(&root, &format!("bdi:nth-of-type({})", i + 1))
                    .text_content()
                    .unwrap_or_default()
            })
            .collect();
        assert_eq!(parts, [hostile.text.clone(), "Fatima".to_owned()]);
        assert!(root.query_selector("p.agreement > b").unwrap().is_some());
        root.remove();
    }
}
