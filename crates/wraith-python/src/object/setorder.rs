//! The slot layout of CPython's set hash table, kept beside a set's entries so that iterating
//! a set (and `set.pop()`) visits elements in CPython's order: for small ints that order is
//! observable and stable across runs, e.g. `{3, 1, 2}` prints as `{1, 2, 3}`.
//!
//! Invariant: `slots` has a power-of-two length of at least 8 and holds `EMPTY`, `DUMMY` (a
//! removed element) or the index of a live entry of the owning `DictData`; every live entry
//! appears exactly once, on the probe path of its hash before any `EMPTY` slot; `used` counts
//! live slots and `fill` live plus dummy ones, and `fill * 5 < (len - 1) * 3` after every
//! operation (CPython's load factor), so a probe always reaches an `EMPTY` slot. Insertion,
//! removal, resizing and merging follow `Objects/setobject.c` of CPython 3.11 step by step.

/// An empty slot.
const EMPTY: u32 = u32::MAX;
/// A slot whose element was removed.
const DUMMY: u32 = u32::MAX - 1;
/// `PySet_MINSIZE`.
const MIN_SIZE: usize = 8;
/// CPython's `LINEAR_PROBES`.
const LINEAR_PROBES: usize = 9;
/// CPython's `PERTURB_SHIFT`.
const PERTURB_SHIFT: u32 = 5;

/// CPython's set table, holding entry indexes.
#[derive(Clone, Debug)]
pub struct SetOrder {
    slots: Vec<u32>,
    fill: usize,
    used: usize,
    finger: usize,
}

impl Default for SetOrder {
    fn default() -> Self {
        SetOrder {
            slots: vec![EMPTY; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }
}

/// Visit slots in CPython's probe order for `hash` until `f` answers; `None` if `f` never
/// does within a bound that covers every slot.
fn probe<T>(mask: usize, hash: i64, mut f: impl FnMut(usize) -> Option<T>) -> Option<T> {
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    // Once `perturb` is 0, `i = 5 * i + 1` cycles through every slot.
    for _ in 0..(mask + 1) * 2 + 64 {
        let probes = if i + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        };
        for j in 0..=probes {
            if let Some(r) = f(i + j) {
                return Some(r);
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = ((i as u64)
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(perturb) as usize)
            & mask;
    }
    None
}

impl SetOrder {
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// Number of slots (the iteration range).
    pub fn len(&self) -> usize {
        self.slots.len()
    }

    /// Is there no slot at all? Never: the table has at least `MIN_SIZE` slots.
    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    /// The entry index at slot `pos`, if it holds a live element.
    pub fn at(&self, pos: usize) -> Option<usize> {
        match self.slots.get(pos) {
            Some(&s) if s < DUMMY => Some(s as usize),
            _ => None,
        }
    }

    /// Live entry indexes in slot order.
    pub fn live(&self) -> impl Iterator<Item = usize> + '_ {
        self.slots
            .iter()
            .filter(|&&s| s < DUMMY)
            .map(|&s| s as usize)
    }

    /// `set_insert_clean`: place `idx` in the first empty slot of its probe path.
    fn insert_clean(&mut self, hash: i64, idx: u32) {
        let mask = self.mask();
        let slots = &self.slots;
        if let Some(pos) = probe(mask, hash, |p| (slots[p] == EMPTY).then_some(p)) {
            self.slots[pos] = idx;
        }
    }

    /// `set_add_entry` for an element known to be absent: reuse the first dummy on the
    /// probe path, else take the empty slot ending it and resize when the table is too full.
    pub fn insert(&mut self, hash: i64, idx: u32, hash_of: impl Fn(u32) -> i64) {
        let mask = self.mask();
        let mut freeslot = None;
        let slots = &self.slots;
        let found = probe(mask, hash, |p| match slots[p] {
            EMPTY => Some(p),
            DUMMY => {
                freeslot.get_or_insert(p);
                None
            }
            _ => None,
        });
        self.used += 1;
        if let Some(p) = freeslot {
            self.slots[p] = idx;
            return;
        }
        let Some(p) = found else { return };
        self.slots[p] = idx;
        self.fill += 1;
        if self.fill * 5 >= mask * 3 {
            let minused = if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(minused, hash_of);
        }
    }

    /// `set_discard_entry`: the slot of entry `idx` becomes a dummy.
    pub fn remove(&mut self, hash: i64, idx: usize) {
        let mask = self.mask();
        let slots = &self.slots;
        let found = probe(mask, hash, |p| match slots[p] {
            EMPTY => Some(None),
            s if s as usize == idx => Some(Some(p)),
            _ => None,
        });
        if let Some(Some(p)) = found {
            self.slots[p] = DUMMY;
            self.used -= 1;
        }
    }

    /// `set_table_resize`: the smallest table larger than `minused`, elements re-placed in
    /// the old slot order, dummies dropped.
    pub fn resize(&mut self, minused: usize, hash_of: impl Fn(u32) -> i64) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![EMPTY; size]);
        for s in old {
            if s < DUMMY {
                self.insert_clean(hash_of(s), s);
            }
        }
        self.fill = self.used;
    }

    /// `set_merge`'s one big resize before adding `n` elements.
    pub fn reserve(&mut self, n: usize, hash_of: impl Fn(u32) -> i64) {
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.used + n) * 2, hash_of);
        }
    }

    /// Has nothing ever been placed since the last clear or resize (no live or dummy slot)?
    pub fn is_pristine(&self) -> bool {
        self.fill == 0
    }

    /// `set_merge` into this empty table from `other`, whose live entry `i` (in slot order)
    /// becomes entry `first + i` here: slot for slot when the sizes match and `other` has no
    /// dummies, else by `set_insert_clean` in `other`'s slot order.
    pub fn copy_from(&mut self, other: &SetOrder, first: u32, hash_of_other: impl Fn(u32) -> i64) {
        let mut next = first;
        if self.slots.len() == other.slots.len() && other.fill == other.used {
            for (dst, &src) in self.slots.iter_mut().zip(other.slots.iter()) {
                if src < DUMMY {
                    *dst = next;
                    next += 1;
                }
            }
            self.fill = other.fill;
        } else {
            for &src in &other.slots {
                if src < DUMMY {
                    self.insert_clean(hash_of_other(src), next);
                    next += 1;
                }
            }
            self.fill = other.used;
        }
        self.used = other.used;
    }

    /// `set.pop()`: the first live slot from the finger on, which becomes a dummy.
    pub fn pop(&mut self) -> Option<usize> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut p = self.finger & mask;
        while self.slots[p] >= DUMMY {
            p = (p + 1) & mask;
        }
        let idx = self.slots[p] as usize;
        self.slots[p] = DUMMY;
        self.used -= 1;
        self.finger = p + 1;
        Some(idx)
    }

    /// `set_clear_internal`: back to the small empty table.
    pub fn clear(&mut self) {
        self.slots = vec![EMPTY; MIN_SIZE];
        self.fill = 0;
        self.used = 0;
    }

    /// Entry indexes moved (entries compacted): live slot `s` now holds `map[s]`.
    pub fn remap(&mut self, map: &[u32]) {
        for s in &mut self.slots {
            if *s < DUMMY {
                *s = map.get(*s as usize).copied().unwrap_or(DUMMY);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn order_of(keys: &[i64]) -> Vec<i64> {
        let mut t = SetOrder::default();
        for (i, &k) in keys.iter().enumerate() {
            t.insert(k, i as u32, |j| keys[j as usize]);
        }
        t.live().map(|i| keys[i]).collect()
    }

    #[test]
    fn small_ints_follow_cpython() {
        // Sequential `add`s in python3: {3, 1, 2} lists as [1, 2, 3]; -1 hashes to -2.
        assert_eq!(order_of(&[3, 1, 2]), vec![1, 2, 3]);
        assert_eq!(order_of(&[-2, 1]), vec![1, -2]);
        // 37 collides with 5 and moves by perturbation.
        assert_eq!(order_of(&[100, 5, 37, 8]), vec![8, 37, 100, 5]);
    }

    #[test]
    fn dummies_are_reused() {
        // python3: s = {0, 8}; s.remove(0); s.add(16) lists as [16, 8].
        let keys = [0i64, 8, 16];
        let mut t = SetOrder::default();
        t.insert(0, 0, |j| keys[j as usize]);
        t.insert(8, 1, |j| keys[j as usize]);
        t.remove(0, 0);
        t.insert(16, 2, |j| keys[j as usize]);
        assert_eq!(t.live().collect::<Vec<_>>(), vec![2, 1]);
    }
}
