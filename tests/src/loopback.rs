//! A stand-in Callbell on 127.0.0.1 that can also misbehave on purpose.
//!
//! Raw HTTP/1.1 over a tokio [`TcpListener`] (not a web framework), so a test
//! decides exactly what goes on the wire: a complete response, a body cut
//! short, a connection reset half-way through a body, or no answer at all.
//! It listens on an OS-picked port and stops when the [`Loopback`] is dropped
//! (every connection task with it).
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() {
//! use callbell_tests::loopback::{Loopback, Reply};
//!
//! let server = Loopback::start(|request| {
//!     assert_eq!(request.method, "GET");
//!     Reply::json(200, r#"{"contacts": []}"#)
//! })
//! .await
//! .unwrap();
//! assert!(server.base_url().starts_with("http://127.0.0.1:"));
//! # }
//! ```

use std::io;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::{JoinHandle, JoinSet};

/// The API token of the clients [`Loopback::callbell`] builds.
pub const TOKEN: &str = "loopback-test-token";

/// Largest request head the stand-in reads (requests here are small).
const MAX_HEAD: usize = 64 * 1024;

/// A request as the stand-in received it.
#[derive(Clone, Debug)]
pub struct Request {
    /// `GET`, `POST`, ...
    pub method: String,
    /// The request target: path and query, e.g. `/v1/contacts?page=2`.
    pub target: String,
    /// Header names (lower-cased) and values, in the order received.
    pub headers: Vec<(String, String)>,
    /// The body (read by `Content-Length`).
    pub body: Vec<u8>,
}

impl Request {
    /// The path without the query.
    pub fn path(&self) -> &str {
        self.target.split('?').next().unwrap_or_default()
    }

    /// The first value of query parameter `name`, as sent (not percent-decoded).
    pub fn query(&self, name: &str) -> Option<&str> {
        let query = self.target.split_once('?')?.1;
        query
            .split('&')
            .filter_map(|pair| pair.split_once('='))
            .find(|(key, _)| *key == name)
            .map(|(_, value)| value)
    }

    /// The first value of header `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }
}

/// What the stand-in does with a request.
#[derive(Clone, Debug)]
pub enum Reply {
    /// A complete response; the connection stays open for the next request.
    Full {
        /// The status code.
        status: u16,
        /// Extra headers (`Content-Length` is added).
        headers: Vec<(String, String)>,
        /// The body.
        body: Vec<u8>,
    },
    /// Announces `Content-Length` of the whole body, sends only its first
    /// `sent` bytes, then closes the connection cleanly (FIN).
    Truncated {
        /// The body whose length is announced.
        body: Vec<u8>,
        /// How many bytes of it are sent.
        sent: usize,
    },
    /// Sends the head and the first `sent` bytes of the body, then resets the
    /// connection (RST).
    ResetMidBody {
        /// The body whose length is announced.
        body: Vec<u8>,
        /// How many bytes of it are sent before the reset.
        sent: usize,
    },
    /// Waits this long, then does the inner reply.
    Delayed(Duration, Box<Reply>),
    /// Reads the request and never answers while the server runs.
    Stall,
}

impl Reply {
    /// A JSON response with `status`.
    pub fn json(status: u16, body: impl Into<Vec<u8>>) -> Self {
        Self::Full {
            status,
            headers: vec![("content-type".into(), "application/json".into())],
            body: body.into(),
        }
    }

    /// This reply, with an extra response header (only for [`Reply::Full`]
    /// and [`Reply::Delayed`] around it).
    pub fn with_header(mut self, name: &str, value: &str) -> Self {
        match &mut self {
            Self::Full { headers, .. } => headers.push((name.into(), value.into())),
            Self::Delayed(_, inner) => **inner = inner.clone().with_header(name, value),
            _ => {}
        }
        self
    }
}

type Handler = dyn Fn(&Request) -> Reply + Send + Sync;

/// A running stand-in server. Dropping it stops the server and closes every
/// connection it has open.
pub struct Loopback {
    addr: SocketAddr,
    requests: Arc<AtomicUsize>,
    connections: Arc<AtomicUsize>,
    accept: JoinHandle<()>,
}

impl Loopback {
    /// Starts a server on `127.0.0.1:0` that answers every request with
    /// what `handler` returns. Must be called inside a tokio runtime.
    pub async fn start<F>(handler: F) -> io::Result<Self>
    where
        F: Fn(&Request) -> Reply + Send + Sync + 'static,
    {
        let listener = TcpListener::bind(("127.0.0.1", 0)).await?;
        let addr = listener.local_addr()?;
        let requests = Arc::new(AtomicUsize::new(0));
        let connections = Arc::new(AtomicUsize::new(0));
        let handler: Arc<Handler> = Arc::new(handler);
        let counter = Arc::clone(&requests);
        let accepted_count = Arc::clone(&connections);
        let accept = tokio::spawn(async move {
            // Dropping the set (when this task is aborted) aborts every connection.
            let mut connections = JoinSet::new();
            loop {
                tokio::select! {
                    accepted = listener.accept() => {
                        let Ok((stream, _)) = accepted else { continue };
                        accepted_count.fetch_add(1, Ordering::SeqCst);
                        let _ = stream.set_nodelay(true);
                        let handler = Arc::clone(&handler);
                        let counter = Arc::clone(&counter);
                        connections.spawn(serve(stream, handler, counter));
                    }
                    // Reap finished connections so the set stays small.
                    Some(_) = connections.join_next(), if !connections.is_empty() => {}
                }
            }
        });
        Ok(Self {
            addr,
            requests,
            connections,
            accept,
        })
    }

    /// `http://127.0.0.1:PORT`, without a trailing slash.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// A [`callbell::Callbell`] builder for this server: its base URL with
    /// Callbell's `/v1` stem, and the token [`TOKEN`].
    pub fn callbell(&self) -> callbell::CallbellBuilder {
        callbell::Callbell::builder()
            .token(TOKEN)
            .base_url(format!("{}/v1", self.base_url()))
    }

    /// The address the server listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// How many requests it has received so far.
    pub fn requests(&self) -> usize {
        self.requests.load(Ordering::SeqCst)
    }

    /// How many connections it has accepted so far.
    pub fn connections(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }
}

impl Drop for Loopback {
    fn drop(&mut self) {
        self.accept.abort();
    }
}

/// Serves the requests of one connection until the client closes it or a
/// reply ends it.
async fn serve(mut stream: TcpStream, handler: Arc<Handler>, counter: Arc<AtomicUsize>) {
    let mut buffer = Vec::with_capacity(4096);
    loop {
        let request = match read_request(&mut stream, &mut buffer).await {
            Ok(Some(request)) => request,
            Ok(None) | Err(_) => return,
        };
        counter.fetch_add(1, Ordering::SeqCst);
        let reply = handler(&request);
        if !matches!(send(&mut stream, reply).await, Ok(Flow::KeepOpen)) {
            return;
        }
    }
}

enum Flow {
    KeepOpen,
    Closed,
}

async fn send(stream: &mut TcpStream, reply: Reply) -> io::Result<Flow> {
    match reply {
        Reply::Full {
            status,
            headers,
            body,
        } => {
            stream
                .write_all(&head(status, &headers, body.len()))
                .await?;
            stream.write_all(&body).await?;
            Ok(Flow::KeepOpen)
        }
        Reply::Truncated { body, sent } => {
            send_part(stream, &body, sent).await?;
            stream.shutdown().await?;
            Ok(Flow::Closed)
        }
        Reply::ResetMidBody { body, sent } => {
            send_part(stream, &body, sent).await?;
            // Give the client time to read what was sent, then reset: a zero
            // linger makes the close send RST instead of FIN (and never blocks).
            tokio::time::sleep(Duration::from_millis(20)).await;
            #[allow(deprecated)]
            stream.set_linger(Some(Duration::ZERO))?;
            Ok(Flow::Closed)
        }
        Reply::Delayed(delay, inner) => {
            tokio::time::sleep(delay).await;
            Box::pin(send(stream, *inner)).await
        }
        Reply::Stall => {
            std::future::pending::<()>().await;
            Ok(Flow::Closed)
        }
    }
}

/// Sends a `200` head announcing all of `body`, then only its first `sent` bytes.
async fn send_part(stream: &mut TcpStream, body: &[u8], sent: usize) -> io::Result<()> {
    stream
        .write_all(&head(200, &json_type(), body.len()))
        .await?;
    stream.write_all(&body[..sent.min(body.len())]).await?;
    stream.flush().await
}

fn json_type() -> Vec<(String, String)> {
    vec![("content-type".into(), "application/json".into())]
}

fn head(status: u16, headers: &[(String, String)], length: usize) -> Vec<u8> {
    let mut head = format!("HTTP/1.1 {status} {}\r\n", reason(status));
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str(&format!("content-length: {length}\r\n\r\n"));
    head.into_bytes()
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        201 => "Created",
        400 => "Bad Request",
        401 => "Unauthorized",
        404 => "Not Found",
        422 => "Unprocessable Entity",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "Status",
    }
}

/// Reads one request (head and `Content-Length` body). `Ok(None)` when the
/// client closed the connection between requests. Bytes past the request
/// stay in `buffer` for the next one.
async fn read_request(stream: &mut TcpStream, buffer: &mut Vec<u8>) -> io::Result<Option<Request>> {
    let head_end = loop {
        if let Some(at) = find(buffer, b"\r\n\r\n") {
            break at;
        }
        if buffer.len() > MAX_HEAD {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                "request head too large",
            ));
        }
        let mut chunk = [0u8; 4096];
        let n = stream.read(&mut chunk).await?;
        if n == 0 {
            return Ok(None);
        }
        buffer.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buffer[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let mut request_line = lines.next().unwrap_or_default().split(' ');
    let method = request_line.next().unwrap_or_default().to_string();
    let target = request_line.next().unwrap_or_default().to_string();
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_string()))
        .collect();
    let length = headers
        .iter()
        .find(|(name, _)| name == "content-length")
        .and_then(|(_, value)| value.parse::<usize>().ok())
        .unwrap_or(0);
    let body_start = head_end + 4;
    while buffer.len() < body_start + length {
        let mut chunk = [0u8; 4096];
        let n = stream.read(&mut chunk).await?;
        if n == 0 {
            return Err(io::ErrorKind::UnexpectedEof.into());
        }
        buffer.extend_from_slice(&chunk[..n]);
    }
    let body = buffer[body_start..body_start + length].to_vec();
    buffer.drain(..body_start + length);
    Ok(Some(Request {
        method,
        target,
        headers,
        body,
    }))
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Sends `raw` on a fresh connection and returns what the server sends
    /// back until it closes the connection or stays quiet for `wait`.
    async fn exchange(server: &Loopback, raw: &str, wait: Duration) -> Vec<u8> {
        let mut stream = TcpStream::connect(server.addr()).await.unwrap();
        stream.write_all(raw.as_bytes()).await.unwrap();
        let mut received = Vec::new();
        let mut chunk = [0u8; 4096];
        loop {
            match tokio::time::timeout(wait, stream.read(&mut chunk)).await {
                Ok(Ok(n)) if n > 0 => received.extend_from_slice(&chunk[..n]),
                _ => return received,
            }
        }
    }

    const GET: &str = "GET /v1/contacts?page=2&tags=sales,lead HTTP/1.1\r\nhost: x\r\nAuthorization: Bearer t\r\n\r\n";

    #[tokio::test]
    async fn full_reply_keeps_the_connection_and_parses_the_request() {
        let server = Loopback::start(|request| {
            assert_eq!(request.path(), "/v1/contacts");
            assert_eq!(request.query("page"), Some("2"));
            assert_eq!(request.query("tags"), Some("sales,lead"));
            assert_eq!(request.header("authorization"), Some("Bearer t"));
            Reply::json(200, "{}").with_header("x-extra", "1")
        })
        .await
        .unwrap();
        let two = format!("{GET}{GET}");
        let received = exchange(&server, &two, Duration::from_millis(300)).await;
        let text = String::from_utf8(received).unwrap();
        assert_eq!(text.matches("HTTP/1.1 200 OK\r\n").count(), 2, "{text}");
        assert!(
            text.contains("x-extra: 1\r\ncontent-length: 2\r\n\r\n{}"),
            "{text}"
        );
        assert_eq!(server.requests(), 2);
        assert_eq!(server.connections(), 1, "both requests on one connection");
    }

    #[tokio::test]
    async fn truncated_reply_announces_more_than_it_sends() {
        let server = Loopback::start(|_| Reply::Truncated {
            body: b"0123456789".to_vec(),
            sent: 4,
        })
        .await
        .unwrap();
        let received = exchange(&server, GET, Duration::from_secs(5)).await;
        let text = String::from_utf8(received).unwrap();
        assert!(text.contains("content-length: 10\r\n\r\n0123"), "{text}");
        assert!(text.ends_with("\r\n\r\n0123"), "{text}");
    }

    #[tokio::test]
    async fn reset_reply_resets_the_connection() {
        let server = Loopback::start(|_| Reply::ResetMidBody {
            body: vec![b'x'; 100],
            sent: 10,
        })
        .await
        .unwrap();
        let mut stream = TcpStream::connect(server.addr()).await.unwrap();
        stream.write_all(GET.as_bytes()).await.unwrap();
        let mut received = Vec::new();
        let error = loop {
            let mut chunk = [0u8; 4096];
            match stream.read(&mut chunk).await {
                Ok(0) => panic!("closed cleanly after {received:?}"),
                Ok(n) => received.extend_from_slice(&chunk[..n]),
                Err(e) => break e,
            }
        };
        assert_eq!(error.kind(), io::ErrorKind::ConnectionReset);
        assert!(received.ends_with(&[b'x'; 10]));
    }

    #[tokio::test]
    async fn stall_never_answers_and_drop_stops_the_server() {
        let server = Loopback::start(|_| Reply::Stall).await.unwrap();
        let received = exchange(&server, GET, Duration::from_millis(200)).await;
        assert!(received.is_empty());
        let addr = server.addr();
        drop(server);
        tokio::task::yield_now().await;
        tokio::time::sleep(Duration::from_millis(50)).await;
        assert!(TcpStream::connect(addr).await.is_err());
    }

    #[tokio::test]
    async fn request_body_is_read_by_content_length() {
        let server = Loopback::start(|request| {
            assert_eq!(request.method, "POST");
            Reply::json(201, request.body.clone())
        })
        .await
        .unwrap();
        let raw = "POST /v1/contacts HTTP/1.1\r\ncontent-length: 13\r\n\r\n{\"name\":\"A\"}\n";
        let received = exchange(&server, raw, Duration::from_millis(300)).await;
        let text = String::from_utf8(received).unwrap();
        assert!(text.starts_with("HTTP/1.1 201 Created\r\n"), "{text}");
        assert!(text.ends_with("\r\n\r\n{\"name\":\"A\"}\n"), "{text}");
    }
}
