//! The generated client's hooks: what every request goes through.
//!
//! progenitor calls [`ClientHooks::pre`] on each built request and
//! [`ClientHooks::exec`] to send it. Here `pre` sets the bearer token and
//! removes the `api-version` header progenitor adds (Callbell does not
//! document it), and `exec` sends the request.

use progenitor_client::{ClientHooks, OperationInfo};

use crate::auth::ApiToken;
use crate::generated::Client;

/// Per-client state the hooks need, carried inside the generated [`Client`].
#[derive(Clone, Debug, Default)]
pub struct Inner {
    pub(crate) token: Option<ApiToken>,
}

impl Inner {
    /// State for a client that authenticates with `token`.
    pub fn new(token: ApiToken) -> Self {
        Self { token: Some(token) }
    }
}

/// The header progenitor adds to every request; Callbell does not document it.
const UNDOCUMENTED_VERSION_HEADER: &str = "api-version";

impl ClientHooks<Inner> for Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        _info: &OperationInfo,
    ) -> Result<(), progenitor_client::Error<E>> {
        let headers = request.headers_mut();
        headers.remove(UNDOCUMENTED_VERSION_HEADER);
        if let Some(token) = &progenitor_client::ClientInfo::inner(self).token {
            let value = token
                .header_value()
                .map_err(|e| progenitor_client::Error::InvalidRequest(e.to_string()))?;
            headers.insert(reqwest::header::AUTHORIZATION, value);
        }
        Ok(())
    }

    async fn exec(
        &self,
        request: reqwest::Request,
        _info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        progenitor_client::ClientInfo::client(self)
            .execute(request)
            .await
    }
}
