//! A hostile peer on 127.0.0.1: raw HTTP/1.1 over TCP, so a test decides
//! every byte (an endless body, a trickle, a lying `Content-Length`). It
//! counts requests and the body bytes it managed to hand to the client, and
//! stops with the test (dropping it aborts every connection).

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::Duration;

use callbell::{Callbell, CallbellBuilder};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

/// The token of every client here (long enough to be scrubbed).
pub const TOKEN: &str = "hostile-peer-test-token";

/// One connection, after its request head was read.
pub struct Exchange {
    /// Which request this is, from 0.
    pub index: usize,
    /// The request line and headers.
    pub head: String,
    stream: TcpStream,
    sent: Arc<AtomicU64>,
}

impl Exchange {
    /// The request target (path and query).
    pub fn target(&self) -> &str {
        self.head.split(' ').nth(1).unwrap_or_default()
    }

    /// Writes a response head: `status`, then `headers` (each `Name: value`).
    pub async fn head(&mut self, status: &str, headers: &[&str]) -> std::io::Result<()> {
        let mut head = format!("HTTP/1.1 {status}\r\nConnection: close\r\n");
        for header in headers {
            head.push_str(header);
            head.push_str("\r\n");
        }
        head.push_str("\r\n");
        self.stream.write_all(head.as_bytes()).await
    }

    /// Writes body bytes, counting them once written.
    pub async fn body(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        self.stream.write_all(bytes).await?;
        self.sent.fetch_add(bytes.len() as u64, Ordering::Relaxed);
        Ok(())
    }

    /// A complete JSON response.
    pub async fn json(&mut self, status: &str, body: &[u8]) -> std::io::Result<()> {
        let length = format!("Content-Length: {}", body.len());
        self.head(status, &["Content-Type: application/json", &length])
            .await?;
        self.body(body).await
    }
}

/// A running hostile peer.
pub struct Peer {
    addr: SocketAddr,
    requests: Arc<AtomicUsize>,
    sent: Arc<AtomicU64>,
    accept: JoinHandle<()>,
}

impl Peer {
    /// Serves every request with `behaviour` (one request per connection).
    pub async fn start<F, Fut>(behaviour: F) -> Self
    where
        F: Fn(Exchange) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = std::io::Result<()>> + Send + 'static,
    {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let requests = Arc::new(AtomicUsize::new(0));
        let sent = Arc::new(AtomicU64::new(0));
        let behaviour = Arc::new(behaviour);
        let (count, total) = (requests.clone(), sent.clone());
        let accept = tokio::spawn(async move {
            let mut connections = tokio::task::JoinSet::new();
            while let Ok((mut stream, _)) = listener.accept().await {
                let (behaviour, count, sent) = (behaviour.clone(), count.clone(), total.clone());
                connections.spawn(async move {
                    let Some(head) = read_head(&mut stream).await else {
                        return;
                    };
                    let index = count.fetch_add(1, Ordering::SeqCst);
                    let exchange = Exchange {
                        index,
                        head,
                        stream,
                        sent,
                    };
                    // The client hanging up mid-answer is expected here.
                    let _ = behaviour(exchange).await;
                });
            }
        });
        Self {
            addr,
            requests,
            sent,
            accept,
        }
    }

    /// `http://127.0.0.1:<port>/v1`.
    pub fn base_url(&self) -> String {
        format!("http://{}/v1", self.addr)
    }

    /// A builder for a client of this peer: the token, one attempt, 5 s timeout.
    pub fn builder(&self) -> CallbellBuilder {
        Callbell::builder()
            .token(TOKEN)
            .base_url(self.base_url())
            .timeout(Duration::from_secs(5))
            .max_retries(0)
    }

    /// How many requests came in.
    pub fn requests(&self) -> usize {
        self.requests.load(Ordering::SeqCst)
    }

    /// How many body bytes were written to clients.
    pub fn sent(&self) -> u64 {
        self.sent.load(Ordering::Relaxed)
    }
}

impl Drop for Peer {
    fn drop(&mut self) {
        // Dropping the accept task drops its JoinSet, which aborts every connection.
        self.accept.abort();
    }
}

/// Reads up to the end of the request head (the requests here have no body).
async fn read_head(stream: &mut TcpStream) -> Option<String> {
    let mut head = Vec::new();
    let mut buf = [0; 1024];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        let n = stream.read(&mut buf).await.ok()?;
        if n == 0 || head.len() > 64 * 1024 {
            return None;
        }
        head.extend_from_slice(&buf[..n]);
    }
    Some(String::from_utf8_lossy(&head).into_owned())
}
