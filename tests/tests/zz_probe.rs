use chrono::NaiveDate;
use fuling_rules::{calendar::parse_notice, Calendar};
fn d(s: &str) -> NaiveDate { NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap() }
const T2027: &str = "国务院办公厅关于2027年部分节假日安排的通知
国办发明电〔2026〕9号

各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
经国务院批准，现将2027年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。
一、元旦：1月1日（周五）至3日（周日）放假，共3天。
二、春节：2月5日（农历除夕、周五）至12日（周五）放假调休，共8天。2月20日（周六）上班。
三、清明节：4月3日（周六）至5日（周一）放假，共3天。
四、劳动节：5月1日（周六）至5日（周三）放假调休，共5天。4月25日（周日）、5月8日（周六）上班。
五、端午节：6月9日（周三）放假，共1天。
六、中秋节：9月15日（周三）放假，共1天。
七、国庆节：10月1日（周五）至7日（周四）放假调休，共7天。9月26日（周日）、10月9日（周六）上班。
节假日期间，各地区、各部门要妥善安排好值班和安全、保卫、疫情防控等工作。
国务院办公厅
2026年11月10日";
#[test]
fn probe() {
    let show = |label: &str, t: &str| match parse_notice(t) {
        Ok(n) => println!("{label}: OK hol={} work={:?} reg={:?}", n.holidays.len(), n.workdays.iter().map(|w| w.date.to_string()).collect::<Vec<_>>(), n.regular),
        Err(e) => println!("{label}: ERR {}", e.message_en()),
    };
    show("full", T2027);
    show("half", &T2027.replace('，', ",").replace('：', ":").replace('（', "(").replace('）', ")"));
    show("xingqi", &T2027.replace("（周", "（星期"));
    show("dash", &T2027.replace("日（周五）至3日", "日（周五）-3日"));
    show("emdash", &T2027.replace("日（周五）至3日", "日（周五）—1月3日"));
    show("tilde", &T2027.replace("1月1日（周五）至3日", "1月1日～3日"));
    show("fullwidth-digits", &T2027.replace("1月1日", "１月１日"));
    show("monthrepeat", &T2027.replace("至3日", "至1月3日"));
    show("wrapped", &T2027.replace("至12日（周五）放假调休", "至12日（周五）\n放假调休"));
    show("wrapped2", &T2027.replace("放假调休，共8天。", "放假调休，\n共8天。"));
    show("cn-numeral", &T2027.replace("二、春节：2月5日", "二、春节：二月五日"));
    show("cn-numeral-all", &T2027.replace("六、中秋节：9月15日（周三）", "六、中秋节：九月十五日"));
    show("halfstop", &T2027.replace("共3天。", "共3天."));
    show("wrongwd", &T2027.replace("6月9日（周三）", "6月9日（周四）"));
    show("space", &T2027.replace("1月1日", "1 月 1 日"));
    show("withyear", &T2027.replace("一、元旦：1月1日", "一、元旦：2027年1月1日"));
    show("libai", &T2027.replace("5月8日（周六）", "5月8日（礼拜六）"));
    show("buban", &T2027.replace("2月20日（周六）上班", "2月20日（周六）补班"));
    show("tiaoxiu-shangban", &T2027.replace("2月20日（周六）上班", "2月20日（周六）调休上班"));
    show("Dec-before", &T2027.replace("一、元旦：1月1日（周五）至3日（周日）放假，共3天。", "一、元旦：1月1日（周五）至3日（周日）放假，共3天。2026年12月26日（周六）上班。"));
    show("year-out", &T2027.replace("6月9日", "2028年6月9日"));
    show("2030", &T2027.replace("2027年", "2030年"));
    show("jiaban", &T2027.replace("共5天。", "共5天，另外5月6日（周四）也放假。"));
    show("nodate-item", &T2027.replace("五、端午节：6月9日（周三）放假，共1天。", "五、端午节：放假安排另行通知。"));
    show("item-paren", &T2027.replace("一、元旦", "（一）元旦"));
    show("arabic-item", &T2027.replace("一、元旦", "1.元旦").replace("二、春节", "2.春节"));
    // gaps
    let n = Calendar::official().with_notice(&T2027.replace("2027年", "2029年"));
    println!("gap 2029: {:?}", n.as_ref().map(|c| c.coverage()).map_err(|e| e.message_en().to_owned()));
    let p = Calendar::official_provisional_until(2035).unwrap().with_notice(T2027).unwrap();
    println!("prov+2027: from={:?} last={} 2028-01-01 prov={:?}", p.provisional_from(), p.coverage().last, p.day_info(d("2028-01-03")).map(|i| i.provisional));
}
#[test]
fn probe2() {
    let show = |label: &str, t: &str| match parse_notice(t) {
        Ok(n) => println!("{label}: OK hol={} work={:?}", n.holidays.len(), n.workdays.iter().map(|w| w.date.to_string()).collect::<Vec<_>>()),
        Err(e) => println!("{label}: ERR {}", e.message_en()),
    };
    show("cn-mixed", &T2027.replace("2月20日（周六）上班", "二月二十日（周六）上班"));
    show("lunar", &T2027.replace("9月15日（周三）", "9月15日（农历八月十五、周三）"));
    show("opening-dated", &T2027.replace("通知如下。", "通知如下。2027年1月1日（周五）至3日（周日）放假。"));
    let g = Calendar::official().with_notice("国务院办公厅关于2029年部分节假日安排的通知\n一、元旦:1月1日放假,共1天。");
    println!("gap 2029: {:?}", g.map(|c| c.coverage()).map_err(|e| e.message_en().to_owned()));
    let p = Calendar::official_provisional_until(2035).unwrap();
    let v0 = p.version().to_owned();
    let p = p.with_notice(T2027).unwrap();
    println!("prov+2027: v0={v0} v={} from={:?} last={} 2028 prov={:?} 2027-02-20 working={:?}", p.version(), p.provisional_from(), p.coverage().last, p.day_info(d("2028-01-03")).map(|i| i.provisional), p.is_working_day(d("2027-02-20")));
    let p2 = Calendar::official_provisional_until(2027).unwrap().with_notice(T2027).unwrap();
    println!("prov2027+2027: v={} from={:?} last={}", p2.version(), p2.provisional_from(), p2.coverage().last);
}
