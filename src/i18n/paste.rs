//! What the facilitator's paste box says after a paste (issue 22).

use super::{Lang, Text};
use crate::domain::collect::PasteReport;
use crate::domain::response::TeamName;

use super::t;

pub const UNDO: Text = t("Laatste plakactie ongedaan maken", "Undo the last paste");
pub const TEAM_LINK_QUESTION: Text = t(
    "In wat je plakte staat een teamlink. Is dat het team van deze sessie, of een eerdere meting om mee te vergelijken?",
    "What you pasted holds a team link. Is it this session's team, or an earlier session to compare with?",
);
pub const THIS_SESSION: Text = t("Voeg toe aan deze sessie", "Add to this session");
pub const EARLIER: Text = t("Vergelijk ermee", "Compare with it");
pub const TO_COMPARE: Text = t(
    "De teamlink staat nu bij het vergelijken, onder de teamweergave; er is niets toegevoegd.",
    "The team link is now in the comparison, below the team view; nothing was added.",
);
pub const OTHER_TEAMS: Text = t("Uitkomsten van een ander team:", "Results of another team:");

fn count(lang: Lang, n: usize, nl: (&str, &str), en: (&str, &str)) -> String {
    let (one, many) = match lang {
        Lang::Nl => nl,
        Lang::En => en,
    };
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// "3 uitkomsten toegevoegd, 1 dubbel, 1 van team Zuid, geen link in 2 regels."
pub fn pasted(lang: Lang, report: &PasteReport, other_teams: &[TeamName]) -> String {
    let mut parts = Vec::new();
    if report.results > 0 {
        parts.push(match lang {
            Lang::Nl => {
                count(lang, report.results, ("uitkomst", "uitkomsten"), ("", "")) + " toegevoegd"
            }
            Lang::En => count(lang, report.results, ("", ""), ("result", "results")) + " added",
        });
    }
    if report.team_links > 0 {
        let people = super::ui::participants(lang, report.team_participants);
        parts.push(match lang {
            Lang::Nl => format!(
                "{} ({people}) toegevoegd",
                count(lang, report.team_links, ("teamlink", "teamlinks"), ("", ""))
            ),
            Lang::En => format!(
                "{} ({people}) added",
                count(
                    lang,
                    report.team_links,
                    ("", ""),
                    ("team link", "team links")
                )
            ),
        });
    }
    if parts.is_empty() {
        parts.push(match lang {
            Lang::Nl => "Niets toegevoegd".into(),
            Lang::En => "Nothing added".into(),
        });
    }
    if report.duplicates > 0 {
        parts.push(count(
            lang,
            report.duplicates,
            ("dubbel", "dubbel"),
            ("duplicate", "duplicates"),
        ));
    }
    for team in other_teams {
        parts.push(match lang {
            Lang::Nl => format!("van team {}", team.as_str()),
            Lang::En => format!("from team {}", team.as_str()),
        });
    }
    if report.lines_without_link > 0 {
        parts.push(match lang {
            Lang::Nl => format!(
                "geen link in {}",
                count(
                    lang,
                    report.lines_without_link,
                    ("regel", "regels"),
                    ("", "")
                )
            ),
            Lang::En => format!(
                "no link in {}",
                count(lang, report.lines_without_link, ("", ""), ("line", "lines"))
            ),
        });
    }
    if report.problems > 0 {
        parts.push(count(
            lang,
            report.problems,
            ("niet te lezen", "niet te lezen"),
            ("unreadable", "unreadable"),
        ));
    }
    if report.cut {
        parts.push(match lang {
            Lang::Nl => "alleen het begin gelezen (te lang)".into(),
            Lang::En => "only the beginning read (too long)".into(),
        });
    }
    format!("{}.", parts.join(", "))
}

/// "Laatste plakactie ongedaan gemaakt: 1 deelnemer minder."
pub fn undone(lang: Lang, participants: usize) -> String {
    let people = super::ui::participants(lang, participants);
    match lang {
        Lang::Nl => format!("Laatste plakactie ongedaan gemaakt: {people} minder."),
        Lang::En => format!("Last paste undone: {people} fewer."),
    }
}

/// "Team Zuid weggelaten: 2 deelnemers."
pub fn left_out(lang: Lang, team: &TeamName, participants: usize) -> String {
    let people = super::ui::participants(lang, participants);
    match lang {
        Lang::Nl => format!("Team {} weggelaten: {people}.", team.as_str()),
        Lang::En => format!("Team {} left out: {people}.", team.as_str()),
    }
}

/// "Laat team Zuid weg (2 deelnemers)".
pub fn leave_out(lang: Lang, team: &TeamName, participants: usize) -> String {
    let people = super::ui::participants(lang, participants);
    match lang {
        Lang::Nl => format!("Laat team {} weg ({people})", team.as_str()),
        Lang::En => format!("Leave out team {} ({people})", team.as_str()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paste_is_said_in_one_sentence() {
        let report = PasteReport {
            results: 3,
            duplicates: 1,
            lines_without_link: 2,
            ..PasteReport::default()
        };
        let zuid = [TeamName::new("Zuid").unwrap()];
        assert_eq!(
            pasted(Lang::Nl, &report, &zuid),
            "3 uitkomsten toegevoegd, 1 dubbel, van team Zuid, geen link in 2 regels."
        );
        assert_eq!(
            pasted(Lang::En, &report, &zuid),
            "3 results added, 1 duplicate, from team Zuid, no link in 2 lines."
        );
        let team = PasteReport {
            team_links: 1,
            team_participants: 6,
            ..PasteReport::default()
        };
        assert_eq!(
            pasted(Lang::Nl, &team, &[]),
            "1 teamlink (6 deelnemers) toegevoegd."
        );
        let nothing = PasteReport {
            lines_without_link: 1,
            ..PasteReport::default()
        };
        assert_eq!(
            pasted(Lang::En, &nothing, &[]),
            "Nothing added, no link in 1 line."
        );
    }
}
