// An encoder of share links, format version 1, written from src/domain/link.rs's documentation
// (not from its code), for tests and benchmarks that need many links without answering the scan
// in a browser many times. tests/e2e/workshop.test.mjs checks it against links the app made.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** `value` big-endian in `chars` characters of six bits. */
const number = (value, chars) => {
  let v = BigInt(value);
  let out = '';
  for (let i = 0; i < chars; i++) {
    out = ALPHABET[Number(v & 63n)] + out;
    v >>= 6n;
  }
  return out;
};

/** CRC-24 (OpenPGP) of ASCII text. */
const crc24 = (text) => {
  let crc = 0xb704ce;
  for (const c of Buffer.from(text, 'ascii')) {
    crc ^= c << 16;
    for (let i = 0; i < 8; i++) {
      crc <<= 1;
      if (crc & 0x1000000) crc ^= 0x1864cfb;
    }
  }
  return crc & 0xffffff;
};

const seal = (body) => body + number(crc24(body), 4);

/** The unpadded base64url of the team name's UTF-8, after its byte length (2 characters). */
const name = (teamName) => {
  if (!teamName) return 'AA';
  const bytes = Buffer.from(teamName, 'utf8');
  return number(bytes.length, 2) + bytes.toString('base64url');
};

/** R = role + 8 * Σ code_i * 6^i over NOW 1-14 then DESIRED 1-14 (codes: 0 don't know, 1-5). */
export const responseKey = ({ role = 0, now, desired }) =>
  [...now, ...desired].reduceRight((acc, c) => acc * 6n + BigInt(c), 0n) * 8n + BigInt(role);

/** The fragment of one response's link (without '#'). */
export const responseLink = (response, teamName) => seal('v1r' + name(teamName) + number(responseKey(response), 13));

/** The fragment of a team link (without '#'): the responses sorted by their value. */
export const teamLink = (responses, teamName) =>
  seal(
    'v1t' +
      name(teamName) +
      number(responses.length, 2) +
      responses
        .map(responseKey)
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
        .map((k) => number(k, 13))
        .join(''),
  );
