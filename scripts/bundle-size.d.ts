export interface InitialJs {
  files: { file: string; bytes: number; gzip: number }[];
  bytes: number;
  gzip: number;
}
export function initialJs(distDir: string, page?: string): InitialJs;
