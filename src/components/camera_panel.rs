//! The camera panel of the facilitator's screen (issue 23): the live picture, the count of the
//! results received, large, and what the last code did. The camera runs while the panel is
//! open and its state says so; each code that comes into view goes to the reducer
//! ([`CameraAction::Code`]), which takes it as a paste.

use gloo::timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::domain::instrument::Lang;
use crate::i18n::camera;
use crate::platform;
use crate::state::camera::{
    CameraAction, CameraOff, CameraPanel, CameraStatus, CodeKind, Sightings, IDLE_AFTER_MS,
};

#[derive(Properties, PartialEq)]
pub struct CameraPanelProps {
    pub lang: Lang,
    pub panel: CameraPanel,
    /// The participants collected so far.
    pub received: usize,
    pub on_action: Callback<CameraAction>,
    /// The panel's heading, for the focus when the panel opens.
    pub heading: NodeRef,
}

fn said(kind: CodeKind) -> crate::i18n::Text {
    match kind {
        CodeKind::Received => camera::RECEIVED,
        CodeKind::AlreadyReceived => camera::ALREADY_RECEIVED,
        CodeKind::Invitation => camera::INVITATION,
        CodeKind::TeamLink => camera::TEAM_LINK,
        CodeKind::Unreadable => camera::UNREADABLE,
        CodeKind::NotOurs => camera::NOT_OURS,
    }
}

fn status(status: CameraStatus) -> Option<crate::i18n::Text> {
    Some(match status {
        CameraStatus::Starting => camera::STARTING,
        CameraStatus::Live => return None,
        CameraStatus::Off(CameraOff::Idle) => camera::IDLE,
        CameraStatus::Off(CameraOff::Refused) => camera::REFUSED,
        CameraStatus::Off(CameraOff::NoCamera) => camera::NO_CAMERA,
        CameraStatus::Off(CameraOff::InUse) => camera::IN_USE,
        CameraStatus::Off(CameraOff::Insecure) => camera::INSECURE,
        CameraStatus::Off(CameraOff::Blocked) => camera::BLOCKED,
        CameraStatus::Off(CameraOff::Lost) => camera::LOST,
        CameraStatus::Off(CameraOff::Failed) => camera::FAILED,
    })
}

#[function_component(CameraPanelView)]
pub fn camera_panel(props: &CameraPanelProps) -> Html {
    let lang = props.lang;
    let panel = &props.panel;
    let video = use_node_ref();
    // Which codes are in view (a phone is read on many frames), and the callbacks the camera
    // module holds while it runs.
    let sightings = use_mut_ref(Sightings::default);
    let callbacks = use_mut_ref(|| None::<platform::camera::RunCallbacks>);
    // The run whose start is awaited: what an earlier run says afterwards is not this one's.
    let current = use_mut_ref(|| 0u32);
    {
        let (video, on_action) = (video.clone(), props.on_action.clone());
        let device = panel.device.clone();
        use_effect_with(panel.run, move |&run| {
            *current.borrow_mut() = run;
            sightings.borrow_mut().clear();
            let run_callbacks = platform::camera::RunCallbacks {
                on_frame: {
                    let on_action = on_action.clone();
                    Closure::new(move |texts: String| {
                        let new = sightings.borrow_mut().see(&texts, platform::now_ms());
                        for text in new {
                            on_action.emit(CameraAction::Code(text));
                        }
                    })
                },
                // Only this run's: the module never calls it once stopped.
                on_end: {
                    let on_action = on_action.clone();
                    Closure::new(move |name: String| {
                        on_action.emit(CameraAction::Failed(CameraOff::from_error_name(&name)))
                    })
                },
            };
            if let Some(element) = video.cast::<web_sys::Element>() {
                platform::camera::start(element, device, &run_callbacks, move |result| {
                    if *current.borrow() != run {
                        return;
                    }
                    on_action.emit(match result {
                        Ok(started) => CameraAction::Started {
                            device: started.device,
                            devices: started.devices,
                            mirrored: started.mirrored,
                        },
                        Err(name) => CameraAction::Failed(CameraOff::from_error_name(&name)),
                    });
                });
            }
            *callbacks.borrow_mut() = Some(run_callbacks);
            // Closing the panel, another run, or leaving the screen: the camera off. The
            // module calls the callbacks no more once stopped, so they can go.
            move || {
                platform::camera::stop();
                callbacks.borrow_mut().take();
            }
        });
    }
    let live = panel.status == CameraStatus::Live;
    let off = matches!(panel.status, CameraStatus::Off(_));
    let last_code = panel.said.map(|s| s.seq);
    // One effect for what follows the camera's state (each effect hook costs the wasm ~2 KB):
    // off (idle, or an error after it started) stops the camera and its light (not while
    // starting: that would stop the start the run effect just made); live, it goes
    // off after two minutes without a new code (from the start or the last code); and the
    // optional sound, once for each code.
    let beeped = use_mut_ref(|| None::<u32>);
    {
        let on_action = props.on_action.clone();
        let sound = panel.sound;
        use_effect_with(
            (live, off, panel.run, last_code),
            move |&(live, off, _, last_code)| {
                if off {
                    platform::camera::stop();
                }
                if sound && last_code.is_some() && *beeped.borrow() != last_code {
                    platform::camera::beep();
                }
                *beeped.borrow_mut() = last_code;
                let timeout = live.then(|| {
                    Timeout::new(IDLE_AFTER_MS, move || on_action.emit(CameraAction::Idle))
                });
                move || drop(timeout)
            },
        );
    }
    let action = |a: CameraAction| props.on_action.reform(move |_: MouseEvent| a.clone());
    let on_choose = props.on_action.reform(|e: Event| {
        CameraAction::Choose(e.target_unchecked_into::<HtmlSelectElement>().value())
    });
    let large = panel.large;
    let sound = panel.sound;
    let on_sound = props
        .on_action
        .reform(move |_: Event| CameraAction::Sound(!sound));
    let video_class = classes!(
        "camera-video",
        panel.mirrored.then_some("mirrored"),
        large.then_some("large"),
        (!live).then_some("waiting"),
    );
    html! {
        <section class="camera-panel no-print" aria-labelledby="camera-heading">
            <h3 id="camera-heading" tabindex="-1" ref={props.heading.clone()}>{ camera::HEADING.get(lang) }</h3>
            <p>{ camera::HOW.get(lang) }</p>
            <div class="camera-view">
                // The picture is for the facilitator's eye only: no text to announce.
                <video ref={video} class={video_class} muted=true autoplay=true playsinline=true aria-hidden="true" />
                <div class="camera-readout">
                    <p class="camera-count" aria-live="polite">
                        <span class="camera-number">{ props.received }</span>{ " " }{ camera::RECEIVED_COUNT.get(lang) }
                    </p>
                    // Keyed by the code's number: each code's confirmation is a new node, so it
                    // is shown (and announced) anew, also when it says the same as the last.
                    <p class="camera-said" role="status">
                        if let Some(s) = panel.said {
                            <span key={s.seq} class={classes!("said", (s.kind == CodeKind::Received).then_some("ok"))}>{ said(s.kind).get(lang) }</span>
                        }
                    </p>
                </div>
            </div>
            // A status message (WCAG 4.1.3): why the camera is off is announced, not only shown.
            <p class="camera-status" role="status">
                if let Some(text) = status(panel.status) { { text.get(lang) } }
                // In a partner's page that refuses the camera: the scan on its own address
                // ("./": the app's own address; what was collected here stays here, the new tab
                // collects on its own).
                if panel.status == CameraStatus::Off(CameraOff::Blocked) {
                    { " " }<a href="./" target="_blank" rel="noopener">{ camera::OWN_TAB.get(lang) }</a>
                }
            </p>
            if panel.devices.len() > 1 {
                <div class="field">
                    <label for="camera-choice">{ camera::CHOICE.get(lang) }</label>
                    <select id="camera-choice" onchange={on_choose}>
                        { for panel.devices.iter().enumerate().map(|(i, (id, label))| {
                            let label = if label.is_empty() { format!("{} {}", camera::CHOICE.get(lang), i + 1) } else { label.clone() };
                            html! { <option value={id.clone()} selected={*id == panel.device}>{ label }</option> }
                        }) }
                    </select>
                </div>
            }
            <div class="actions">
                if off {
                    <button type="button" class="primary" onclick={action(CameraAction::Restart)}>{ camera::RESTART.get(lang) }</button>
                }
                <button type="button" class="secondary" aria-pressed={large.to_string()}
                    onclick={action(CameraAction::Large(!large))}>{ camera::LARGER.get(lang) }</button>
                <label class="check">
                    <input type="checkbox" checked={sound} onchange={on_sound} />
                    { camera::SOUND.get(lang) }
                </label>
                <button type="button" class="secondary" onclick={action(CameraAction::Close)}>{ camera::CLOSE.get(lang) }</button>
            </div>
        </section>
    }
}
