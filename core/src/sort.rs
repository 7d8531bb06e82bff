//! One stable sort shared by every list the crate orders: the comparison sort runs once, over
//! positions, behind a `dyn` comparator, so the standard library's sort is instantiated once
//! in the whole crate instead of once per item type and key (about 3 KB of `.wasm` code each;
//! benches/README.md, WASM). The items are then moved into place by swaps.

use std::cmp::Ordering;

/// Sorts `v` by `key`, stably (equal keys keep their order), as `slice::sort_by_key` does.
pub(crate) fn sort_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    let swaps = {
        let items: &[T] = v;
        sorting_swaps(items.len(), &|a, b| items.get(a).map(&key).cmp(&items.get(b).map(&key)))
    };
    for (a, b) in swaps {
        v.swap(a, b);
    }
}

/// The swaps that put `n` items into the stable order of `cmp` (over their current positions).
#[inline(never)]
fn sorting_swaps(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<(usize, usize)> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| cmp(a, b));
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

#[cfg(test)]
mod tests {
    use super::sort_by_key;

    #[test]
    fn stable_and_same_as_std() {
        let mut seed = 7u32;
        for n in 0..60 {
            let mut v: Vec<(u32, usize)> = (0..n)
                .map(|i| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    ((seed >> 16) % 7, i)
                })
                .collect();
            let mut expected = v.clone();
            expected.sort_by_key(|e| e.0);
            sort_by_key(&mut v, |e| e.0);
            assert_eq!(v, expected);
        }
    }
}
