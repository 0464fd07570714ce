//! Scoring one participant's response, exactly as INSTRUMENT.md says:
//!
//! - intensity of one answer: (position - 1) / 4, from 0 to 1;
//! - overall intensity: the mean over the answered dimensions, shown only when at least
//!   [`MIN_ANSWERED`] of the 14 are answered;
//! - placement: model = min(7, floor(overall * 7) + 1), seven equal bands;
//! - gap per dimension: desired - now in scale points; priorities: the largest gaps, either
//!   direction.
//!
//! Means are kept as exact fractions so that a placement on a band boundary (an overall of
//! exactly 3/7, say) never depends on floating-point rounding.

use super::instrument::{Answer, DIMENSIONS, DIMENSION_COUNT, MODEL_COUNT};
use super::response::{Horizon, Response};

/// Fewer answered dimensions than this, and the result gives no placement.
pub const MIN_ANSWERED: usize = 7;

/// How many priorities a result lists at most.
pub const MAX_PRIORITIES: usize = 3;

/// An intensity from 0 to 1 as the exact fraction `numerator / denominator`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Intensity {
    numerator: u32,
    denominator: u32,
}

impl Intensity {
    /// `None` when the denominator is 0 or the fraction is above 1. Kept in lowest terms, so
    /// equal intensities compare equal.
    pub fn new(numerator: u32, denominator: u32) -> Option<Intensity> {
        if denominator == 0 || numerator > denominator {
            return None;
        }
        let divisor = gcd(numerator, denominator);
        Some(Intensity {
            numerator: numerator / divisor,
            denominator: denominator / divisor,
        })
    }

    pub fn value(self) -> f64 {
        f64::from(self.numerator) / f64::from(self.denominator)
    }

    /// The model (1-7) of this intensity: seven equal bands, the top one closed.
    pub fn model(self) -> u8 {
        let band = u64::from(self.numerator) * u64::from(MODEL_COUNT) / u64::from(self.denominator);
        // band <= 7 because numerator <= denominator.
        (band as u8 + 1).min(MODEL_COUNT)
    }

    /// The intensity scaled to `0..=length`, rounded to the nearest integer: for drawing a
    /// marker without float formatting (which costs the WebAssembly kilobytes).
    pub fn scaled(self, length: u32) -> u32 {
        let n = u64::from(self.numerator) * u64::from(length);
        let d = u64::from(self.denominator);
        ((2 * n + d) / (2 * d)) as u32
    }
}

fn gcd(mut a: u32, mut b: u32) -> u32 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

/// Where a set of answers lands on the continuum of the seven models.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement {
    /// Fewer than [`MIN_ANSWERED`] dimensions were answered.
    TooFewAnswers { answered: usize },
    Placed {
        intensity: Intensity,
        /// 1-7, see [`crate::domain::instrument::MODELS`].
        model: u8,
        answered: usize,
    },
}

impl Placement {
    /// Places a mean given as the sum of steps over `answered` values on a 0..=`max_steps` scale.
    pub(crate) fn from_steps(steps_sum: u32, max_steps: u32, answered: usize) -> Placement {
        if answered < MIN_ANSWERED {
            return Placement::TooFewAnswers { answered };
        }
        let denominator = max_steps * answered as u32;
        match Intensity::new(steps_sum, denominator) {
            Some(intensity) => Placement::Placed {
                intensity,
                model: intensity.model(),
                answered,
            },
            // Unreachable for steps within the scale; never panic on it.
            None => Placement::TooFewAnswers { answered: 0 },
        }
    }

    pub fn model(&self) -> Option<u8> {
        match self {
            Placement::Placed { model, .. } => Some(*model),
            Placement::TooFewAnswers { .. } => None,
        }
    }

    pub fn intensity(&self) -> Option<Intensity> {
        match self {
            Placement::Placed { intensity, .. } => Some(*intensity),
            Placement::TooFewAnswers { .. } => None,
        }
    }
}

/// Places a set of answers for one horizon.
pub fn place(answers: &[Answer; DIMENSION_COUNT]) -> Placement {
    let positions = answers.iter().filter_map(|a| a.position());
    let (sum, answered) = positions.fold((0u32, 0usize), |(sum, n), p| {
        (sum + u32::from(p.steps()), n + 1)
    });
    Placement::from_steps(sum, 4, answered)
}

/// One dimension of one response.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DimensionScore {
    pub id: u8,
    pub now: Answer,
    pub desired: Answer,
    /// desired - now in scale points (-4..=4), when both are answered.
    pub gap: Option<i8>,
}

/// A dimension where now and desired differ; `gap > 0` means the team wants more intensity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Priority {
    pub id: u8,
    pub gap: i8,
}

/// Everything the results screen shows for one response.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResponseResult {
    pub dimensions: [DimensionScore; DIMENSION_COUNT],
    pub now: Placement,
    pub desired: Placement,
    /// At most [`MAX_PRIORITIES`] dimensions with the largest non-zero gaps, largest first;
    /// ties go to the lower dimension id.
    pub priorities: Vec<Priority>,
}

impl ResponseResult {
    pub fn placement(&self, horizon: Horizon) -> Placement {
        match horizon {
            Horizon::Now => self.now,
            Horizon::Desired => self.desired,
        }
    }
}

/// Scores one response.
pub fn score(response: &Response) -> ResponseResult {
    let dimensions = DIMENSIONS.map(|d| {
        let now = response.now[d.index()];
        let desired = response.desired[d.index()];
        let gap = match (now.position(), desired.position()) {
            (Some(n), Some(w)) => Some(w.get() as i8 - n.get() as i8),
            _ => None,
        };
        DimensionScore {
            id: d.id,
            now,
            desired,
            gap,
        }
    });
    ResponseResult {
        dimensions,
        now: place(&response.now),
        desired: place(&response.desired),
        priorities: priorities(&dimensions),
    }
}

fn priorities(dimensions: &[DimensionScore; DIMENSION_COUNT]) -> Vec<Priority> {
    let mut gaps: Vec<Priority> = dimensions
        .iter()
        .filter_map(|d| match d.gap {
            Some(gap) if gap != 0 => Some(Priority { id: d.id, gap }),
            _ => None,
        })
        .collect();
    gaps.sort_by_key(|p| (std::cmp::Reverse(p.gap.unsigned_abs()), p.id));
    gaps.truncate(MAX_PRIORITIES);
    gaps
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands_are_exact_at_their_boundaries() {
        // k/7 exactly is the start of band k+1.
        for k in 0..=7u32 {
            let i = Intensity::new(4 * k, 28).unwrap();
            assert_eq!(i.model(), (k as u8 + 1).min(7), "k = {k}");
        }
        // Just below a boundary stays in the lower band.
        assert_eq!(Intensity::new(3, 7).unwrap().model(), 4);
        assert_eq!(Intensity::new(299, 700).unwrap().model(), 3);
        assert_eq!(Intensity::new(0, 1).unwrap().model(), 1);
        assert_eq!(Intensity::new(1, 1).unwrap().model(), 7);
        assert_eq!(Intensity::new(2, 1), None);
        assert_eq!(Intensity::new(0, 0), None);
        assert_eq!(Intensity::new(1, 2).unwrap().scaled(700), 350);
        assert_eq!(Intensity::new(1, 3).unwrap().scaled(700), 233);
        assert_eq!(Intensity::new(2, 3).unwrap().scaled(700), 467);
        assert_eq!(Intensity::new(1, 1).unwrap().scaled(700), 700);
    }
}
