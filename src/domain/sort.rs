//! A plain insertion sort for the domain's short lists (14 dimensions, at most 600 responses).
//!
//! The standard library's sorts are fast on large inputs but cost the WebAssembly several
//! kilobytes per element type; these lists are small enough that O(n²) is instant.

/// Sorts `items` by `key`, stable: equal keys keep their order.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) > key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sort_by_key;

    #[test]
    fn sorts_like_the_standard_library_and_is_stable() {
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        for len in 0..60 {
            let mut items: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    ((seed % 7) as u8, i)
                })
                .collect();
            let mut expected = items.clone();
            expected.sort_by_key(|&(k, _)| k);
            sort_by_key(&mut items, |&(k, _)| k);
            assert_eq!(items, expected);
        }
    }
}
