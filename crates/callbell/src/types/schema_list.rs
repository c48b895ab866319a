//! The list of the types that stand for the spec's component schemas.

/// Invokes the macro `$callback` with the name of every type in
/// [`types`](crate::types) that stands for one of the spec's component
/// schemas (`callbell::types::<Name>`, named like the schema), for code that
/// must do the same for each of them.
///
/// ```
/// macro_rules! names {
///     ($($name:ident),+ $(,)?) => { [$(stringify!($name)),+] };
/// }
/// let names = callbell::for_each_schema_type!(names);
/// assert!(names.contains(&"ContactList") && names.contains(&"Source"));
/// ```
#[macro_export]
macro_rules! for_each_schema_type {
    ($callback:ident) => {
        $callback! {
            ApiError,
            Bot,
            BotResponse,
            BotStatus,
            BotStatusChange,
            Channel,
            Contact,
            ContactDeletedEvent,
            ContactDeletedEventType,
            ContactEvent,
            ContactEventType,
            ContactList,
            ContactOrList,
            ContactResponse,
            CreateContactRequest,
            CreateNoteRequest,
            CustomFieldMetadata,
            CustomFieldType,
            CustomFieldValue,
            CustomFields,
            DeleteContactResponse,
            DeletedContact,
            Message,
            MessageList,
            MessageStatus,
            NoteResponse,
            Source,
            Team,
            UpdateBotRequest,
            UpdateContactRequest,
            UpdateFunnelRequest,
        }
    };
}

/// Component schemas that have no type of their own in [`types`](crate::types):
/// the generated code reads them as a plain Rust type. `ContactNote` is read
/// as a `String`, so its documented 1000-character limit is checked by the
/// strict validator only and a longer note never makes a response unreadable.
/// `CustomFieldTypedValue` is read as a `serde_json::Value`, so a number
/// comes back exactly as sent.
#[doc(hidden)]
pub const SCHEMAS_WITHOUT_TYPE: &[&str] = &["ContactNote", "CustomFieldTypedValue"];
