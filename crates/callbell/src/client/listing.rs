//! The paginated listings: [`ListContacts`] (`GET /contacts`) and
//! [`ListMessages`] (`GET /contacts/{uuid}/messages`), each as one page, a
//! stream of pages, a stream of items, or everything collected.

use std::future::Future;
use std::num::NonZeroU32;

use futures::{Stream, TryStreamExt};

use crate::client::contacts::checked_identifier;
use crate::client::paginate::{self, PageLimits};
use crate::client::Callbell;
use crate::error::Result;
use crate::types::{Contact, Message, Source};

/// One paginated listing: how to fetch a page.
trait PageQuery: Clone + Send + Sync + 'static {
    type Item: Clone + PartialEq + Send + 'static;
    fn first_page(&self) -> NonZeroU32;
    fn limits(&self) -> PageLimits;
    fn fetch(&self, page: NonZeroU32) -> impl Future<Output = Result<Vec<Self::Item>>> + Send;
}

/// The pages of `query` from its first page on, fetched lazily.
fn pages_of<Q: PageQuery>(query: Q) -> impl Stream<Item = Result<Vec<Q::Item>>> + Send + 'static {
    paginate::pages(query.first_page(), query.limits(), move |page| {
        let query = query.clone();
        async move { query.fetch(page).await }
    })
}

/// `page` as a page number; 0 counts as 1.
fn page_number(page: u32) -> NonZeroU32 {
    NonZeroU32::new(page).unwrap_or(NonZeroU32::MIN)
}

/// `GET /contacts`: the account's contacts, optionally filtered. Made by
/// [`Contacts::list`](crate::Contacts::list).
///
/// ```no_run
/// use callbell::types::Source;
/// use futures::TryStreamExt;
///
/// # async fn run(callbell: callbell::Callbell) -> Result<(), callbell::Error> {
/// let leads = callbell
///     .contacts()
///     .list()
///     .tags(["sales", "lead"]) // sent as tags=sales,lead
///     .source(Source::Whatsapp)
///     .stream();
/// let mut leads = std::pin::pin!(leads);
/// while let Some(contact) = leads.try_next().await? {
///     println!("{}", contact.name);
/// }
/// # Ok(())
/// # }
/// ```
#[derive(Clone, Debug)]
#[must_use = "a listing does nothing until it is fetched or streamed"]
pub struct ListContacts {
    client: Callbell,
    tags: Option<String>,
    source: Option<Source>,
    team_uuid: Option<String>,
    include_field_types: Option<bool>,
    first_page: NonZeroU32,
    limits: PageLimits,
}

impl ListContacts {
    pub(crate) fn new(client: Callbell) -> Self {
        Self {
            client,
            tags: None,
            source: None,
            team_uuid: None,
            include_field_types: None,
            first_page: NonZeroU32::MIN,
            limits: PageLimits::default(),
        }
    }

    /// Only contacts carrying all these tags (matched case-insensitively).
    /// They are sent as one comma-separated value, `tags=sales,lead`, as
    /// Callbell documents; a tag cannot itself contain a comma. No tags: no filter.
    pub fn tags<I>(mut self, tags: I) -> Self
    where
        I: IntoIterator,
        I::Item: AsRef<str>,
    {
        let joined = tags
            .into_iter()
            .map(|tag| tag.as_ref().to_owned())
            .collect::<Vec<_>>()
            .join(",");
        self.tags = (!joined.is_empty()).then_some(joined);
        self
    }

    /// Only contacts that came in through this integration.
    pub fn source(mut self, source: impl Into<Source>) -> Self {
        self.source = Some(source.into());
        self
    }

    /// Only contacts of this team.
    pub fn team_uuid(mut self, team_uuid: impl Into<String>) -> Self {
        self.team_uuid = Some(team_uuid.into());
        self
    }

    /// Ask for each contact's `customFieldsMetadata` too.
    pub fn include_field_types(mut self, yes: bool) -> Self {
        self.include_field_types = Some(yes);
        self
    }

    /// Where [`pages`](Self::pages) and [`stream`](Self::stream) start
    /// (default 1; 0 counts as 1), e.g. to resume an interrupted run.
    pub fn first_page(mut self, page: u32) -> Self {
        self.first_page = page_number(page);
        self
    }

    /// The most pages [`pages`](Self::pages), [`stream`](Self::stream) and
    /// [`collect_all`](Self::collect_all) fetch (0 counts as 1; default: no
    /// limit). A listing with more non-empty pages ends with
    /// [`Error::TooManyPages`](crate::Error::TooManyPages) rather than
    /// silently short. Whatever the limit, a page that repeats the one
    /// before it ends the listing with
    /// [`Error::RepeatedPage`](crate::Error::RepeatedPage).
    pub fn max_pages(mut self, max_pages: u32) -> Self {
        self.limits = self.limits.with_max_pages(max_pages);
        self
    }

    /// One page (numbered from 1; 0 counts as 1). Empty past the last page.
    pub async fn page(&self, page: u32) -> Result<Vec<Contact>> {
        self.fetch(page_number(page)).await
    }

    /// Every page from the first on, each fetched when the previous one has
    /// been consumed, up to the first empty page.
    pub fn pages(self) -> impl Stream<Item = Result<Vec<Contact>>> + Send + 'static {
        pages_of(self)
    }

    /// Every contact, page after page, holding at most one page in memory.
    /// Ends at the first empty page, or after the first error.
    pub fn stream(self) -> impl Stream<Item = Result<Contact>> + Send + 'static {
        paginate::items(pages_of(self))
    }

    /// Every contact in one `Vec`. For large accounts prefer
    /// [`stream`](Self::stream), which holds one page at a time.
    pub async fn collect_all(self) -> Result<Vec<Contact>> {
        self.stream().try_collect().await
    }
}

impl PageQuery for ListContacts {
    type Item = Contact;

    fn first_page(&self) -> NonZeroU32 {
        self.first_page
    }

    fn limits(&self) -> PageLimits {
        self.limits
    }

    async fn fetch(&self, page: NonZeroU32) -> Result<Vec<Contact>> {
        let mut request = self.client.raw().list_contacts().page(page);
        if let Some(tags) = &self.tags {
            request = request.tags(tags.clone());
        }
        if let Some(source) = &self.source {
            request = request.source(source.clone());
        }
        if let Some(team_uuid) = &self.team_uuid {
            request = request.team_uuid(team_uuid.clone());
        }
        if let Some(include) = self.include_field_types {
            request = request.include_field_types(include);
        }
        Ok(self.client.call(request.send()).await?.contacts)
    }
}

/// `GET /contacts/{uuid}/messages`: a contact's messages, newest first. Made
/// by [`Contacts::messages`](crate::Contacts::messages).
///
/// ```no_run
/// # async fn run(callbell: callbell::Callbell) -> Result<(), callbell::Error> {
/// let messages = callbell
///     .contacts()
///     .messages("6b3e1f1e6c2f4b8aa1f2d3c4b5a69788")
///     .collect_all()
///     .await?;
/// println!("{} messages", messages.len());
/// # Ok(())
/// # }
/// ```
#[derive(Clone, Debug)]
#[must_use = "a listing does nothing until it is fetched or streamed"]
pub struct ListMessages {
    client: Callbell,
    uuid: String,
    first_page: NonZeroU32,
    limits: PageLimits,
}

impl ListMessages {
    pub(crate) fn new(client: Callbell, uuid: String) -> Self {
        Self {
            client,
            uuid,
            first_page: NonZeroU32::MIN,
            limits: PageLimits::default(),
        }
    }

    /// Where [`pages`](Self::pages) and [`stream`](Self::stream) start
    /// (default 1; 0 counts as 1).
    pub fn first_page(mut self, page: u32) -> Self {
        self.first_page = page_number(page);
        self
    }

    /// The most pages [`pages`](Self::pages), [`stream`](Self::stream) and
    /// [`collect_all`](Self::collect_all) fetch (0 counts as 1; default: no
    /// limit). A listing with more non-empty pages ends with
    /// [`Error::TooManyPages`](crate::Error::TooManyPages) rather than
    /// silently short. Whatever the limit, a page that repeats the one
    /// before it ends the listing with
    /// [`Error::RepeatedPage`](crate::Error::RepeatedPage).
    pub fn max_pages(mut self, max_pages: u32) -> Self {
        self.limits = self.limits.with_max_pages(max_pages);
        self
    }

    /// One page (numbered from 1; 0 counts as 1). Empty past the last page.
    pub async fn page(&self, page: u32) -> Result<Vec<Message>> {
        self.fetch(page_number(page)).await
    }

    /// Every page from the first on, fetched lazily, up to the first empty page.
    pub fn pages(self) -> impl Stream<Item = Result<Vec<Message>>> + Send + 'static {
        pages_of(self)
    }

    /// Every message, page after page, holding at most one page in memory.
    pub fn stream(self) -> impl Stream<Item = Result<Message>> + Send + 'static {
        paginate::items(pages_of(self))
    }

    /// Every message in one `Vec`.
    pub async fn collect_all(self) -> Result<Vec<Message>> {
        self.stream().try_collect().await
    }
}

impl PageQuery for ListMessages {
    type Item = Message;

    fn first_page(&self) -> NonZeroU32 {
        self.first_page
    }

    fn limits(&self) -> PageLimits {
        self.limits
    }

    async fn fetch(&self, page: NonZeroU32) -> Result<Vec<Message>> {
        let uuid = checked_identifier("uuid", &self.uuid)?;
        let request = self
            .client
            .raw()
            .list_contact_messages()
            .uuid(uuid)
            .page(page);
        Ok(self.client.call(request.send()).await?.messages)
    }
}
