//! Unit tests of `src/error/operation.rs` (private items included), compiled as its
//! `tests` module.

use super::*;

fn operation(attempts: u32) -> Operation {
    Operation {
        id: "get_contact",
        method: Method::GET,
        path: "/contacts/{uuid}",
        attempts,
    }
}

#[test]
fn display_names_the_template_and_the_attempts() {
    assert_eq!(
        operation(1).to_string(),
        "get_contact (GET /contacts/{uuid}) after 1 attempt"
    );
    assert_eq!(
        operation(4).to_string(),
        "get_contact (GET /contacts/{uuid}) after 4 attempts"
    );
}

#[tokio::test]
async fn the_last_record_inside_the_scope_is_returned() {
    record(operation(9));
    let ((), seen) = recording(async {
        record(operation(1));
        record(operation(2));
    })
    .await;
    assert_eq!(seen, Some(operation(2)));
    let ((), seen) = recording(async {}).await;
    assert_eq!(seen, None);
}
