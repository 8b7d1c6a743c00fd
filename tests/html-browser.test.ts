// The HTML report in a real browser (headless Chromium through playwright-core): the SPIC pair's 2023 finding is
// shown with both sentences highlighted (screenshot kept in test-artifacts/), and document text that carries a
// script runs nothing. Skipped when /usr/bin/chromium is absent (CI installs it when it can).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHtml } from '../src/formats/html.js';
import { HOSTILE_SRC, sampleReport } from './formats/sample-report.js';
import { ROOT, runCli } from './helpers.js';

const CHROMIUM = process.env.XALIGN_CHROMIUM ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);

type BrowserContext = import('playwright-core').BrowserContext;

describe.skipIf(!hasChromium)('HTML report in Chromium', () => {
  let browser: BrowserContext;
  let work: string;

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    work = mkdtempSync(join(tmpdir(), 'xalign-html-'));
    // A fresh profile per run (playwright passes it as --user-data-dir).
    browser = await chromium.launchPersistentContext(join(work, 'profile'), {
      executablePath: CHROMIUM,
      viewport: { width: 1400, height: 1000 },
      headless: true,
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
    if (work) rmSync(work, { recursive: true, force: true });
  });

  async function open(file: string) {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    const requests: string[] = [];
    const cspViolations: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) requests.push(request.url());
    });
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    await page.goto(pathToFileURL(file).href);
    return { page, dialogs, requests, cspViolations };
  }

  it('shows the SPIC 2023 finding with both sentences highlighted, and filters by severity', async () => {
    const out = join(work, 'report');
    const run = runCli(['report', 'corpus/pairs.json', '--out', out, '--jobs', '1']);
    expect(run.stderr).not.toMatch(/internal error/);
    const file = join(out, 'pairs', 'spic-alibaba.html');
    expect(existsSync(file)).toBe(true);
    const { page, dialogs, requests, cspViolations } = await open(file);

    const finding = page.locator('li.finding', { hasText: '2023' }).filter({ hasText: /peak|तक/ }).first();
    await expect.poll(() => finding.count()).toBe(1);
    await finding.locator('a[href^="#pair-"]').click();
    const pairId = await finding.getAttribute('data-pair');
    const row = page.locator(`tr#pair-${pairId}`);
    expect(await page.evaluate("document.querySelector(':target') && document.querySelector(':target').id")).toBe(`pair-${pairId}`);
    // Both sides carry highlighted evidence, and the year itself is marked as a fact on both.
    expect(await row.locator('td.src mark.ev').count()).toBeGreaterThan(0);
    expect(await row.locator('td.tgt mark.ev').count()).toBeGreaterThan(0);
    expect(await row.locator('td.src').innerText()).toContain('2023');
    expect(await row.locator('td.tgt').innerText()).toContain('2023 तक');
    const srcMarks = (await row.locator('td.src mark.ev').allInnerTexts()).join(' ');
    const tgtMarks = (await row.locator('td.tgt mark.ev').allInnerTexts()).join(' ');
    expect(`${srcMarks} | ${tgtMarks}`).toMatch(/2023|peak/);
    const markBackground = await page.evaluate(`getComputedStyle(document.querySelector('#pair-${pairId} td.tgt mark.ev')).backgroundColor`);
    expect(markBackground).not.toBe('rgba(0, 0, 0, 0)'); // the inline stylesheet was allowed by the CSP

    mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true });
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: join(ROOT, 'test-artifacts', 'spic-alibaba-summary.png') });
    await row.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ROOT, 'test-artifacts', 'spic-alibaba-report.png'), fullPage: false });
    await row.screenshot({ path: join(ROOT, 'test-artifacts', 'spic-alibaba-2023-pair.png') });

    // The filters work (the inline script was allowed by the CSP): untick the finding's severity, it disappears.
    const severity = (await finding.getAttribute('data-severity'))!;
    const shownBefore = await page.locator('li.finding:not(.hidden)').count();
    await page.locator(`input[name="severity"][value="${severity}"]`).uncheck();
    expect(await finding.isVisible()).toBe(false);
    expect(await page.locator('li.finding:not(.hidden)').count()).toBeLessThan(shownBefore);
    expect(await page.locator('#shown-count').innerText()).toBe(String(await page.locator('li.finding:not(.hidden)').count()));

    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);
    expect(cspViolations).toEqual([]);
    await page.close();
  });

  it('runs no script that document text carries', async () => {
    const file = join(work, 'hostile.html');
    writeFileSync(file, formatHtml(sampleReport()));
    const { page, dialogs, requests } = await open(file);
    await page.waitForLoadState('load');
    expect(await page.evaluate('window.__xss')).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);
    expect(await page.locator('img, svg, td script').count()).toBe(0);
    // The hostile sentence is on the page as text.
    expect(await page.locator('td.src', { hasText: '<script>alert(1)</script>' }).count()).toBe(1);
    expect(await page.locator('body').innerText()).toContain(HOSTILE_SRC.slice(0, 40));
    await page.close();
  });

  it('the CSP blocks an injected script even if escaping failed', async () => {
    // Simulate an escaping bug: splice a raw script and an inline handler into the page body.
    const html = formatHtml(sampleReport()).replace(
      '<main>',
      '<main><script>window.__xss = 1; alert("csp")</script><img src="data:," onerror="window.__xss = 2">',
    );
    const file = join(work, 'broken-escaping.html');
    writeFileSync(file, html);
    const { page, dialogs } = await open(file);
    await page.waitForLoadState('load');
    expect(await page.evaluate('window.__xss')).toBeUndefined();
    expect(dialogs).toEqual([]);
    // …while our own hashed script still ran.
    expect(await page.locator('html').getAttribute('data-filters')).toBe('ready');
    expect(readFileSync(file, 'utf8')).toContain('window.__xss = 1');
    await page.close();
  });
});
