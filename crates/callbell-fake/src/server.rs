//! The HTTP side: accepting connections, turning one request into one
//! answer (route → fault → auth → validation → behaviour or example), and
//! the misbehaving bodies and connections faults call for.

use std::collections::{BTreeSet, VecDeque};
use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use callbell::schema::Schema;
use http::header::{ALLOW, AUTHORIZATION, CONTENT_LENGTH, CONTENT_TYPE, HeaderValue, RETRY_AFTER};
use http::{Response, StatusCode};
use http_body::{Frame, SizeHint};
use http_body_util::{BodyExt, Limited};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::{TokioIo, TokioTimer};
use serde_json::Value;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Semaphore;
use tokio::task::JoinSet;

use crate::behaviour;
use crate::fault::{self, Fault, Rule};
use crate::log::{LoggedRequest, MAX_LOGGED_REQUESTS};
use crate::operation::{OperationId, Route, route};
use crate::request::{self, Rejection};
use crate::store::Store;

/// The largest request body the fake reads; a larger one gets `413`.
pub const MAX_REQUEST_BODY: usize = 1024 * 1024;
/// The most connections served at once; more wait to be accepted.
pub const MAX_CONNECTIONS: usize = 256;
/// How long a client may take to send a request's headers.
pub const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(10);

/// State shared by the server and the [`FakeCallbell`](crate::FakeCallbell) handle.
#[derive(Debug, Default)]
pub(crate) struct Shared {
    pub(crate) store: Mutex<Store>,
    pub(crate) rules: Mutex<Vec<Rule>>,
    pub(crate) log: Mutex<VecDeque<LoggedRequest>>,
    /// Operations answered with the spec's example even though they have a behaviour.
    pub(crate) examples_only: Mutex<BTreeSet<OperationId>>,
}

/// Locks `mutex`, also after a panic elsewhere (the data stays usable).
pub(crate) fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Shared {
    fn record(&self, entry: LoggedRequest) {
        let mut log = lock(&self.log);
        if log.len() >= MAX_LOGGED_REQUESTS {
            log.pop_front();
        }
        log.push_back(entry);
    }
}

/// Serves connections from `listener` until the task is dropped or aborted;
/// the connections it serves go with it.
pub(crate) async fn accept(listener: TcpListener, shared: Arc<Shared>) {
    let mut connections = JoinSet::new();
    let slots = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    loop {
        while connections.try_join_next().is_some() {}
        let Ok(slot) = Arc::clone(&slots).acquire_owned().await else {
            return;
        };
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            // Out of file descriptors and the like: wait rather than spin.
            Err(_) => {
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let reset = Arc::new(AtomicBool::new(false));
        let io = TokioIo::new(ResettableStream {
            stream,
            reset: Arc::clone(&reset),
        });
        let shared = Arc::clone(&shared);
        connections.spawn(async move {
            let _slot = slot;
            let service = service_fn(move |req| {
                let shared = Arc::clone(&shared);
                let reset = Arc::clone(&reset);
                async move { handle(&shared, &reset, req).await }
            });
            // A connection that fails (or is reset on purpose) only ends itself.
            let _ = http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(HEADER_READ_TIMEOUT)
                .serve_connection(io, service)
                .await;
        });
    }
}

/// The error that makes hyper drop a connection without answering.
#[derive(Debug)]
struct DropConnection;

impl std::fmt::Display for DropConnection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection reset on purpose")
    }
}

impl std::error::Error for DropConnection {}

/// What to send back.
struct Answer {
    status: StatusCode,
    body: Value,
    retry_after: Option<u64>,
    allow: Option<String>,
    truncate: bool,
}

impl Answer {
    fn json(status: StatusCode, body: Value) -> Self {
        Self {
            status,
            body,
            retry_after: None,
            allow: None,
            truncate: false,
        }
    }

    fn rejection(rejection: &Rejection) -> Self {
        Self::json(rejection.status, rejection.body())
    }
}

async fn handle(
    shared: &Shared,
    reset: &AtomicBool,
    req: hyper::Request<Incoming>,
) -> Result<Response<AnswerBody>, DropConnection> {
    let method = req.method().as_str().to_owned();
    let path = req.uri().path().to_owned();
    let query = req.uri().query().unwrap_or_default().to_owned();
    let authorized = req
        .headers()
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .is_some_and(|token| !token.trim().is_empty());
    let mut entry = LoggedRequest {
        operation: None,
        method: method.clone(),
        path_template: None,
        status: None,
        fault: None,
        served_example: false,
        answer_matches_spec: true,
        note: None,
    };
    let body = match Limited::new(req.into_body(), MAX_REQUEST_BODY)
        .collect()
        .await
    {
        Ok(body) => body.to_bytes(),
        Err(e) if e.is::<http_body_util::LengthLimitError>() => {
            let answer = Answer::rejection(&Rejection::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                format!("the request body is larger than {MAX_REQUEST_BODY} bytes"),
            ));
            return Ok(finish(shared, entry, answer));
        }
        // The client went away while sending.
        Err(_) => return Err(DropConnection),
    };

    let (operation, path_params) = match route(&method, &path) {
        Route::Operation(op, params) => (op, params),
        Route::WrongMethod { allowed } => {
            let mut answer = Answer::rejection(&Rejection::new(
                StatusCode::METHOD_NOT_ALLOWED,
                format!("{method} is not an operation of this path"),
            ));
            answer.allow = Some(allowed.join(", "));
            return Ok(finish(shared, entry, answer));
        }
        Route::NotFound => {
            let answer = Answer::rejection(&Rejection::new(
                StatusCode::NOT_FOUND,
                "no operation of the spec has this path",
            ));
            return Ok(finish(shared, entry, answer));
        }
    };
    entry.operation = Some(operation.id);
    entry.path_template = Some(operation.path);

    let fault = fault::take(&mut lock(&shared.rules), operation.id);
    entry.fault.clone_from(&fault);
    let mut truncate = false;
    match fault {
        Some(Fault::TooManyRequests { retry_after }) => {
            let mut answer = Answer::rejection(&Rejection::new(
                StatusCode::TOO_MANY_REQUESTS,
                "rate limit reached",
            ));
            answer.retry_after = Some(retry_after);
            return Ok(finish(shared, entry, answer));
        }
        Some(Fault::Status(status)) => {
            let message = status.canonical_reason().unwrap_or("injected failure");
            let answer = Answer::rejection(&Rejection::new(status, message));
            return Ok(finish(shared, entry, answer));
        }
        Some(Fault::ConnectionReset) => {
            reset.store(true, Ordering::SeqCst);
            shared.record(entry);
            return Err(DropConnection);
        }
        Some(Fault::Delay(delay)) => tokio::time::sleep(delay).await,
        Some(Fault::TruncatedBody) => truncate = true,
        None => {}
    }

    if !authorized {
        let answer = Answer::rejection(&Rejection::new(
            StatusCode::UNAUTHORIZED,
            "missing or malformed Authorization: Bearer header",
        ));
        return Ok(finish(shared, entry, answer));
    }
    let request = match request::check(operation, path_params, &query, &body) {
        Ok(request) => request,
        Err(rejection) => {
            entry.note = Some(rejection.message.clone());
            return Ok(finish(shared, entry, Answer::rejection(&rejection)));
        }
    };
    let outcome = if lock(&shared.examples_only).contains(&operation.id) {
        None
    } else {
        behaviour::answer(&request, &mut lock(&shared.store))
    };
    let status = StatusCode::from_u16(operation.success.status).unwrap_or(StatusCode::OK);
    let mut answer = match outcome {
        Some(Ok(body)) => Answer::json(status, body),
        Some(Err(rejection)) => {
            entry.note = Some(rejection.message.clone());
            Answer::rejection(&rejection)
        }
        None => {
            entry.served_example = true;
            entry.note = Some(format!(
                "`{}` has no behaviour in the fake (or was told to serve examples): \
                 answered the spec's example",
                operation.name
            ));
            let example = serde_json::from_str(operation.success.example).unwrap_or(Value::Null);
            Answer::json(status, example)
        }
    };
    if answer.status.is_success()
        && let Some(problem) = answer_problem(operation.success.schema, &answer.body)
    {
        entry.answer_matches_spec = false;
        entry.note = Some(problem);
    }
    answer.truncate = truncate;
    Ok(finish(shared, entry, answer))
}

/// Why `body` does not validate against the answer's schema, if it does not.
fn answer_problem(schema: Option<&str>, body: &Value) -> Option<String> {
    let schema = Schema::named(schema?).ok()?;
    let errors = schema.validate(body).err()?;
    Some(format!("the answer does not match the spec: {errors}"))
}

/// Logs the answer and builds the response.
fn finish(shared: &Shared, mut entry: LoggedRequest, answer: Answer) -> Response<AnswerBody> {
    entry.status = Some(answer.status);
    shared.record(entry);
    let bytes = Bytes::from(serde_json::to_vec(&answer.body).unwrap_or_default());
    let length = bytes.len();
    let body = if answer.truncate {
        AnswerBody::truncated(bytes)
    } else {
        AnswerBody::whole(bytes)
    };
    let mut response = Response::new(body);
    *response.status_mut() = answer.status;
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    headers.insert(CONTENT_LENGTH, HeaderValue::from(length));
    if let Some(seconds) = answer.retry_after {
        headers.insert(RETRY_AFTER, HeaderValue::from(seconds));
    }
    if let Some(allow) = answer.allow.and_then(|a| HeaderValue::from_str(&a).ok()) {
        headers.insert(ALLOW, allow);
    }
    response
}

/// A response body: whole, or cut off halfway (the connection then closes).
pub(crate) struct AnswerBody {
    data: Option<Bytes>,
    /// Set for a cut-off body: a short pause (so the first half goes out), then an error.
    cut: Option<Pin<Box<tokio::time::Sleep>>>,
    exact: u64,
}

impl AnswerBody {
    fn whole(data: Bytes) -> Self {
        Self {
            exact: data.len() as u64,
            data: Some(data),
            cut: None,
        }
    }

    fn truncated(data: Bytes) -> Self {
        let half = data.slice(..data.len() / 2);
        Self {
            exact: data.len() as u64,
            data: Some(half),
            cut: Some(Box::pin(tokio::time::sleep(Duration::from_millis(20)))),
        }
    }
}

impl http_body::Body for AnswerBody {
    type Data = Bytes;
    type Error = io::Error;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, io::Error>>> {
        let this = self.get_mut();
        if let Some(data) = this.data.take() {
            return Poll::Ready(Some(Ok(Frame::data(data))));
        }
        match &mut this.cut {
            None => Poll::Ready(None),
            Some(pause) => {
                std::task::ready!(pause.as_mut().poll(cx));
                this.cut = None;
                Poll::Ready(Some(Err(io::Error::other("body cut off on purpose"))))
            }
        }
    }

    fn is_end_stream(&self) -> bool {
        self.data.is_none() && self.cut.is_none()
    }

    fn size_hint(&self) -> SizeHint {
        if self.cut.is_some() {
            SizeHint::default()
        } else {
            SizeHint::with_exact(self.exact)
        }
    }
}

/// A TCP stream that closes with `RST` instead of `FIN` once `reset` is set.
struct ResettableStream {
    stream: TcpStream,
    reset: Arc<AtomicBool>,
}

impl Drop for ResettableStream {
    fn drop(&mut self) {
        if self.reset.load(Ordering::SeqCst) {
            // SO_LINGER 0: closing sends RST. Failing to set it leaves a plain close.
            let _ = socket2::SockRef::from(&self.stream).set_linger(Some(Duration::ZERO));
        }
    }
}

impl AsyncRead for ResettableStream {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().stream).poll_read(cx, buf)
    }
}

impl AsyncWrite for ResettableStream {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.get_mut().stream).poll_write(cx, buf)
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().stream).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().stream).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(method: &str) -> LoggedRequest {
        LoggedRequest {
            operation: None,
            method: method.to_string(),
            path_template: None,
            status: None,
            fault: None,
            served_example: false,
            answer_matches_spec: true,
            note: None,
        }
    }

    #[test]
    fn the_log_keeps_the_newest_entries_up_to_the_limit() {
        let shared = Shared::default();
        shared.record(entry("FIRST"));
        for _ in 0..MAX_LOGGED_REQUESTS {
            shared.record(entry("GET"));
        }
        let log = lock(&shared.log);
        assert_eq!(log.len(), MAX_LOGGED_REQUESTS);
        assert!(log.iter().all(|e| e.method == "GET"));
    }
}
