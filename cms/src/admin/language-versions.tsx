/**
 * The admin remembers the last language picked in the locale menu and carries it to every page
 * (localStorage `STRAPI_LOCALE`, and the left menu's links). Opening the profile after a Chinese
 * post so showed an empty Chinese form: the profile has no Chinese version, and it was easy to
 * type the English profile into it. This side panel of the edit view:
 * - opens a document in the remembered language only when that version exists; otherwise it
 *   switches to the default language's version (the first of the versions Strapi lists) and
 *   says why, with a button that starts the missing version from that text;
 * - on a version not written yet (the owner picked the language), offers the same start.
 * The language the owner picks in the locale menu on the page itself is kept: a new version is
 * made exactly that way. The start copies the text with Strapi's own "Fill in from another
 * locale" (its endpoint), so nothing is saved until the owner saves.
 * https://docs.strapi.io/cms/admin-panel-customization/content-manager-apis#addeditviewsidepanel
 */
import * as React from 'react';
import { stringify, parse } from 'qs';
import { useLocation, useNavigate, useNavigationType } from 'react-router-dom';
import styled from 'styled-components';
import { useFetchClient, useForm, useNotification, type StrapiApp } from '@strapi/strapi/admin';

/** What the content manager hands a side panel (PanelComponentProps in @strapi/content-manager). */
interface PanelProps {
  collectionType: string;
  model: string;
  documentId?: string;
  document?: { id?: number };
  meta?: { availableLocales?: { locale: string }[] };
}

interface PanelDescription {
  title: string;
  content: React.ReactNode;
}

/** Kept in the history entry (react-router's location state), so it lasts as long as that page. */
interface PanelState {
  /** Asked for in this language, which the document is not written in yet. */
  missing?: string;
  /** Fill this new version from that language's version once it has opened. */
  startFrom?: string;
}

interface Locale {
  code: string;
  name: string;
}

let locales: Promise<Locale[]> | undefined;

/** "Chinese (zh)" for `zh`, as the locale menu names it. */
function useLocaleName(): (code: string) => string {
  const { get } = useFetchClient();
  const [known, setKnown] = React.useState<Locale[]>([]);
  React.useEffect(() => {
    locales ??= get<Locale[]>('/i18n/locales').then((response) => response.data);
    locales.then(setKnown, () => undefined);
  }, [get]);
  return (code) => known.find((locale) => locale.code === code)?.name ?? code;
}

const localeOf = (search: string): string | undefined => {
  const value = (parse(search, { ignoreQueryPrefix: true }) as { plugins?: { i18n?: { locale?: unknown } } }).plugins?.i18n?.locale;
  return typeof value === 'string' ? value : undefined;
};

const withLocale = (search: string, locale: string): string => {
  const query = parse(search, { ignoreQueryPrefix: true }) as Record<string, unknown>;
  return `?${stringify({ ...query, plugins: { ...(query.plugins as object), i18n: { locale } } }, { encode: false })}`;
};

/** The edit view the panel last showed: module-wide, as the panel remounts while a version loads. */
let lastShown: string | undefined;
/** Whether the owner arrived at each history entry (react-router's location key) from elsewhere. */
const arrivals = new Map<string, boolean>();

/**
 * Whether this page was arrived at (a link, the left menu, a reload, Back) rather than reached on
 * the same document: the locale menu and the admin's filling in of the remembered language replace
 * the history entry, the first with the document already shown, the second on arrival.
 * Decided once per history entry.
 */
function useArrived(pathname: string, key: string): boolean {
  const navigationType = useNavigationType();
  if (!arrivals.has(key)) arrivals.set(key, navigationType !== 'REPLACE' || lastShown !== pathname);
  React.useEffect(() => {
    lastShown = pathname;
  }, [pathname]);
  return arrivals.get(key) ?? true;
}

const Text = styled.p`
  font-size: ${({ theme }) => theme.fontSizes[1]};
  line-height: 1.5;
  color: ${({ theme }) => theme.colors.neutral800};
  margin-bottom: ${({ theme }) => theme.spaces[3]};
`;

const StartButton = styled.button`
  width: 100%;
  padding: ${({ theme }) => `${theme.spaces[2]} ${theme.spaces[4]}`};
  border: 1px solid ${({ theme }) => theme.colors.primary200};
  border-radius: ${({ theme }) => theme.borderRadius};
  background: ${({ theme }) => theme.colors.primary100};
  color: ${({ theme }) => theme.colors.primary700};
  font-size: ${({ theme }) => theme.fontSizes[1]};
  font-weight: 600;
  cursor: pointer;
  &:hover {
    background: ${({ theme }) => theme.colors.primary200};
  }
`;

const LanguageVersionsPanel = ({ collectionType, model, documentId, document, meta }: PanelProps): PanelDescription | null => {
  const location = useLocation();
  const navigate = useNavigate();
  const { get } = useFetchClient();
  const { toggleNotification } = useNotification();
  const setValues = useForm('LanguageVersions', (form) => form.setValues, false);
  const nameOf = useLocaleName();
  const state = (location.state ?? {}) as PanelState;
  const locale = localeOf(location.search);
  const arrived = useArrived(location.pathname, location.key);
  const modified = useForm('LanguageVersions', (form) => form.modified, false);
  // The version to start from: the default language's when it exists (Strapi lists it first).
  const source = meta?.availableLocales?.[0]?.locale;
  const isDocument = collectionType === 'single-types' || Boolean(documentId);
  const missing = isDocument && locale !== undefined && !document?.id && source !== undefined;
  const redirect = missing && arrived && !state.startFrom;

  React.useEffect(() => {
    if (!redirect || !source || !locale) return;
    navigate({ pathname: location.pathname, search: withLocale(location.search, source) }, { replace: true, state: { missing: locale } satisfies PanelState });
  }, [redirect, source, locale, location.pathname, location.search, navigate]);

  React.useEffect(() => {
    if (!missing || !state.startFrom || !locale || !setValues) return;
    let cancelled = false;
    get<{ data: Record<string, unknown> }>(`/i18n/content-manager/get-fill-from-locale/${model}`, {
      params: { documentId, collectionType, sourceLocale: state.startFrom, targetLocale: locale },
    })
      .then(({ data }) => {
        if (cancelled) return;
        setValues(data.data);
        // Done: a reload or a remount must not fill again over the owner's typing.
        navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null });
      })
      .catch((error: Error) => toggleNotification({ type: 'danger', message: `Could not copy the ${state.startFrom} text: ${error.message}` }));
    return () => {
      cancelled = true;
    };
  }, [missing, state.startFrom, locale, model, documentId, collectionType, get, setValues, navigate, location.pathname, location.search, toggleNotification]);

  const start = (target: string, from: string) =>
    navigate({ pathname: location.pathname, search: withLocale(location.search, target) }, { state: { startFrom: from } satisfies PanelState });

  if (!missing && state.missing && locale && state.missing !== locale) {
    const wanted = nameOf(state.missing);
    return {
      title: 'Languages',
      content: (
        <div>
          <Text>
            This has no {wanted} version yet, so it opened in {nameOf(locale)}, the version that exists.
          </Text>
          <StartButton type="button" onClick={() => start(state.missing as string, locale)}>
            Start the {wanted} version from the {nameOf(locale)} text
          </StartButton>
        </div>
      ),
    };
  }
  if (missing && !arrived && source && locale && !state.startFrom && !modified) {
    return {
      title: 'Languages',
      content: (
        <div>
          <Text>
            The {nameOf(locale)} version is not written yet. Write it here, or start from the {nameOf(source)} text and translate it.
          </Text>
          <StartButton type="button" onClick={() => start(locale, source)}>
            Start from the {nameOf(source)} text
          </StartButton>
        </div>
      ),
    };
  }
  return null;
};

interface ContentManagerApis {
  addEditViewSidePanel(panels: Array<(props: PanelProps) => PanelDescription | null>): void;
}

export function showLanguageVersions(app: Pick<StrapiApp, 'getPlugin'>): void {
  (app.getPlugin('content-manager').apis as unknown as ContentManagerApis).addEditViewSidePanel([LanguageVersionsPanel]);
}
