//! The server's life: it stops when dropped; a standalone server seeds itself.

use std::net::SocketAddr;
use std::time::Duration;

use callbell_fake::FakeCallbell;

use crate::support::contacts;

#[tokio::test]
async fn the_server_stops_when_the_fake_is_dropped() {
    let fake = FakeCallbell::start().await;
    let addr = fake.local_addr();
    assert!(addr.ip().is_loopback());
    assert!(fake.base_url().starts_with(&format!("http://{addr}/")));
    let callbell = fake.client_builder().max_retries(0).build().unwrap();
    assert!(callbell.list_contacts().await.is_ok());
    drop(fake);
    // The accept loop ends on its next poll; give it a moment.
    let mut refused = false;
    for _ in 0..50 {
        if tokio::net::TcpStream::connect(addr).await.is_err() {
            refused = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(refused, "the port still accepts connections");
}

#[tokio::test]
async fn serve_runs_a_seeded_fake_until_dropped() {
    // Find a free port, then serve on it.
    let addr: SocketAddr = {
        let probe = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        probe.local_addr().unwrap()
    };
    let server = tokio::spawn(FakeCallbell::serve(addr, contacts()));
    let url = format!("{}/contacts", FakeCallbell::base_url_for(addr));
    let mut answer = None;
    for _ in 0..50 {
        match reqwest::Client::new()
            .get(&url)
            .bearer_auth("t")
            .send()
            .await
        {
            Ok(response) => {
                answer = Some(response.json::<serde_json::Value>().await.unwrap());
                break;
            }
            Err(_) => tokio::time::sleep(Duration::from_millis(20)).await,
        }
    }
    let answer = answer.expect("the standalone fake answers");
    assert_eq!(answer["contacts"].as_array().unwrap().len(), 3);
    server.abort();
}
