// Types of tsc-check.mjs for the TypeScript scripts that use it (the packages benchmark).
export interface TscFlags {
  resolution?: 'bundler' | 'node16';
  jsx?: boolean;
  skipLibCheck?: boolean;
  extra?: string[];
}
export function tscArgs(options?: TscFlags): string[];
export function tscPath(directory: string): string;
export function checkGeneratedFile(
  file: string,
  text: string,
  options: TscFlags & { cwd: string; keep?: boolean },
): boolean;
export function timeTsc(
  tsc: string,
  args: string[],
  file: string,
  cwd: string,
): { wall: number; cpu: number };
