/**
 * Strapi 5.54 opens every admin page under a banner announcing its new Media Library ("Read blog
 * post"), news about Strapi that means nothing to the owner. It has no setting: it reads a
 * dismissal from localStorage (components/MediaLibraryBanner in @strapi/admin), so, as for the
 * guided tour, we store it dismissed before the app renders. Only when nothing is stored.
 *
 * The key is `STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_<legacy library?>:<project uuid>`. The uuid
 * is the one /admin/init reports, always `false` here because cms/package.json turns telemetry
 * off; both library flavours are covered, so switching `useLegacyMediaLibrary` stays quiet too.
 */
const KEYS = ['STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_false:false', 'STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_true:false'];

export function dismissMediaLibraryBanner(storage: Storage = window.localStorage): void {
  for (const key of KEYS) {
    if (storage.getItem(key) === null) storage.setItem(key, 'true');
  }
}
