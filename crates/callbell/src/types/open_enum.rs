//! `open_enum!`: how the spec's string enums become Rust enums that also
//! keep values the spec does not list yet. `cargo xtask codegen` writes one
//! invocation per string enum of the spec into `generated/open_enums.rs`.
//!
//! Callbell adds integrations and statuses over time. A closed enum would
//! make a whole response fail to parse the day it sends `"tiktok"`; these keep
//! the raw string in an `Other` variant and write it back unchanged. The
//! strict validator (`crate::schema`, with the `validate` feature) still
//! reports such a value, so drift from the docs is visible.
//!
//! ```
//! use callbell::types::Source;
//!
//! let known: Source = serde_json::from_str("\"whatsapp\"").unwrap();
//! assert_eq!(known, Source::Whatsapp);
//! let new: Source = serde_json::from_str("\"tiktok\"").unwrap();
//! assert_eq!(new, Source::Other("tiktok".into()));
//! assert_eq!(serde_json::to_string(&new).unwrap(), "\"tiktok\"");
//! assert!(!new.is_known());
//! ```

/// Defines an open string enum: the listed variants plus `Other(String)`.
macro_rules! open_enum {
    (
        $(#[$meta:meta])*
        $name:ident from $schema:literal {
            $(#[$first_vmeta:meta])* $first_variant:ident = $first_wire:literal,
            $( $(#[$vmeta:meta])* $variant:ident = $wire:literal, )*
        }
    ) => {
        $(#[$meta])*
        ///
        /// Open: a value the spec does not list reads as `Other(raw)` and is
        /// written back unchanged. Build values from text with
        #[doc = concat!("`", stringify!($name), "::from(text)` or `text.parse::<", stringify!($name), ">()`:")]
        /// they map a listed value to its variant, so parsing and `From`
        #[doc = concat!("never produce `Other(\"", $first_wire, "\")`. A hand-built `Other` holding a listed")]
        #[doc = concat!("value serializes the same but compares unequal to its variant (`Other(\"", $first_wire, "\")`")]
        #[doc = concat!("`!=` `", stringify!($first_variant), "`); pass it through `From<&str>` to normalise it.")]
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum $name {
            $(#[$first_vmeta])* $first_variant,
            $( $(#[$vmeta])* $variant, )*
            /// A value this version of the crate does not know, kept as sent.
            /// Parsing and `From` never put a listed value here (see the type's docs).
            Other(String),
        }

        impl $name {
            /// The name of the spec's component schema this type stands for.
            pub const SCHEMA: &'static str = $schema;
            /// The values the spec lists, in its order.
            pub const KNOWN: &'static [&'static str] = &[$first_wire, $($wire),*];

            /// The value as it appears on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    Self::$first_variant => $first_wire,
                    $( Self::$variant => $wire, )*
                    Self::Other(raw) => raw,
                }
            }

            /// Whether the value is one the spec lists (not [`Self::Other`]).
            pub fn is_known(&self) -> bool {
                !matches!(self, Self::Other(_))
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = ::std::convert::Infallible;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Ok(Self::from(s))
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                match s {
                    $first_wire => Self::$first_variant,
                    $( $wire => Self::$variant, )*
                    other => Self::Other(other.to_string()),
                }
            }
        }

        impl From<String> for $name {
            fn from(s: String) -> Self {
                match s.as_str() {
                    $first_wire => Self::$first_variant,
                    $( $wire => Self::$variant, )*
                    _ => Self::Other(s),
                }
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Visitor;
                impl ::serde::de::Visitor<'_> for Visitor {
                    type Value = $name;
                    fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                        f.write_str(concat!("a string (", stringify!($name), ")"))
                    }
                    fn visit_str<E: ::serde::de::Error>(self, v: &str) -> Result<$name, E> {
                        Ok($name::from(v))
                    }
                    fn visit_string<E: ::serde::de::Error>(self, v: String) -> Result<$name, E> {
                        Ok($name::from(v))
                    }
                }
                deserializer.deserialize_str(Visitor)
            }
        }

        #[cfg(feature = "schemars")]
        impl ::schemars::JsonSchema for $name {
            fn schema_name() -> ::std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            /// Any string: the listed values are documented, others are accepted.
            fn json_schema(_: &mut ::schemars::SchemaGenerator) -> ::schemars::Schema {
                ::schemars::json_schema!({
                    "type": "string",
                    "description": format!(
                        "One of {:?}, or a value added to the API later.",
                        Self::KNOWN
                    ),
                })
            }
        }
    };
}

pub(crate) use open_enum;
