// The Lighthouse benchmark's driver (run through .ci/lighthouse, which installs Lighthouse into target/lighthouse).
// For each role: a fresh browser profile, signed in through the sign-in page, then for each page of the role
//  - a first visit: Lighthouse's default mobile navigation (cache and storage reset, cookies kept: still signed
//    in), giving the performance, accessibility and best-practices scores, LCP, TBT and the bytes transferred;
//  - the next page of a session: the role's start page opened first, then Lighthouse on the page without the
//    reset (the browser's cache as a user has it), giving the bytes transferred then.
// One line per page, every figure with ratio= against its target (value / target: at most 1 passes for times and
// bytes, at least 1 for scores).
import { createHmac } from 'node:crypto';
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);
const require = createRequire(path.join(here, '..', 'target', 'lighthouse', 'package.json'));
const lighthouse = (await import(require.resolve('lighthouse'))).default;
const puppeteer = (await import(require.resolve('puppeteer-core'))).default;

const options = { baseUrl: 'http://localhost:8080/', roles: null, json: null, chromium: '/usr/bin/chromium', runs: 1 };
for (let i = 2; i < process.argv.length; i++) {
    const name = process.argv[i];
    const value = process.argv[++i];
    if (name === '--base-url') options.baseUrl = value.endsWith('/') ? value : value + '/';
    else if (name === '--roles') options.roles = value.split(',');
    else if (name === '--json') options.json = value;
    else if (name === '--pages') options.pages = value.split(',');
    else if (name === '--runs') options.runs = Number(value);
    else if (name === '--reports') options.reports = value;
    else if (name === '--chromium') options.chromium = value;
    else if (name === '--link-key') options.linkKey = value;
    else {
        console.error(`unknown option ${name}; options: --base-url URL --roles a,b --pages part,part --runs N --json FILE --reports DIR --chromium PATH --link-key KEY`);
        process.exit(2);
    }
}
const PASSWORD = 'peacekeeping';
const KiB = 1024;
const TARGETS = { performance: 0.90, lcp: 2500, tbt: 200, first: 400 * KiB, next: 60 * KiB,
    accessibility: 1.0, bestPractices: 0.95 };

async function api(user, pathAndQuery) {
    const answer = await fetch(options.baseUrl + pathAndQuery, {
        headers: { Authorization: 'Basic ' + Buffer.from(`${user}:${PASSWORD}`).toString('base64'),
            Accept: 'application/json' } });
    if (!answer.ok) throw new Error(`${pathAndQuery} as ${user}: ${answer.status}`);
    return answer.json();
}
async function firstId(user, query) {
    const list = await api(user, `api/pledges?size=1&${query}`);
    if (!list.items.length) throw new Error(`no pledge for ${query} as ${user}`);
    return list.items[0].id;
}

// The unfollow page of a digest's link. With the server's PLEDGES_LINK_KEY (--link-key) the walk signs a real link:
// the analyst's saved list "Lighthouse walk" (made when missing) and its owner, whose account id no API tells, found
// by signing for ids 1, 2, ... until the page answers 200 (a link signed for another account answers 403). Without
// the key, an unsigned link: the page answers 403, which Lighthouse does not measure.
async function unfollowPage() {
    if (!options.linkKey) return 'unfollow.xhtml?list=1&account=1&signature=' + 'A'.repeat(43);
    const headers = { Authorization: 'Basic ' + Buffer.from(`analyst:${PASSWORD}`).toString('base64'),
        Accept: 'application/json', 'Content-Type': 'application/json' };
    let list = (await api('analyst', 'api/saved-lists')).find(l => l.name === 'Lighthouse walk');
    if (!list) {
        const made = await fetch(options.baseUrl + 'api/saved-lists', { method: 'POST', headers,
            body: JSON.stringify({ name: 'Lighthouse walk', page: 'ALL_PLEDGES', filter: { status: 'APPROVED' } }) });
        if (!made.ok) throw new Error(`saving the walk's list: ${made.status} ${await made.text()}`);
        list = await made.json();
    }
    for (let account = 1; account <= 100; account++) {
        const signature = createHmac('sha256', Buffer.from(options.linkKey, 'utf8'))
            .update(`saved-list-unfollow\n${list.id}\n${account}`).digest('base64url');
        const page = `unfollow.xhtml?list=${list.id}&account=${account}&signature=${signature}`;
        if ((await fetch(options.baseUrl + page)).status === 200) return page;
    }
    throw new Error('no link signed with --link-key opens the unfollow page: is it the server\'s PLEDGES_LINK_KEY?');
}

// The pages of every role (the accessibility walk's pages, BrowserIT), the first one its start page.
const submitted = await firstId('reviewer', 'status=SUBMITTED&sort=createdAt');
const approved = await firstId('reviewer', 'status=APPROVED&sort=createdAt');
const pakistansSent = await firstId('fp.pakistan', 'status=SUBMITTED,UNDER_REVIEW,APPROVED,RETURNED&sort=createdAt');
const ROLES = [
    { role: 'signed out', user: null, pages: ['login.xhtml', 'public/', 'public/?lang=fr',
        await unfollowPage()] },
    { role: 'focal point', user: 'fp.pakistan', pages: ['pledges/index.xhtml', 'pledges/edit.xhtml',
        `pledges/edit.xhtml?id=${pakistansSent}`, 'inbox.xhtml', 'tokens.xhtml', 'saved-lists.xhtml'] },
    { role: 'reviewer', user: 'reviewer', pages: ['review/index.xhtml', `review/pledge.xhtml?id=${submitted}`,
        `review/pledge.xhtml?id=${approved}`, 'review/requirements.xhtml', 'analysis/pledges.xhtml',
        'analysis/index.xhtml', 'inbox.xhtml'] },
    { role: 'analyst', user: 'analyst', pages: ['analysis/index.xhtml', 'analysis/pledges.xhtml',
        'analysis/fulfilment.xhtml', 'saved-lists.xhtml', 'inbox.xhtml'] },
    { role: 'administrator', user: 'admin', pages: ['admin/accounts.xhtml', 'admin/events.xhtml',
        'admin/capability-types.xhtml', 'admin/gender-targets.xhtml', 'admin/tokens.xhtml', 'admin/webhooks.xhtml',
        'analysis/index.xhtml', 'inbox.xhtml'] },
].filter(r => !options.roles || options.roles.includes(r.user ?? 'anonymous') || options.roles.includes(r.role));

const FLAGS = { output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] };

async function signIn(page, user) {
    await page.goto(options.baseUrl + 'login.xhtml', { waitUntil: 'load' });
    await page.type('[id="signInForm:username"]', user);
    await page.type('[id="signInForm:password"]', PASSWORD);
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('[id="signInForm:submit"]')]);
    if (page.url().includes('login.xhtml')) throw new Error(`${user} could not sign in`);
}

function ratio(value, target) {
    return (value / target).toFixed(2);
}
function line(role, pagePath, r) {
    const f = (x, d) => x == null ? 'n/a' : x.toFixed(d);
    return [role.padEnd(13), pagePath.padEnd(28),
        `performance=${f(r.performance, 2)} ratio=${ratio(r.performance, TARGETS.performance)}`,
        `LCP=${f(r.lcp / 1000, 2)}s ratio=${ratio(r.lcp, TARGETS.lcp)}`,
        `TBT=${f(r.tbt, 0)}ms ratio=${ratio(r.tbt, TARGETS.tbt)}`,
        `first=${f(r.first / KiB, 0)}KiB ratio=${ratio(r.first, TARGETS.first)}`,
        `next=${f(r.next / KiB, 1)}KiB ratio=${ratio(r.next, TARGETS.next)}`,
        `accessibility=${f(r.accessibility, 2)} ratio=${ratio(r.accessibility, TARGETS.accessibility)}`,
        `best-practices=${f(r.bestPractices, 2)} ratio=${ratio(r.bestPractices, TARGETS.bestPractices)}`,
        `cpu=${r.benchmarkIndex}`, r.missed.length ? `MISSED ${r.missed.join(',')}` : 'ok'].join('  ');
}

const results = [];
console.log(`Lighthouse ${(await import(require.resolve('lighthouse/package.json'), { with: { type: 'json' } })
    .catch(() => ({ default: { version: '?' } }))).default.version}, mobile, ${options.baseUrl}, ${new Date().toISOString()}`);
for (const { role, user, pages } of ROLES) {
    const browser = await puppeteer.launch({ executablePath: options.chromium, headless: true,
        args: ['--no-sandbox'] });
    try {
        const page = await browser.newPage();
        if (user) await signIn(page, user);
        for (const pagePath of pages.filter(p => !options.pages || options.pages.some(part => p.includes(part)))) {
            const url = options.baseUrl + pagePath;
            // With --runs N, the first visit N times and the run of median performance kept (a shared machine's
            // load moves TBT and LCP from one run to the next).
            const colds = [];
            for (let run = 0; run < options.runs; run++) colds.push((await lighthouse(url, FLAGS, undefined, page)).lhr);
            colds.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
            const cold = colds[Math.floor(colds.length / 2)];
            if (options.reports) {
                mkdirSync(options.reports, { recursive: true });
                writeFileSync(path.join(options.reports, `${(user ?? 'anonymous')}-${pagePath.replace(/[^a-z0-9]+/gi, '-')}.json`),
                    JSON.stringify(cold));
            }
            const landed = cold.finalDisplayedUrl ?? cold.finalUrl;
            if (!landed.startsWith(url.split('?')[0])) throw new Error(`${url} ended at ${landed}`);
            // The next page of a session: the role's start page (or, for it, the sign-in page) seen first.
            await page.goto(options.baseUrl + (pagePath === pages[0] ? (user ? 'inbox.xhtml' : 'index.xhtml')
                : pages[0]), { waitUntil: 'networkidle0' });
            const warm = (await lighthouse(url, { ...FLAGS, onlyCategories: ['performance'],
                disableStorageReset: true }, undefined, page)).lhr;
            const r = {
                role, page: pagePath,
                performance: cold.categories.performance.score,
                lcp: cold.audits['largest-contentful-paint'].numericValue,
                tbt: cold.audits['total-blocking-time'].numericValue,
                first: cold.audits['total-byte-weight'].numericValue,
                next: warm.audits['total-byte-weight'].numericValue,
                accessibility: cold.categories.accessibility.score,
                bestPractices: cold.categories['best-practices'].score,
                // Lighthouse's measure of the machine's speed during the run (a loaded machine's TBT is inflated).
                benchmarkIndex: Math.round(cold.environment.benchmarkIndex),
                failedAudits: Object.values(cold.audits)
                    .filter(a => a.score !== null && a.score < 1 && ['binary', 'numeric', 'metricSavings']
                        .includes(a.scoreDisplayMode) && cold.categories.accessibility.auditRefs
                        .concat(cold.categories['best-practices'].auditRefs).some(ref => ref.id === a.id))
                    .map(a => a.id),
            };
            r.findings = Object.fromEntries(r.failedAudits.map(id => [id,
                (cold.audits[id].details?.items ?? []).map(item => item.node?.snippet ?? item.source?.url ?? item.url
                    ?? JSON.stringify(item)).slice(0, 5)]));
            r.missed = [
                r.performance < TARGETS.performance && 'performance', r.lcp >= TARGETS.lcp && 'LCP',
                r.tbt >= TARGETS.tbt && 'TBT', r.first > TARGETS.first && 'first',
                r.next > TARGETS.next && 'next', r.accessibility < TARGETS.accessibility && 'accessibility',
                r.bestPractices < TARGETS.bestPractices && 'best-practices'].filter(Boolean);
            results.push(r);
            console.log(line(role, pagePath, r) + (r.failedAudits.length ? `  (audits: ${r.failedAudits.join(',')})` : ''));
        }
    } finally {
        await browser.close();
    }
}
const missed = results.filter(r => r.missed.length);
console.log(`${results.length} pages, ${results.length - missed.length} meet every target`);
if (options.json) writeFileSync(options.json, JSON.stringify(results, null, 2));
