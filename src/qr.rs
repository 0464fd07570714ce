//! QR codes of the app's links: Project Nayuki's `qrcodegen` (the reference encoder) in byte
//! mode, and the SVG path the app draws them with.
//!
//! A thin wrapper: the app asks for exactly the error correction level it names (no boosting,
//! so a code reads the same way in every test), gets `None` when the data does not fit in
//! version 40, and never panics on a module outside the grid.
//!
//! ```
//! use samenwerkingsscan::qr::{Ecc, QrCode};
//! let qr = QrCode::encode(b"https://example.org/", Ecc::M).unwrap();
//! assert!(qr.svg_path(4).starts_with("M4,4h7"));
//! ```

use qrcodegen::{QrCodeEcc, QrSegment, Version};

/// Error correction level; the app uses M (15%) by default and L when M does not fit.
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

impl Ecc {
    fn level(self) -> QrCodeEcc {
        match self {
            Ecc::L => QrCodeEcc::Low,
            Ecc::M => QrCodeEcc::Medium,
            Ecc::Q => QrCodeEcc::Quartile,
            Ecc::H => QrCodeEcc::High,
        }
    }
}

/// A QR code symbol: a square grid of dark and light modules.
#[derive(Clone, PartialEq, Eq)]
pub struct QrCode(qrcodegen::QrCode);

impl std::fmt::Debug for QrCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("QrCode")
            .field("size", &self.size())
            .field("path", &self.svg_path(0))
            .finish()
    }
}

impl QrCode {
    /// Byte-mode encoding of `data`, in the smallest version 1..=40 that fits at `ecc`, with
    /// the best mask by the standard's penalty rules. `None` when it does not fit in version 40.
    pub fn encode(data: &[u8], ecc: Ecc) -> Option<QrCode> {
        let segments = [QrSegment::make_bytes(data)];
        qrcodegen::QrCode::encode_segments_advanced(
            &segments,
            ecc.level(),
            Version::MIN,
            Version::MAX,
            None,
            false,
        )
        .ok()
        .map(QrCode)
    }

    /// Modules per side (21 for version 1 up to 177 for version 40).
    pub fn size(&self) -> usize {
        usize::try_from(self.0.size()).unwrap_or(0)
    }

    /// Whether the module at column `x`, row `y` is dark; false outside the grid.
    pub fn get(&self, x: usize, y: usize) -> bool {
        match (i32::try_from(x), i32::try_from(y)) {
            (Ok(x), Ok(y)) => self.0.get_module(x, y),
            _ => false,
        }
    }

    /// An SVG path `d` string of the dark modules, offset by a quiet zone of `border` modules,
    /// one `M{x},{y}h{w}v1h-{w}z` per horizontal run. For a `<path>` in an
    /// `<svg viewBox="0 0 {size+2*border} {size+2*border}">`.
    pub fn svg_path(&self, border: usize) -> String {
        use std::fmt::Write;
        let size = self.size();
        let mut path = String::new();
        for y in 0..size {
            let mut x = 0;
            while x < size {
                if !self.get(x, y) {
                    x += 1;
                    continue;
                }
                let start = x;
                while self.get(x, y) {
                    x += 1;
                }
                let w = x - start;
                let _ = write!(path, "M{},{}h{w}v1h-{w}z", start + border, y + border);
            }
        }
        path
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    }

    #[test]
    fn the_path_has_one_run_per_dark_stretch() {
        let qr = QrCode::encode(b"https://example.org/", Ecc::M).expect("fits");
        let path = qr.svg_path(4);
        // The top-left finder's top row is one run of 7 modules.
        assert!(path.starts_with("M4,4h7v1h-7z"), "{path}");
        let runs = path.matches('M').count();
        let dark_runs: usize = (0..qr.size())
            .map(|y| {
                (0..qr.size())
                    .filter(|&x| qr.get(x, y) && (x == 0 || !qr.get(x - 1, y)))
                    .count()
            })
            .sum();
        assert_eq!(runs, dark_runs);
        assert!(!qr.get(qr.size(), 0) && !qr.get(0, usize::MAX));
    }
}
