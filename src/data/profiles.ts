/**
 * Threshold profiles (DOMAIN.md §4). `registration` follows the seed article, `filing` the
 * national standard GB/T 45654-2025. Data only: rules read thresholds from here.
 */
import type { DeclaredPath } from '../manifest/types.js';

export type ProfileName = 'registration' | 'filing';

export interface Profile {
  name: ProfileName;
}

export const PROFILES: Record<ProfileName, Profile> = {
  registration: { name: 'registration' },
  filing: { name: 'filing' },
};

export function profileFor(path: DeclaredPath): Profile {
  return path === 'filing' ? PROFILES.filing : PROFILES.registration;
}
