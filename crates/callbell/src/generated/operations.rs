// @generated from openapi/callbell.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec (or xtask/src/emit/operations.rs) and run `cargo xtask codegen` again.

//! Every operation of the spec as a method of [`Callbell`](crate::Callbell),
//! returning a builder: set the parameters and body, then `.await` it
//! (or `.send().await`, which needs no allocation of its own).
//!
//! Builders of paginated listings also offer `.pages()`, `.stream()`
//! and `.collect_all()`, which go page after page, lazily.
impl crate::Callbell {
    /// List contacts.
    ///
    /// `GET /contacts`. Set the parameters on the [`ListContacts`] this returns, then `.await` it.
    ///
    /// Returns one page of the account's contacts, optionally narrowed down by source,
    /// tags or team. Pages are numbered from 1; a page with no contacts means the end.
    pub fn list_contacts(&self) -> ListContacts {
        ListContacts {
            client: self.clone(),
            limits: ::std::default::Default::default(),
            include_field_types: Ok(None),
            page: Ok(None),
            source: Ok(None),
            tags: Ok(None),
            team_uuid: Ok(None),
        }
    }
    /// Create a contact.
    ///
    /// `POST /contacts`. Set the parameters on the [`CreateContact`] this returns, then `.await` it.
    ///
    /// Creates a contact from an identifier (a phone number for WhatsApp) and a source.
    /// Tags, custom fields, the assigned user and the team must already exist in the account.
    ///
    /// Not retried on `5xx` or timeouts unless the client opted in with [`retry_non_idempotent`](crate::CallbellBuilder::retry_non_idempotent).
    pub fn create_contact(&self) -> CreateContact {
        CreateContact {
            client: self.clone(),
            body: Ok(None),
        }
    }
    /// Find a contact by Business Suite User ID.
    ///
    /// `GET /contacts/bsuid/{bsuid}`. Set the parameters on the [`GetContactByBsuid`] this returns, then `.await` it.
    ///
    /// Looks a contact up by its WhatsApp Business Suite User ID, which also works for
    /// contacts that hide their phone number.
    pub fn get_contact_by_bsuid(&self) -> GetContactByBsuid {
        GetContactByBsuid {
            client: self.clone(),
            bsuid: Ok(None),
        }
    }
    /// Find a contact by phone number.
    ///
    /// `GET /contacts/phone/{phone_number}`. Set the parameters on the [`GetContactByPhone`] this returns, then `.await` it.
    ///
    /// Looks a contact up by phone number, on the account's main WhatsApp channel unless
    /// `channel_uuid` names another channel.
    pub fn get_contact_by_phone(&self) -> GetContactByPhone {
        GetContactByPhone {
            client: self.clone(),
            phone_number: Ok(None),
            channel_uuid: Ok(None),
        }
    }
    /// Get a contact.
    ///
    /// `GET /contacts/{uuid}`. Set the parameters on the [`GetContact`] this returns, then `.await` it.
    ///
    /// Looks one contact up by its Callbell identifier.
    pub fn get_contact(&self) -> GetContact {
        GetContact {
            client: self.clone(),
            uuid: Ok(None),
            include_field_types: Ok(None),
        }
    }
    /// Delete a contact.
    ///
    /// `DELETE /contacts/{uuid}`. Set the parameters on the [`DeleteContact`] this returns, then `.await` it.
    ///
    /// Removes the contact for good; there is no undo.
    pub fn delete_contact(&self) -> DeleteContact {
        DeleteContact {
            client: self.clone(),
            uuid: Ok(None),
        }
    }
    /// Update a contact.
    ///
    /// `PATCH /contacts/{uuid}`. Set the parameters on the [`UpdateContact`] this returns, then `.await` it.
    ///
    /// Changes the fields given in the body and leaves the others alone. The phone number
    /// cannot be changed.
    ///
    /// Not retried on `5xx` or timeouts unless the client opted in with [`retry_non_idempotent`](crate::CallbellBuilder::retry_non_idempotent).
    pub fn update_contact(&self) -> UpdateContact {
        UpdateContact {
            client: self.clone(),
            uuid: Ok(None),
            body: Ok(None),
        }
    }
    /// Get the contact's bot.
    ///
    /// `GET /contacts/{uuid}/bot`. Set the parameters on the [`GetContactBot`] this returns, then `.await` it.
    ///
    /// Returns the bot attached to the contact's conversation and where it stands.
    pub fn get_contact_bot(&self) -> GetContactBot {
        GetContactBot {
            client: self.clone(),
            uuid: Ok(None),
        }
    }
    /// Start or stop the contact's bot.
    ///
    /// `POST /contacts/{uuid}/bot`. Set the parameters on the [`UpdateContactBot`] this returns, then `.await` it.
    ///
    /// Starts the bot again for this contact, or stops it so a person can take over.
    ///
    /// Not retried on `5xx` or timeouts unless the client opted in with [`retry_non_idempotent`](crate::CallbellBuilder::retry_non_idempotent).
    pub fn update_contact_bot(&self) -> UpdateContactBot {
        UpdateContactBot {
            client: self.clone(),
            uuid: Ok(None),
            body: Ok(None),
        }
    }
    /// Close the contact's conversation.
    ///
    /// `POST /contacts/{uuid}/conversation/close`. Set the parameters on the [`CloseContactConversation`] this returns, then `.await` it.
    ///
    /// Closes the conversation; its `closedAt` becomes the current UTC time.
    ///
    /// Not retried on `5xx` or timeouts unless the client opted in with [`retry_non_idempotent`](crate::CallbellBuilder::retry_non_idempotent).
    pub fn close_contact_conversation(&self) -> CloseContactConversation {
        CloseContactConversation {
            client: self.clone(),
            uuid: Ok(None),
        }
    }
    /// Add a note to the contact's conversation.
    ///
    /// `POST /contacts/{uuid}/conversation/note`. Set the parameters on the [`CreateContactConversationNote`] this returns, then `.await` it.
    ///
    /// Adds an internal note to the conversation; `@name` mentions a teammate.
    ///
    /// Not retried on `5xx` or timeouts unless the client opted in with [`retry_non_idempotent`](crate::CallbellBuilder::retry_non_idempotent).
    pub fn create_contact_conversation_note(&self) -> CreateContactConversationNote {
        CreateContactConversationNote {
            client: self.clone(),
            uuid: Ok(None),
            body: Ok(None),
        }
    }
    /// Reopen the contact's conversation.
    ///
    /// `POST /contacts/{uuid}/conversation/open`. Set the parameters on the [`OpenContactConversation`] this returns, then `.await` it.
    ///
    /// Reopens the conversation; its `closedAt` becomes null.
    ///
    /// Not retried on `5xx` or timeouts unless the client opted in with [`retry_non_idempotent`](crate::CallbellBuilder::retry_non_idempotent).
    pub fn open_contact_conversation(&self) -> OpenContactConversation {
        OpenContactConversation {
            client: self.clone(),
            uuid: Ok(None),
        }
    }
    /// Move the contact's conversation to another funnel stage.
    ///
    /// `PUT /contacts/{uuid}/conversation/update_funnel`. Set the parameters on the [`UpdateContactConversationFunnel`] this returns, then `.await` it.
    ///
    /// Sets the funnel stage of the conversation.
    pub fn update_contact_conversation_funnel(&self) -> UpdateContactConversationFunnel {
        UpdateContactConversationFunnel {
            client: self.clone(),
            uuid: Ok(None),
            body: Ok(None),
        }
    }
    /// List a contact's messages.
    ///
    /// `GET /contacts/{uuid}/messages`. Set the parameters on the [`ListContactMessages`] this returns, then `.await` it.
    ///
    /// Returns one page of the contact's messages, newest first.
    pub fn list_contact_messages(&self) -> ListContactMessages {
        ListContactMessages {
            client: self.clone(),
            limits: ::std::default::Default::default(),
            uuid: Ok(None),
            page: Ok(None),
        }
    }
}
/// `GET /contacts`: made by [`Callbell::list_contacts`](crate::Callbell::list_contacts). Set the parameters, then `.await` it.
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct ListContacts {
    client: crate::Callbell,
    limits: crate::client::paginate::PageLimits,
    include_field_types: ::std::result::Result<
        ::std::option::Option<bool>,
        ::std::string::String,
    >,
    page: ::std::result::Result<
        ::std::option::Option<::std::num::NonZeroU32>,
        ::std::string::String,
    >,
    source: ::std::result::Result<
        ::std::option::Option<crate::types::Source>,
        ::std::string::String,
    >,
    tags: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    team_uuid: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ListContacts {
    /// `include_field_types`: When true, each contact also carries `customFieldsMetadata`.
    ///
    /// Not sent unless set.
    pub fn include_field_types<V>(mut self, value: V) -> Self
    where
        V: ::std::convert::TryInto<bool>,
    {
        self.include_field_types = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `bool` for include_field_types failed".to_string()
            });
        self
    }
    /// `page`: Which page to return, counting from 1.
    ///
    /// Not sent unless set.
    pub fn page<V>(mut self, value: V) -> Self
    where
        V: ::std::convert::TryInto<::std::num::NonZeroU32>,
    {
        self.page = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `::std::num::NonZeroU32` for page failed".to_string()
            });
        self
    }
    /// `source`: Only contacts that came in through this integration.
    ///
    /// Not sent unless set.
    pub fn source<V>(mut self, value: V) -> Self
    where
        V: ::std::convert::TryInto<crate::types::Source>,
    {
        self.source = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `crate::types::Source` for source failed".to_string()
            });
        self
    }
    /// `tags`: Only contacts carrying these tags, given as one comma-separated value
    /// (`sales,lead`). Tags match case-insensitively.
    ///
    /// Not sent unless set.
    pub fn tags<V>(mut self, value: V) -> Self
    where
        V: ::std::convert::TryInto<::std::string::String>,
    {
        self.tags = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `::std::string::String` for tags failed".to_string()
            });
        self
    }
    /// `team_uuid`: Only contacts of this team.
    ///
    /// Not sent unless set.
    pub fn team_uuid<V>(mut self, value: V) -> Self
    where
        V: ::std::convert::TryInto<::std::string::String>,
    {
        self.team_uuid = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `::std::string::String` for team_uuid failed".to_string()
            });
        self
    }
    /// Sends the request. The answer, a [`ContactList`](crate::types::ContactList).
    ///
    /// Awaiting the builder does the same, in a boxed future.
    pub async fn send(self) -> crate::Result<crate::types::ContactList> {
        let mut request = self.client.raw().list_contacts();
        if let Some(value) = self
            .include_field_types
            .map_err(crate::Error::InvalidRequest)?
        {
            request = request.include_field_types(value);
        }
        if let Some(value) = self.page.map_err(crate::Error::InvalidRequest)? {
            request = request.page(value);
        }
        if let Some(value) = self.source.map_err(crate::Error::InvalidRequest)? {
            request = request.source(value);
        }
        if let Some(value) = self.tags.map_err(crate::Error::InvalidRequest)? {
            request = request.tags(value);
        }
        if let Some(value) = self.team_uuid.map_err(crate::Error::InvalidRequest)? {
            request = request.team_uuid(value);
        }
        self.client.call(request.send()).await
    }
    /// At most `n` pages for [`pages`](Self::pages), [`stream`](Self::stream) and [`collect_all`](Self::collect_all) (0 counts as 1); a listing with more ends with an error.
    pub fn max_pages(mut self, n: u32) -> Self {
        self.limits = self.limits.with_max_pages(n);
        self
    }
    /// Every page from `page` (default 1) on, each fetched once the previous one has been consumed, up to the first empty page; ends after the first error.
    pub fn pages(
        self,
    ) -> impl ::futures::Stream<
        Item = crate::Result<::std::vec::Vec<crate::types::Contact>>,
    > + Send + 'static {
        let first = crate::client::first_page(&self.page);
        crate::client::paginate::pages(
            first,
            self.limits,
            move |page: ::std::num::NonZeroU32| {
                let mut request = self.clone();
                if request.page.is_ok() {
                    request = request.page(page.get());
                }
                async move {
                    let answer = request.send().await?;
                    Ok(answer.contacts)
                }
            },
        )
    }
    /// Every `Contact`, page after page, holding at most one page in memory.
    pub fn stream(
        self,
    ) -> impl ::futures::Stream<
        Item = crate::Result<crate::types::Contact>,
    > + Send + 'static {
        crate::client::paginate::items(self.pages())
    }
    /// Every `Contact` in one `Vec`. For large listings prefer [`stream`](Self::stream).
    pub async fn collect_all(
        self,
    ) -> crate::Result<::std::vec::Vec<crate::types::Contact>> {
        ::futures::TryStreamExt::try_collect(self.stream()).await
    }
}
impl ::std::future::IntoFuture for ListContacts {
    type Output = crate::Result<crate::types::ContactList>;
    type IntoFuture = crate::OperationFuture<crate::types::ContactList>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// `POST /contacts`: made by [`Callbell::create_contact`](crate::Callbell::create_contact). Set the parameters, then `.await` it.
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateContact {
    client: crate::Callbell,
    body: ::std::result::Result<
        ::std::option::Option<crate::types::CreateContactRequest>,
        ::std::string::String,
    >,
}
impl CreateContact {
    /// The request body: a [`CreateContactRequest`](crate::types::CreateContactRequest) or its builder.
    pub fn body<V>(mut self, value: V) -> Self
    where
        V: ::std::convert::TryInto<crate::types::CreateContactRequest>,
        <V as ::std::convert::TryInto<
            crate::types::CreateContactRequest,
        >>::Error: ::std::fmt::Display,
    {
        self.body = value
            .try_into()
            .map(Some)
            .map_err(|e| {
                format!("conversion to `CreateContactRequest` for body failed: {}", e)
            });
        self
    }
    /// Sends the request. The `contact` of the answer (a [`ContactResponse`](crate::types::ContactResponse)), whatever shape it came in.
    ///
    /// Awaiting the builder does the same, in a boxed future.
    pub async fn send(self) -> crate::Result<crate::types::Contact> {
        let mut request = self.client.raw().create_contact();
        if let Some(value) = self.body.map_err(crate::Error::InvalidRequest)? {
            request = request.body(value);
        }
        Ok(self.client.call(request.send()).await?.contact.into())
    }
}
impl ::std::future::IntoFuture for CreateContact {
    type Output = crate::Result<crate::types::Contact>;
    type IntoFuture = crate::OperationFuture<crate::types::Contact>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// `GET /contacts/bsuid/{bsuid}`: made by [`Callbell::get_contact_by_bsuid`](crate::Callbell::get_contact_by_bsuid). Set the parameters, then `.await` it.
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetContactByBsuid {
    client: crate::Callbell,
    bsuid: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl GetContactByBsuid {
    /// `bsuid` (required): The contact's Business Suite User ID.
    pub fn bsuid<V>(mut self, value: V) -> Self
    where
        V: ::std::convert::TryInto<::std::string::String>,
    {
        self.bsuid = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `::std::string::String` for bsuid failed".to_string()
            });
        self
    }
    /// Sends the request. The `contact` of the answer (a [`ContactResponse`](crate::types::ContactResponse)), whatever shape it came in.
    ///
    /// Awaiting the builder does the same, in a boxed future.
    pub async fn send(self) -> crate::Result<crate::types::Contact> {
        let mut request = self.client.raw().get_contact_by_bsuid();
        if let Some(value) = self.bsuid.map_err(crate::Error::InvalidRequest)? {
            crate::client::path_segment("bsuid", &value)?;
            request = request.bsuid(value);
        }
        Ok(self.client.call(request.send()).await?.contact.into())
    }
}
impl ::std::future::IntoFuture for GetContactByBsuid {
    type Output = crate::Result<crate::types::Contact>;
    type IntoFuture = crate::OperationFuture<crate::types::Contact>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// `GET /contacts/phone/{phone_number}`: made by [`Callbell::get_contact_by_phone`](crate::Callbell::get_contact_by_phone). Set the parameters, then `.await` it.
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetContactByPhone {
    client: crate::Callbell,
    phone_number: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    channel_uuid: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl GetContactByPhone {
    /// `phone_number` (required): The contact's phone number.
    pub fn phone_number<V>(mut self, value: V) -> Self
    where
        V: ::std::convert::TryInto<::std::string::String>,
    {
        self.phone_number = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `::std::string::String` for phone_number failed"
                    .to_string()
            });
        self
    }
    /// `channel_uuid`: Search on this channel instead of the main WhatsApp channel.
    ///
    /// Not sent unless set.
    pub fn channel_uuid<V>(mut self, value: V) -> Self
    where
        V: ::std::convert::TryInto<::std::string::String>,
    {
        self.channel_uuid = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `::std::string::String` for channel_uuid failed"
                    .to_string()
            });
        self
    }
    /// Sends the request. The `contact` of the answer (a [`ContactResponse`](crate::types::ContactResponse)), whatever shape it came in.
    ///
    /// Awaiting the builder does the same, in a boxed future.
    pub async fn send(self) -> crate::Result<crate::types::Contact> {
        let mut request = self.client.raw().get_contact_by_phone();
        if let Some(value) = self.phone_number.map_err(crate::Error::InvalidRequest)? {
            crate::client::path_segment("phone_number", &value)?;
            request = request.phone_number(value);
        }
        if let Some(value) = self.channel_uuid.map_err(crate::Error::InvalidRequest)? {
            request = request.channel_uuid(value);
        }
        Ok(self.client.call(request.send()).await?.contact.into())
    }
}
impl ::std::future::IntoFuture for GetContactByPhone {
    type Output = crate::Result<crate::types::Contact>;
    type IntoFuture = crate::OperationFuture<crate::types::Contact>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// `GET /contacts/{uuid}`: made by [`Callbell::get_contact`](crate::Callbell::get_contact). Set the parameters, then `.await` it.
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetContact {
    client: crate::Callbell,
    uuid: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    include_field_types: ::std::result::Result<
        ::std::option::Option<bool>,
        ::std::string::String,
    >,
}
impl GetContact {
    /// `uuid` (required): The contact's Callbell identifier (32 hexadecimal digits).
    pub fn uuid<V>(mut self, value: V) -> Self
    where
        V: ::std::convert::TryInto<::std::string::String>,
    {
        self.uuid = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `::std::string::String` for uuid failed".to_string()
            });
        self
    }
    /// `include_field_types`: When true, each contact also carries `customFieldsMetadata`.
    ///
    /// Not sent unless set.
    pub fn include_field_types<V>(mut self, value: V) -> Self
    where
        V: ::std::convert::TryInto<bool>,
    {
        self.include_field_types = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `bool` for include_field_types failed".to_string()
            });
        self
    }
    /// Sends the request. The `contact` of the answer (a [`ContactResponse`](crate::types::ContactResponse)), whatever shape it came in.
    ///
    /// Awaiting the builder does the same, in a boxed future.
    pub async fn send(self) -> crate::Result<crate::types::Contact> {
        let mut request = self.client.raw().get_contact();
        if let Some(value) = self.uuid.map_err(crate::Error::InvalidRequest)? {
            crate::client::path_segment("uuid", &value)?;
            request = request.uuid(value);
        }
        if let Some(value) = self
            .include_field_types
            .map_err(crate::Error::InvalidRequest)?
        {
            request = request.include_field_types(value);
        }
        Ok(self.client.call(request.send()).await?.contact.into())
    }
}
impl ::std::future::IntoFuture for GetContact {
    type Output = crate::Result<crate::types::Contact>;
    type IntoFuture = crate::OperationFuture<crate::types::Contact>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// `DELETE /contacts/{uuid}`: made by [`Callbell::delete_contact`](crate::Callbell::delete_contact). Set the parameters, then `.await` it.
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteContact {
    client: crate::Callbell,
    uuid: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl DeleteContact {
    /// `uuid` (required): The contact's Callbell identifier (32 hexadecimal digits).
    pub fn uuid<V>(mut self, value: V) -> Self
    where
        V: ::std::convert::TryInto<::std::string::String>,
    {
        self.uuid = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `::std::string::String` for uuid failed".to_string()
            });
        self
    }
    /// Sends the request. The answer, a [`DeleteContactResponse`](crate::types::DeleteContactResponse).
    ///
    /// Awaiting the builder does the same, in a boxed future.
    pub async fn send(self) -> crate::Result<crate::types::DeleteContactResponse> {
        let mut request = self.client.raw().delete_contact();
        if let Some(value) = self.uuid.map_err(crate::Error::InvalidRequest)? {
            crate::client::path_segment("uuid", &value)?;
            request = request.uuid(value);
        }
        self.client.call(request.send()).await
    }
}
impl ::std::future::IntoFuture for DeleteContact {
    type Output = crate::Result<crate::types::DeleteContactResponse>;
    type IntoFuture = crate::OperationFuture<crate::types::DeleteContactResponse>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// `PATCH /contacts/{uuid}`: made by [`Callbell::update_contact`](crate::Callbell::update_contact). Set the parameters, then `.await` it.
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateContact {
    client: crate::Callbell,
    uuid: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    body: ::std::result::Result<
        ::std::option::Option<crate::types::UpdateContactRequest>,
        ::std::string::String,
    >,
}
impl UpdateContact {
    /// `uuid` (required): The contact's Callbell identifier (32 hexadecimal digits).
    pub fn uuid<V>(mut self, value: V) -> Self
    where
        V: ::std::convert::TryInto<::std::string::String>,
    {
        self.uuid = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `::std::string::String` for uuid failed".to_string()
            });
        self
    }
    /// The request body: a [`UpdateContactRequest`](crate::types::UpdateContactRequest) or its builder.
    pub fn body<V>(mut self, value: V) -> Self
    where
        V: ::std::convert::TryInto<crate::types::UpdateContactRequest>,
        <V as ::std::convert::TryInto<
            crate::types::UpdateContactRequest,
        >>::Error: ::std::fmt::Display,
    {
        self.body = value
            .try_into()
            .map(Some)
            .map_err(|e| {
                format!("conversion to `UpdateContactRequest` for body failed: {}", e)
            });
        self
    }
    /// Sends the request. The `contact` of the answer (a [`ContactResponse`](crate::types::ContactResponse)), whatever shape it came in.
    ///
    /// Awaiting the builder does the same, in a boxed future.
    pub async fn send(self) -> crate::Result<crate::types::Contact> {
        let mut request = self.client.raw().update_contact();
        if let Some(value) = self.uuid.map_err(crate::Error::InvalidRequest)? {
            crate::client::path_segment("uuid", &value)?;
            request = request.uuid(value);
        }
        if let Some(value) = self.body.map_err(crate::Error::InvalidRequest)? {
            request = request.body(value);
        }
        Ok(self.client.call(request.send()).await?.contact.into())
    }
}
impl ::std::future::IntoFuture for UpdateContact {
    type Output = crate::Result<crate::types::Contact>;
    type IntoFuture = crate::OperationFuture<crate::types::Contact>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// `GET /contacts/{uuid}/bot`: made by [`Callbell::get_contact_bot`](crate::Callbell::get_contact_bot). Set the parameters, then `.await` it.
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct GetContactBot {
    client: crate::Callbell,
    uuid: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl GetContactBot {
    /// `uuid` (required): The contact's Callbell identifier (32 hexadecimal digits).
    pub fn uuid<V>(mut self, value: V) -> Self
    where
        V: ::std::convert::TryInto<::std::string::String>,
    {
        self.uuid = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `::std::string::String` for uuid failed".to_string()
            });
        self
    }
    /// Sends the request. The `bot` of the answer (a [`BotResponse`](crate::types::BotResponse)), whatever shape it came in.
    ///
    /// Awaiting the builder does the same, in a boxed future.
    pub async fn send(self) -> crate::Result<crate::types::Bot> {
        let mut request = self.client.raw().get_contact_bot();
        if let Some(value) = self.uuid.map_err(crate::Error::InvalidRequest)? {
            crate::client::path_segment("uuid", &value)?;
            request = request.uuid(value);
        }
        Ok(self.client.call(request.send()).await?.bot)
    }
}
impl ::std::future::IntoFuture for GetContactBot {
    type Output = crate::Result<crate::types::Bot>;
    type IntoFuture = crate::OperationFuture<crate::types::Bot>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// `POST /contacts/{uuid}/bot`: made by [`Callbell::update_contact_bot`](crate::Callbell::update_contact_bot). Set the parameters, then `.await` it.
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateContactBot {
    client: crate::Callbell,
    uuid: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    body: ::std::result::Result<
        ::std::option::Option<crate::types::UpdateBotRequest>,
        ::std::string::String,
    >,
}
impl UpdateContactBot {
    /// `uuid` (required): The contact's Callbell identifier (32 hexadecimal digits).
    pub fn uuid<V>(mut self, value: V) -> Self
    where
        V: ::std::convert::TryInto<::std::string::String>,
    {
        self.uuid = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `::std::string::String` for uuid failed".to_string()
            });
        self
    }
    /// The request body: a [`UpdateBotRequest`](crate::types::UpdateBotRequest) or its builder.
    pub fn body<V>(mut self, value: V) -> Self
    where
        V: ::std::convert::TryInto<crate::types::UpdateBotRequest>,
        <V as ::std::convert::TryInto<
            crate::types::UpdateBotRequest,
        >>::Error: ::std::fmt::Display,
    {
        self.body = value
            .try_into()
            .map(Some)
            .map_err(|e| {
                format!("conversion to `UpdateBotRequest` for body failed: {}", e)
            });
        self
    }
    /// Sends the request. The `bot` of the answer (a [`BotResponse`](crate::types::BotResponse)), whatever shape it came in.
    ///
    /// Awaiting the builder does the same, in a boxed future.
    pub async fn send(self) -> crate::Result<crate::types::Bot> {
        let mut request = self.client.raw().update_contact_bot();
        if let Some(value) = self.uuid.map_err(crate::Error::InvalidRequest)? {
            crate::client::path_segment("uuid", &value)?;
            request = request.uuid(value);
        }
        if let Some(value) = self.body.map_err(crate::Error::InvalidRequest)? {
            request = request.body(value);
        }
        Ok(self.client.call(request.send()).await?.bot)
    }
}
impl ::std::future::IntoFuture for UpdateContactBot {
    type Output = crate::Result<crate::types::Bot>;
    type IntoFuture = crate::OperationFuture<crate::types::Bot>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// `POST /contacts/{uuid}/conversation/close`: made by [`Callbell::close_contact_conversation`](crate::Callbell::close_contact_conversation). Set the parameters, then `.await` it.
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CloseContactConversation {
    client: crate::Callbell,
    uuid: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl CloseContactConversation {
    /// `uuid` (required): The contact's Callbell identifier (32 hexadecimal digits).
    pub fn uuid<V>(mut self, value: V) -> Self
    where
        V: ::std::convert::TryInto<::std::string::String>,
    {
        self.uuid = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `::std::string::String` for uuid failed".to_string()
            });
        self
    }
    /// Sends the request. The `contact` of the answer (a [`ContactResponse`](crate::types::ContactResponse)), whatever shape it came in.
    ///
    /// Awaiting the builder does the same, in a boxed future.
    pub async fn send(self) -> crate::Result<crate::types::Contact> {
        let mut request = self.client.raw().close_contact_conversation();
        if let Some(value) = self.uuid.map_err(crate::Error::InvalidRequest)? {
            crate::client::path_segment("uuid", &value)?;
            request = request.uuid(value);
        }
        Ok(self.client.call(request.send()).await?.contact.into())
    }
}
impl ::std::future::IntoFuture for CloseContactConversation {
    type Output = crate::Result<crate::types::Contact>;
    type IntoFuture = crate::OperationFuture<crate::types::Contact>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// `POST /contacts/{uuid}/conversation/note`: made by [`Callbell::create_contact_conversation_note`](crate::Callbell::create_contact_conversation_note). Set the parameters, then `.await` it.
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct CreateContactConversationNote {
    client: crate::Callbell,
    uuid: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    body: ::std::result::Result<
        ::std::option::Option<crate::types::CreateNoteRequest>,
        ::std::string::String,
    >,
}
impl CreateContactConversationNote {
    /// `uuid` (required): The contact's Callbell identifier (32 hexadecimal digits).
    pub fn uuid<V>(mut self, value: V) -> Self
    where
        V: ::std::convert::TryInto<::std::string::String>,
    {
        self.uuid = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `::std::string::String` for uuid failed".to_string()
            });
        self
    }
    /// The request body: a [`CreateNoteRequest`](crate::types::CreateNoteRequest) or its builder.
    pub fn body<V>(mut self, value: V) -> Self
    where
        V: ::std::convert::TryInto<crate::types::CreateNoteRequest>,
        <V as ::std::convert::TryInto<
            crate::types::CreateNoteRequest,
        >>::Error: ::std::fmt::Display,
    {
        self.body = value
            .try_into()
            .map(Some)
            .map_err(|e| {
                format!("conversion to `CreateNoteRequest` for body failed: {}", e)
            });
        self
    }
    /// Sends the request. The answer, a [`NoteResponse`](crate::types::NoteResponse).
    ///
    /// Awaiting the builder does the same, in a boxed future.
    pub async fn send(self) -> crate::Result<crate::types::NoteResponse> {
        let mut request = self.client.raw().create_contact_conversation_note();
        if let Some(value) = self.uuid.map_err(crate::Error::InvalidRequest)? {
            crate::client::path_segment("uuid", &value)?;
            request = request.uuid(value);
        }
        if let Some(value) = self.body.map_err(crate::Error::InvalidRequest)? {
            request = request.body(value);
        }
        self.client.call(request.send()).await
    }
}
impl ::std::future::IntoFuture for CreateContactConversationNote {
    type Output = crate::Result<crate::types::NoteResponse>;
    type IntoFuture = crate::OperationFuture<crate::types::NoteResponse>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// `POST /contacts/{uuid}/conversation/open`: made by [`Callbell::open_contact_conversation`](crate::Callbell::open_contact_conversation). Set the parameters, then `.await` it.
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct OpenContactConversation {
    client: crate::Callbell,
    uuid: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl OpenContactConversation {
    /// `uuid` (required): The contact's Callbell identifier (32 hexadecimal digits).
    pub fn uuid<V>(mut self, value: V) -> Self
    where
        V: ::std::convert::TryInto<::std::string::String>,
    {
        self.uuid = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `::std::string::String` for uuid failed".to_string()
            });
        self
    }
    /// Sends the request. The `contact` of the answer (a [`ContactResponse`](crate::types::ContactResponse)), whatever shape it came in.
    ///
    /// Awaiting the builder does the same, in a boxed future.
    pub async fn send(self) -> crate::Result<crate::types::Contact> {
        let mut request = self.client.raw().open_contact_conversation();
        if let Some(value) = self.uuid.map_err(crate::Error::InvalidRequest)? {
            crate::client::path_segment("uuid", &value)?;
            request = request.uuid(value);
        }
        Ok(self.client.call(request.send()).await?.contact.into())
    }
}
impl ::std::future::IntoFuture for OpenContactConversation {
    type Output = crate::Result<crate::types::Contact>;
    type IntoFuture = crate::OperationFuture<crate::types::Contact>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// `PUT /contacts/{uuid}/conversation/update_funnel`: made by [`Callbell::update_contact_conversation_funnel`](crate::Callbell::update_contact_conversation_funnel). Set the parameters, then `.await` it.
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct UpdateContactConversationFunnel {
    client: crate::Callbell,
    uuid: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    body: ::std::result::Result<
        ::std::option::Option<crate::types::UpdateFunnelRequest>,
        ::std::string::String,
    >,
}
impl UpdateContactConversationFunnel {
    /// `uuid` (required): The contact's Callbell identifier (32 hexadecimal digits).
    pub fn uuid<V>(mut self, value: V) -> Self
    where
        V: ::std::convert::TryInto<::std::string::String>,
    {
        self.uuid = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `::std::string::String` for uuid failed".to_string()
            });
        self
    }
    /// The request body: a [`UpdateFunnelRequest`](crate::types::UpdateFunnelRequest) or its builder.
    pub fn body<V>(mut self, value: V) -> Self
    where
        V: ::std::convert::TryInto<crate::types::UpdateFunnelRequest>,
        <V as ::std::convert::TryInto<
            crate::types::UpdateFunnelRequest,
        >>::Error: ::std::fmt::Display,
    {
        self.body = value
            .try_into()
            .map(Some)
            .map_err(|e| {
                format!("conversion to `UpdateFunnelRequest` for body failed: {}", e)
            });
        self
    }
    /// Sends the request. The `contact` of the answer (a [`ContactResponse`](crate::types::ContactResponse)), whatever shape it came in.
    ///
    /// Awaiting the builder does the same, in a boxed future.
    pub async fn send(self) -> crate::Result<crate::types::Contact> {
        let mut request = self.client.raw().update_contact_conversation_funnel();
        if let Some(value) = self.uuid.map_err(crate::Error::InvalidRequest)? {
            crate::client::path_segment("uuid", &value)?;
            request = request.uuid(value);
        }
        if let Some(value) = self.body.map_err(crate::Error::InvalidRequest)? {
            request = request.body(value);
        }
        Ok(self.client.call(request.send()).await?.contact.into())
    }
}
impl ::std::future::IntoFuture for UpdateContactConversationFunnel {
    type Output = crate::Result<crate::types::Contact>;
    type IntoFuture = crate::OperationFuture<crate::types::Contact>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// `GET /contacts/{uuid}/messages`: made by [`Callbell::list_contact_messages`](crate::Callbell::list_contact_messages). Set the parameters, then `.await` it.
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is awaited"]
pub struct ListContactMessages {
    client: crate::Callbell,
    limits: crate::client::paginate::PageLimits,
    uuid: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    page: ::std::result::Result<
        ::std::option::Option<::std::num::NonZeroU32>,
        ::std::string::String,
    >,
}
impl ListContactMessages {
    /// `uuid` (required): The contact's Callbell identifier (32 hexadecimal digits).
    pub fn uuid<V>(mut self, value: V) -> Self
    where
        V: ::std::convert::TryInto<::std::string::String>,
    {
        self.uuid = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `::std::string::String` for uuid failed".to_string()
            });
        self
    }
    /// `page`: Which page to return, counting from 1.
    ///
    /// Not sent unless set.
    pub fn page<V>(mut self, value: V) -> Self
    where
        V: ::std::convert::TryInto<::std::num::NonZeroU32>,
    {
        self.page = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `::std::num::NonZeroU32` for page failed".to_string()
            });
        self
    }
    /// Sends the request. The answer, a [`MessageList`](crate::types::MessageList).
    ///
    /// Awaiting the builder does the same, in a boxed future.
    pub async fn send(self) -> crate::Result<crate::types::MessageList> {
        let mut request = self.client.raw().list_contact_messages();
        if let Some(value) = self.uuid.map_err(crate::Error::InvalidRequest)? {
            crate::client::path_segment("uuid", &value)?;
            request = request.uuid(value);
        }
        if let Some(value) = self.page.map_err(crate::Error::InvalidRequest)? {
            request = request.page(value);
        }
        self.client.call(request.send()).await
    }
    /// At most `n` pages for [`pages`](Self::pages), [`stream`](Self::stream) and [`collect_all`](Self::collect_all) (0 counts as 1); a listing with more ends with an error.
    pub fn max_pages(mut self, n: u32) -> Self {
        self.limits = self.limits.with_max_pages(n);
        self
    }
    /// Every page from `page` (default 1) on, each fetched once the previous one has been consumed, up to the first empty page; ends after the first error.
    pub fn pages(
        self,
    ) -> impl ::futures::Stream<
        Item = crate::Result<::std::vec::Vec<crate::types::Message>>,
    > + Send + 'static {
        let first = crate::client::first_page(&self.page);
        crate::client::paginate::pages(
            first,
            self.limits,
            move |page: ::std::num::NonZeroU32| {
                let mut request = self.clone();
                if request.page.is_ok() {
                    request = request.page(page.get());
                }
                async move {
                    let answer = request.send().await?;
                    Ok(answer.messages)
                }
            },
        )
    }
    /// Every `Message`, page after page, holding at most one page in memory.
    pub fn stream(
        self,
    ) -> impl ::futures::Stream<
        Item = crate::Result<crate::types::Message>,
    > + Send + 'static {
        crate::client::paginate::items(self.pages())
    }
    /// Every `Message` in one `Vec`. For large listings prefer [`stream`](Self::stream).
    pub async fn collect_all(
        self,
    ) -> crate::Result<::std::vec::Vec<crate::types::Message>> {
        ::futures::TryStreamExt::try_collect(self.stream()).await
    }
}
impl ::std::future::IntoFuture for ListContactMessages {
    type Output = crate::Result<crate::types::MessageList>;
    type IntoFuture = crate::OperationFuture<crate::types::MessageList>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
