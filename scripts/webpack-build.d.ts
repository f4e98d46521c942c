export interface BuildOptions {
  outDir: string;
  mode?: 'production' | 'development';
  /** Production URL written into dist/manifest.xml instead of https://localhost:3000/. */
  addinUrl?: string;
}
export function buildTaskPane(options: BuildOptions): Promise<{ outDir: string; warnings: string[] }>;
/**
 * One production build for every test that only reads it, keyed by the sources' digest and the
 * URL; the folder is shared, so never change it in place (copy it first).
 */
export function sharedTaskPaneBuild(options: { addinUrl: string }): Promise<string>;
