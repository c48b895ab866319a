//! `callbell fake`, by running the built binary: it prints its base URL,
//! serves the seeded contacts to the `callbell` binary's own operations, and
//! refuses a bad seed file with exit code 2 and the JSON pointer.

use std::io::{BufRead, BufReader, Read};
use std::process::{Child, ChildStdout, Command, Output, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use serde_json::{Value, json};

use crate::text;

const BINARY: &str = env!("CARGO_BIN_EXE_callbell");

/// How long the fake may take to print its URL (a generous bound on a loaded machine).
const START_TIMEOUT: Duration = Duration::from_secs(60);

/// A running `callbell fake`; killed when dropped.
struct Fake {
    child: Child,
    base_url: String,
}

impl Fake {
    fn start(seed: &std::path::Path) -> Self {
        let mut child = Command::new(BINARY)
            .args(["fake", "--port", "0", "--seed"])
            .arg(seed)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let first_line = first_line_of(child.stdout.take().unwrap());
        let line = match first_line.recv_timeout(START_TIMEOUT) {
            Ok(line) if !line.is_empty() => line,
            outcome => {
                let _ = child.kill();
                let mut stderr = String::new();
                let _ = child.stderr.take().unwrap().read_to_string(&mut stderr);
                panic!("`callbell fake` printed no URL ({outcome:?}): {stderr}");
            }
        };
        Self {
            child,
            base_url: line.trim_end().to_owned(),
        }
    }

    /// Runs another `callbell` command against this fake.
    fn callbell(&self, args: &[&str]) -> Output {
        Command::new(BINARY)
            .args(args)
            .args(["--base-url", &self.base_url])
            .env("CALLBELL_API_TOKEN", "any-token")
            .env_remove("CALLBELL_BASE_URL")
            .stdin(Stdio::null())
            .output()
            .unwrap()
    }
}

/// Sends the first line of `stdout` (empty at end of file), then keeps
/// reading until the child exits, so the server never writes to a closed pipe.
fn first_line_of(stdout: ChildStdout) -> mpsc::Receiver<String> {
    let (send, receive) = mpsc::channel();
    std::thread::spawn(move || {
        let mut stdout = BufReader::new(stdout);
        let mut line = String::new();
        let _ = stdout.read_line(&mut line);
        let _ = send.send(line);
        let _ = std::io::copy(&mut stdout, &mut std::io::sink());
    });
    receive
}

impl Drop for Fake {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn seed_file(contents: &Value) -> tempfile::NamedTempFile {
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), contents.to_string()).unwrap();
    file
}

#[test]
fn serves_the_seeded_contacts_and_keeps_state_between_commands() {
    let seed = seed_file(&json!({"contacts": [
        {"uuid": "414a6d692bd645ed803f2e7ce360d4c8", "name": "Ann", "source": "whatsapp", "tags": ["Lead"]},
        {"uuid": "9f2c1e0b7a6d4c3b8e5f1a2b3c4d5e6f", "name": "Bob", "source": "telegram", "tags": []},
    ]}));
    let fake = Fake::start(seed.path());
    assert!(
        fake.base_url.starts_with("http://127.0.0.1:") && fake.base_url.ends_with("/v1"),
        "{}",
        fake.base_url
    );

    // A filter applies to the seeded contacts.
    let listed = fake.callbell(&["list-contacts", "--all", "--tags", "lead"]);
    assert_eq!(listed.status.code(), Some(0), "{}", text(&listed.stderr));
    let lines: Vec<Value> = text(&listed.stdout)
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(lines.len(), 1, "{}", text(&listed.stdout));
    assert_eq!(lines[0]["name"], "Ann");

    // A change made through one process is seen by the next.
    let closed = fake.callbell(&[
        "close-contact-conversation",
        "--uuid",
        "414a6d692bd645ed803f2e7ce360d4c8",
    ]);
    assert_eq!(closed.status.code(), Some(0), "{}", text(&closed.stderr));
    let got = fake.callbell(&["get-contact", "--uuid", "414a6d692bd645ed803f2e7ce360d4c8"]);
    assert_eq!(got.status.code(), Some(0), "{}", text(&got.stderr));
    let contact: Value = serde_json::from_slice(&got.stdout).unwrap();
    assert!(contact["contact"]["closedAt"].is_string(), "{contact}");

    // An unknown contact is Callbell's 404, exit code 1.
    let missing = fake.callbell(&["get-contact", "--uuid", "00000000000000000000000000000000"]);
    assert_eq!(missing.status.code(), Some(1), "{}", text(&missing.stderr));
    assert!(
        text(&missing.stderr).contains("404"),
        "{}",
        text(&missing.stderr)
    );
}

#[test]
fn a_bad_seed_file_exits_2_with_the_pointer() {
    let seed = seed_file(&json!([
        {"uuid": "414a6d692bd645ed803f2e7ce360d4c8", "name": "Ann", "source": "whatsapp"},
        {"uuid": "9f2c1e0b7a6d4c3b8e5f1a2b3c4d5e6f", "source": "whatsapp"},
    ]));
    let output = Command::new(BINARY)
        .args(["fake", "--port", "0", "--seed"])
        .arg(seed.path())
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "{}", text(&output.stderr));
    let stderr = text(&output.stderr);
    assert!(stderr.contains("/1/name"), "{stderr}");
    assert!(stderr.contains("--seed"), "{stderr}");
    assert!(output.stdout.is_empty(), "{}", text(&output.stdout));

    let missing = Command::new(BINARY)
        .args(["fake", "--seed", "/nonexistent/contacts.json"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(2), "{}", text(&missing.stderr));
    assert!(
        text(&missing.stderr).contains("cannot read"),
        "{}",
        text(&missing.stderr)
    );
}
