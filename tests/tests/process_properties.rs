//! Properties of the process: random event sequences never panic, a refused event leaves
//! the project unchanged, replay is deterministic and the JSON round trip is lossless.

use chrono::{Days, NaiveDate};
use fuling_rules::model::ProjectKind;
use fuling_rules::{Calendar, Event, EventType, Project, Ruleset};
use proptest::prelude::*;

/// One JSON template per event type (fields filled so that most guards can pass or fail).
fn template(ty: EventType, variant: u8) -> String {
    let all9 = r#"["supervisor_consents","content_complete_and_goals_met","built_on_platform","irs_catalog_maintained","tests_and_assessments_passed","training_completed","technical_materials_held","records_complete","other_requirements_met"]"#;
    let v = variant % 3;
    match ty {
        EventType::DeclarationPlanned | EventType::PreliminaryReviewApplied => {
            r#","declaration_date":"2025-12-01","reason":"matching_funds""#.to_owned()
        }
        EventType::LedgerExceptionRequested => {
            format!(
                r#","ground":"central_decision","basis":"{}""#,
                if v == 0 { "" } else { "依据" }
            )
        }
        EventType::Ledgered if v == 1 => r#","leading_group_consent":"同意""#.to_owned(),
        EventType::FundingPlanSubmitted => {
            format!(
                r#","amount":"{}""#,
                ["4999999.99", "5000000.00", "520万元"][usize::from(v)]
            )
        }
        EventType::DevelopmentPlanSubmitted => {
            format!(r#","amount":"{}""#, ["4999999.99", "5000000.00", "100"][usize::from(v)])
        }
        EventType::PreliminaryFundingPlanSet | EventType::OmPlanSubmitted if v == 2 => {
            r#","amount":"100"#.to_owned() + "\""
        }
        EventType::Rejected => {
            if v == 0 {
                r#","grounds":[]"#.to_owned()
            } else {
                r#","grounds":["incomplete_plan"]"#.to_owned()
            }
        }
        EventType::ProjectAdjusted | EventType::ProjectReplanned => format!(
            r#","reason":"{}","leading_group_consent":"同意""#,
            if v == 0 {
                "development_plan_overdue"
            } else {
                "development_start_overdue"
            }
        ),
        EventType::OutsideBudgetFundingArranged => r#","basis":"市委要求""#.to_owned(),
        EventType::DevelopmentStarted | EventType::OmStarted => r#","mode":"procurement""#.to_owned(),
        EventType::TestingCompleted => {
            if v == 0 {
                r#","documents":["test_plan"]"#.to_owned()
            } else {
                r#","documents":["test_cases","test_plan","test_report","joint_debugging_record"]"#.to_owned()
            }
        }
        EventType::Released if v != 0 => r#","channel":"yu_kuai_ban""#.to_owned(),
        EventType::TrialRunEnded if v == 1 => r#","exception":{"basis":"批准"},"passed":true"#.to_owned(),
        EventType::TrialRunEnded if v == 2 => r#","passed":true"#.to_owned(),
        EventType::RectificationRequired => {
            format!(r#","opinion":"{}""#, if v == 0 { "" } else { "整改" })
        }
        EventType::Deregistered if v != 0 => {
            r#","disposal":{"shared_data":"done","history_data":"handled","components":"done","channels":"done"}"#
                .to_owned()
        }
        EventType::Accepted => {
            if v == 0 {
                r#","conditions":["supervisor_consents"]"#.to_owned()
            } else {
                format!(r#","conditions":{all9},"trial_run_passed":{}"#, v == 2)
            }
        }
        EventType::LabelMarked => r#","label":"high_risk""#.to_owned(),
        EventType::DeregistrationApplied => {
            if v == 0 {
                r#","reason":"superseded""#.to_owned()
            } else {
                r#","reason":"no_longer_needed","disposal":{"shared_data":"done","history_data":"migrated","components":"done","channels":"done"}"#.to_owned()
            }
        }
        _ => String::new(),
    }
}

fn event(ty: EventType, variant: u8, date: NaiveDate) -> Event {
    let json = format!(
        r#"{{"type":"{}","date":"{date}"{}}}"#,
        ty.as_str(),
        template(ty, variant)
    );
    Event::from_json_str(&json).unwrap_or_else(|e| panic!("{json}: {e}"))
}

fn arb_steps() -> impl Strategy<Value = (bool, Vec<(usize, u8, u64)>)> {
    (
        any::<bool>(),
        prop::collection::vec((0..EventType::ALL.len(), any::<u8>(), 0u64..40), 0..60),
    )
}

fn build(dev: bool, steps: &[(usize, u8, u64)]) -> (Project, Vec<Event>) {
    let kind = if dev { ProjectKind::Development } else { ProjectKind::Om };
    let mut p = Project::new("PROP", kind);
    let mut date = NaiveDate::from_ymd_opt(2025, 1, 2).unwrap();
    let mut accepted = Vec::new();
    for (i, variant, gap) in steps {
        // Mostly forward in time, sometimes backward (out of order).
        date = if *gap == 39 {
            date.checked_sub_days(Days::new(3)).unwrap()
        } else {
            date.checked_add_days(Days::new(*gap)).unwrap()
        };
        let ty = EventType::ALL[*i];
        let e = event(ty, *variant, date);
        let before = p.to_json();
        let state = p.state();
        match p.apply(e.clone()) {
            Ok(()) => accepted.push(e),
            Err(err) => {
                assert_eq!(
                    p.to_json(),
                    before,
                    "refused {} ({}) changed the project",
                    ty.as_str(),
                    err.code()
                );
                assert_eq!(p.state(), state);
            }
        }
    }
    (p, accepted)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn random_sequences_never_panic_and_refusals_change_nothing((dev, steps) in arb_steps()) {
        let (p, accepted) = build(dev, &steps);
        prop_assert_eq!(p.events(), &accepted[..]);
        if let Some(last) = p.events().last() {
            let s = p.status(last.date(), &Calendar::official(), &Ruleset::default());
            prop_assert!(s.is_ok());
            let _ = p.timeline_mermaid(&Calendar::official(), &Ruleset::default()).unwrap();
        }
    }

    #[test]
    fn open_obligations_fall_on_the_right_side_of_their_trigger((dev, steps) in arb_steps(), extra in 0u64..200) {
        let (p, _) = build(dev, &steps);
        let cal = Calendar::official();
        let Some(last) = p.events().last() else { return Ok(()) };
        let as_of = last.date().checked_add_days(Days::new(extra)).unwrap();
        let s = p.status(as_of, &cal, &Ruleset::default()).unwrap();
        for o in &s.obligations {
            let (Some(due), Some(e)) = (o.due, o.explanation.as_ref()) else { continue };
            prop_assert_eq!(due, e.due);
            prop_assert_eq!(e.start, o.trigger_date);
            match e.period.direction {
                // Forward periods end on or after the trigger; Art. 24's backward period before it.
                fuling_rules::Direction::After => prop_assert!(due >= o.trigger_date, "{:?}", o.id),
                fuling_rules::Direction::Before => prop_assert!(due < o.trigger_date, "{:?}", o.id),
            }
            if e.period.unit == fuling_rules::PeriodUnit::WorkingDays && e.period.count > 0 {
                prop_assert!(cal.is_working_day(due).unwrap(), "{:?} due {} is not a working day", o.id, due);
            }
            prop_assert_eq!(o.overdue, as_of > due);
        }
    }

    #[test]
    fn replay_is_deterministic_and_json_round_trip_is_lossless((dev, steps) in arb_steps()) {
        let (p, _) = build(dev, &steps);
        let json = p.to_json();
        let a = Project::from_json_str(&json).unwrap();
        let b = Project::from_json_str(&json).unwrap();
        prop_assert_eq!(&a, &b);
        prop_assert_eq!(&a, &p);
        prop_assert_eq!(a.to_json(), json);
        let compact = serde_json::to_string(&p).unwrap();
        prop_assert_eq!(Project::from_json_str(&compact).unwrap(), p.clone());
        if let Some(last) = p.events().last() {
            let as_of = last.date();
            let s1 = p.status(as_of, &Calendar::official(), &Ruleset::default()).unwrap();
            let s2 = a.status(as_of, &Calendar::official(), &Ruleset::default()).unwrap();
            prop_assert_eq!(s1, s2);
        }
    }
}

#[test]
fn too_many_events_is_input_too_large() {
    let events = vec![
        r#"{"type":"label_marked","date":"2025-01-02","label":"excellent"}"#;
        fuling_rules::process::MAX_EVENTS + 1
    ];
    let json = format!(r#"{{"schema":1,"id":"X","kind":"om","events":[{}]}}"#, events.join(","));
    let err = Project::from_json_str(&json).unwrap_err();
    assert_eq!(err.code(), fuling_rules::ErrorCode::InputTooLarge);
}
