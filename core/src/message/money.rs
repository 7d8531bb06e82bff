//! Messages of the area `money` (see the catalogue's module documentation).

super::messages! { 5000;
    AMOUNT_TEXT_TOO_LONG: "金额文本 {0} 字节,超过上限 {1} 字节", "amount text of {0} bytes exceeds the limit of {1} bytes";
    AMOUNT_VALUE_OVERFLOW: "金额 {0} 超过上限 99,999,999,999,999.99 元", "amount {1} exceeds the maximum of 99,999,999,999,999.99 yuan";
    AMOUNT_INVALID: "金额 {0} 无效:{1}", "invalid amount {0}: {2}";
    AMOUNT_IS_EMPTY: "为空", "is empty";
    AMOUNT_IS_NEGATIVE: "为负数,金额不能小于零", "is negative; amounts must be zero or more";
    AMOUNT_FINER_THAN_FEN: "精度超过“分”(最多两位小数的元)", "is finer than one fen (at most two decimal places of yuan)";
    AMOUNT_ABOVE_MAXIMUM: "超过上限 99,999,999,999,999.99 元", "exceeds the maximum of 99,999,999,999,999.99 yuan";
    DAXIE_UNEXPECTED_CHARACTER: "含有无法识别的字符 {0}", "unexpected character {0}";
    AMOUNT_TEXT_AFTER_NUMBER: "数字后有无法识别的内容(只允许“万”“亿”“元”“整”)", "unexpected text after the number (only 万, 亿, 元 and 整 may follow it)";
    AMOUNT_BAD_FRACTION: "小数点后必须是数字(且只能有一个小数点,小数部分不能有逗号)", "the decimal point must be followed by digits only (one point, no commas in the fraction)";
    AMOUNT_NO_DIGITS_BEFORE_POINT: "小数点前必须有数字", "digits are needed before the decimal point";
    AMOUNT_MISPLACED_THOUSANDS: "千分位逗号位置不对(如 5,000,000)", "misplaced thousands separators (expected e.g. 5,000,000)";
    AMOUNT_NOT_DIGITS: "含有无法识别的字符", "contains characters that are not digits";
    DAXIE_MIXED_CASE: "大写数字与小写数字混用", "mixes uppercase (大写) and lowercase Chinese numerals";
    DAXIE_ZHENG_NOT_AT_END: "“整”只能在末尾", "整 may only come at the end";
    DAXIE_NO_DIGITS: "没有数字", "no digits";
    DAXIE_UNIT_WITHOUT_DIGIT: "“拾/佰/仟”前缺少数字(或单位重复)", "拾/佰/仟 without a digit before it (or a repeated unit)";
    DAXIE_MISPLACED_ZERO: "“零”的位置不对(不能开头、连写或后面不是数字)", "misplaced 零 (at the start, repeated, or not followed by a digit)";
    DAXIE_SECTION_WITHOUT_NUMBER: "“万/亿”前缺少数字", "万/亿 without a number before it";
    DAXIE_YUAN_JIAO_FEN_OUT_OF_PLACE: "“元/角/分”的位置不对", "元/角/分 out of place (must be 元, then 角, then 分)";
    DAXIE_YI_TWICE: "“亿”出现多次", "亿 appears more than once";
    DAXIE_BAD_FRACTION: "“元”之后只能是“[零]几角[零]几分”", "after 元 only [零] D角 [零] D分 may follow";
    DAXIE_PLACE_OUT_OF_ORDER: "数位重复或顺序颠倒(如“伍佰佰”“伍角伍角”)", "a place is repeated or out of descending order (e.g. 伍佰佰, 伍角伍角)";
    DAXIE_SUPERFLUOUS_ZERO: "多余的“零”(零前后的数位相邻)", "superfluous 零 (no place is skipped there)";
    DAXIE_AMBIGUOUS_BARE_DIGIT: "有歧义:空位后不带单位的数字前须写“零”(如“壹仟零伍元”,不能写“壹仟伍元”)", "ambiguous: a digit without a unit after skipped places needs 零 (壹仟零伍元, not 壹仟伍元)";
    // Reasons of an amount's shape error (one text, the same in both languages).
    AMOUNT_JSON_WRONG_TYPE: "invalid type: {0}, expected an amount in yuan: a string such as \"5000000.00\" or \"500万元\", or a non-negative integer", "invalid type: {0}, expected an amount in yuan: a string such as \"5000000.00\" or \"500万元\", or a non-negative integer";
    AMOUNT_JSON_FLOAT: "[amount_malformed] a JSON number with a fraction or exponent (or too large for an integer) is not accepted as an amount, to avoid floating-point rounding; write it as a string such as \"5000000.50\" / 金额不接受带小数或指数的 JSON 数字(以免浮点误差),请写成字符串,如 \"5000000.50\"", "[amount_malformed] a JSON number with a fraction or exponent (or too large for an integer) is not accepted as an amount, to avoid floating-point rounding; write it as a string such as \"5000000.50\" / 金额不接受带小数或指数的 JSON 数字(以免浮点误差),请写成字符串,如 \"5000000.50\"";
    AMOUNT_JSON_NEGATIVE: "[amount_negative] amount {0} is negative; amounts must be zero or more / 金额 {0} 为负数,金额不能小于零", "[amount_negative] amount {0} is negative; amounts must be zero or more / 金额 {0} 为负数,金额不能小于零";
}
