//! Messages of the area `input` (see the catalogue's module documentation).

super::messages! { 3000;
    WHOLE_AMOUNT_OUT_OF_RANGE: "金额超出范围(单位:{0})", "amount is out of range (in {1})";
    WHOLE_AMOUNT_NEGATIVE: "金额不能为负数(单位:{0})", "amount must not be negative (in {1})";
    WHOLE_AMOUNT_NOT_WHOLE: "金额应为整数(单位:{0})", "amount must be a whole number of {1}";
    TEXT_ARGUMENT_TOO_LONG: "输入过长({0} 字节,上限 {1})", "input too long ({0} bytes, at most {1})";
    WRONG_ARGUMENTS_FOR: "{0} 的参数类型不对", "wrong kind of arguments for {0}";
    UNKNOWN_CALENDAR_FUNCTION: "未知的日历函数 {0}", "unknown calendar function {0}";
    UNKNOWN_BATCH_OPERATION: "未知的批量操作 {0}", "unknown batch operation {0}";
    UNKNOWN_ERRORS_MODE: "errors 应为 \"raise\" 或 \"nat\",而不是 {0}", "errors must be \"raise\" or \"nat\", not {0}";
    UNKNOWN_CALENDAR_BASE: "未知的基础日历 {0}(应为 \"official\" 或 \"none\")", "unknown base calendar {0} (expected \"official\" or \"none\")";
    ARGUMENT_TOO_DEEP: "{0} 嵌套过深或过大,无法处理", "{0} is nested too deeply or too large";
    DAY_COUNT_NEGATIVE: "天数不能为负数(向前计算请用 sub_working_days)", "the day count must not be negative (use sub_working_days to count backward)";
    DAY_COUNT_NOT_WHOLE: "天数应为非负整数", "the day count must be a non-negative whole number";
    YEAR_NOT_POSITIVE_WHOLE: "年份应为正整数,如 2035", "the year must be a positive whole number such as 2035";
    DAY_COUNT_TOO_LARGE: "天数过大(上限 {0})", "the day count is too large (at most {0})";
    UNKNOWN_SCHEMA_NAME: "未知的 JSON Schema 名称“{0}”,可用:{1}", "unknown JSON Schema \"{0}\"; known: {2}";
    WRONG_SHAPE_AT: "{0}不符合要求,位置 \"{1}\":{2}", "{3} has the wrong shape at \"{1}\": {2}";
    // The shape errors' reasons: serde's English words, the same in both languages.
    SHAPE_MISSING_FIELD: "missing field `{0}`", "missing field `{0}`";
    SHAPE_WRONG_TYPE: "invalid type: {0}, expected {1}", "invalid type: {0}, expected {1}";
    SHAPE_WRONG_VALUE: "invalid value: {0}, expected {1}", "invalid value: {0}, expected {1}";
    SHAPE_UNKNOWN_FIELD: "unknown field `{0}`, {1}", "unknown field `{0}`, {1}";
    SHAPE_NO_NAMES: "there are no {0}", "there are no {0}";
    SHAPE_EXPECTED_ONE: "expected `{0}`", "expected `{0}`";
    SHAPE_EXPECTED_ONE_OF: "expected one of `{0}`", "expected one of `{0}`";
    SHAPE_FIELD_NOT_READ: "a required field was not read", "a required field was not read";
    SHAPE_VARIANT_OUT_OF_RANGE: "variant index out of range", "variant index out of range";
    SHAPE_UNKNOWN_VARIANT: "unknown variant `{0}`, {1}", "unknown variant `{0}`, {1}";
    SHAPE_DATE_INVALID: "invalid date {0}: expected an actual date written YYYY-MM-DD", "invalid date {0}: expected an actual date written YYYY-MM-DD";
}
