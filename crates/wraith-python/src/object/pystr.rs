//! `str` data: UTF-8 text plus a cached hash and a cached code-point count.
//!
//! Invariant: `hash` is 0 until computed and never 0 afterwards; `chars` is the code-point
//! count, so indexing can take the byte path when `chars == text.len()` (ASCII).

use std::cell::Cell;

/// A Python string's data.
#[derive(Debug)]
pub struct PyStr {
    /// The text.
    pub text: Box<str>,
    hash: Cell<i64>,
    /// Number of code points.
    pub chars: usize,
}

impl PyStr {
    /// Make string data.
    pub fn new(text: impl Into<Box<str>>) -> PyStr {
        let text: Box<str> = text.into();
        let chars = text.chars().count();
        PyStr {
            text,
            hash: Cell::new(0),
            chars,
        }
    }

    /// Is the text ASCII (one byte per code point)?
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.chars == self.text.len()
    }

    /// The string's hash (cached).
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        let h = str_hash(&self.text);
        self.hash.set(h);
        h
    }

    /// The `i`-th code point (0-based, in range).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.text.as_bytes().get(i).map(|&b| b as char)
        } else {
            self.text.chars().nth(i)
        }
    }
}

/// Hash of a string (FNV-1a, never 0 or -1).
pub fn str_hash(s: &str) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &b in s.as_bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = (h >> 1) as i64;
    if h == 0 || h == -1 { 1 } else { h }
}
