//! Dates in order, each with a value: a sorted list used where the crate would otherwise keep a
//! `BTreeMap<NaiveDate, _>` or `BTreeSet<NaiveDate>`. The standard B-tree is instantiated per
//! key/value type (about 5–7 KB of `.wasm` code each); this list is a binary search and a
//! `Vec` (benches/README.md, WASM). Lookups are O(log n); an insertion out of date order
//! shifts the later entries (the calendars hold a few hundred entries, inserted mostly in order).

use crate::prelude::*;
use chrono::NaiveDate;

/// Dates in ascending order, each once, with a value.
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct DateMap<V>(Vec<(NaiveDate, V)>);

/// A set of dates in order.
pub(crate) type DateSet = DateMap<()>;

impl<V> Default for DateMap<V> {
    fn default() -> Self {
        Self(Vec::new())
    }
}

impl<V: core::fmt::Debug> core::fmt::Debug for DateMap<V> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_map().entries(self.0.iter().map(|(d, v)| (d, v))).finish()
    }
}

impl<V> DateMap<V> {
    fn find(&self, d: &NaiveDate) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| k.cmp(d))
    }

    /// Whether `d` is present.
    pub(crate) fn contains(&self, d: &NaiveDate) -> bool {
        self.find(d).is_ok()
    }

    /// The value of `d`.
    pub(crate) fn get(&self, d: &NaiveDate) -> Option<&V> {
        self.find(d).ok().and_then(|i| self.0.get(i)).map(|(_, v)| v)
    }

    /// The number of dates.
    pub(crate) fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there is no date.
    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Sets the value of `d` (replacing an earlier one, as `BTreeMap::insert`).
    pub(crate) fn insert(&mut self, d: NaiveDate, v: V) {
        match self.find(&d) {
            Ok(i) => {
                if let Some(slot) = self.0.get_mut(i) {
                    slot.1 = v;
                }
            }
            Err(i) => self.0.insert(i, (d, v)),
        }
    }

    /// Adds `d` unless present (the first value stays, as `entry(d).or_insert_with`).
    pub(crate) fn insert_new(&mut self, d: NaiveDate, v: impl FnOnce() -> V) {
        if let Err(i) = self.find(&d) {
            self.0.insert(i, (d, v()));
        }
    }

    /// The dates in order.
    pub(crate) fn dates(&self) -> impl Iterator<Item = NaiveDate> + '_ {
        self.0.iter().map(|(d, _)| *d)
    }

    /// The values in date order.
    pub(crate) fn values(&self) -> impl Iterator<Item = &V> + '_ {
        self.0.iter().map(|(_, v)| v)
    }

    /// The entries in date order.
    pub(crate) fn iter(&self) -> core::slice::Iter<'_, (NaiveDate, V)> {
        self.0.iter()
    }

    /// The entries in date order, by value.
    pub(crate) fn into_entries(self) -> Vec<(NaiveDate, V)> {
        self.0
    }

    /// Appends an entry whose date is after every date present (not checked beyond a debug assertion).
    pub(crate) fn push_last(&mut self, d: NaiveDate, v: V) {
        debug_assert!(self.0.last().is_none_or(|(l, _)| *l < d));
        self.0.push((d, v));
    }
}

impl DateSet {
    /// Adds `d` to the set.
    pub(crate) fn add(&mut self, d: NaiveDate) {
        self.insert_new(d, || ());
    }
}

impl Extend<NaiveDate> for DateSet {
    fn extend<I: IntoIterator<Item = NaiveDate>>(&mut self, iter: I) {
        for d in iter {
            self.add(d);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{DateMap, DateSet};
    use chrono::NaiveDate;

    #[test]
    fn behaves_as_a_btree_map() {
        let d = |n: u32| NaiveDate::from_ymd_opt(2025, 1, n).unwrap();
        let mut m: DateMap<u32> = DateMap::default();
        let mut b = alloc::collections::BTreeMap::new();
        for (i, n) in [5, 3, 9, 3, 1, 9, 7].into_iter().enumerate() {
            m.insert(d(n), i as u32);
            b.insert(d(n), i as u32);
        }
        m.insert_new(d(5), || 99);
        b.entry(d(5)).or_insert(99);
        m.insert_new(d(2), || 42);
        b.entry(d(2)).or_insert(42);
        assert_eq!(m.into_entries(), b.into_iter().collect::<Vec<_>>());
        let mut s = DateSet::default();
        s.extend([d(4), d(2), d(4)]);
        assert_eq!(s.dates().collect::<Vec<_>>(), [d(2), d(4)]);
        assert!(s.contains(&d(2)) && !s.contains(&d(3)) && s.len() == 2);
        assert_eq!(
            format!("{s:?}"),
            format!("{:?}", alloc::collections::BTreeMap::from([(d(2), ()), (d(4), ())]))
        );
    }
}
