//! One stable sort shared by every list the crate orders: a merge sort over positions behind a
//! `dyn` comparator, so no sort is instantiated per item type and key (the standard library's
//! stable sort costs about 3 KB of `.wasm` code per instantiation, 5 KB for the first;
//! benches/README.md, WASM). The items are then moved into place by swaps.

use crate::prelude::*;
use core::cmp::Ordering;

/// The comparator of positions: a trait of its own rather than `dyn Fn`, whose vtable also
/// holds a `call_once` shim per closure type, never called.
trait Compare {
    fn compare(&self, a: usize, b: usize) -> Ordering;
}

impl<F: Fn(usize, usize) -> Ordering> Compare for F {
    fn compare(&self, a: usize, b: usize) -> Ordering {
        self(a, b)
    }
}

/// Sorts `v` by `key`, stably (equal keys keep their order), as `slice::sort_by_key` does.
pub(crate) fn sort_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` by `cmp`, stably (equal items keep their order), as `slice::sort_by` does.
pub(crate) fn sort_by<T>(v: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    let swaps = {
        let items: &[T] = v;
        sorting_swaps(items.len(), &|a: usize, b: usize| match (items.get(a), items.get(b)) {
            (Some(x), Some(y)) => cmp(x, y),
            _ => Ordering::Equal,
        })
    };
    for (a, b) in swaps {
        v.swap(a, b);
    }
}

/// The swaps that put `n` items into the stable order of `cmp` (over their current positions).
#[inline(never)]
fn sorting_swaps(n: usize, cmp: &dyn Compare) -> Vec<(usize, usize)> {
    let order = merge_sort(n, cmp);
    // `at[p]`: the item now at position p; `place[i]`: where item i now is.
    let mut at: Vec<usize> = (0..n).collect();
    let mut place: Vec<usize> = (0..n).collect();
    let mut swaps = Vec::new();
    for (k, src) in order.into_iter().enumerate() {
        let (Some(&p), Some(&other)) = (place.get(src), at.get(k)) else {
            continue;
        };
        if p == k {
            continue;
        }
        swaps.push((k, p));
        if let Some(x) = at.get_mut(k) {
            *x = src;
        }
        if let Some(x) = at.get_mut(p) {
            *x = other;
        }
        if let Some(x) = place.get_mut(src) {
            *x = k;
        }
        if let Some(x) = place.get_mut(other) {
            *x = p;
        }
    }
    swaps
}

/// The positions `0..n` in the stable order of `cmp`: a bottom-up merge sort (a few hundred
/// bytes of code where the standard library's sort takes about 5 KB).
fn merge_sort(n: usize, cmp: &dyn Compare) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    let mut width = 1;
    while width < n {
        let mut out = Vec::with_capacity(n);
        for run in order.chunks(2 * width) {
            let (left, right) = run.split_at(width.min(run.len()));
            let (mut left, mut right) = (left.iter().copied().peekable(), right.iter().copied().peekable());
            loop {
                // From the right run only when strictly less: equal items keep their order.
                let next = match (left.peek(), right.peek()) {
                    (Some(&a), Some(&b)) if cmp.compare(b, a) == Ordering::Less => right.next(),
                    (Some(_), _) => left.next(),
                    (None, _) => right.next(),
                };
                match next {
                    Some(i) => out.push(i),
                    None => break,
                }
            }
        }
        order = out;
        width = width.saturating_mul(2);
    }
    order
}

#[cfg(test)]
mod tests {
    use super::sort_by_key;

    #[test]
    fn stable_and_same_as_std() {
        let mut seed = 7u32;
        for n in 0..300 {
            let mut v: Vec<(u32, usize)> = (0..n)
                .map(|i| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    ((seed >> 16) % (n as u32 / 4 + 1), i)
                })
                .collect();
            let mut expected = v.clone();
            expected.sort_by_key(|e| e.0);
            sort_by_key(&mut v, |e| e.0);
            assert_eq!(v, expected);
        }
    }
}
