//! Insertion-ordered hash table used by `dict`, `set`, `frozenset`, and instance namespaces.
//!
//! Invariant: `entries` holds items in insertion order (deleted slots have `key == Undef`);
//! once `indexed`, `table` maps each live entry's hash to its index in `entries`; before that
//! (at most [`SMALL`] entries, the common instance namespace) lookups scan `entries` and no
//! hash table is allocated; `len` counts live entries.
//! A set's table also carries `order`, CPython's set slot layout over the same entries, and
//! iterates in that order (`setorder.rs`); a dict's iterates in insertion order.
//! Key comparison is supplied by the caller, so this file never runs Python code.

use gc_arena::Collect;
use hashbrown::HashTable;

use crate::object::setorder::SetOrder;
use crate::value::Value;

/// One slot.
#[derive(Collect, Clone, Copy)]
#[collect(no_drop)]
pub struct Entry<'gc> {
    /// The key's hash.
    pub hash: i64,
    /// The key (`Undef` for a deleted slot).
    pub key: Value<'gc>,
    /// The value.
    pub value: Value<'gc>,
}

/// The table.
#[derive(Collect, Default)]
#[collect(no_drop)]
pub struct DictData<'gc> {
    entries: Vec<Entry<'gc>>,
    #[collect(require_static)]
    table: HashTable<u32>,
    len: usize,
    /// Whether `table` indexes `entries` (set for good once `entries` outgrows [`SMALL`]).
    indexed: bool,
    /// For sets: CPython's slot layout, which gives the iteration order.
    #[collect(require_static)]
    order: Option<Box<SetOrder>>,
}

/// Entries a table holds before it builds its hash index.
pub const SMALL: usize = 8;

impl<'gc> DictData<'gc> {
    /// An empty table.
    pub fn new() -> Self {
        DictData {
            entries: Vec::new(),
            table: HashTable::new(),
            len: 0,
            indexed: false,
            order: None,
        }
    }

    /// An empty set table (iterating in CPython's set order).
    pub fn new_set() -> Self {
        DictData {
            order: Some(Box::default()),
            ..DictData::new()
        }
    }

    /// An empty table with room for `n` entries.
    pub fn with_capacity(n: usize) -> Self {
        let indexed = n > SMALL;
        DictData {
            entries: Vec::with_capacity(n),
            table: if indexed {
                HashTable::with_capacity(n)
            } else {
                HashTable::new()
            },
            len: 0,
            indexed,
            order: None,
        }
    }

    /// Number of live entries.
    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    /// Is it empty?
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Index of the entry whose key has `hash` and satisfies `eq`.
    #[inline]
    pub fn find_by(&self, hash: i64, mut eq: impl FnMut(Value<'gc>) -> bool) -> Option<usize> {
        let entries = &self.entries;
        if !self.indexed {
            return entries
                .iter()
                .position(|e| e.hash == hash && !e.key.is_undef() && eq(e.key));
        }
        self.table
            .find(hash as u64, |&i| {
                let e = &entries[i as usize];
                e.hash == hash && eq(e.key)
            })
            .map(|&i| i as usize)
    }

    /// Indexes of every entry whose hash equals `hash`.
    pub fn candidates(&self, hash: i64) -> Vec<usize> {
        if !self.indexed {
            return (0..self.entries.len())
                .filter(|&i| self.entries[i].hash == hash && !self.entries[i].key.is_undef())
                .collect();
        }
        self.table
            .iter_hash(hash as u64)
            .map(|&i| i as usize)
            .filter(|&i| self.entries[i].hash == hash)
            .collect()
    }

    /// Look up a `str` key by text.
    pub fn get_str(&self, s: &str) -> Option<Value<'gc>> {
        self.get_str_h(s, crate::object::pystr::str_hash(s))
    }

    /// Look up a `str` key whose hash is already known.
    #[inline]
    pub fn get_str_h(&self, s: &str, h: i64) -> Option<Value<'gc>> {
        self.find_str_h(s, h).map(|i| self.entries[i].value)
    }

    /// Index of the entry whose key is the `str` `s` (hash `h`).
    #[inline]
    pub fn find_str_h(&self, s: &str, h: i64) -> Option<usize> {
        self.find_by(h, |k| match k {
            Value::Obj(o) => o.as_str().is_some_and(|ps| {
                // Interned names share their text buffer: compare addresses first.
                std::ptr::eq(ps.text.as_ptr(), s.as_ptr()) && ps.text.len() == s.len()
                    || &*ps.text == s
            }),
            _ => false,
        })
    }

    /// Look up a `str` key whose hash is known, using and refreshing a lookup hint: the entry
    /// index where the key was found last time. The hint is only trusted when the entry there
    /// still has the very same interned text as its key.
    #[inline]
    pub fn get_str_hinted(
        &self,
        s: &str,
        h: i64,
        hint: &std::cell::Cell<u32>,
    ) -> Option<Value<'gc>> {
        if let Some(v) = self.str_at(hint.get() as usize, s) {
            return Some(v);
        }
        let i = self.find_str_h(s, h)?;
        hint.set(i as u32);
        Some(self.entries[i].value)
    }

    /// The value of live entry `i`.
    #[inline]
    pub fn value_at(&self, i: usize) -> Option<Value<'gc>> {
        self.entries
            .get(i)
            .filter(|e| !e.key.is_undef())
            .map(|e| e.value)
    }

    /// The value of entry `i` if its key is the `str` whose text is `s` itself (the same
    /// interned buffer, not merely equal text).
    #[inline]
    pub fn str_at(&self, i: usize, s: &str) -> Option<Value<'gc>> {
        let e = self.entries.get(i)?;
        if let Value::Obj(o) = e.key
            && let Some(ps) = o.as_str()
            && std::ptr::eq(ps.text.as_ptr(), s.as_ptr())
            && ps.text.len() == s.len()
        {
            return Some(e.value);
        }
        None
    }

    /// Insert a key known to be absent.
    pub fn insert_new(&mut self, hash: i64, key: Value<'gc>, value: Value<'gc>) {
        if self.entries.len() >= u32::MAX as usize - 1 {
            return;
        }
        let idx = self.push_entry(Entry { hash, key, value });
        if let Some(order) = &mut self.order {
            let entries = &self.entries;
            order.insert(hash, idx, |i| entries[i as usize].hash);
        }
    }

    /// Append a live entry to `entries` and `table` (not to `order`), returning its index.
    fn push_entry(&mut self, e: Entry<'gc>) -> u32 {
        let idx = self.entries.len() as u32;
        self.entries.push(e);
        self.len += 1;
        if self.indexed {
            let entries = &self.entries;
            self.table
                .insert_unique(e.hash as u64, idx, |&i| entries[i as usize].hash as u64);
        } else if self.entries.len() > SMALL {
            self.indexed = true;
            self.reindex();
        }
        idx
    }

    /// Sets: make room for `n` more elements at once (`set_merge`'s single resize).
    pub fn reserve_set(&mut self, n: usize) {
        if let Some(order) = &mut self.order {
            let entries = &self.entries;
            order.reserve(n, |i| entries[i as usize].hash);
        }
    }

    /// Sets: copy every element of `other` into this set when nothing was ever placed in it
    /// since it was created or cleared (CPython's fast paths of `set_merge`), keeping
    /// `other`'s layout. Returns false, changing nothing, when this set is not pristine.
    pub fn copy_set_from(&mut self, other: &DictData<'gc>) -> bool {
        let (Some(order), Some(other_order)) = (&self.order, &other.order) else {
            return false;
        };
        if !order.is_pristine() || self.len != 0 {
            return false;
        }
        let mut order = order.clone();
        let first = self.entries.len() as u32;
        let live: Vec<Entry<'gc>> = other_order.live().map(|i| other.entries[i]).collect();
        order.copy_from(other_order, first, |i| other.entries[i as usize].hash);
        for e in live {
            self.push_entry(e);
        }
        self.order = Some(order);
        true
    }

    /// The entry at `idx` (live or not).
    #[inline]
    pub fn entry(&self, idx: usize) -> Option<&Entry<'gc>> {
        self.entries.get(idx)
    }

    /// Replace the value at `idx`.
    #[inline]
    pub fn set_value(&mut self, idx: usize, value: Value<'gc>) {
        if let Some(e) = self.entries.get_mut(idx) {
            e.value = value;
        }
    }

    /// Remove the entry at `idx`, returning (key, value).
    pub fn remove_at(&mut self, idx: usize) -> Option<(Value<'gc>, Value<'gc>)> {
        self.remove_entry(idx, true)
    }

    /// Remove the entry at `idx`; `from_order` unless its set slot is already a dummy.
    fn remove_entry(&mut self, idx: usize, from_order: bool) -> Option<(Value<'gc>, Value<'gc>)> {
        let e = *self.entries.get(idx)?;
        if e.key.is_undef() {
            return None;
        }
        if self.indexed
            && let Ok(ent) = self.table.find_entry(e.hash as u64, |&i| i as usize == idx)
        {
            ent.remove();
        }
        if let Some(order) = &mut self.order
            && from_order
        {
            order.remove(e.hash, idx);
        }
        self.entries[idx].key = Value::Undef;
        self.entries[idx].value = Value::Undef;
        self.len -= 1;
        if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.compact();
        } else if self.len == 0 {
            self.entries.clear();
        }
        Some((e.key, e.value))
    }

    fn compact(&mut self) {
        if let Some(order) = &mut self.order {
            let mut next = 0u32;
            let map: Vec<u32> = self
                .entries
                .iter()
                .map(|e| {
                    let i = next;
                    next += u32::from(!e.key.is_undef());
                    i
                })
                .collect();
            order.remap(&map);
        }
        self.entries.retain(|e| !e.key.is_undef());
        self.reindex();
    }

    /// Rebuilds the hash index from `entries` (when indexed).
    fn reindex(&mut self) {
        if !self.indexed {
            return;
        }
        self.table.clear();
        for (i, e) in self.entries.iter().enumerate() {
            if e.key.is_undef() {
                continue;
            }
            let entries = &self.entries;
            self.table.insert_unique(e.hash as u64, i as u32, |&j| {
                entries[j as usize].hash as u64
            });
        }
    }

    /// Number of slots (live and deleted), for index-based iteration.
    #[inline]
    pub fn slots(&self) -> usize {
        self.entries.len()
    }

    /// Number of positions of iteration order (`order_entry` answers for `0..order_len()`).
    #[inline]
    pub fn order_len(&self) -> usize {
        match &self.order {
            Some(o) => o.len(),
            None => self.entries.len(),
        }
    }

    /// The live entry at position `pos` of iteration order, if any.
    #[inline]
    pub fn order_entry(&self, pos: usize) -> Option<&Entry<'gc>> {
        let idx = match &self.order {
            Some(o) => o.at(pos)?,
            None => pos,
        };
        self.entries.get(idx).filter(|e| !e.key.is_undef())
    }

    /// Live entries in iteration order.
    pub fn iter(&self) -> impl Iterator<Item = (Value<'gc>, Value<'gc>)> + '_ {
        self.iter_entries().map(|e| (e.key, e.value))
    }

    /// Live entries with hashes, in iteration order.
    pub fn iter_entries(&self) -> impl Iterator<Item = &Entry<'gc>> + '_ {
        (0..self.order_len()).filter_map(|p| self.order_entry(p))
    }

    /// Remove everything.
    pub fn clear(&mut self) {
        self.entries.clear();
        self.table.clear();
        self.len = 0;
        if let Some(order) = &mut self.order {
            order.clear();
        }
    }

    /// Sets: `set.pop()`, CPython's choice of element.
    pub fn pop_set(&mut self) -> Option<(Value<'gc>, Value<'gc>)> {
        let idx = match &mut self.order {
            Some(order) => order.pop()?,
            None => return self.pop_first(),
        };
        // The slot is already a dummy.
        self.remove_entry(idx, false)
    }

    /// Remove and return the last live entry.
    pub fn pop_last(&mut self) -> Option<(Value<'gc>, Value<'gc>)> {
        let idx = self.entries.iter().rposition(|e| !e.key.is_undef())?;
        self.remove_at(idx)
    }

    /// Remove and return the first live entry.
    pub fn pop_first(&mut self) -> Option<(Value<'gc>, Value<'gc>)> {
        let idx = self.entries.iter().position(|e| !e.key.is_undef())?;
        self.remove_at(idx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hint_is_trusted_only_while_its_entry_holds_the_same_interned_name() {
        use gc_arena::{Arena, Rootable};
        let arena = Arena::<Rootable![()]>::new(|_| ());
        arena.mutate(|mc, _| {
            let name = |t: &str| {
                Value::Obj(crate::object::PyObject::alloc(
                    mc,
                    None,
                    None,
                    crate::object::Payload::Str(crate::object::PyStr::new(t)),
                ))
            };
            let text = |v: Value<'_>| match v {
                Value::Obj(o) => o.as_str().map(|s| s.text.to_string()).unwrap_or_default(),
                _ => String::new(),
            };
            let h = |t: &str| crate::object::pystr::str_hash(t);
            let (a, b) = (name("alpha"), name("beta"));
            let mut d = DictData::new();
            d.insert_new(h("alpha"), a, Value::Int(1));
            d.insert_new(h("beta"), b, Value::Int(2));
            // The interned text of `b` (what a name operand holds), found and hinted.
            let Value::Obj(bo) = b else { unreachable!() };
            let bt: &str = &bo.as_str().unwrap().text;
            let hint = std::cell::Cell::new(0);
            assert!(matches!(
                d.get_str_hinted(bt, h("beta"), &hint),
                Some(Value::Int(2))
            ));
            assert_eq!(hint.get(), 1);
            assert!(matches!(d.str_at(1, bt), Some(Value::Int(2))));
            // Equal text in another buffer is not the same name for `str_at`.
            assert!(d.str_at(1, "beta").is_none());
            // The entry goes: the hint misses and the lookup says so.
            let i = d.find_str_h(bt, h("beta")).unwrap();
            d.remove_at(i);
            assert!(d.str_at(1, bt).is_none());
            assert!(d.get_str_hinted(bt, h("beta"), &hint).is_none());
            assert_eq!(text(a), "alpha");
        });
    }

    #[test]
    fn insert_find_remove_keeps_order() {
        let mut d = DictData::new();
        for i in 0..100 {
            d.insert_new(i % 7, Value::Int(i), Value::Int(i * 2));
        }
        let i = d.find_by(3, |k| matches!(k, Value::Int(10))).unwrap();
        assert!(matches!(d.entry(i).unwrap().value, Value::Int(20)));
        for i in 0..90 {
            let idx = d
                .find_by(i % 7, |k| matches!(k, Value::Int(x) if x == i))
                .unwrap();
            d.remove_at(idx);
        }
        assert_eq!(d.len(), 10);
        let keys: Vec<i64> = d
            .iter()
            .map(|(k, _)| if let Value::Int(i) = k { i } else { -1 })
            .collect();
        assert_eq!(keys, (90..100).collect::<Vec<_>>());
    }

    #[test]
    fn small_tables_scan_then_index_with_holes() {
        let find =
            |d: &DictData<'_>, i: i64| d.find_by(i % 3, |k| matches!(k, Value::Int(x) if x == i));
        let mut d = DictData::new();
        for i in 0..6 {
            d.insert_new(i % 3, Value::Int(i), Value::Int(i));
        }
        assert!(!d.indexed);
        for i in [1, 4] {
            let idx = find(&d, i).unwrap();
            d.remove_at(idx);
        }
        assert!(find(&d, 4).is_none() && find(&d, 5).is_some());
        for i in 6..20 {
            d.insert_new(i % 3, Value::Int(i), Value::Int(i));
        }
        assert!(d.indexed);
        for i in 0..20 {
            assert_eq!(find(&d, i).is_some(), i != 1 && i != 4, "key {i}");
        }
        assert_eq!(d.candidates(2).len(), 6);
        assert_eq!(d.len(), 18);
    }
}
