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
