//! Reading a response body as its documented type.

use serde::de::DeserializeOwned;

use crate::error::Error;
use crate::json_pointer;

/// `body` as a `T`, or an [`Error::Decode`] naming the JSON pointer of the
/// first value that does not fit.
pub(crate) fn decode<T: DeserializeOwned>(body: &[u8]) -> Result<T, Error> {
    serde_json::from_slice(body).map_err(|e| undecodable(body, e))
}

/// The [`Error::Decode`] for `body`, which serde_json could not read (`e`),
/// with the JSON pointer of the misfit when the body is JSON.
pub(crate) fn undecodable(body: &[u8], e: serde_json::Error) -> Error {
    let pointer = e.is_data().then(|| json_pointer::at(body, &e));
    Error::decode(body, e, pointer)
}

#[cfg(test)]
#[path = "../../tests/unit/error_decode.rs"]
mod tests;
