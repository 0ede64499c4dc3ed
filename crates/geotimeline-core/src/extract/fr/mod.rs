//! French: the locale's word tables and rules, which the language-neutral
//! engines (such as [`crate::extract::dates`]) consume.

pub mod dates;
pub mod words;

use crate::extract::dates::DateGrammar;
use std::sync::LazyLock;

/// The French date grammar.
pub static DATES: LazyLock<DateGrammar> = LazyLock::new(dates::grammar);
