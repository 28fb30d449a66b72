import { expect, waitUntil } from '@open-wc/testing';
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { PorticoSignInEvent } from '../../src/events/portico-sign-in-event.js';
import * as wrappers from '../../src/react/index.js';
import { PorticoSignIn, PorticoUserProfile } from '../../src/react/index.js';
import { pascalCase } from '../../src/react/pascal-case.js';
import { fakeAccount } from '../../src/testing/index.js';
import { captureConsoleErrors, fakeProvider, unregisterFakes } from '../helpers/auth-widgets.js';
import { manifestElements } from '../helpers/custom-elements.js';

// Tells React that updates are wrapped in act(), as in its own test setups.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('portico-widgets/react', () => {
  let container: HTMLDivElement;
  let root: Root;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(() => {
    act(() => root.unmount());
    container.remove();
    unregisterFakes();
  });

  it('renders <portico-sign-in> and hands the sign-in it started to onPorticoSignIn', async () => {
    const { id } = fakeProvider({ label: 'Contoso' });
    const signIns: PorticoSignInEvent[] = [];
    await act(() => root.render(createElement(PorticoSignIn, { auth: id, onPorticoSignIn: (event) => signIns.push(event) })));
    const element = container.querySelector('portico-sign-in')!;
    await element.updateComplete;

    element.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="button"]')!.click();

    await waitUntil(() => signIns.length === 1, 'onPorticoSignIn was not called');
    expect(signIns[0]!.detail.provider).to.equal(id);
    expect(signIns[0]!.detail.account.name).to.equal('Ada Lovelace');
  });

  it('sets props as the element’s properties', async () => {
    const { id } = fakeProvider({ account: fakeAccount({ roles: ['admins'] }) });
    await act(() => root.render(createElement(PorticoUserProfile, { auth: id, showClaims: true, variant: 'compact' })));
    const element = container.querySelector('portico-user-profile')!;
    await element.updateComplete;

    expect(element.showClaims).to.equal(true);
    expect(element.variant).to.equal('compact');
    // The compact menu's code is fetched when the account first appears.
    await waitUntil(() => element.shadowRoot!.querySelector('[part~="trigger"]'), 'no menu button');
  });

  it('wraps every element in custom-elements.json, with an on… prop for each event it fires', async () => {
    // A bare <portico-auth> explains its missing client-id in the console; not this test's business.
    const consoleErrors = captureConsoleErrors();
    try {
      for (const { tagName, events = [] } of await manifestElements()) {
        const Wrapper = (wrappers as Record<string, unknown>)[pascalCase(tagName)] as Parameters<typeof createElement>[0] | undefined;
        expect(Wrapper, `portico-widgets/react exports no ${pascalCase(tagName)} for <${tagName}>`).to.exist;
        const heard: string[] = [];
        // Only the events this test dispatches: a bare element may report its own misconfiguration.
        const mark = {};
        const handlers = Object.fromEntries(
          events.map(({ name }) => [`on${pascalCase(name)}`, (event: Event) => (event as CustomEvent).detail === mark && heard.push(event.type)]),
        );
        await act(() => root.render(createElement(Wrapper!, handlers)));
        const element = container.querySelector(tagName)!;

        for (const { name } of events) element.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail: mark }));

        expect(heard, `<${tagName}>'s events`).to.deep.equal(events.map(({ name }) => name));
      }
    } finally {
      consoleErrors.restore();
    }
  });
});
