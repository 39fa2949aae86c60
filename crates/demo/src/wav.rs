//! Speech-like WAV recordings: 16 kHz, 16-bit, mono PCM, synthesised deterministically.
//!
//! The audio only has to *look* like speech in a waveform view and behave like it for code that
//! measures loudness, silence or length: a few harmonics over a wandering fundamental, shaped by
//! two moving "formant" bumps, cut into syllables by raised envelopes, with fricative hiss at
//! some onsets and a faint noise floor. Nobody can be heard saying anything.
//!
//! Determinism: only `+ - * /`, comparisons and truncating casts are used on `f64` (IEEE 754
//! makes these exact-rounded everywhere; Rust never contracts them into FMA). The sine comes from
//! a table filled by a fixed polynomial rather than `f64::sin`, whose last bit is up to the
//! platform's `libm`. So the bytes depend on the seed alone.

use std::sync::OnceLock;

use crate::rng::Rng;

/// Samples per second of every generated recording.
pub(crate) const SAMPLE_RATE: u32 = 16_000;

/// Size of the sine table (a power of two, so a phase wraps with a mask).
const TABLE: usize = 4096;

/// One speaker's voice: the fundamental frequency around which their pitch wanders.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Voice {
    /// Mean fundamental frequency in Hz (about 110 for a low adult voice, 200 for a high one).
    pub(crate) f0: f64,
    /// Level of the background noise floor, 0.0 to about 0.02 (a bathroom is louder than a phone).
    pub(crate) room_noise: f64,
}

/// `sin(x)` for `x` in `[-pi, pi]` from a fixed Taylor polynomial (error below 1e-10).
fn poly_sin(x: f64) -> f64 {
    use std::f64::consts::PI;
    let half = PI / 2.0;
    let x = if x > half {
        PI - x
    } else if x < -half {
        -PI - x
    } else {
        x
    };
    let x2 = x * x;
    // Horner form of x - x^3/3! + x^5/5! - ... + x^17/17!.
    let mut term = 1.0;
    for n in (1..=8).rev() {
        let k = (2 * n) as f64;
        term = 1.0 - x2 / (k * (k + 1.0)) * term;
    }
    x * term
}

/// One full period of sine in `TABLE` steps.
fn sine_table() -> &'static [f64] {
    static SINE: OnceLock<Vec<f64>> = OnceLock::new();
    SINE.get_or_init(|| {
        (0..TABLE)
            .map(|i| {
                let x = 2.0 * std::f64::consts::PI * i as f64 / TABLE as f64;
                let x = if x > std::f64::consts::PI {
                    x - 2.0 * std::f64::consts::PI
                } else {
                    x
                };
                poly_sin(x)
            })
            .collect()
    })
}

/// Sine of a phase given in turns (any non-negative value; only the fraction matters).
fn sin_turns(table: &[f64], turns: f64) -> f64 {
    table[((turns * TABLE as f64) as usize) & (TABLE - 1)]
}

/// A syllable: where it sits and how it sounds.
struct Syllable {
    start: usize,
    len: usize,
    /// Harmonic amplitudes (index 0 = fundamental), already normalised.
    harmonics: [f64; 8],
    loudness: f64,
    /// Samples of hiss at the onset ("s", "sch", "f").
    fricative: usize,
}

/// A formant-like gain: a bump of width `bw` around `centre`.
fn bump(f: f64, centre: f64, bw: f64) -> f64 {
    let d = (f - centre) / bw;
    1.0 / (1.0 + d * d)
}

/// Lays out syllables between a leading and a trailing pause.
fn syllables(rng: &mut Rng, voice: &Voice, n: usize) -> Vec<Syllable> {
    let sr = f64::from(SAMPLE_RATE);
    let lead = (rng.uniform(0.10, 0.32) * sr) as usize;
    let tail = (rng.uniform(0.08, 0.25) * sr) as usize;
    let end = n.saturating_sub(tail);
    let mut out = Vec::new();
    let mut at = lead;
    loop {
        let len = (rng.uniform(0.09, 0.26) * sr) as usize;
        if at + len > end {
            break;
        }
        let f1 = rng.uniform(300.0, 850.0);
        let f2 = rng.uniform(900.0, 2400.0);
        let mut harmonics = [0.0; 8];
        let mut sum = 0.0;
        for (k, h) in harmonics.iter_mut().enumerate() {
            let f = voice.f0 * (k + 1) as f64;
            if f < 3800.0 {
                *h = (bump(f, f1, 140.0) + 0.6 * bump(f, f2, 220.0) + 0.12)
                    / (1.0 + 0.35 * k as f64);
                sum += *h;
            }
        }
        for h in &mut harmonics {
            *h /= sum.max(1e-9);
        }
        let fricative = if rng.chance(0.25) {
            (rng.uniform(0.03, 0.07) * sr) as usize
        } else {
            0
        };
        out.push(Syllable {
            start: at,
            len,
            harmonics,
            loudness: rng.uniform(0.55, 1.0),
            fricative,
        });
        // Short gaps inside words, longer ones between words.
        let gap = if rng.chance(0.3) {
            rng.uniform(0.08, 0.18)
        } else {
            rng.uniform(0.015, 0.06)
        };
        at += len + fricative + (gap * sr) as usize;
    }
    out
}

/// A complete WAV file of about `seconds` of speech-like sound in `voice`.
pub(crate) fn speech_wav(rng: &mut Rng, voice: &Voice, seconds: f64) -> Vec<u8> {
    let table = sine_table();
    let sr = f64::from(SAMPLE_RATE);
    let n = (seconds * sr) as usize;
    let sylls = syllables(rng, voice, n);

    // Pitch wanders through random points 150 ms apart and falls slowly over the utterance.
    let step = (0.15 * sr) as usize;
    let points: Vec<f64> = (0..n / step + 2).map(|_| rng.uniform(-1.0, 1.0)).collect();

    let mut samples = vec![0.0f64; n];
    let mut noise_state = rng.next_u64() | 1;
    let mut noise = move || {
        // xorshift64: cheap per-sample white noise in [-1, 1).
        noise_state ^= noise_state << 13;
        noise_state ^= noise_state >> 7;
        noise_state ^= noise_state << 17;
        (noise_state >> 11) as f64 * (2.0 / (1u64 << 53) as f64) - 1.0
    };
    for s in samples.iter_mut() {
        *s = voice.room_noise * noise();
    }

    let mut phase = 0.0f64;
    let mut last_noise = 0.0;
    for syl in &sylls {
        // Fricative hiss first: differentiated noise is brighter, like "s".
        for i in 0..syl.fricative {
            let idx = syl.start + i;
            if idx >= n {
                break;
            }
            let u = i as f64 / syl.fricative as f64;
            let env = sin_turns(table, u / 2.0);
            let w = noise();
            samples[idx] += 0.18 * env * (w - last_noise);
            last_noise = w;
        }
        let voiced_start = syl.start + syl.fricative;
        for i in 0..syl.len {
            let idx = voiced_start + i;
            if idx >= n {
                break;
            }
            let t = idx as f64 / step as f64;
            let p = t as usize;
            let frac = t - p as f64;
            let wander = points[p] * (1.0 - frac) + points[p + 1] * frac;
            let fall = 1.0 - 0.15 * idx as f64 / n as f64;
            let f0 = voice.f0 * (1.0 + 0.10 * wander) * fall;
            phase += f0 / sr;
            if phase >= 1.0 {
                phase -= 1.0;
            }
            let mut v = 0.0;
            for (k, a) in syl.harmonics.iter().enumerate() {
                if *a != 0.0 {
                    v += a * sin_turns(table, phase * (k + 1) as f64);
                }
            }
            // A raised half-sine, flattened at the top: quick attack, steady vowel, decay.
            let u = i as f64 / syl.len as f64;
            let env = (1.6 * sin_turns(table, u / 2.0)).min(1.0);
            samples[idx] += 0.5 * syl.loudness * env * v + 0.01 * env * noise();
        }
    }

    let mut out = wav_header(n as u32);
    out.reserve(n * 2);
    for s in samples {
        // Round half away from zero with a truncating cast (exact, and no libm call).
        let x = s.clamp(-1.0, 1.0) * 32767.0;
        let v = if x >= 0.0 {
            (x + 0.5) as i16
        } else {
            (x - 0.5) as i16
        };
        out.extend_from_slice(&v.to_le_bytes());
    }
    out
}

/// The 44-byte RIFF/WAVE header for `samples` 16-bit mono samples at [`SAMPLE_RATE`].
pub(crate) fn wav_header(samples: u32) -> Vec<u8> {
    let data_len = samples * 2;
    let mut h = Vec::with_capacity(44);
    h.extend_from_slice(b"RIFF");
    h.extend_from_slice(&(36 + data_len).to_le_bytes());
    h.extend_from_slice(b"WAVE");
    h.extend_from_slice(b"fmt ");
    h.extend_from_slice(&16u32.to_le_bytes()); // fmt chunk size
    h.extend_from_slice(&1u16.to_le_bytes()); // PCM
    h.extend_from_slice(&1u16.to_le_bytes()); // mono
    h.extend_from_slice(&SAMPLE_RATE.to_le_bytes());
    h.extend_from_slice(&(SAMPLE_RATE * 2).to_le_bytes()); // byte rate
    h.extend_from_slice(&2u16.to_le_bytes()); // block align
    h.extend_from_slice(&16u16.to_le_bytes()); // bits per sample
    h.extend_from_slice(b"data");
    h.extend_from_slice(&data_len.to_le_bytes());
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn poly_sin_matches_std_closely() {
        for i in -100..=100 {
            let x = i as f64 * std::f64::consts::PI / 100.0;
            assert!((poly_sin(x) - x.sin()).abs() < 1e-9, "x = {x}");
        }
    }

    #[test]
    fn speech_has_silence_and_voiced_parts() {
        let mut rng = Rng::new(3);
        let wav = speech_wav(
            &mut rng,
            &Voice {
                f0: 120.0,
                room_noise: 0.003,
            },
            2.0,
        );
        assert_eq!(wav.len(), 44 + 2 * 32_000);
        let samples: Vec<i16> = wav[44..]
            .chunks_exact(2)
            .map(|c| i16::from_le_bytes([c[0], c[1]]))
            .collect();
        let peak = samples.iter().map(|s| s.unsigned_abs()).max().unwrap_or(0);
        assert!(peak > 6_000, "peak {peak}");
        // The first 50 ms are the leading pause: only the noise floor.
        let lead = samples[..800]
            .iter()
            .map(|s| s.unsigned_abs())
            .max()
            .unwrap_or(0);
        assert!(lead < 400, "lead {lead}");
    }
}
