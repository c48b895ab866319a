//! A response body that is not its documented type.

use crate::error::Error;
use callbell_runtime::json_pointer;

/// The [`Error::Decode`] for `body`, which serde_json could not read (`e`),
/// with the JSON pointer of the misfit when the body is JSON.
pub(crate) fn undecodable(body: &[u8], e: serde_json::Error) -> Error {
    let pointer = e.is_data().then(|| json_pointer::at(body, &e));
    Error::decode(body, e, pointer)
}

#[cfg(test)]
#[path = "../../tests/unit/error_decode.rs"]
mod tests;
