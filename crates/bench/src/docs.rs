//! Regenerating the measured section of a docs page: the text between
//! `<!-- results:begin -->` and `<!-- results:end -->` is replaced with the latest
//! tables; everything outside the markers is left byte for byte.

pub const BEGIN: &str = "<!-- results:begin -->";
pub const END: &str = "<!-- results:end -->";

/// Returns `page` with the marked section replaced by `body`.
pub fn replace_section(page: &str, body: &str) -> Result<String, String> {
    let start = page.find(BEGIN).ok_or("no <!-- results:begin --> marker")?;
    let after = start + BEGIN.len();
    let end = page[after..].find(END).map(|i| after + i).ok_or("no <!-- results:end --> marker after the begin marker")?;
    Ok(format!("{}\n\n{}\n{}", &page[..after], body.trim_end(), &page[end..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_only_between_markers() {
        let page = format!("intro\n{BEGIN}\nold\n{END}\noutro\n");
        let new = replace_section(&page, "new table\n").unwrap();
        assert_eq!(new, format!("intro\n{BEGIN}\n\nnew table\n{END}\noutro\n"));
        assert_eq!(replace_section(&new, "new table\n").unwrap(), new);
    }

    #[test]
    fn missing_markers_are_errors() {
        assert!(replace_section("no markers", "x").is_err());
        assert!(replace_section(&format!("{END} {BEGIN}"), "x").is_err());
    }
}
