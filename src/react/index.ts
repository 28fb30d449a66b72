/**
 * `portico-widgets/react`: a React component for every Portico element, made with `@lit/react`.
 * Importing it defines the elements. Attributes and properties are props (`auth`, `roles`,
 * `showClaims`); each event the element fires is a prop named the React way, `on` + the event
 * name in PascalCase (`portico-sign-in` → `onPorticoSignIn`), typed with the event's class.
 *
 * @example
 * import { PorticoAuth, PorticoSignIn } from 'portico-widgets/react';
 *
 * <PorticoAuth id="contoso" client-id="…" authority="https://login.microsoftonline.com/contoso.onmicrosoft.com">
 *   <PorticoSignIn onPorticoSignIn={(event) => console.log(event.detail.account.name)} />
 * </PorticoAuth>
 * @module
 */
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import React from 'react';
import * as elements from '../index.js';
import { pascalCase, type PascalCase } from './pascal-case.js';

type PorticoTag = keyof HTMLElementTagNameMap & `portico-${string}`;
type PorticoEvent = keyof GlobalEventHandlersEventMap & `portico-${string}`;

/** `{ onPorticoSignIn: 'portico-sign-in' }`, each typed with its event's class. */
export type PorticoEventProps<Fired extends PorticoEvent> = {
  [Name in Fired as `on${PascalCase<Name>}`]: EventName<GlobalEventHandlersEventMap[Name]>;
};

/** The React component for `tagName`, listening to `events` (those its JSDoc lists with `@fires`). */
function wrap<Tag extends PorticoTag, Fired extends PorticoEvent>(
  tagName: Tag,
  elementClass: new () => HTMLElementTagNameMap[Tag],
  events: readonly Fired[],
): ReactWebComponent<HTMLElementTagNameMap[Tag], PorticoEventProps<Fired>> {
  // `EventName` brands the name with its event's type for the props' types; the value is the name.
  const eventProps: Record<string, string> = Object.fromEntries(events.map((event) => [`on${pascalCase(event)}`, event]));
  return createComponent({
    react: React,
    tagName,
    elementClass,
    events: eventProps as PorticoEventProps<Fired>,
    displayName: pascalCase(tagName),
  });
}

export const PorticoAuth = wrap('portico-auth', elements.PorticoAuth, ['portico-auth-change', 'portico-auth-error']);
export const PorticoSignIn = wrap('portico-sign-in', elements.PorticoSignIn, [
  'portico-sign-in-request',
  'portico-sign-in',
  'portico-sign-out',
  'portico-error',
]);
export const PorticoUserProfile = wrap('portico-user-profile', elements.PorticoUserProfile, ['portico-sign-in-request', 'portico-sign-out', 'portico-error']);
export const PorticoAuthGate = wrap('portico-auth-gate', elements.PorticoAuthGate, ['portico-sign-in-request', 'portico-sign-in', 'portico-error']);
export const PorticoApiConsole = wrap('portico-api-console', elements.PorticoApiConsole, [
  'portico-before-send',
  'portico-response',
  'portico-sign-in-request',
  'portico-sign-in',
  'portico-error',
]);
export const PorticoTokenInspector = wrap('portico-token-inspector', elements.PorticoTokenInspector, [
  'portico-sign-in-request',
  'portico-sign-in',
  'portico-error',
]);
export const PorticoApim = wrap('portico-apim', elements.PorticoApim, ['portico-error']);
export const PorticoSubscriptions = wrap('portico-subscriptions', elements.PorticoSubscriptions, ['portico-subscription-change', 'portico-error']);
