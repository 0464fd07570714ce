//! Components rendered natively with yew's server renderer: what a person meets in a part of a
//! screen, for given props, without a browser. (The browser tests in tests/web.rs and the e2e
//! suite cover what needs one: focus, events, the whole app.)

use futures::executor::block_on;
use samenwerkingsscan::components::collect_status::{CollectStatus, CollectStatusProps};
use samenwerkingsscan::components::confirm_button::{ConfirmButton, ConfirmButtonProps};
use samenwerkingsscan::components::invitation_form::{InvitationForm, InvitationFormProps};
use samenwerkingsscan::components::scale::{Scale, ScaleProps};
use samenwerkingsscan::components::team_share::{CsvFile, TeamShare, TeamShareProps};
use samenwerkingsscan::domain::collect::collect;
use samenwerkingsscan::domain::csv::Dialect;
use samenwerkingsscan::domain::instrument::{Answer, Lang, Position, RoleGroup};
use samenwerkingsscan::domain::link;
use samenwerkingsscan::domain::response::{Horizon, Response, TeamNameError};
use samenwerkingsscan::i18n::{team_name_problem, ui};
use samenwerkingsscan::state::facilitator::WorkshopForm;
use yew::{BaseComponent, Callback, LocalServerRenderer, NodeRef};

fn render<C: BaseComponent>(props: C::Properties) -> String {
    block_on(
        LocalServerRenderer::<C>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

fn confirm_button(lang: Lang, open: bool) -> String {
    render::<ConfirmButton>(ConfirmButtonProps {
        lang,
        label: ui::CLEAR_COLLECTED,
        question: ui::CONFIRM_CLEAR,
        open,
        on_ask: Callback::noop(),
        on_yes: Callback::noop(),
        on_cancel: Callback::noop(),
    })
}

#[test]
fn a_confirm_button_asks_before_it_erases() {
    for lang in [Lang::Nl, Lang::En] {
        let closed = confirm_button(lang, false);
        assert!(closed.contains(ui::CLEAR_COLLECTED.get(lang)), "{closed}");
        assert!(!closed.contains("alertdialog"), "{closed}");
        let open = confirm_button(lang, true);
        assert!(open.contains(r#"role="alertdialog""#), "{open}");
        assert!(open.contains(ui::CONFIRM_CLEAR.get(lang)), "{open}");
        assert!(open.contains(ui::CONFIRM_YES.get(lang)), "{open}");
        assert!(open.contains(ui::CONFIRM_NO.get(lang)), "{open}");
        assert!(!open.contains(ui::CLEAR_COLLECTED.get(lang)), "{open}");
    }
}

fn invitation_form(lang: Lang, form: WorkshopForm) -> String {
    render::<InvitationForm>(InvitationFormProps {
        lang,
        form,
        on_edit: Callback::noop(),
        on_submit: Callback::noop(),
        team_ref: NodeRef::default(),
    })
}

#[test]
fn the_invitation_form_shows_its_state_and_a_refused_name_at_the_field() {
    let typed = WorkshopForm {
        team: "Wijkteam <Noord>".into(),
        lang: Some(Lang::En),
        roles: vec![RoleGroup::SocialTeam, RoleGroup::Uwv],
        error: None,
    };
    let html = invitation_form(Lang::Nl, typed.clone());
    // What was typed, escaped; the language chosen; only the role groups offered checked.
    assert!(html.contains(r#"value="Wijkteam &lt;Noord&gt;""#), "{html}");
    assert!(!html.contains("aria-invalid"), "{html}");
    assert!(!html.contains("error-message"), "{html}");
    assert_eq!(html.matches("checked").count(), 2, "{html}");
    assert_eq!(html.matches(r#"selected="selected""#).count(), 1, "{html}");
    assert!(html.contains(r#"value="en" selected="selected""#), "{html}");

    for lang in [Lang::Nl, Lang::En] {
        let refused = invitation_form(
            lang,
            WorkshopForm {
                error: Some(TeamNameError::Empty),
                ..typed.clone()
            },
        );
        assert!(refused.contains(r#"aria-invalid="true""#), "{refused}");
        assert!(
            refused.contains(r#"aria-describedby="workshop-team-error""#),
            "{refused}"
        );
        assert!(refused.contains(r#"id="workshop-team-error""#), "{refused}");
        let message = team_name_problem(&TeamNameError::Empty).get(lang);
        assert!(refused.contains(message), "{refused}");
        // The message comes before the field, as the GOV.UK pattern has it.
        assert!(refused.find(message) < refused.find(r#"id="workshop-team""#));
    }
}

#[test]
fn a_scale_checks_the_answer_given_and_nothing_before_one_is() {
    let scale = |answer| {
        render::<Scale>(ScaleProps {
            horizon: Horizon::Desired,
            dimension_id: 3,
            legend: "Gewenst",
            low: "Eigen systemen",
            high: "Eén systeem",
            dont_know: "Weet ik niet",
            answer,
            on_answer: Callback::noop(),
        })
    };
    let open = scale(None);
    assert_eq!(open.matches(r#"type="radio""#).count(), 6, "{open}");
    assert!(!open.contains("checked"), "{open}");
    assert!(open.contains(r#"name="desired-3""#), "{open}");
    for answer in [
        Answer::DontKnow,
        Answer::Position(Position::new(4).unwrap()),
    ] {
        let html = scale(Some(answer));
        assert_eq!(html.matches("checked").count(), 1, "{html}");
        // The one input that is checked is this answer's.
        let checked = html.find("checked").unwrap();
        let start = html[..checked].rfind("<input").unwrap();
        let end = checked + html[checked..].find('>').unwrap();
        assert!(
            html[start..end].contains(&format!(r#"id="desired-3-{}""#, answer.code())),
            "{html}"
        );
    }
}

#[test]
fn the_collect_status_says_what_a_paste_could_not_read() {
    let one = link::encode_response(&Response::default(), None);
    let status = |text: &str, lang| {
        render::<CollectStatus>(CollectStatusProps {
            lang,
            collected: std::rc::Rc::new(collect(text)),
        })
    };
    for lang in [Lang::Nl, Lang::En] {
        let fine = status(&format!("#{one}"), lang);
        let broken = status(&format!("#{one}\n#{}", &one[..one.len() - 2]), lang);
        assert_ne!(fine, broken, "a damaged link is reported");
        assert!(broken.len() > fine.len(), "{broken}");
    }
}

fn team_share(lang: Lang, participants: u32, differencing: bool) -> String {
    render::<TeamShare>(TeamShareProps {
        lang,
        participants,
        differencing,
        url: Some("https://example.org/#v3tAAA".into()),
        files: vec![CsvFile {
            dialect: Dialect::Excel,
            label: ui::CSV_ANSWERS_EXCEL,
            file_name: "team-antwoorden-excel.csv",
            href: "data:text/csv;charset=utf-8,x".into(),
        }],
        feedback: None,
        on_copied: Callback::noop(),
        on_shared: Callback::noop(),
    })
}

/// Issue 21: a team of at least 3. Below, the part says why nothing can be shared and offers
/// no link, file or print; from 3 all of them, and the differencing warning when it applies.
#[test]
fn a_team_below_3_shares_nothing_and_says_why() {
    for lang in [Lang::Nl, Lang::En] {
        for n in [0, 1, 2] {
            let html = team_share(lang, n, true);
            assert!(html.contains(ui::TOO_FEW_TO_SHARE.get(lang)), "{html}");
            for absent in [
                ui::PRINT_REPORT.get(lang),
                "id=\"team-link\"",
                ui::CSV_ANSWERS_EXCEL.get(lang),
                ui::DIFFERENCING_WARNING.get(lang),
                "v3tAAA",
                "data:text/csv",
            ] {
                assert!(!html.contains(absent), "{n}: {absent} in {html}");
            }
        }
        let three = team_share(lang, 3, false);
        assert!(!three.contains(ui::TOO_FEW_TO_SHARE.get(lang)), "{three}");
        for present in [
            ui::PRINT_REPORT.get(lang),
            "id=\"team-link\"",
            ui::CSV_ANSWERS_EXCEL.get(lang),
            "v3tAAA",
            "data:text/csv",
        ] {
            assert!(three.contains(present), "{present} not in {three}");
        }
        assert!(!three.contains(ui::DIFFERENCING_WARNING.get(lang)));
        let warned = team_share(lang, 7, true);
        assert!(
            warned.contains(ui::DIFFERENCING_WARNING.get(lang)),
            "{warned}"
        );
    }
}
