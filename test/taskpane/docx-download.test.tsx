/** @jest-environment jsdom */
/**
 * "Tải bản Word (.docx)" after generating: the document is built through the use case from the
 * plan just written (the builder injected here, the real one loaded on demand otherwise), saved
 * through the saver, and the pane says what happened: saved (and what to do if no file appears),
 * a host that allows no download (use Excel on the web or the command line), or a failure with
 * its copyable detail and a retry.
 */
import { configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { buildWritePlan } from '../../src/appendix';
import type { Lang } from '../../src/engine/types';
import { uiStrings } from '../../src/i18n/ui';
import { DocxDownload, DownloadUnavailableError, downloadFile, type FileSaver } from '../../src/taskpane/components/DocxDownload';
import { StringsProvider } from '../../src/taskpane/strings';
import type { AppendixDocumentBuilder, WrittenAppendix } from '../../src/usecase';
import { communes } from '../appendix/samples';

configure({ asyncUtilTimeout: 5000 });

function generated(lang: Lang = 'vi'): WrittenAppendix {
  const result = communes({ lang });
  return { results: [{ name: null, result }], plan: buildWritePlan(result) };
}

function show(props: { generated: WrittenAppendix; build?: AppendixDocumentBuilder; save?: FileSaver }, lang: Lang = 'vi') {
  return render(<StringsProvider lang={lang}><DocxDownload {...props} /></StringsProvider>);
}

const BYTES = new Uint8Array([0x50, 0x4b, 3, 4]);

it('builds the plan just written, in its language, and saves it as a .docx', async () => {
  const written = generated();
  const build = jest.fn<ReturnType<AppendixDocumentBuilder>, Parameters<AppendixDocumentBuilder>>(async () => BYTES);
  const save = jest.fn<void, Parameters<FileSaver>>();
  show({ generated: written, build, save });
  const t = uiStrings('vi');
  fireEvent.click(screen.getByRole('button', { name: 'Tải bản Word (.docx)' }));
  await waitFor(() => expect(screen.getByText(t.docxSaved(t.docxFileName))).toBeTruthy());
  expect(build).toHaveBeenCalledWith(written.plan, { lang: 'vi' });
  expect(save).toHaveBeenCalledWith(BYTES, t.docxFileName, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  expect(t.docxFileName.endsWith('.docx')).toBe(true);
});

it('in English: the English button, and the document in English', async () => {
  const build = jest.fn<ReturnType<AppendixDocumentBuilder>, Parameters<AppendixDocumentBuilder>>(async () => BYTES);
  show({ generated: generated('en'), build, save: () => undefined }, 'en');
  fireEvent.click(screen.getByRole('button', { name: 'Download Word (.docx)' }));
  await waitFor(() => expect(build).toHaveBeenCalled());
  expect(build.mock.calls[0][1]).toEqual({ lang: 'en' });
});

it('a host that allows no download: says to use Excel on the web or the command line', async () => {
  const save: FileSaver = () => { throw new DownloadUnavailableError(); };
  show({ generated: generated(), build: async () => BYTES, save });
  fireEvent.click(screen.getByRole('button', { name: 'Tải bản Word (.docx)' }));
  const message = await screen.findByText(uiStrings('vi').docxBlocked);
  expect(message.textContent).toMatch(/Excel trên web/);
  expect(message.textContent).toMatch(/--docx/);
});

it('a failure: explained with its detail, and the retry works', async () => {
  let fail = true;
  const build: AppendixDocumentBuilder = async () => {
    if (fail) throw new Error('docx exploded');
    return BYTES;
  };
  const save = jest.fn<void, Parameters<FileSaver>>();
  show({ generated: generated(), build, save });
  fireEvent.click(screen.getByRole('button', { name: 'Tải bản Word (.docx)' }));
  await screen.findByText(uiStrings('vi').docxFailed.title, { exact: false });
  expect((screen.getByRole('textbox') as HTMLTextAreaElement).value).toContain('docx exploded');
  expect(save).not.toHaveBeenCalled();
  fail = false;
  fireEvent.click(screen.getByRole('button', { name: /Thử lại/ }));
  await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
});

it('without an injected builder: the real one is loaded on demand and makes a .docx (a zip)', async () => {
  // jsdom lacks the TextEncoder every browser the pane runs in has (the docx library encodes with it).
  const { TextEncoder: NodeTextEncoder, TextDecoder: NodeTextDecoder } = await import('util');
  Object.assign(globalThis, { TextEncoder: NodeTextEncoder, TextDecoder: NodeTextDecoder });
  const save = jest.fn<void, Parameters<FileSaver>>();
  show({ generated: generated(), save });
  fireEvent.click(screen.getByRole('button', { name: 'Tải bản Word (.docx)' }));
  await waitFor(() => expect(save).toHaveBeenCalled(), { timeout: 20_000 });
  const bytes = save.mock.calls[0][0];
  expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
  expect(bytes.length).toBeGreaterThan(5000);
}, 30_000);

describe('downloadFile', () => {
  const original = URL.createObjectURL;
  afterEach(() => { URL.createObjectURL = original; });

  it('saves through a hidden link with a download name, a Blob of the bytes', () => {
    let blob: Blob | undefined;
    URL.createObjectURL = (b: Blob | MediaSource) => { blob = b as Blob; return 'blob:test/1'; };
    const clicked: { href: string; download: string }[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
    downloadFile(BYTES, 'phu-luc.docx', 'application/x-test');
    expect(clicked).toEqual([{ href: 'blob:test/1', download: 'phu-luc.docx' }]);
    expect(blob?.size).toBe(BYTES.length);
    expect(blob?.type).toBe('application/x-test');
    expect(document.querySelector('a[download]')).toBeNull();
    click.mockRestore();
  });

  it('a page without object URLs cannot download: DownloadUnavailableError', () => {
    (URL as { createObjectURL?: unknown }).createObjectURL = undefined;
    expect(() => downloadFile(BYTES, 'x.docx', 'application/x-test')).toThrow(DownloadUnavailableError);
  });
});
