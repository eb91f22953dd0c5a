/**
 * Passwords: stored as scrypt hashes (`scrypt$N$r$p$salt$hash`, base64), checked in constant time,
 * and the one-time passwords an admin hands out. scrypt is in node:crypto and costly to guess at
 * (N=2^15, r=8: 32 MiB and about 0.1 s a try), and its parameters travel with each hash, so they
 * can be raised later without breaking the hashes stored before.
 */
import { randomBytes, randomInt, type ScryptOptions, scrypt, timingSafeEqual } from "node:crypto";

/** The shortest password a user may choose (docs/ACCESS.md). */
export const MIN_PASSWORD_LENGTH = 12;
/** The longest accepted: enough for any passphrase, short of a request that only costs us time. */
export const MAX_PASSWORD_LENGTH = 1024;

const COST = { N: 2 ** 15, r: 8, p: 1 } as const;
const SALT_BYTES = 16;
const HASH_BYTES = 32;
/** Letters and digits that cannot be mistaken for each other when read aloud or copied by hand. */
const ONE_TIME_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
const ONE_TIME_LENGTH = 20;

/** scrypt as a promise; maxmem above the 128·N·r bytes it needs (Node's default is exactly 32 MiB). */
function derive(password: string, salt: Buffer, length: number, cost: { N: number; r: number; p: number }) {
  const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r };
  return new Promise<Buffer>((resolve, reject) => {
    scrypt(password.normalize("NFC"), salt, length, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** The password's hash with a new random salt, in the stored format `scrypt$N$r$p$saltB64$hashB64`. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const hash = await derive(password, salt, HASH_BYTES, COST);
  return ["scrypt", COST.N, COST.r, COST.p, salt.toString("base64"), hash.toString("base64")].join("$");
}

/**
 * Whether the password matches the stored hash, compared in constant time. A stored value that is
 * not such a hash (or asks for absurd parameters) matches nothing.
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return false;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  if (N === undefined || r === undefined || p === undefined) return false;
  // Bounds: a power of two up to 2^20, and r·p small enough that one check cannot take the server.
  const sane = Number.isInteger(Math.log2(N)) && N >= 2 && N <= 2 ** 20 && r >= 1 && r <= 32 && p >= 1 && p <= 16;
  if (!sane) return false;
  const salt = Buffer.from(parts[4] ?? "", "base64");
  const expected = Buffer.from(parts[5] ?? "", "base64");
  if (salt.length === 0 || expected.length < 16) return false;
  const actual = await derive(password, salt, expected.length, { N, r, p });
  return timingSafeEqual(actual, expected);
}

/** A new one-time password: 20 letters and digits (about 99 bits), none that look alike. */
export function makeOneTimePassword(): string {
  let out = "";
  for (let i = 0; i < ONE_TIME_LENGTH; i++) out += ONE_TIME_ALPHABET[randomInt(ONE_TIME_ALPHABET.length)];
  return out;
}

let dummyHash: Promise<string> | undefined;

/**
 * Checks the password against a hash of nothing: what a login for an unknown e-mail does, so that
 * it takes as long as one for a known e-mail and the time tells nothing. Always false.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword(randomBytes(16).toString("hex"));
  await verifyPassword(password, await dummyHash);
  return false;
}
