//! Components rendered natively with yew's server renderer: what a person meets in a part of a
//! screen, for given props, without a browser. (The browser tests in tests/web.rs and the e2e
//! suite cover what needs one: focus, events, the whole app.)

use futures::executor::block_on;
use samenwerkingsscan::components::agreement::{
    AgreementForm, AgreementFormProps, AgreementLayout,
};
use samenwerkingsscan::components::collect_status::{CollectStatus, CollectStatusProps};
use samenwerkingsscan::components::confirm_button::{ConfirmButton, ConfirmButtonProps};
use samenwerkingsscan::components::invitation::{Invitation, InvitationProps};
use samenwerkingsscan::components::invitation_form::{InvitationForm, InvitationFormProps};
use samenwerkingsscan::components::scale::{Scale, ScaleProps};
use samenwerkingsscan::components::team_share::{CsvFile, TeamShare, TeamShareProps};
use samenwerkingsscan::domain::agreement::Agreement;
use samenwerkingsscan::domain::collect::collect;
use samenwerkingsscan::domain::csv::Dialect;
use samenwerkingsscan::domain::instrument::{Answer, Lang, Position, RoleGroup};
use samenwerkingsscan::domain::link::{self, Workshop};
use samenwerkingsscan::domain::response::{Horizon, Response, TeamName, TeamNameError};
use samenwerkingsscan::i18n::{team_name_problem, ui, Text};
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

#[test]
fn the_collect_status_says_a_duplicate_was_skipped_in_plain_words() {
    let one = link::encode_response(&Response::default(), None);
    let twice = render::<CollectStatus>(CollectStatusProps {
        lang: Lang::Nl,
        collected: std::rc::Rc::new(collect(&format!("#{one} #{one}"))),
    });
    assert!(
        twice.contains("1 dubbele link overgeslagen: elke uitkomst telt één keer."),
        "{twice}"
    );
    assert_eq!(
        ui::duplicates(Lang::En, 3),
        "3 duplicate links skipped: each result counts once."
    );
}

fn agreement_form(lang: Lang, text: &str, layout: AgreementLayout) -> String {
    render::<AgreementForm>(AgreementFormProps {
        lang,
        dimension: 3,
        agreement: Agreement {
            text: text.into(),
            ..Agreement::default()
        },
        on_change: Callback::noop(),
        layout,
    })
}

/// The live count's paragraph: from its opening tag to its end.
fn count_of(html: &str) -> &str {
    let start = html.find(r#"id="agreement-3-count""#).expect(html);
    let end = start + html[start..].find("</p>").expect(html);
    &html[start..end]
}

#[test]
fn what_is_agreed_wraps_and_counts_its_characters_as_the_link_does() {
    for layout in [AgreementLayout::Page, AgreementLayout::Slide] {
        let html = agreement_form(Lang::Nl, &"a".repeat(87), layout);
        // A text area (it wraps), without a maxlength that counts UTF-16 units; its count is
        // its description.
        assert!(html.contains(r#"<textarea id="agreement-3""#), "{html}");
        assert!(
            html.contains(r#"aria-describedby="agreement-3-count""#),
            "{html}"
        );
        let count = count_of(&html);
        assert!(count.contains("87 / 140"), "{count}");
        assert!(
            count.contains(r#"<span aria-live="polite"></span>"#),
            "{count}"
        );
        assert!(!count.contains("near"), "{count}");
        let textarea = &html[html.find("<textarea").unwrap()..];
        assert!(
            !textarea[..textarea.find('>').unwrap()].contains("maxlength"),
            "{html}"
        );
        // Who and when stay one-line inputs.
        assert!(
            html.contains(r#"id="agreement-3-owner" type="text""#),
            "{html}"
        );
    }
    // 70 emoji: 140 UTF-16 units, but 70 characters, as the link counts them.
    let emoji = agreement_form(Lang::En, &"😀".repeat(70), AgreementLayout::Page);
    assert!(count_of(&emoji).contains("70 / 140"), "{emoji}");
    assert!(!emoji.contains("aria-invalid"), "{emoji}");
    // From 120 it says how many are left, politely; at the limit, none.
    let near = agreement_form(Lang::Nl, &"b".repeat(125), AgreementLayout::Page);
    assert!(count_of(&near).contains("125 / 140"), "{near}");
    assert!(
        count_of(&near).contains(r#"<span aria-live="polite"> · nog 15 tekens</span>"#),
        "{near}"
    );
    let full = agreement_form(Lang::En, &"c".repeat(140), AgreementLayout::Page);
    assert!(count_of(&full).contains("0 characters left"), "{full}");
    assert!(!full.contains("aria-invalid"), "{full}");
    // Past it: how many too many, the field invalid, and why, at the field.
    let over = agreement_form(Lang::Nl, &"d".repeat(141), AgreementLayout::Slide);
    assert!(count_of(&over).contains("141 / 140<span"), "{over}");
    assert!(count_of(&over).contains("1 teken te veel"), "{over}");
    assert!(count_of(&over).contains("over"), "{over}");
    assert!(
        over.contains(r#"aria-describedby="agreement-3-count agreement-3-problem""#),
        "{over}"
    );
    assert!(over.contains(ui::AGREEMENT_TOO_LONG.nl), "{over}");
}

fn invitation(lang: Lang, folded: bool, showing: bool) -> String {
    render::<Invitation>(InvitationProps {
        lang,
        invitation: Workshop {
            team_name: TeamName::from_input("Wijkteam <Oost>"),
            lang: Lang::En,
            roles: vec![RoleGroup::SocialTeam, RoleGroup::Uwv],
        },
        url: "https://example.org/#v1wXYZ".into(),
        folded,
        showing,
        feedback: None,
        on_copied: Callback::noop(),
        on_show: Callback::noop(),
        on_change: Callback::noop(),
    })
}

#[test]
fn the_invitation_folds_to_a_summary_and_shows_its_code_on_request() {
    for lang in [Lang::Nl, Lang::En] {
        let open = invitation(lang, false, false);
        let folded = invitation(lang, true, false);
        let again = invitation(lang, true, true);
        // Each says which team, in which language and with which role groups.
        for html in [&open, &folded, &again] {
            assert!(html.contains("<bdi>Wijkteam &lt;Oost&gt;</bdi>"), "{html}");
            assert!(html.contains("English"), "{html}");
            let roles = format!(
                "{}: {}, {}",
                ui::INVITATION_ROLES.get(lang),
                RoleGroup::SocialTeam.label().get(lang),
                RoleGroup::Uwv.label().get(lang)
            );
            assert!(html.contains(&roles.replace('&', "&amp;")), "{html}");
            assert!(html.contains(ui::COPY_INVITATION.get(lang)), "{html}");
            assert!(
                !html.contains(&format!(">{}<", ui::COPY.get(lang))),
                "{html}"
            );
        }
        // Before results: the link and its code; folded: neither (hidden, one shape for every
        // state), and a button to show them.
        let link =
            |hidden: &str| format!(r#"<div{hidden}><div class="field"><label for="join-link""#);
        let code = |html: &str| tag_with(html, "qr-large").contains("hidden");
        let toggle = |html: &str, text: Text| {
            tag_with(html, &format!(">{}<", text.get(lang))).contains("hidden")
        };
        assert!(open.contains(&link("")) && !code(&open), "{open}");
        assert!(toggle(&open, ui::SHOW_INVITATION), "{open}");
        assert!(open.contains(ui::JOIN_LINK_HINT.get(lang)), "{open}");
        assert!(
            folded.contains(&link(r#" hidden="hidden""#)) && code(&folded),
            "{folded}"
        );
        assert!(!toggle(&folded, ui::SHOW_INVITATION), "{folded}");
        assert!(again.contains(&link("")) && !code(&again), "{again}");
        assert!(!toggle(&again, ui::HIDE_INVITATION), "{again}");
    }
}

/// The opening tag of the element in which `needle` first occurs (in the tag or just after it).
fn tag_with<'a>(html: &'a str, needle: &str) -> &'a str {
    let at = html.find(needle).expect(needle);
    let start = html[..at].rfind('<').unwrap();
    let start = if html[start..].starts_with("</") || start + 1 == at {
        html[..start].rfind('<').unwrap()
    } else {
        start
    };
    &html[start..start + html[start..].find('>').unwrap()]
}

fn camera_panel(lang: Lang, panel: samenwerkingsscan::state::camera::CameraPanel) -> String {
    use samenwerkingsscan::components::camera_panel::{CameraPanelProps, CameraPanelView};
    render::<CameraPanelView>(CameraPanelProps {
        lang,
        panel,
        received: 12,
        on_action: Callback::noop(),
        heading: NodeRef::default(),
    })
}

/// The camera panel says the count large and live, what the last code did, and why the camera
/// is off with a button to start it again; a choice of camera only where there are several.
#[test]
fn the_camera_panel_says_the_count_the_last_code_and_why_the_camera_is_off() {
    use samenwerkingsscan::i18n::camera;
    use samenwerkingsscan::state::camera::{CameraOff, CameraPanel, CameraStatus, CodeKind, Said};
    for lang in [Lang::Nl, Lang::En] {
        let live = CameraPanel {
            status: CameraStatus::Live,
            mirrored: true,
            said: Some(Said {
                kind: CodeKind::AlreadyReceived,
                seq: 3,
            }),
            devices: vec![("a".into(), "Front".into())],
            ..CameraPanel::default()
        };
        let html = camera_panel(lang, live.clone());
        assert!(html.contains(r#"aria-live="polite""#), "{html}");
        assert!(
            html.contains(r#"<span class="camera-number">12</span>"#),
            "{html}"
        );
        assert!(html.contains(camera::RECEIVED_COUNT.get(lang)), "{html}");
        assert!(html.contains(camera::ALREADY_RECEIVED.get(lang)), "{html}");
        assert!(html.contains("camera-video mirrored"), "{html}");
        assert!(!html.contains("large"), "small by default: {html}");
        assert!(html.contains(r#"aria-pressed="false""#), "{html}");
        assert!(!html.contains("<select"), "one camera, no choice: {html}");
        assert!(!html.contains(camera::RESTART.get(lang)), "{html}");
        assert!(html.contains(camera::CLOSE.get(lang)), "{html}");
        let two = CameraPanel {
            devices: vec![("a".into(), "Front".into()), ("b".into(), String::new())],
            device: "b".into(),
            large: true,
            ..live
        };
        let html = camera_panel(lang, two);
        assert!(html.contains(r#"<select id="camera-choice""#), "{html}");
        assert!(
            html.contains(&format!("{} 2", camera::CHOICE.get(lang))),
            "unnamed camera: {html}"
        );
        assert!(html.contains("camera-video mirrored large"), "{html}");
        for (off, text) in [
            (CameraOff::Idle, camera::IDLE),
            (CameraOff::Refused, camera::REFUSED),
            (CameraOff::NoCamera, camera::NO_CAMERA),
            (CameraOff::InUse, camera::IN_USE),
            (CameraOff::Insecure, camera::INSECURE),
            (CameraOff::Blocked, camera::BLOCKED),
            (CameraOff::Lost, camera::LOST),
            (CameraOff::Failed, camera::FAILED),
        ] {
            let html = camera_panel(
                lang,
                CameraPanel {
                    status: CameraStatus::Off(off),
                    ..CameraPanel::default()
                },
            );
            assert!(html.contains(text.get(lang)), "{off:?}: {html}");
            assert!(html.contains(camera::RESTART.get(lang)), "{off:?}: {html}");
            assert_eq!(
                html.contains(camera::OWN_TAB.get(lang)),
                off == CameraOff::Blocked,
                "{off:?}: {html}"
            );
        }
    }
}
