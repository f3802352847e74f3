import { useResource } from '../stores/resource';
import { useCms } from './cms';
import { useLocale } from './locale';

/** How many news items the home page shows. */
export const HOME_NEWS_COUNT = 5;

/** The latest news for the home page, each in the page's language where translated. */
export function useHomeNews() {
  const cms = useCms();
  const { locale, localisedKey } = useLocale();
  return useResource(
    () => localisedKey('news:home'),
    async () => (await cms.news.latest(HOME_NEWS_COUNT, locale.value)).data,
  );
}

/** Every news item, newest first (the /news page). */
export function useNewsList() {
  const cms = useCms();
  const { locale, localisedKey } = useLocale();
  return useResource(
    () => localisedKey('news:all'),
    () => cms.news.listAll(locale.value),
  );
}
