//! Messages of the area `misc` (see the catalogue's module documentation).

super::messages! { 4000;
    NO_SUCH_ARTICLE: "本办法没有{0}", "the regulation has no {1}";
    RULESET_FIELD_INVALID: "规则集字段 {0} 无效:{1}", "ruleset field {0} is invalid: {2}";
    JSON_MALFORMED: "JSON 格式错误:{0}", "malformed JSON: {0}";
    JSON_WRONG_SHAPE: "输入内容不符合要求:{0}", "input has the wrong shape: {0}";
    /// An error as its `Display` shows it (the same in both languages): code, English, Chinese.
    ERROR_SHOWN: "[{0}] {1} / {2}", "[{0}] {1} / {2}";
}
