import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { AuthErrorCode } from '../../src/auth/errors.js';
import '../../src/components/api-console/portico-api-console.js';
import type { PorticoApiConsole } from '../../src/components/api-console/portico-api-console.js';
import '../../src/components/sign-in/portico-sign-in.js';
import '../../src/components/user-profile/portico-user-profile.js';
import { profileBodies } from '../../src/components/user-profile/internal/lazy-profile-body.js';
import { fakeAccount, fakeError } from '../../src/testing/index.js';
import { answerJson, fakeNetwork, openOperation, specLoaded } from '../helpers/api-console.js';
import { fakeProvider, part, settle, unregisterFakes, visibleParts } from '../helpers/auth-widgets.js';
import { PETSTORE_30 } from '../helpers/openapi-fixtures.js';

const ADA = fakeAccount({ name: 'Ada Lovelace', username: 'ada@contoso.example', roles: ['readers'] });

/** A widget inside `<div dir=…>`, rendered; Arabic has no catalogue, so its text is English. */
async function inDirection(dir: 'ltr' | 'rtl', widget: (id: string) => ReturnType<typeof html>, account: typeof ADA | null = ADA) {
  const { id, controller } = fakeProvider({ label: 'Contoso', account });
  const root = await fixture<HTMLDivElement>(html`<div dir=${dir} lang=${dir === 'rtl' ? 'ar' : 'en'} style="inline-size: 40rem">${widget(id)}</div>`);
  const el = root.firstElementChild as LitElement;
  await settle(el);
  return { el, controller };
}

const rect = (node: Element | null) => node!.getBoundingClientRect();

/** The first text `node` holds (Lit puts comments around it). */
function firstText(node: Element): Text {
  return document.createTreeWalker(node, NodeFilter.SHOW_TEXT).nextNode() as Text;
}

/** Where character `index` of `node`'s first text is drawn. */
function characterRect(node: Element, index: number): DOMRect {
  const range = document.createRange();
  const text = firstText(node);
  range.setStart(text, index);
  range.setEnd(text, index + 1);
  return range.getBoundingClientRect();
}

describe('right-to-left layouts', () => {
  // The profile's card and menu are fetched when an account first appears; here they are at hand.
  before(() => profileBodies.load());
  let network: ReturnType<typeof fakeNetwork> | undefined;
  afterEach(() => {
    fixtureCleanup();
    unregisterFakes();
    network?.restore();
    network = undefined;
    sessionStorage.clear();
  });

  it('puts the profile card’s avatar before the name: on the left in ltr, on the right in rtl', async () => {
    const ltr = await inDirection('ltr', (id) => html`<portico-user-profile auth=${id}></portico-user-profile>`);
    expect(rect(part(ltr.el, 'avatar')).right).to.be.at.most(rect(part(ltr.el, 'name')).left);
    const rtl = await inDirection('rtl', (id) => html`<portico-user-profile auth=${id}></portico-user-profile>`);
    const avatar = rect(part(rtl.el, 'avatar'));
    const name = rect(part(rtl.el, 'name'));
    expect(avatar.left).to.be.at.least(name.right);
    // The name starts at the inline start of its column, next to the avatar.
    expect(avatar.left - name.right).to.be.below(20);
  });

  it('mirrors the compact button, its padding and where its menu opens', async () => {
    for (const dir of ['ltr', 'rtl'] as const) {
      const { el } = await inDirection(dir, (id) => html`<portico-user-profile auth=${id} variant="compact"></portico-user-profile>`);
      const trigger = part<HTMLButtonElement>(el, 'trigger')!;
      const avatar = rect(trigger.querySelector('[part="avatar"]'));
      const name = rect(trigger.querySelector('[part="name"]'));
      const style = getComputedStyle(trigger);
      // Tight beside the avatar (4px), roomier after the name (12px).
      const [avatarSide, nameSide] = dir === 'ltr' ? [style.paddingLeft, style.paddingRight] : [style.paddingRight, style.paddingLeft];
      expect([avatarSide, nameSide], dir).to.deep.equal(['4px', '12px']);
      if (dir === 'ltr') expect(avatar.right).to.be.at.most(name.left);
      else expect(avatar.left).to.be.at.least(name.right);
      trigger.click();
      await settle(el);
      const menu = rect(part(el, 'menu'));
      const button = rect(trigger);
      // The menu hangs from the inline end of the button: its right edge in ltr, its left edge in rtl.
      if (dir === 'ltr') expect(Math.abs(menu.right - button.right), dir).to.be.below(2);
      else expect(Math.abs(menu.left - button.left), dir).to.be.below(2);
    }
  });

  it('marks the sign-in error on its inline-start side: left in ltr, right in rtl', async () => {
    for (const dir of ['ltr', 'rtl'] as const) {
      const { el, controller } = await inDirection(dir, (id) => html`<portico-sign-in auth=${id}></portico-sign-in>`, null);
      controller.fail(fakeError(AuthErrorCode.PopupBlocked));
      await settle(el);
      const error = part(el, 'error');
      if (!error) throw new Error('no error panel');
      const style = getComputedStyle(error);
      const [start, end] = dir === 'ltr' ? [style.borderLeftWidth, style.borderRightWidth] : [style.borderRightWidth, style.borderLeftWidth];
      expect([start, end], dir).to.deep.equal(['4px', '1px']);
      expect(visibleParts(el, 'retry')).to.have.length(1);
    }
  });

  it('keeps paths, URLs and code left to right in the API console, each path beside its method', async () => {
    const SPEC_URL = 'https://docs.example/petstore.json';
    network = fakeNetwork({ [SPEC_URL]: answerJson(PETSTORE_30) });
    const root = await fixture<HTMLDivElement>(
      html`<div dir="rtl" lang="ar" style="inline-size: 60rem"><portico-api-console spec-url=${SPEC_URL}></portico-api-console></div>`,
    );
    const el = root.firstElementChild as PorticoApiConsole;
    await specLoaded(el);
    const operation = el.shadowRoot!.querySelector('[part="operation"][data-key="POST /pets"]')!;
    const method = rect(operation.querySelector('.method'));
    const path = operation.querySelector('.path')!;
    expect(firstText(path).data).to.equal('/pets');
    // "/pets", not "pets/": the slash is drawn first, on the left.
    expect(characterRect(path, 0).left).to.be.below(characterRect(path, 4).left);
    // The method chip is on the right, and the path ends right beside it (the grid's gap apart).
    const pathEnd = characterRect(path, 4).right;
    expect(method.left - pathEnd).to.be.within(0, 12);
    await openOperation(el, 'POST /pets');
    for (const name of ['url', 'body']) expect(getComputedStyle(part(el, name)!).direction, name).to.equal('ltr');
    expect(getComputedStyle(part(el, 'operations')!).direction).to.equal('rtl');
  });
});
