//! Presenter mode: the team view as slides that fill the window, for a projector and a
//! presentation clicker. A title slide, the placement on the continuum, one slide per dimension
//! in agenda order (with its agreement, typed on the slide where it can be changed; in a small
//! window on a slide of its own), the role groups where they may be compared (their placements,
//! and their medians where they differ most), and the agreements at the end. With an
//! invitation, a slide with its QR code and link comes first.
//!
//! Which slides there are, what each key does and the timer's arithmetic are decided in
//! `crate::slides` (pure, tested natively); this draws them and wires them to the browser. The
//! slide shown comes from the state by what it shows (`Slide`) and is kept in the tab's
//! sessionStorage, so a reload returns to it; the timer's ticking is the component's own (it
//! restarts on every slide).

use std::rc::Rc;

use gloo::timers::callback::Interval;
use web_sys::{HtmlElement, HtmlSelectElement};
use yew::prelude::*;

use crate::components::agenda::{dimension_details, dimension_figures, median, reflection};
use crate::components::agreement::{AgreementForm, AgreementLayout, AgreementText};
use crate::components::continuum::Continuum;
use crate::components::qr_code::QrCode;
use crate::domain::agreement::{AgreementField, Agreements};
use crate::domain::instrument::{dimension, Lang};
use crate::domain::link::{encode_workshop, Workshop};
use crate::domain::response::TeamName;
use crate::domain::team::{RoleComparison as Comparison, TeamSummary};
use crate::i18n::{copy, present, ui};
use crate::platform;
use crate::slides::{self, timer, Content, Deck, KeyAction, Room, Slide, Target};

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
    /// The workshop's invitation: the first slide shows its QR code and link.
    #[prop_or_default]
    pub invitation: Option<Workshop>,
    /// The slide asked for (where it is not in the deck, the nearest).
    pub slide: Slide,
    pub on_slide: Callback<Slide>,
    pub on_leave: Callback<()>,
}

#[function_component(Presenter)]
pub fn presenter(props: &PresenterProps) -> Html {
    let lang = props.lang;
    let region = use_node_ref();
    let full_screen = use_state(|| false);
    // The slides follow the window: fewer things to a slide in a smaller one.
    let window = use_state(platform::presenter::window_size);
    // On entering, the focus to the slides (keys work from there on); on leaving, out of full
    // screen, and the tab forgets the slide. The focus back to the button that opened it is
    // the team view's.
    {
        let (region, full_screen, window) = (region.clone(), full_screen.clone(), window.clone());
        use_effect_with((), move |_| {
            platform::focus(&region);
            let listener = platform::on_fullscreen_change(move |full| full_screen.set(full));
            let resize = platform::presenter::on_resize(move |size| window.set(size));
            move || {
                drop((listener, resize));
                platform::exit_fullscreen();
                platform::presenter::keep_slide(None);
            }
        });
    }
    let summary = &props.summary;
    let room = Room::of_window(window.0, window.1);
    let agreed = slides::agreed(&summary.agenda, &props.agreements);
    let named: Vec<_> = agreed
        .iter()
        .map(|&(id, a)| {
            (
                dimension(id).map_or(0, |d| d.name.get(lang).chars().count()),
                a,
            )
        })
        .collect();
    let (groups, left_out) = match &summary.roles {
        Comparison::Shown { groups, left_out } => (&groups[..], *left_out),
        Comparison::Hidden(_) => (&[][..], 0),
    };
    let role_dimensions = slides::role_dimensions(groups);
    let label = [
        ui::AGREEMENT,
        ui::AGREEMENT_OWNER_LABEL,
        ui::AGREEMENT_DUE_LABEL,
    ]
    .map(|t| t.get(lang).chars().count() + 2)
    .into_iter()
    .max()
    .unwrap_or(0);
    let plan = slides::plan(
        &Content {
            join: props.invitation.is_some(),
            agenda: &summary.agenda,
            role_groups: groups.len(),
            role_note: left_out > 0,
            role_dimensions: &role_dimensions,
            agreed: &named,
            label,
        },
        room,
    );
    let deck = Deck::new(plan.slides, props.slide);
    let current = deck.current();
    let shown = deck.slide();
    // The slide shown is kept in the tab: a reload returns to it.
    use_effect_with(shown, |shown| {
        platform::presenter::keep_slide(Some(&shown.key()))
    });

    let onkeydown = {
        let (on_slide, on_leave, region) = (
            props.on_slide.clone(),
            props.on_leave.clone(),
            region.clone(),
        );
        let deck = deck.clone();
        move |e: KeyboardEvent| {
            let command = e.alt_key() || e.ctrl_key() || e.meta_key();
            let tag = e.target_dyn_into::<HtmlElement>().map(|t| t.tag_name());
            let action = deck.key(&e.key(), command, Target::of_tag(tag.as_deref()));
            if action.prevents_default() {
                e.prevent_default();
            }
            match action {
                KeyAction::Ignore => {}
                KeyAction::Go(to) => on_slide.emit(deck.at(to)),
                KeyAction::LeaveField => platform::focus(&region),
                KeyAction::Leave => on_leave.emit(()),
                KeyAction::ToggleFullScreen => platform::toggle_fullscreen(&region),
            }
        }
    };

    // A dimension's agreement: typed where it can be changed, else as text.
    let agreement = |id: u8| {
        let index = usize::from(id).wrapping_sub(1);
        let typed = props.agreements.get(index).cloned().unwrap_or_default();
        match &props.on_agreement {
            Some(on_agreement) => html! {
                <AgreementForm {lang} dimension={id} agreement={typed} layout={AgreementLayout::Slide}
                    on_change={on_agreement.reform(move |(field, text)| (index, field, text))} />
            },
            None => {
                html! { <AgreementText {lang} agreement={typed} layout={AgreementLayout::Slide} /> }
            }
        }
    };
    let team_heading = || match &props.team_name {
        Some(name) => html! { <bdi>{ name.as_str().to_owned() }</bdi> },
        None => html! { ui::TEAM_TITLE.get(lang) },
    };
    let dimension_summary = |id: u8| {
        dimension(id).zip(
            props
                .summary
                .team
                .dimensions
                .get(usize::from(id).wrapping_sub(1)),
        )
    };
    let slide = match shown {
        Slide::Join => {
            let Some(invitation) = &props.invitation else {
                return Html::default();
            };
            let url = AttrValue::from(platform::page_link(&encode_workshop(invitation)));
            html! {
                <div class="slide slide-join">
                    <h2>{ present::JOIN.get(lang) }</h2>
                    <div class="join">
                        <QrCode {lang} url={url.clone()} />
                        <div>
                            if let Some(name) = &invitation.team_name {
                                <p class="slide-lead"><bdi>{ name.as_str().to_owned() }</bdi></p>
                            }
                            <p class="join-link">{ url }</p>
                        </div>
                    </div>
                </div>
            }
        }
        Slide::Title => html! {
            <div class="slide slide-title">
                <h2>{ team_heading() }</h2>
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
            let Some((d, s)) = dimension_summary(id) else {
                return Html::default();
            };
            let split = room.splits_dimension();
            html! {
                <div class={classes!("slide", "slide-dimension", split.then_some("split"))}>
                    <h2>{ d.name.get(lang) }</h2>
                    <p class="poles">
                        <span>{ format!("1 = {}", d.low.get(lang)) }</span>
                        <span>{ format!("5 = {}", d.high.get(lang)) }</span>
                    </p>
                    if split {
                        { dimension_figures(lang, s) }
                    } else {
                        { dimension_details(lang, s) }
                        { agreement(id) }
                    }
                </div>
            }
        }
        Slide::Agreement(id) => {
            let Some((d, s)) = dimension_summary(id) else {
                return Html::default();
            };
            // In the smallest windows the question had a slide of its own just before.
            html! {
                <div class="slide slide-agreement">
                    <h2>{ d.name.get(lang) }</h2>
                    if !room.splits_question() {
                        { reflection(lang, s) }
                    }
                    { agreement(id) }
                </div>
            }
        }
        Slide::Question(id) => {
            let Some((d, s)) = dimension_summary(id) else {
                return Html::default();
            };
            html! {
                <div class="slide slide-agreement">
                    <h2>{ d.name.get(lang) }</h2>
                    { reflection(lang, s) }
                </div>
            }
        }
        Slide::Roles(n) => html! {
            <div class="slide slide-roles">
                <h2>{ ui::ROLES_HEADING.get(lang) }{ deck.page_suffix() }</h2>
                if left_out > 0 && n == 0 { <p>{ ui::ROLES_LEFT_OUT_OR_JOINED.get(lang) }</p> }
                <ul class="role-groups">
                    { for slides::page(groups, &plan.role_pages, n).iter().map(|(role, group)| html! {
                        <li>
                            <h3>{ format!("{} ({})", role.label().get(lang), ui::participants(lang, group.participants)) }</h3>
                            <Continuum {lang} now={group.now} desired={group.desired} />
                        </li>
                    }) }
                </ul>
            </div>
        },
        Slide::RoleMedians(id) => {
            let Some((d, _)) = dimension_summary(id) else {
                return Html::default();
            };
            let index = usize::from(id) - 1;
            html! {
                <div class="slide slide-role-medians">
                    <h2>{ d.name.get(lang) }</h2>
                    <table>
                        <caption>{ present::ROLE_MEDIANS.get(lang) }</caption>
                        <thead><tr>
                            <th scope="col">{ present::ROLE_GROUP.get(lang) }</th>
                            <th scope="col">{ ui::NOW.get(lang) }</th>
                            <th scope="col">{ ui::DESIRED.get(lang) }</th>
                        </tr></thead>
                        <tbody>
                            { for groups.iter().map(|(role, g)| html! {
                                <tr>
                                    <th scope="row">{ format!("{} ({})", role.label().get(lang), g.participants) }</th>
                                    <td>{ median(lang, &g.dimensions[index].now) }</td>
                                    <td>{ median(lang, &g.dimensions[index].desired) }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
        }
        Slide::Agreements(n) => html! {
            <div class="slide slide-agreements">
                <h2>
                    { present::AGREEMENTS.get(lang) }
                    { deck.page_suffix() }
                </h2>
                if agreed.is_empty() {
                    <p>{ present::NO_AGREEMENTS.get(lang) }</p>
                } else {
                    <ul class="agreement-list">
                        { for slides::page(&agreed, &plan.agreement_pages, n).iter().map(|&(id, a)| html! {
                            <li>
                                <h3>{ dimension(id).map(|d| d.name.get(lang)) }</h3>
                                <AgreementText {lang} agreement={a.clone()} layout={AgreementLayout::Slide} />
                            </li>
                        }) }
                    </ul>
                }
            </div>
        },
    };

    let go = |to: Slide| {
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
                <button type="button" aria-disabled={deck.is_first().to_string()} onclick={go(deck.previous())}>
                    { present::PREVIOUS.get(lang) }
                </button>
                <p class="slide-count" aria-live="polite">
                    <span class="visually-hidden">{ present::SLIDE.get(lang) }{ " " }</span>
                    { deck.counter() }
                </p>
                <button type="button" aria-disabled={deck.is_last().to_string()} onclick={go(deck.next())}>
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
    let left = timer::seconds_left(*left, props.slide, *minutes);
    let onchange = {
        let minutes = minutes.clone();
        move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            minutes.set(timer::minutes(&value));
        }
    };
    html! {
        <div class="slide-timer">
            <label for="slide-timer">{ present::TIMER.get(lang) }</label>
            <select id="slide-timer" {onchange}>
                { for timer::MINUTES.iter().map(|&m| html! {
                    <option value={m.to_string()} selected={m == *minutes}>
                        { if m == 0 { present::TIMER_OFF.get(lang).to_owned() } else { format!("{m} min") } }
                    </option>
                }) }
            </select>
            if *minutes > 0 {
                <span role="timer" class={classes!("countdown", (left == 0).then_some("time-up"))}>
                    { timer::countdown(left) }
                    if left == 0 { { format!(" {}", present::TIME_UP.get(lang)) } }
                </span>
            }
        </div>
    }
}
