//! CPython's tokenizer check of indentation made of tabs and spaces (`TabError`).
//!
//! Invariant: a logical line's indentation is measured twice, with tabs to multiples of 8 and
//! with tabs as one column; the two measures must order the indentation levels the same way
//! (CPython's `indenterror`), otherwise the line is reported. Only the whitespace before the
//! first token of each logical line is read, so continuation lines, bracketed lines and
//! strings never count.

use ruff_python_ast::token::{TokenKind, Tokens};
use ruff_text_size::Ranged;

/// Columns of an indentation: (tabs to the next multiple of 8, tabs as 1).
fn measure(indent: &str) -> (usize, usize) {
    let (mut col, mut alt) = (0, 0);
    for c in indent.chars() {
        match c {
            ' ' => {
                col += 1;
                alt += 1;
            }
            '\t' => {
                col = (col / 8 + 1) * 8;
                alt += 1;
            }
            '\x0c' => {
                col = 0;
                alt = 0;
            }
            _ => {}
        }
    }
    (col, alt)
}

/// The byte offset of the first logical line whose indentation is inconsistent in its use of
/// tabs and spaces, if any.
pub fn inconsistent_tabs(src: &str, tokens: &Tokens) -> Option<usize> {
    let mut stack = vec![(0usize, 0usize)];
    let mut line_start = true;
    for t in tokens.iter() {
        match t.kind() {
            TokenKind::Comment
            | TokenKind::NonLogicalNewline
            | TokenKind::Indent
            | TokenKind::Dedent => continue,
            TokenKind::Newline => {
                line_start = true;
                continue;
            }
            _ if !line_start => continue,
            _ => {}
        }
        line_start = false;
        let start = t.start().to_usize().min(src.len());
        let bol = src[..start].rfind('\n').map_or(0, |i| i + 1);
        // The line's leading whitespace (ruff may fold a bad indentation into the token).
        let indent_len = src[bol..]
            .find(|c: char| !matches!(c, ' ' | '\t' | '\x0c'))
            .unwrap_or(src.len() - bol);
        let start = bol + indent_len;
        let (col, alt) = measure(&src[bol..start]);
        let &(top, top_alt) = stack.last()?;
        if col > top {
            if alt <= top_alt {
                return Some(start);
            }
            stack.push((col, alt));
            continue;
        }
        while stack.len() > 1 && stack.last().is_some_and(|&(c, _)| col < c) {
            stack.pop();
        }
        match stack.last() {
            // A dedent to no enclosing level is the parser's IndentationError.
            Some(&(c, _)) if c != col => return None,
            Some(&(_, a)) if a != alt => return Some(start),
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(src: &str) -> Option<usize> {
        let opts = ruff_python_parser::ParseOptions::from(ruff_python_ast::PySourceType::Python);
        let parsed = ruff_python_parser::parse_unchecked(src, opts);
        inconsistent_tabs(src, parsed.tokens())
    }

    #[test]
    fn tab_after_spaces() {
        assert_eq!(check("if True:\n        x = 1\n\ty = 2\n"), Some(24));
        assert_eq!(check("if True:\n\tx = 1\n        y = 2\n"), Some(24));
    }

    #[test]
    fn consistent_indentation() {
        assert_eq!(
            check("if True:\n\tx = (1,\n  2)\n\tif x:\n\t\ty = 2\nz = 3\n"),
            None
        );
        assert_eq!(
            check("if True:\n    x = 1\n    # \tc\n    y = '''\n\tz'''\n"),
            None
        );
    }
}
