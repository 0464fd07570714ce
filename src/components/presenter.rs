//! Presenter mode: the team view as slides that fill the window, for a projector and a
//! presentation clicker. A title slide, the placement on the continuum, one slide per dimension
//! in agenda order (with its agreement, typed on the slide where it can be changed), the role
//! groups where they may be compared, and the agreements at the end.
//!
//! The slide index comes from the state and is clamped here; the timer's ticking is the
//! component's own (it restarts on every slide).

use std::rc::Rc;

use gloo::timers::callback::Interval;
use web_sys::{HtmlElement, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::components::agenda::dimension_details;
use crate::components::continuum::Continuum;
use crate::domain::agreement::{Agreement, AgreementField, Agreements};
use crate::domain::instrument::{dimension, Lang};
use crate::domain::response::TeamName;
use crate::domain::team::{RoleComparison as Comparison, TeamSummary};
use crate::i18n::{copy, present, ui, Text};
use crate::platform;

/// Agreements per closing slide: more would not fit at a size the back of the room can read.
const AGREEMENTS_PER_SLIDE: usize = 3;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Slide {
    Title,
    Continuum,
    /// A dimension id.
    Dimension(u8),
    Roles,
    /// Page `n` (from 0) of the agreements, of `pages`.
    Agreements {
        n: usize,
        pages: usize,
    },
}

/// The slides of a team, in order.
fn slides(summary: &TeamSummary, agreed: usize) -> Vec<Slide> {
    let pages = agreed.div_ceil(AGREEMENTS_PER_SLIDE).max(1);
    let mut slides = vec![Slide::Title, Slide::Continuum];
    slides.extend(summary.agenda.iter().map(|&id| Slide::Dimension(id)));
    if matches!(summary.roles, Comparison::Shown { .. }) {
        slides.push(Slide::Roles);
    }
    slides.extend((0..pages).map(|n| Slide::Agreements { n, pages }));
    slides
}

/// An agreement as text: what, who and by when, each labelled; user text in `<bdi>`.
fn agreement_text(lang: Lang, agreement: &Agreement) -> Html {
    let part = |label: Text, field| {
        let text = agreement.field(field).trim();
        (!text.is_empty()).then(|| {
            html! { <span class="agreement-part">{ format!("{}: ", label.get(lang)) }<bdi>{ text.to_owned() }</bdi></span> }
        })
    };
    html! {
        <p class="agreement-text">
            { part(present::AGREEMENT, AgreementField::Text) }
            { part(present::OWNER, AgreementField::Owner) }
            { part(present::DUE, AgreementField::Due) }
        </p>
    }
}

const FIELDS: [(AgreementField, Text, &str); 3] = [
    (AgreementField::Text, present::AGREEMENT, "agreement-text"),
    (AgreementField::Owner, present::OWNER, "agreement-owner"),
    (AgreementField::Due, present::DUE, "agreement-due"),
];

#[derive(Properties, PartialEq)]
pub struct PresenterProps {
    pub lang: Lang,
    pub team_name: Option<TeamName>,
    /// Today's date for the title slide, as the team view has it for the printed report.
    pub date: AttrValue,
    pub summary: Rc<TeamSummary>,
    pub agreements: Agreements,
    /// Typing an agreement on its dimension's slide; `None`: shown as text only.
    #[prop_or_default]
    pub on_agreement: Option<Callback<(usize, AgreementField, String)>>,
    /// The slide asked for (clamped to the last one).
    pub slide: usize,
    pub on_slide: Callback<usize>,
    pub on_leave: Callback<()>,
}

#[function_component(Presenter)]
pub fn presenter(props: &PresenterProps) -> Html {
    let lang = props.lang;
    let region = use_node_ref();
    let full_screen = use_state(|| false);
    // On entering, the focus to the slides (keys work from there on); on leaving, out of full
    // screen. The focus back to the button that opened it is the team view's.
    {
        let (region, full_screen) = (region.clone(), full_screen.clone());
        use_effect_with((), move |_| {
            platform::focus(&region);
            let listener = platform::on_fullscreen_change(move |full| full_screen.set(full));
            move || {
                drop(listener);
                platform::exit_fullscreen();
            }
        });
    }
    let agreed: Vec<(u8, &Agreement)> = props
        .summary
        .agenda
        .iter()
        .filter_map(|&id| Some(id).zip(props.agreements.get(usize::from(id).wrapping_sub(1))))
        .filter(|(_, a)| !a.is_empty())
        .collect();
    let slides = slides(&props.summary, agreed.len());
    let last = slides.len() - 1;
    let current = props.slide.min(last);

    let onkeydown = {
        let (on_slide, on_leave, region) = (
            props.on_slide.clone(),
            props.on_leave.clone(),
            region.clone(),
        );
        move |e: KeyboardEvent| {
            if e.alt_key() || e.ctrl_key() || e.meta_key() {
                return;
            }
            let tag = e.target_dyn_into::<HtmlElement>().map(|t| t.tag_name());
            let key = e.key();
            // In a field the keys type; Escape only leaves the field.
            if matches!(tag.as_deref(), Some("INPUT" | "SELECT" | "TEXTAREA")) {
                if key == "Escape" {
                    e.prevent_default();
                    platform::focus(&region);
                }
                return;
            }
            let to = match key.as_str() {
                "PageDown" | "ArrowRight" => current + 1,
                // Space on a button presses it.
                " " if tag.as_deref() != Some("BUTTON") => current + 1,
                "PageUp" | "ArrowLeft" => current.saturating_sub(1),
                "Home" => 0,
                "End" => last,
                "Escape" => return on_leave.emit(()),
                "f" | "F" => return platform::toggle_fullscreen(&region),
                _ => return,
            };
            e.prevent_default();
            on_slide.emit(to.min(last));
        }
    };

    let slide = match slides[current] {
        Slide::Title => html! {
            <div class="slide slide-title">
                <h2>
                    if let Some(name) = &props.team_name {
                        <bdi>{ name.as_str().to_owned() }</bdi>
                    } else {
                        { ui::TEAM_TITLE.get(lang) }
                    }
                </h2>
                <p class="slide-lead">{ ui::participants(lang, props.summary.team.participants) }</p>
                <p>{ props.date.clone() }</p>
                <p class="slide-hint">{ present::KEYS.get(lang) }</p>
            </div>
        },
        Slide::Continuum => html! {
            <div class="slide slide-continuum">
                <h2>{ ui::CONTINUUM_HEADING.get(lang) }</h2>
                <Continuum {lang} now={props.summary.team.now} desired={props.summary.team.desired} />
                <p class="not-better">{ copy::NOT_BETTER.get(lang) }</p>
            </div>
        },
        Slide::Dimension(id) => {
            let index = usize::from(id).wrapping_sub(1);
            let (Some(d), Some(summary)) =
                (dimension(id), props.summary.team.dimensions.get(index))
            else {
                return Html::default();
            };
            let agreement = props.agreements.get(index).cloned().unwrap_or_default();
            let agreement = match &props.on_agreement {
                Some(on_agreement) => html! {
                    <div class="agreement-fields">
                        { for FIELDS.iter().map(|&(field, label, id)| {
                            let on_agreement = on_agreement.clone();
                            let oninput = move |e: InputEvent| {
                                let value = e.target_unchecked_into::<HtmlInputElement>().value();
                                on_agreement.emit((index, field, value));
                            };
                            html! {
                                <div class="field">
                                    <label for={id}>{ label.get(lang) }</label>
                                    <input {id} type="text" dir="auto" maxlength={field.max_chars().to_string()}
                                        value={agreement.field(field).to_owned()} {oninput} />
                                </div>
                            }
                        }) }
                    </div>
                },
                None if agreement.is_empty() => Html::default(),
                None => agreement_text(lang, &agreement),
            };
            html! {
                <div class="slide slide-dimension">
                    <h2>{ d.name.get(lang) }</h2>
                    <p class="poles">
                        <span>{ format!("1 = {}", d.low.get(lang)) }</span>
                        <span>{ format!("5 = {}", d.high.get(lang)) }</span>
                    </p>
                    { dimension_details(lang, summary) }
                    { agreement }
                </div>
            }
        }
        Slide::Roles => {
            let Comparison::Shown { groups, left_out } = &props.summary.roles else {
                return Html::default();
            };
            html! {
                <div class="slide slide-roles">
                    <h2>{ ui::ROLES_HEADING.get(lang) }</h2>
                    if *left_out > 0 { <p>{ ui::ROLES_LEFT_OUT_OR_JOINED.get(lang) }</p> }
                    <ul class="role-groups">
                        { for groups.iter().map(|(role, group)| html! {
                            <li>
                                <h3>{ format!("{} ({})", role.label().get(lang), ui::participants(lang, group.participants)) }</h3>
                                <Continuum {lang} now={group.now} desired={group.desired} />
                            </li>
                        }) }
                    </ul>
                </div>
            }
        }
        Slide::Agreements { n, pages } => html! {
            <div class="slide slide-agreements">
                <h2>
                    { present::AGREEMENTS.get(lang) }
                    if pages > 1 { { format!(" ({}/{pages})", n + 1) } }
                </h2>
                if agreed.is_empty() {
                    <p>{ present::NO_AGREEMENTS.get(lang) }</p>
                } else {
                    <ul class="agreement-list">
                        { for agreed.iter().skip(n * AGREEMENTS_PER_SLIDE).take(AGREEMENTS_PER_SLIDE).map(|&(id, a)| html! {
                            <li>
                                <h3>{ dimension(id).map(|d| d.name.get(lang)) }</h3>
                                { agreement_text(lang, a) }
                            </li>
                        }) }
                    </ul>
                }
            </div>
        },
    };

    let go = |to: usize| {
        let on_slide = props.on_slide.clone();
        move |_: MouseEvent| on_slide.emit(to)
    };
    let on_leave = props.on_leave.reform(|_: MouseEvent| ());
    let on_full_screen = {
        let region = region.clone();
        move |_: MouseEvent| platform::toggle_fullscreen(&region)
    };
    html! {
        <section class="presenter" ref={region} tabindex="-1" aria-label={present::PRESENTATION.get(lang)} {onkeydown}>
            { slide }
            <div class="presenter-bar">
                <button type="button" aria-disabled={(current == 0).to_string()} onclick={go(current.saturating_sub(1))}>
                    { present::PREVIOUS.get(lang) }
                </button>
                <p class="slide-count" aria-live="polite">
                    <span class="visually-hidden">{ present::SLIDE.get(lang) }{ " " }</span>
                    { format!("{} / {}", current + 1, slides.len()) }
                </p>
                <button type="button" aria-disabled={(current == last).to_string()} onclick={go((current + 1).min(last))}>
                    { present::NEXT.get(lang) }
                </button>
                <SlideTimer {lang} slide={current} />
                <button type="button" onclick={on_full_screen}>
                    { if *full_screen { present::LEAVE_FULL_SCREEN } else { present::FULL_SCREEN }.get(lang) }
                </button>
                <button type="button" onclick={on_leave}>{ present::STOP.get(lang) }</button>
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct SlideTimerProps {
    lang: Lang,
    /// The slide shown: a new one restarts the countdown.
    slide: usize,
}

/// The minutes a facilitator may give each slide; 0 is off.
const TIMER_MINUTES: [u32; 6] = [0, 1, 2, 3, 5, 10];

/// An optional countdown per slide, mm:ss, restarted on each slide; silent, and visibly "time's
/// up" at zero.
#[function_component(SlideTimer)]
fn slide_timer(props: &SlideTimerProps) -> Html {
    let lang = props.lang;
    let minutes = use_state(|| 0u32);
    // The seconds left, with the slide and minutes they count for: until the countdown of a
    // new slide has started, that slide shows its full time.
    let left = use_state(|| (0, 0, 0u32));
    {
        let left = left.clone();
        use_effect_with((props.slide, *minutes), move |&(slide, minutes)| {
            let mut seconds = minutes * 60;
            let interval = (minutes > 0).then(|| {
                Interval::new(1000, move || {
                    seconds = seconds.saturating_sub(1);
                    left.set((slide, minutes, seconds));
                })
            });
            move || drop(interval)
        });
    }
    let left = match *left {
        (slide, m, seconds) if (slide, m) == (props.slide, *minutes) => seconds,
        _ => *minutes * 60,
    };
    let onchange = {
        let minutes = minutes.clone();
        move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            minutes.set(value.parse().unwrap_or(0));
        }
    };
    html! {
        <div class="slide-timer">
            <label for="slide-timer">{ present::TIMER.get(lang) }</label>
            <select id="slide-timer" {onchange}>
                { for TIMER_MINUTES.iter().map(|&m| html! {
                    <option value={m.to_string()} selected={m == *minutes}>
                        { if m == 0 { present::TIMER_OFF.get(lang).to_owned() } else { format!("{m} min") } }
                    </option>
                }) }
            </select>
            if *minutes > 0 {
                <span role="timer" class={classes!("countdown", (left == 0).then_some("time-up"))}>
                    { format!("{:02}:{:02}", left / 60, left % 60) }
                    if left == 0 { { format!(" {}", present::TIME_UP.get(lang)) } }
                </span>
            }
        </div>
    }
}
