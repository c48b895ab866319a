//! What each operation does to the store and answers: the one part of the
//! fake written by hand per operation. An operation of the spec without a
//! behaviour here is answered with its example (see `crate::server`).

use chrono::{DateTime, SecondsFormat, Utc};
use http::StatusCode;
use serde_json::{Map, Value, json};

use crate::operation::OperationId;
use crate::request::{Rejection, Request};
use crate::store::{MAX_CONTACTS, Store, uuid_of};

/// The answer body of `request`, or `None` when the operation has no
/// behaviour (the fake then answers the spec's example).
pub(crate) fn answer(request: &Request, store: &mut Store) -> Option<Result<Value, Rejection>> {
    let id = request.operation.id;
    // A spec operation added after this match falls through to the last arm.
    #[allow(unreachable_patterns)]
    let result = match id {
        OperationId::ListContacts => Ok(list_contacts(request, store)),
        OperationId::CreateContact => create_contact(request, store),
        OperationId::GetContact => {
            contact(request, store).map(|c| contact_answer(c, include_types(request)))
        }
        OperationId::GetContactByPhone => get_contact_by_phone(request, store),
        OperationId::GetContactByBsuid => {
            let bsuid = request.text("bsuid");
            store
                .contacts
                .iter()
                .find(|c| bsuid.is_some() && c.get("bsuid").and_then(Value::as_str) == bsuid)
                .map(|c| contact_answer(c, false))
                .ok_or_else(not_found)
        }
        OperationId::UpdateContact => update_contact(request, store),
        OperationId::DeleteContact => {
            let uuid = request.text("uuid").unwrap_or_default();
            if store.remove(uuid) {
                Ok(example(id))
            } else {
                Err(not_found())
            }
        }
        OperationId::ListContactMessages => list_messages(request, store),
        OperationId::GetContactBot => get_bot(request, store),
        OperationId::UpdateContactBot => update_bot(request, store),
        OperationId::OpenContactConversation => change(request, store, |c| {
            c.insert("closedAt".into(), Value::Null);
        }),
        OperationId::CloseContactConversation => change(request, store, |c| {
            c.insert("closedAt".into(), now());
        }),
        OperationId::UpdateContactConversationFunnel => {
            let funnel = request.field("funnel_id").cloned().unwrap_or(Value::Null);
            change(request, store, |c| {
                c.insert("funnelId".into(), funnel);
            })
        }
        OperationId::CreateContactConversationNote => add_note(request, store),
        _ => return None,
    };
    Some(result)
}

/// The operation's example answer from the spec.
fn example(id: OperationId) -> Value {
    serde_json::from_str(id.operation().success.example).unwrap_or(Value::Null)
}

fn not_found() -> Rejection {
    Rejection::new(StatusCode::NOT_FOUND, "contact not found")
}

fn now() -> Value {
    let now: DateTime<Utc> = std::time::SystemTime::now().into();
    Value::String(now.to_rfc3339_opts(SecondsFormat::Millis, true))
}

fn include_types(request: &Request) -> bool {
    request.flag("include_field_types").unwrap_or(false)
}

/// The contact the request's `uuid` names.
fn contact<'a>(request: &Request, store: &'a Store) -> Result<&'a Map<String, Value>, Rejection> {
    request
        .text("uuid")
        .and_then(|uuid| store.get(uuid))
        .ok_or_else(not_found)
}

/// Applies `edit` to the named contact and answers with it.
fn change(
    request: &Request,
    store: &mut Store,
    edit: impl FnOnce(&mut Map<String, Value>),
) -> Result<Value, Rejection> {
    let uuid = request.text("uuid").unwrap_or_default();
    let contact = store.get_mut(uuid).ok_or_else(not_found)?;
    edit(contact);
    Ok(contact_answer(contact, false))
}

/// `{"contact": ...}` as Callbell sends it, with `customFieldsMetadata` only when asked for.
fn contact_answer(contact: &Map<String, Value>, include_types: bool) -> Value {
    json!({ "contact": shown(contact, include_types) })
}

/// A stored contact as an answer shows it.
fn shown(contact: &Map<String, Value>, include_types: bool) -> Value {
    let mut shown = contact.clone();
    if include_types {
        if !shown.contains_key("customFieldsMetadata") {
            let metadata: Map<String, Value> = shown
                .get("customFields")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
                .map(|(name, value)| {
                    let kind = if value.is_array() { "checkbox" } else { "text" };
                    (name.clone(), json!({ "value": value, "type": kind }))
                })
                .collect();
            shown.insert("customFieldsMetadata".into(), Value::Object(metadata));
        }
    } else {
        shown.remove("customFieldsMetadata");
    }
    Value::Object(shown)
}

/// The page of `items` that `request`'s `page` parameter asks for (pages from 1).
fn page<T>(request: &Request, store: &Store, items: impl Iterator<Item = T>) -> Vec<T> {
    let page = usize::try_from(request.integer("page").unwrap_or(1).max(1)).unwrap_or(usize::MAX);
    let size = store.page_size.max(1);
    items
        .skip((page - 1).saturating_mul(size))
        .take(size)
        .collect()
}

fn list_contacts(request: &Request, store: &Store) -> Value {
    let source = request.text("source");
    let team = request.text("team_uuid");
    let wanted: Vec<String> = request
        .text("tags")
        .into_iter()
        .flat_map(|tags| tags.split(','))
        .map(|tag| tag.trim().to_lowercase())
        .filter(|tag| !tag.is_empty())
        .collect();
    let include = include_types(request);
    let matching = store.contacts.iter().filter(|c| {
        let has_tag = |tag: &String| {
            c.get("tags").and_then(Value::as_array).is_some_and(|tags| {
                tags.iter()
                    .any(|t| t.as_str().is_some_and(|t| t.to_lowercase() == *tag))
            })
        };
        source.is_none_or(|s| c.get("source").and_then(Value::as_str) == Some(s))
            && team.is_none_or(|t| {
                c.get("team")
                    .and_then(|team| team.get("uuid"))
                    .and_then(Value::as_str)
                    == Some(t)
            })
            && wanted.iter().all(has_tag)
    });
    let contacts: Vec<Value> = page(request, store, matching.map(|c| shown(c, include)));
    json!({ "contacts": contacts })
}

fn create_contact(request: &Request, store: &mut Store) -> Result<Value, Rejection> {
    if store.contacts.len() >= MAX_CONTACTS {
        return Err(Rejection::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            format!("the fake holds at most {MAX_CONTACTS} contacts"),
        ));
    }
    let field = |name: &str| request.field(name).cloned();
    let uuid = store.new_uuid();
    let source = field("source").unwrap_or(Value::Null);
    let identifier = field("identifier").unwrap_or(Value::Null);
    let mut contact = Map::new();
    contact.insert("uuid".into(), Value::String(uuid.clone()));
    contact.insert("name".into(), field("name").unwrap_or(Value::Null));
    contact.insert("source".into(), source.clone());
    contact.insert(
        "phoneNumber".into(),
        if source == "whatsapp" {
            identifier
        } else {
            Value::Null
        },
    );
    contact.insert("avatarUrl".into(), Value::Null);
    contact.insert("blockedAt".into(), Value::Null);
    contact.insert("createdAt".into(), now());
    contact.insert("closedAt".into(), Value::Null);
    contact.insert("funnelId".into(), Value::Null);
    contact.insert("bsuid".into(), Value::Null);
    contact.insert(
        "href".into(),
        Value::String(format!("https://dash.callbell.eu/contacts/{uuid}")),
    );
    contact.insert(
        "conversationHref".into(),
        Value::String(format!("https://dash.callbell.eu/chat/{uuid}")),
    );
    contact.insert("tags".into(), field("tags").unwrap_or_else(|| json!([])));
    contact.insert(
        "customFields".into(),
        field("custom_fields").unwrap_or_else(|| json!({})),
    );
    contact.insert(
        "assignedUser".into(),
        field("assigned_user").unwrap_or(Value::Null),
    );
    contact.insert(
        "team".into(),
        field("team_uuid").map_or_else(|| json!({}), |team| json!({ "uuid": team })),
    );
    if let Some(channel) = field("channel_uuid") {
        contact.insert("channel".into(), json!({ "uuid": channel }));
    }
    contact.insert("note".into(), field("note").unwrap_or(Value::Null));
    if let Some(status) = request.field("bot_status").and_then(Value::as_str) {
        set_bot(store, &uuid, status);
    }
    let answer = contact_answer(&contact, false);
    store.put(contact);
    Ok(answer)
}

fn update_contact(request: &Request, store: &mut Store) -> Result<Value, Rejection> {
    let uuid = request.text("uuid").unwrap_or_default().to_string();
    let contact = store.get_mut(&uuid).ok_or_else(not_found)?;
    let field = |name: &str| request.field(name).cloned();
    if let Some(name) = field("name") {
        contact.insert("name".into(), name);
    }
    if let Some(tags) = field("tags") {
        contact.insert("tags".into(), tags);
    }
    if let Some(Value::Object(changes)) = field("custom_fields") {
        let fields = contact.entry("customFields").or_insert_with(|| json!({}));
        if let Value::Object(fields) = fields {
            fields.extend(changes);
        } else {
            *fields = Value::Object(changes);
        }
        contact.remove("customFieldsMetadata");
    }
    if let Some(user) = field("assigned_user") {
        contact.insert("assignedUser".into(), user);
    }
    if field("unassign_user") == Some(Value::Bool(true)) {
        contact.insert("assignedUser".into(), Value::Null);
    }
    if let Some(team) = field("team_uuid") {
        contact.insert("team".into(), json!({ "uuid": team }));
    }
    if let Some(note) = field("note") {
        let cleared = note.as_str().is_some_and(str::is_empty);
        contact.insert("note".into(), if cleared { Value::Null } else { note });
    }
    let answer = contact_answer(contact, false);
    if let Some(status) = request.field("bot_status").and_then(Value::as_str) {
        set_bot(store, &uuid, status);
    }
    Ok(answer)
}

fn get_contact_by_phone(request: &Request, store: &Store) -> Result<Value, Rejection> {
    let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
    let wanted = digits(request.text("phone_number").unwrap_or_default());
    let channel = request.text("channel_uuid");
    store
        .contacts
        .iter()
        .find(|c| {
            !wanted.is_empty()
                && c.get("phoneNumber").and_then(Value::as_str).map(digits) == Some(wanted.clone())
                && channel.is_none_or(|ch| {
                    c.get("channel")
                        .and_then(|channel| channel.get("uuid"))
                        .and_then(Value::as_str)
                        == Some(ch)
                })
        })
        .map(|c| contact_answer(c, false))
        .ok_or_else(not_found)
}

fn list_messages(request: &Request, store: &Store) -> Result<Value, Rejection> {
    let uuid = uuid_of(contact(request, store)?).unwrap_or_default();
    let newest_first = store
        .messages
        .get(uuid)
        .into_iter()
        .flatten()
        .rev()
        .cloned();
    Ok(json!({ "messages": page(request, store, newest_first) }))
}

fn get_bot(request: &Request, store: &Store) -> Result<Value, Rejection> {
    contact(request, store)?;
    Ok(json!({ "bot": bot_of(request, store) }))
}

fn update_bot(request: &Request, store: &mut Store) -> Result<Value, Rejection> {
    contact(request, store)?;
    let change = request
        .field("status")
        .and_then(Value::as_str)
        .unwrap_or_default();
    set_bot(store, request.text("uuid").unwrap_or_default(), change);
    Ok(json!({ "bot": bot_of(request, store) }))
}

fn add_note(request: &Request, store: &mut Store) -> Result<Value, Rejection> {
    contact(request, store)?;
    let text = request.field("text").cloned().unwrap_or(Value::Null);
    let uuid = request.text("uuid").unwrap_or_default();
    store.add_message(
        uuid,
        json!({ "text": text, "createdAt": now(), "status": "note" }),
    );
    Ok(json!({ "success": true }))
}

/// The contact's bot: as last set, or one that has not started.
fn bot_of(request: &Request, store: &Store) -> Value {
    let uuid = request.text("uuid").unwrap_or_default();
    store
        .bots
        .get(uuid)
        .cloned()
        .unwrap_or_else(|| idle_bot(uuid))
}

fn idle_bot(contact: &str) -> Value {
    json!({
        "uuid": format!("b0700000{}", contact.get(8..).unwrap_or_default()),
        "name": "Fake bot",
        "status": "ended",
        "conversationStartedAt": null,
        "version": 1,
        "latestBotVersion": true,
    })
}

/// Starts (`bot_start`) or stops (`bot_end`) a contact's bot.
fn set_bot(store: &mut Store, contact: &str, change: &str) {
    let mut bot = store
        .bots
        .get(contact)
        .cloned()
        .unwrap_or_else(|| idle_bot(contact));
    match change {
        "bot_start" => {
            bot["status"] = Value::from("started");
            bot["conversationStartedAt"] = now();
        }
        "bot_end" => bot["status"] = Value::from("ended"),
        _ => return,
    }
    store.bots.insert(contact.to_string(), bot);
}
