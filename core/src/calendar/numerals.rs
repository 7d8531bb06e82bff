//! Numbers as the notices and the regulation write them: Arabic digits (half- or
//! full-width) or Chinese numerals (五, 十, 六十, 一百二十, 两), and years written digit
//! by digit (二○○九, 二〇一一).

/// The value of one Chinese digit (零〇○ count as 0, 两 as 2).
fn cn_digit(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' | '○' | 'О' | 'o' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// An Arabic digit, half- or full-width.
pub(crate) fn arabic_digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        '０'..='９' => Some(u32::from(c) - u32::from('０')),
        _ => None,
    }
}

/// A whole number written in Arabic digits or Chinese numerals (up to 9,999), or `None`.
///
/// "60", "６０", "六十", "十五", "一百二十", "两", "九十" are read; mixed or malformed
/// text ("6十", "十十") is `None`.
pub(crate) fn number(text: &str) -> Option<u32> {
    if text.is_empty() {
        return None;
    }
    if text.chars().all(|c| arabic_digit(c).is_some()) {
        if text.chars().count() > 9 {
            return None;
        }
        return text.chars().try_fold(0u32, |acc, c| Some(acc * 10 + arabic_digit(c)?));
    }
    // Chinese: [d]千[d]百[d]十[d], with 零 allowed between groups.
    let mut total = 0u32;
    let mut pending: Option<u32> = None;
    let mut last_unit = u32::MAX;
    for c in text.chars() {
        let unit = match c {
            '十' => 10,
            '百' => 100,
            '千' => 1000,
            _ => {
                let d = cn_digit(c)?;
                if pending.is_some() && d != 0 {
                    return None; // two digits in a row ("六五")
                }
                pending = if d == 0 { None } else { Some(d) };
                continue;
            }
        };
        if unit >= last_unit {
            return None; // units must fall: 百 then 十
        }
        // A bare 十 at the start means 一十.
        let d = match pending.take() {
            Some(d) => d,
            None if unit == 10 && total == 0 => 1,
            None => return None,
        };
        total += d * unit;
        last_unit = unit;
    }
    if let Some(d) = pending {
        total += d;
    }
    Some(total)
}

/// A year written digit by digit in Chinese numerals (二○○九 → 2009) or in Arabic digits.
pub(crate) fn year_digits(text: &str) -> Option<i32> {
    if text.chars().count() != 4 {
        return None;
    }
    text.chars().try_fold(0i32, |acc, c| {
        let d = arabic_digit(c).or_else(|| cn_digit(c).filter(|_| c != '两'))?;
        i32::try_from(d).ok().map(|d| acc * 10 + d)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        for (text, n) in [
            ("5", 5),
            ("60", 60),
            ("６０", 60),
            ("五", 5),
            ("十", 10),
            ("十五", 15),
            ("二十", 20),
            ("六十", 60),
            ("九十", 90),
            ("一百", 100),
            ("一百二十", 120),
            ("一百零五", 105),
            ("两", 2),
            ("三十一", 31),
        ] {
            assert_eq!(number(text), Some(n), "{text}");
        }
        for bad in ["", "6十", "十十", "五六", "百十", "x", "1234567890"] {
            assert_eq!(number(bad), None, "{bad}");
        }
    }

    #[test]
    fn years() {
        assert_eq!(year_digits("二○○九"), Some(2009));
        assert_eq!(year_digits("二〇一一"), Some(2011));
        assert_eq!(year_digits("2025"), Some(2025));
        assert_eq!(year_digits("二〇一"), None);
    }
}
