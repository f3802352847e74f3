/**
 * Wraps the upload service so every stored file (admin media library, content-API uploads,
 * replacements) must be, by its bytes, one of the allowed media types. It runs after Strapi's
 * permission and MIME checks, so unauthorised requests still get their 401/403 first.
 */
import { open } from 'node:fs/promises';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { sniffMediaType } from './sniff-file-type';

interface UploadedFile {
  filepath: string;
  originalFilename?: string | null;
}
type UploadFn = (args: { files?: UploadedFile | UploadedFile[] }, ...rest: unknown[]) => Promise<unknown>;
type ReplaceFn = (id: unknown, args: { file?: UploadedFile }, ...rest: unknown[]) => Promise<unknown>;

async function readHead(filepath: string): Promise<Buffer> {
  const handle = await open(filepath, 'r');
  try {
    const head = Buffer.alloc(16);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function assertMedia(files: UploadedFile | UploadedFile[] | undefined): Promise<void> {
  for (const file of [files ?? []].flat()) {
    if (!file.filepath || !sniffMediaType(await readHead(file.filepath))) {
      throw new errors.ValidationError(
        `"${String(file.originalFilename ?? 'file').slice(0, 100)}" is not an image, PDF or video: its content matches no allowed type`,
      );
    }
  }
}

export function checkUploadContent(strapi: Core.Strapi): void {
  const service = strapi.plugin('upload').service('upload') as { upload: UploadFn; replace: ReplaceFn };
  const upload = service.upload.bind(service);
  const replace = service.replace.bind(service);
  service.upload = async (args, ...rest) => {
    await assertMedia(args.files);
    return upload(args, ...rest);
  };
  service.replace = async (id, args, ...rest) => {
    await assertMedia(args.file);
    return replace(id, args, ...rest);
  };
}
