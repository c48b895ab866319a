//! The single-contact lookups that take options: [`GetContact`]
//! (`GET /contacts/{uuid}`) and [`GetContactByPhone`]
//! (`GET /contacts/phone/{phone_number}`). Set the options, then `.await`.

use std::future::{Future, IntoFuture};
use std::pin::Pin;

use crate::client::contacts::checked_identifier;
use crate::client::Callbell;
use crate::error::Result;
use crate::types::Contact;

/// The future an awaited lookup runs: `Send` and `'static`, so it can be spawned.
pub type ContactFuture = Pin<Box<dyn Future<Output = Result<Contact>> + Send + 'static>>;

/// `GET /contacts/{uuid}`: one contact. Made by
/// [`Contacts::get`](crate::Contacts::get); `.await` it.
///
/// ```no_run
/// # async fn run(callbell: callbell::Callbell) -> Result<(), callbell::Error> {
/// let uuid = "414a6d692bd645ed803f2e7ce360d4c8";
/// let contact = callbell.contacts().get(uuid).await?;
/// // With each custom field's type and options (`customFieldsMetadata`):
/// let detailed = callbell.contacts().get(uuid).include_field_types(true).await?;
/// println!("{} {:?}", contact.name, detailed.custom_fields_metadata);
/// # Ok(())
/// # }
/// ```
#[derive(Clone, Debug)]
#[must_use = "a lookup does nothing until it is awaited"]
pub struct GetContact {
    client: Callbell,
    uuid: String,
    include_field_types: Option<bool>,
}

impl GetContact {
    pub(crate) fn new(client: Callbell, uuid: String) -> Self {
        Self {
            client,
            uuid,
            include_field_types: None,
        }
    }

    /// Ask for the contact's `customFieldsMetadata` too
    /// (`include_field_types=true`; not sent unless set).
    pub fn include_field_types(mut self, yes: bool) -> Self {
        self.include_field_types = Some(yes);
        self
    }

    async fn send(self) -> Result<Contact> {
        let uuid = checked_identifier("uuid", &self.uuid)?;
        let mut request = self.client.raw().get_contact().uuid(uuid);
        if let Some(yes) = self.include_field_types {
            request = request.include_field_types(yes);
        }
        Ok(self.client.call(request.send()).await?.contact.into())
    }
}

impl IntoFuture for GetContact {
    type Output = Result<Contact>;
    type IntoFuture = ContactFuture;

    fn into_future(self) -> ContactFuture {
        Box::pin(self.send())
    }
}

/// `GET /contacts/phone/{phone_number}`: the contact with this phone number,
/// on the account's main WhatsApp channel unless
/// [`channel_uuid`](Self::channel_uuid) names another. Made by
/// [`Contacts::find_by_phone`](crate::Contacts::find_by_phone); `.await` it.
///
/// ```no_run
/// # async fn run(callbell: callbell::Callbell) -> Result<(), callbell::Error> {
/// let contacts = callbell.contacts();
/// let on_main = contacts.find_by_phone("+393331234567").await?;
/// let on_other = contacts
///     .find_by_phone("+393331234567")
///     .channel_uuid("a6b3c7d1e2f34a5b8c9d0e1f2a3b4c5d")
///     .await?;
/// # Ok(())
/// # }
/// ```
#[derive(Clone, Debug)]
#[must_use = "a lookup does nothing until it is awaited"]
pub struct GetContactByPhone {
    client: Callbell,
    phone_number: String,
    channel_uuid: Option<String>,
}

impl GetContactByPhone {
    pub(crate) fn new(client: Callbell, phone_number: String) -> Self {
        Self {
            client,
            phone_number,
            channel_uuid: None,
        }
    }

    /// Search this channel instead of the main WhatsApp channel.
    pub fn channel_uuid(mut self, channel_uuid: impl Into<String>) -> Self {
        self.channel_uuid = Some(channel_uuid.into());
        self
    }

    async fn send(self) -> Result<Contact> {
        let phone_number = checked_identifier("phone_number", &self.phone_number)?;
        let mut request = self
            .client
            .raw()
            .get_contact_by_phone()
            .phone_number(phone_number);
        if let Some(channel_uuid) = self.channel_uuid {
            request = request.channel_uuid(channel_uuid);
        }
        Ok(self.client.call(request.send()).await?.contact.into())
    }
}

impl IntoFuture for GetContactByPhone {
    type Output = Result<Contact>;
    type IntoFuture = ContactFuture;

    fn into_future(self) -> ContactFuture {
        Box::pin(self.send())
    }
}
