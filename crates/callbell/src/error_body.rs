//! Error answers whose body is not Callbell's JSON error body.
//!
//! The generated code reads the body of a `401`, `404`, `422`, `429` or `5xx`
//! answer as [`ApiError`]; when that fails (an HTML page from a proxy, plain
//! text, an empty body) it reports a payload error that has lost the status.
//! The hooks therefore hand the generated code every error answer with a body
//! it can read: a body that already is an [`ApiError`] is passed on
//! unchanged, any other becomes `{"message": "<excerpt of the body>"}`
//! (`{}` for an empty body). Status and headers are kept.

use reqwest::header::{HeaderValue, CONTENT_LENGTH, CONTENT_TYPE, TRANSFER_ENCODING};
use reqwest::Response;

use crate::error::excerpt;
use crate::types::ApiError;

/// `response` with a body that reads as [`ApiError`]. Reads the whole body.
pub(crate) async fn readable(response: Response) -> reqwest::Result<Response> {
    let status = response.status();
    let version = response.version();
    let mut headers = response.headers().clone();
    let body = response.bytes().await?;
    let body = if serde_json::from_slice::<ApiError>(&body).is_ok() {
        body
    } else {
        let stand_in = ApiError {
            message: (!body.trim_ascii().is_empty()).then(|| excerpt(&body)),
            ..ApiError::default()
        };
        headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        // Serializing strings cannot fail; `{}` keeps the status readable regardless.
        serde_json::to_vec(&stand_in)
            .unwrap_or_else(|_| b"{}".to_vec())
            .into()
    };
    headers.remove(TRANSFER_ENCODING);
    headers.insert(CONTENT_LENGTH, HeaderValue::from(body.len()));
    let mut rebuilt = http::Response::new(reqwest::Body::from(body));
    *rebuilt.status_mut() = status;
    *rebuilt.version_mut() = version;
    *rebuilt.headers_mut() = headers;
    Ok(rebuilt.into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderMap;

    /// Runs `readable` on an answer with `status` and `body`; returns the
    /// status, headers and parsed body it hands on.
    async fn rebuilt(status: u16, body: &'static str) -> (u16, HeaderMap, ApiError) {
        let mut original = http::Response::new(reqwest::Body::from(body));
        *original.status_mut() = reqwest::StatusCode::from_u16(status).unwrap();
        original
            .headers_mut()
            .insert("retry-after", HeaderValue::from_static("3"));
        let response = readable(original.into()).await.unwrap();
        let (status, headers) = (response.status().as_u16(), response.headers().clone());
        let body = serde_json::from_slice(&response.bytes().await.unwrap()).unwrap();
        (status, headers, body)
    }

    #[tokio::test]
    async fn json_error_bodies_pass_unchanged() {
        let (status, headers, body) = rebuilt(401, r#"{"error":"invalid api token"}"#).await;
        assert_eq!(status, 401);
        assert_eq!(body.error.as_deref(), Some("invalid api token"));
        assert_eq!(headers["retry-after"], "3");
        assert_eq!(headers[CONTENT_LENGTH], "29");
    }

    #[tokio::test]
    async fn other_bodies_become_an_excerpt() {
        let (status, headers, body) = rebuilt(502, "<html>\n<h1>Bad gateway</h1></html>").await;
        assert_eq!(status, 502);
        assert_eq!(
            body.message.as_deref(),
            Some("<html> <h1>Bad gateway</h1></html>")
        );
        assert_eq!(headers[CONTENT_TYPE], "application/json");
        let (_, _, body) = rebuilt(503, " \n").await;
        assert_eq!(body, ApiError::default());
    }
}
