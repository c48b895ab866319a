// @generated from openapi/callbell.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec (or xtask/src/) and run `cargo xtask codegen` again.

//!The generated client: `Client` and one request builder per operation (cargo feature `client`).
#[allow(unused_imports)]
use super::types;
#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
#[derive(Clone, Debug)]
/**Client for Callbell Contacts API

The part of Callbell's REST API that manages contacts: listing and looking them up,
creating, editing and deleting them, reading their message history, driving the bot
attached to their conversation, and opening, closing, annotating and moving their
conversation through a funnel. The contact webhook events are described under
`components.schemas` (`ContactEvent`, `ContactDeletedEvent`) and listed in `x-webhooks`.

Hand-written from Callbell's public documentation; where the documentation contradicts
itself, `openapi/ERRATA.md` records what this description decided.


Version: 1.0*/
#[non_exhaustive]
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: crate::Inner,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str, inner: crate::Inner) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap(), inner)
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: crate::Inner,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<crate::Inner> for Client {
    fn api_version() -> &'static str {
        "1.0"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &crate::Inner {
        &self.inner
    }
}
const _: () = {
    #[allow(dead_code)]
    fn assert_client_hooks()
    where
        Client: ClientHooks<crate::Inner>,
    {}
};
impl Client {
    /**List contacts

Returns one page of the account's contacts, optionally narrowed down by source,
tags or team. Pages are numbered from 1; a page with no contacts means the end.


Sends a `GET` request to `/contacts`

Arguments:
- `include_field_types`: When true, each contact also carries `customFieldsMetadata`.
- `page`: Which page to return, counting from 1.
- `source`: Only contacts that came in through this integration.
- `tags`: Only contacts carrying these tags, given as one comma-separated value
(`sales,lead`). Tags match case-insensitively.

- `team_uuid`: Only contacts of this team.
```text
let response = client.list_contacts()
    .include_field_types(include_field_types)
    .page(page)
    .source(source)
    .tags(tags)
    .team_uuid(team_uuid)
    .send()
    .await;
```*/
    pub fn list_contacts(&self) -> builder::ListContacts<'_> {
        builder::ListContacts::new(self)
    }
    /**Create a contact

Creates a contact from an identifier (a phone number for WhatsApp) and a source.
Tags, custom fields, the assigned user and the team must already exist in the account.


Sends a `POST` request to `/contacts`

```text
let response = client.create_contact()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_contact(&self) -> builder::CreateContact<'_> {
        builder::CreateContact::new(self)
    }
    /**Find a contact by Business Suite User ID

Looks a contact up by its WhatsApp Business Suite User ID, which also works for
contacts that hide their phone number.


Sends a `GET` request to `/contacts/bsuid/{bsuid}`

Arguments:
- `bsuid`: The contact's Business Suite User ID.
```text
let response = client.get_contact_by_bsuid()
    .bsuid(bsuid)
    .send()
    .await;
```*/
    pub fn get_contact_by_bsuid(&self) -> builder::GetContactByBsuid<'_> {
        builder::GetContactByBsuid::new(self)
    }
    /**Find a contact by phone number

Looks a contact up by phone number, on the account's main WhatsApp channel unless
`channel_uuid` names another channel.


Sends a `GET` request to `/contacts/phone/{phone_number}`

Arguments:
- `phone_number`: The contact's phone number.
- `channel_uuid`: Search on this channel instead of the main WhatsApp channel.
```text
let response = client.get_contact_by_phone()
    .phone_number(phone_number)
    .channel_uuid(channel_uuid)
    .send()
    .await;
```*/
    pub fn get_contact_by_phone(&self) -> builder::GetContactByPhone<'_> {
        builder::GetContactByPhone::new(self)
    }
    /**Get a contact

Looks one contact up by its Callbell identifier.

Sends a `GET` request to `/contacts/{uuid}`

Arguments:
- `uuid`: The contact's Callbell identifier (32 hexadecimal digits).
- `include_field_types`: When true, each contact also carries `customFieldsMetadata`.
```text
let response = client.get_contact()
    .uuid(uuid)
    .include_field_types(include_field_types)
    .send()
    .await;
```*/
    pub fn get_contact(&self) -> builder::GetContact<'_> {
        builder::GetContact::new(self)
    }
    /**Delete a contact

Removes the contact for good; there is no undo.

Sends a `DELETE` request to `/contacts/{uuid}`

Arguments:
- `uuid`: The contact's Callbell identifier (32 hexadecimal digits).
```text
let response = client.delete_contact()
    .uuid(uuid)
    .send()
    .await;
```*/
    pub fn delete_contact(&self) -> builder::DeleteContact<'_> {
        builder::DeleteContact::new(self)
    }
    /**Update a contact

Changes the fields given in the body and leaves the others alone. The phone number
cannot be changed.


Sends a `PATCH` request to `/contacts/{uuid}`

Arguments:
- `uuid`: The contact's Callbell identifier (32 hexadecimal digits).
- `body`
```text
let response = client.update_contact()
    .uuid(uuid)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_contact(&self) -> builder::UpdateContact<'_> {
        builder::UpdateContact::new(self)
    }
    /**Get the contact's bot

Returns the bot attached to the contact's conversation and where it stands.

Sends a `GET` request to `/contacts/{uuid}/bot`

Arguments:
- `uuid`: The contact's Callbell identifier (32 hexadecimal digits).
```text
let response = client.get_contact_bot()
    .uuid(uuid)
    .send()
    .await;
```*/
    pub fn get_contact_bot(&self) -> builder::GetContactBot<'_> {
        builder::GetContactBot::new(self)
    }
    /**Start or stop the contact's bot

Starts the bot again for this contact, or stops it so a person can take over.

Sends a `POST` request to `/contacts/{uuid}/bot`

Arguments:
- `uuid`: The contact's Callbell identifier (32 hexadecimal digits).
- `body`
```text
let response = client.update_contact_bot()
    .uuid(uuid)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_contact_bot(&self) -> builder::UpdateContactBot<'_> {
        builder::UpdateContactBot::new(self)
    }
    /**Close the contact's conversation

Closes the conversation; its `closedAt` becomes the current UTC time.

Sends a `POST` request to `/contacts/{uuid}/conversation/close`

Arguments:
- `uuid`: The contact's Callbell identifier (32 hexadecimal digits).
```text
let response = client.close_contact_conversation()
    .uuid(uuid)
    .send()
    .await;
```*/
    pub fn close_contact_conversation(&self) -> builder::CloseContactConversation<'_> {
        builder::CloseContactConversation::new(self)
    }
    /**Add a note to the contact's conversation

Adds an internal note to the conversation; `@name` mentions a teammate.

Sends a `POST` request to `/contacts/{uuid}/conversation/note`

Arguments:
- `uuid`: The contact's Callbell identifier (32 hexadecimal digits).
- `body`
```text
let response = client.create_contact_conversation_note()
    .uuid(uuid)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_contact_conversation_note(
        &self,
    ) -> builder::CreateContactConversationNote<'_> {
        builder::CreateContactConversationNote::new(self)
    }
    /**Reopen the contact's conversation

Reopens the conversation; its `closedAt` becomes null.

Sends a `POST` request to `/contacts/{uuid}/conversation/open`

Arguments:
- `uuid`: The contact's Callbell identifier (32 hexadecimal digits).
```text
let response = client.open_contact_conversation()
    .uuid(uuid)
    .send()
    .await;
```*/
    pub fn open_contact_conversation(&self) -> builder::OpenContactConversation<'_> {
        builder::OpenContactConversation::new(self)
    }
    /**Move the contact's conversation to another funnel stage

Sets the funnel stage of the conversation.

Sends a `PUT` request to `/contacts/{uuid}/conversation/update_funnel`

Arguments:
- `uuid`: The contact's Callbell identifier (32 hexadecimal digits).
- `body`
```text
let response = client.update_contact_conversation_funnel()
    .uuid(uuid)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_contact_conversation_funnel(
        &self,
    ) -> builder::UpdateContactConversationFunnel<'_> {
        builder::UpdateContactConversationFunnel::new(self)
    }
    /**List a contact's messages

Returns one page of the contact's messages, newest first.

Sends a `GET` request to `/contacts/{uuid}/messages`

Arguments:
- `uuid`: The contact's Callbell identifier (32 hexadecimal digits).
- `page`: Which page to return, counting from 1.
```text
let response = client.list_contact_messages()
    .uuid(uuid)
    .page(page)
    .send()
    .await;
```*/
    pub fn list_contact_messages(&self) -> builder::ListContactMessages<'_> {
        builder::ListContactMessages::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::list_contacts`]

[`Client::list_contacts`]: super::Client::list_contacts*/
    #[derive(Debug, Clone)]
    #[non_exhaustive]
    pub struct ListContacts<'a> {
        client: &'a super::Client,
        include_field_types: Result<Option<bool>, String>,
        page: Result<Option<::std::num::NonZeroU32>, String>,
        source: Result<Option<crate::types::Source>, String>,
        tags: Result<Option<::std::string::String>, String>,
        team_uuid: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListContacts<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                include_field_types: Ok(None),
                page: Ok(None),
                source: Ok(None),
                tags: Ok(None),
                team_uuid: Ok(None),
            }
        }
        pub fn include_field_types<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.include_field_types = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `bool` for include_field_types failed".to_string()
                });
            self
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for page failed"
                        .to_string()
                });
            self
        }
        pub fn source<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::types::Source>,
        {
            self.source = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: types :: Source` for source failed"
                        .to_string()
                });
            self
        }
        pub fn tags<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.tags = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for tags failed"
                        .to_string()
                });
            self
        }
        pub fn team_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.team_uuid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for team_uuid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/contacts`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ContactList>, Error<types::ApiError>> {
            let Self { client, include_field_types, page, source, tags, team_uuid } = self;
            let include_field_types = include_field_types
                .map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let source = source.map_err(Error::InvalidRequest)?;
            let tags = tags.map_err(Error::InvalidRequest)?;
            let team_uuid = team_uuid.map_err(Error::InvalidRequest)?;
            let url = format!("{}/contacts", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "include_field_types",
                        &include_field_types,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("source", &source))
                .query(&progenitor_client::QueryParam::new("tags", &tags))
                .query(&progenitor_client::QueryParam::new("team_uuid", &team_uuid))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_contacts",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                401u16 | 404u16 | 422u16 | 429u16 | 500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_contact`]

[`Client::create_contact`]: super::Client::create_contact*/
    #[derive(Debug, Clone)]
    #[non_exhaustive]
    pub struct CreateContact<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateContactRequest, String>,
    }
    impl<'a> CreateContact<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateContactRequest>,
            <V as std::convert::TryInto<
                types::CreateContactRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateContactRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateContactRequest,
            ) -> types::builder::CreateContactRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/contacts`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ContactResponse>, Error<types::ApiError>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateContactRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/contacts", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_contact",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                401u16 | 404u16 | 422u16 | 429u16 | 500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_contact_by_bsuid`]

[`Client::get_contact_by_bsuid`]: super::Client::get_contact_by_bsuid*/
    #[derive(Debug, Clone)]
    #[non_exhaustive]
    pub struct GetContactByBsuid<'a> {
        client: &'a super::Client,
        bsuid: Result<::std::string::String, String>,
    }
    impl<'a> GetContactByBsuid<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                bsuid: Err("bsuid was not initialized".to_string()),
            }
        }
        pub fn bsuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.bsuid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for bsuid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/contacts/bsuid/{bsuid}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ContactResponse>, Error<types::ApiError>> {
            let Self { client, bsuid } = self;
            let bsuid = bsuid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/contacts/bsuid/{}", client.baseurl, encode_path(& bsuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_contact_by_bsuid",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                401u16 | 404u16 | 422u16 | 429u16 | 500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_contact_by_phone`]

[`Client::get_contact_by_phone`]: super::Client::get_contact_by_phone*/
    #[derive(Debug, Clone)]
    #[non_exhaustive]
    pub struct GetContactByPhone<'a> {
        client: &'a super::Client,
        phone_number: Result<::std::string::String, String>,
        channel_uuid: Result<Option<::std::string::String>, String>,
    }
    impl<'a> GetContactByPhone<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                phone_number: Err("phone_number was not initialized".to_string()),
                channel_uuid: Ok(None),
            }
        }
        pub fn phone_number<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.phone_number = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for phone_number failed"
                        .to_string()
                });
            self
        }
        pub fn channel_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.channel_uuid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for channel_uuid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/contacts/phone/{phone_number}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ContactResponse>, Error<types::ApiError>> {
            let Self { client, phone_number, channel_uuid } = self;
            let phone_number = phone_number.map_err(Error::InvalidRequest)?;
            let channel_uuid = channel_uuid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/contacts/phone/{}", client.baseurl, encode_path(& phone_number
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new("channel_uuid", &channel_uuid),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_contact_by_phone",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                401u16 | 404u16 | 422u16 | 429u16 | 500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_contact`]

[`Client::get_contact`]: super::Client::get_contact*/
    #[derive(Debug, Clone)]
    #[non_exhaustive]
    pub struct GetContact<'a> {
        client: &'a super::Client,
        uuid: Result<::std::string::String, String>,
        include_field_types: Result<Option<bool>, String>,
    }
    impl<'a> GetContact<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                uuid: Err("uuid was not initialized".to_string()),
                include_field_types: Ok(None),
            }
        }
        pub fn uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.uuid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for uuid failed"
                        .to_string()
                });
            self
        }
        pub fn include_field_types<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.include_field_types = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `bool` for include_field_types failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/contacts/{uuid}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ContactResponse>, Error<types::ApiError>> {
            let Self { client, uuid, include_field_types } = self;
            let uuid = uuid.map_err(Error::InvalidRequest)?;
            let include_field_types = include_field_types
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/contacts/{}", client.baseurl, encode_path(& uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "include_field_types",
                        &include_field_types,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_contact",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                401u16 | 404u16 | 422u16 | 429u16 | 500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_contact`]

[`Client::delete_contact`]: super::Client::delete_contact*/
    #[derive(Debug, Clone)]
    #[non_exhaustive]
    pub struct DeleteContact<'a> {
        client: &'a super::Client,
        uuid: Result<::std::string::String, String>,
    }
    impl<'a> DeleteContact<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                uuid: Err("uuid was not initialized".to_string()),
            }
        }
        pub fn uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.uuid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for uuid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/contacts/{uuid}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::DeleteContactResponse>,
            Error<types::ApiError>,
        > {
            let Self { client, uuid } = self;
            let uuid = uuid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/contacts/{}", client.baseurl, encode_path(& uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_contact",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                401u16 | 404u16 | 422u16 | 429u16 | 500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_contact`]

[`Client::update_contact`]: super::Client::update_contact*/
    #[derive(Debug, Clone)]
    #[non_exhaustive]
    pub struct UpdateContact<'a> {
        client: &'a super::Client,
        uuid: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateContactRequest, String>,
    }
    impl<'a> UpdateContact<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                uuid: Err("uuid was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.uuid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for uuid failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateContactRequest>,
            <V as std::convert::TryInto<
                types::UpdateContactRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateContactRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateContactRequest,
            ) -> types::builder::UpdateContactRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PATCH` request to `/contacts/{uuid}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ContactResponse>, Error<types::ApiError>> {
            let Self { client, uuid, body } = self;
            let uuid = uuid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateContactRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/contacts/{}", client.baseurl, encode_path(& uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_contact",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                401u16 | 404u16 | 422u16 | 429u16 | 500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_contact_bot`]

[`Client::get_contact_bot`]: super::Client::get_contact_bot*/
    #[derive(Debug, Clone)]
    #[non_exhaustive]
    pub struct GetContactBot<'a> {
        client: &'a super::Client,
        uuid: Result<::std::string::String, String>,
    }
    impl<'a> GetContactBot<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                uuid: Err("uuid was not initialized".to_string()),
            }
        }
        pub fn uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.uuid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for uuid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/contacts/{uuid}/bot`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::BotResponse>, Error<types::ApiError>> {
            let Self { client, uuid } = self;
            let uuid = uuid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/contacts/{}/bot", client.baseurl, encode_path(& uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_contact_bot",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                401u16 | 404u16 | 422u16 | 429u16 | 500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_contact_bot`]

[`Client::update_contact_bot`]: super::Client::update_contact_bot*/
    #[derive(Debug, Clone)]
    #[non_exhaustive]
    pub struct UpdateContactBot<'a> {
        client: &'a super::Client,
        uuid: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateBotRequest, String>,
    }
    impl<'a> UpdateContactBot<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                uuid: Err("uuid was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.uuid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for uuid failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateBotRequest>,
            <V as std::convert::TryInto<
                types::UpdateBotRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `UpdateBotRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateBotRequest,
            ) -> types::builder::UpdateBotRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/contacts/{uuid}/bot`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::BotResponse>, Error<types::ApiError>> {
            let Self { client, uuid, body } = self;
            let uuid = uuid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateBotRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/contacts/{}/bot", client.baseurl, encode_path(& uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_contact_bot",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                401u16 | 404u16 | 422u16 | 429u16 | 500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::close_contact_conversation`]

[`Client::close_contact_conversation`]: super::Client::close_contact_conversation*/
    #[derive(Debug, Clone)]
    #[non_exhaustive]
    pub struct CloseContactConversation<'a> {
        client: &'a super::Client,
        uuid: Result<::std::string::String, String>,
    }
    impl<'a> CloseContactConversation<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                uuid: Err("uuid was not initialized".to_string()),
            }
        }
        pub fn uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.uuid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for uuid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/contacts/{uuid}/conversation/close`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ContactResponse>, Error<types::ApiError>> {
            let Self { client, uuid } = self;
            let uuid = uuid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/contacts/{}/conversation/close", client.baseurl, encode_path(& uuid
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "close_contact_conversation",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                401u16 | 404u16 | 422u16 | 429u16 | 500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_contact_conversation_note`]

[`Client::create_contact_conversation_note`]: super::Client::create_contact_conversation_note*/
    #[derive(Debug, Clone)]
    #[non_exhaustive]
    pub struct CreateContactConversationNote<'a> {
        client: &'a super::Client,
        uuid: Result<::std::string::String, String>,
        body: Result<types::builder::CreateNoteRequest, String>,
    }
    impl<'a> CreateContactConversationNote<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                uuid: Err("uuid was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.uuid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for uuid failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateNoteRequest>,
            <V as std::convert::TryInto<
                types::CreateNoteRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CreateNoteRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateNoteRequest,
            ) -> types::builder::CreateNoteRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/contacts/{uuid}/conversation/note`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::NoteResponse>, Error<types::ApiError>> {
            let Self { client, uuid, body } = self;
            let uuid = uuid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateNoteRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/contacts/{}/conversation/note", client.baseurl, encode_path(& uuid
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_contact_conversation_note",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                401u16 | 404u16 | 422u16 | 429u16 | 500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::open_contact_conversation`]

[`Client::open_contact_conversation`]: super::Client::open_contact_conversation*/
    #[derive(Debug, Clone)]
    #[non_exhaustive]
    pub struct OpenContactConversation<'a> {
        client: &'a super::Client,
        uuid: Result<::std::string::String, String>,
    }
    impl<'a> OpenContactConversation<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                uuid: Err("uuid was not initialized".to_string()),
            }
        }
        pub fn uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.uuid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for uuid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/contacts/{uuid}/conversation/open`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ContactResponse>, Error<types::ApiError>> {
            let Self { client, uuid } = self;
            let uuid = uuid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/contacts/{}/conversation/open", client.baseurl, encode_path(& uuid
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "open_contact_conversation",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                401u16 | 404u16 | 422u16 | 429u16 | 500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_contact_conversation_funnel`]

[`Client::update_contact_conversation_funnel`]: super::Client::update_contact_conversation_funnel*/
    #[derive(Debug, Clone)]
    #[non_exhaustive]
    pub struct UpdateContactConversationFunnel<'a> {
        client: &'a super::Client,
        uuid: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateFunnelRequest, String>,
    }
    impl<'a> UpdateContactConversationFunnel<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                uuid: Err("uuid was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.uuid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for uuid failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateFunnelRequest>,
            <V as std::convert::TryInto<
                types::UpdateFunnelRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `UpdateFunnelRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateFunnelRequest,
            ) -> types::builder::UpdateFunnelRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/contacts/{uuid}/conversation/update_funnel`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ContactResponse>, Error<types::ApiError>> {
            let Self { client, uuid, body } = self;
            let uuid = uuid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateFunnelRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/contacts/{}/conversation/update_funnel", client.baseurl,
                encode_path(& uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_contact_conversation_funnel",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                401u16 | 404u16 | 422u16 | 429u16 | 500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_contact_messages`]

[`Client::list_contact_messages`]: super::Client::list_contact_messages*/
    #[derive(Debug, Clone)]
    #[non_exhaustive]
    pub struct ListContactMessages<'a> {
        client: &'a super::Client,
        uuid: Result<::std::string::String, String>,
        page: Result<Option<::std::num::NonZeroU32>, String>,
    }
    impl<'a> ListContactMessages<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                uuid: Err("uuid was not initialized".to_string()),
                page: Ok(None),
            }
        }
        pub fn uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.uuid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for uuid failed"
                        .to_string()
                });
            self
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for page failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/contacts/{uuid}/messages`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::MessageList>, Error<types::ApiError>> {
            let Self { client, uuid, page } = self;
            let uuid = uuid.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/contacts/{}/messages", client.baseurl, encode_path(& uuid
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("page", &page))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_contact_messages",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                401u16 | 404u16 | 422u16 | 429u16 | 500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
