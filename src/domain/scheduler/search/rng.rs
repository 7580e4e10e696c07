//! A small fast random number generator (xoshiro256++) for the search.

use rand::{RngCore, SeedableRng};

/// xoshiro256++ (Blackman and Vigna): the search draws several numbers per move, and
/// `StdRng` (ChaCha12) took a sixth of the time. rand's own `SmallRng` is the same
/// generator but sits behind a feature this crate does not enable. Not for secrets.
pub(super) struct FastRng([u64; 4]);

impl RngCore for FastRng {
    fn next_u32(&mut self) -> u32 {
        (self.next_u64() >> 32) as u32
    }

    fn next_u64(&mut self) -> u64 {
        let s = &mut self.0;
        let result = s[0].wrapping_add(s[3]).rotate_left(23).wrapping_add(s[0]);
        let t = s[1] << 17;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = s[3].rotate_left(45);
        result
    }

    fn fill_bytes(&mut self, dest: &mut [u8]) {
        for chunk in dest.chunks_mut(8) {
            let bytes = self.next_u64().to_le_bytes();
            chunk.copy_from_slice(&bytes[..chunk.len()]);
        }
    }

    fn try_fill_bytes(&mut self, dest: &mut [u8]) -> Result<(), rand::Error> {
        self.fill_bytes(dest);
        Ok(())
    }
}

impl SeedableRng for FastRng {
    type Seed = [u8; 32];

    /// An all-zero state would stay zero: it is replaced by a fixed non-zero one.
    fn from_seed(seed: [u8; 32]) -> Self {
        let mut state = [0u64; 4];
        for (word, bytes) in state.iter_mut().zip(seed.chunks_exact(8)) {
            let mut le = [0u8; 8];
            le.copy_from_slice(bytes);
            *word = u64::from_le_bytes(le);
        }
        if state == [0; 4] {
            state = [0x9e37_79b9_7f4a_7c15, 1, 2, 3];
        }
        Self(state)
    }
}
