/** A bounded in-memory LRU of finished public responses, keyed by request and content version. */

export interface StoredResponse {
  version: string;
  type: string;
  etag: string;
  body: Buffer;
  /**
   * The other headers Strapi's middlewares and the controller set on this answer (security
   * headers, Content-Disposition, …), minus those that depend on the request (CORS, Vary).
   */
  headers: Record<string, string>;
}

export class ResponseStore {
  private readonly entries = new Map<string, StoredResponse>();
  private bytes = 0;

  constructor(
    private readonly maxEntries = 2000,
    private readonly maxBytes = 64 * 1024 * 1024,
  ) {}

  get(key: string, version: string): StoredResponse | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.version !== version) {
      this.delete(key);
      return undefined;
    }
    // Re-insert to mark as most recently used (Map keeps insertion order).
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, entry: StoredResponse): void {
    if (entry.body.length > this.maxBytes / 4) return; // one huge response must not flush the rest
    this.delete(key);
    this.entries.set(key, entry);
    this.bytes += entry.body.length;
    for (const [oldest] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= entry.body.length;
    this.entries.delete(key);
  }
}
