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

/**
 * The fragment of a workshop invitation (without '#'): SS = the role groups' mask (bit i for
 * the group with id i + 1) plus bit 7 for English.
 */
export const invitationLink = ({ teamName, lang = 'nl', roles = [1, 2, 3, 4, 5, 6, 7] }) =>
  seal('v1w' + name(teamName) + number(roles.reduce((m, id) => m | (1 << (id - 1)), 0) | (lang === 'en' ? 128 : 0), 2));

const value = (text) => [...text].reduce((v, c) => {
  const i = ALPHABET.indexOf(c);
  if (i < 0) throw new Error(`not a link character: ${c}`);
  return v * 64n + BigInt(i);
}, 0n);

/** R back into { role, now, desired } (codes: 0 don't know, 1-5). */
export const responseOfKey = (key) => {
  let k = BigInt(key);
  const role = Number(k % 8n);
  k /= 8n;
  const codes = [];
  for (let i = 0; i < 28; i++) {
    codes.push(Number(k % 6n));
    k /= 6n;
  }
  return { role, now: codes.slice(0, 14), desired: codes.slice(14) };
};

/**
 * A team link's fragment (without '#') read back: { teamName, responses: [{ role, now,
 * desired }] } in the link's order. Throws when the checksum or a length does not fit.
 */
export const decodeTeamLink = (fragment) => {
  if (!fragment.startsWith('v1t')) throw new Error(`not a team link: ${fragment.slice(0, 8)}`);
  const body = fragment.slice(0, -4);
  if (Number(value(fragment.slice(-4))) !== crc24(body)) throw new Error('checksum mismatch');
  let at = 3;
  const take = (n) => fragment.slice(at, (at += n));
  const bytes = Number(value(take(2)));
  const teamName = bytes ? Buffer.from(take(Math.ceil((bytes * 4) / 3)), 'base64url').toString('utf8') : null;
  const count = Number(value(take(2)));
  const responses = [];
  for (let i = 0; i < count; i++) responses.push(responseOfKey(value(take(13))));
  if (at !== body.length) throw new Error('length mismatch');
  return { teamName, responses };
};

/**
 * The header of a team link of counts (version 3, src/domain/link.rs "Format, version 3"):
 * { teamName, participants, groups: [{ id, size }] }, checksum checked. The core (the counts
 * themselves) is left to the native tests; the e2e tests compare what the app shows.
 */
export const decodeCountsHeader = (fragment) => {
  if (!fragment.startsWith('v3t')) throw new Error(`not a team link of counts: ${fragment.slice(0, 8)}`);
  const body = fragment.slice(0, -4);
  if (Number(value(fragment.slice(-4))) !== crc24(body)) throw new Error('checksum mismatch');
  let at = 3;
  const take = (n) => fragment.slice(at, (at += n));
  const bytes = Number(value(take(2)));
  const teamName = bytes ? Buffer.from(take(Math.ceil((bytes * 4) / 3)), 'base64url').toString('utf8') : null;
  const participants = Number(value(take(2)));
  const groups = Array.from({ length: Number(value(take(1))) }, () => ({
    id: Number(value(take(1))),
    size: Number(value(take(2))),
  }));
  return { teamName, participants, groups };
};
