//! The receiver's HTTP/1.1 server, hardened against peers that hold
//! resources: every limit is in [`Limits`].
//!
//! - A connection waits for a permit *before* it is accepted: past
//!   `max_connections`, clients wait in the kernel's backlog and cost no
//!   descriptor or memory here.
//! - Request headers must arrive within `header_timeout` (hyper closes the
//!   connection), the body within `body_timeout` (`408`, then close), and at
//!   most [`MAX_BODY`] bytes of it are read (`413`). Headers are capped at
//!   [`MAX_HEADER_BUFFER`]. One request per connection (no keep-alive), and
//!   a connection never lives longer than both timeouts plus [`WRITE_GRACE`].
//! - A failed `accept` (out of descriptors, ...) is noted, then retried
//!   after a growing pause (up to [`MAX_BACKOFF`]): the receiver keeps running.

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use callbell::webhook::{Answer, Delivery, MAX_BODY, WebhookEvent};
use http_body_util::{BodyExt, Full, LengthLimitError, Limited};
use hyper::body::{Bytes, Incoming};
use hyper::header::{ALLOW, CONTENT_TYPE, HeaderValue};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

use crate::terminal::{cut, safe_text};

/// The most bytes of request head (request line and headers) buffered per connection.
pub const MAX_HEADER_BUFFER: usize = 64 << 10;
/// Time a connection gets, beyond its header and body timeouts, to take its answer.
pub const WRITE_GRACE: Duration = Duration::from_secs(5);
/// The first pause after a failed `accept`.
pub const MIN_BACKOFF: Duration = Duration::from_millis(10);
/// The longest pause after failed `accept`s in a row.
pub const MAX_BACKOFF: Duration = Duration::from_secs(1);

/// What one peer may hold.
#[derive(Clone, Debug)]
pub struct Limits {
    /// Time for the request line and headers (default 10 s).
    pub header_timeout: Duration,
    /// Time for the body, once the headers are in (default 10 s).
    pub body_timeout: Duration,
    /// Connections served at once (default 256).
    pub max_connections: usize,
    /// The only path that receives webhooks; `None`: any.
    pub path: Option<String>,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            header_timeout: Duration::from_secs(10),
            body_timeout: Duration::from_secs(10),
            max_connections: 256,
            path: None,
        }
    }
}

/// Notes a line on stderr, escaped so a peer's text cannot forge a line or
/// drive the terminal.
pub fn note(message: &str) {
    eprintln!("webhook: {}", safe_text(message));
}

/// Serves webhooks on `listener` forever, handing each contact event to `on_event`.
pub async fn serve<F>(listener: TcpListener, limits: Limits, on_event: F)
where
    F: Fn(&WebhookEvent) + Send + Sync + 'static,
{
    let limits = Arc::new(limits);
    let on_event = Arc::new(on_event);
    let permits = Arc::new(Semaphore::new(limits.max_connections));
    let mut backoff = MIN_BACKOFF;
    loop {
        let Ok(permit) = permits.clone().acquire_owned().await else {
            return; // never closed
        };
        let stream = match listener.accept().await {
            Ok((stream, _)) => {
                backoff = MIN_BACKOFF;
                stream
            }
            Err(e) => {
                note(&format!(
                    "cannot accept a connection ({e}); retrying in {backoff:?}"
                ));
                drop(permit);
                tokio::time::sleep(backoff).await;
                backoff = (backoff * 2).min(MAX_BACKOFF);
                continue;
            }
        };
        let limits = limits.clone();
        let on_event = on_event.clone();
        tokio::spawn(async move {
            let service = service_fn({
                let limits = limits.clone();
                move |request| {
                    let limits = limits.clone();
                    let on_event = on_event.clone();
                    async move { Ok::<_, Infallible>(handle(request, &limits, &*on_event).await) }
                }
            });
            let connection = http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(limits.header_timeout)
                .max_buf_size(MAX_HEADER_BUFFER)
                .keep_alive(false)
                .serve_connection(TokioIo::new(stream), service);
            let lifetime = limits.header_timeout + limits.body_timeout + WRITE_GRACE;
            match tokio::time::timeout(lifetime, connection).await {
                Ok(Ok(())) => {}
                Ok(Err(e)) if e.is_timeout() => note("closed a connection: headers too slow"),
                Ok(Err(e)) => note(&format!("connection failed: {e}")),
                Err(_) => note("closed a connection that outlived its time"),
            }
            drop(permit);
        });
    }
}

/// Answers one request.
async fn handle(
    request: Request<Incoming>,
    limits: &Limits,
    on_event: &(dyn Fn(&WebhookEvent) + Send + Sync),
) -> Response<Full<Bytes>> {
    if limits
        .path
        .as_deref()
        .is_some_and(|path| request.uri().path() != path)
    {
        // The path is the secret: say nothing about it, not even in the log.
        return respond(
            StatusCode::NOT_FOUND,
            r#"{"status":"error","message":"not found"}"#.into(),
            None,
        );
    }
    let method = request.method().clone();
    let body = if method == Method::POST {
        let reading = Limited::new(request.into_body(), MAX_BODY).collect();
        match tokio::time::timeout(limits.body_timeout, reading).await {
            Ok(Ok(body)) => body.to_bytes(),
            Ok(Err(e)) if e.downcast_ref::<LengthLimitError>().is_some() => {
                return answer(&method, Delivery::too_large());
            }
            Ok(Err(e)) => {
                note(&format!("cannot read a body: {e}"));
                return respond(
                    StatusCode::BAD_REQUEST,
                    error_body("cannot read the body"),
                    None,
                );
            }
            Err(_) => {
                note("closed a connection: body too slow");
                return respond(
                    StatusCode::REQUEST_TIMEOUT,
                    error_body("the body took too long"),
                    None,
                );
            }
        }
    } else {
        Bytes::new()
    };
    let delivery = Delivery::classify(method.as_str(), &body);
    if let Delivery::Event(event) = &delivery {
        on_event(event);
    }
    answer(&method, delivery)
}

/// Notes what `delivery` was and answers it.
fn answer(method: &Method, delivery: Delivery) -> Response<Full<Bytes>> {
    match &delivery {
        Delivery::Event(_) => {}
        Delivery::ConnectionCheck => note(&format!("connection check ({method}), answered ok")),
        Delivery::OtherEvent(event) => note(&format!(
            "`{}` is not a contact event, ignored",
            cut(event, 64)
        )),
        Delivery::Malformed(why) => note(&format!("rejected a {method}: {why}")),
        Delivery::MethodNotAllowed => note(&format!("rejected a {}", cut(method.as_str(), 16))),
        _ => note(&format!("answered a {method}")),
    }
    let answer: Answer = delivery.answer();
    let status = StatusCode::from_u16(answer.status()).unwrap_or(StatusCode::OK);
    respond(status, answer.body().to_owned(), answer.allow())
}

fn error_body(message: &str) -> String {
    serde_json::json!({"status": "error", "message": message}).to_string()
}

fn respond(status: StatusCode, body: String, allow: Option<&'static str>) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(Bytes::from(body)));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static(Answer::CONTENT_TYPE));
    if let Some(allow) = allow {
        headers.insert(ALLOW, HeaderValue::from_static(allow));
    }
    response
}
