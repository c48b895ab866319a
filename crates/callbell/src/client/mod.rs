//! [`Callbell`], the client most code should use; its operation methods are
//! generated (`generated/operations.rs`), what they share is here.

pub(crate) mod builder;
pub(crate) mod paginate;

use std::future::Future;
use std::num::NonZeroU32;
use std::pin::Pin;

use progenitor_client::ClientInfo as _;
use serde::de::DeserializeOwned;

use crate::RawError;
use crate::client::builder::CallbellBuilder;
use crate::error::decode::undecodable;
use crate::error::operation::recording;
use crate::error::{Error, Result};
use crate::generated::{Client, ResponseValue};

/// A Callbell API client: bearer auth, retries, timeouts, one error type,
/// and streams over paginated listings.
///
/// Every operation of the spec is a method named after its `operationId`
/// (`list_contacts`, `get_contact`, …) returning a builder from
/// [`operations`](crate::operations): set its parameters, then `.await` it.
/// A path parameter that is empty, `.` or `..` is refused with
/// [`Error::InvalidRequest`] before sending. Answers that only wrap one
/// object (`{"contact": …}`) give that object.
///
/// Cheap to clone (one connection pool); the generated [`Client`] is
/// [`raw`](Self::raw).
///
/// ```no_run
/// use callbell::types::{CreateContactRequest, Source};
/// use futures::TryStreamExt;
///
/// # async fn run() -> Result<(), callbell::Error> {
/// let callbell = callbell::Callbell::from_env()?;
/// let created = callbell
///     .create_contact()
///     .body(CreateContactRequest::builder().identifier("+393331234567").name("Ann").source(Source::Whatsapp))
///     .await?;
/// let contact = callbell.get_contact().uuid(&created.uuid).include_field_types(true).await?;
/// callbell.close_contact_conversation().uuid(&contact.uuid).await?;
///
/// let mut leads = std::pin::pin!(callbell.list_contacts().tags("sales,lead").stream());
/// while let Some(contact) = leads.try_next().await? {
///     println!("{} {}", contact.uuid, contact.name);
/// }
/// # Ok(())
/// # }
/// ```
#[derive(Clone, Debug)]
pub struct Callbell {
    raw: Client,
}

impl Callbell {
    /// A builder to set the token, base URL, timeouts, retries and user agent.
    ///
    /// ```
    /// let callbell = callbell::Callbell::builder()
    ///     .token("test_gshuPaZoeEG6ovbc8M79w0QyM")
    ///     .max_retries(5)
    ///     .build()
    ///     .unwrap();
    /// assert_eq!(callbell.base_url(), "https://api.callbell.eu/v1");
    /// ```
    pub fn builder() -> CallbellBuilder {
        CallbellBuilder::default()
    }

    /// A client configured by [`CallbellBuilder::from_env`]: the token from
    /// `CALLBELL_API_TOKEN`, the base URL from `CALLBELL_BASE_URL` if set.
    pub fn from_env() -> Result<Self> {
        CallbellBuilder::from_env().build()
    }

    pub(crate) fn from_raw(raw: Client) -> Self {
        Self { raw }
    }

    /// The base URL requests go to, without a trailing `/`.
    pub fn base_url(&self) -> &str {
        self.raw.baseurl()
    }

    /// The generated client underneath: the same token, retries and answer
    /// handling, with progenitor's result and error types.
    ///
    /// ```no_run
    /// # async fn run(callbell: callbell::Callbell) -> Result<(), callbell::RawError> {
    /// let page = callbell.raw().list_contacts().page(2).tags("sales,lead").send().await?;
    /// println!("{} contacts on page 2", page.contacts.len());
    /// # Ok(())
    /// # }
    /// ```
    pub fn raw(&self) -> &Client {
        &self.raw
    }

    /// The generated client underneath, by value.
    pub fn into_raw(self) -> Client {
        self.raw
    }

    /// Awaits a generated request; its error names the operation and is
    /// scrubbed of the token once more. Any `2xx` with the documented body
    /// is a success (the spec documents `200` only). The request is boxed
    /// first, or each enclosing future would hold a copy of its kilobytes.
    pub(crate) fn call<'a, T: DeserializeOwned + Send + 'a>(
        &'a self,
        request: impl Future<Output = std::result::Result<ResponseValue<T>, RawError>> + Send + 'a,
    ) -> impl Future<Output = Result<T>> + 'a {
        let request = Box::pin(request);
        async move {
            // Only taking the value out depends on `T`; the rest runs once for
            // every operation, boxed (one compiled copy instead of one per operation).
            let mut value = None;
            self.run(Box::pin(async {
                value = Some(match request.await {
                    Ok(response) => response.into_inner(),
                    Err(RawError::UnexpectedResponse(response))
                        if response.status().is_success() =>
                    {
                        let body = response
                            .bytes()
                            .await
                            .map_err(RawError::ResponseBodyError)?;
                        serde_json::from_slice(&body)
                            .map_err(|e| RawError::InvalidResponsePayload(body, e))?
                    }
                    Err(raw) => return Err(raw),
                });
                Ok(())
            }))
            .await?;
            let Some(value) = value else {
                unreachable!("`run` succeeds only after the request gave its value")
            };
            Ok(value)
        }
    }

    /// Runs `request`, naming the operation of its error and scrubbing the token.
    async fn run(
        &self,
        request: Pin<Box<dyn Future<Output = std::result::Result<(), RawError>> + Send + '_>>,
    ) -> Result<()> {
        let (result, operation) = recording(async {
            match request.await {
                Ok(()) => Ok(()),
                Err(RawError::InvalidResponsePayload(body, e)) => Err(undecodable(&body, e)),
                Err(raw) => Err(Error::from_raw(raw).await),
            }
        })
        .await;
        result.map_err(|error| {
            let error = error.with_operation(operation);
            match &self.raw.inner().token {
                Some(token) => error.redacted(token.expose()),
                None => error,
            }
        })
    }
}

/// The future an awaited operation builder runs: `Send + 'static`, so it can
/// be spawned (`.send()` gives the same result without the box).
pub type OperationFuture<T> = Pin<Box<dyn Future<Output = Result<T>> + Send + 'static>>;

/// Refuses a path segment `value` that URL parsing would drop or resolve
/// (empty, `.`, `..`); the generated client percent-encodes the rest.
pub(crate) fn path_segment(name: &str, value: &str) -> Result<()> {
    match value {
        "" | "." | ".." => Err(Error::InvalidRequest(format!(
            "{name} {value:?} is not an identifier (empty, \".\" and \"..\" would change the request's path)"
        ))),
        _ => Ok(()),
    }
}

/// Where a page stream starts: the builder's `page`, else 1 (0 counts as 1).
pub(crate) fn first_page<T: Clone + TryInto<u32>>(
    page: &std::result::Result<Option<T>, String>,
) -> NonZeroU32 {
    match page {
        Ok(Some(page)) => page.clone().try_into().ok().and_then(NonZeroU32::new),
        _ => None,
    }
    .unwrap_or(NonZeroU32::MIN)
}
