//! What the app says about the facilitator's stored value.

use super::Lang;

/// The notice for a stored value with parts that could not be read: which, that the whole
/// value was kept aside, and that the rest was read.
pub fn unread(lang: Lang, invitation: bool, links: usize, agreements: bool) -> String {
    let mut parts: Vec<String> = Vec::new();
    if invitation {
        parts.push(match lang {
            Lang::Nl => "de uitnodiging".into(),
            Lang::En => "the invitation".into(),
        });
    }
    if links > 0 {
        parts.push(match (lang, links == 1) {
            (Lang::Nl, true) => "1 verzamelde link".into(),
            (Lang::Nl, false) => format!("{links} verzamelde links"),
            (Lang::En, true) => "1 collected link".into(),
            (Lang::En, false) => format!("{links} collected links"),
        });
    }
    if agreements {
        parts.push(match lang {
            Lang::Nl => "de afspraken".into(),
            Lang::En => "the agreements".into(),
        });
    }
    let and = match lang {
        Lang::Nl => " en ",
        Lang::En => " and ",
    };
    let list = match parts.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{}{and}{last}", rest.join(", ")),
        None => String::new(),
    };
    match lang {
        Lang::Nl => format!(
            "Niet alles wat op dit apparaat bewaard was, kon worden gelezen: {list} niet. Het geheel is apart bewaard, niet gewist. De rest staat hier weer."
        ),
        Lang::En => format!(
            "Not everything saved on this device could be read: {list} could not. The whole has been kept aside, not erased. The rest is back here."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_each_part_that_was_not_read() {
        assert_eq!(
            unread(Lang::Nl, true, 2, true),
            "Niet alles wat op dit apparaat bewaard was, kon worden gelezen: de uitnodiging, 2 verzamelde links en de afspraken niet. Het geheel is apart bewaard, niet gewist. De rest staat hier weer."
        );
        assert!(unread(Lang::En, false, 1, false).contains(": 1 collected link could not."));
        assert!(unread(Lang::En, false, 0, true).contains(": the agreements could not."));
    }
}
