//! The QR decoder of the facilitator's camera (src/scan.rs) on the app's own codes in
//! synthetic camera frames (tests/common/frames.rs): tilted, noisy and blurred, from one
//! result up to the longest team link a code holds; and the way from a frame to a link to the
//! team (`collect`), as a paste takes it.
//!
//! Native only: frames of 1280x720 are slow to draw in a browser and prove the same there.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::frames::{app_code, app_codes, render, rgba, Rng, Scene, ORIGIN};
use samenwerkingsscan::domain::collect::{collect, CollectError};
use samenwerkingsscan::domain::link::{encode_response, encode_team, encode_workshop};
use samenwerkingsscan::qr::{Ecc, QrCode};
use samenwerkingsscan::scan::{centre_square, crop, luma, Region, Scanner};

fn scan(frame: &[u8], scene: &Scene) -> Vec<String> {
    Scanner::default().scan(frame, scene.width, scene.height)
}

/// A participant's result code as the facilitator's camera sees it: a phone a little off
/// centre, the code a third of the frame's width, tilted by up to 8 degrees and a few percent
/// in perspective, with noise and blur; at both sizes a camera gives.
#[test]
fn a_result_code_held_up_to_the_camera_reads_back() {
    let codes = app_codes();
    let mut scanner = Scanner::default();
    for (name, url) in codes.iter().take(2) {
        let code = app_code(url);
        for (w, h) in [(640, 480), (1280, 720)] {
            for seed in 0..3 {
                let scene = Scene::tilted(w, h, 8.0, seed).with_noise(12.0).with_blur(1);
                let frame = render(&code, &scene);
                assert_eq!(
                    scanner.scan(&frame, w, h),
                    [url.as_str()],
                    "{name}, {w}x{h}, seed {seed}"
                );
            }
        }
    }
}

/// Team links are larger codes: they read when the phone is held closer (6 pixels a module),
/// up to the longest team link a code holds (a team of 500 in 7 role groups with 6 full
/// agreements: version 39 at error correction L) held straight; tilted, noisy and blurred up
/// to a team of 30 (version 17). Larger codes held askew, noisy or blurred are often not read
/// (measured: docs/performance.md, "The QR decoder"): such a team link is better pasted.
#[test]
fn every_code_of_the_app_reads_back_when_it_fills_the_frame() {
    let codes = app_codes();
    assert!(
        codes.last().unwrap().0.contains("6 agreements"),
        "{:?}",
        codes.last()
    );
    let mut scanner = Scanner::default();
    for (i, (name, url)) in codes.iter().enumerate() {
        let code = app_code(url);
        let side = 6 * (code.size() + 8);
        let frame_side = side * 4 / 3;
        let straight = Scene {
            angle: 0.0,
            keystone: (0.0, 0.0),
            offset: (0.0, 0.0),
            ..Scene::clean(frame_side, frame_side)
        }
        .with_fill(0.75);
        let mut scenes = vec![straight];
        if i <= 2 {
            scenes.push(
                Scene {
                    offset: (0.0, 0.0),
                    ..Scene::tilted(frame_side, frame_side, 3.0, 11)
                }
                .with_fill(0.75)
                .with_noise(8.0)
                .with_blur(1),
            );
        }
        for scene in scenes {
            let frame = render(&code, &scene);
            assert_eq!(
                scanner.scan(&frame, scene.width, scene.height),
                [url.as_str()],
                "{name}, {scene:?}"
            );
        }
    }
}

/// The camera panel's way: a canvas's RGBA frame, its centre square in grey, decoded, and the
/// text given to the paste's action: the participant is counted, the same code again counts
/// nothing, a team link adds its team, an invitation and a foreign code add no one.
#[test]
fn a_frame_becomes_a_link_and_the_link_a_participant() {
    let mut rng = Rng::new(5);
    let one = common::frames::response(&mut rng);
    let team: Vec<_> = (0..6).map(|_| common::frames::response(&mut rng)).collect();
    let (w, h) = (1280, 720);
    let seen = |url: &str, seed: u64| {
        let scene = Scene::tilted(w, h, 6.0, seed).with_noise(10.0).with_blur(1);
        let frame = rgba(&render(&app_code(url), &scene));
        let region = centre_square(w, h);
        let grey = luma(&frame, w, h, region).expect("a whole frame");
        Scanner::default()
            .scan(&grey, region.width, region.height)
            .join("\n")
    };

    let result = format!("{ORIGIN}{}", encode_response(&one, None));
    let text = seen(&result, 1);
    assert_eq!(text, result);
    let mut collected = collect(&text);
    assert_eq!(collected.responses, std::slice::from_ref(&one));

    collected.add(&seen(&result, 2));
    assert_eq!((collected.responses.len(), collected.duplicates), (1, 1));

    let team_link = format!("{ORIGIN}{}", encode_team(&team, None).unwrap());
    collected.add(&seen(&team_link, 3));
    assert_eq!(collected.participants(), 7);

    let invitation = format!("{ORIGIN}{}", encode_workshop(&Default::default()));
    collected.add(&seen(&invitation, 4));
    assert_eq!(collected.participants(), 7);
    assert_eq!(
        collected.problems.last().map(|p| &p.error),
        Some(&CollectError::Invitation)
    );

    let foreign = seen("https://example.org/menu", 5);
    assert_eq!(foreign, "https://example.org/menu");
    let problems = collected.problems.len();
    collected.add(&foreign);
    assert_eq!(
        (collected.participants(), collected.problems.len()),
        (7, problems)
    );
}

/// The same way through the camera panel's state: frames of phones held up one after another
/// (each read on several frames, missed on one), through `Sightings` to the panel's action:
/// each phone counted once, the one shown twice "already received", the foreign code said and
/// not added, and what is typed in the paste box kept.
#[test]
fn frames_of_phones_held_up_reach_the_team_through_the_camera_panel() {
    use samenwerkingsscan::state::camera::{CameraAction, CodeKind, Sightings};
    use samenwerkingsscan::state::facilitator::{FacilitatorAction, FacilitatorState};
    let mut rng = Rng::new(9);
    let (w, h) = (640, 480);
    let results: Vec<String> = (0..3)
        .map(|_| {
            format!(
                "{ORIGIN}{}",
                encode_response(&common::frames::response(&mut rng), None)
            )
        })
        .collect();
    let blank = vec![128u8; w * h];
    let mut state = FacilitatorState::default()
        .apply(FacilitatorAction::SetPasteText("typed".into()))
        .apply(FacilitatorAction::Camera(CameraAction::Open));
    let mut seen = Sightings::default();
    let mut scanner = Scanner::default();
    let mut said = Vec::new();
    let mut now = 0;
    let shown = [&results[0], &results[1], &results[2], &results[1]]
        .map(String::as_str)
        .into_iter()
        .chain(["https://example.org/menu"]);
    for (phone, url) in shown.enumerate() {
        let code = app_code(url);
        // Four frames of the phone, the third missed (a hand in the way), then a blank second.
        for frame in 0..6u64 {
            let grey = if frame < 4 && frame != 2 {
                render(
                    &code,
                    &Scene::tilted(w, h, 5.0, phone as u64 * 10 + frame).with_noise(8.0),
                )
            } else {
                blank.clone()
            };
            let texts = scanner.scan(&grey, w, h).join("\n");
            for text in seen.see(&texts, now) {
                state = state.apply_at(FacilitatorAction::Camera(CameraAction::Code(text)), now);
                said.push(state.camera_panel.as_ref().unwrap().said.unwrap().kind);
            }
            now += 300;
        }
    }
    assert_eq!(state.collected.participants(), 3);
    assert_eq!(
        said,
        [
            CodeKind::Received,
            CodeKind::Received,
            CodeKind::Received,
            CodeKind::AlreadyReceived,
            CodeKind::NotOurs
        ]
    );
    assert_eq!(state.paste_text, "typed");
}

/// A frame without a code, one with a code that holds no text, and a centre crop that cuts the
/// code off give nothing, not a wrong text.
#[test]
fn no_code_no_text() {
    let (w, h) = (640, 480);
    let away = Scene {
        offset: (10.0, 10.0),
        ..Scene::clean(w, h)
    };
    let blank = render(&QrCode::encode(b"x", Ecc::M).unwrap(), &away);
    assert!(scan(&blank, &Scene::clean(w, h)).is_empty());
    // Bytes that are not UTF-8: no link of this app.
    let binary = QrCode::encode(&[0xff, 0xfe, 0x80, 0x00], Ecc::M).unwrap();
    let scene = Scene::clean(w, h);
    assert!(scan(&render(&binary, &scene), &scene).is_empty());
    // The control: the same frame with a text reads.
    let text = QrCode::encode(b"hallo", Ecc::M).unwrap();
    assert_eq!(scan(&render(&text, &scene), &scene), ["hallo"]);
    // The code at the frame's left edge, the crop in its centre.
    let aside = Scene {
        offset: (-0.33, 0.0),
        ..scene
    };
    let frame = render(&text, &aside);
    assert_eq!(scan(&frame, &aside), ["hallo"]);
    let region = Region {
        x: 320,
        y: 0,
        width: 320,
        height: 480,
    };
    let right = crop(&frame, w, h, region).unwrap();
    assert!(Scanner::default().scan(&right, 320, 480).is_empty());
}

/// Whatever a camera gives, the decoder returns: random noise, blocks and finder-like
/// squares, at sizes from one pixel up, never panic (a panic would stop the decoder's wasm).
#[test]
fn arbitrary_frames_never_panic() {
    let mut rng = Rng::new(0xDEC0DE);
    let mut scanner = Scanner::default();
    for round in 0..120 {
        let w = 1 + (rng.next_u64() % 200) as usize;
        let h = 1 + (rng.next_u64() % 200) as usize;
        let mut frame: Vec<u8> = (0..w * h).map(|_| rng.next_u64() as u8).collect();
        if round % 2 == 1 {
            // Blocks of black and white, some of them shaped like a finder (1:1:3:1:1).
            for _ in 0..(rng.next_u64() % 12) {
                let (x0, y0) = ((rng.next_u64() as usize) % w, (rng.next_u64() as usize) % h);
                let s = 1 + (rng.next_u64() % 40) as usize;
                for y in y0..(y0 + s).min(h) {
                    for x in x0..(x0 + s).min(w) {
                        let ring = (x - x0)
                            .min(y - y0)
                            .min(s - 1 - (x - x0))
                            .min(s - 1 - (y - y0));
                        frame[y * w + x] = if ring * 7 / s.max(1) == 1 { 255 } else { 0 };
                    }
                }
            }
        }
        let _ = scanner.scan(&frame, w, h);
    }
}

/// scripts/bench-decoder.mjs draws the app's own codes in Chromium from bench/decoder-codes.json
/// (the browser has no QR encoder of ours): a result and a team of 30, each row of modules in
/// hex, dark = 1, the first module the highest bit. This keeps the file what src/qr.rs draws
/// (`UPDATE_GOLDEN=1 cargo test --test scan` writes it anew).
#[test]
fn the_benchmarks_codes_are_the_apps() {
    let codes = app_codes();
    let entries: Vec<String> = [&codes[0], &codes[2]]
        .iter()
        .map(|(name, url)| {
            let code = app_code(url);
            let rows: Vec<String> = (0..code.size())
                .map(|y| {
                    let bits: Vec<bool> = (0..code.size().div_ceil(4) * 4).map(|x| code.get(x, y)).collect();
                    bits.chunks(4)
                        .map(|n| format!("{:x}", n.iter().fold(0, |acc, &b| acc << 1 | u8::from(b))))
                        .collect()
                })
                .collect();
            format!(
                "    {{\n      \"name\": \"{name}\",\n      \"url\": \"{url}\",\n      \"size\": {},\n      \"rows\": [\n        \"{}\"\n      ]\n    }}",
                code.size(),
                rows.join("\",\n        \"")
            )
        })
        .collect();
    let json = format!("{{\n  \"codes\": [\n{}\n  ]\n}}\n", entries.join(",\n"));
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/bench/decoder-codes.json");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(path, &json).expect("writes the file");
    }
    let file = std::fs::read_to_string(path)
        .expect("bench/decoder-codes.json (UPDATE_GOLDEN=1 writes it)");
    assert!(file == json, "bench/decoder-codes.json is not what src/qr.rs draws: UPDATE_GOLDEN=1 cargo test --test scan");
}
