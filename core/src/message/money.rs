//! Messages of the area `money` (see the catalogue's module documentation).

super::messages! { 5000;
    AMOUNT_TEXT_TOO_LONG: "金额文本 {0} 字节,超过上限 {1} 字节", "amount text of {0} bytes exceeds the limit of {1} bytes";
    AMOUNT_VALUE_OVERFLOW: "金额 {0} 超过上限 99,999,999,999,999.99 元", "amount {1} exceeds the maximum of 99,999,999,999,999.99 yuan";
}
