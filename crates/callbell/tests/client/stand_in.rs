//! Stand-ins for Callbell on 127.0.0.1 (OS-picked ports) and clients for them.

use std::ops::RangeInclusive;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use callbell::{Callbell, CallbellBuilder, RetryPolicy};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, Respond, ResponseTemplate};

/// The token every test client sends. Tests check it never shows up in
/// errors, `Debug` output or traces.
pub const TOKEN: &str = "test_Sup3rS3cretT0ken_gshuPaZoeEG6ov";

/// A wiremock stand-in (bound to 127.0.0.1:0 by wiremock).
pub async fn server() -> MockServer {
    MockServer::start().await
}

/// The base URL of a stand-in, with Callbell's `/v1` path stem.
pub fn base_url(server: &MockServer) -> String {
    format!("{}/v1", server.uri())
}

/// A builder for a client of `base_url` with millisecond backoff steps, so
/// retry tests do not sleep.
pub fn builder_for(base_url: &str) -> CallbellBuilder {
    Callbell::builder()
        .token(TOKEN)
        .base_url(base_url)
        .timeout(Duration::from_secs(10))
        .retry_policy(
            RetryPolicy::default()
                .with_base_delay(Duration::from_millis(1))
                .with_max_delay(Duration::from_millis(5)),
        )
}

/// A client of the wiremock stand-in `server`.
pub fn client(server: &MockServer) -> Callbell {
    builder_for(&base_url(server)).build().unwrap()
}

/// Answers every request to the path `at` (any method, any query) with `answer`.
pub async fn answer(server: &MockServer, at: &str, answer: impl Respond + 'static) {
    Mock::given(path(at))
        .respond_with(answer)
        .mount(server)
        .await;
}

/// Serves a listing at `at`: `GET ?page=n` (from 1) answers
/// `{key: pages[n - 1]}`, and must be asked for `times` times.
pub async fn paged(
    server: &MockServer,
    at: &str,
    key: &str,
    pages: &[Vec<Value>],
    times: RangeInclusive<u64>,
) {
    for (n, items) in pages.iter().enumerate() {
        Mock::given(method("GET"))
            .and(path(at))
            .and(query_param("page", (n + 1).to_string()))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({ key: items })))
            .expect(times.clone())
            .mount(server)
            .await;
    }
}

/// The query strings `server` received, in order.
pub async fn queries(server: &MockServer) -> Vec<String> {
    let requests = server.received_requests().await.unwrap();
    requests
        .iter()
        .map(|r| r.url.query().unwrap_or_default().to_owned())
        .collect()
}

/// A contact as Callbell documents it.
pub fn contact(uuid: &str, name: &str) -> Value {
    json!({
        "uuid": uuid,
        "name": name,
        "phoneNumber": "+393331234567",
        "href": format!("https://dash.callbell.eu/contacts/{uuid}"),
        "tags": ["sales"],
        "source": "whatsapp",
        "createdAt": "2024-03-11T17:57:09Z",
        "customFields": {"Billing Address": "Via Roma 1"}
    })
}

/// What a raw TCP stand-in does with the connection it accepts.
#[derive(Clone, Copy, Debug)]
pub enum Behaviour {
    /// Close it without answering (a broken connection).
    Hang,
    /// Read the request, then never answer.
    Silent,
    /// Read the request and answer `200` with this JSON body.
    Answer(&'static str),
}

/// A raw TCP stand-in on 127.0.0.1:0: connection `n` gets `script[n]`
/// (the last entry repeats). Counts connections. Stops with the test's runtime.
pub struct RawServer {
    pub base_url: String,
    connections: Arc<AtomicUsize>,
}

impl RawServer {
    pub async fn start(script: Vec<Behaviour>) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base_url = format!("http://{}/v1", listener.local_addr().unwrap());
        let connections = Arc::new(AtomicUsize::new(0));
        let count = connections.clone();
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                let n = count.fetch_add(1, Ordering::SeqCst);
                let behaviour = script[n.min(script.len() - 1)];
                tokio::spawn(serve(socket, behaviour));
            }
        });
        Self {
            base_url,
            connections,
        }
    }

    /// How many connections were accepted so far.
    pub fn connections(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }
}

async fn serve(mut socket: TcpStream, behaviour: Behaviour) {
    if let Behaviour::Hang = behaviour {
        return;
    }
    // Read up to the end of the headers (test requests have no large bodies).
    let mut seen = Vec::new();
    let mut buf = [0u8; 4096];
    while !seen.windows(4).any(|w| w == b"\r\n\r\n") {
        match socket.read(&mut buf).await {
            Ok(0) | Err(_) => return,
            Ok(n) => seen.extend_from_slice(&buf[..n]),
        }
    }
    match behaviour {
        Behaviour::Answer(body) => {
            let response = format!(
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = socket.write_all(response.as_bytes()).await;
        }
        // Keep the connection open, unanswered, until the client gives up
        // (or the test ends, which drops this task).
        Behaviour::Silent => {
            let _ = socket.read(&mut buf).await;
        }
        Behaviour::Hang => {}
    }
}
