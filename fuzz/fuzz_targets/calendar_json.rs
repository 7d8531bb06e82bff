//! Custom calendar JSON: loading never panics; a loaded calendar answers or errs, never panics.
#![no_main]
use fuling_rules::Calendar;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(cal) = Calendar::from_json(text) {
        let c = cal.coverage();
        let _ = cal.add_working_days(c.first, 10);
        let _ = cal.sub_working_days(c.last, 10);
        let _ = cal.working_days_between(c.first, c.last);
        let _ = cal.next_working_day(c.last);
    }
});
