//! Walkthrough: one development project of 5,200,000 yuan from the ledger to acceptance,
//! across the 2025 National Day holiday. Prints the state, the open obligations with their
//! due dates and explanations (Chinese and English) at each step, a refused event, and the
//! Mermaid timeline.
//!
//! `cargo run -p fuling-rules-examples --bin walkthrough`

use chrono::NaiveDate;
use fuling_rules::model::{Application, ProjectKind, ReleaseChannel};
use fuling_rules::records::ApplicationRecord;
use fuling_rules::{Calendar, Event, Project, Ruleset};

type AnyResult<T> = Result<T, Box<dyn std::error::Error>>;

fn main() -> AnyResult<()> {
    let cal = Calendar::official();
    let rules = Ruleset::default();
    let app = Application {
        id: "FL-2025-017".into(),
        name: "涪陵区智慧河长应用".into(),
        responsible_department: "区水利局".into(),
        lead_department: "区水利局".into(),
        release_channel: Some(ReleaseChannel::YuKuaiZheng),
        ..Application::default()
    };
    // The application's own facts (here its catalog, 第七条) go on its record.
    let mut record = ApplicationRecord::new(app.clone());
    let mut project = Project::new("P-2025-017", ProjectKind::Development).with_application(app);
    println!("# {} — development project of 5,200,000 yuan\n", project.id());

    let steps: &[(&str, Option<&str>)] = &[
        (r#"{"type":"ledgered","date":"2025-06-03"}"#, None),
        (
            r#"{"type":"funding_plan_submitted","date":"2025-09-30","amount":"5200000"}"#,
            Some("2025-10-09"),
        ),
        (r#"{"type":"lead_department_reviewed","date":"2025-10-14"}"#, None),
        (
            r#"{"type":"preliminary_funding_plan_set","date":"2025-10-15"}"#,
            Some("2025-10-15"),
        ),
        (
            r#"{"type":"development_plan_submitted","date":"2025-11-20","amount":"5200000"}"#,
            None,
        ),
        (
            r#"{"type":"preliminary_review_passed","date":"2025-11-21"}"#,
            Some("2025-11-21"),
        ),
        // Refused: 5,200,000 ≥ 500万元 and the plan has not been filed with the municipal Bureau.
        (r#"{"type":"joint_review_organised","date":"2025-11-24"}"#, None),
        (r#"{"type":"municipal_filing_submitted","date":"2025-11-24"}"#, None),
        (r#"{"type":"joint_review_organised","date":"2025-11-26"}"#, None),
        (
            r#"{"type":"approved","date":"2025-12-05","document":"涪大数据发〔2025〕88号"}"#,
            Some("2025-12-05"),
        ),
        (r#"{"type":"catalog_completed","date":"2025-12-10"}"#, None),
        (
            r#"{"type":"development_started","date":"2025-12-15","mode":"procurement"}"#,
            None,
        ),
        (
            r#"{"type":"testing_completed","date":"2026-03-02","documents":["test_cases","test_plan","test_report","joint_debugging_record"]}"#,
            None,
        ),
        (
            r#"{"type":"released","date":"2026-03-04","channel":"yu_kuai_zheng"}"#,
            None,
        ),
        (r#"{"type":"trial_run_started","date":"2026-03-05"}"#, None),
        // Refused: 2026-03-05 + 90 days is 2026-06-03.
        (r#"{"type":"trial_run_ended","date":"2026-06-02"}"#, None),
        (
            r#"{"type":"trial_run_ended","date":"2026-06-03","passed":true}"#,
            Some("2026-06-03"),
        ),
        (r#"{"type":"trial_run_report_submitted","date":"2026-06-22"}"#, None),
        (
            r#"{"type":"accepted","date":"2026-06-30","conditions":["supervisor_consents","content_complete_and_goals_met","built_on_platform","irs_catalog_maintained","tests_and_assessments_passed","training_completed","technical_materials_held","records_complete","other_requirements_met"]}"#,
            Some("2026-06-30"),
        ),
    ];

    for (json, show) in steps {
        let event = Event::from_json_str(json)?;
        let label = format!("{} {}", event.date(), event.event_type().as_str());
        if event.event_type().is_application_fact() {
            record.apply_json(json)?;
            println!("✔ {label:<45} → application record");
            continue;
        }
        match project.apply(event) {
            Ok(()) => println!("✔ {label:<45} → {}", project.state()),
            Err(e) => println!(
                "✘ {label:<45} refused [{}] {}\n    {}",
                e.code(),
                e.article()
                    .map(|a| format!("{} {}", a.zh(), a.en()))
                    .unwrap_or_default(),
                e.message_zh()
            ),
        }
        if let Some(as_of) = show {
            print_status(
                &project,
                &record,
                NaiveDate::parse_from_str(as_of, "%Y-%m-%d")?,
                &cal,
                &rules,
            )?;
        }
    }

    // Loaded with its application record, the timeline shows the catalog entry met.
    let project = Project::from_json_str_for(&project.to_json(), &record, &rules, &cal)?;
    println!(
        "\n## Timeline (Mermaid)\n\n```mermaid\n{}```",
        project.timeline_mermaid(&cal, &rules)?
    );
    Ok(())
}

fn print_status(
    project: &Project,
    record: &ApplicationRecord,
    as_of: NaiveDate,
    cal: &Calendar,
    rules: &Ruleset,
) -> AnyResult<()> {
    let s = project.status_with(record, as_of, cal, rules)?;
    println!(
        "\n  as of {as_of}: state {} ({}), stage {:?}; receipt: library {}, ruleset {}, calendar {}",
        s.state,
        s.state.zh(),
        s.stage,
        s.receipt.library_version,
        s.receipt.ruleset_id,
        s.receipt.calendar_version
    );
    if s.obligations.is_empty() {
        println!("  no open obligation");
    }
    for o in &s.obligations {
        let due = o.due.map_or_else(|| "no period".to_owned(), |d| d.to_string());
        println!(
            "  • {} [{} / {}] due {due}{} — {} {}",
            o.id,
            o.responsible.zh(),
            o.responsible.en(),
            if o.overdue { " OVERDUE" } else { "" },
            o.article.zh(),
            o.article.en()
        );
        println!("    {} / {}", o.what_zh, o.what_en);
        if let Some(e) = &o.explanation {
            println!("    zh: {}", e.sentence_zh());
            println!("    en: {}", e.sentence_en());
        }
        if let Some(err) = &o.error {
            println!("    error [{}]: {}", err.code, err.message_en);
        }
        println!("    if missed: {}", o.consequence_en);
    }
    for m in &s.met_late {
        println!("  ! {} met late: due {}, met {}", m.id, m.due, m.met_on);
    }
    for x in &s.exceptions {
        println!("  ⚑ exception {:?} on {}: {}", x.kind, x.date, x.basis);
    }
    println!();
    Ok(())
}
