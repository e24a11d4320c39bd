import type { Outline } from './document-builders.mjs';
export interface Org {
  service: string;
  entity: string;
  code: string;
  representative: string;
  address: string;
  scenario: string;
  scope: string;
  collected: string;
  model?: { provider: string; name: string; filing: string };
  onlineNumber?: string;
}
export const XIAOZHI: Org & { model: { provider: string; name: string; filing: string } };
export const LINGXI: Org & { onlineNumber: string };
export const DELETION_STEPS: string[];
export function privacyOutline(
  o: Org,
  options?: { retention?: string; steps?: string[]; deadline?: string },
): Outline;
export function termsOutline(o: Org, options?: { deadline?: string }): Outline;
export function safetyOutline(o: Org): Outline;
export function licenceOutline(o: Org): Outline;
export function representativeOutline(o: Org): Outline;
export function registrationFormOutline(
  o: Org & { model: { provider: string; name: string; filing: string } },
): Outline;
export function filingFormOutline(o: Org): Outline;
export function agreementOutline(
  o: Org & { model: { provider: string; name: string; filing: string } },
): Outline;
export function assessmentOutline(o: Org): Outline;
export function contactRows(o: Org): string[][];
