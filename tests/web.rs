//! Browser tests: run by `cargo test --target wasm32-unknown-unknown` in headless Chromium
//! (wasm-bindgen-test-runner, see .cargo/config.toml and scripts/webdriver.json).
//!
//! These check what only a real browser can: components rendered into a live DOM, driven by
//! clicks, typing and keys, and read back. Everything pure is tested natively with `cargo test`
//! (the presenter's slide list and keys in `src/slides.rs`).
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::wasm_bindgen_test_configure;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .expect("a browser window")
        .document()
        .expect("a document")
}

// The components in a live DOM: rendered with yew's renderer into a fresh element, driven by
// real clicks, and read back from the DOM. `yew::scheduler::flush` waits for yew's render.

mod components {
    use std::cell::RefCell;
    use std::rc::Rc;

    use samenwerkingsscan::components::agreement::{
        AgreementForm, AgreementFormProps, AgreementLayout, AgreementText, AgreementTextProps,
    };
    use samenwerkingsscan::components::confirm_button::ConfirmButton;
    use samenwerkingsscan::components::invitation_form::InvitationForm;
    use samenwerkingsscan::components::scale::{Scale, ScaleProps};
    use samenwerkingsscan::domain::agreement::{Agreement, AgreementField};
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

    /// The text of every label in `root`, in document order.
    fn labels(root: &web_sys::Element) -> Vec<String> {
        let list = root.query_selector_all("label").expect("a valid selector");
        (0..list.length())
            .filter_map(|i| list.item(i))
            .map(|label| label.text_content().unwrap_or_default())
            .collect()
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
            layout: AgreementLayout::Page,
        };
        yew::Renderer::<AgreementForm>::with_root_and_props(root.clone(), props).render();
        yew::scheduler::flush().await;
        // What is agreed wraps (a text area) and is counted in characters as the link counts
        // them, not by a maxlength in UTF-16 units; its count describes it.
        let text = element::<web_sys::HtmlTextAreaElement>(&root, "#agreement-8");
        assert_eq!(text.value(), hostile.text);
        assert!(!text.has_attribute("maxlength"));
        assert_eq!(
            element::<web_sys::Element>(&root, "#agreement-8-count").text_content(),
            Some("21 / 140".into())
        );
        assert_eq!(
            element::<web_sys::HtmlInputElement>(&root, "#agreement-8-owner").max_length(),
            40
        );
        assert!(root.query_selector("[role=alert]").unwrap().is_none());
        assert_eq!(text.get_attribute("aria-invalid"), None);
        assert_eq!(
            text.get_attribute("aria-describedby").as_deref(),
            Some("agreement-8-count")
        );
        // In the team view the labels carry their hints; the fields sit in a fieldset.
        assert_eq!(
            labels(&root),
            [
                "Wat spreken jullie af? (hooguit 140 tekens)",
                "Wie pakt het op (optioneel)",
                "Wanneer (optioneel, bijv. juni of Q3)",
            ]
        );
        assert!(root
            .query_selector("fieldset.agreement-form > legend")
            .unwrap()
            .is_some());
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
        // A pasted line break is a space in the field itself and in what is reported.
        text.set_value("samen\nplannen");
        text.dispatch_event(&web_sys::InputEvent::new("input").unwrap())
            .unwrap();
        assert_eq!(text.value(), "samen plannen");
        assert_eq!(
            typed.borrow().last(),
            Some(&(AgreementField::Text, "samen plannen".to_owned()))
        );
        // Enter types no line break.
        let init = web_sys::KeyboardEventInit::new();
        init.set_key("Enter");
        init.set_bubbles(true);
        init.set_cancelable(true);
        let enter =
            web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        assert!(!text.dispatch_event(&enter).unwrap(), "Enter is prevented");
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
            layout: AgreementLayout::Page,
        };
        yew::Renderer::<AgreementForm>::with_root_and_props(root.clone(), props).render();
        yew::scheduler::flush().await;
        let text = element::<web_sys::HtmlTextAreaElement>(&root, "#agreement-2");
        assert_eq!(text.get_attribute("aria-invalid").as_deref(), Some("true"));
        assert_eq!(
            text.get_attribute("aria-describedby").as_deref(),
            Some("agreement-2-count agreement-2-problem")
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
            layout: AgreementLayout::Page,
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

    #[wasm_bindgen_test]
    async fn on_a_slide_who_without_what_is_said_at_the_field() {
        let root = mount();
        let typed = Rc::new(RefCell::new(Vec::new()));
        let on_change = {
            let typed = typed.clone();
            Callback::from(move |edit| typed.borrow_mut().push(edit))
        };
        let props = AgreementFormProps {
            lang: Lang::Nl,
            dimension: 5,
            agreement: Agreement {
                owner: "Piet".into(),
                ..Agreement::default()
            },
            on_change,
            layout: AgreementLayout::Slide,
        };
        yew::Renderer::<AgreementForm>::with_root_and_props(root.clone(), props).render();
        yew::scheduler::flush().await;
        // The slide's short labels, three fields side by side, no fieldset, no printed copy.
        assert_eq!(labels(&root), ["Afspraak", "Wie pakt het op", "Wanneer"]);
        assert!(root
            .query_selector("div.agreement-fields")
            .unwrap()
            .is_some());
        assert!(root
            .query_selector("fieldset, .print-only")
            .unwrap()
            .is_none());
        // What is missing, so what is invalid and described by the message.
        let text = element::<web_sys::HtmlTextAreaElement>(&root, "#agreement-5");
        assert_eq!(text.get_attribute("aria-invalid").as_deref(), Some("true"));
        let described = text.get_attribute("aria-describedby").expect("described");
        assert_eq!(described, "agreement-5-count agreement-5-problem");
        let message = element::<web_sys::Element>(&root, "#agreement-5-problem");
        assert_eq!(message.get_attribute("role").as_deref(), Some("alert"));
        assert_eq!(
            message.text_content().as_deref(),
            Some(ui::AGREEMENT_NO_TEXT.nl)
        );
        assert!(
            root.query_selector(".agreement-fields > #agreement-5-problem")
                .unwrap()
                .is_some(),
            "the message sits with the fields"
        );
        // Who is fine as it is.
        let owner = element::<web_sys::HtmlInputElement>(&root, "#agreement-5-owner");
        assert_eq!(owner.value(), "Piet");
        assert_eq!(owner.get_attribute("aria-invalid"), None);
        assert_eq!(owner.get_attribute("aria-describedby"), None);
        assert_eq!(owner.max_length(), 40);
        assert!(
            !text.has_attribute("maxlength"),
            "counted in characters instead"
        );
        // Typing reports the field and its whole text.
        text.set_value("Samen plannen");
        text.dispatch_event(&web_sys::InputEvent::new("input").unwrap())
            .unwrap();
        assert_eq!(
            *typed.borrow(),
            [(AgreementField::Text, "Samen plannen".to_owned())]
        );
        root.remove();

        // Too long a who, in English: the message at who, what is fine.
        let root = mount();
        let props = AgreementFormProps {
            lang: Lang::En,
            dimension: 5,
            agreement: Agreement {
                text: "Plan together".into(),
                owner: "x".repeat(41),
                due: String::new(),
            },
            on_change: Callback::noop(),
            layout: AgreementLayout::Slide,
        };
        yew::Renderer::<AgreementForm>::with_root_and_props(root.clone(), props).render();
        yew::scheduler::flush().await;
        assert_eq!(labels(&root), ["Agreement", "Who takes it up", "By when"]);
        let text = element::<web_sys::HtmlTextAreaElement>(&root, "#agreement-5");
        assert_eq!(text.get_attribute("aria-invalid"), None);
        let owner = element::<web_sys::HtmlInputElement>(&root, "#agreement-5-owner");
        assert_eq!(owner.get_attribute("aria-invalid").as_deref(), Some("true"));
        assert_eq!(
            owner.get_attribute("aria-describedby").as_deref(),
            Some("agreement-5-problem")
        );
        assert_eq!(
            element::<web_sys::Element>(&root, "#agreement-5-problem")
                .text_content()
                .as_deref(),
            Some(ui::AGREEMENT_TOO_LONG.en)
        );
        root.remove();
    }

    #[wasm_bindgen_test]
    async fn on_a_slide_an_agreement_reads_as_labelled_parts() {
        let render = |agreement: Agreement| async move {
            let root = mount();
            let props = AgreementTextProps {
                lang: Lang::Nl,
                agreement,
                label: ui::AGREEMENT,
                class: Classes::new(),
                layout: AgreementLayout::Slide,
            };
            yew::Renderer::<AgreementText>::with_root_and_props(root.clone(), props).render();
            yew::scheduler::flush().await;
            root
        };
        let root = render(Agreement {
            text: "  <b>Samen</b> plannen ".into(),
            owner: "Fatima".into(),
            due: String::new(),
        })
        .await;
        let parts = root
            .query_selector_all("p.agreement-text > span.agreement-part")
            .unwrap();
        let parts: Vec<String> = (0..parts.length())
            .filter_map(|i| parts.item(i))
            .map(|p| p.text_content().unwrap_or_default())
            .collect();
        assert_eq!(
            parts,
            ["Afspraak: <b>Samen</b> plannen", "Wie pakt het op: Fatima"],
            "trimmed, markup as text, an empty part left out"
        );
        assert_eq!(root.query_selector_all("bdi").unwrap().length(), 2);
        root.remove();

        // Who without what is no agreement yet: nothing is shown.
        let root = render(Agreement {
            owner: "Piet".into(),
            due: "Q3".into(),
            ..Agreement::default()
        })
        .await;
        assert_eq!(root.child_element_count(), 0);
        root.remove();
    }

    mod presenter {
        use std::cell::RefCell;
        use std::rc::Rc;

        use samenwerkingsscan::components::presenter::{Presenter, PresenterProps};
        use samenwerkingsscan::domain::agreement::{AgreementField, Agreements};
        use samenwerkingsscan::domain::instrument::{Answer, Lang, Position, RoleGroup};
        use samenwerkingsscan::domain::response::Response;
        use samenwerkingsscan::domain::team::summarise;
        use samenwerkingsscan::slides::Slide;
        use wasm_bindgen::JsCast;
        use wasm_bindgen_test::wasm_bindgen_test;
        use yew::prelude::*;

        use super::{element, mount};

        /// Six participants in two role groups of three, answers spread so every dimension
        /// has a place on the agenda.
        fn team() -> Vec<Response> {
            (0..6u8)
                .map(|p| Response {
                    now: std::array::from_fn(|d| {
                        Answer::Position(Position::new(1 + (p + d as u8) % 5).unwrap())
                    }),
                    desired: std::array::from_fn(|d| {
                        Answer::Position(Position::new(1 + (p * 2 + d as u8) % 5).unwrap())
                    }),
                    role: Some(if p < 3 {
                        RoleGroup::SocialTeam
                    } else {
                        RoleGroup::WorkAndIncome
                    }),
                })
                .collect()
        }

        struct Rendered {
            root: web_sys::Element,
            slides: Rc<RefCell<Vec<Slide>>>,
            left: Rc<RefCell<usize>>,
            agenda: Vec<u8>,
        }

        async fn render(slide: Slide, agreements: Agreements, editable: bool) -> Rendered {
            let root = mount();
            let summary = Rc::new(summarise(&team()));
            let agenda = summary.agenda.clone();
            let slides = Rc::new(RefCell::new(Vec::new()));
            let left = Rc::new(RefCell::new(0));
            let on_slide = {
                let slides = slides.clone();
                Callback::from(move |to| slides.borrow_mut().push(to))
            };
            let on_leave = {
                let left = left.clone();
                Callback::from(move |()| *left.borrow_mut() += 1)
            };
            let props = PresenterProps {
                lang: Lang::Nl,
                team_name: None,
                date: "2 december 2026".into(),
                summary,
                agreements,
                on_agreement: editable.then(Callback::noop),
                invitation: None,
                slide,
                on_slide,
                on_leave,
            };
            yew::Renderer::<Presenter>::with_root_and_props(root.clone(), props).render();
            yew::scheduler::flush().await;
            Rendered {
                root,
                slides,
                left,
                agenda,
            }
        }

        fn counter(root: &web_sys::Element) -> String {
            element::<web_sys::Element>(root, ".slide-count")
                .text_content()
                .unwrap_or_default()
        }

        /// "Dia k / n" with k = n: the last slide.
        fn on_last(root: &web_sys::Element) -> bool {
            let counter = counter(root);
            let (k, n) = counter
                .trim_start_matches("Dia ")
                .split_once(" / ")
                .unwrap_or_default();
            k == n && !k.is_empty()
        }

        fn press(target: &web_sys::EventTarget, key: &str) -> bool {
            let init = web_sys::KeyboardEventInit::new();
            init.set_key(key);
            init.set_bubbles(true);
            init.set_cancelable(true);
            let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init)
                .unwrap();
            target.dispatch_event(&event).unwrap();
            event.default_prevented()
        }

        #[wasm_bindgen_test]
        async fn the_slides_of_a_team_and_the_keys_that_move_them() {
            let r = render(Slide::FIRST, Agreements::default(), false).await;
            // No invitation: the title first. How many slides follow depends on the window
            // (src/slides.rs, tested natively); the keys name the slide they go to.
            assert!(counter(&r.root).starts_with("Dia 1 / "));
            assert!(r.root.query_selector(".slide-title").unwrap().is_some());
            let section = element::<web_sys::HtmlElement>(&r.root, "section.presenter");
            assert!(
                super::super::document()
                    .active_element()
                    .is_some_and(|a| a == *section),
                "the slides have the focus"
            );
            assert!(
                press(&section, "PageDown"),
                "a move is the slides', not the page's"
            );
            assert!(press(&section, "End"));
            assert!(press(&section, "ArrowLeft"));
            assert!(!press(&section, "ArrowUp"), "left to the browser");
            assert_eq!(
                *r.slides.borrow(),
                [Slide::Continuum, Slide::Agreements(0), Slide::Title]
            );
            assert!(!press(&section, "Escape"));
            assert_eq!(*r.left.borrow(), 1);
            // Space on a button presses it, not the next slide.
            let button = element::<web_sys::HtmlElement>(&r.root, ".presenter-bar button");
            assert!(!press(&button, " "));
            assert_eq!(r.slides.borrow().len(), 3);
            r.root.remove();

            // Beyond the last: the closing slide, which says there are no agreements yet.
            let r = render(Slide::Agreements(99), Agreements::default(), false).await;
            assert!(on_last(&r.root), "{}", counter(&r.root));
            let closing = element::<web_sys::Element>(&r.root, ".slide-agreements");
            assert_eq!(
                closing.text_content().as_deref(),
                Some("AfsprakenEr zijn geen afspraken vastgelegd.")
            );
            let next = element::<web_sys::Element>(&r.root, ".presenter-bar button:nth-of-type(2)");
            assert_eq!(next.get_attribute("aria-disabled").as_deref(), Some("true"));
            r.root.remove();
        }

        #[wasm_bindgen_test]
        async fn an_agreement_on_its_dimension_slide_and_on_the_closing_slide() {
            let agenda = summarise(&team()).agenda;
            let (first, second) = (agenda[0], agenda[1]);
            let mut agreements = Agreements::default();
            // Who without what on the first dimension of the agenda; a whole one on the second.
            agreements.set(usize::from(first) - 1, AgreementField::Owner, "Piet".into());
            let i = usize::from(second) - 1;
            agreements.set(i, AgreementField::Text, "Samen plannen".into());
            agreements.set(i, AgreementField::Due, "Q3".into());

            // The facilitator's first dimension's agreement (on its own slide in a small
            // window, else on the dimension's): the fields, and the message at what.
            let r = render(Slide::Agreement(first), agreements.clone(), true).await;
            assert_eq!(r.agenda[0], first);
            let text =
                element::<web_sys::HtmlTextAreaElement>(&r.root, &format!("#agreement-{first}"));
            assert_eq!(text.get_attribute("aria-invalid").as_deref(), Some("true"));
            let described = text.get_attribute("aria-describedby").expect("described");
            let message_id = described.split(' ').next_back().unwrap_or_default();
            let message = element::<web_sys::Element>(&r.root, &format!(".slide #{message_id}"));
            assert_eq!(
                message.text_content().as_deref(),
                Some(samenwerkingsscan::i18n::ui::AGREEMENT_NO_TEXT.nl)
            );
            // Keys typed in a field stay there; Escape takes the focus back to the slides.
            text.focus().unwrap();
            for key in ["ArrowRight", "PageDown", " ", "End", "f"] {
                assert!(!press(&text, key), "{key} types");
            }
            assert!(r.slides.borrow().is_empty());
            assert!(press(&text, "Escape"));
            assert_eq!(
                *r.left.borrow(),
                0,
                "Escape in a field does not leave the slides"
            );
            let section = element::<web_sys::Element>(&r.root, "section.presenter");
            assert!(super::super::document()
                .active_element()
                .is_some_and(|a| a == section));
            r.root.remove();

            // The closing slide lists only the agreement that says what, in full.
            let r = render(Slide::Agreements(0), agreements.clone(), true).await;
            assert!(on_last(&r.root), "{}", counter(&r.root));
            let items = r.root.query_selector_all(".agreement-list > li").unwrap();
            assert_eq!(items.length(), 1);
            let item: web_sys::Element = items.item(0).unwrap().dyn_into().unwrap();
            assert_eq!(
                item.query_selector(".agreement-text")
                    .unwrap()
                    .and_then(|p| p.text_content())
                    .as_deref(),
                Some("Afspraak: Samen plannenWanneer: Q3")
            );
            r.root.remove();

            // An opened team link: the second dimension's agreement as text, no fields.
            let r = render(Slide::Agreement(second), agreements, false).await;
            assert!(r.root.query_selector(".slide input").unwrap().is_none());
            let parts = r
                .root
                .query_selector_all(".slide .agreement-text bdi")
                .unwrap();
            let parts: Vec<String> = (0..parts.length())
                .filter_map(|i| parts.item(i))
                .map(|b| b.text_content().unwrap_or_default())
                .collect();
            assert_eq!(parts, ["Samen plannen", "Q3"]);
            r.root.remove();
        }
    }
}
