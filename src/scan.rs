//! Reads QR codes in camera frames, for the facilitator's camera (issue 23): grey frames in,
//! the texts of the codes found out. A thin wrapper of quircs 0.10, a pure-Rust port of quirc,
//! chosen over rqrr for its size in wasm (14 KB brotli against 85 KB) and its speed (about 3x)
//! on the app's own codes, with as many codes read (docs/performance.md, "The QR decoder").
//!
//! Pure Rust, no browser: the decoder's own wasm (src/bin/qr_decoder.rs, loaded only when the
//! camera needs it) and the native tests (tests/scan.rs) use it. Neither of the app's builds
//! calls it, so neither carries it.
//!
//! Never panics on input: a frame whose bytes do not match its size, or that is larger than
//! [`MAX_PIXELS`], has no codes.
//!
//! ```
//! use samenwerkingsscan::scan::{centre_square, luma, Scanner};
//! let (width, height) = (640, 480);
//! let rgba = vec![255; width * height * 4]; // a canvas's ImageData: a white frame
//! let grey = luma(&rgba, width, height, centre_square(width, height)).unwrap();
//! assert_eq!(grey.len(), 480 * 480);
//! assert!(Scanner::default().scan(&grey, 480, 480).is_empty());
//! ```

/// The largest frame read: 3840x2160 (4K), far more than a code needs. Larger ones are refused
/// rather than allocated.
pub const MAX_PIXELS: usize = 3840 * 2160;

/// A rectangle of a frame, in pixels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Region {
    pub x: usize,
    pub y: usize,
    pub width: usize,
    pub height: usize,
}

impl Region {
    /// The whole frame.
    pub fn all(width: usize, height: usize) -> Region {
        Region {
            x: 0,
            y: 0,
            width,
            height,
        }
    }

    /// Whether it lies within a frame of that size.
    fn within(&self, width: usize, height: usize) -> bool {
        self.x.checked_add(self.width).is_some_and(|r| r <= width)
            && self.y.checked_add(self.height).is_some_and(|b| b <= height)
    }
}

/// The centre square of a frame, as high (or as wide) as the frame: where a phone held up to
/// the camera is. A 1280x720 frame has 720x720 of it, 56% of the pixels to read.
pub fn centre_square(width: usize, height: usize) -> Region {
    let side = width.min(height);
    Region {
        x: (width - side) / 2,
        y: (height - side) / 2,
        width: side,
        height: side,
    }
}

/// The grey (luma) bytes of `region` of an RGBA frame (a canvas's `ImageData`: 4 bytes a
/// pixel, row by row), with the weights of a camera's Y (ITU-R BT.601) in 8-bit fixed point.
/// `None` when the bytes are not `width * height * 4` or the region is outside the frame.
pub fn luma(rgba: &[u8], width: usize, height: usize, region: Region) -> Option<Vec<u8>> {
    let pixels = width.checked_mul(height)?;
    if rgba.len() != pixels.checked_mul(4)? || !region.within(width, height) {
        return None;
    }
    let mut out = Vec::with_capacity(region.width * region.height);
    for y in region.y..region.y + region.height {
        let row = &rgba[(y * width + region.x) * 4..(y * width + region.x + region.width) * 4];
        out.extend(row.chunks_exact(4).map(|p| {
            let y = 77 * u32::from(p[0]) + 150 * u32::from(p[1]) + 29 * u32::from(p[2]) + 128;
            (y >> 8) as u8
        }));
    }
    Some(out)
}

/// The bytes of `region` of a grey frame (`width * height` bytes). `None` when the bytes do
/// not match the size or the region is outside the frame.
pub fn crop(grey: &[u8], width: usize, height: usize, region: Region) -> Option<Vec<u8>> {
    if grey.len() != width.checked_mul(height)? || !region.within(width, height) {
        return None;
    }
    let mut out = Vec::with_capacity(region.width * region.height);
    for y in region.y..region.y + region.height {
        out.extend_from_slice(&grey[y * width + region.x..y * width + region.x + region.width]);
    }
    Some(out)
}

/// A QR decoder that keeps its buffers from one frame to the next (a camera's frames have one
/// size, so after the first nothing is allocated for the image).
#[derive(Default)]
pub struct Scanner {
    quirc: quircs::Quirc,
}

impl Scanner {
    /// The texts of the codes in a grey frame (`width * height` bytes, row by row), each once,
    /// in the order found. A code whose data is not UTF-8 (no link of this app) is left out, as
    /// is one the decoder could not correct. Nothing for a frame of the wrong size.
    pub fn scan(&mut self, grey: &[u8], width: usize, height: usize) -> Vec<String> {
        let fits = width
            .checked_mul(height)
            .is_some_and(|n| n == grey.len() && n <= MAX_PIXELS && n > 0);
        if !fits {
            return Vec::new();
        }
        let mut texts: Vec<String> = Vec::new();
        for code in self.quirc.identify(width, height, grey) {
            let Some(data) = code.ok().and_then(|c| c.decode().ok()) else {
                continue;
            };
            if let Ok(text) = String::from_utf8(data.payload) {
                if !texts.contains(&text) {
                    texts.push(text);
                }
            }
        }
        texts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luma_weighs_green_most_and_keeps_black_and_white() {
        let rgba = [
            0, 0, 0, 255, 255, 255, 255, 255, 255, 0, 0, 255, 0, 255, 0, 255,
        ];
        let grey = luma(&rgba, 4, 1, Region::all(4, 1)).unwrap();
        assert_eq!(grey, [0, 255, 77, 149]);
    }

    #[test]
    fn regions_are_cut_from_the_frame_and_checked() {
        // A 4x3 frame whose bytes are their own index.
        let grey: Vec<u8> = (0..12).collect();
        assert_eq!(
            centre_square(4, 3),
            Region {
                x: 0,
                y: 0,
                width: 3,
                height: 3
            }
        );
        assert_eq!(
            centre_square(3, 5),
            Region {
                x: 0,
                y: 1,
                width: 3,
                height: 3
            }
        );
        let centre = Region {
            x: 1,
            y: 1,
            width: 2,
            height: 2,
        };
        assert_eq!(crop(&grey, 4, 3, centre), Some(vec![5, 6, 9, 10]));
        let rgba: Vec<u8> = grey.iter().flat_map(|&g| [g, g, g, 255]).collect();
        assert_eq!(luma(&rgba, 4, 3, centre), Some(vec![5, 6, 9, 10]));
        let outside = Region {
            x: 3,
            y: 0,
            width: 2,
            height: 1,
        };
        assert_eq!(crop(&grey, 4, 3, outside), None);
        assert_eq!(luma(&rgba, 4, 3, outside), None);
        let huge = Region {
            x: usize::MAX,
            y: 0,
            width: 2,
            height: 1,
        };
        assert_eq!(crop(&grey, 4, 3, huge), None);
        assert_eq!(crop(&grey, 4, 4, centre), None);
        assert_eq!(luma(&rgba[1..], 4, 3, centre), None);
        assert_eq!(luma(&rgba, usize::MAX, 2, centre), None);
    }

    #[test]
    fn a_frame_of_the_wrong_size_has_no_codes() {
        let mut scanner = Scanner::default();
        assert!(scanner.scan(&[255; 12], 4, 4).is_empty());
        assert!(scanner.scan(&[], 0, 0).is_empty());
        assert!(scanner.scan(&[255; 4], usize::MAX, 2).is_empty());
    }
}
