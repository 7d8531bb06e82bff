//! Messages of the area `json` (see the catalogue's module documentation): the JSON text
//! reader's (`crate::json_text`) syntax errors, each `{0}` the line and `{1}` the column (in
//! bytes) where the text goes wrong. The reasons are serde_json's words, which these messages
//! carried before the crate read JSON text itself.

super::messages! { 8000;
    JSON_EOF_IN_LIST: "JSON 格式错误:EOF while parsing a list at line {0} column {1}", "malformed JSON: EOF while parsing a list at line {0} column {1}";
    JSON_EOF_IN_OBJECT: "JSON 格式错误:EOF while parsing an object at line {0} column {1}", "malformed JSON: EOF while parsing an object at line {0} column {1}";
    JSON_EOF_IN_STRING: "JSON 格式错误:EOF while parsing a string at line {0} column {1}", "malformed JSON: EOF while parsing a string at line {0} column {1}";
    JSON_EOF_IN_VALUE: "JSON 格式错误:EOF while parsing a value at line {0} column {1}", "malformed JSON: EOF while parsing a value at line {0} column {1}";
    JSON_EXPECTED_COLON: "JSON 格式错误:expected `:` at line {0} column {1}", "malformed JSON: expected `:` at line {0} column {1}";
    JSON_EXPECTED_COMMA_OR_BRACKET: "JSON 格式错误:expected `,` or `]` at line {0} column {1}", "malformed JSON: expected `,` or `]` at line {0} column {1}";
    JSON_EXPECTED_COMMA_OR_BRACE: "JSON 格式错误:expected `,` or `}}` at line {0} column {1}", "malformed JSON: expected `,` or `}}` at line {0} column {1}";
    JSON_EXPECTED_IDENT: "JSON 格式错误:expected ident at line {0} column {1}", "malformed JSON: expected ident at line {0} column {1}";
    JSON_EXPECTED_VALUE: "JSON 格式错误:expected value at line {0} column {1}", "malformed JSON: expected value at line {0} column {1}";
    JSON_INVALID_ESCAPE: "JSON 格式错误:invalid escape at line {0} column {1}", "malformed JSON: invalid escape at line {0} column {1}";
    JSON_INVALID_NUMBER: "JSON 格式错误:invalid number at line {0} column {1}", "malformed JSON: invalid number at line {0} column {1}";
    JSON_NUMBER_OUT_OF_RANGE: "JSON 格式错误:number out of range at line {0} column {1}", "malformed JSON: number out of range at line {0} column {1}";
    JSON_CONTROL_CHARACTER_IN_STRING: "JSON 格式错误:control character (\\u0000-\\u001F) found while parsing a string at line {0} column {1}", "malformed JSON: control character (\\u0000-\\u001F) found while parsing a string at line {0} column {1}";
    JSON_KEY_NOT_A_STRING: "JSON 格式错误:key must be a string at line {0} column {1}", "malformed JSON: key must be a string at line {0} column {1}";
    JSON_LONE_SURROGATE: "JSON 格式错误:lone leading surrogate in hex escape at line {0} column {1}", "malformed JSON: lone leading surrogate in hex escape at line {0} column {1}";
    JSON_TRAILING_COMMA: "JSON 格式错误:trailing comma at line {0} column {1}", "malformed JSON: trailing comma at line {0} column {1}";
    JSON_TRAILING_CHARACTERS: "JSON 格式错误:trailing characters at line {0} column {1}", "malformed JSON: trailing characters at line {0} column {1}";
    JSON_HEX_ESCAPE_CUT_SHORT: "JSON 格式错误:unexpected end of hex escape at line {0} column {1}", "malformed JSON: unexpected end of hex escape at line {0} column {1}";
    JSON_TOO_DEEP: "JSON 格式错误:recursion limit exceeded at line {0} column {1}", "malformed JSON: recursion limit exceeded at line {0} column {1}";
}
