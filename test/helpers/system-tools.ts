/**
 * The one rule for tests that run a program of the system (LibreOffice, poppler, Chromium,
 * Python's openpyxl): they declare it here, and when it is missing they FAIL, naming the Debian
 * package to install. They never skip: CI installs every one of them (.ci/run), so a missing tool
 * is a broken machine, not a reason to pass.
 */
import { spawnSync } from 'child_process';
import fs from 'fs';

/**
 * Debian's Python, which python3-openpyxl installs into (a `python3` first on the PATH, such as a
 * pyenv one, may lack it). Tests run Python through this.
 */
export const SYSTEM_PYTHON = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

/** Each tool the tests use, how it is found, and the Debian package that brings it. */
const TOOLS = {
  soffice: { found: () => onPath('soffice'), debian: 'libreoffice-calc' },
  /** LibreOffice's word processor, which opens .docx files (libreoffice-calc alone cannot). */
  writer: { found: () => onPath('soffice') && writerInstalled(), debian: 'libreoffice-writer' },
  pdftotext: { found: () => onPath('pdftotext') && onPath('pdfinfo'), debian: 'poppler-utils' },
  chromium: { found: () => fs.existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'), debian: 'chromium' },
  openpyxl: { found: () => spawnSync(SYSTEM_PYTHON, ['-c', 'import openpyxl']).status === 0, debian: 'python3-openpyxl' },
} as const;

export type SystemTool = keyof typeof TOOLS;

/** Writer's library beside the soffice program LibreOffice runs. */
function writerInstalled(): boolean {
  const soffice = spawnSync('sh', ['-c', 'readlink -f "$(command -v soffice)"'], { encoding: 'utf8' }).stdout.trim();
  return soffice !== '' && fs.existsSync(`${soffice.slice(0, soffice.lastIndexOf('/'))}/libswlo.so`);
}

function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

/** The tools among `tools` that this machine lacks, as "tool (apt-get install package)". */
export function missingTools(tools: readonly SystemTool[]): string[] {
  return tools.filter((t) => !TOOLS[t].found()).map((t) => `${t} (apt-get install -y ${TOOLS[t].debian})`);
}

/** Throws, so the calling test fails with the packages to install, when a tool is missing. */
export function requireTools(...tools: SystemTool[]): void {
  const missing = missingTools(tools);
  if (missing.length > 0) throw new Error(`This test needs programs this machine lacks: ${missing.join(', ')}. CI installs them (.ci/run).`);
}
