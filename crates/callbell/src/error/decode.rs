//! Reading a response body as its documented type.

use serde::de::DeserializeOwned;

use crate::error::Error;
use crate::json_pointer::json_pointer;

/// `body` as a `T`, or an [`Error::Decode`] naming the JSON pointer of the
/// first value that does not fit.
pub(crate) fn decode<T: DeserializeOwned>(body: &[u8]) -> Result<T, Error> {
    let mut reader = serde_json::Deserializer::from_slice(body);
    let value = serde_path_to_error::deserialize(&mut reader).map_err(|e| {
        let pointer = e.inner().is_data().then(|| json_pointer(e.path()));
        Error::decode(body, e.into_inner(), pointer)
    })?;
    reader.end().map_err(|e| Error::decode(body, e, None))?;
    Ok(value)
}

#[cfg(test)]
#[path = "../../tests/unit/error_decode.rs"]
mod tests;
