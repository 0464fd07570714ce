//! The facilitator's camera panel (issue 23): reading each phone's result code.

use super::{t, Text};

pub const OPEN: Text = t("Scan met de camera", "Scan with the camera");
pub const HEADING: Text = t("Camera", "Camera");
pub const CLOSE: Text = t("Camera sluiten", "Close the camera");
pub const RESTART: Text = t("Camera weer aan", "Start the camera again");
pub const LARGER: Text = t("Groter beeld", "Larger picture");
pub const SOUND: Text = t("Geluid bij elke code", "Sound for each code");
pub const CHOICE: Text = t("Camera", "Camera");
pub const HOW: Text = t(
    "Laat de deelnemers hun code een voor een voor de camera houden. Het beeld blijft op dit apparaat en wordt niet bewaard.",
    "Have the participants hold up their code to the camera one at a time. The picture stays on this device and is not stored.",
);
pub const STARTING: Text = t("Camera start…", "Starting the camera…");

// What the last code did.
pub const RECEIVED: Text = t("Ontvangen ✓", "Received ✓");
pub const ALREADY_RECEIVED: Text = t("Al ontvangen", "Already received");
pub const INVITATION: Text = t(
    "Dit is de uitnodiging, geen uitkomst",
    "This is the invitation, not a result",
);
pub const NOT_OURS: Text = t(
    "Deze code is geen uitkomst van de scan",
    "This code is not a result of the scan",
);
pub const UNREADABLE: Text = t("Deze code is niet te lezen", "This code cannot be read");
pub const TEAM_LINK: Text = t(
    "Teamlink: beantwoord de vraag onder het plakvak",
    "Team link: answer the question below the paste box",
);

// Why the camera is off.
pub const REFUSED: Text = t(
    "De browser mag de camera niet gebruiken. Geef toestemming in de adresbalk, of plak de links.",
    "The browser may not use the camera. Allow it in the address bar, or paste the links.",
);
pub const NO_CAMERA: Text = t(
    "Geen camera gevonden. Plak de links in het vak.",
    "No camera found. Paste the links in the box.",
);
pub const IN_USE: Text = t(
    "De camera is in gebruik door een ander programma. Sluit dat en probeer opnieuw.",
    "The camera is in use by another program. Close it and try again.",
);
pub const INSECURE: Text = t(
    "De camera werkt alleen op een beveiligde pagina (https).",
    "The camera only works on a secure page (https).",
);
pub const BLOCKED: Text = t(
    "De website waarin de scan staat, laat de camera niet toe. Open de scan op een eigen tabblad om te scannen, of plak de links.",
    "The website the scan is part of does not allow the camera. Open the scan in a tab of its own to scan, or paste the links.",
);
pub const OWN_TAB: Text = t(
    "Open de scan op een eigen tabblad",
    "Open the scan in a tab of its own",
);
pub const IDLE: Text = t(
    "De camera is uit: 2 minuten geen nieuwe code.",
    "The camera is off: no new code for 2 minutes.",
);
pub const LOST: Text = t(
    "De camera is gestopt: losgekoppeld of door het systeem overgenomen. Zet de camera weer aan, of plak de links.",
    "The camera stopped: unplugged, or taken over by the system. Start it again, or paste the links.",
);
pub const FAILED: Text = t(
    "De camera kon niet starten. Plak de links in het vak.",
    "The camera could not start. Paste the links in the box.",
);

/// After the count of participants collected, in large: "12 ontvangen".
pub const RECEIVED_COUNT: Text = t("ontvangen", "received");
