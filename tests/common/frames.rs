//! Synthetic camera frames of the app's QR codes, for the decoder's tests (tests/scan.rs) and
//! its measurement (examples/decoder_compare.rs): a phone held up to a laptop's camera. The
//! code (with its quiet zone) is drawn on the phone's light screen inside a dark body, in front
//! of a cluttered, unevenly lit room; then tilted (rotation and perspective), blurred and
//! noisy, all from a seed, so every frame is the same on every run. No image files.
//!
//! Self-contained (its own PRNG), so the example can include it with `#[path]`.
#![allow(dead_code)]

use samenwerkingsscan::qr::QrCode;

/// The quiet zone the app draws around a code, in modules (components/qr_code.rs).
pub const BORDER: usize = 4;

/// How a frame is made.
#[derive(Clone, Copy, Debug)]
pub struct Scene {
    pub width: usize,
    pub height: usize,
    /// The code's side with its quiet zone, as a share of the frame's width.
    pub fill: f64,
    /// Rotation in the image plane, degrees.
    pub angle: f64,
    /// Perspective: how much nearer one edge is than the opposite one (0.05 = 5% longer),
    /// left-right and top-bottom.
    pub keystone: (f64, f64),
    /// Standard deviation of the pixel noise, in luma steps.
    pub noise: f64,
    /// Radius of the box blur, applied twice (close to a Gaussian); 0 for none.
    pub blur: usize,
    /// Where the code's centre is, as a share of the frame from its centre.
    pub offset: (f64, f64),
    pub seed: u64,
}

impl Scene {
    /// A straight, sharp, noiseless code in the middle of the frame.
    pub fn clean(width: usize, height: usize) -> Scene {
        Scene {
            width,
            height,
            fill: 1.0 / 3.0,
            angle: 0.0,
            keystone: (0.0, 0.0),
            noise: 0.0,
            blur: 0,
            offset: (0.0, 0.0),
            seed: 1,
        }
    }

    /// A phone held by hand: tilted by up to `degrees` in the plane and a few percent in
    /// perspective, a little off centre, the angles drawn from `seed`.
    pub fn tilted(width: usize, height: usize, degrees: f64, seed: u64) -> Scene {
        let mut rng = Rng::new(seed);
        Scene {
            angle: rng.signed() * degrees,
            keystone: (rng.signed() * 0.06, rng.signed() * 0.06),
            offset: (rng.signed() * 0.08, rng.signed() * 0.08),
            seed,
            ..Scene::clean(width, height)
        }
    }

    pub fn with_noise(self, noise: f64) -> Scene {
        Scene { noise, ..self }
    }

    pub fn with_blur(self, blur: usize) -> Scene {
        Scene { blur, ..self }
    }

    pub fn with_fill(self, fill: f64) -> Scene {
        Scene { fill, ..self }
    }
}

/// The frame's luma bytes, row by row (`width * height`).
pub fn render(code: &QrCode, scene: &Scene) -> Vec<u8> {
    let (w, h) = (scene.width, scene.height);
    let n = (code.size() + 2 * BORDER) as f64;
    let side = scene.fill * w as f64;
    let centre = (
        w as f64 / 2.0 + scene.offset.0 * w as f64,
        h as f64 / 2.0 + scene.offset.1 * h as f64,
    );
    // The code's corners in the frame: a rotated square, one side pulled nearer per axis.
    let (sin, cos) = scene.angle.to_radians().sin_cos();
    let (kx, ky) = scene.keystone;
    let corner = |u: f64, v: f64| {
        // u, v in -1..1; the right edge is longer with kx > 0, the bottom edge with ky > 0.
        let (x, y) = (
            u * (1.0 + ky * v) * side / 2.0,
            v * (1.0 + kx * u) * side / 2.0,
        );
        (centre.0 + x * cos - y * sin, centre.1 + x * sin + y * cos)
    };
    let quad = [
        corner(-1.0, -1.0),
        corner(1.0, -1.0),
        corner(1.0, 1.0),
        corner(-1.0, 1.0),
    ];
    // Frame pixel -> code plane (0..1 over the code with its quiet zone).
    let to_code = invert(&square_to_quad(&quad));

    let mut rng = Rng::new(scene.seed ^ 0x5EED_F4A3);
    let clutter: Vec<(f64, f64, f64, f64, f64)> = (0..12)
        .map(|_| {
            (
                rng.unit() * w as f64,
                rng.unit() * h as f64,
                (0.05 + rng.unit() * 0.25) * w as f64,
                (0.05 + rng.unit() * 0.25) * h as f64,
                40.0 + rng.unit() * 170.0,
            )
        })
        .collect();
    let background = |x: f64, y: f64| {
        let mut value = 90.0 + 60.0 * (x / w as f64) - 30.0 * (y / h as f64);
        for &(cx, cy, rw, rh, shade) in &clutter {
            if (x - cx).abs() < rw / 2.0 && (y - cy).abs() < rh / 2.0 {
                value = shade;
            }
        }
        value
    };
    let sample = |x: f64, y: f64| -> f64 {
        let (u, v) = apply(&to_code, x, y);
        // The phone: a light screen around the code (the app's page), a dark body around it.
        let (du, dv) = ((u - 0.5).abs(), (v - 0.5).abs());
        if du > 0.72 || dv > 1.0 {
            return background(x, y);
        }
        if du > 0.64 || dv > 0.92 {
            return 22.0;
        }
        let (mx, my) = ((u * n).floor(), (v * n).floor());
        let inside = |m: f64| m >= BORDER as f64 && m < n - BORDER as f64;
        let dark = inside(mx) && inside(my) && code.get(mx as usize - BORDER, my as usize - BORDER);
        if dark {
            30.0
        } else {
            // A screen is not evenly bright either.
            215.0 + 25.0 * u.clamp(0.0, 1.0) - 10.0 * v.clamp(0.0, 1.0)
        }
    };
    // 2x2 samples per pixel: edges are grey, as a camera sees them.
    let mut img: Vec<f64> = Vec::with_capacity(w * h);
    for y in 0..h {
        for x in 0..w {
            let (fx, fy) = (x as f64, y as f64);
            let sum = sample(fx + 0.25, fy + 0.25)
                + sample(fx + 0.75, fy + 0.25)
                + sample(fx + 0.25, fy + 0.75)
                + sample(fx + 0.75, fy + 0.75);
            // The room's light falls off towards the frame's corners.
            let (dx, dy) = (fx / w as f64 - 0.5, fy / h as f64 - 0.5);
            img.push(sum / 4.0 * (1.0 - 0.5 * (dx * dx + dy * dy)));
        }
    }
    if scene.blur > 0 {
        for _ in 0..2 {
            box_blur(&mut img, w, h, scene.blur);
        }
    }
    img.into_iter()
        .map(|value| {
            let noisy = if scene.noise > 0.0 {
                value + rng.gaussian() * scene.noise
            } else {
                value
            };
            noisy.round().clamp(0.0, 255.0) as u8
        })
        .collect()
}

/// The frame as RGBA bytes, as a canvas's `ImageData` holds it (grey, opaque).
pub fn rgba(luma: &[u8]) -> Vec<u8> {
    luma.iter().flat_map(|&l| [l, l, l, 255]).collect()
}

fn box_blur(img: &mut [f64], w: usize, h: usize, r: usize) {
    let mut tmp = vec![0.0; img.len()];
    let span = (2 * r + 1) as f64;
    for y in 0..h {
        for x in 0..w {
            let mut sum = 0.0;
            for k in 0..=2 * r {
                let xx = (x + k).saturating_sub(r).min(w - 1);
                sum += img[y * w + xx];
            }
            tmp[y * w + x] = sum / span;
        }
    }
    for y in 0..h {
        for x in 0..w {
            let mut sum = 0.0;
            for k in 0..=2 * r {
                let yy = (y + k).saturating_sub(r).min(h - 1);
                sum += tmp[yy * w + x];
            }
            img[y * w + x] = sum / span;
        }
    }
}

type Matrix = [[f64; 3]; 3];

/// The projective map of the unit square onto `quad` (corners clockwise from (0,0)).
fn square_to_quad(q: &[(f64, f64); 4]) -> Matrix {
    let [(x0, y0), (x1, y1), (x2, y2), (x3, y3)] = *q;
    let (dx1, dx2, dx3) = (x1 - x2, x3 - x2, x0 - x1 + x2 - x3);
    let (dy1, dy2, dy3) = (y1 - y2, y3 - y2, y0 - y1 + y2 - y3);
    let det = dx1 * dy2 - dx2 * dy1;
    let g = (dx3 * dy2 - dx2 * dy3) / det;
    let hh = (dx1 * dy3 - dx3 * dy1) / det;
    [
        [x1 - x0 + g * x1, x3 - x0 + hh * x3, x0],
        [y1 - y0 + g * y1, y3 - y0 + hh * y3, y0],
        [g, hh, 1.0],
    ]
}

fn invert(m: &Matrix) -> Matrix {
    let c =
        |r0: usize, c0: usize, r1: usize, c1: usize| m[r0][c0] * m[r1][c1] - m[r0][c1] * m[r1][c0];
    let adj = [
        [c(1, 1, 2, 2), -c(0, 1, 2, 2), c(0, 1, 1, 2)],
        [-c(1, 0, 2, 2), c(0, 0, 2, 2), -c(0, 0, 1, 2)],
        [c(1, 0, 2, 1), -c(0, 0, 2, 1), c(0, 0, 1, 1)],
    ];
    // The scale of a projective matrix does not matter: the adjugate is the inverse.
    adj
}

fn apply(m: &Matrix, x: f64, y: f64) -> (f64, f64) {
    let d = m[2][0] * x + m[2][1] * y + m[2][2];
    (
        (m[0][0] * x + m[0][1] * y + m[0][2]) / d,
        (m[1][0] * x + m[1][1] * y + m[1][2]) / d,
    )
}

/// SplitMix64.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in 0..1.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Uniform in -1..1.
    pub fn signed(&mut self) -> f64 {
        self.unit() * 2.0 - 1.0
    }

    /// About normal (mean 0, deviation 1): the sum of four uniforms, scaled.
    pub fn gaussian(&mut self) -> f64 {
        (self.unit() + self.unit() + self.unit() + self.unit() - 2.0) * 3f64.sqrt()
    }
}

/// The address a link is behind in the measurements: an origin and path of 60 characters, as
/// docs/link-formats.md counts (a municipality's site with a sub-path).
pub const ORIGIN: &str = "https://www.gemeente-voorbeeld.nl/sociaal-domein/teamscans/#";

/// A random response of every answer and role, from `rng`.
pub fn response(rng: &mut Rng) -> samenwerkingsscan::domain::response::Response {
    use samenwerkingsscan::domain::instrument::{Answer, RoleGroup};
    let mut answer = || Answer::from_code((rng.next_u64() % 6) as u8).expect("0-5");
    let now = std::array::from_fn(|_| answer());
    let desired = std::array::from_fn(|_| answer());
    samenwerkingsscan::domain::response::Response {
        now,
        desired,
        role: RoleGroup::from_id((rng.next_u64() % 8) as u8),
    }
}

/// A full agreement: 140 characters of what, 40 of who and 40 of by when (the most a field
/// takes, plain ASCII).
fn full_agreements(count: usize) -> samenwerkingsscan::domain::agreement::Agreements {
    use samenwerkingsscan::domain::agreement::{AgreementField, Agreements};
    let mut agreements = Agreements::default();
    let fill = |c: char, n: usize| std::iter::repeat_n(c, n).collect::<String>();
    for i in 0..count {
        agreements.set(i, AgreementField::Text, fill('w', 140));
        agreements.set(i, AgreementField::Owner, fill('o', 40));
        agreements.set(i, AgreementField::Due, fill('d', 40));
    }
    agreements
}

/// The app's own codes, from the shortest to the longest, as (name, address): one result
/// (version 1 link), one with a team name, a team of 30 (version 1), a team of 500 in 7 role
/// groups as counts (version 3) without agreements, with 3 full ones, and with as many full
/// agreements as a QR code holds (14 do not fit: that link is over 4,000 characters).
pub fn app_codes() -> Vec<(String, String)> {
    use samenwerkingsscan::domain::counts::TeamCounts;
    use samenwerkingsscan::domain::link::{encode_response, encode_team, encode_team_counts};
    use samenwerkingsscan::domain::response::{Response, TeamName};
    let mut rng = Rng::new(23);
    let one = response(&mut rng);
    let name = TeamName::new("Wijkteam Oost").expect("a valid name");
    let thirty: Vec<Response> = (0..30).map(|_| response(&mut rng)).collect();
    let team: Vec<Response> = (0..500)
        .map(|i| {
            let mut r = response(&mut rng);
            r.role = samenwerkingsscan::domain::instrument::RoleGroup::from_id(1 + (i % 7) as u8);
            r
        })
        .collect();
    let counts = TeamCounts::from_responses(&team);
    assert_eq!(counts.groups().len(), 7, "7 role groups shown");
    let counts_link = |agreements: usize| {
        encode_team_counts(&counts, Some(&name), &full_agreements(agreements)).expect("encodes")
    };
    let mut codes = vec![
        ("result".to_owned(), encode_response(&one, None)),
        (
            "result, team name".to_owned(),
            encode_response(&one, Some(&name)),
        ),
        (
            "team of 30 (v1)".to_owned(),
            encode_team(&thirty, None).expect("encodes"),
        ),
        ("team of 500, 7 groups (v3)".to_owned(), counts_link(0)),
        (
            "team of 500, 7 groups, 3 agreements (v3)".to_owned(),
            counts_link(3),
        ),
    ];
    // The most full agreements whose address still fits a code (at M, or L as the app falls back).
    let fits = |link: &String| {
        let url = format!("{ORIGIN}{link}");
        samenwerkingsscan::qr::QrCode::encode(url.as_bytes(), samenwerkingsscan::qr::Ecc::L)
            .is_some()
    };
    let most = (0..=14)
        .rev()
        .find(|&n| fits(&counts_link(n)))
        .expect("one fits");
    codes.push((
        format!("team of 500, 7 groups, {most} agreements (v3)"),
        counts_link(most),
    ));
    codes
        .into_iter()
        .map(|(name, link)| (name, format!("{ORIGIN}{link}")))
        .collect()
}

/// The code the app draws for an address: error correction M, or L where only L fits
/// (components/qr_code.rs).
pub fn app_code(url: &str) -> QrCode {
    use samenwerkingsscan::qr::Ecc;
    QrCode::encode(url.as_bytes(), Ecc::M)
        .or_else(|| QrCode::encode(url.as_bytes(), Ecc::L))
        .expect("fits a code")
}
