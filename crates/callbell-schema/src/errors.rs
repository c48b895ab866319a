//! What validation reports: an unknown schema name, or the problems of a
//! value, each with its JSON pointer.

use std::fmt;

use crate::schema_names;

/// What [`validate`](crate::validate) can fail with.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// No component schema has that name.
    #[error(transparent)]
    UnknownSchema(#[from] UnknownSchema),
    /// The value does not match the schema.
    #[error(transparent)]
    Invalid(#[from] ValidationErrors),
}

impl Error {
    /// The validation problems, unless the schema name was unknown.
    pub fn into_invalid(self) -> Option<ValidationErrors> {
        match self {
            Error::Invalid(errors) => Some(errors),
            Error::UnknownSchema(_) => None,
        }
    }
}

/// A schema name that is not one of the spec's component schemas.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown schema `{name}`; known schemas: {}", schema_names().join(", "))]
pub struct UnknownSchema {
    pub(crate) name: String,
}

impl UnknownSchema {
    /// The name that was asked for.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The names that exist (the same as [`schema_names`]).
    pub fn known(&self) -> &'static [&'static str] {
        schema_names()
    }
}

/// The problems found in one value, sorted by JSON pointer (never empty):
/// the first [`MAX_REPORTED_ERRORS`](crate::MAX_REPORTED_ERRORS), and how many more there are.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct ValidationErrors {
    pub(crate) schema: &'static str,
    pub(crate) errors: Vec<ValidationError>,
    pub(crate) omitted: usize,
}

impl ValidationErrors {
    /// The schema the value was checked against.
    pub fn schema(&self) -> &'static str {
        self.schema
    }

    /// The problems, sorted by JSON pointer (array indices in numeric order).
    pub fn errors(&self) -> &[ValidationError] {
        &self.errors
    }

    /// The problems, sorted by JSON pointer.
    pub fn iter(&self) -> std::slice::Iter<'_, ValidationError> {
        self.errors.iter()
    }

    /// How many problems are listed (at most [`MAX_REPORTED_ERRORS`](crate::MAX_REPORTED_ERRORS)).
    pub fn len(&self) -> usize {
        self.errors.len()
    }

    /// How many more problems were found than are listed.
    pub fn omitted(&self) -> usize {
        self.omitted
    }

    /// How many problems were found: listed and omitted.
    pub fn total(&self) -> usize {
        self.errors.len() + self.omitted
    }

    /// Always false: a `ValidationErrors` holds at least one problem.
    pub fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }
}

impl fmt::Display for ValidationErrors {
    /// `not a valid <Schema>:` and then one indented `pointer: message` line
    /// per listed problem, and `… and N more` when some were omitted.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not a valid {}:", self.schema)?;
        for error in &self.errors {
            write!(f, "\n  {error}")?;
        }
        if self.omitted > 0 {
            write!(f, "\n  … and {} more", self.omitted)?;
        }
        Ok(())
    }
}

impl IntoIterator for ValidationErrors {
    type Item = ValidationError;
    type IntoIter = std::vec::IntoIter<ValidationError>;
    fn into_iter(self) -> Self::IntoIter {
        self.errors.into_iter()
    }
}

impl<'a> IntoIterator for &'a ValidationErrors {
    type Item = &'a ValidationError;
    type IntoIter = std::slice::Iter<'a, ValidationError>;
    fn into_iter(self) -> Self::IntoIter {
        self.errors.iter()
    }
}

/// One problem: where it is and what is wrong.
///
/// Displays as `pointer: message`, e.g. `/contacts/1/name: expected string,
/// found null`; a problem with the whole value shows `(root)` as its pointer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationError {
    pub(crate) pointer: String,
    pub(crate) message: String,
    pub(crate) keyword: &'static str,
}

impl ValidationError {
    /// The JSON pointer (RFC 6901) of the offending value; `""` for the whole
    /// value. For a missing required property, the pointer names where it
    /// should be (`/contacts/0/name`).
    pub fn pointer(&self) -> &str {
        &self.pointer
    }

    /// What is wrong, in words.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The JSON Schema keyword that failed: `type`, `required`, `enum`,
    /// `format`, `maxLength`, `maxItems`, `oneOf`, ...
    pub fn keyword(&self) -> &'static str {
        self.keyword
    }
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pointer = if self.pointer.is_empty() {
            "(root)"
        } else {
            &self.pointer
        };
        write!(f, "{pointer}: {}", self.message)
    }
}
