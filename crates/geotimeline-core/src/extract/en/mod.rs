//! English: the locale's data and named rules (word tables, date rules), which
//! the language-neutral engines (such as [`crate::extract::dates`]) consume.
//! English has no event triggers yet: they come next in #15.

pub mod dates;
pub mod words;

use crate::extract::dates::DateGrammar;
use std::sync::LazyLock;

/// The English date grammar.
pub static DATES: LazyLock<DateGrammar> = LazyLock::new(dates::grammar);
