import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import '../../src/app.module.js';
import { EVENT_CATALOG, jsonSchemaOf } from '../../src/modules/eventbridge/index.js';
import { registeredEventTypes } from '../../src/shared/events/index.js';

const DOCS = join(process.cwd(), 'docs', 'events');
/** Names of fields that would carry personal data: none may appear in a published event. */
const PERSONAL = /^(e-?mail|phone|fullName|name|firstName|lastName|iban|debtorIban|debtorName|senderIban|senderName|holderName|dateOfBirth|documentNumber|nationality|postalAddress|line1|city)$/i;

describe('integration event contracts (docs/events)', () => {
  it('behavior: every event type the platform raises has a catalog entry, and nothing else is listed', () => {
    expect(Object.keys(EVENT_CATALOG).sort()).toEqual(registeredEventTypes());
  });

  it('behavior: no published field carries personal data', () => {
    const offenders = Object.entries(EVENT_CATALOG).flatMap(([type, spec]) => Object.keys(spec.fields).filter((field) => PERSONAL.test(field)).map((field) => `${type}.${field}`));
    expect(offenders).toEqual([]);
  });

  it('behavior: the committed JSON schemas are the ones the catalog generates (UPDATE_EVENT_SCHEMAS=1 rewrites them)', () => {
    const expected = new Map(Object.entries(EVENT_CATALOG).map(([type, spec]) => [`${type}.v${spec.version}.json`, `${JSON.stringify(jsonSchemaOf(type), null, 2)}\n`]));
    if (process.env.UPDATE_EVENT_SCHEMAS === '1') {
      mkdirSync(DOCS, { recursive: true });
      for (const [file, content] of expected) writeFileSync(join(DOCS, file), content);
    }
    const committed = readdirSync(DOCS).filter((file) => file.endsWith('.json'));
    expect(committed.sort()).toEqual([...expected.keys()].sort());
    for (const [file, content] of expected) expect([file, readFileSync(join(DOCS, file), 'utf8')]).toEqual([file, content]);
  });
});
