// Minimal typings for the part of cli-progress that scripts/import-bib.ts uses (the package ships none).
declare module 'cli-progress' {
  export interface Preset {
    barCompleteChar: string;
    barIncompleteChar: string;
  }
  export const Presets: { shades_classic: Preset };
  export class SingleBar {
    constructor(options: { format: string; stream?: NodeJS.WritableStream }, preset?: Preset);
    start(total: number, startValue: number, payload?: Record<string, string>): void;
    update(payload: Record<string, string>): void;
    increment(): void;
    stop(): void;
  }
}
