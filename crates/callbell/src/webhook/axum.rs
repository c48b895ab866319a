//! axum integration (feature `axum`): the [`Webhook`] extractor.
//!
//! ```no_run
//! use axum::{routing::post, Router};
//! use callbell::webhook::{axum::Webhook, Answer, WebhookEvent};
//!
//! async fn receive(Webhook(event): Webhook) -> Answer {
//!     if let WebhookEvent::ContactCreated(contact) = &event {
//!         println!("new contact {}", contact.uuid);
//!     }
//!     Answer::ok()
//! }
//!
//! # async fn run() -> std::io::Result<()> {
//! // A secret path: Callbell does not sign deliveries (see the module docs).
//! let app = Router::new().route("/callbell/5c0f9d2e8b7a4e21a3d6f1b0c9e8d7a6", post(receive).get(receive));
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:8080").await?;
//! axum::serve(listener, app).await
//! # }
//! ```

use axum_core::body::Body;
use axum_core::extract::{FromRequest, Request};
use axum_core::response::{IntoResponse, Response};
use http::StatusCode;
use http::header::{ALLOW, CONTENT_TYPE, HeaderValue};
use http_body_util::{BodyExt, LengthLimitError, Limited};

use super::{Answer, Delivery, MAX_BODY, WebhookEvent};

/// An extractor for a contact webhook: the handler runs for contact events
/// only, with the typed [`WebhookEvent`].
///
/// Everything else is answered by its rejection, the
/// [`Delivery::answer`] (connection checks `200`, bodies over [`MAX_BODY`]
/// `413`, ...). Route both `POST` and `GET` to the handler so that
/// connection checks by `GET` are answered too.
#[derive(Clone, Debug, PartialEq)]
pub struct Webhook(pub WebhookEvent);

impl<S: Send + Sync> FromRequest<S> for Webhook {
    type Rejection = Answer;

    async fn from_request(request: Request, _state: &S) -> Result<Self, Answer> {
        let method = request.method().clone();
        let body = if method == http::Method::POST {
            read(request.into_body()).await?
        } else {
            Vec::new()
        };
        match Delivery::classify(method.as_str(), &body) {
            Delivery::Event(event) => Ok(Self(*event)),
            other => Err(other.answer()),
        }
    }
}

/// The whole body, at most [`MAX_BODY`] bytes.
async fn read(body: Body) -> Result<Vec<u8>, Answer> {
    match Limited::new(body, MAX_BODY).collect().await {
        Ok(body) => Ok(body.to_bytes().to_vec()),
        Err(e) if e.downcast_ref::<LengthLimitError>().is_some() => {
            Err(Delivery::too_large().answer())
        }
        Err(_) => Err(Answer::error(400, "cannot read the body")),
    }
}

impl IntoResponse for Answer {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.status()).unwrap_or(StatusCode::OK);
        let mut response = (status, self.body().to_owned()).into_response();
        let headers = response.headers_mut();
        headers.insert(CONTENT_TYPE, HeaderValue::from_static(Answer::CONTENT_TYPE));
        if let Some(allow) = self.allow() {
            headers.insert(ALLOW, HeaderValue::from_static(allow));
        }
        response
    }
}
