// @generated from openapi/callbell.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec (or xtask/src/emit/cli.rs) and run `cargo xtask codegen` again.

use clap::{Arg, ArgAction, Command};
use clap::builder::{PossibleValuesParser, TypedValueParser};
use crate::api::{BodyField, FieldKind, Failure, Output};
/// One subcommand per operation of the spec, by path, then method.
pub fn commands() -> Vec<Command> {
    vec![
        list_contacts(), create_contact(), get_contact_by_bsuid(),
        get_contact_by_phone(), get_contact(), delete_contact(), update_contact(),
        get_contact_bot(), update_contact_bot(), close_contact_conversation(),
        create_contact_conversation_note(), open_contact_conversation(),
        update_contact_conversation_funnel(), list_contact_messages()
    ]
}
///`list-contacts`.
fn list_contacts() -> Command {
    Command::new("list-contacts")
        .about("List contacts")
        .long_about(
            "List contacts\n\nReturns one page of the account's contacts, optionally narrowed down by source, tags or team. Pages are numbered from 1; a page with no contacts means the end.",
        )
        .arg(
            Arg::new("page")
                .long("page")
                .value_name("PAGE")
                .required(false)
                .value_parser(clap::value_parser!(::std::num::NonZeroU32))
                .help("Which page to return, counting from 1."),
        )
        .arg(
            Arg::new("source")
                .long("source")
                .value_name("SOURCE")
                .required(false)
                .value_parser(
                    PossibleValuesParser::new([
                            "whatsapp",
                            "instagram",
                            "facebook",
                            "telegram",
                        ])
                        .try_map(|value| value.parse::<callbell::types::Source>()),
                )
                .help("Only contacts that came in through this integration."),
        )
        .arg(
            Arg::new("tags")
                .long("tags")
                .value_name("TAGS")
                .required(false)
                .value_parser(clap::value_parser!(::std::string::String))
                .help(
                    "Only contacts carrying these tags, given as one comma-separated value (`sales,lead`). Tags match case-insensitively.",
                ),
        )
        .arg(
            Arg::new("team-uuid")
                .long("team-uuid")
                .value_name("TEAM_UUID")
                .required(false)
                .value_parser(clap::value_parser!(::std::string::String))
                .help("Only contacts of this team."),
        )
        .arg(
            Arg::new("include-field-types")
                .long("include-field-types")
                .value_name("INCLUDE_FIELD_TYPES")
                .required(false)
                .value_parser(clap::value_parser!(bool))
                .help("When true, each contact also carries `customFieldsMetadata`."),
        )
        .arg(
            Arg::new("all")
                .long("all")
                .action(ArgAction::SetTrue)
                .help(
                    "Fetch every page, from --page on, and print each of the `contacts` as one JSON line",
                ),
        )
        .arg(
            Arg::new("max-pages")
                .long("max-pages")
                .requires("all")
                .value_parser(clap::value_parser!(u32).range(1..))
                .help("With --all: stop with an error after this many pages"),
        )
}
///`create-contact`.
fn create_contact() -> Command {
    Command::new("create-contact")
        .about("Create a contact")
        .long_about(
            "Create a contact\n\nCreates a contact from an identifier (a phone number for WhatsApp) and a source. Tags, custom fields, the assigned user and the team must already exist in the account.",
        )
        .arg(
            Arg::new("body")
                .long("body")
                .value_name("FILE")
                .help(
                    "The request body (CreateContactRequest) as JSON: a file, or - for standard input. The other body flags override its members.",
                ),
        )
        .arg(
            Arg::new("assigned-user")
                .long("assigned-user")
                .value_name("ASSIGNED_USER")
                .value_parser(clap::value_parser!(String))
                .help("The email of the teammate to assign the contact to."),
        )
        .arg(
            Arg::new("bot-status")
                .long("bot-status")
                .value_name("BOT_STATUS")
                .value_parser(PossibleValuesParser::new(["bot_start", "bot_end"]))
                .help("Starts (`bot_start`) or stops (`bot_end`) the bot for a contact."),
        )
        .arg(
            Arg::new("channel-uuid")
                .long("channel-uuid")
                .value_name("CHANNEL_UUID")
                .value_parser(clap::value_parser!(String))
                .help(
                    "The channel the contact belongs to; the main channel when left out.",
                ),
        )
        .arg(
            Arg::new("custom-fields")
                .long("custom-fields")
                .value_name("CUSTOM_FIELDS")
                .value_parser(clap::value_parser!(String))
                .help("Custom field values by field name. (JSON)"),
        )
        .arg(
            Arg::new("identifier")
                .long("identifier")
                .value_name("IDENTIFIER")
                .value_parser(clap::value_parser!(String))
                .help("How the channel knows the contact; the phone number on WhatsApp."),
        )
        .arg(
            Arg::new("name")
                .long("name")
                .value_name("NAME")
                .value_parser(clap::value_parser!(String))
                .help("The contact's name."),
        )
        .arg(
            Arg::new("note")
                .long("note")
                .value_name("NOTE")
                .value_parser(clap::value_parser!(String))
                .help("A free-text note about the contact."),
        )
        .arg(
            Arg::new("source")
                .long("source")
                .value_name("SOURCE")
                .value_parser(
                    PossibleValuesParser::new([
                        "whatsapp",
                        "instagram",
                        "facebook",
                        "telegram",
                    ]),
                )
                .help("The messaging integration a contact or message belongs to."),
        )
        .arg(
            Arg::new("tags")
                .long("tags")
                .value_name("TAGS")
                .value_parser(clap::value_parser!(String))
                .action(ArgAction::Append)
                .value_delimiter(',')
                .help(
                    "Tags to put on the contact; each must already exist in the account. (comma-separated)",
                ),
        )
        .arg(
            Arg::new("team-uuid")
                .long("team-uuid")
                .value_name("TEAM_UUID")
                .value_parser(clap::value_parser!(String))
                .help("The team to put the contact in."),
        )
}
///`get-contact-by-bsuid`.
fn get_contact_by_bsuid() -> Command {
    Command::new("get-contact-by-bsuid")
        .about("Find a contact by Business Suite User ID")
        .long_about(
            "Find a contact by Business Suite User ID\n\nLooks a contact up by its WhatsApp Business Suite User ID, which also works for contacts that hide their phone number.",
        )
        .arg(
            Arg::new("bsuid")
                .long("bsuid")
                .value_name("BSUID")
                .required(true)
                .value_parser(clap::value_parser!(::std::string::String))
                .help("The contact's Business Suite User ID."),
        )
}
///`get-contact-by-phone`.
fn get_contact_by_phone() -> Command {
    Command::new("get-contact-by-phone")
        .about("Find a contact by phone number")
        .long_about(
            "Find a contact by phone number\n\nLooks a contact up by phone number, on the account's main WhatsApp channel unless `channel_uuid` names another channel.",
        )
        .arg(
            Arg::new("phone-number")
                .long("phone-number")
                .value_name("PHONE_NUMBER")
                .required(true)
                .value_parser(clap::value_parser!(::std::string::String))
                .help("The contact's phone number."),
        )
        .arg(
            Arg::new("channel-uuid")
                .long("channel-uuid")
                .value_name("CHANNEL_UUID")
                .required(false)
                .value_parser(clap::value_parser!(::std::string::String))
                .help("Search on this channel instead of the main WhatsApp channel."),
        )
}
///`get-contact`.
fn get_contact() -> Command {
    Command::new("get-contact")
        .about("Get a contact")
        .long_about("Get a contact\n\nLooks one contact up by its Callbell identifier.")
        .arg(
            Arg::new("uuid")
                .long("uuid")
                .value_name("UUID")
                .required(true)
                .value_parser(clap::value_parser!(::std::string::String))
                .help("The contact's Callbell identifier (32 hexadecimal digits)."),
        )
        .arg(
            Arg::new("include-field-types")
                .long("include-field-types")
                .value_name("INCLUDE_FIELD_TYPES")
                .required(false)
                .value_parser(clap::value_parser!(bool))
                .help("When true, each contact also carries `customFieldsMetadata`."),
        )
}
///`delete-contact`.
fn delete_contact() -> Command {
    Command::new("delete-contact")
        .about("Delete a contact")
        .long_about(
            "Delete a contact\n\nRemoves the contact for good; there is no undo.",
        )
        .arg(
            Arg::new("uuid")
                .long("uuid")
                .value_name("UUID")
                .required(true)
                .value_parser(clap::value_parser!(::std::string::String))
                .help("The contact's Callbell identifier (32 hexadecimal digits)."),
        )
}
///`update-contact`.
fn update_contact() -> Command {
    Command::new("update-contact")
        .about("Update a contact")
        .long_about(
            "Update a contact\n\nChanges the fields given in the body and leaves the others alone. The phone number cannot be changed.",
        )
        .arg(
            Arg::new("uuid")
                .long("uuid")
                .value_name("UUID")
                .required(true)
                .value_parser(clap::value_parser!(::std::string::String))
                .help("The contact's Callbell identifier (32 hexadecimal digits)."),
        )
        .arg(
            Arg::new("body")
                .long("body")
                .value_name("FILE")
                .help(
                    "The request body (UpdateContactRequest) as JSON: a file, or - for standard input. The other body flags override its members.",
                ),
        )
        .arg(
            Arg::new("assigned-user")
                .long("assigned-user")
                .value_name("ASSIGNED_USER")
                .value_parser(clap::value_parser!(String))
                .help("The email of the teammate to assign the contact to."),
        )
        .arg(
            Arg::new("bot-status")
                .long("bot-status")
                .value_name("BOT_STATUS")
                .value_parser(PossibleValuesParser::new(["bot_start", "bot_end"]))
                .help("Starts (`bot_start`) or stops (`bot_end`) the bot for a contact."),
        )
        .arg(
            Arg::new("custom-fields")
                .long("custom-fields")
                .value_name("CUSTOM_FIELDS")
                .value_parser(clap::value_parser!(String))
                .help("Custom field values by field name. (JSON)"),
        )
        .arg(
            Arg::new("name")
                .long("name")
                .value_name("NAME")
                .value_parser(clap::value_parser!(String))
                .help("The new name."),
        )
        .arg(
            Arg::new("note")
                .long("note")
                .value_name("NOTE")
                .value_parser(clap::value_parser!(String))
                .help("The new note; an empty string clears it."),
        )
        .arg(
            Arg::new("tags")
                .long("tags")
                .value_name("TAGS")
                .value_parser(clap::value_parser!(String))
                .action(ArgAction::Append)
                .value_delimiter(',')
                .help(
                    "The contact's tags after the change; each must already exist in the account. (comma-separated)",
                ),
        )
        .arg(
            Arg::new("team-uuid")
                .long("team-uuid")
                .value_name("TEAM_UUID")
                .value_parser(clap::value_parser!(String))
                .help("The team to move the contact to."),
        )
        .arg(
            Arg::new("unassign-user")
                .long("unassign-user")
                .value_name("UNASSIGN_USER")
                .value_parser(clap::value_parser!(bool))
                .help("Set to true to leave the contact unassigned."),
        )
}
///`get-contact-bot`.
fn get_contact_bot() -> Command {
    Command::new("get-contact-bot")
        .about("Get the contact's bot")
        .long_about(
            "Get the contact's bot\n\nReturns the bot attached to the contact's conversation and where it stands.",
        )
        .arg(
            Arg::new("uuid")
                .long("uuid")
                .value_name("UUID")
                .required(true)
                .value_parser(clap::value_parser!(::std::string::String))
                .help("The contact's Callbell identifier (32 hexadecimal digits)."),
        )
}
///`update-contact-bot`.
fn update_contact_bot() -> Command {
    Command::new("update-contact-bot")
        .about("Start or stop the contact's bot")
        .long_about(
            "Start or stop the contact's bot\n\nStarts the bot again for this contact, or stops it so a person can take over.",
        )
        .arg(
            Arg::new("uuid")
                .long("uuid")
                .value_name("UUID")
                .required(true)
                .value_parser(clap::value_parser!(::std::string::String))
                .help("The contact's Callbell identifier (32 hexadecimal digits)."),
        )
        .arg(
            Arg::new("body")
                .long("body")
                .value_name("FILE")
                .help(
                    "The request body (UpdateBotRequest) as JSON: a file, or - for standard input. The other body flags override its members.",
                ),
        )
        .arg(
            Arg::new("status")
                .long("status")
                .value_name("STATUS")
                .value_parser(PossibleValuesParser::new(["bot_start", "bot_end"]))
                .help("Starts (`bot_start`) or stops (`bot_end`) the bot for a contact."),
        )
}
///`close-contact-conversation`.
fn close_contact_conversation() -> Command {
    Command::new("close-contact-conversation")
        .about("Close the contact's conversation")
        .long_about(
            "Close the contact's conversation\n\nCloses the conversation; its `closedAt` becomes the current UTC time.",
        )
        .arg(
            Arg::new("uuid")
                .long("uuid")
                .value_name("UUID")
                .required(true)
                .value_parser(clap::value_parser!(::std::string::String))
                .help("The contact's Callbell identifier (32 hexadecimal digits)."),
        )
}
///`create-contact-conversation-note`.
fn create_contact_conversation_note() -> Command {
    Command::new("create-contact-conversation-note")
        .about("Add a note to the contact's conversation")
        .long_about(
            "Add a note to the contact's conversation\n\nAdds an internal note to the conversation; `@name` mentions a teammate.",
        )
        .arg(
            Arg::new("uuid")
                .long("uuid")
                .value_name("UUID")
                .required(true)
                .value_parser(clap::value_parser!(::std::string::String))
                .help("The contact's Callbell identifier (32 hexadecimal digits)."),
        )
        .arg(
            Arg::new("body")
                .long("body")
                .value_name("FILE")
                .help(
                    "The request body (CreateNoteRequest) as JSON: a file, or - for standard input. The other body flags override its members.",
                ),
        )
        .arg(
            Arg::new("text")
                .long("text")
                .value_name("TEXT")
                .value_parser(clap::value_parser!(String))
                .help("The note's text; `@name` mentions a teammate."),
        )
}
///`open-contact-conversation`.
fn open_contact_conversation() -> Command {
    Command::new("open-contact-conversation")
        .about("Reopen the contact's conversation")
        .long_about(
            "Reopen the contact's conversation\n\nReopens the conversation; its `closedAt` becomes null.",
        )
        .arg(
            Arg::new("uuid")
                .long("uuid")
                .value_name("UUID")
                .required(true)
                .value_parser(clap::value_parser!(::std::string::String))
                .help("The contact's Callbell identifier (32 hexadecimal digits)."),
        )
}
///`update-contact-conversation-funnel`.
fn update_contact_conversation_funnel() -> Command {
    Command::new("update-contact-conversation-funnel")
        .about("Move the contact's conversation to another funnel stage")
        .long_about(
            "Move the contact's conversation to another funnel stage\n\nSets the funnel stage of the conversation.",
        )
        .arg(
            Arg::new("uuid")
                .long("uuid")
                .value_name("UUID")
                .required(true)
                .value_parser(clap::value_parser!(::std::string::String))
                .help("The contact's Callbell identifier (32 hexadecimal digits)."),
        )
        .arg(
            Arg::new("body")
                .long("body")
                .value_name("FILE")
                .help(
                    "The request body (UpdateFunnelRequest) as JSON: a file, or - for standard input. The other body flags override its members.",
                ),
        )
        .arg(
            Arg::new("funnel-id")
                .long("funnel-id")
                .value_name("FUNNEL_ID")
                .value_parser(clap::value_parser!(String))
                .help("The funnel stage's identifier (a dashed UUID)."),
        )
}
///`list-contact-messages`.
fn list_contact_messages() -> Command {
    Command::new("list-contact-messages")
        .about("List a contact's messages")
        .long_about(
            "List a contact's messages\n\nReturns one page of the contact's messages, newest first.",
        )
        .arg(
            Arg::new("uuid")
                .long("uuid")
                .value_name("UUID")
                .required(true)
                .value_parser(clap::value_parser!(::std::string::String))
                .help("The contact's Callbell identifier (32 hexadecimal digits)."),
        )
        .arg(
            Arg::new("page")
                .long("page")
                .value_name("PAGE")
                .required(false)
                .value_parser(clap::value_parser!(::std::num::NonZeroU32))
                .help("Which page to return, counting from 1."),
        )
        .arg(
            Arg::new("all")
                .long("all")
                .action(ArgAction::SetTrue)
                .help(
                    "Fetch every page, from --page on, and print each of the `messages` as one JSON line",
                ),
        )
        .arg(
            Arg::new("max-pages")
                .long("max-pages")
                .requires("all")
                .value_parser(clap::value_parser!(u32).range(1..))
                .help("With --all: stop with an error after this many pages"),
        )
}
/// Sends the operation of subcommand `name` with the arguments in
/// `matches`, and prints its answer on `output`.
pub async fn run(
    client: &callbell::Client,
    name: &str,
    matches: &clap::ArgMatches,
    output: &mut Output,
) -> Result<(), Failure> {
    match name {
        "list-contacts" => {
            let mut request = client.list_contacts();
            if let Some(value) = matches.get_one::<::std::num::NonZeroU32>("page") {
                request = request.page(value.clone());
            }
            if let Some(value) = matches.get_one::<callbell::types::Source>("source") {
                request = request.source(value.clone());
            }
            if let Some(value) = matches.get_one::<::std::string::String>("tags") {
                request = request.tags(value.clone());
            }
            if let Some(value) = matches.get_one::<::std::string::String>("team-uuid") {
                request = request.team_uuid(value.clone());
            }
            if let Some(value) = matches.get_one::<bool>("include-field-types") {
                request = request.include_field_types(value.clone());
            }
            if matches.get_flag("all") {
                let first = matches
                    .get_one::<::std::num::NonZeroU32>("page")
                    .and_then(|page| u32::try_from(page.clone()).ok())
                    .unwrap_or(1);
                return output
                    .all(
                        "contacts",
                        first,
                        matches.get_one::<u32>("max-pages").copied(),
                        |page| { request.clone().page(page).send() },
                    )
                    .await;
            }
            output.one(request.send().await)
        }
        "create-contact" => {
            let mut request = client.create_contact();
            let body: callbell::types::CreateContactRequest = crate::api::body(
                matches,
                "CreateContactRequest",
                &[
                    BodyField {
                        name: "assigned_user",
                        flag: "assigned-user",
                        kind: FieldKind::Text,
                    },
                    BodyField {
                        name: "bot_status",
                        flag: "bot-status",
                        kind: FieldKind::Text,
                    },
                    BodyField {
                        name: "channel_uuid",
                        flag: "channel-uuid",
                        kind: FieldKind::Text,
                    },
                    BodyField {
                        name: "custom_fields",
                        flag: "custom-fields",
                        kind: FieldKind::Json,
                    },
                    BodyField {
                        name: "identifier",
                        flag: "identifier",
                        kind: FieldKind::Text,
                    },
                    BodyField {
                        name: "name",
                        flag: "name",
                        kind: FieldKind::Text,
                    },
                    BodyField {
                        name: "note",
                        flag: "note",
                        kind: FieldKind::Text,
                    },
                    BodyField {
                        name: "source",
                        flag: "source",
                        kind: FieldKind::Text,
                    },
                    BodyField {
                        name: "tags",
                        flag: "tags",
                        kind: FieldKind::TextList,
                    },
                    BodyField {
                        name: "team_uuid",
                        flag: "team-uuid",
                        kind: FieldKind::Text,
                    },
                ],
            )?;
            request = request.body(body);
            output.one(request.send().await)
        }
        "get-contact-by-bsuid" => {
            let mut request = client.get_contact_by_bsuid();
            if let Some(value) = matches.get_one::<::std::string::String>("bsuid") {
                request = request.bsuid(value.clone());
            }
            output.one(request.send().await)
        }
        "get-contact-by-phone" => {
            let mut request = client.get_contact_by_phone();
            if let Some(value) = matches.get_one::<::std::string::String>("phone-number")
            {
                request = request.phone_number(value.clone());
            }
            if let Some(value) = matches.get_one::<::std::string::String>("channel-uuid")
            {
                request = request.channel_uuid(value.clone());
            }
            output.one(request.send().await)
        }
        "get-contact" => {
            let mut request = client.get_contact();
            if let Some(value) = matches.get_one::<::std::string::String>("uuid") {
                request = request.uuid(value.clone());
            }
            if let Some(value) = matches.get_one::<bool>("include-field-types") {
                request = request.include_field_types(value.clone());
            }
            output.one(request.send().await)
        }
        "delete-contact" => {
            let mut request = client.delete_contact();
            if let Some(value) = matches.get_one::<::std::string::String>("uuid") {
                request = request.uuid(value.clone());
            }
            output.one(request.send().await)
        }
        "update-contact" => {
            let mut request = client.update_contact();
            if let Some(value) = matches.get_one::<::std::string::String>("uuid") {
                request = request.uuid(value.clone());
            }
            let body: callbell::types::UpdateContactRequest = crate::api::body(
                matches,
                "UpdateContactRequest",
                &[
                    BodyField {
                        name: "assigned_user",
                        flag: "assigned-user",
                        kind: FieldKind::Text,
                    },
                    BodyField {
                        name: "bot_status",
                        flag: "bot-status",
                        kind: FieldKind::Text,
                    },
                    BodyField {
                        name: "custom_fields",
                        flag: "custom-fields",
                        kind: FieldKind::Json,
                    },
                    BodyField {
                        name: "name",
                        flag: "name",
                        kind: FieldKind::Text,
                    },
                    BodyField {
                        name: "note",
                        flag: "note",
                        kind: FieldKind::Text,
                    },
                    BodyField {
                        name: "tags",
                        flag: "tags",
                        kind: FieldKind::TextList,
                    },
                    BodyField {
                        name: "team_uuid",
                        flag: "team-uuid",
                        kind: FieldKind::Text,
                    },
                    BodyField {
                        name: "unassign_user",
                        flag: "unassign-user",
                        kind: FieldKind::Boolean,
                    },
                ],
            )?;
            request = request.body(body);
            output.one(request.send().await)
        }
        "get-contact-bot" => {
            let mut request = client.get_contact_bot();
            if let Some(value) = matches.get_one::<::std::string::String>("uuid") {
                request = request.uuid(value.clone());
            }
            output.one(request.send().await)
        }
        "update-contact-bot" => {
            let mut request = client.update_contact_bot();
            if let Some(value) = matches.get_one::<::std::string::String>("uuid") {
                request = request.uuid(value.clone());
            }
            let body: callbell::types::UpdateBotRequest = crate::api::body(
                matches,
                "UpdateBotRequest",
                &[
                    BodyField {
                        name: "status",
                        flag: "status",
                        kind: FieldKind::Text,
                    },
                ],
            )?;
            request = request.body(body);
            output.one(request.send().await)
        }
        "close-contact-conversation" => {
            let mut request = client.close_contact_conversation();
            if let Some(value) = matches.get_one::<::std::string::String>("uuid") {
                request = request.uuid(value.clone());
            }
            output.one(request.send().await)
        }
        "create-contact-conversation-note" => {
            let mut request = client.create_contact_conversation_note();
            if let Some(value) = matches.get_one::<::std::string::String>("uuid") {
                request = request.uuid(value.clone());
            }
            let body: callbell::types::CreateNoteRequest = crate::api::body(
                matches,
                "CreateNoteRequest",
                &[
                    BodyField {
                        name: "text",
                        flag: "text",
                        kind: FieldKind::Text,
                    },
                ],
            )?;
            request = request.body(body);
            output.one(request.send().await)
        }
        "open-contact-conversation" => {
            let mut request = client.open_contact_conversation();
            if let Some(value) = matches.get_one::<::std::string::String>("uuid") {
                request = request.uuid(value.clone());
            }
            output.one(request.send().await)
        }
        "update-contact-conversation-funnel" => {
            let mut request = client.update_contact_conversation_funnel();
            if let Some(value) = matches.get_one::<::std::string::String>("uuid") {
                request = request.uuid(value.clone());
            }
            let body: callbell::types::UpdateFunnelRequest = crate::api::body(
                matches,
                "UpdateFunnelRequest",
                &[
                    BodyField {
                        name: "funnel_id",
                        flag: "funnel-id",
                        kind: FieldKind::Text,
                    },
                ],
            )?;
            request = request.body(body);
            output.one(request.send().await)
        }
        "list-contact-messages" => {
            let mut request = client.list_contact_messages();
            if let Some(value) = matches.get_one::<::std::string::String>("uuid") {
                request = request.uuid(value.clone());
            }
            if let Some(value) = matches.get_one::<::std::num::NonZeroU32>("page") {
                request = request.page(value.clone());
            }
            if matches.get_flag("all") {
                let first = matches
                    .get_one::<::std::num::NonZeroU32>("page")
                    .and_then(|page| u32::try_from(page.clone()).ok())
                    .unwrap_or(1);
                return output
                    .all(
                        "messages",
                        first,
                        matches.get_one::<u32>("max-pages").copied(),
                        |page| { request.clone().page(page).send() },
                    )
                    .await;
            }
            output.one(request.send().await)
        }
        other => Err(Failure::Usage(format!("unknown command `{other}`"))),
    }
}
