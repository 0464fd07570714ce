//! The team result's texts: its CSV files, its role comparison, and sharing it (from 3
//! participants, the differencing warning). Also reachable as `ui::` (re-exported there).

use super::Text;

use super::t;

// The two CSV dialects (domain::csv::Dialect).
/// `Dialect::Excel`.
pub const CSV_EXCEL: Text = t(
    "Voor Excel met Nederlandse instellingen (puntkomma's, decimale komma)",
    "For Excel with Dutch settings (semicolons, decimal comma)",
);
/// `Dialect::Rfc4180`.
pub const CSV_RFC4180: Text = t(
    "Voor scripts (komma's, decimale punt, RFC 4180)",
    "For scripts (commas, decimal point, RFC 4180)",
);
// The role comparison (domain::team::RoleComparison).
/// `ComparisonHidden::RestTooSmall`.
pub const ROLES_HIDDEN_REST_TOO_SMALL: Text = t(
    "Verborgen: buiten de rolgroepen met 3 of meer deelnemers vallen maar 1 of 2 mensen. Hun antwoorden zouden dan uit de teamuitkomst terug te rekenen zijn.",
    "Hidden: only 1 or 2 people fall outside the role groups of 3 or more. Their answers could then be worked out from the team result.",
);
/// `RoleComparison::Shown` with `left_out > 0`: also right when a group of 3 or more joined a
/// rest of 1 or 2 (ROLES_LEFT_OUT says only "fewer than 3").
pub const ROLES_LEFT_OUT_OR_JOINED: Text = t(
    "Weggelaten: rolgroepen met minder dan 3 deelnemers, en de kleinste groep als anders maar 1 of 2 mensen buiten de getoonde groepen zouden vallen.",
    "Left out: role groups with fewer than 3 participants, and the smallest group when otherwise only 1 or 2 people would fall outside the groups shown.",
);

// Issue 21, counts (the "counts" part): a team of at least 3, and differencing.
/// The team view below 3 participants, in place of the team link, CSV files and print.
pub const TOO_FEW_TO_SHARE: Text = t(
    "Nog niets te delen: een teamlink, CSV-bestanden en een afdruk komen er vanaf 3 deelnemers. Met 1 of 2 zou de teamuitkomst de antwoorden van die personen zelf zijn.",
    "Nothing to share yet: a team link, CSV files and a print-out come from 3 participants. With 1 or 2, the team result would be those people's own answers.",
);
/// Before sharing: this team and one shared earlier (or the one compared with) could differ by
/// 1 or 2 people.
pub const DIFFERENCING_WARNING: Text = t(
    "Let op: deze teamuitkomst en een eerder gedeelde uitkomst van dit team (of de teamlink waarmee je vergelijkt) verschillen misschien maar 1 of 2 mensen. Wie beide heeft, kan uit het verschil de antwoorden van die mensen afleiden. Deel alleen als dat geen kwaad kan.",
    "Note: this team result and one of this team shared earlier (or the team link you compare with) may differ by only 1 or 2 people. Whoever has both can work out those people's answers from the difference. Share only if that does no harm.",
);
