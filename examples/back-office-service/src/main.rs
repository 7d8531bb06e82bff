//! `fuling-back-office [--db PATH] [--addr 127.0.0.1:8080]`: serves the back-office API over a
//! SQLite store (created with examples/back_office/schema.sql when new).

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use fuling_rules_back_office_service::{open, serve, Service};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut db = PathBuf::from("district.sqlite");
    let mut addr: SocketAddr = "127.0.0.1:8080".parse()?;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--db" => db = args.next().ok_or("--db needs a path")?.into(),
            "--addr" => addr = args.next().ok_or("--addr needs host:port")?.parse()?,
            other => return Err(format!("unknown argument {other}; usage: [--db PATH] [--addr HOST:PORT]").into()),
        }
    }
    let service = Arc::new(Service::new(open(&db)?));
    let listener = tokio::net::TcpListener::bind(addr).await?;
    println!("serving {} on http://{}", db.display(), listener.local_addr()?);
    serve(listener, service).await?;
    Ok(())
}
