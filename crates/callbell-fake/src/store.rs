//! The fake's state: contacts (as the JSON Callbell sends), each contact's
//! bot and messages.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

/// How many contacts (or messages) a page holds unless set otherwise.
/// Callbell does not document its page size; tests that page set their own
/// with [`FakeCallbell::set_page_size`](crate::FakeCallbell::set_page_size).
pub const DEFAULT_PAGE_SIZE: usize = 50;

/// The most contacts the fake keeps; creating one more is refused with `422`.
pub const MAX_CONTACTS: usize = 100_000;

/// The most messages the fake keeps per contact; older ones are dropped first.
pub const MAX_MESSAGES_PER_CONTACT: usize = 10_000;

/// Everything the fake remembers.
#[derive(Debug)]
pub(crate) struct Store {
    /// Contacts in the order they were created or seeded.
    pub(crate) contacts: Vec<Map<String, Value>>,
    /// Each contact's bot, by contact identifier; absent until set.
    pub(crate) bots: BTreeMap<String, Value>,
    /// Each contact's messages, oldest first, by contact identifier.
    pub(crate) messages: BTreeMap<String, Vec<Value>>,
    pub(crate) page_size: usize,
    /// How many identifiers the fake has made up.
    issued: u64,
}

impl Default for Store {
    fn default() -> Self {
        Self {
            contacts: Vec::new(),
            bots: BTreeMap::new(),
            messages: BTreeMap::new(),
            page_size: DEFAULT_PAGE_SIZE,
            issued: 0,
        }
    }
}

impl Store {
    /// Adds `contact`, replacing a stored one with the same `uuid`.
    pub(crate) fn put(&mut self, contact: Map<String, Value>) {
        let uuid = contact.get("uuid").cloned();
        match self
            .contacts
            .iter_mut()
            .find(|c| uuid.is_some() && c.get("uuid") == uuid.as_ref())
        {
            Some(slot) => *slot = contact,
            None => self.contacts.push(contact),
        }
    }

    pub(crate) fn get(&self, uuid: &str) -> Option<&Map<String, Value>> {
        self.contacts.iter().find(|c| uuid_of(c) == Some(uuid))
    }

    pub(crate) fn get_mut(&mut self, uuid: &str) -> Option<&mut Map<String, Value>> {
        self.contacts.iter_mut().find(|c| uuid_of(c) == Some(uuid))
    }

    /// Removes a contact with its bot and messages; whether it existed.
    pub(crate) fn remove(&mut self, uuid: &str) -> bool {
        let before = self.contacts.len();
        self.contacts.retain(|c| uuid_of(c) != Some(uuid));
        self.bots.remove(uuid);
        self.messages.remove(uuid);
        self.contacts.len() != before
    }

    /// A new contact identifier (32 hexadecimal digits, like Callbell's), unused so far.
    pub(crate) fn new_uuid(&mut self) -> String {
        loop {
            self.issued += 1;
            let uuid = format!("fa4e{:028x}", self.issued);
            if self.get(&uuid).is_none() {
                return uuid;
            }
        }
    }

    /// Appends a message to a contact's conversation, dropping the oldest past the limit.
    pub(crate) fn add_message(&mut self, uuid: &str, message: Value) {
        let messages = self.messages.entry(uuid.to_string()).or_default();
        messages.push(message);
        if messages.len() > MAX_MESSAGES_PER_CONTACT {
            messages.remove(0);
        }
    }
}

/// A stored contact's identifier.
pub(crate) fn uuid_of(contact: &Map<String, Value>) -> Option<&str> {
    contact.get("uuid").and_then(Value::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_conversation_keeps_its_newest_messages_up_to_the_limit() {
        let mut store = Store::default();
        for i in 0..=MAX_MESSAGES_PER_CONTACT {
            store.add_message("a", Value::from(i));
        }
        let messages = &store.messages["a"];
        assert_eq!(messages.len(), MAX_MESSAGES_PER_CONTACT);
        assert_eq!(messages[0], Value::from(1));
        assert!(!store.messages.contains_key("b"));
    }

    #[test]
    fn new_identifiers_skip_seeded_ones_and_look_like_callbells() {
        let mut store = Store::default();
        let mut taken = Map::new();
        taken.insert("uuid".into(), Value::from(format!("fa4e{:028x}", 1)));
        store.put(taken);
        let uuid = store.new_uuid();
        assert_eq!(uuid, format!("fa4e{:028x}", 2));
        assert_eq!(uuid.len(), 32);
        assert!(uuid.chars().all(|c| c.is_ascii_hexdigit()));
    }
}
