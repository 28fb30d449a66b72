import type { ApimSubscription } from '../apim/types.js';

/** What the developer did to a subscription. */
export type SubscriptionAction = 'subscribe' | 'rename' | 'cancel' | 'regenerate-primary' | 'regenerate-secondary';

export interface SubscriptionChangeDetail {
  /** The subscription as it is now (its keys are never part of an event). */
  readonly subscription: ApimSubscription;
  readonly action: SubscriptionAction;
}

/** Fired by `<portico-subscriptions>` once a change the developer asked for has been made. */
export class PorticoSubscriptionChangeEvent extends CustomEvent<SubscriptionChangeDetail> {
  static readonly type = 'portico-subscription-change';
  constructor(detail: SubscriptionChangeDetail) {
    super(PorticoSubscriptionChangeEvent.type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'portico-subscription-change': PorticoSubscriptionChangeEvent;
  }
}
