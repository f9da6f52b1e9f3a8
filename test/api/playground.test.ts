import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { exampleQueries } from '../../src/api/playground';
import type { RunningServer } from '../../src/api/server';
import { testDriver } from '../support/db';
import { startFixtureServer } from './helpers';

/** The GraphiQL playground in headless Chromium: served offline, example tabs, real answers. */

const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  if (process.env.CI) {
    test('Chromium is installed for the playground test', () => {
      throw new Error(`${CHROMIUM} is missing: install the chromium package (.ci/run does)`);
    });
  } else {
    console.warn(`playground test skipped: ${CHROMIUM} is missing (apt-get install chromium)`);
  }
}
const maybe = haveChromium ? test : test.skip;

const driver = testDriver();
let server: RunningServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  if (!haveChromium) return;
  server = await startFixtureServer(driver);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

maybe('the playground loads offline, opens the examples as tabs and runs one', async () => {
  const page = await browser!.newPage({ viewport: { width: 1400, height: 1600 } });
  const foreign: string[] = [];
  page.on('request', (req) => {
    if (!req.url().startsWith(server!.url) && !req.url().startsWith('data:')) {
      foreign.push(req.url());
    }
  });
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));

  await page.goto(server!.url);
  await page.waitForSelector('.graphiql-container', { timeout: 30_000 });
  const tabs = await page.locator('.graphiql-tab').count();
  expect(tabs).toBe(exampleQueries().length);
  expect(tabs).toBeGreaterThanOrEqual(4);

  // The first tab is "who supervised whom under 23-QĐ/TW": run it.
  await page.click('.graphiql-execute-button');
  // Evaluated in the page (a string: the test compiles without the DOM library).
  await page.waitForFunction(
    "(document.querySelector('.graphiql-response')?.textContent ?? '').includes('totalCount')",
    undefined,
    { timeout: 30_000 },
  );
  const response = (await page.locator('.graphiql-response').textContent()) ?? '';
  expect(response).toContain('Phạm Thị Thanh Thủy');
  expect(response).toContain('23-QĐ/TW');
  expect(response).not.toContain('"errors"');
  expect(foreign).toEqual([]);
  expect(pageErrors).toEqual([]);
});

maybe('the playground assets are the installed packages', async () => {
  for (const asset of [
    'graphiql.min.js',
    'graphiql.min.css',
    'react.production.min.js',
    'react-dom.production.min.js',
  ]) {
    const res = await fetch(`${server!.url}playground/${asset}`);
    expect([asset, res.status]).toEqual([asset, 200]);
    expect((await res.text()).length).toBeGreaterThan(1000);
  }
});
