//! `cargo xtask import-notice NOTICE.txt [--data FILE] [--check]`: reads a State Council
//! holiday notice's text and writes it into the calendar data (`core/data/holidays.json`
//! unless `--data` names another file): see `fuling_rules_tests::import_notice`. With
//! `--check` nothing is written and the exit status is 1 when the data does not yet hold
//! the notice.

use std::path::PathBuf;
use std::process::ExitCode;

/// `cargo xtask import-notice NOTICE.txt [--data FILE] [--check]`.
pub fn run(argv: &[&str]) -> ExitCode {
    let mut notice: Option<PathBuf> = None;
    let mut data = crate::root().join("core/data/holidays.json");
    let mut check = false;
    let mut args = argv.iter().map(|a| (*a).to_owned());
    while let Some(a) = args.next() {
        match a.as_str() {
            "--check" => check = true,
            "--data" => match args.next() {
                Some(p) => data = PathBuf::from(p),
                None => return usage("--data needs a file"),
            },
            _ if a.starts_with("--") => return usage(&format!("unknown option {a}")),
            _ if notice.is_none() => notice = Some(PathBuf::from(a)),
            _ => return usage("one notice file at a time"),
        }
    }
    let Some(notice) = notice else {
        return usage("no notice file given");
    };
    let read = |p: &PathBuf| std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()));
    let result = read(&data)
        .and_then(|d| read(&notice).map(|n| (d, n)))
        .and_then(|(d, n)| fuling_rules_tests::import_notice::import(&d, &n));
    let (text, summary) = match result {
        Ok(x) => x,
        Err(e) => {
            eprintln!("import-notice: {e}");
            return ExitCode::from(2);
        }
    };
    println!(
        "notice {}{}: {} added, {} changed, {} removed; version {} -> {}",
        summary.notice,
        if summary.record_added { " (new record)" } else { "" },
        summary.added.len(),
        summary.changed.len(),
        summary.removed.len(),
        summary.version.0,
        summary.version.1
    );
    for (what, days) in [
        ("added", &summary.added),
        ("changed", &summary.changed),
        ("removed", &summary.removed),
    ] {
        if !days.is_empty() {
            println!("  {what}: {}", days.join(", "));
        }
    }
    if check {
        return if summary.changed_anything() {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        };
    }
    if summary.changed_anything() {
        if let Err(e) = std::fs::write(&data, text) {
            eprintln!("import-notice: {}: {e}", data.display());
            return ExitCode::from(2);
        }
        println!("wrote {}", data.display());
    }
    ExitCode::SUCCESS
}

fn usage(why: &str) -> ExitCode {
    eprintln!("import-notice: {why}\nusage: cargo xtask import-notice NOTICE.txt [--data FILE] [--check]");
    ExitCode::from(2)
}
