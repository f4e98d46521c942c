export interface BuildOptions {
  outDir: string;
  mode?: 'production' | 'development';
  /** Production URL written into dist/manifest.xml instead of https://localhost:3000/. */
  addinUrl?: string;
}
export function buildTaskPane(options: BuildOptions): Promise<{ outDir: string; warnings: string[] }>;
