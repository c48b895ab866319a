//! The token echoed back in every JSON encoding, in every place an error
//! takes text from: no rendering of the error may contain it.

use std::future::IntoFuture;
use std::sync::{Arc, Mutex, OnceLock};

use callbell::{Callbell, Error};
use proptest::prelude::*;

use crate::peer::{Peer, TOKEN};

/// One way of writing a character in a JSON string.
#[derive(Clone, Copy, Debug)]
enum Spelling {
    Raw,
    LowerHex,
    UpperHex,
}

/// `text` as the inside of a JSON string, each character spelt its own way.
fn spelt(text: &str, spellings: &[Spelling]) -> String {
    text.chars()
        .zip(spellings.iter().cycle())
        .map(|(c, spelling)| match spelling {
            Spelling::Raw => c.to_string(),
            Spelling::LowerHex => format!("\\u{:04x}", c as u32),
            Spelling::UpperHex => format!("\\u{:04X}", c as u32),
        })
        .collect()
}

/// The bodies the peer sends, by path (`/v1/contacts/<status>`).
type Bodies = Arc<Mutex<Vec<(String, Vec<u8>)>>>;

/// One runtime, one peer and one client for every case.
fn fixture() -> &'static (tokio::runtime::Runtime, Peer, Callbell, Bodies) {
    static FIXTURE: OnceLock<(tokio::runtime::Runtime, Peer, Callbell, Bodies)> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let bodies = Bodies::default();
        let served = bodies.clone();
        let peer = runtime.block_on(Peer::start(move |mut exchange| {
            let target = exchange.target().to_owned();
            let found = served
                .lock()
                .unwrap()
                .iter()
                .find(|(path, _)| target.starts_with(path.as_str()))
                .map(|(path, body)| (path.clone(), body.clone()));
            async move {
                let (path, body) = found.unwrap_or_default();
                let status = match path.rsplit('/').next().unwrap_or_default() {
                    "s401" => "401 Unauthorized",
                    "s418" => "418 I'm a teapot",
                    "s422" => "422 Unprocessable Entity",
                    "s500" => "500 Internal Server Error",
                    _ => "200 OK",
                };
                exchange.json(status, &body).await
            }
        }));
        let callbell = peer.builder().build().unwrap();
        (runtime, peer, callbell, bodies)
    })
}

/// Every way an error can be shown: `Display`, `Debug`, pretty `Debug`,
/// and the `Display` of each source.
fn renderings(err: &Error) -> Vec<String> {
    let mut shown = vec![err.to_string(), format!("{err:?}"), format!("{err:#?}")];
    let mut source = std::error::Error::source(err);
    while let Some(cause) = source {
        shown.push(cause.to_string());
        shown.push(format!("{cause:?}"));
        source = cause.source();
    }
    shown
}

fn spellings() -> impl Strategy<Value = Vec<Spelling>> {
    prop::collection::vec(
        prop_oneof![
            Just(Spelling::Raw),
            Just(Spelling::LowerHex),
            Just(Spelling::UpperHex)
        ],
        1..TOKEN.len() + 1,
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn no_rendering_of_an_error_holds_the_echoed_token(
        spellings in spellings(),
        bearer in any::<bool>(),
        padding in "[a-z ]{0,12}",
    ) {
        let (runtime, _peer, callbell, bodies) = fixture();
        let token = spelt(TOKEN, &spellings);
        let echo = if bearer { format!("{padding}Bearer {token}{padding}") } else { format!("{padding}{token}") };
        let set = [
            ("/v1/contacts/s401", format!(r#"{{"message": "bad token {echo}"}}"#)),
            ("/v1/contacts/s500", format!(r#"{{"error": "{echo}", "message": ""}}"#)),
            ("/v1/contacts/s422", format!(r#"{{"message": "invalid", "errors": {{"{echo}": ["{echo}"], "token": "{echo}"}}}}"#)),
            ("/v1/contacts/s418", format!(r#"{{"message": "{echo}"}}"#)),
            // A success whose body does not fit: the reader's message quotes the value.
            ("/v1/contacts/s200", format!(r#"{{"contact": "{echo}"}}"#)),
            ("/v1/contacts/key", format!(r#"{{"contact": {{"uuid": 5, "{echo}": 1}}}}"#)),
            // Not JSON at all around the string.
            ("/v1/contacts/html", format!(r#"<p>"{echo}"</p> {{"contact": "{echo}""#)),
        ];
        *bodies.lock().unwrap() = set
            .iter()
            .map(|(path, body)| (path.to_string(), body.clone().into_bytes()))
            .collect();
        for (path, body) in &set {
            let id = path.rsplit('/').next().unwrap();
            let err = runtime
                .block_on(callbell.get_contact().uuid(id).into_future())
                .expect_err(body);
            for shown in renderings(&err) {
                prop_assert!(!shown.contains(TOKEN), "{body}\nleaks the token: {shown}");
            }
        }
    }
}

#[test]
fn the_fixture_answers_each_place_with_its_status() {
    let (runtime, _peer, callbell, bodies) = fixture();
    let _guard = bodies.lock().map(|mut b| {
        b.push((
            "/v1/contacts/s422".into(),
            br#"{"message": "invalid"}"#.to_vec(),
        ));
    });
    let err = runtime
        .block_on(callbell.get_contact().uuid("s422").into_future())
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(422), "{err}");
}
