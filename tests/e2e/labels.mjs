// The app's labels that the e2e tests press and look for, in Dutch and English, written once:
// the texts of src/i18n/ui.rs, present.rs, copy.rs, participant.rs and camera.rs, word for
// word, under the name of their Rust constant (UI.FACILITATE is ui::FACILITATE).
// tests/scripts/labels.test.mjs checks every entry against the Rust source, so a changed text
// fails there first, with the constant named.
//
//   import { UI } from './labels.mjs';
//   await page.getByRole('button', { name: UI.FACILITATE[lang] }).click();

/** src/i18n/ui.rs */
export const UI = {
  OTHER_LANGUAGE: { nl: 'English', en: 'Nederlands' },
  TEAM_NAME_LABEL: { nl: 'Naam van je team (optioneel)', en: "Your team's name (optional)" },
  ROLE_LABEL: { nl: 'Jouw rol (optioneel)', en: 'Your role (optional)' },
  START: { nl: 'Start de scan', en: 'Start the scan' },
  RESUME: { nl: 'Verder waar je was', en: 'Continue where you were' },
  BACK: { nl: 'Vorige', en: 'Previous' },
  NEXT: { nl: 'Volgende', en: 'Next' },
  TO_RESULTS: { nl: 'Naar de uitkomst', en: 'See the result' },
  RESULTS_TITLE: { nl: 'Jouw uitkomst', en: 'Your result' },
  EDIT_ANSWERS: { nl: 'Antwoorden aanpassen', en: 'Change answers' },
  NOW: { nl: 'Nu', en: 'Now' },
  PRINT: { nl: 'Afdrukken', en: 'Print' },
  START_OVER: { nl: 'Opnieuw beginnen', en: 'Start over' },
  CONFIRM_START_OVER: { nl: 'Al je antwoorden op dit apparaat worden gewist. Weet je het zeker?', en: 'All your answers on this device will be erased. Are you sure?' },
  CONFIRM_YES: { nl: 'Ja, wis alles', en: 'Yes, erase everything' },
  CONFIRM_NO: { nl: 'Nee, ga terug', en: 'No, go back' },
  UNREADABLE_KEPT: { nl: 'Wat eerder op dit apparaat bewaard was, kan deze versie van de scan niet lezen. Het is apart bewaard, niet gewist. Je gaat hier verder met een lege scan.', en: 'What was saved on this device before cannot be read by this version of the scan. It has been kept aside, not erased. You continue here with an empty scan.' },
  DISMISS: { nl: 'Sluiten', en: 'Close' },
  SEND_PRIVACY: { nl: 'De begeleider kan met deze link al je antwoorden en je rol zien. De teamuitkomst laat geen namen zien, en een rol alleen bij een rolgroep van minstens 3 deelnemers.', en: 'With this link the facilitator can see all your answers and your role. The team result shows no names, and a role only for a role group of at least 3 participants.' },
  COPY: { nl: 'Kopieer de link', en: 'Copy the link' },
  COPIED: { nl: 'De link is gekopieerd.', en: 'The link has been copied.' },
  COPY_FAILED: { nl: 'Kopiëren lukte niet. Selecteer de link en kopieer hem zelf.', en: 'Copying did not work. Select the link and copy it yourself.' },
  SHARED_TITLE: { nl: 'Gedeelde uitkomst', en: 'Shared result' },
  DO_SCAN_YOURSELF: { nl: 'Doe de scan zelf', en: 'Do the scan yourself' },
  COMPARE: { nl: 'Vergelijk met mijn eigen uitkomst', en: 'Compare with my own result' },
  COMPARE_TITLE: { nl: 'Gedeelde uitkomst naast de jouwe', en: 'The shared result beside yours' },
  TO_OWN_RESULT: { nl: 'Naar mijn eigen uitkomst', en: 'Go to my own result' },
  BROKEN_TITLE: { nl: 'Deze link werkt niet', en: 'This link does not work' },
  BROKEN_NOT_A_LINK: { nl: 'Dit is geen link van de Samenwerkingsscan, of er zijn tekens in veranderd, bijvoorbeeld door een chat- of mailprogramma. Vraag om de link opnieuw.', en: 'This is not a Collaboration scan link, or characters in it were changed, for example by a chat or mail program. Ask for the link again.' },
  BROKEN_TRUNCATED: { nl: 'De link is niet compleet: waarschijnlijk is het laatste stuk weggevallen bij het kopiëren. Vraag om de hele link.', en: 'The link is incomplete: the last part was probably lost when it was copied. Ask for the whole link.' },
  BROKEN_DAMAGED: { nl: 'De link is beschadigd: er is een teken in veranderd of weggevallen. Vraag om de link opnieuw.', en: 'The link is damaged: a character in it was changed or lost. Ask for the link again.' },
  FACILITATE: { nl: 'Workshop begeleiden', en: 'Facilitate a workshop' },
  FACILITATOR_LOAD_FAILED: { nl: 'Het deel voor de begeleider kon niet worden geladen. Controleer de verbinding en probeer het opnieuw. Je antwoorden blijven bewaard.', en: "The facilitator's part could not be loaded. Check the connection and try again. Your answers are kept." },
  TRY_AGAIN: { nl: 'Opnieuw proberen', en: 'Try again' },
  TO_WELCOME: { nl: 'Naar het begin', en: 'To the start' },
  INVITATION_HEADING: { nl: '1. Uitnodiging', en: '1. Invitation' },
  WORKSHOP_TEAM_LABEL: { nl: 'Naam van het team', en: "The team's name" },
  MAKE_INVITATION: { nl: 'Maak de uitnodiging', en: 'Make the invitation' },
  PASTE_LABEL: { nl: 'Plak de uitkomstlinks: één, meer, of een heel chatgesprek of e-mail', en: 'Paste the result links: one, more, or a whole chat or e-mail' },
  ADD_PASTED: { nl: 'Toevoegen', en: 'Add' },
  CLEAR_COLLECTED: { nl: 'Verzamelde uitkomsten wissen', en: 'Erase the collected results' },
  CONFIRM_CLEAR: { nl: 'Alles wissen? Bewaar eerst de teamlink als je die nog nodig hebt.', en: 'Erase everything? Keep the team link first if you still need it.' },
  NOT_READ_HEADING: { nl: 'Niet gelezen', en: 'Not read' },
  JOIN_TITLE: { nl: 'Uitnodiging voor een workshop', en: 'Invitation to a workshop' },
  JOIN: { nl: 'Doe mee', en: 'Join' },
  LEAVE_WORKSHOP: { nl: 'De scan voor mezelf doen, los van de workshop', en: 'Do the scan for myself, apart from the workshop' },
  SEND_HEADING: { nl: 'Stuur je uitkomst naar de begeleider', en: 'Send your result to the facilitator' },
  // The participant's path (issue 22).
  SEND_INTRO: { nl: 'Houd deze code voor de camera van de begeleider, of stuur de link.', en: "Hold this code up to the facilitator's camera, or send the link." },
  JOIN_INTRO: { nl: 'Je doet de scan voor dit team en laat aan het eind je uitkomst aan de begeleider zien: met een code voor de camera, of als link.', en: 'You do the scan for this team and at the end give your result to the facilitator: as a code for the camera, or as a link.' },
  ROLE_NONE: { nl: 'Zeg ik liever niet', en: 'Prefer not to say' },
  TEAM_TITLE: { nl: 'Teamuitkomst', en: 'Team result' },
  MEDIAN: { nl: 'mediaan', en: 'median' },
  ROLES_HEADING: { nl: 'Rolgroepen vergeleken', en: 'Role groups compared' },
  ROLES_HIDDEN: { nl: 'Verborgen: pas bij twee rolgroepen met elk 3 of meer deelnemers, zodat niemands antwoorden herkenbaar zijn.', en: "Hidden: shown only with two role groups of 3 or more participants each, so no one's answers can be recognised." },
  CSV_ANSWERS: { nl: 'Antwoorden (CSV)', en: 'Answers (CSV)' },
  CSV_SUMMARY: { nl: 'Samenvatting (CSV)', en: 'Summary (CSV)' },
  CSV_ANSWERS_EXCEL: { nl: 'Antwoorden voor Excel', en: 'Answers for Excel' },
  CSV_SUMMARY_EXCEL: { nl: 'Samenvatting voor Excel', en: 'Summary for Excel' },
  COMPARE_TEAMS: { nl: 'Vergelijk', en: 'Compare' },
  COMPARE_NOT_TEAM: { nl: 'Hierin staat geen link van de scan. Plak de teamlink van de andere meting.', en: 'There is no link of the scan in this. Paste the team link of the other measurement.' },
  AGREEMENT: { nl: 'Afspraak', en: 'Agreement' },
  AGREEMENT_OWNER_LABEL: { nl: 'Wie pakt het op', en: 'Who takes it up' },
  AGREEMENT_DUE_LABEL: { nl: 'Wanneer', en: 'By when' },
  AGREED_THEN: { nl: 'Afspraak toen', en: 'Agreed then' },
  REPORT_DATE: { nl: 'Afgedrukt op', en: 'Printed on' },
  AGREEMENT_NO_TEXT: { nl: 'Vul ook in wat jullie afspreken; anders gaat dit niet mee in de teamlink.', en: 'Fill in what you agree as well; otherwise this is not included in the team link.' },
  TEAM_NAME_CONTROL: { nl: 'De naam mag geen tab, regeleinde of ander stuurteken bevatten.', en: 'The name may not contain a tab, line break or other control character.' },
  TEAM_NAME_BIDI: { nl: 'De naam mag geen tekens bevatten die de leesrichting van de tekst omdraaien.', en: 'The name may not contain characters that override the direction of the text.' },
  TEAM_NAME_INVISIBLE: { nl: 'De naam bestaat alleen uit onzichtbare tekens. Typ een naam die je kunt lezen.', en: 'The name consists only of invisible characters. Type a name that can be read.' },
  TEAM_NAME_REQUIRED: { nl: 'Geef het team een naam.', en: 'Give the team a name.' },
  ROLES_HIDDEN_REST_TOO_SMALL: { nl: 'Verborgen: buiten de rolgroepen met 3 of meer deelnemers vallen maar 1 of 2 mensen. Hun antwoorden zouden dan uit de teamuitkomst terug te rekenen zijn.', en: 'Hidden: only 1 or 2 people fall outside the role groups of 3 or more. Their answers could then be worked out from the team result.' },
  ROLES_LEFT_OUT_OR_JOINED: { nl: 'Weggelaten: rolgroepen met minder dan 3 deelnemers, en de kleinste groep als anders maar 1 of 2 mensen buiten de getoonde groepen zouden vallen.', en: 'Left out: role groups with fewer than 3 participants, and the smallest group when otherwise only 1 or 2 people would fall outside the groups shown.' },
  // Issue 21, counts (the "counts" part): a team of at least 3, and differencing.
  PRINT_REPORT: { nl: 'Rapport afdrukken of als pdf bewaren', en: 'Print the report or save it as a PDF' },
  TOO_FEW_TO_SHARE: { nl: 'Nog niets te delen: een teamlink, CSV-bestanden en een afdruk komen er vanaf 3 deelnemers. Met 1 of 2 zou de teamuitkomst de antwoorden van die personen zelf zijn.', en: "Nothing to share yet: a team link, CSV files and a print-out come from 3 participants. With 1 or 2, the team result would be those people's own answers." },
  DIFFERENCING_WARNING: { nl: 'Let op: deze teamuitkomst en een eerder gedeelde uitkomst van dit team (of de teamlink waarmee je vergelijkt) verschillen misschien maar 1 of 2 mensen. Wie beide heeft, kan uit het verschil de antwoorden van die mensen afleiden. Deel alleen als dat geen kwaad kan.', en: "Note: this team result and one of this team shared earlier (or the team link you compare with) may differ by only 1 or 2 people. Whoever has both can work out those people's answers from the difference. Share only if that does no harm." },
  // The facilitator's screen (issue 22): the folded invitation, copy buttons named by their link.
  COPY_INVITATION: { nl: 'Kopieer de uitnodiging', en: 'Copy the invitation' },
  COPY_TEAM_LINK: { nl: 'Kopieer de teamlink', en: 'Copy the team link' },
  SHOW_INVITATION: { nl: 'Toon link en QR-code', en: 'Show the link and QR code' },
  HIDE_INVITATION: { nl: 'Verberg link en QR-code', en: 'Hide the link and QR code' },
  CHANGE_INVITATION: { nl: 'Uitnodiging wijzigen', en: 'Change the invitation' },
  AGREEMENT_TOO_LONG: { nl: 'Te lang. Zo gaat deze afspraak niet mee in de teamlink: maak hem korter.', en: 'Too long. As it is, this agreement is not included in the team link: shorten it.' },
};

/** src/i18n/present.rs (the presenter mode) */
export const PRESENT = {
  PRESENT: { nl: 'Presenteren', en: 'Present' },
  LEAVE_FULL_SCREEN: { nl: 'Volledig scherm uit (F)', en: 'Exit full screen (F)' },
  STOP: { nl: 'Stoppen (Esc)', en: 'Stop (Esc)' },
  TIMER: { nl: 'Tijd per dia', en: 'Time per slide' },
  AGREEMENTS: { nl: 'Afspraken', en: 'Agreements' },
  NO_AGREEMENTS: { nl: 'Er zijn geen afspraken vastgelegd.', en: 'No agreements were recorded.' },
};

/** src/i18n/copy.rs */
export const COPY = {
  WELCOME_TITLE: { nl: 'Samenwerkingsscan', en: 'Collaboration scan' },
  WELCOME_INTRO: { nl: "Met deze scan kijken jullie samen naar hoe jullie als team samenwerken. Het schema komt uit het onderzoek 'Lokaal & Integraal werken aan participatie' van Hogeschool Utrecht en Movisie. Je ziet welke vorm van samenwerking jullie nu hebben, welke past bij jullie doel en waar je het eerst over wilt praten.", en: "With this scan your team looks at how you work together. The schema comes from the research project 'Lokaal & Integraal werken aan participatie' by Hogeschool Utrecht and Movisie. You see which form of collaboration you have now, which one fits your aims, and what to talk about first." },
  WELCOME_DURATION: { nl: 'Duurt ongeveer 10 minuten: 14 onderdelen, steeds twee vragen.', en: 'Takes about 10 minutes: 14 parts, two questions each.' },
};

/** src/i18n/participant.rs (issue 22) */
export const PARTICIPANT = {
  PARTNER_GETS_LINK: { nl: 'De website waarop deze scan staat, krijgt de link naar je uitkomst, met je antwoorden.', en: 'The website this scan is on receives the link to your result, with your answers.' },
};

/** src/i18n/camera.rs (issue 23, the camera panel; added by the camera e2e) */
export const CAMERA = {
  OPEN: { nl: 'Scan met de camera', en: 'Scan with the camera' },
  HEADING: { nl: 'Camera', en: 'Camera' },
  CLOSE: { nl: 'Camera sluiten', en: 'Close the camera' },
  RESTART: { nl: 'Camera weer aan', en: 'Start the camera again' },
  LARGER: { nl: 'Groter beeld', en: 'Larger picture' },
  SOUND: { nl: 'Geluid bij elke code', en: 'Sound for each code' },
  CHOICE: { nl: 'Camera', en: 'Camera' },
  STARTING: { nl: 'Camera start…', en: 'Starting the camera…' },
  RECEIVED: { nl: 'Ontvangen ✓', en: 'Received ✓' },
  ALREADY_RECEIVED: { nl: 'Al ontvangen', en: 'Already received' },
  INVITATION: { nl: 'Dit is de uitnodiging, geen uitkomst', en: 'This is the invitation, not a result' },
  NOT_OURS: { nl: 'Deze code is geen uitkomst van de scan', en: 'This code is not a result of the scan' },
  TEAM_LINK: { nl: 'Teamlink: beantwoord de vraag onder het plakvak', en: 'Team link: answer the question below the paste box' },
  REFUSED: { nl: 'De browser mag de camera niet gebruiken. Geef toestemming in de adresbalk, of plak de links.', en: 'The browser may not use the camera. Allow it in the address bar, or paste the links.' },
  NO_CAMERA: { nl: 'Geen camera gevonden. Plak de links in het vak.', en: 'No camera found. Paste the links in the box.' },
  IN_USE: { nl: 'De camera is in gebruik door een ander programma. Sluit dat en probeer opnieuw.', en: 'The camera is in use by another program. Close it and try again.' },
  INSECURE: { nl: 'De camera werkt alleen op een beveiligde pagina (https).', en: 'The camera only works on a secure page (https).' },
  IDLE: { nl: 'De camera is uit: 2 minuten geen nieuwe code.', en: 'The camera is off: no new code for 2 minutes.' },
  LOST: {
    nl: 'De camera is gestopt: losgekoppeld of door het systeem overgenomen. Zet de camera weer aan, of plak de links.',
    en: 'The camera stopped: unplugged, or taken over by the system. Start it again, or paste the links.',
  },
  RECEIVED_COUNT: { nl: 'ontvangen', en: 'received' },
};
