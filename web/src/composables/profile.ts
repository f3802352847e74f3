import type { ContactLink, Profile } from '@homepage/shared';
import { useResource } from '../stores/resource';
import { useCms } from './cms';
import { useLocale } from './locale';

/** The owner's profile in the page's language; the header, footer and home page share one load. */
export function useProfile() {
  const cms = useCms();
  const { locale, localisedKey } = useLocale();
  return useResource(
    () => localisedKey('profile'),
    () => cms.profile.get(locale.value),
  );
}

/** A contact link's target: bare e-mail addresses become `mailto:` links. */
export function contactHref(link: Pick<ContactLink, 'kind' | 'url'>): string {
  return link.kind === 'email' && !link.url.startsWith('mailto:') ? `mailto:${link.url}` : link.url;
}

/** Absolute URL of the avatar, if the profile has one. */
export function avatarUrl(profile: Profile, toAbsolute: (url: string) => string): string | null {
  return profile.avatar ? toAbsolute(profile.avatar.url) : null;
}
