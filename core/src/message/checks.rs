//! Messages of the area `checks` (see the catalogue's module documentation).
//!
//! The first rows are the finding codes' general messages, made from the finding codes' table
//! (`message/findings.rs`, `finding_table!`, where each code's texts are written), one row per code
//! named as its `FindingCode` variant, in the table's order; then the area's other messages.

/// The finding codes' rows, then the rows written here.
macro_rules! with_finding_rows {
    ($( $(#[$doc:meta])* $variant:ident = $code:literal, $art:expr, $sev:ident, $zh:literal, $en:literal; )*) => {
        super::messages! { 2000;
            $( #[allow(non_upper_case_globals)] $variant: $zh, $en; )*
            // checks/mod.rs: a finding's general message followed by a detail.
            FINDING_WITH_DETAIL: "{0}({1})", "{2} ({3})";
            // checks/review.rs: 23(3)'s overlap with a named application.
            OVERLAPS_EXISTING_APPLICATION: "与现有应用“{0}”重叠", "overlaps the existing application “{0}”";
            // checks/labels.rs: 第三十八条's action for a label ({0} its Chinese name, {1} its English one).
            LABEL_PHASE_OUT_OR_MERGE: "标记为“{0}”标签的应用应当逐步淘汰、整合归并", "an application labelled {1}: phase out or merge step by step";
            LABEL_MAY_APPLY_FOR_AWARD: "标记为“{0}”标签的应用可申报评优", "an application labelled {1}: may apply for an award";
            LABEL_RECTIFY: "标记为“{0}”标签的应用应当进行整改,提升应用质量", "an application labelled {1}: must be rectified to raise its quality";
            LABEL_PER_ITEM: "标记为“{0}”标签的应用按其所属的第三十八条之项办理", "an application labelled {1}: is handled as the item of Art. 38 it falls under says";
            // checks/json.rs: the size limits of `run_json`.
            INPUT_TOO_MANY_VALUES: "输入超过 {0} 个值", "input has more than {0} values";
            INPUT_TOO_DEEP: "输入嵌套超过 {0} 层", "input is nested deeper than {0} levels";
            INPUT_STRING_TOO_LONG: "字符串超过 {0} 个字符", "a string is longer than {0} characters";
            INPUT_KEY_TOO_LONG: "键超过 {0} 个字符", "a key is longer than {0} characters";
            // checks/table.rs: `Check::from_name` ({1} the names joined by "、", {2} by ", ").
            UNKNOWN_CHECK_NAME: "未知的检查名称“{0}”,可用:{1}", "unknown check \"{0}\"; known: {2}";
        }
    };
}

super::findings::finding_table!(with_finding_rows);
