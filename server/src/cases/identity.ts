import { blockingKeys, nameTokens } from '../../../common/src/names/name-key.js';
import type { IdentityVault } from './crypto/identity-vault.js';
import type { IdentityInput } from './case-input.js';

/** The identifying part of a person, kept sealed in one value bound to the person's row. */
export interface SealedIdentity {
  names: string[];
  latinName: string | null;
  birthDate: string | null;
  documents: { kind: string; number: string; country: string | null }[];
  contacts: { kind: string; value: string }[];
  address: string | null;
}

export function identityOf(input: IdentityInput): SealedIdentity {
  return { names: input.names, latinName: input.latinName, birthDate: input.birthDate, documents: input.documents, contacts: input.contacts, address: input.address };
}

export function sealIdentity(vault: IdentityVault, personId: string, identity: SealedIdentity): string {
  return vault.seal(JSON.stringify(identity), `person:${personId}`);
}

export function openIdentity(vault: IdentityVault, personId: string, sealed: string): SealedIdentity {
  return JSON.parse(vault.open(sealed, `person:${personId}`)) as SealedIdentity;
}

export const normaliseDocumentNumber = (value: string) => value.toUpperCase().replace(/[^0-9A-Z]/g, '');
/** The last nine digits: "+994 50 123 45 67", "050 123 45 67" and "0501234567" meet. */
export const normalisePhone = (value: string) => value.replace(/\D/g, '').slice(-9);

export interface LookupKey {
  kind: 'name' | 'document' | 'phone';
  hash: string;
}

/** Keyed hashes of name keys (with the birth year where known), single name words, document numbers and phone numbers. */
export function lookupKeys(vault: IdentityVault, person: { names: string[]; latinName: string | null; birthYear: number | null; documents: { number: string }[]; contacts: { kind: string; value: string }[] }): LookupKey[] {
  const keys = new Map<string, LookupKey>();
  const add = (kind: LookupKey['kind'], value: string) => {
    if (!value) return;
    const hash = vault.lookupHash(kind, value);
    keys.set(`${kind}:${hash}`, { kind, hash });
  };
  for (const name of [...person.names, ...(person.latinName ? [person.latinName] : [])]) {
    for (const key of blockingKeys({ fullName: name, birthYear: person.birthYear })) add('name', key);
    // Each name word alone as well, the key a one-word query makes: the list finds a person by the surname alone.
    for (const token of nameTokens(name)) if (!token.patronymic) for (const key of blockingKeys({ fullName: token.text })) add('name', key);
  }
  for (const document of person.documents) add('document', normaliseDocumentNumber(document.number));
  for (const contact of person.contacts) if (contact.kind === 'phone') add('phone', normalisePhone(contact.value));
  return [...keys.values()];
}
