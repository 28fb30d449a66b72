/** What the test runner tells the browser about the sandbox it started (see web-test-runner.config.js). */
export interface SandboxInfo {
  origin: string;
  testOrigin: string;
  tenants: { id: string; label: string; issuer: string; tenantId: string }[];
  spa: { clientId: string };
  users: { username: string; name: string; roles: string[]; tenant: string }[];
  /** A second origin that records the headers of the requests it receives (sandbox/recorder.js). */
  recorder: { origin: string; recordedUrl: string };
  /** The API Management developer data API stand-in (sandbox/apim/). */
  apim: { developerUrl: string; apiId: string; apiVersion: string };
  api: { baseUrl: string };
}

/** The channel child portal windows report on. */
export const E2E_CHANNEL = 'portico-e2e';

export interface PortalReport {
  state: string;
  name: string | null;
  roles: string[];
  url: string;
  /** The reporting window's name: tells the portal window from a popup that came back to the same page. */
  window: string;
}

let info: Promise<SandboxInfo> | undefined;

export function sandboxInfo(): Promise<SandboxInfo> {
  info ??= fetch('/test/sandbox-info.json').then((response) => response.json() as Promise<SandboxInfo>);
  return info;
}
