// Reading the app's CSV files back in the e2e tests: one parser for both dialects.
import assert from 'node:assert/strict';

/**
 * The records of a CSV text without its byte-order mark: fields split on `sep` (',' for RFC
 * 4180, ';' for the Dutch-Excel dialect), quoted fields with doubled quotes, CRLF line ends.
 * Fails when the text does not end with CRLF.
 */
export function parseCsv(text, sep = ',') {
  const records = [];
  let record = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) record.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') record.push(field), records.push(record), (record = []), (field = ''), i++;
    else field += c;
  }
  assert.equal(field + record.join(''), '', 'the file ends with CRLF');
  return records;
}

/** The answers file's columns (issue 21: counts per question, no record of a person). */
export const ANSWER_COLUMNS = [
  'team', 'rolgroep', 'nummer', 'onderdeel', 'vraag', 'aantal', 'weet_ik_niet',
  'antwoord_1', 'antwoord_2', 'antwoord_3', 'antwoord_4', 'antwoord_5',
];

/**
 * Per question (NOW of dimensions 1-14, then DESIRED), how many of `sets` ({now, desired}
 * arrays of answer codes, 0 = don't know) gave each answer: [don't know, 1, 2, 3, 4, 5].
 */
export function countsOf(sets) {
  const counts = Array.from({ length: 28 }, () => [0, 0, 0, 0, 0, 0]);
  for (const set of sets) [...set.now, ...set.desired].forEach((code, q) => counts[q][code]++);
  return counts;
}

/**
 * The counts an answers file holds per part: `{ '': whole team, <role group label>: … }`, each
 * 28 questions of [don't know, 1-5] in the file's order, checked against its own columns.
 */
export function countsInFile(records) {
  assert.deepEqual(records[0], ANSWER_COLUMNS);
  const parts = {};
  for (const r of records.slice(1)) {
    assert.equal(r.length, ANSWER_COLUMNS.length);
    const counts = r.slice(6).map(Number);
    assert.equal(counts.reduce((a, b) => a + b, 0), Number(r[5]), 'aantal is the part');
    (parts[r[1]] ??= []).push(counts);
  }
  for (const part of Object.values(parts)) assert.equal(part.length, 28);
  return parts;
}
