import type { Driver } from 'neo4j-driver';
import { composed, expandTemplate, templateFlags } from '../../src/api/template';
import { testDriver } from '../support/db';

/** The optional parts of the by-key queries (src/api/template.ts). */

const FILES: Record<string, string> = {
  main: [
    'MATCH (n)',
    '//#if a',
    'A',
    '//#if b',
    'AB',
    '//#else',
    'A-notB',
    '//#end',
    '//#else',
    'notA',
    '//#include part',
    '//#end',
    'RETURN n',
  ].join('\n'),
  part: ['//#if b', 'PART-B', '//#end'].join('\n'),
  loop: '//#include loop',
  unclosed: ['//#if a', 'A'].join('\n'),
  stray: '//#end',
  twoElses: ['//#if a', '//#else', '//#else', '//#end'].join('\n'),
  typo: '//#iff a',
};
const read = (name: string): string => FILES[name];

test('blocks keep their lines only when their flag says so; #else and #include follow', () => {
  const run = (flags: Record<string, boolean>): string[] =>
    expandTemplate('main', flags, read).split('\n');
  expect(run({ a: true, b: true })).toEqual(['MATCH (n)', 'A', 'AB', 'RETURN n']);
  expect(run({ a: true, b: false })).toEqual(['MATCH (n)', 'A', 'A-notB', 'RETURN n']);
  expect(run({ a: false, b: true })).toEqual(['MATCH (n)', 'notA', 'PART-B', 'RETURN n']);
  expect(run({ a: false, b: false })).toEqual(['MATCH (n)', 'notA', 'RETURN n']);
  expect(templateFlags('main', read)).toEqual(['a', 'b']);
});

test('a missing flag, an unclosed or stray block, a malformed directive, a loop: errors', () => {
  expect(() => expandTemplate('main', { a: true }, read)).toThrow(/flag "b" not given/);
  expect(() => expandTemplate('unclosed', { a: true }, read)).toThrow(/#if without #end/);
  expect(() => expandTemplate('stray', {}, read)).toThrow(/#end without #if/);
  expect(() => expandTemplate('twoElses', { a: true }, read)).toThrow(/#else without #if/);
  expect(() => expandTemplate('typo', { a: true }, read)).toThrow(/malformed directive/);
  expect(() => expandTemplate('loop', {}, read)).toThrow(/includes itself/);
});

const driver: Driver = testDriver();
afterAll(async () => {
  await driver.close();
});

test.each(['api-directives-key', 'api-officials-key', 'api-organizations-key'])(
  '%s is valid Cypher with every part, and with none',
  async (name) => {
    for (const value of [true, false]) {
      const flags = Object.fromEntries(templateFlags(name).map((f) => [f, value]));
      const text = composed(name, flags);
      await expect(driver.executeQuery(`EXPLAIN ${text}`, { args: {} })).resolves.toBeDefined();
    }
  },
);
