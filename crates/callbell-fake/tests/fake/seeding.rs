//! Seeding from the docs' fixtures: what goes in comes back out, and every
//! answer built from it matches the spec.

use std::path::Path;

use callbell_fake::FakeCallbell;

use crate::support::surprises;

#[tokio::test]
async fn the_docs_contact_lists_seed_the_fake_and_come_back_unchanged() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/ContactList");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no fixtures in {}", dir.display());
    for file in files {
        let contacts = callbell_fake::seed_from_json(&std::fs::read(&file).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let fake = FakeCallbell::start().await;
        fake.seed(contacts.clone());
        assert_eq!(fake.contacts(), contacts, "{}", file.display());

        let callbell = fake.client();
        // Field types only when asked for: as seeded, or derived from the values.
        let mut plain = contacts.clone();
        for contact in &mut plain {
            contact.custom_fields_metadata = None;
        }
        let listed = callbell.list_contacts().await.unwrap();
        assert_eq!(listed.contacts, plain, "{}", file.display());
        let typed = callbell
            .list_contacts()
            .include_field_types(true)
            .await
            .unwrap();
        for (listed, seeded) in typed.contacts.iter().zip(&contacts) {
            if seeded.custom_fields_metadata.is_none() {
                let fields = serde_json::to_value(&seeded.custom_fields).unwrap();
                let count = fields.as_object().map_or(0, |f| f.len());
                assert_eq!(
                    listed
                        .custom_fields_metadata
                        .as_ref()
                        .map_or(0, |m| m.len()),
                    count,
                    "{}",
                    file.display()
                );
            } else {
                assert_eq!(listed, seeded, "{}", file.display());
            }
        }
        for contact in &contacts {
            let got = callbell.get_contact().uuid(&contact.uuid).await.unwrap();
            assert_eq!(got.name, contact.name);
        }
        assert!(
            surprises(&fake.requests()).is_empty(),
            "{}: {:#?}",
            file.display(),
            fake.requests()
        );
    }
}
