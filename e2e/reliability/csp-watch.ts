import type { Page } from '@playwright/test';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/**
 * Collects Content-Security-Policy violations two ways: the page's `securitypolicyviolation` events
 * (an init script, so it listens before any app code runs) and Chromium's own issue reports over CDP,
 * which also see what the map's web worker tries. Call before `page.goto`.
 */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations?.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  const cdp = await page.context().newCDPSession(page);
  const issues: string[] = [];
  cdp.on('Audits.issueAdded', ({ issue }) => {
    if (issue.code !== 'ContentSecurityPolicyIssue') return;
    const d = issue.details.contentSecurityPolicyIssueDetails;
    issues.push(
      `CDP: ${d?.violatedDirective} blocked ${d?.blockedURL ?? d?.contentSecurityPolicyViolationType}`,
    );
  });
  await cdp.send('Audits.enable');
  return async () => [
    ...((await page.evaluate(() => window.__cspViolations ?? []).catch(() => [])) as string[]),
    ...issues,
  ];
}
