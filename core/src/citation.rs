//! Article citations (条款引用) into the embedded regulation text.
//!
//! The regulation — 涪陵区政务数字化应用管理暂行办法(征求意见稿) — ships inside
//! the crate (`core/data/regulation.zh.md`). A [`Citation`] names an article
//! and optionally one of its items; its one JSON form, used by every error,
//! finding, explanation and scenario file on every target, is
//! `{"article": 19, "item": 2}` (`item` absent when the whole article is meant).

use crate::json_output::ToJson;
use crate::json_read::FromJson;
use crate::prelude::*;
use core::fmt;
#[cfg(feature = "regulation-text")]
use once_cell::race::OnceBox;

/// The regulation text, embedded at compile time (feature `regulation-text`, on by
/// default; the WebAssembly package ships the text in a JavaScript module of its own).
///
/// # Example
/// ```
/// use fuling_rules::citation::REGULATION_TEXT;
/// assert!(REGULATION_TEXT.contains("### 第二十条 (Article 20)"));
/// assert!(REGULATION_TEXT.contains("应用开发资金计划在500万元(含)以上"));
/// ```
#[cfg(feature = "regulation-text")]
pub const REGULATION_TEXT: &str = include_str!("../data/regulation.zh.md");

/// Every article's and item's text as one JSON document (pretty-printed, newline at the end):
/// `{"title": …, "articles": [{"article": 1, "text": …, "items": [ … ]}, …]}`, as
/// [`Citation::text`] gives them. The WebAssembly package's `articleText` is built from
/// it (`bindings-wasm/regulation.json`, written by `cargo xtask codegen`).
///
/// # Example
/// ```
/// let v: serde_json::Value = serde_json::from_str(&fuling_rules::citation::regulation_json()).unwrap();
/// assert_eq!(v["articles"].as_array().unwrap().len(), 45);
/// assert!(v["articles"][19]["text"].as_str().unwrap().contains("500万元(含)以上")); // 第二十条
/// assert_eq!(v["articles"][18]["items"].as_array().unwrap().len(), 5); // 第十九条 has five items
/// ```
#[cfg(feature = "regulation-text")]
pub fn regulation_json() -> String {
    let articles: Vec<serde_json::Value> = (1..=ARTICLE_COUNT)
        .map(|n| {
            let article = Citation::new(n);
            let items: Vec<&str> = (1..=u8::MAX).map_while(|i| article.item(i).text()).collect();
            serde_json::json!({"article": n, "text": article.text(), "items": items})
        })
        .collect();
    let doc = serde_json::json!({"title": REGULATION_TITLE, "articles": articles});
    let mut text = serde_json::to_string_pretty(&doc).unwrap_or_default();
    text.push('\n');
    text
}

/// The regulation's title.
///
/// # Example
/// ```
/// use fuling_rules::citation::{REGULATION_TEXT, REGULATION_TITLE};
/// use fuling_rules::Ruleset;
/// assert!(REGULATION_TEXT.starts_with(&format!("# {REGULATION_TITLE}")));
/// assert_eq!(Ruleset::default().title, REGULATION_TITLE);
/// ```
pub const REGULATION_TITLE: &str = "涪陵区政务数字化应用管理暂行办法(征求意见稿)";

/// A citation of an article (条) and optionally an item (项) of the regulation.
///
/// # Properties
/// - Displays as `第十九条第(二)项` in Chinese ([`Citation::zh`]) and
///   `Art. 19(2)` in English ([`Citation::en`], also `Display`).
/// - Construction is `const` and unchecked; [`Citation::validate`] checks the
///   article and item exist in the embedded text (a test checks every citation
///   the crate uses).
///
/// # Example
/// ```
/// use fuling_rules::Art;
/// let c = Art::new(19).item(2);
/// assert_eq!(c.zh(), "第十九条第(二)项");
/// assert_eq!(c.to_string(), "Art. 19(2)");
/// assert!(c.text().unwrap().contains("5个工作日内"));
/// assert_eq!(serde_json::to_string(&c).unwrap(), r#"{"article":19,"item":2}"#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, ToJson, FromJson, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Citation {
    /// The article number (第N条), 1–45.
    pub article: u8,
    /// The item number (第(N)项) within the article, when one item is meant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<u8>,
}

/// Short name for [`Citation`], read as "Article": `Art::new(19).item(2)`.
///
/// # Example
/// ```
/// use fuling_rules::{Art, Citation};
/// let c: Art = Art::new(33);
/// assert_eq!(c, Citation { article: 33, item: None });
/// assert!(c.text().unwrap().contains("不低于90天"));
/// ```
pub type Art = Citation;

impl Citation {
    /// A citation of a whole article.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::Art;
    /// let c = Art::new(20);
    /// assert_eq!(c.zh(), "第二十条");
    /// assert!(c.text().unwrap().contains("500万元(含)以上"));
    /// ```
    pub const fn new(article: u8) -> Self {
        Citation { article, item: None }
    }

    /// The same article, narrowed to one item.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::Art;
    /// let c = Art::new(19).item(5);
    /// assert_eq!(c.to_string(), "Art. 19(5)");
    /// assert!(c.text().unwrap().contains("60个工作日内启动开发"));
    /// ```
    #[must_use]
    pub const fn item(self, item: u8) -> Self {
        Citation {
            article: self.article,
            item: Some(item),
        }
    }

    /// The Chinese display form, e.g. `第十九条第(二)项` or `第二十条`.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::Art;
    /// assert_eq!(Art::new(45).zh(), "第四十五条");
    /// assert_eq!(Art::new(21).item(2).zh(), "第二十一条第(二)项");
    /// ```
    pub fn zh(&self) -> String {
        match self.item {
            Some(i) => format!(
                "第{}条第({})项",
                chinese_number(self.article.into()),
                chinese_number(i.into())
            ),
            None => format!("第{}条", chinese_number(self.article.into())),
        }
    }

    /// The English display form, e.g. `Art. 19(2)` or `Art. 20`.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::Art;
    /// assert_eq!(Art::new(33).en(), "Art. 33");
    /// assert_eq!(Art::new(19).item(4).en(), "Art. 19(4)");
    /// ```
    pub fn en(&self) -> String {
        self.to_string()
    }

    /// Whether the article (and item) exist in the regulation ([`Citation::validate`]
    /// gives the error when not).
    pub(crate) fn exists(&self) -> bool {
        match (ITEM_COUNTS.get(usize::from(self.article).wrapping_sub(1)), self.item) {
            (Some(_), None) => true,
            (Some(&count), Some(item)) => (1..=count).contains(&item),
            (None, _) => false,
        }
    }

    /// The text of the cited article or item, or `None` if the regulation lacks it
    /// (feature `regulation-text`, on by default).
    ///
    /// # Example
    /// ```
    /// use fuling_rules::Art;
    /// assert!(Art::new(24).text().unwrap().contains("申报前10个工作日"));
    /// assert!(Art::new(42).text().unwrap().contains("5个工作日内完成应用注销"));
    /// assert_eq!(Art::new(46).text(), None);
    /// ```
    #[cfg(feature = "regulation-text")]
    pub fn text(&self) -> Option<&'static str> {
        let article = articles().iter().find(|a| a.number == self.article)?;
        match self.item {
            None => Some(article.text),
            Some(i) => article.items.get(usize::from(i).checked_sub(1)?).copied(),
        }
    }
}

impl fmt::Display for Citation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // As `u32`: the `.wasm` then needs no formatter of `u8` of its own.
        let article = u32::from(self.article);
        match self.item {
            Some(i) => write!(f, "Art. {}({})", article, u32::from(i)),
            None => write!(f, "Art. {}", article),
        }
    }
}

/// The number of items (项) of each article, 第一条 first: what [`Citation::validate`]
/// checks, so validation needs no text (a test checks it against the text).
const ITEM_COUNTS: [u8; ARTICLE_COUNT as usize] = [
    0, 0, 8, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9, 0, 4, 5, 0, 3, 8, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 0, 3,
    0, 4, 4, 0, 0, 0, 0,
];

/// One article of the embedded text.
#[cfg(feature = "regulation-text")]
#[derive(Debug)]
struct Article {
    number: u8,
    text: &'static str,
    items: Vec<&'static str>,
}

/// The number of articles in the regulation (第一条 … 第四十五条).
///
/// # Example
/// ```
/// use fuling_rules::{citation::ARTICLE_COUNT, Art};
/// assert!((1..=ARTICLE_COUNT).all(|n| Art::new(n).validate().is_ok()));
/// assert!(Art::new(ARTICLE_COUNT + 1).text().is_none());
/// ```
pub const ARTICLE_COUNT: u8 = 45;

#[cfg(feature = "regulation-text")]
fn articles() -> &'static [Article] {
    static ARTICLES: OnceBox<Vec<Article>> = OnceBox::new();
    ARTICLES.get_or_init(|| Box::new(parse_articles(REGULATION_TEXT)))
}

/// Splits the markdown into articles at `### 第…条 (Article N)` headings; items are
/// the `- (…)` bullet lines in order (the source's item 1 of Art. 40 reads `()`; see errata).
#[cfg(feature = "regulation-text")]
fn parse_articles(text: &'static str) -> Vec<Article> {
    let body = text.split("## Errata").next().unwrap_or(text);
    body.split("\n### ")
        .skip(1)
        .filter_map(|section| {
            // A section runs to the next heading of any level.
            let section = section.split("\n#").next().unwrap_or(section);
            let (heading, content) = section.split_once('\n').unwrap_or((section, ""));
            let number = heading
                .split("(Article ")
                .nth(1)
                .and_then(|s| s.trim_end_matches(')').trim().parse::<u8>().ok())?;
            let items = content.lines().filter_map(|l| l.strip_prefix("- ")).collect();
            Some(Article {
                number,
                text: content.trim(),
                items,
            })
        })
        .collect()
}

/// Chinese numerals for 1–99 as used in article numbering (十九, 二十, 四十五).
pub(crate) fn chinese_number(n: u32) -> String {
    const D: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    let digit = |d: u32| D.get(d as usize).copied().unwrap_or("");
    match n {
        0..=9 => digit(n).to_string(),
        10 => "十".to_string(),
        11..=19 => format!("十{}", digit(n % 10)),
        20..=99 if n % 10 == 0 => format!("{}十", digit(n / 10)),
        20..=99 => format!("{}十{}", digit(n / 10), digit(n % 10)),
        _ => n.to_string(),
    }
}

#[cfg(all(test, feature = "regulation-text"))]
mod tests {
    use super::*;

    #[test]
    fn item_count_table_matches_the_text() {
        let from_text: Vec<u8> = articles()
            .iter()
            .map(|a| u8::try_from(a.items.len()).unwrap())
            .collect();
        assert_eq!(from_text, ITEM_COUNTS);
    }

    #[test]
    fn all_45_articles_are_present() {
        let a = articles();
        assert_eq!(a.len(), 45);
        for (i, art) in a.iter().enumerate() {
            assert_eq!(usize::from(art.number), i + 1);
            assert!(!art.text.is_empty());
        }
    }

    #[test]
    fn items_counted_from_the_text() {
        // Counted by hand in articles.zh.md.
        let expect = [
            (3, 8),
            (6, 5),
            (16, 9),
            (18, 4),
            (19, 5),
            (21, 3),
            (22, 8),
            (23, 9),
            (34, 9),
            (38, 3),
            (40, 4),
            (41, 4),
        ];
        for (art, n) in expect {
            assert_eq!(articles()[art - 1].items.len(), n, "items of Art. {art}");
        }
        assert!(Art::new(19).item(6).validate().is_err());
        assert!(Art::new(46).validate().is_err());
        assert!(Art::new(40).item(1).text().unwrap().contains("无使用必要"));
    }

    #[test]
    fn display_forms() {
        assert_eq!(Art::new(20).zh(), "第二十条");
        assert_eq!(Art::new(45).zh(), "第四十五条");
        assert_eq!(Art::new(7).zh(), "第七条");
        assert_eq!(Art::new(23).item(9).zh(), "第二十三条第(九)项");
        assert_eq!(Art::new(33).en(), "Art. 33");
        let c: Citation = serde_json::from_str(r#"{"article":20}"#).unwrap();
        assert_eq!(c, Art::new(20));
    }
}
