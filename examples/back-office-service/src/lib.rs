//! A back-office HTTP JSON service over fuling-rules, as a Rust back end would write it:
//! axum for HTTP, rusqlite for the store, the library for every rule.
//!
//! The store is the SQLite file of the Python back office (`examples/back_office`), with the same
//! table layout: [`SCHEMA_SQL`] is `examples/back_office/schema.sql`, included at compile time.
//! Every request reads the records from the file and replays them with the library (a project
//! with its whole application record; the agenda and the fund view through
//! `fuling_rules::portfolio::Portfolio`), so the service and the Python tools can share one file.
//!
//! | method | path | answer |
//! |---|---|---|
//! | GET | `/agenda?as_of=&within=&department=` | `Portfolio::agenda`: every open obligation, who owes it, by date |
//! | GET | `/funds?year=` | `Portfolio::fund_view`: amounts per year, lead department and stage |
//! | GET | `/projects/{id}/status?as_of=` | the project's status (with its application record) |
//! | GET | `/applications/{id}/status?as_of=` | the application record's status |
//! | POST | `/checks/{check}` | a check of the library on the JSON body (a dossier) |
//! | POST | `/applications` | registers an application (body: its metadata) |
//! | POST | `/projects` | registers a project (`{id, kind, application_id, follows?}`) |
//! | POST | `/projects/{id}/events` | appends an event (or a correction or void) |
//! | POST | `/applications/{id}/events` | appends an application event |
//!
//! An event is checked by the library inside the write transaction: refused, the answer is
//! `422` with `{code, article, message_zh, message_en}` and nothing is written.

use std::path::Path as FsPath;
use std::sync::{Arc, Mutex, MutexGuard};

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use chrono::NaiveDate;
use fuling_rules::call::Check;
use fuling_rules::portfolio::{AgendaOptions, Portfolio, RecordInput};
use fuling_rules::process::Event;
use fuling_rules::records::{ApplicationEvent, ApplicationRecord, Entry};
use fuling_rules::{Calendar, Error, ErrorCode, Project, Ruleset};
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use serde::Deserialize;
use serde_json::{json, Map, Value};

/// The table layout, shared with the Python store (`examples/back_office/schema.sql`).
pub const SCHEMA_SQL: &str = include_str!("../../back_office/schema.sql");

/// Opens (and if new, creates) the store at `path`, as the Python store does.
///
/// # Errors
/// SQLite's error when the file cannot be opened or the schema cannot be applied.
pub fn open(path: &FsPath) -> rusqlite::Result<Connection> {
    let conn = Connection::open(path)?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.execute_batch(SCHEMA_SQL)?;
    Ok(conn)
}

/// The service's state: one connection, the calendar and the ruleset.
pub struct Service {
    db: Mutex<Connection>,
    calendar: Calendar,
    rules: Ruleset,
}

impl Service {
    /// A service over an open store, with the official calendar and the default ruleset.
    pub fn new(conn: Connection) -> Service {
        Service {
            db: Mutex::new(conn),
            calendar: Calendar::official(),
            rules: Ruleset::default(),
        }
    }

    fn db(&self) -> Result<MutexGuard<'_, Connection>, ApiError> {
        self.db
            .lock()
            .map_err(|_| ApiError::internal("the store's lock is poisoned"))
    }
}

/// The routes of the service (see the crate documentation).
pub fn router(service: Arc<Service>) -> Router {
    Router::new()
        .route("/agenda", get(agenda))
        .route("/funds", get(funds))
        .route("/projects", post(register_project))
        .route("/applications", post(register_application))
        .route("/projects/{id}/status", get(project_status))
        .route("/applications/{id}/status", get(application_status))
        .route("/projects/{id}/events", post(append_project_event))
        .route("/applications/{id}/events", post(append_application_event))
        .route("/checks/{check}", post(run_check))
        .with_state(service)
}

/// Serves `router` on `listener` until the process ends.
///
/// # Errors
/// The listener's I/O error.
pub async fn serve(listener: tokio::net::TcpListener, service: Arc<Service>) -> std::io::Result<()> {
    axum::serve(listener, router(service)).await
}

// ---- errors --------------------------------------------------------------------------------

/// An error answer: a status and `{code, article, message_zh, message_en}`.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    body: Value,
}

impl ApiError {
    fn new(status: StatusCode, code: &str, zh: String, en: String) -> ApiError {
        ApiError {
            status,
            body: json!({"code": code, "article": null, "message_zh": zh, "message_en": en}),
        }
    }

    fn rules(status: StatusCode, e: &Error) -> ApiError {
        ApiError {
            status,
            body: json!({
                "code": e.code(),
                "article": e.article().map(|a| a.zh()),
                "message_zh": e.message_zh(),
                "message_en": e.message_en(),
            }),
        }
    }

    fn unknown(kind: &str, id: &str) -> ApiError {
        ApiError::new(
            StatusCode::NOT_FOUND,
            "unknown_record",
            format!("{} {id} 未登记", if kind == "project" { "项目" } else { "应用" }),
            format!("{kind} {id} is not registered"),
        )
    }

    fn internal(what: impl std::fmt::Display) -> ApiError {
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "storage_error",
            format!("存储错误:{what}"),
            format!("storage error: {what}"),
        )
    }
}

/// A library refusal: 422 (a record already stored that no longer replays is the same answer).
impl From<Error> for ApiError {
    fn from(e: Error) -> ApiError {
        ApiError::rules(StatusCode::UNPROCESSABLE_ENTITY, &e)
    }
}

impl From<rusqlite::Error> for ApiError {
    fn from(e: rusqlite::Error) -> ApiError {
        ApiError::internal(e)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.status, Json(self.body)).into_response()
    }
}

type ApiResult = Result<Response, ApiError>;

fn bad_request(e: &Error) -> ApiError {
    ApiError::rules(StatusCode::BAD_REQUEST, e)
}

fn parse_date(field: &str, text: Option<&str>) -> Result<NaiveDate, ApiError> {
    let text = text.ok_or_else(|| {
        bad_request(&Error::new(
            ErrorCode::InvalidInput,
            format!("缺少参数 {field}"),
            format!("missing parameter {field}"),
        ))
    })?;
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| {
        bad_request(&Error::new(
            ErrorCode::InvalidInput,
            format!("{field} 应为 YYYY-MM-DD:{text}"),
            format!("{field} must be YYYY-MM-DD: {text}"),
        ))
    })
}

fn parse_body(body: &str) -> Result<Value, ApiError> {
    fuling_rules::json_input::parse_value(body).map_err(|e| ApiError::rules(StatusCode::BAD_REQUEST, &e))
}

// ---- loading records from the store --------------------------------------------------------

fn stored_events(conn: &Connection, kind: &str, id: &str) -> Result<Vec<Value>, ApiError> {
    let mut stmt =
        conn.prepare_cached("SELECT event FROM events WHERE record_kind = ?1 AND record_id = ?2 ORDER BY idx")?;
    let texts = stmt
        .query_map(params![kind, id], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    texts.iter().map(|t| parse_body(t)).collect()
}

/// The application record as stored (`{"schema": 2, "application", "ruleset_id"?, "events"}`).
fn application_value(conn: &Connection, id: &str) -> Result<Option<Value>, ApiError> {
    let row: Option<(String, Option<String>)> = conn
        .query_row(
            "SELECT metadata, ruleset_id FROM applications WHERE id = ?1",
            params![id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let Some((metadata, ruleset_id)) = row else {
        return Ok(None);
    };
    let mut record = Map::new();
    record.insert("schema".into(), json!(2));
    record.insert("application".into(), parse_body(&metadata)?);
    if let Some(r) = ruleset_id {
        record.insert("ruleset_id".into(), json!(r));
    }
    record.insert("events".into(), Value::Array(stored_events(conn, "application", id)?));
    Ok(Some(Value::Object(record)))
}

fn load_application(conn: &Connection, id: &str) -> Result<Option<ApplicationRecord>, ApiError> {
    match application_value(conn, id)? {
        Some(v) => Ok(Some(ApplicationRecord::from_json_str(&v.to_string())?)),
        None => Ok(None),
    }
}

/// The project record as stored, and its application's id.
fn project_value(conn: &Connection, id: &str) -> Result<Option<(Value, String)>, ApiError> {
    let row: Option<(String, String, Option<String>, Option<String>)> = conn
        .query_row(
            "SELECT kind, application_id, follows, ruleset_id FROM projects WHERE id = ?1",
            params![id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?;
    let Some((kind, application_id, follows, ruleset_id)) = row else {
        return Ok(None);
    };
    let mut record = Map::new();
    record.insert("schema".into(), json!(2));
    record.insert("id".into(), json!(id));
    record.insert("kind".into(), json!(kind));
    record.insert("application_id".into(), json!(application_id));
    if let Some(f) = follows {
        record.insert("follows".into(), json!(f));
    }
    if let Some(r) = ruleset_id {
        record.insert("ruleset_id".into(), json!(r));
    }
    record.insert("events".into(), Value::Array(stored_events(conn, "project", id)?));
    Ok(Some((Value::Object(record), application_id)))
}

fn ids(conn: &Connection, table: &str) -> Result<Vec<String>, ApiError> {
    let sql = format!("SELECT id FROM {table} ORDER BY id");
    let mut stmt = conn.prepare(&sql)?;
    let ids = stmt
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(ids)
}

impl Service {
    /// The project replayed with its whole application record (metadata and catalog).
    fn load_project(&self, conn: &Connection, id: &str) -> Result<(Project, ApplicationRecord), ApiError> {
        let (record, app_id) = project_value(conn, id)?.ok_or_else(|| ApiError::unknown("project", id))?;
        let app = load_application(conn, &app_id)?.ok_or_else(|| ApiError::unknown("application", &app_id))?;
        let project = Project::from_json_str_for(&record.to_string(), &app, &self.rules, &self.calendar)?;
        Ok((project, app))
    }

    /// Every stored record, loaded together by the library (what does not load is in its problems).
    fn portfolio(&self, conn: &Connection) -> Result<Portfolio, ApiError> {
        let mut inputs = Vec::new();
        for id in ids(conn, "applications")? {
            inputs.extend(application_value(conn, &id)?.map(RecordInput::Value));
        }
        for id in ids(conn, "projects")? {
            inputs.extend(project_value(conn, &id)?.map(|(v, _)| RecordInput::Value(v)));
        }
        Ok(Portfolio::from_inputs(inputs))
    }
}

// ---- handlers ------------------------------------------------------------------------------

/// Query parameters of the status endpoints.
#[derive(Debug, Deserialize)]
pub struct AsOf {
    as_of: Option<String>,
}

async fn project_status(State(s): State<Arc<Service>>, Path(id): Path<String>, Query(q): Query<AsOf>) -> ApiResult {
    let as_of = parse_date("as_of", q.as_of.as_deref())?;
    let conn = s.db()?;
    let (project, app) = s.load_project(&conn, &id)?;
    let status = project.status_with(&app, as_of, &s.calendar, &s.rules)?;
    Ok(Json(status).into_response())
}

async fn application_status(State(s): State<Arc<Service>>, Path(id): Path<String>, Query(q): Query<AsOf>) -> ApiResult {
    let as_of = parse_date("as_of", q.as_of.as_deref())?;
    let conn = s.db()?;
    let app = load_application(&conn, &id)?.ok_or_else(|| ApiError::unknown("application", &id))?;
    Ok(Json(app.status(as_of, &s.calendar, &s.rules)?).into_response())
}

async fn run_check(Path(check): Path<String>, body: String) -> ApiResult {
    let check = Check::from_name(&check).map_err(|e| ApiError::rules(StatusCode::NOT_FOUND, &e))?;
    let input = parse_body(&body)?;
    Ok(Json(check.run(&input)?).into_response())
}

fn now() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    chrono::DateTime::from_timestamp(i64::try_from(secs).unwrap_or(0), 0)
        .map_or_else(String::new, |t| t.format("%Y-%m-%dT%H:%M:%S+00:00").to_string())
}

fn text_field(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).map(str::to_owned)
}

async fn register_application(State(s): State<Arc<Service>>, body: String) -> ApiResult {
    let meta = parse_body(&body)?;
    let id = text_field(&meta, "id").unwrap_or_default();
    // The library reads the metadata (unknown fields, types) before anything is written.
    let record =
        ApplicationRecord::from_json_str(&json!({"schema": 2, "application": meta, "events": []}).to_string())?;
    if id.is_empty() {
        return Err(Error::new(ErrorCode::InvalidInput, "应用标识为空", "the application id is empty").into());
    }
    let mut conn = s.db()?;
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    if load_application(&tx, &id)?.is_some() {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            "record_conflict",
            format!("应用 {id} 已登记"),
            format!("application {id} is already registered"),
        ));
    }
    tx.execute(
        "INSERT INTO applications (id, metadata, ruleset_id, recorded_by, recorded_at) VALUES (?1, ?2, NULL, NULL, ?3)",
        params![id, meta.to_string(), now()],
    )?;
    tx.commit()?;
    Ok((StatusCode::CREATED, Json(json!({"id": record.application().id}))).into_response())
}

async fn register_project(State(s): State<Arc<Service>>, body: String) -> ApiResult {
    let v = parse_body(&body)?;
    let (id, kind, app_id) = (
        text_field(&v, "id").unwrap_or_default(),
        text_field(&v, "kind").unwrap_or_default(),
        text_field(&v, "application_id").unwrap_or_default(),
    );
    let follows = text_field(&v, "follows");
    let mut conn = s.db()?;
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let app = load_application(&tx, &app_id)?.ok_or_else(|| ApiError::unknown("application", &app_id))?;
    let mut record = json!({"schema": 2, "id": id, "kind": kind, "application_id": app_id, "events": []});
    if let (Some(f), Some(obj)) = (&follows, record.as_object_mut()) {
        obj.insert("follows".into(), json!(f));
    }
    Project::from_json_str_in(&record.to_string(), app.application(), &s.rules, &s.calendar)?;
    if project_value(&tx, &id)?.is_some() {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            "record_conflict",
            format!("项目 {id} 已登记"),
            format!("project {id} is already registered"),
        ));
    }
    tx.execute(
        "INSERT INTO projects (id, kind, application_id, follows, ruleset_id, recorded_by, recorded_at) VALUES (?1, ?2, ?3, ?4, NULL, NULL, ?5)",
        params![id, kind, app_id, follows, now()],
    )?;
    tx.commit()?;
    Ok((StatusCode::CREATED, Json(json!({"id": id}))).into_response())
}

fn insert_event(tx: &rusqlite::Transaction<'_>, kind: &str, id: &str, event: &Value) -> Result<i64, ApiError> {
    let index: i64 = tx.query_row(
        "SELECT COUNT(*) FROM events WHERE record_kind = ?1 AND record_id = ?2",
        params![kind, id],
        |r| r.get(0),
    )?;
    // serde_json writes object keys sorted and compact: the canonical text the Python store writes.
    tx.execute(
        "INSERT INTO events (record_kind, record_id, idx, event, recorded_by, recorded_at, source) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'http')",
        params![kind, id, index, event.to_string(), text_field(event, "recorded_by"), now()],
    )?;
    Ok(index)
}

async fn append_project_event(State(s): State<Arc<Service>>, Path(id): Path<String>, body: String) -> ApiResult {
    let event = parse_body(&body)?;
    let mut conn = s.db()?;
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let (mut project, _) = s.load_project(&tx, &id)?;
    let entry: Entry<Event> = fuling_rules::json_input::from_str(&body)?;
    project.record_with(entry, &s.rules, &s.calendar)?; // refused: 422, the transaction rolls back
    let index = insert_event(&tx, "project", &id, &event)?;
    tx.commit()?;
    Ok((
        StatusCode::CREATED,
        Json(json!({"id": id, "index": index, "state": project.state()})),
    )
        .into_response())
}

async fn append_application_event(State(s): State<Arc<Service>>, Path(id): Path<String>, body: String) -> ApiResult {
    let event = parse_body(&body)?;
    let mut conn = s.db()?;
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let mut app = load_application(&tx, &id)?.ok_or_else(|| ApiError::unknown("application", &id))?;
    let entry: Entry<ApplicationEvent> = fuling_rules::json_input::from_str(&body)?;
    app.record_with(entry, &s.rules)?;
    let index = insert_event(&tx, "application", &id, &event)?;
    tx.commit()?;
    Ok((StatusCode::CREATED, Json(json!({"id": id, "index": index}))).into_response())
}

// ---- the agenda and the fund view ---------------------------------------------------------

/// Query parameters of `/agenda`.
#[derive(Debug, Deserialize)]
pub struct AgendaQuery {
    as_of: Option<String>,
    within: Option<i64>,
    department: Option<String>,
}

async fn agenda(State(s): State<Arc<Service>>, Query(q): Query<AgendaQuery>) -> ApiResult {
    let as_of = parse_date("as_of", q.as_of.as_deref())?;
    let conn = s.db()?;
    let portfolio = s.portfolio(&conn)?;
    let options = AgendaOptions {
        within_working_days: q.within,
        department: q.department.as_deref(),
        calendar: Some(&s.calendar),
        ruleset: Some(&s.rules),
        ..AgendaOptions::default()
    };
    let agenda = portfolio.agenda(as_of, &options)?;
    Ok(Json(json!({"agenda": agenda, "problems": portfolio.problems()})).into_response())
}

/// Query parameters of `/funds`.
#[derive(Debug, Deserialize)]
pub struct FundsQuery {
    year: Option<i32>,
}

async fn funds(State(s): State<Arc<Service>>, Query(q): Query<FundsQuery>) -> ApiResult {
    let conn = s.db()?;
    let portfolio = s.portfolio(&conn)?;
    Ok(Json(portfolio.fund_view_with(q.year, &s.rules)).into_response())
}
