#[rustfmt::skip]
mod generated;
mod operation;
