//! `Callbell` against `FakeCallbell` on 127.0.0.1: every operation with its
//! effect on the state, validation, faults, and the server's lifecycle.

mod faults;
mod lifecycle;
mod operations;
mod seeding;
mod support;
mod validation;
