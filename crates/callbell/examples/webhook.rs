//! Receives Callbell's contact webhooks and prints each event as one JSON
//! object per line on stdout (`{"event": "contact_created", "payload": {...}}`).
//!
//! ```sh
//! cargo run -p callbell --example webhook -- --port 8080
//! # listening on http://127.0.0.1:8080 (on stderr)
//! ```
//!
//! It binds 127.0.0.1 only (`--port 0`, the default, lets the OS pick a port;
//! the bound address is printed on stderr). Callbell does not deliver
//! webhooks to `localhost`: expose the port through a tunnel (the docs
//! suggest ngrok) and register the tunnel's `https://` URL in the dashboard.
//!
//! Every request is answered:
//! - a contact event (`contact_created`, `contact_updated`, `contact_deleted`):
//!   printed, `200 {"status":"ok"}`;
//! - Callbell's periodic connection check, which the docs say to answer with
//!   `200 {"status":"ok"}` but whose shape they leave open: any `GET`/`HEAD`,
//!   and any `POST` with an empty body or a JSON object without an `event`
//!   name, is taken for one: `200 {"status":"ok"}`, not printed on stdout
//!   (a one-line note on stderr), not treated as an error;
//! - another event (message, conversation, ... events of other
//!   subscriptions): `200 {"status":"ok"}`, noted on stderr, not printed;
//! - a body that is not JSON, or a contact event that does not fit its type:
//!   `400 {"status":"error","message":"..."}`, noted on stderr.

use std::convert::Infallible;
use std::io::Write;
use std::process::ExitCode;

use callbell::webhook::{WebhookError, WebhookEvent};
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::{Bytes, Incoming};
use hyper::header::{HeaderValue, ALLOW, CONTENT_TYPE};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use serde_json::{json, Value};
use tokio::net::TcpListener;

const USAGE: &str = "\
usage: webhook [--port PORT]

Receives Callbell's contact webhooks on 127.0.0.1:PORT (default 0: any free
port; the address is printed on stderr) and prints each event as one JSON
object per line on stdout.";

/// The largest body read; a contact webhook is a few kilobytes.
const MAX_BODY: usize = 1 << 20;

/// Reads the command line (without the program name) into the port.
/// `Ok(None)`: `--help`.
pub fn parse_args(args: impl IntoIterator<Item = String>) -> Result<Option<u16>, String> {
    let mut port = 0;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) => (flag.to_owned(), Some(value.to_owned())),
            None => (arg, None),
        };
        match flag.as_str() {
            "--help" | "-h" => return Ok(None),
            "--port" => {
                let value = inline
                    .or_else(|| args.next())
                    .ok_or("--port needs a value")?;
                port = value
                    .parse()
                    .map_err(|_| format!("--port {value:?} is not a port number"))?;
            }
            _ => return Err(format!("unknown argument {flag:?}")),
        }
    }
    Ok(Some(port))
}

/// What a request to the receiver amounts to.
#[derive(Debug)]
pub enum Received {
    /// A contact event: printed as one JSON line.
    Event(Box<WebhookEvent>),
    /// Callbell's connection check (a request without an event name).
    ConnectionCheck,
    /// An event this receiver does not handle, by name.
    Ignored(String),
    /// A body that is not a readable webhook, and why.
    Malformed(String),
    /// A method other than `GET`, `HEAD` and `POST`.
    MethodNotAllowed,
}

impl Received {
    /// Reads a request's method and whole body.
    pub fn classify(method: &Method, body: &[u8]) -> Self {
        if method == Method::GET || method == Method::HEAD {
            return Self::ConnectionCheck;
        }
        if method != Method::POST {
            return Self::MethodNotAllowed;
        }
        if body.trim_ascii().is_empty() {
            return Self::ConnectionCheck;
        }
        let value: Value = match serde_json::from_slice(body) {
            Ok(value) => value,
            Err(e) => return Self::Malformed(WebhookError::Malformed(e).to_string()),
        };
        match value.as_object() {
            None => return Self::Malformed("webhook body is not a JSON object".into()),
            Some(object) if !object.contains_key("event") => return Self::ConnectionCheck,
            Some(_) => {}
        }
        match WebhookEvent::from_value(value) {
            Ok(event) => Self::Event(Box::new(event)),
            Err(WebhookError::UnknownEvent { event }) => Self::Ignored(event),
            Err(e) => Self::Malformed(e.to_string()),
        }
    }

    /// The answer's status.
    pub fn status(&self) -> StatusCode {
        match self {
            Self::Event(_) | Self::ConnectionCheck | Self::Ignored(_) => StatusCode::OK,
            Self::Malformed(_) => StatusCode::BAD_REQUEST,
            Self::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
        }
    }

    /// The answer's JSON body: `{"status":"ok"}`, as Callbell's docs ask, or
    /// `{"status":"error","message":...}`.
    pub fn answer(&self) -> Value {
        match self {
            Self::Event(_) | Self::ConnectionCheck | Self::Ignored(_) => json!({"status": "ok"}),
            Self::Malformed(message) => json!({"status": "error", "message": message}),
            Self::MethodNotAllowed => {
                json!({"status": "error", "message": "use POST (or GET for a check)"})
            }
        }
    }
}

/// The line printed for an event: `{"event": <name>, "payload": <payload>}`.
pub fn event_line(event: &WebhookEvent) -> String {
    let payload = match event {
        WebhookEvent::ContactDeleted(deleted) => serde_json::to_value(deleted),
        // Created and updated carry the contact (events added later: null).
        other => serde_json::to_value(other.contact()),
    };
    // Typed values with string keys always serialize; `null` keeps the line valid regardless.
    let line = json!({"event": event.name(), "payload": payload.unwrap_or(Value::Null)});
    line.to_string()
}

/// Answers one request; hands the line of a contact event to `print`, and
/// notes everything that is not one on stderr.
pub async fn handle(
    request: Request<Incoming>,
    print: &(impl Fn(String) + ?Sized),
) -> Response<Full<Bytes>> {
    let method = request.method().clone();
    let received = match Limited::new(request.into_body(), MAX_BODY).collect().await {
        Ok(body) => Received::classify(&method, &body.to_bytes()),
        Err(e) => Received::Malformed(format!("cannot read the body: {e}")),
    };
    match &received {
        Received::Event(event) => print(event_line(event)),
        Received::ConnectionCheck => eprintln!("webhook: connection check ({method}), answered ok"),
        Received::Ignored(event) => eprintln!("webhook: `{event}` is not a contact event, ignored"),
        Received::Malformed(why) => eprintln!("webhook: rejected a {method}: {why}"),
        Received::MethodNotAllowed => eprintln!("webhook: rejected a {method}"),
    }
    let mut response = Response::new(Full::new(Bytes::from(received.answer().to_string())));
    *response.status_mut() = received.status();
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    if let Received::MethodNotAllowed = received {
        headers.insert(ALLOW, HeaderValue::from_static("GET, HEAD, POST"));
    }
    response
}

/// Serves webhooks on `listener` (HTTP/1.1) until the task is dropped,
/// handing each contact event's line to `print`.
pub async fn serve<F>(listener: TcpListener, print: F) -> std::io::Result<()>
where
    F: Fn(String) + Clone + Send + Sync + 'static,
{
    loop {
        let (stream, _) = listener.accept().await?;
        let print = print.clone();
        tokio::spawn(async move {
            let service = service_fn(move |request| {
                let print = print.clone();
                async move { Ok::<_, Infallible>(handle(request, &print).await) }
            });
            if let Err(e) = http1::Builder::new()
                .serve_connection(TokioIo::new(stream), service)
                .await
            {
                eprintln!("webhook: connection failed: {e}");
            }
        });
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    let port = match parse_args(std::env::args().skip(1)) {
        Ok(Some(port)) => port,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("webhook: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let listener = match TcpListener::bind(("127.0.0.1", port)).await {
        Ok(listener) => listener,
        Err(e) => {
            eprintln!("webhook: cannot listen on 127.0.0.1:{port}: {e}");
            return ExitCode::FAILURE;
        }
    };
    match listener.local_addr() {
        Ok(address) => eprintln!("listening on http://{address}"),
        Err(e) => eprintln!("webhook: listening, address unknown: {e}"),
    }
    // One write per line (stdout is line-buffered), so lines never interleave.
    let print = |line: String| {
        if let Err(e) = writeln!(std::io::stdout().lock(), "{line}") {
            eprintln!("webhook: cannot print an event: {e}");
        }
    };
    match serve(listener, print).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("webhook: {e}");
            ExitCode::FAILURE
        }
    }
}
