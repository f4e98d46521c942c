/**
 * The preview's workbook beside the pane: the fake Excel's sheets as tabs and the active one as a
 * table, as Excel would show it (values as formatted, merges, bold, fills, borders, widths). It
 * follows the workbook: generating shows the new sheets, "Mở trang …" and a finding's cell show
 * their sheet (the selected cell outlined), and a tab here activates its sheet as Excel's tabs do.
 */
import { Button, Caption1, Subtitle1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { type CSSProperties, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { FakeExcel } from '../../office-fake';
import { useStrings } from '../strings';
import type { RunFeed } from './run-feed';
import { type CellLook, MAX_ROWS, selectedCell, type SheetView, sheetView } from './sheet-view';

const GRIDLINE = '1px dotted #c8c8c8';
const BORDER = '1px solid #242424';
const ROW_HEADER_PX = 44;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM, minWidth: 0 },
  heading: { margin: 0 },
  tabs: {
    display: 'flex',
    gap: tokens.spacingHorizontalXXS,
    overflowX: 'auto',
    flexShrink: 0,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  tab: { whiteSpace: 'nowrap', borderRadius: 0, fontWeight: tokens.fontWeightRegular },
  // The active sheet, as Excel marks its tab: underlined in the brand colour, bold.
  activeTab: {
    boxShadow: `inset 0 -3px 0 ${tokens.colorBrandStroke1}`,
    color: tokens.colorBrandForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  scroller: {
    overflow: 'auto',
    maxHeight: 'calc(100vh - 180px)',
    minHeight: '200px',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: '#ffffff',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  table: {
    borderCollapse: 'collapse',
    tableLayout: 'fixed',
    fontFamily: 'Calibri, Carlito, "Liberation Sans", Arial, sans-serif',
    fontSize: '11pt',
    color: '#000000',
  },
  header: {
    backgroundColor: '#f3f3f3',
    color: '#424242',
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase200,
    border: '1px solid #d1d1d1',
    textAlign: 'center',
    position: 'sticky',
    top: 0,
    zIndex: 1,
  },
  rowHeader: { position: 'sticky', left: 0, zIndex: 1 },
  cell: {
    padding: '1px 3px',
    whiteSpace: 'nowrap',
    verticalAlign: 'bottom',
    lineHeight: 1.25,
    // A cell scrolled into view is not hidden under the sticky column letters and row numbers.
    scrollMarginLeft: `${ROW_HEADER_PX}px`,
    scrollMarginTop: '24px',
  },
});

function cellStyle(look: CellLook, selected: boolean, clip: boolean): CSSProperties {
  return {
    overflow: clip ? 'hidden' : undefined,
    fontWeight: look.bold ? 700 : undefined,
    fontStyle: look.italic ? 'italic' : undefined,
    color: look.color,
    backgroundColor: look.fill,
    textAlign: look.align,
    verticalAlign: look.verticalAlign,
    whiteSpace: look.wrap ? 'normal' : undefined,
    fontSize: look.size === undefined ? undefined : `${Math.min(look.size, 16)}pt`,
    fontFamily: look.font === undefined ? undefined : `"${look.font}", serif`,
    borderTop: look.borderTop ? BORDER : GRIDLINE,
    borderBottom: look.borderBottom ? BORDER : GRIDLINE,
    borderLeft: look.borderLeft ? BORDER : GRIDLINE,
    borderRight: look.borderRight ? BORDER : GRIDLINE,
    outline: selected ? '2px solid #107c41' : undefined,
    outlineOffset: selected ? '-2px' : undefined,
  };
}

function SheetTable({ view, selected }: { view: SheetView; selected: string | undefined }) {
  const { t } = useStrings();
  const styles = useStyles();
  const selectedRef = useRef<HTMLTableCellElement>(null);
  useEffect(() => {
    selectedRef.current?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [selected, view]);
  if (view.rows.length === 0) return <Caption1 block>{t.workbookEmpty}</Caption1>;
  const width = ROW_HEADER_PX + view.columns.reduce((sum, c) => sum + c.widthPx, 0);
  return (
    <table className={styles.table} style={{ width }} data-sheet={view.name}>
      <caption style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
        {t.workbookSheetTable(view.name)}
      </caption>
      <colgroup>
        <col style={{ width: ROW_HEADER_PX }} />
        {view.columns.map((c) => <col key={c.col} style={{ width: c.widthPx }} />)}
      </colgroup>
      <thead>
        <tr>
          <td className={styles.header} />
          {view.columns.map((c) => <th key={c.col} scope="col" className={styles.header}>{c.letters}</th>)}
        </tr>
      </thead>
      <tbody>
        {view.rows.map((r) => (
          <tr key={r.row} style={{ height: r.heightPx }}>
            <th scope="row" className={`${styles.header} ${styles.rowHeader}`}>{r.row + 1}</th>
            {r.cells.map((c) => (
              <td
                key={c.col}
                ref={c.address === selected ? selectedRef : undefined}
                rowSpan={c.rowSpan > 1 ? c.rowSpan : undefined}
                colSpan={c.colSpan > 1 ? c.colSpan : undefined}
                className={styles.cell}
                style={cellStyle(c.look, c.address === selected, c.clip)}
                data-cell={c.address}
              >
                {c.text}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function WorkbookView({ fake, feed }: { fake: FakeExcel; feed: RunFeed }) {
  const { t, lang } = useStrings();
  const styles = useStyles();
  const headingId = useId();
  const tabsId = useId();
  // Bumped after every run on the workbook: what is drawn is read again.
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const unsubscribe = feed.subscribe(() => setVersion((v) => v + 1));
    return () => unsubscribe();
  }, [feed]);

  const { names, active, view, selected } = useMemo(() => {
    const visible = fake.sheetNames().filter((n) => fake.sheet(n).visibility === 'Visible');
    const shown = fake.activeSheetName();
    return {
      names: visible,
      active: shown,
      view: visible.includes(shown) ? sheetView(fake, shown, lang) : undefined,
      selected: selectedCell(fake, shown),
      read: version,
    };
  }, [fake, lang, version]);

  const activate = (name: string) => {
    void fake.run(async (context) => {
      context.workbook.worksheets.getItem(name).activate();
      await context.sync();
    });
  };

  const panelId = `${tabsId}-panel`;
  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="workbook">
      <Subtitle1 as="h2" id={headingId} className={styles.heading}>{t.workbookTitle}</Subtitle1>
      <Caption1 block>{t.workbookHint}</Caption1>
      {/* The sheet tabs: buttons, the active one marked as current (Excel's tabs, without a tab widget's arrow keys). */}
      <nav aria-label={t.workbookSheets}>
        <ul className={styles.tabs} data-workbook-text>
          {names.map((name) => (
            <li key={name}>
              <Button
                appearance="subtle"
                className={name === active ? mergeClasses(styles.tab, styles.activeTab) : styles.tab}
                aria-current={name === active ? 'true' : undefined}
                aria-controls={panelId}
                onClick={() => activate(name)}
              >
                {name}
              </Button>
            </li>
          ))}
        </ul>
      </nav>
      {view && (
        <div
          // Another sheet starts at its top-left corner, as Excel shows a sheet opened.
          key={view.name}
          id={panelId}
          role="region"
          aria-label={t.workbookSheetTable(view.name)}
          tabIndex={0}
          className={styles.scroller}
          data-workbook-text
        >
          <SheetTable view={view} selected={selected} />
        </div>
      )}
      {view?.cut && (
        <Caption1 block>{t.workbookCut(Math.min(view.usedRows, MAX_ROWS), view.usedRows, view.columns.length, view.usedColumns)}</Caption1>
      )}
    </section>
  );
}
