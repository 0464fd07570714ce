//! Small, dependency-free QR code encoder (ISO/IEC 18004, model 2, byte mode).
//!
//! Made for the WebAssembly build, where every byte of the binary counts:
//! only byte mode (the app encodes an ASCII URL), Reed-Solomon and the
//! Galois-field arithmetic are computed without lookup tables, the only tables
//! are the standard's block structure (2 × 4 × 40 bytes), no `std::fmt`, no
//! generics of our own. The structure follows Project Nayuki's qrcodegen.
//!
//! It never panics: all grid access is bounds-checked (out of range reads as
//! light, writes are dropped) and data that does not fit in version 40 gives
//! `None`.
//!
//! ```
//! use samenwerkingsscan::qr::{Ecc, QrCode};
//! let qr = QrCode::encode(b"https://example.org/", Ecc::M).unwrap();
//! let n = qr.size() + 2 * 4;
//! let svg = format!(
//!     "<svg viewBox=\"0 0 {n} {n}\"><path d=\"{}\"/></svg>",
//!     qr.svg_path(4)
//! );
//! assert!(svg.contains("M4,4h7"));
//! ```

/// Error correction level; the app uses M (15%) by default and L when M does
/// not fit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ecc {
    /// Recovers about 7% of the codewords.
    L,
    /// Recovers about 15% of the codewords.
    M,
    /// Recovers about 25% of the codewords.
    Q,
    /// Recovers about 30% of the codewords.
    H,
}

/// A QR code symbol: a square grid of dark and light modules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrCode {
    size: usize,
    /// Row-major, one byte per module: `DARK` bit, plus `FUNC` for the
    /// function patterns (which masking must leave alone).
    modules: Vec<u8>,
}

const DARK: u8 = 1;
const FUNC: u8 = 2;

/// EC codewords per block, by level (L, M, Q, H) and version − 1.
static ECC_CODEWORDS_PER_BLOCK: [[u8; 40]; 4] = [
    [
        7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30,
        30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
    ],
    [
        10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28,
        28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
    ],
    [
        13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30,
        30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
    ],
    [
        17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30,
        30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
    ],
];

/// Number of error correction blocks, by level (L, M, Q, H) and version − 1.
static NUM_ERROR_CORRECTION_BLOCKS: [[u8; 40]; 4] = [
    [
        1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13,
        14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25,
    ],
    [
        1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23,
        25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49,
    ],
    [
        1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29,
        34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68,
    ],
    [
        1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35,
        37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81,
    ],
];

/// Looks up `table[ecc][ver - 1]`; 1 when out of range (never, for 1..=40).
fn table(t: &[[u8; 40]; 4], ecc: Ecc, ver: usize) -> usize {
    t.get(ecc as usize)
        .and_then(|row| row.get(ver.wrapping_sub(1)))
        .map_or(1, |&v| v as usize)
}

/// (EC codewords per block, number of blocks) for a version and level.
fn blocks(ver: usize, ecc: Ecc) -> (usize, usize) {
    (
        table(&ECC_CODEWORDS_PER_BLOCK, ecc, ver),
        table(&NUM_ERROR_CORRECTION_BLOCKS, ecc, ver).max(1),
    )
}

/// Number of modules available for codewords (data + EC + remainder bits).
fn num_raw_data_modules(ver: usize) -> usize {
    let mut n = (16 * ver + 128) * ver + 64;
    if ver >= 2 {
        let align = ver / 7 + 2;
        n -= (25 * align - 10) * align - 55;
        if ver >= 7 {
            n -= 36;
        }
    }
    n
}

/// Number of 8-bit data codewords at a version and level.
fn num_data_codewords(ver: usize, ecc: Ecc) -> usize {
    let (ec, nb) = blocks(ver, ecc);
    (num_raw_data_modules(ver) / 8).saturating_sub(ec * nb)
}

/// Multiplication in GF(2^8) modulo x^8 + x^4 + x^3 + x^2 + 1 (0x11D).
fn gf_mul(x: u8, y: u8) -> u8 {
    let mut z: u8 = 0;
    for i in (0..8).rev() {
        z = (z << 1) ^ ((z >> 7) * 0x1D);
        z ^= ((y >> i) & 1) * x;
    }
    z
}

/// Reed-Solomon generator polynomial of the given degree, highest
/// coefficient (always 1) omitted.
fn rs_divisor(degree: usize) -> Vec<u8> {
    let mut r = vec![0u8; degree];
    if let Some(last) = r.last_mut() {
        *last = 1;
    }
    let mut root: u8 = 1;
    for _ in 0..degree {
        // Multiply by (x - root).
        for j in 0..degree {
            let next = r.get(j + 1).copied().unwrap_or(0);
            if let Some(c) = r.get_mut(j) {
                *c = gf_mul(*c, root) ^ next;
            }
        }
        root = gf_mul(root, 2);
    }
    r
}

/// Writes the remainder of `data` divided by `divisor` into `out`
/// (`out.len() == divisor.len()`).
fn rs_remainder(data: &[u8], divisor: &[u8], out: &mut [u8]) {
    out.fill(0);
    for &b in data {
        let factor = b ^ out.first().copied().unwrap_or(0);
        for i in 0..out.len() {
            let next = out.get(i + 1).copied().unwrap_or(0);
            let d = divisor.get(i).copied().unwrap_or(0);
            if let Some(o) = out.get_mut(i) {
                *o = next ^ gf_mul(d, factor);
            }
        }
    }
}

/// The 15 format bits (BCH-coded level and mask, XOR-masked) as drawn.
fn format_bits(ecc: Ecc, mask: u32) -> u32 {
    // Format encoding of the level: L = 01, M = 00, Q = 11, H = 10.
    let data = ((ecc as u32) ^ 1) << 3 | (mask & 7);
    let mut rem = data;
    for _ in 0..10 {
        rem = (rem << 1) ^ ((rem >> 9) * 0x537);
    }
    (data << 10 | rem) ^ 0x5412
}

/// The 18 version bits (BCH-coded version number), for versions ≥ 7.
fn version_bits(ver: u32) -> u32 {
    let mut rem = ver;
    for _ in 0..12 {
        rem = (rem << 1) ^ ((rem >> 11) * 0x1F25);
    }
    ver << 12 | rem
}

fn bit(v: u32, i: usize) -> bool {
    (v >> i) & 1 != 0
}

/// Penalty rules 1 and 3 for one row or column given as alternating run
/// lengths, starting with a light run (possibly 0 long).
fn line_penalty(runs: &[usize]) -> u32 {
    let r = |i: usize| runs.get(i).copied().unwrap_or(0);
    // Light run next to the symbol edge: continues into the quiet zone.
    let light = |i: usize| {
        if i == 0 || i + 1 >= runs.len() {
            usize::MAX / 8
        } else {
            r(i)
        }
    };
    let mut p = 0;
    for &n in runs {
        if n >= 5 {
            p += n as u32 - 2; // N1 (3) + run length − 5
        }
    }
    // Finder-like dark 1:1:3:1:1 with 4 light on one side; dark runs are odd.
    let mut c = 3;
    while c + 2 < runs.len() {
        let n = r(c - 2);
        if n > 0 && r(c - 1) == n && r(c) == 3 * n && r(c + 1) == n && r(c + 2) == n {
            let (before, after) = (light(c - 3), light(c + 3));
            if before >= 4 * n && after >= n {
                p += 40;
            }
            if after >= 4 * n && before >= n {
                p += 40;
            }
        }
        c += 2;
    }
    p
}

/// Appends the decimal digits of `n`.
fn push_num(s: &mut String, n: usize) {
    if n >= 10 {
        push_num(s, n / 10);
    }
    s.push(char::from(b'0' + (n % 10) as u8));
}

impl QrCode {
    /// Byte-mode encoding of `data` (the app's data is an ASCII URL), smallest
    /// version 1..=40 that fits at `ecc`, best mask by the standard penalty
    /// rules. `None` when it doesn't fit in version 40.
    pub fn encode(data: &[u8], ecc: Ecc) -> Option<QrCode> {
        let len = data.len();
        let mut ver = 1;
        let (cc_bits, capacity) = loop {
            let cc_bits = if ver < 10 { 8 } else { 16 };
            let cap = num_data_codewords(ver, ecc);
            if len < 1 << cc_bits && 4 + cc_bits + len * 8 <= cap * 8 {
                break (cc_bits, cap);
            }
            if ver >= 40 {
                return None;
            }
            ver += 1;
        };

        // Data codewords: mode 0100, count, bytes, terminator (zero bits
        // already there), pad to a byte, then 0xEC 0x11 ... pad codewords.
        let mut cw = vec![0u8; capacity];
        let mut pos = 0usize;
        let mut put = |cw: &mut [u8], v: u32, n: usize| {
            for i in (0..n).rev() {
                if bit(v, i) {
                    if let Some(b) = cw.get_mut(pos >> 3) {
                        *b |= 0x80 >> (pos & 7);
                    }
                }
                pos += 1;
            }
        };
        put(&mut cw, 4, 4);
        put(&mut cw, len as u32, cc_bits);
        for &b in data {
            put(&mut cw, b as u32, 8);
        }
        let pad_from = (4 + cc_bits + len * 8 + 4).div_ceil(8);
        for (i, b) in cw.iter_mut().skip(pad_from).enumerate() {
            *b = if i % 2 == 0 { 0xEC } else { 0x11 };
        }

        // Split into blocks, add EC codewords, interleave.
        let (ec_len, nb) = blocks(ver, ecc);
        let raw = num_raw_data_modules(ver) / 8;
        let short_data = (raw / nb).saturating_sub(ec_len);
        let num_short = nb - raw % nb;
        let divisor = rs_divisor(ec_len);
        let mut ec = vec![0u8; nb * ec_len];
        let mut start = 0;
        for (b, out) in ec.chunks_mut(ec_len.max(1)).enumerate() {
            let end = start + short_data + usize::from(b >= num_short);
            rs_remainder(cw.get(start..end).unwrap_or(&[]), &divisor, out);
            start = end;
        }
        let mut all = Vec::with_capacity(raw);
        for i in 0..=short_data {
            let mut start = 0;
            for b in 0..nb {
                let dl = short_data + usize::from(b >= num_short);
                if i < dl {
                    all.extend(cw.get(start + i).copied());
                }
                start += dl;
            }
        }
        for i in 0..ec_len {
            for b in 0..nb {
                all.extend(ec.get(b * ec_len + i).copied());
            }
        }

        let size = ver * 4 + 17;
        let mut qr = QrCode {
            size,
            modules: vec![0; size * size],
        };
        qr.draw_function_patterns(ver);
        qr.draw_codewords(&all);

        let mut best = (u32::MAX, 0);
        for mask in 0..8 {
            qr.apply_mask(mask);
            qr.draw_format(ecc, mask);
            let p = qr.penalty();
            if p < best.0 {
                best = (p, mask);
            }
            qr.apply_mask(mask); // XOR again undoes it
        }
        qr.apply_mask(best.1);
        qr.draw_format(ecc, best.1);
        Some(qr)
    }

    /// Modules per side (21 for version 1 up to 177 for version 40).
    pub fn size(&self) -> usize {
        self.size
    }

    /// Whether the module at column `x`, row `y` is dark; false outside.
    pub fn get(&self, x: usize, y: usize) -> bool {
        x < self.size
            && y < self.size
            && self
                .modules
                .get(y * self.size + x)
                .is_some_and(|m| m & DARK != 0)
    }

    /// An SVG path `d` string of the dark modules, offset by a quiet zone of
    /// `border` modules, one `M{x},{y}h{w}v1h-{w}z` per horizontal run. For a
    /// `<path>` in an `<svg viewBox="0 0 {size+2*border} {size+2*border}">`.
    pub fn svg_path(&self, border: usize) -> String {
        let mut s = String::new();
        for y in 0..self.size {
            let mut x = 0;
            while x < self.size {
                if !self.get(x, y) {
                    x += 1;
                    continue;
                }
                let start = x;
                while self.get(x, y) {
                    x += 1;
                }
                let w = x - start;
                s.push('M');
                push_num(&mut s, start.saturating_add(border));
                s.push(',');
                push_num(&mut s, y.saturating_add(border));
                s.push('h');
                push_num(&mut s, w);
                s.push_str("v1h-");
                push_num(&mut s, w);
                s.push('z');
            }
        }
        s
    }

    /// Sets a function module (dark or light) and marks it as such.
    fn set_func(&mut self, x: usize, y: usize, dark: bool) {
        if x < self.size && y < self.size {
            if let Some(m) = self.modules.get_mut(y * self.size + x) {
                *m = FUNC | u8::from(dark);
            }
        }
    }

    fn is_func(&self, x: usize, y: usize) -> bool {
        x >= self.size
            || y >= self.size
            || self
                .modules
                .get(y * self.size + x)
                .is_none_or(|m| m & FUNC != 0)
    }

    fn draw_function_patterns(&mut self, ver: usize) {
        let size = self.size;
        // Timing patterns.
        for i in 0..size {
            self.set_func(6, i, i % 2 == 0);
            self.set_func(i, 6, i % 2 == 0);
        }
        // Finder patterns with separators (clipped at the edges).
        for (cx, cy) in [(3, 3), (size - 4, 3), (3, size - 4)] {
            for dy in 0..9usize {
                for dx in 0..9usize {
                    let dist = dx.abs_diff(4).max(dy.abs_diff(4));
                    let (x, y) = ((cx + dx).wrapping_sub(4), (cy + dy).wrapping_sub(4));
                    self.set_func(x, y, dist != 2 && dist != 4);
                }
            }
        }
        // Alignment patterns, except where they would overlap the finders.
        if ver >= 2 {
            let n = ver / 7 + 2;
            let step = (ver * 8 + n * 3 + 5) / (n * 4 - 4) * 2;
            let pos = |i: usize| {
                if i == 0 {
                    6
                } else {
                    size - 7 - (n - 1 - i) * step
                }
            };
            for i in 0..n {
                for j in 0..n {
                    let corner = (i == 0 && (j == 0 || j == n - 1)) || (j == 0 && i == n - 1);
                    if corner {
                        continue;
                    }
                    for dy in 0..5usize {
                        for dx in 0..5usize {
                            let dist = dx.abs_diff(2).max(dy.abs_diff(2));
                            let x = (pos(i) + dx).wrapping_sub(2);
                            let y = (pos(j) + dy).wrapping_sub(2);
                            self.set_func(x, y, dist != 1);
                        }
                    }
                }
            }
        }
        // Reserve the format areas (overwritten once the mask is chosen).
        self.draw_format(Ecc::L, 0);
        // Version information, two copies.
        if ver >= 7 {
            let bits = version_bits(ver as u32);
            for i in 0..18 {
                let (a, b) = (size - 11 + i % 3, i / 3);
                self.set_func(a, b, bit(bits, i));
                self.set_func(b, a, bit(bits, i));
            }
        }
    }

    /// Draws both copies of the format bits, and the always-dark module.
    fn draw_format(&mut self, ecc: Ecc, mask: u32) {
        let bits = format_bits(ecc, mask);
        let size = self.size;
        for i in 0..6 {
            self.set_func(8, i, bit(bits, i));
        }
        self.set_func(8, 7, bit(bits, 6));
        self.set_func(8, 8, bit(bits, 7));
        self.set_func(7, 8, bit(bits, 8));
        for i in 9..15 {
            self.set_func(14 - i, 8, bit(bits, i));
        }
        for i in 0..8 {
            self.set_func(size - 1 - i, 8, bit(bits, i));
        }
        for i in 8..15 {
            self.set_func(8, size - 15 + i, bit(bits, i));
        }
        self.set_func(8, size - 8, true);
    }

    /// Places the codeword bits in the zigzag order, skipping function modules.
    fn draw_codewords(&mut self, data: &[u8]) {
        let size = self.size;
        let mut i = 0;
        let mut right = size - 1;
        loop {
            if right == 6 {
                right = 5; // skip the vertical timing column
            }
            let upward = (right + 1) & 2 == 0;
            for vert in 0..size {
                let y = if upward { size - 1 - vert } else { vert };
                for x in [right, right - 1] {
                    if self.is_func(x, y) {
                        continue;
                    }
                    let dark = data
                        .get(i >> 3)
                        .is_some_and(|&b| b & (0x80 >> (i & 7)) != 0);
                    if let Some(m) = self.modules.get_mut(y * size + x) {
                        *m = u8::from(dark);
                    }
                    i += 1;
                }
            }
            if right < 3 {
                break;
            }
            right -= 2;
        }
    }

    /// XORs mask pattern `mask` over the non-function modules (self-inverse).
    fn apply_mask(&mut self, mask: u32) {
        let size = self.size.max(1);
        for (k, m) in self.modules.iter_mut().enumerate() {
            let (x, y) = (k % size, k / size);
            let invert = match mask {
                0 => (x + y) % 2 == 0,
                1 => y % 2 == 0,
                2 => x % 3 == 0,
                3 => (x + y) % 3 == 0,
                4 => (x / 3 + y / 2) % 2 == 0,
                5 => x * y % 2 + x * y % 3 == 0,
                6 => (x * y % 2 + x * y % 3) % 2 == 0,
                _ => ((x + y) % 2 + x * y % 3) % 2 == 0,
            };
            if invert && *m & FUNC == 0 {
                *m ^= DARK;
            }
        }
    }

    /// The standard's penalty score (rules N1..N4) of the current symbol.
    fn penalty(&self) -> u32 {
        let n = self.size;
        let mut p = 0;
        let mut runs = Vec::with_capacity(n + 1);
        for vertical in [false, true] {
            for a in 0..n {
                runs.clear();
                let (mut color, mut len) = (false, 0);
                for b in 0..n {
                    let dark = if vertical {
                        self.get(a, b)
                    } else {
                        self.get(b, a)
                    };
                    if dark != color {
                        runs.push(len);
                        (color, len) = (dark, 0);
                    }
                    len += 1;
                }
                runs.push(len);
                p += line_penalty(&runs);
            }
        }
        let mut dark = 0;
        for y in 0..n {
            for x in 0..n {
                let c = self.get(x, y);
                dark += usize::from(c);
                if x > 0
                    && y > 0
                    && c == self.get(x - 1, y)
                    && c == self.get(x, y - 1)
                    && c == self.get(x - 1, y - 1)
                {
                    p += 3;
                }
            }
        }
        // N4: 10 per full 5% step away from half dark.
        let total = (n * n).max(1);
        let k = (dark * 20).abs_diff(total * 10).div_ceil(total);
        p + 10 * k.saturating_sub(1) as u32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gf_mul_basics() {
        assert_eq!(gf_mul(0, 0x53), 0);
        assert_eq!(gf_mul(1, 0x53), 0x53);
        assert_eq!(gf_mul(2, 0x80), 0x1D); // x^8 = x^4 + x^3 + x^2 + 1
        assert_eq!(gf_mul(0x53, 0xCA), gf_mul(0xCA, 0x53));
        // alpha = 2 generates the multiplicative group: order 255.
        let mut a: u8 = 1;
        for i in 1..=255 {
            a = gf_mul(a, 2);
            assert_eq!(a == 1, i == 255, "alpha^{i}");
        }
        // Every non-zero element has an inverse.
        for x in 1..=255u8 {
            assert!((1..=255u8).any(|y| gf_mul(x, y) == 1), "{x}");
        }
    }

    #[test]
    fn rs_remainder_known_vector() {
        // "HELLO WORLD" at 1-M (alphanumeric), a widely published example.
        let data = [
            32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17,
        ];
        let mut out = [0u8; 10];
        rs_remainder(&data, &rs_divisor(10), &mut out);
        assert_eq!(out, [196, 35, 39, 119, 235, 215, 231, 226, 93, 23]);
    }

    #[test]
    fn rs_divisor_degree_7() {
        // g(x) = x^7 + a^87 x^6 + a^229 x^5 + a^146 x^4 + a^149 x^3
        //        + a^238 x^2 + a^102 x + a^21
        let pow = |e: u32| (0..e).fold(1u8, |a, _| gf_mul(a, 2));
        let want: Vec<u8> = [87, 229, 146, 149, 238, 102, 21].map(pow).to_vec();
        assert_eq!(rs_divisor(7), want);
    }

    #[test]
    fn format_and_version_bits() {
        assert_eq!(format_bits(Ecc::M, 0), 0b101010000010010);
        assert_eq!(format_bits(Ecc::L, 4), 0b110011000101111);
        assert_eq!(format_bits(Ecc::H, 7), 0b000100000111011);
        assert_eq!(version_bits(7), 0x07C94);
        assert_eq!(version_bits(40), 0x28C69);
    }

    #[test]
    fn capacities() {
        // Byte-mode capacities from the standard's table.
        let fits = |len: usize, ecc| QrCode::encode(&vec![b'a'; len], ecc).map(|q| q.size());
        assert_eq!(fits(17, Ecc::L), Some(21));
        assert_eq!(fits(18, Ecc::L), Some(25));
        assert_eq!(fits(14, Ecc::M), Some(21));
        assert_eq!(fits(7, Ecc::H), Some(21));
        assert_eq!(fits(2953, Ecc::L), Some(177));
        assert_eq!(fits(2954, Ecc::L), None);
        assert_eq!(fits(2331, Ecc::M), Some(177));
        assert_eq!(fits(2332, Ecc::M), None);
        assert_eq!(fits(1273, Ecc::H), Some(177));
        assert_eq!(fits(1274, Ecc::H), None);
        assert_eq!(num_data_codewords(40, Ecc::Q), 1666);
    }

    #[test]
    fn function_patterns() {
        let q = QrCode::encode(b"", Ecc::M).unwrap();
        assert_eq!(q.size(), 21);
        // Finder corner, separator, timing, dark module.
        assert!(q.get(0, 0) && q.get(6, 6) && !q.get(7, 7) && !q.get(1, 1));
        assert!(q.get(20, 0) && q.get(0, 20) && !q.get(20, 20));
        assert!(q.get(8, 6) && !q.get(9, 6) && q.get(6, 8) && !q.get(6, 9));
        assert!(q.get(8, 13));
        assert!(!q.get(21, 0) && !q.get(0, usize::MAX));
    }

    #[test]
    fn penalty_line_rules() {
        // N1 = run length - 2 for runs of 5 or more (7 dark: 5, 14 light: 12).
        // N3 = 40 per 1:1:3:1:1 with 4 light on a side (edges count as light).
        assert_eq!(line_penalty(&[0, 7, 14]), 5 + 12);
        assert_eq!(line_penalty(&[0, 1, 1, 3, 1, 1, 14]), 80 + 12);
        assert_eq!(line_penalty(&[0, 2, 2, 1, 1, 3, 1, 1, 2, 1]), 0);
        assert_eq!(line_penalty(&[0, 2, 4, 1, 1, 3, 1, 1, 2, 1]), 40);
    }

    #[test]
    fn svg_path_runs() {
        let q = QrCode::encode(b"x", Ecc::L).unwrap();
        let d = q.svg_path(2);
        assert!(d.starts_with("M2,2h7v1h-7z"));
        assert_eq!(push_str(0), "0");
        assert_eq!(push_str(1203), "1203");
    }

    fn push_str(n: usize) -> String {
        let mut s = String::new();
        push_num(&mut s, n);
        s
    }
}
