//! `callbell webhook listen`, by running the built binary on 127.0.0.1:
//! events printed as JSON Lines, every other request answered, untrusted
//! text escaped, and the limits that keep hostile peers from stopping it:
//! slow headers and bodies time out, and running out of descriptors does
//! not end it.

use std::io::{BufRead, BufReader, ErrorKind, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use callbell::webhook::WebhookEvent;
use serde_json::Value;

/// A running receiver; killed when dropped.
struct Listener {
    child: Child,
    address: SocketAddr,
    lines: Receiver<String>,
    notes: Arc<Mutex<Vec<String>>>,
}

impl Listener {
    /// Starts `callbell webhook listen ARGS`, under `ulimit -n` when given.
    fn start(args: &[&str], max_files: Option<u32>) -> Self {
        let binary = env!("CARGO_BIN_EXE_callbell");
        let mut command = match max_files {
            None => Command::new(binary),
            Some(limit) => {
                let mut sh = Command::new("sh");
                sh.arg("-c")
                    .arg(format!("ulimit -n {limit} && exec \"$0\" \"$@\""))
                    .arg(binary);
                sh
            }
        };
        let mut child = command
            .args(["webhook", "listen", "--port", "0"])
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stderr = BufReader::new(child.stderr.take().unwrap());
        let mut first = String::new();
        stderr.read_line(&mut first).unwrap();
        let address = first
            .trim()
            .strip_prefix("listening on http://")
            .unwrap_or_else(|| panic!("unexpected first line: {first:?}"))
            .parse()
            .unwrap();
        // Drain stderr and stdout so the receiver never blocks on a full pipe.
        let notes = Arc::new(Mutex::new(Vec::new()));
        let sink = notes.clone();
        std::thread::spawn(move || {
            for line in stderr.split(b'\n') {
                let Ok(line) = line else { break };
                sink.lock()
                    .unwrap()
                    .push(String::from_utf8_lossy(&line).into_owned());
            }
        });
        let (send, lines) = mpsc::channel();
        let stdout = BufReader::new(child.stdout.take().unwrap());
        std::thread::spawn(move || {
            for line in stdout.lines() {
                let Ok(line) = line else { break };
                if send.send(line).is_err() {
                    break;
                }
            }
        });
        Self {
            child,
            address,
            lines,
            notes,
        }
    }

    /// Sends one request; returns the status and the body.
    fn send(&self, method: &str, body: &[u8]) -> (u16, String) {
        let mut stream = TcpStream::connect(self.address).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        let head = format!(
            "{method} /callbell HTTP/1.1\r\nHost: {}\r\nContent-Type: application/json\r\n\
             Content-Length: {}\r\nConnection: close\r\n\r\n",
            self.address,
            body.len()
        );
        stream.write_all(head.as_bytes()).unwrap();
        stream.write_all(body).unwrap();
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer).unwrap();
        let answer = String::from_utf8(answer).unwrap();
        let status = answer[9..12].parse().unwrap();
        let body = answer.split_once("\r\n\r\n").map_or("", |(_, body)| body);
        (status, body.to_owned())
    }

    /// The next event line printed, within a few seconds.
    fn next_line(&self) -> String {
        self.lines
            .recv_timeout(Duration::from_secs(5))
            .expect("an event line")
    }

    fn notes(&self) -> Vec<String> {
        self.notes.lock().unwrap().clone()
    }

    /// The notes once one of them contains `needle`, or after 5 s: stderr
    /// is read by another thread, so a note may arrive after the event.
    fn notes_with(&self, needle: &str) -> Vec<String> {
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            let notes = self.notes();
            if notes.iter().any(|n| n.contains(needle)) || Instant::now() > deadline {
                return notes;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Whether the process still runs.
    fn is_running(&mut self) -> bool {
        self.child.try_wait().unwrap().is_none()
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The docs' webhook bodies (`tests/fixtures/<schema>/*.json`), sorted.
fn fixtures() -> Vec<(PathBuf, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures");
    let mut fixtures = Vec::new();
    for schema in ["ContactEvent", "ContactDeletedEvent"] {
        for entry in std::fs::read_dir(root.join(schema)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|ext| ext == "json") {
                let body = std::fs::read(&path).unwrap();
                fixtures.push((path, body));
            }
        }
    }
    fixtures.sort();
    fixtures
}

const OK: &str = r#"{"status":"ok"}"#;

#[test]
fn events_are_printed_and_every_request_is_answered() {
    let listener = Listener::start(&[], None);

    // Every docs fixture: 200 {"status":"ok"}, and one line with the same event.
    let fixtures = fixtures();
    let mut events = Vec::new();
    for (path, body) in &fixtures {
        assert_eq!(listener.send("POST", body), (200, OK.into()), "{path:?}");
        let line = listener.next_line();
        let event = WebhookEvent::from_slice(line.as_bytes()).unwrap();
        assert_eq!(event, WebhookEvent::from_slice(body).unwrap(), "{path:?}");
        events.push(event.name());
    }
    events.sort_unstable();
    events.dedup();
    assert_eq!(
        events,
        ["contact_created", "contact_deleted", "contact_updated"]
    );

    // Connection checks and other events: 200 {"status":"ok"}, nothing printed.
    for (method, body) in [
        ("GET", ""),
        ("POST", ""),
        ("POST", "{}"),
        ("POST", r#"{"event": "message_created", "payload": {}}"#),
    ] {
        assert_eq!(
            listener.send(method, body.as_bytes()),
            (200, OK.into()),
            "{method} {body:?}"
        );
    }
    // Malformed bodies: 400 with a reason; a body over 1 MiB: 413; PUT: 405.
    for (body, reason) in [
        ("<html>", "webhook body is not valid JSON"),
        (
            r#"{"event": "contact_created", "payload": {"uuid": "a1", "name": "Ann", "tags": [5]}}"#,
            "/payload/tags/0",
        ),
    ] {
        let (status, answer) = listener.send("POST", body.as_bytes());
        assert_eq!(status, 400, "{body}");
        let answer: Value = serde_json::from_str(&answer).unwrap();
        assert!(
            answer["message"].as_str().unwrap().contains(reason),
            "{answer}"
        );
    }
    assert_eq!(listener.send("POST", &vec![b' '; (1 << 20) + 1]).0, 413);
    assert_eq!(listener.send("PUT", b"").0, 405);

    // A forged event name: escaped on stderr, on one line, no terminal escape.
    let forged = r#"{"event": "x\n2026-01-01 webhook: forged\u001b[2J\u202e", "payload": {}}"#;
    assert_eq!(listener.send("POST", forged.as_bytes()), (200, OK.into()));
    let notes = listener.notes_with("forged");
    let note = notes
        .iter()
        .find(|note| note.contains("forged"))
        .unwrap_or_else(|| panic!("{notes:?}"));
    assert!(
        note.contains(r"x\n2026-01-01 webhook: forged\u{1b}[2J\u{202e}"),
        "{note}"
    );
    for note in &notes {
        assert!(note.starts_with("webhook: "), "a forged line: {note:?}");
        assert!(
            !note.chars().any(|c| c.is_control() || c == '\u{202e}'),
            "{note:?}"
        );
    }
    // Nothing but the events went to stdout.
    assert!(listener.lines.try_recv().is_err());
}

/// Opens a connection and sends `bytes` without finishing the request.
fn slow_client(address: SocketAddr, bytes: &[u8]) -> TcpStream {
    let mut stream = TcpStream::connect(address).unwrap();
    stream.write_all(bytes).unwrap();
    stream
}

/// Waits until the server closes `stream` (it may answer first), up to `deadline`.
fn closed_by(stream: &mut TcpStream, deadline: Instant) -> bool {
    let mut buffer = [0u8; 1024];
    loop {
        let Some(left) = deadline.checked_duration_since(Instant::now()) else {
            return false;
        };
        stream
            .set_read_timeout(Some(left.max(Duration::from_millis(1))))
            .unwrap();
        match stream.read(&mut buffer) {
            Ok(0) => return true,
            Ok(_) => continue,
            Err(e) if e.kind() == ErrorKind::ConnectionReset => return true,
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {
                return false;
            }
            Err(e) => panic!("{e}"),
        }
    }
}

const SLOW_HEAD: &[u8] = b"POST /callbell HTTP/1.1\r\nHost: x\r\nContent-Type: appl";
const SLOW_BODY: &[u8] = b"POST /callbell HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{";

#[test]
fn slow_clients_are_closed_within_the_timeouts_then_a_delivery_gets_200() {
    let mut listener = Listener::start(&["--header-timeout", "0.5", "--body-timeout", "0.5"], None);
    let start = Instant::now();
    let mut clients: Vec<TcpStream> = Vec::new();
    for _ in 0..10 {
        clients.push(slow_client(listener.address, b""));
        clients.push(slow_client(listener.address, SLOW_HEAD));
        clients.push(slow_client(listener.address, SLOW_BODY));
    }
    // Header and body timeouts of 0.5 s: all closed well within 5 s (the
    // per-connection backstop alone would take 6 s: both timeouts + 5 s).
    let deadline = start + Duration::from_secs(5);
    for (i, client) in clients.iter_mut().enumerate() {
        assert!(
            closed_by(client, deadline),
            "slow client {i} still open after 5 s"
        );
    }
    let (_, body) = &fixtures()[0];
    assert_eq!(listener.send("POST", body), (200, OK.into()));
    assert!(listener.next_line().contains("\"event\""));
    assert!(listener.is_running());
    let notes = listener.notes_with("body too slow");
    assert!(
        notes.iter().any(|n| n.contains("body too slow")),
        "{notes:?}"
    );
}

#[test]
#[cfg(unix)]
fn running_out_of_descriptors_does_not_stop_the_receiver() {
    // 256 descriptors and no connection limit of its own: accept fails with
    // "too many open files" long before 300 slow clients are in.
    let mut listener = Listener::start(
        &[
            "--header-timeout",
            "2",
            "--body-timeout",
            "1",
            "--max-connections",
            "1000",
        ],
        Some(256),
    );
    let start = Instant::now();
    let mut clients: Vec<TcpStream> = (0..300)
        .map(|_| slow_client(listener.address, SLOW_HEAD))
        .collect();
    // Every slow client is closed: the first ones after 2 s, the ones that
    // waited in the backlog once descriptors are free again.
    let deadline = start + Duration::from_secs(20);
    for (i, client) in clients.iter_mut().enumerate() {
        assert!(
            closed_by(client, deadline),
            "slow client {i} still open after 20 s"
        );
    }
    assert!(listener.is_running(), "the receiver exited");
    let notes = listener.notes_with("cannot accept a connection");
    assert!(
        notes
            .iter()
            .any(|n| n.contains("cannot accept a connection")),
        "accept never failed, the test proves nothing: {} notes, {:?}",
        notes.len(),
        notes
            .iter()
            .filter(|n| !n.contains("headers too slow"))
            .collect::<Vec<_>>()
    );
    let (_, body) = &fixtures()[0];
    assert_eq!(listener.send("POST", body), (200, OK.into()));
    assert!(listener.next_line().contains("\"event\""));
    assert!(listener.is_running());
}
