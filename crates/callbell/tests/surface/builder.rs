//! `CallbellBuilder` through the public API: what `build` refuses, how the
//! base URL is kept, and what never shows (token, URL credentials).

use callbell::{Callbell, Error};

#[test]
fn bad_settings_are_config_errors_without_the_token() {
    let cases = [
        (Callbell::builder().token(""), "empty"),
        (
            Callbell::builder().token("line\nbreak"),
            "not allowed in an HTTP header",
        ),
        (
            Callbell::builder().token("t").base_url("api.callbell.eu"),
            "is not a URL",
        ),
        (
            Callbell::builder().token("t").base_url("ftp://x/v1"),
            "http:// or https://",
        ),
        (
            Callbell::builder().token("t").base_url("http://x/v1?a=b"),
            "query",
        ),
        (
            Callbell::builder().token("t").user_agent("a\nb"),
            "HTTP client",
        ),
    ];
    for (builder, expected) in cases {
        let err = builder.build().unwrap_err();
        let text = err.to_string();
        assert!(matches!(err, Error::Config(_)), "{text}");
        assert!(text.contains(expected), "{text} lacks {expected:?}");
        assert!(!text.contains("line\nbreak"), "{text}");
    }
}

#[test]
fn base_urls_are_kept_in_their_parsed_form() {
    for (given, kept) in [
        (" https://api.callbell.eu/v1", "https://api.callbell.eu/v1"),
        ("http:/127.0.0.1:9/v1", "http://127.0.0.1:9/v1"),
        ("http://127.0.0.1:9/a/../v1/./", "http://127.0.0.1:9/v1"),
        ("HTTP://Example.COM:80/v1", "http://example.com/v1"),
        ("http://127.0.0.1:9", "http://127.0.0.1:9"),
    ] {
        let client = Callbell::builder()
            .token("t")
            .base_url(given)
            .build()
            .unwrap();
        assert_eq!(client.base_url(), kept, "{given:?}");
    }
}

#[test]
fn credentials_in_the_base_url_are_refused_without_echoing_them() {
    let err = Callbell::builder()
        .token("t")
        .base_url("https://user:hunter22@api.callbell.eu/v1")
        .build()
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("must not carry a user name or password"),
        "{err}"
    );
    for url in [
        "https://user:hunter22@api.callbell.eu/v1",
        "https://user@api.callbell.eu/v1",
        "https://:hunter22@api.callbell.eu/v1",
        "user:hunter22@api.callbell.eu/v1",
        "user@api.callbell.eu/v1",
    ] {
        let err = Callbell::builder()
            .token("t")
            .base_url(url)
            .build()
            .unwrap_err();
        let text = format!("{err} {err:?}");
        assert!(matches!(err, Error::Config(_)), "{text}");
        assert!(
            !text.contains("hunter22") && !text.contains("user@") && !text.contains("user:"),
            "{text}"
        );
    }
}

#[test]
fn debug_output_hides_the_token() {
    let builder = Callbell::builder().token("s3cret-token");
    let client = builder.clone().build().unwrap();
    for shown in [format!("{builder:?}"), format!("{client:?}")] {
        assert!(!shown.contains("s3cret"), "{shown}");
        assert!(shown.contains("ApiToken(***)"), "{shown}");
    }
}
