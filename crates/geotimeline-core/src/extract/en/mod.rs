//! English: the locale's data and named rules (word tables, date rules, the
//! trigger lexicon and its inflections, clause words), which the
//! language-neutral engines (such as [`crate::extract::dates`] and the event
//! reader) consume.

pub mod actors;
pub mod clauses;
pub mod dates;
pub mod inflection;
pub mod lexicon;
pub mod triggers;
pub mod words;

use crate::extract::dates::DateGrammar;
use std::sync::LazyLock;

/// The English date grammar.
pub static DATES: LazyLock<DateGrammar> = LazyLock::new(dates::grammar);
