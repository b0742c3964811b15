//! Ordering for the short lists this crate keeps: a stable sort (visits, opening intervals)
//! and sorted sets (a visit's areas, the symptoms ticked).
//!
//! The standard library's sorts are fast on long slices but each use compiles to a few
//! kilobytes of wasm per element type; the lists here hold tens of items, where an
//! insertion sort with a binary search is as fast and a fraction of the size.

/// Sorts `items` by `key`, keeping items with equal keys in their original order.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    for unsorted in 1..items.len() {
        let new_key = key(&items[unsorted]);
        // The first sorted item whose key is greater: equal keys stay before it (stable).
        let at = items[..unsorted].partition_point(|item| key(item) <= new_key);
        items[at..=unsorted].rotate_right(1);
    }
}

/// Adds `item` to `items` (`on`), or removes it (`!on`), leaving it there once. Adding also
/// puts the list in order, so that the same choices always compare equal, however the list
/// was filled (a loaded history lists areas in its own order).
pub fn set_membership<T: Ord + Copy>(items: &mut Vec<T>, item: T, on: bool) {
    items.retain(|&existing| existing != item);
    if on {
        items.push(item);
        sort_by_key(items, |&existing| existing);
    }
}

#[cfg(test)]
mod tests {
    use super::{set_membership, sort_by_key};

    #[test]
    fn set_membership_keeps_the_list_sorted_and_single() {
        let mut items = vec![2, 5];
        set_membership(&mut items, 3, true);
        set_membership(&mut items, 3, true);
        set_membership(&mut items, 1, true);
        assert_eq!(items, [1, 2, 3, 5]);
        set_membership(&mut items, 2, false);
        set_membership(&mut items, 4, false);
        assert_eq!(items, [1, 3, 5]);
        let mut loaded = vec![5, 1, 5];
        set_membership(&mut loaded, 3, true);
        assert_eq!(
            loaded,
            [1, 3, 5, 5],
            "put in order; only the toggled item is made single"
        );
        set_membership(&mut loaded, 5, false);
        assert_eq!(loaded, [1, 3]);
    }

    #[test]
    fn sorts_and_keeps_equal_keys_in_order() {
        let mut items = [(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e'), (0, 'f')];
        sort_by_key(&mut items, |item| item.0);
        assert_eq!(
            items,
            [(0, 'f'), (1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]
        );
    }

    #[test]
    fn agrees_with_the_standard_stable_sort() {
        // A fixed pseudo-random sequence, so the test is repeatable.
        let mut seed = 7u32;
        let mut items: Vec<(u8, usize)> = (0..300)
            .map(|index| {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                ((seed >> 24) as u8 % 17, index)
            })
            .collect();
        let mut expected = items.clone();
        expected.sort_by_key(|item| item.0);
        sort_by_key(&mut items, |item| item.0);
        assert_eq!(items, expected);
        sort_by_key(&mut items, |_| 0);
        assert_eq!(items, expected, "equal keys never move");
    }
}
