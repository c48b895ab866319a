//! [`Contacts`]: the `/contacts` operations as plain async methods with
//! typed arguments and results.

use std::fmt::Display;

use crate::client::listing::{ListContacts, ListMessages};
use crate::client::lookups::{GetContact, GetContactByPhone};
use crate::client::Callbell;
use crate::error::{Error, Result};
use crate::types::{
    Bot, BotStatusChange, Contact, CreateContactRequest, CreateNoteRequest, DeleteContactResponse,
    NoteResponse, UpdateBotRequest, UpdateContactRequest, UpdateFunnelRequest,
};

/// The `/contacts` operations. Made by [`Callbell::contacts`].
///
/// Operations that answer with a contact return the [`Contact`] itself,
/// whichever shape (`{...}` or `[{...}]`) Callbell sent it in. Identifiers
/// are Callbell's 32-hex-digit contact `uuid`s. An identifier that is empty,
/// `.` or `..` (which would make the request address another path) is
/// refused with [`Error::InvalidRequest`] before anything is sent.
///
/// ```no_run
/// use callbell::types::{CreateContactRequest, Source};
///
/// # async fn run(callbell: callbell::Callbell) -> Result<(), callbell::Error> {
/// let contacts = callbell.contacts();
/// let created = contacts
///     .create(
///         CreateContactRequest::builder()
///             .identifier("+393331234567")
///             .name("Ann")
///             .source(Source::Whatsapp)
///             .tags(vec!["lead".to_string()]),
///     )
///     .await?;
/// let fetched = contacts.get(&created.uuid).await?;
/// contacts.close_conversation(&fetched.uuid).await?;
/// # Ok(())
/// # }
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Contacts<'a> {
    client: &'a Callbell,
}

impl<'a> Contacts<'a> {
    pub(crate) fn new(client: &'a Callbell) -> Self {
        Self { client }
    }

    /// `GET /contacts`: a listing to filter, then fetch page by page or stream.
    pub fn list(&self) -> ListContacts {
        ListContacts::new(self.client.clone())
    }

    /// `GET /contacts/{uuid}/messages`: the contact's messages, to fetch page
    /// by page or stream. (An invalid `uuid` fails the first page.)
    pub fn messages(&self, uuid: impl Into<String>) -> ListMessages {
        ListMessages::new(self.client.clone(), uuid.into())
    }

    /// `GET /contacts/{uuid}`: one contact. `.await` it, after
    /// [`include_field_types`](GetContact::include_field_types) if wanted.
    pub fn get(&self, uuid: impl Into<String>) -> GetContact {
        GetContact::new(self.client.clone(), uuid.into())
    }

    /// `GET /contacts/phone/{phone_number}`: the contact with this phone
    /// number on the account's main WhatsApp channel, or on the channel set
    /// with [`channel_uuid`](GetContactByPhone::channel_uuid). `.await` it.
    pub fn find_by_phone(&self, phone_number: impl Into<String>) -> GetContactByPhone {
        GetContactByPhone::new(self.client.clone(), phone_number.into())
    }

    /// `GET /contacts/bsuid/{bsuid}`: the contact with this WhatsApp Business
    /// Suite User ID.
    pub async fn find_by_bsuid(&self, bsuid: &str) -> Result<Contact> {
        let bsuid = checked_identifier("bsuid", bsuid)?;
        let request = self.client.raw().get_contact_by_bsuid().bsuid(bsuid);
        Ok(self.client.call(request.send()).await?.contact.into())
    }

    /// `POST /contacts`: creates a contact from a [`CreateContactRequest`] or
    /// its builder (`CreateContactRequest::builder()`).
    ///
    /// Not retried on `5xx` or timeouts unless the client opted in with
    /// [`retry_non_idempotent`](crate::CallbellBuilder::retry_non_idempotent).
    pub async fn create<B>(&self, body: B) -> Result<Contact>
    where
        B: TryInto<CreateContactRequest>,
        B::Error: Display,
    {
        let request = self.client.raw().create_contact().body(body);
        Ok(self.client.call(request.send()).await?.contact.into())
    }

    /// `PATCH /contacts/{uuid}`: changes the fields set in `changes`.
    pub async fn update<B>(&self, uuid: &str, changes: B) -> Result<Contact>
    where
        B: TryInto<UpdateContactRequest>,
        B::Error: Display,
    {
        let uuid = checked_identifier("uuid", uuid)?;
        let request = self.client.raw().update_contact().uuid(uuid).body(changes);
        Ok(self.client.call(request.send()).await?.contact.into())
    }

    /// `DELETE /contacts/{uuid}`: removes the contact for good.
    pub async fn delete(&self, uuid: &str) -> Result<DeleteContactResponse> {
        let uuid = checked_identifier("uuid", uuid)?;
        let request = self.client.raw().delete_contact().uuid(uuid);
        self.client.call(request.send()).await
    }

    /// `GET /contacts/{uuid}/bot`: the bot attached to the contact's conversation.
    pub async fn bot(&self, uuid: &str) -> Result<Bot> {
        let uuid = checked_identifier("uuid", uuid)?;
        let request = self.client.raw().get_contact_bot().uuid(uuid);
        Ok(self.client.call(request.send()).await?.bot)
    }

    /// `POST /contacts/{uuid}/bot`: starts or stops the contact's bot.
    pub async fn set_bot(&self, uuid: &str, status: BotStatusChange) -> Result<Bot> {
        let uuid = checked_identifier("uuid", uuid)?;
        let request = self
            .client
            .raw()
            .update_contact_bot()
            .uuid(uuid)
            .body(UpdateBotRequest { status });
        Ok(self.client.call(request.send()).await?.bot)
    }

    /// `POST /contacts/{uuid}/conversation/open`: reopens the conversation.
    pub async fn open_conversation(&self, uuid: &str) -> Result<Contact> {
        let uuid = checked_identifier("uuid", uuid)?;
        let request = self.client.raw().open_contact_conversation().uuid(uuid);
        Ok(self.client.call(request.send()).await?.contact.into())
    }

    /// `POST /contacts/{uuid}/conversation/close`: closes the conversation.
    pub async fn close_conversation(&self, uuid: &str) -> Result<Contact> {
        let uuid = checked_identifier("uuid", uuid)?;
        let request = self.client.raw().close_contact_conversation().uuid(uuid);
        Ok(self.client.call(request.send()).await?.contact.into())
    }

    /// `POST /contacts/{uuid}/conversation/note`: adds an internal note to
    /// the conversation (`@name` mentions a teammate).
    pub async fn add_note(&self, uuid: &str, text: impl Into<String>) -> Result<NoteResponse> {
        let uuid = checked_identifier("uuid", uuid)?;
        let request = self
            .client
            .raw()
            .create_contact_conversation_note()
            .uuid(uuid)
            .body(CreateNoteRequest { text: text.into() });
        self.client.call(request.send()).await
    }

    /// `PUT /contacts/{uuid}/conversation/update_funnel`: moves the
    /// conversation to the funnel stage `funnel_id` (a dashed UUID).
    pub async fn move_to_funnel(
        &self,
        uuid: &str,
        funnel_id: impl Into<String>,
    ) -> Result<Contact> {
        let uuid = checked_identifier("uuid", uuid)?;
        let request = self
            .client
            .raw()
            .update_contact_conversation_funnel()
            .uuid(uuid)
            .body(UpdateFunnelRequest {
                funnel_id: funnel_id.into(),
            });
        Ok(self.client.call(request.send()).await?.contact.into())
    }
}

/// `value` if it can stand as one segment of a request path: not empty, `.`
/// or `..` (URL parsing would drop or resolve those, sending the request to
/// another path). Other characters are percent-encoded by the generated client.
pub(crate) fn checked_identifier<'v>(what: &str, value: &'v str) -> Result<&'v str> {
    match value {
        "" | "." | ".." => Err(Error::InvalidRequest(format!(
            "{what} {value:?} is not an identifier (empty, \".\" and \"..\" would change the request's path)"
        ))),
        _ => Ok(value),
    }
}
