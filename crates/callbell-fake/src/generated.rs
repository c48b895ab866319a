// @generated from openapi/callbell.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec (or xtask/src/emit/fake.rs) and run `cargo xtask codegen` again.

use crate::operation::{Body, Location, Operation, Parameter, Success};

/// The path the spec's first server URL puts before every operation's path.
pub(crate) const BASE_PATH: &str = "/v1";

/// An operation of the spec, named after its `operationId`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OperationId {
    /// `listContacts`: `GET /contacts` (List contacts)
    ListContacts,
    /// `createContact`: `POST /contacts` (Create a contact)
    CreateContact,
    /// `getContactByBsuid`: `GET /contacts/bsuid/{bsuid}` (Find a contact by Business Suite User ID)
    GetContactByBsuid,
    /// `getContactByPhone`: `GET /contacts/phone/{phone_number}` (Find a contact by phone number)
    GetContactByPhone,
    /// `getContact`: `GET /contacts/{uuid}` (Get a contact)
    GetContact,
    /// `deleteContact`: `DELETE /contacts/{uuid}` (Delete a contact)
    DeleteContact,
    /// `updateContact`: `PATCH /contacts/{uuid}` (Update a contact)
    UpdateContact,
    /// `getContactBot`: `GET /contacts/{uuid}/bot` (Get the contact's bot)
    GetContactBot,
    /// `updateContactBot`: `POST /contacts/{uuid}/bot` (Start or stop the contact's bot)
    UpdateContactBot,
    /// `closeContactConversation`: `POST /contacts/{uuid}/conversation/close` (Close the contact's conversation)
    CloseContactConversation,
    /// `createContactConversationNote`: `POST /contacts/{uuid}/conversation/note` (Add a note to the contact's conversation)
    CreateContactConversationNote,
    /// `openContactConversation`: `POST /contacts/{uuid}/conversation/open` (Reopen the contact's conversation)
    OpenContactConversation,
    /// `updateContactConversationFunnel`: `PUT /contacts/{uuid}/conversation/update_funnel` (Move the contact's conversation to another funnel stage)
    UpdateContactConversationFunnel,
    /// `listContactMessages`: `GET /contacts/{uuid}/messages` (List a contact's messages)
    ListContactMessages,
}

impl OperationId {
    /// Every operation of the spec.
    pub const ALL: &'static [Self] = &[
        Self::ListContacts,
        Self::CreateContact,
        Self::GetContactByBsuid,
        Self::GetContactByPhone,
        Self::GetContact,
        Self::DeleteContact,
        Self::UpdateContact,
        Self::GetContactBot,
        Self::UpdateContactBot,
        Self::CloseContactConversation,
        Self::CreateContactConversationNote,
        Self::OpenContactConversation,
        Self::UpdateContactConversationFunnel,
        Self::ListContactMessages,
    ];
}

/// Every operation of the spec, in the order of [`OperationId::ALL`].
pub(crate) static OPERATIONS: &[Operation] = &[
    Operation {
        id: OperationId::ListContacts,
        name: "listContacts",
        method: "GET",
        path: "/contacts",
        parameters: &[
            Parameter {
                name: "page",
                location: Location::Query,
                required: false,
                schema: "{\"default\":1,\"maximum\":2147483647,\"minimum\":1,\"type\":\"integer\"}",
            },
            Parameter {
                name: "source",
                location: Location::Query,
                required: false,
                schema: "{\"$ref\":\"#/$defs/Source\"}",
            },
            Parameter {
                name: "tags",
                location: Location::Query,
                required: false,
                schema: "{\"type\":\"string\"}",
            },
            Parameter {
                name: "team_uuid",
                location: Location::Query,
                required: false,
                schema: "{\"type\":\"string\"}",
            },
            Parameter {
                name: "include_field_types",
                location: Location::Query,
                required: false,
                schema: "{\"default\":false,\"type\":\"boolean\"}",
            },
        ],
        body: None,
        success: Success {
            status: 200,
            schema: Some("ContactList"),
            example: "{\"contacts\":[{\"assignedUser\":\"text\",\"avatarUrl\":\"text\",\"blockedAt\":\"2024-01-01T00:00:00Z\",\"bsuid\":\"text\",\"channel\":{\"discardedAt\":true,\"main\":true,\"title\":\"text\",\"type\":\"whatsapp\",\"uuid\":\"text\"},\"closedAt\":\"2024-01-01T00:00:00Z\",\"conversationHref\":\"text\",\"createdAt\":\"2024-01-01T00:00:00Z\",\"customFields\":{},\"customFieldsMetadata\":{},\"funnelId\":\"ff0f96b9-b003-4d0c-b14f-27f3f6868dd6\",\"href\":\"text\",\"name\":\"text\",\"note\":\"text\",\"phoneNumber\":\"text\",\"source\":\"whatsapp\",\"tags\":[\"text\"],\"team\":{\"createdAt\":\"2024-01-01T00:00:00Z\",\"default\":true,\"members\":0,\"name\":\"text\",\"uuid\":\"text\"},\"uuid\":\"414a6d692bd645ed803f2e7ce360d4c8\"}]}",
        },
    },
    Operation {
        id: OperationId::CreateContact,
        name: "createContact",
        method: "POST",
        path: "/contacts",
        parameters: &[
        ],
        body: Some(Body {
            schema: "CreateContactRequest",
            required: true,
        }),
        success: Success {
            status: 200,
            schema: Some("ContactResponse"),
            example: "{\"contact\":{\"assignedUser\":\"text\",\"avatarUrl\":\"text\",\"blockedAt\":\"2024-01-01T00:00:00Z\",\"bsuid\":\"text\",\"channel\":{\"discardedAt\":true,\"main\":true,\"title\":\"text\",\"type\":\"whatsapp\",\"uuid\":\"text\"},\"closedAt\":\"2024-01-01T00:00:00Z\",\"conversationHref\":\"text\",\"createdAt\":\"2024-01-01T00:00:00Z\",\"customFields\":{},\"customFieldsMetadata\":{},\"funnelId\":\"ff0f96b9-b003-4d0c-b14f-27f3f6868dd6\",\"href\":\"text\",\"name\":\"text\",\"note\":\"text\",\"phoneNumber\":\"text\",\"source\":\"whatsapp\",\"tags\":[\"text\"],\"team\":{\"createdAt\":\"2024-01-01T00:00:00Z\",\"default\":true,\"members\":0,\"name\":\"text\",\"uuid\":\"text\"},\"uuid\":\"414a6d692bd645ed803f2e7ce360d4c8\"}}",
        },
    },
    Operation {
        id: OperationId::GetContactByBsuid,
        name: "getContactByBsuid",
        method: "GET",
        path: "/contacts/bsuid/{bsuid}",
        parameters: &[
            Parameter {
                name: "bsuid",
                location: Location::Path,
                required: true,
                schema: "{\"type\":\"string\"}",
            },
        ],
        body: None,
        success: Success {
            status: 200,
            schema: Some("ContactResponse"),
            example: "{\"contact\":{\"assignedUser\":\"text\",\"avatarUrl\":\"text\",\"blockedAt\":\"2024-01-01T00:00:00Z\",\"bsuid\":\"text\",\"channel\":{\"discardedAt\":true,\"main\":true,\"title\":\"text\",\"type\":\"whatsapp\",\"uuid\":\"text\"},\"closedAt\":\"2024-01-01T00:00:00Z\",\"conversationHref\":\"text\",\"createdAt\":\"2024-01-01T00:00:00Z\",\"customFields\":{},\"customFieldsMetadata\":{},\"funnelId\":\"ff0f96b9-b003-4d0c-b14f-27f3f6868dd6\",\"href\":\"text\",\"name\":\"text\",\"note\":\"text\",\"phoneNumber\":\"text\",\"source\":\"whatsapp\",\"tags\":[\"text\"],\"team\":{\"createdAt\":\"2024-01-01T00:00:00Z\",\"default\":true,\"members\":0,\"name\":\"text\",\"uuid\":\"text\"},\"uuid\":\"414a6d692bd645ed803f2e7ce360d4c8\"}}",
        },
    },
    Operation {
        id: OperationId::GetContactByPhone,
        name: "getContactByPhone",
        method: "GET",
        path: "/contacts/phone/{phone_number}",
        parameters: &[
            Parameter {
                name: "phone_number",
                location: Location::Path,
                required: true,
                schema: "{\"type\":\"string\"}",
            },
            Parameter {
                name: "channel_uuid",
                location: Location::Query,
                required: false,
                schema: "{\"type\":\"string\"}",
            },
        ],
        body: None,
        success: Success {
            status: 200,
            schema: Some("ContactResponse"),
            example: "{\"contact\":{\"assignedUser\":\"text\",\"avatarUrl\":\"text\",\"blockedAt\":\"2024-01-01T00:00:00Z\",\"bsuid\":\"text\",\"channel\":{\"discardedAt\":true,\"main\":true,\"title\":\"text\",\"type\":\"whatsapp\",\"uuid\":\"text\"},\"closedAt\":\"2024-01-01T00:00:00Z\",\"conversationHref\":\"text\",\"createdAt\":\"2024-01-01T00:00:00Z\",\"customFields\":{},\"customFieldsMetadata\":{},\"funnelId\":\"ff0f96b9-b003-4d0c-b14f-27f3f6868dd6\",\"href\":\"text\",\"name\":\"text\",\"note\":\"text\",\"phoneNumber\":\"text\",\"source\":\"whatsapp\",\"tags\":[\"text\"],\"team\":{\"createdAt\":\"2024-01-01T00:00:00Z\",\"default\":true,\"members\":0,\"name\":\"text\",\"uuid\":\"text\"},\"uuid\":\"414a6d692bd645ed803f2e7ce360d4c8\"}}",
        },
    },
    Operation {
        id: OperationId::GetContact,
        name: "getContact",
        method: "GET",
        path: "/contacts/{uuid}",
        parameters: &[
            Parameter {
                name: "uuid",
                location: Location::Path,
                required: true,
                schema: "{\"type\":\"string\"}",
            },
            Parameter {
                name: "include_field_types",
                location: Location::Query,
                required: false,
                schema: "{\"default\":false,\"type\":\"boolean\"}",
            },
        ],
        body: None,
        success: Success {
            status: 200,
            schema: Some("ContactResponse"),
            example: "{\"contact\":{\"assignedUser\":\"text\",\"avatarUrl\":\"text\",\"blockedAt\":\"2024-01-01T00:00:00Z\",\"bsuid\":\"text\",\"channel\":{\"discardedAt\":true,\"main\":true,\"title\":\"text\",\"type\":\"whatsapp\",\"uuid\":\"text\"},\"closedAt\":\"2024-01-01T00:00:00Z\",\"conversationHref\":\"text\",\"createdAt\":\"2024-01-01T00:00:00Z\",\"customFields\":{},\"customFieldsMetadata\":{},\"funnelId\":\"ff0f96b9-b003-4d0c-b14f-27f3f6868dd6\",\"href\":\"text\",\"name\":\"text\",\"note\":\"text\",\"phoneNumber\":\"text\",\"source\":\"whatsapp\",\"tags\":[\"text\"],\"team\":{\"createdAt\":\"2024-01-01T00:00:00Z\",\"default\":true,\"members\":0,\"name\":\"text\",\"uuid\":\"text\"},\"uuid\":\"414a6d692bd645ed803f2e7ce360d4c8\"}}",
        },
    },
    Operation {
        id: OperationId::DeleteContact,
        name: "deleteContact",
        method: "DELETE",
        path: "/contacts/{uuid}",
        parameters: &[
            Parameter {
                name: "uuid",
                location: Location::Path,
                required: true,
                schema: "{\"type\":\"string\"}",
            },
        ],
        body: None,
        success: Success {
            status: 200,
            schema: Some("DeleteContactResponse"),
            example: "{\"status\":\"contact was destroyed\"}",
        },
    },
    Operation {
        id: OperationId::UpdateContact,
        name: "updateContact",
        method: "PATCH",
        path: "/contacts/{uuid}",
        parameters: &[
            Parameter {
                name: "uuid",
                location: Location::Path,
                required: true,
                schema: "{\"type\":\"string\"}",
            },
        ],
        body: Some(Body {
            schema: "UpdateContactRequest",
            required: true,
        }),
        success: Success {
            status: 200,
            schema: Some("ContactResponse"),
            example: "{\"contact\":{\"assignedUser\":\"text\",\"avatarUrl\":\"text\",\"blockedAt\":\"2024-01-01T00:00:00Z\",\"bsuid\":\"text\",\"channel\":{\"discardedAt\":true,\"main\":true,\"title\":\"text\",\"type\":\"whatsapp\",\"uuid\":\"text\"},\"closedAt\":\"2024-01-01T00:00:00Z\",\"conversationHref\":\"text\",\"createdAt\":\"2024-01-01T00:00:00Z\",\"customFields\":{},\"customFieldsMetadata\":{},\"funnelId\":\"ff0f96b9-b003-4d0c-b14f-27f3f6868dd6\",\"href\":\"text\",\"name\":\"text\",\"note\":\"text\",\"phoneNumber\":\"text\",\"source\":\"whatsapp\",\"tags\":[\"text\"],\"team\":{\"createdAt\":\"2024-01-01T00:00:00Z\",\"default\":true,\"members\":0,\"name\":\"text\",\"uuid\":\"text\"},\"uuid\":\"414a6d692bd645ed803f2e7ce360d4c8\"}}",
        },
    },
    Operation {
        id: OperationId::GetContactBot,
        name: "getContactBot",
        method: "GET",
        path: "/contacts/{uuid}/bot",
        parameters: &[
            Parameter {
                name: "uuid",
                location: Location::Path,
                required: true,
                schema: "{\"type\":\"string\"}",
            },
        ],
        body: None,
        success: Success {
            status: 200,
            schema: Some("BotResponse"),
            example: "{\"bot\":{\"conversationStartedAt\":\"2024-01-01T00:00:00Z\",\"latestBotVersion\":true,\"name\":\"text\",\"status\":\"in_progress\",\"uuid\":\"text\",\"version\":0}}",
        },
    },
    Operation {
        id: OperationId::UpdateContactBot,
        name: "updateContactBot",
        method: "POST",
        path: "/contacts/{uuid}/bot",
        parameters: &[
            Parameter {
                name: "uuid",
                location: Location::Path,
                required: true,
                schema: "{\"type\":\"string\"}",
            },
        ],
        body: Some(Body {
            schema: "UpdateBotRequest",
            required: true,
        }),
        success: Success {
            status: 200,
            schema: Some("BotResponse"),
            example: "{\"bot\":{\"conversationStartedAt\":\"2024-01-01T00:00:00Z\",\"latestBotVersion\":true,\"name\":\"text\",\"status\":\"in_progress\",\"uuid\":\"text\",\"version\":0}}",
        },
    },
    Operation {
        id: OperationId::CloseContactConversation,
        name: "closeContactConversation",
        method: "POST",
        path: "/contacts/{uuid}/conversation/close",
        parameters: &[
            Parameter {
                name: "uuid",
                location: Location::Path,
                required: true,
                schema: "{\"type\":\"string\"}",
            },
        ],
        body: None,
        success: Success {
            status: 200,
            schema: Some("ContactResponse"),
            example: "{\"contact\":{\"assignedUser\":\"text\",\"avatarUrl\":\"text\",\"blockedAt\":\"2024-01-01T00:00:00Z\",\"bsuid\":\"text\",\"channel\":{\"discardedAt\":true,\"main\":true,\"title\":\"text\",\"type\":\"whatsapp\",\"uuid\":\"text\"},\"closedAt\":\"2024-01-01T00:00:00Z\",\"conversationHref\":\"text\",\"createdAt\":\"2024-01-01T00:00:00Z\",\"customFields\":{},\"customFieldsMetadata\":{},\"funnelId\":\"ff0f96b9-b003-4d0c-b14f-27f3f6868dd6\",\"href\":\"text\",\"name\":\"text\",\"note\":\"text\",\"phoneNumber\":\"text\",\"source\":\"whatsapp\",\"tags\":[\"text\"],\"team\":{\"createdAt\":\"2024-01-01T00:00:00Z\",\"default\":true,\"members\":0,\"name\":\"text\",\"uuid\":\"text\"},\"uuid\":\"414a6d692bd645ed803f2e7ce360d4c8\"}}",
        },
    },
    Operation {
        id: OperationId::CreateContactConversationNote,
        name: "createContactConversationNote",
        method: "POST",
        path: "/contacts/{uuid}/conversation/note",
        parameters: &[
            Parameter {
                name: "uuid",
                location: Location::Path,
                required: true,
                schema: "{\"type\":\"string\"}",
            },
        ],
        body: Some(Body {
            schema: "CreateNoteRequest",
            required: true,
        }),
        success: Success {
            status: 200,
            schema: Some("NoteResponse"),
            example: "{\"success\":true}",
        },
    },
    Operation {
        id: OperationId::OpenContactConversation,
        name: "openContactConversation",
        method: "POST",
        path: "/contacts/{uuid}/conversation/open",
        parameters: &[
            Parameter {
                name: "uuid",
                location: Location::Path,
                required: true,
                schema: "{\"type\":\"string\"}",
            },
        ],
        body: None,
        success: Success {
            status: 200,
            schema: Some("ContactResponse"),
            example: "{\"contact\":{\"assignedUser\":\"text\",\"avatarUrl\":\"text\",\"blockedAt\":\"2024-01-01T00:00:00Z\",\"bsuid\":\"text\",\"channel\":{\"discardedAt\":true,\"main\":true,\"title\":\"text\",\"type\":\"whatsapp\",\"uuid\":\"text\"},\"closedAt\":\"2024-01-01T00:00:00Z\",\"conversationHref\":\"text\",\"createdAt\":\"2024-01-01T00:00:00Z\",\"customFields\":{},\"customFieldsMetadata\":{},\"funnelId\":\"ff0f96b9-b003-4d0c-b14f-27f3f6868dd6\",\"href\":\"text\",\"name\":\"text\",\"note\":\"text\",\"phoneNumber\":\"text\",\"source\":\"whatsapp\",\"tags\":[\"text\"],\"team\":{\"createdAt\":\"2024-01-01T00:00:00Z\",\"default\":true,\"members\":0,\"name\":\"text\",\"uuid\":\"text\"},\"uuid\":\"414a6d692bd645ed803f2e7ce360d4c8\"}}",
        },
    },
    Operation {
        id: OperationId::UpdateContactConversationFunnel,
        name: "updateContactConversationFunnel",
        method: "PUT",
        path: "/contacts/{uuid}/conversation/update_funnel",
        parameters: &[
            Parameter {
                name: "uuid",
                location: Location::Path,
                required: true,
                schema: "{\"type\":\"string\"}",
            },
        ],
        body: Some(Body {
            schema: "UpdateFunnelRequest",
            required: true,
        }),
        success: Success {
            status: 200,
            schema: Some("ContactResponse"),
            example: "{\"contact\":{\"assignedUser\":\"text\",\"avatarUrl\":\"text\",\"blockedAt\":\"2024-01-01T00:00:00Z\",\"bsuid\":\"text\",\"channel\":{\"discardedAt\":true,\"main\":true,\"title\":\"text\",\"type\":\"whatsapp\",\"uuid\":\"text\"},\"closedAt\":\"2024-01-01T00:00:00Z\",\"conversationHref\":\"text\",\"createdAt\":\"2024-01-01T00:00:00Z\",\"customFields\":{},\"customFieldsMetadata\":{},\"funnelId\":\"ff0f96b9-b003-4d0c-b14f-27f3f6868dd6\",\"href\":\"text\",\"name\":\"text\",\"note\":\"text\",\"phoneNumber\":\"text\",\"source\":\"whatsapp\",\"tags\":[\"text\"],\"team\":{\"createdAt\":\"2024-01-01T00:00:00Z\",\"default\":true,\"members\":0,\"name\":\"text\",\"uuid\":\"text\"},\"uuid\":\"414a6d692bd645ed803f2e7ce360d4c8\"}}",
        },
    },
    Operation {
        id: OperationId::ListContactMessages,
        name: "listContactMessages",
        method: "GET",
        path: "/contacts/{uuid}/messages",
        parameters: &[
            Parameter {
                name: "uuid",
                location: Location::Path,
                required: true,
                schema: "{\"type\":\"string\"}",
            },
            Parameter {
                name: "page",
                location: Location::Query,
                required: false,
                schema: "{\"default\":1,\"maximum\":2147483647,\"minimum\":1,\"type\":\"integer\"}",
            },
        ],
        body: None,
        success: Success {
            status: 200,
            schema: Some("MessageList"),
            example: "{\"messages\":[{\"channel\":\"whatsapp\",\"createdAt\":\"2024-01-01T00:00:00Z\",\"from\":\"text\",\"status\":\"sent\",\"text\":\"text\",\"to\":\"text\",\"uuid\":\"text\"}]}",
        },
    },
];
