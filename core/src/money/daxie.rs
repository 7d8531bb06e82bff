//! The 大写 reader: uppercase (and lowercase) Chinese financial numerals (see the [module docs](super)).

use super::{Amount, Fault, Parsed, MAX_FEN};
use crate::message::money as m;
use crate::prelude::*;

/// Which numeral set a token comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Case {
    Upper,
    Lower,
    Either,
}

/// One 大写 token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tok {
    /// 壹..玖 (1..=9).
    Digit(u8),
    /// 零.
    Zero,
    /// 拾佰仟 as the power of ten 1..=3.
    Unit(u32),
    /// 万 (4) or 亿 (8).
    Section(u32),
    Yuan,
    Jiao,
    Fen,
    Zheng,
}

fn daxie_token(c: char) -> Option<(Tok, Case)> {
    use Case::{Either, Lower, Upper};
    let t = match c {
        '零' => (Tok::Zero, Either),
        '〇' => (Tok::Zero, Lower),
        '壹' => (Tok::Digit(1), Upper),
        '贰' => (Tok::Digit(2), Upper),
        '叁' => (Tok::Digit(3), Upper),
        '肆' => (Tok::Digit(4), Upper),
        '伍' => (Tok::Digit(5), Upper),
        '陆' => (Tok::Digit(6), Upper),
        '柒' => (Tok::Digit(7), Upper),
        '捌' => (Tok::Digit(8), Upper),
        '玖' => (Tok::Digit(9), Upper),
        '一' => (Tok::Digit(1), Lower),
        '二' => (Tok::Digit(2), Lower),
        '三' => (Tok::Digit(3), Lower),
        '四' => (Tok::Digit(4), Lower),
        '五' => (Tok::Digit(5), Lower),
        '六' => (Tok::Digit(6), Lower),
        '七' => (Tok::Digit(7), Lower),
        '八' => (Tok::Digit(8), Lower),
        '九' => (Tok::Digit(9), Lower),
        '拾' => (Tok::Unit(1), Upper),
        '佰' => (Tok::Unit(2), Upper),
        '仟' => (Tok::Unit(3), Upper),
        '十' => (Tok::Unit(1), Lower),
        '百' => (Tok::Unit(2), Lower),
        '千' => (Tok::Unit(3), Lower),
        '万' => (Tok::Section(4), Either),
        '亿' => (Tok::Section(8), Either),
        '元' | '圆' => (Tok::Yuan, Either),
        '角' => (Tok::Jiao, Either),
        '分' => (Tok::Fen, Either),
        '整' | '正' => (Tok::Zheng, Either),
        _ => return None,
    };
    Some(t)
}

/// A non-zero digit at a place, as read from 大写.
#[derive(Debug, Clone, Copy)]
struct Term {
    digit: u8,
    /// Power of ten in fen (元 place = 2, 角 = 1, 分 = 0).
    place: u32,
    /// Written without 拾/佰/仟 (the ones place of a section).
    bare: bool,
    /// Directly preceded by 零.
    after_zero: bool,
}

/// An item of the integer part before section places are known.
#[derive(Debug, Clone, Copy)]
enum Item {
    /// Digit, its place within the section (0..=3), bare, after 零.
    Term(u8, u32, bool, bool),
    /// 万 or 亿.
    Section(u32),
}

pub(super) fn parse_daxie(text: &str) -> Parsed<Amount> {
    let mut toks = Vec::new();
    let (mut upper, mut lower) = (false, false);
    for c in text.chars() {
        let Some((tok, case)) = daxie_token(c) else {
            return Err(Fault::new(
                crate::error::ErrorCode::AmountMalformed,
                m::DAXIE_UNEXPECTED_CHARACTER,
                &[&format!("{c:?}")],
            ));
        };
        upper |= case == Case::Upper;
        lower |= case == Case::Lower;
        toks.push(tok);
    }
    if upper && lower {
        return Err(Fault::malformed(m::DAXIE_MIXED_CASE));
    }

    let body = match toks.split_last() {
        Some((Tok::Zheng, rest)) => rest,
        _ => &toks[..],
    };
    if body.contains(&Tok::Zheng) {
        return Err(Fault::malformed(m::DAXIE_ZHENG_NOT_AT_END));
    }
    let yuan_at = body.iter().position(|t| *t == Tok::Yuan);
    let (int_toks, frac_toks, has_yuan) = match yuan_at {
        Some(at) => {
            let (int_toks, rest) = body.split_at(at);
            (int_toks, rest.get(1..).unwrap_or(&[]), true)
        }
        None if body.iter().any(|t| matches!(t, Tok::Jiao | Tok::Fen)) => (&[][..], body, false),
        None => (body, &[][..], false),
    };
    if int_toks.is_empty() && (has_yuan || frac_toks.is_empty()) {
        return Err(Fault::malformed(m::DAXIE_NO_DIGITS));
    }

    let mut terms = if int_toks == [Tok::Zero] {
        Vec::new()
    } else {
        integer_terms(int_toks)?
    };
    fraction_terms(frac_toks, &mut terms)?;
    value_of(&terms)
}

/// Reads the part before 元 into terms with fen places.
fn integer_terms(toks: &[Tok]) -> Parsed<Vec<Term>> {
    let mut items = Vec::new();
    let mut after_zero = false;
    let mut i = 0;
    while let Some(&tok) = toks.get(i) {
        let next = toks.get(i + 1).copied();
        match tok {
            Tok::Digit(d) => {
                if let Some(Tok::Unit(u)) = next {
                    items.push(Item::Term(d, u, false, after_zero));
                    i += 1;
                } else {
                    items.push(Item::Term(d, 0, true, after_zero));
                }
                after_zero = false;
            }
            Tok::Unit(1) if i == 0 => items.push(Item::Term(1, 1, false, false)),
            Tok::Unit(_) => return Err(Fault::malformed(m::DAXIE_UNIT_WITHOUT_DIGIT)),
            Tok::Zero => {
                if i == 0 || after_zero || !matches!(next, Some(Tok::Digit(_))) {
                    return Err(Fault::malformed(m::DAXIE_MISPLACED_ZERO));
                }
                after_zero = true;
            }
            Tok::Section(s) => {
                // 亿 may follow 万 (壹万亿 = 10^12); otherwise a number must precede.
                let preceded = match items.last() {
                    Some(Item::Term(..)) => true,
                    Some(Item::Section(4)) => s == 8,
                    _ => false,
                };
                if !preceded {
                    return Err(Fault::malformed(m::DAXIE_SECTION_WITHOUT_NUMBER));
                }
                items.push(Item::Section(s));
            }
            Tok::Yuan | Tok::Jiao | Tok::Fen | Tok::Zheng => {
                return Err(Fault::malformed(m::DAXIE_YUAN_JIAO_FEN_OUT_OF_PLACE))
            }
        }
        i += 1;
    }
    if items.iter().filter(|it| matches!(it, Item::Section(8))).count() > 1 {
        return Err(Fault::malformed(m::DAXIE_YI_TWICE));
    }

    // Section places, from the right: the nearest 万 or 亿 after a term, plus 8 if
    // any 亿 follows it (亿 above 万: 壹万亿 = 10^12).
    let mut terms = Vec::with_capacity(items.len());
    let mut nearest = 0;
    let mut yi_after = false;
    for item in items.iter().rev() {
        match *item {
            Item::Section(s) => {
                nearest = s;
                yi_after |= s == 8;
            }
            Item::Term(digit, unit, bare, after_zero) => {
                let section = if nearest == 4 { 4 } else { 0 } + if yi_after { 8 } else { 0 };
                terms.push(Term {
                    digit,
                    place: unit + section + 2,
                    bare,
                    after_zero,
                });
            }
        }
    }
    terms.reverse();
    Ok(terms)
}

/// Reads the part after 元: `[零] [D角] [零] [D分]`.
fn fraction_terms(toks: &[Tok], terms: &mut Vec<Term>) -> Parsed<()> {
    let mut after_zero = false;
    let mut i = 0;
    while let Some(&tok) = toks.get(i) {
        match (tok, toks.get(i + 1).copied()) {
            (Tok::Zero, Some(Tok::Digit(_))) if !after_zero => after_zero = true,
            (Tok::Digit(d), Some(unit @ (Tok::Jiao | Tok::Fen))) => {
                terms.push(Term {
                    digit: d,
                    place: if unit == Tok::Jiao { 1 } else { 0 },
                    bare: false,
                    after_zero,
                });
                after_zero = false;
                i += 1;
            }
            _ => return Err(Fault::malformed(m::DAXIE_BAD_FRACTION)),
        }
        i += 1;
    }
    Ok(())
}

/// Checks the order and 零 rules, then sums the terms.
fn value_of(terms: &[Term]) -> Parsed<Amount> {
    let mut previous: Option<Term> = None;
    let mut fen: u64 = 0;
    for &term in terms {
        let prev_place = previous.map(|p| p.place);
        if let Some(p) = prev_place {
            if term.place >= p {
                return Err(Fault::malformed(m::DAXIE_PLACE_OUT_OF_ORDER));
            }
        }
        let gap = prev_place.is_some_and(|p| term.place + 1 < p);
        if term.after_zero && !gap {
            return Err(Fault::malformed(m::DAXIE_SUPERFLUOUS_ZERO));
        }
        if term.bare && gap && !term.after_zero {
            return Err(Fault::malformed(m::DAXIE_AMBIGUOUS_BARE_DIGIT));
        }
        let value = super::pow10(term.place)
            .and_then(|p| p.checked_mul(u64::from(term.digit)))
            .and_then(|v| fen.checked_add(v))
            .ok_or_else(Fault::overflow)?;
        fen = value;
        previous = Some(term);
    }
    if fen > MAX_FEN {
        return Err(Fault::overflow());
    }
    Ok(Amount(fen))
}
