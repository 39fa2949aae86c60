//! A tiny seeded pseudo-random generator (splitmix64), so a demo is a pure function of its inputs.
//!
//! Why not `rand`: the output must stay byte-for-byte identical for a (scenario, seed, records)
//! triple across crate upgrades and platforms. splitmix64 is ten lines, passes BigCrush well enough
//! for synthetic data, and never changes. Floating point is only derived from integers with exact
//! operations, so no platform's `libm` can leak into the bytes.
//!
//! Independent *streams* ([`Rng::stream`]) keep parts of a scenario from disturbing each other:
//! the audio of record 17 does not change when the phrase bank grows.

/// A splitmix64 generator.
#[derive(Debug, Clone)]
pub(crate) struct Rng {
    state: u64,
}

/// FNV-1a over a label, to turn stream names into numbers.
fn fnv1a(label: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in label.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The splitmix64 finaliser: a good 64-bit mixer.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

impl Rng {
    /// A generator for `seed`.
    pub(crate) fn new(seed: u64) -> Rng {
        Rng {
            state: mix(seed ^ 0x005e_ed0f_a05c_u64),
        }
    }

    /// An independent generator for the named purpose and index, derived from `seed`.
    pub(crate) fn stream(seed: u64, label: &str, index: u64) -> Rng {
        Rng::new(mix(seed) ^ mix(fnv1a(label)) ^ mix(index.wrapping_add(0x9e37_79b9)))
    }

    /// The next 64 random bits.
    pub(crate) fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        mix(self.state)
    }

    /// A number in `0..n` (`n > 0`); the tiny modulo bias of the multiply-shift method is fine here.
    pub(crate) fn below(&mut self, n: u64) -> u64 {
        ((u128::from(self.next_u64()) * u128::from(n)) >> 64) as u64
    }

    /// An index into a slice of length `n` (`n > 0`).
    pub(crate) fn index(&mut self, n: usize) -> usize {
        self.below(n as u64) as usize
    }

    /// A number in `lo..=hi`.
    pub(crate) fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1) as u64) as i64
    }

    /// A float in `[0, 1)` with 53 random bits.
    pub(crate) fn f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// A float in `[lo, hi)`.
    pub(crate) fn uniform(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * self.f64()
    }

    /// True with probability `p`.
    pub(crate) fn chance(&mut self, p: f64) -> bool {
        self.f64() < p
    }

    /// One element of a non-empty slice.
    pub(crate) fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.index(items.len())]
    }

    /// An index chosen with the given relative weights (not all zero).
    pub(crate) fn weighted(&mut self, weights: &[u32]) -> usize {
        let total: u64 = weights.iter().map(|&w| u64::from(w)).sum();
        let mut r = self.below(total.max(1));
        for (i, &w) in weights.iter().enumerate() {
            if r < u64::from(w) {
                return i;
            }
            r -= u64::from(w);
        }
        weights.len() - 1
    }

    /// Fisher–Yates shuffle.
    pub(crate) fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.index(i + 1);
            items.swap(i, j);
        }
    }

    /// `k` distinct indices out of `0..n`, in ascending order.
    pub(crate) fn sample_indices(&mut self, n: usize, k: usize) -> Vec<usize> {
        let mut all: Vec<usize> = (0..n).collect();
        // Partial Fisher–Yates: the first k positions end up a uniform sample.
        let k = k.min(n);
        for i in 0..k {
            let j = i + self.index(n - i);
            all.swap(i, j);
        }
        let mut chosen = all[..k].to_vec();
        chosen.sort_unstable();
        chosen
    }

    /// A string of `len` characters from `alphabet` (ASCII).
    pub(crate) fn chars(&mut self, alphabet: &[u8], len: usize) -> String {
        (0..len).map(|_| char::from(*self.pick(alphabet))).collect()
    }

    /// Lower-case hexadecimal digits.
    pub(crate) fn hex(&mut self, len: usize) -> String {
        self.chars(b"0123456789abcdef", len)
    }

    /// Upper-case letters and digits, as in Amazon customer ids and serials.
    pub(crate) fn upper_alnum(&mut self, len: usize) -> String {
        self.chars(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", len)
    }

    /// A version-4-shaped UUID in lower case.
    pub(crate) fn uuid(&mut self) -> String {
        let variant = *self.pick(b"89ab") as char;
        format!(
            "{}-{}-4{}-{}{}-{}",
            self.hex(8),
            self.hex(4),
            self.hex(3),
            variant,
            self.hex(3),
            self.hex(12)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::Rng;

    #[test]
    fn same_seed_same_sequence_and_streams_differ() {
        let a: Vec<u64> = (0..4)
            .map({
                let mut r = Rng::new(7);
                move |_| r.next_u64()
            })
            .collect();
        let mut r = Rng::new(7);
        let b: Vec<u64> = (0..4).map(|_| r.next_u64()).collect();
        assert_eq!(a, b);
        assert_ne!(
            Rng::stream(7, "audio", 1).next_u64(),
            Rng::stream(7, "audio", 2).next_u64()
        );
        assert_ne!(
            Rng::stream(7, "audio", 1).next_u64(),
            Rng::stream(7, "text", 1).next_u64()
        );
    }

    #[test]
    fn sample_indices_are_distinct_and_in_range() {
        let mut r = Rng::new(1);
        let s = r.sample_indices(50, 10);
        assert_eq!(s.len(), 10);
        assert!(s.windows(2).all(|w| w[0] < w[1]));
        assert!(s.iter().all(|&i| i < 50));
    }
}
