//! Compares the two pure-Rust QR decoders, quircs and rqrr, on the app's own codes in
//! synthetic camera frames (tests/common/frames.rs): success rate and decode time per frame,
//! full frame and centre crop, at 640x480 and 1280x720. The measurement behind the choice of
//! quircs for src/scan.rs (docs/performance.md, "The QR decoder"); rqrr is the tests'
//! decoder already (a dev-dependency), so the comparison can be run again at any time:
//!
//!   cargo run --release --example decoder_compare [-- --seeds 8] [--fill 0.33]
//!
//! Times are of the decoder alone (the frame's luma bytes in, the texts out), one core, the
//! fastest of 3 decodes of each frame (the machine is shared); compare the two in the same run.

#[path = "../tests/common/frames.rs"]
mod frames;

use frames::{app_code, app_codes, render, Scene};
use std::time::{Duration, Instant};

fn by_quircs(decoder: &mut quircs::Quirc, luma: &[u8], w: usize, h: usize) -> Vec<String> {
    decoder
        .identify(w, h, luma)
        .filter_map(|code| code.ok()?.decode().ok())
        .filter_map(|data| String::from_utf8(data.payload).ok())
        .collect()
}

fn by_rqrr(luma: &[u8], w: usize, h: usize) -> Vec<String> {
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| luma[y * w + x]);
    img.detect_grids()
        .into_iter()
        .filter_map(|grid| grid.decode().ok().map(|(_, text)| text))
        .collect()
}

/// The centre square of the frame, as high as the frame: where a phone held up to the camera
/// is (the panel can ask for it to be held there).
fn centre_crop(luma: &[u8], w: usize, h: usize) -> (Vec<u8>, usize, usize) {
    let side = h;
    let (x0, y0) = ((w - side) / 2, (h - side) / 2);
    let mut out = Vec::with_capacity(side * side);
    for y in y0..y0 + side {
        out.extend_from_slice(&luma[y * w + x0..y * w + x0 + side]);
    }
    (out, side, side)
}

/// How a condition changes a tilted scene.
type Condition = fn(Scene) -> Scene;

#[derive(Default)]
struct Tally {
    tried: usize,
    read: usize,
    times: Vec<Duration>,
}

impl Tally {
    fn add(&mut self, ok: bool, time: Duration) {
        self.tried += 1;
        self.read += usize::from(ok);
        self.times.push(time);
    }
    fn ms(&self) -> String {
        let mut t: Vec<f64> = self.times.iter().map(|d| d.as_secs_f64() * 1e3).collect();
        t.sort_by(f64::total_cmp);
        if t.is_empty() {
            return "-".into();
        }
        format!("{:6.1} {:6.1}", t[t.len() / 2], t[t.len() - 1])
    }
    fn rate(&self) -> String {
        format!("{:3}/{:<3}", self.read, self.tried)
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let seeds: u64 = args
        .iter()
        .position(|a| a == "--seeds")
        .and_then(|i| args.get(i + 1)?.parse().ok())
        .unwrap_or(8);
    let fill: f64 = args
        .iter()
        .position(|a| a == "--fill")
        .and_then(|i| args.get(i + 1)?.parse().ok())
        .unwrap_or(1.0 / 3.0);
    let codes = app_codes();
    let conditions: [(&str, Condition); 4] = [
        ("straight", |s| Scene {
            angle: 0.0,
            keystone: (0.0, 0.0),
            ..s
        }),
        ("tilted", |s| s),
        ("tilted+noise", |s| s.with_noise(12.0)),
        ("tilted+noise+blur", |s| s.with_noise(12.0).with_blur(1)),
    ];
    println!("Code side with quiet zone = {fill:.2} of the frame's width; tilt up to 8 deg, perspective up to 6%;");
    println!("noise sd 12 luma; blur = box radius 1, twice. {seeds} frames per cell. Times: median max, ms.\n");
    for (name, url) in &codes {
        let code = app_code(url);
        println!(
            "{name}: {} characters, version {} ({} modules)",
            url.len(),
            (code.size() - 17) / 4,
            code.size()
        );
    }
    for (w, h) in [(640, 480), (1280, 720)] {
        println!("\n== {w}x{h}");
        println!(
            "{:<44} {:<18} {:>7} {:>13}   {:>7} {:>13}   {:>13} {:>13}",
            "code", "condition", "quircs", "ms", "rqrr", "ms", "quircs crop", "rqrr crop"
        );
        let mut totals: [Tally; 4] = Default::default();
        let mut quirc = quircs::Quirc::default();
        for (name, url) in &codes {
            let code = app_code(url);
            for (condition, make) in conditions {
                let mut cell: [Tally; 4] = Default::default();
                for seed in 0..seeds {
                    let scene = make(Scene::tilted(w, h, 8.0, 1000 + seed).with_fill(fill));
                    let luma = render(&code, &scene);
                    let (crop, cw, ch) = centre_crop(&luma, w, h);
                    let runs: [(&[u8], usize, usize, bool); 4] = [
                        (&luma, w, h, true),
                        (&luma, w, h, false),
                        (&crop, cw, ch, true),
                        (&crop, cw, ch, false),
                    ];
                    for (i, (img, iw, ih, quircs)) in runs.into_iter().enumerate() {
                        // The fastest of 3: what the decoder needs, less what the busy machine took.
                        let mut time = Duration::MAX;
                        let mut texts = Vec::new();
                        for _ in 0..3 {
                            let start = Instant::now();
                            texts = if quircs {
                                by_quircs(&mut quirc, img, iw, ih)
                            } else {
                                by_rqrr(img, iw, ih)
                            };
                            time = time.min(start.elapsed());
                        }
                        let ok = texts.iter().any(|t| t == url);
                        cell[i].add(ok, time);
                        totals[i].add(ok, time);
                    }
                }
                println!(
                    "{:<44} {:<18} {} {}   {} {}   {} {}   {} {}",
                    name,
                    condition,
                    cell[0].rate(),
                    cell[0].ms(),
                    cell[1].rate(),
                    cell[1].ms(),
                    cell[2].rate(),
                    cell[2].ms(),
                    cell[3].rate(),
                    cell[3].ms()
                );
            }
        }
        println!(
            "{:<63} {} {}   {} {}   {} {}   {} {}",
            "all",
            totals[0].rate(),
            totals[0].ms(),
            totals[1].rate(),
            totals[1].ms(),
            totals[2].rate(),
            totals[2].ms(),
            totals[3].rate(),
            totals[3].ms()
        );
    }
}
