// @generated from openapi/callbell.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec (or xtask/src/) and run `cargo xtask codegen` again.

//!Spec facts the hand-written code looks up: schema list, operations.
/// Where requests go unless the client is given another base URL: the
/// spec's first server, without a trailing `/`.
pub const DEFAULT_BASE_URL: &str = "https://api.callbell.eu/v1";
/// Component schemas that have no type of their own in
/// [`types`](crate::types): the generated code reads them as a plain
/// Rust type (see `REPLACEMENTS` in `xtask/src/codegen.rs`).
pub const SCHEMAS_WITHOUT_TYPE: &[&str] = &["ContactNote", "CustomFieldTypedValue"];
/// One operation of the spec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Operation {
    /// The generated client's name for it (the operationId in snake case).
    pub id: &'static str,
    /// The HTTP method, upper case.
    pub method: &'static str,
    /// The path template, relative to the base URL (`/contacts/{uuid}`).
    pub path: &'static str,
}
/// Every operation of the spec, in the spec's order.
pub const OPERATIONS: &[Operation] = &[
    Operation {
        id: "list_contacts",
        method: "GET",
        path: "/contacts",
    },
    Operation {
        id: "create_contact",
        method: "POST",
        path: "/contacts",
    },
    Operation {
        id: "get_contact_by_bsuid",
        method: "GET",
        path: "/contacts/bsuid/{bsuid}",
    },
    Operation {
        id: "get_contact_by_phone",
        method: "GET",
        path: "/contacts/phone/{phone_number}",
    },
    Operation {
        id: "get_contact",
        method: "GET",
        path: "/contacts/{uuid}",
    },
    Operation {
        id: "delete_contact",
        method: "DELETE",
        path: "/contacts/{uuid}",
    },
    Operation {
        id: "update_contact",
        method: "PATCH",
        path: "/contacts/{uuid}",
    },
    Operation {
        id: "get_contact_bot",
        method: "GET",
        path: "/contacts/{uuid}/bot",
    },
    Operation {
        id: "update_contact_bot",
        method: "POST",
        path: "/contacts/{uuid}/bot",
    },
    Operation {
        id: "close_contact_conversation",
        method: "POST",
        path: "/contacts/{uuid}/conversation/close",
    },
    Operation {
        id: "create_contact_conversation_note",
        method: "POST",
        path: "/contacts/{uuid}/conversation/note",
    },
    Operation {
        id: "open_contact_conversation",
        method: "POST",
        path: "/contacts/{uuid}/conversation/open",
    },
    Operation {
        id: "update_contact_conversation_funnel",
        method: "PUT",
        path: "/contacts/{uuid}/conversation/update_funnel",
    },
    Operation {
        id: "list_contact_messages",
        method: "GET",
        path: "/contacts/{uuid}/messages",
    },
];

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

/// Invokes the macro `$callback` with the name of every open enum in
/// [`types`](crate::types) (the spec's string enums).
#[doc(hidden)]
#[macro_export]
macro_rules! for_each_open_enum {
    ($callback:ident) => {
        $callback! {
            BotStatus,
            BotStatusChange,
            ContactDeletedEventType,
            ContactEventType,
            CustomFieldType,
            MessageStatus,
            Source,
        }
    };
}
