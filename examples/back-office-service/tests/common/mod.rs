//! What both test files share: the service over a store file, on a free port of 127.0.0.1,
//! called over HTTP, and a dump of the file's tables read with a second connection.
#![allow(dead_code)] // each test binary uses its own part

use std::path::PathBuf;
use std::sync::Arc;

use fuling_rules_back_office_service::{open, serve, Service};
use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper::{Method, Request};
use hyper_util::client::legacy::{connect::HttpConnector, Client};
use hyper_util::rt::TokioExecutor;
use serde_json::Value;

/// The service running over the store file `db`.
pub struct Server {
    base: String,
    pub db: PathBuf,
    client: Client<HttpConnector, Full<Bytes>>,
}

impl Server {
    /// Opens (or creates) the store at `db` and serves it on a free port of 127.0.0.1.
    pub async fn serve(db: PathBuf) -> Server {
        let service = Arc::new(Service::new(open(&db).unwrap()));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(serve(listener, service));
        Server {
            base,
            db,
            client: Client::builder(TokioExecutor::new()).build_http(),
        }
    }

    pub async fn call(&self, method: Method, path: &str, body: Option<Value>) -> (u16, Value) {
        let req = Request::builder()
            .method(method)
            .uri(format!("{}{path}", self.base))
            .header("content-type", "application/json")
            .body(Full::new(Bytes::from(body.map(|b| b.to_string()).unwrap_or_default())))
            .unwrap();
        let res = self.client.request(req).await.unwrap();
        let status = res.status().as_u16();
        let bytes = res.into_body().collect().await.unwrap().to_bytes();
        (status, serde_json::from_slice(&bytes).unwrap_or(Value::Null))
    }

    pub async fn get(&self, path: &str) -> (u16, Value) {
        self.call(Method::GET, path, None).await
    }

    pub async fn post(&self, path: &str, body: Value) -> (u16, Value) {
        self.call(Method::POST, path, Some(body)).await
    }

    /// Every row of every table (every column), read from the file with a second connection.
    pub fn dump(&self) -> Vec<String> {
        let conn = rusqlite::Connection::open(&self.db).unwrap();
        let mut out = Vec::new();
        for table in ["applications", "projects", "events"] {
            let mut stmt = conn.prepare(&format!("SELECT * FROM {table} ORDER BY 1")).unwrap();
            let n = stmt.column_count();
            let rows = stmt
                .query_map([], |r| {
                    (0..n)
                        .map(|i| r.get::<_, rusqlite::types::Value>(i).map(|v| format!("{v:?}")))
                        .collect::<rusqlite::Result<Vec<_>>>()
                })
                .unwrap();
            for r in rows {
                out.push(format!("{table}: {}", r.unwrap().join(" | ")));
            }
        }
        out
    }
}
