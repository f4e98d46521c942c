/**
 * "Khai báo bố cục bảng": when detection does not read a table right, the reviewer says where it
 * is instead of editing the sheet: the kind of table, its header row, the max row or column, which
 * columns are units or components, which sheets, which score is ranked. Rows and columns are
 * offered by what the sheet holds there ("Dòng 4: STT | Tên đơn vị …", "C: Điểm tối đa"), numbered
 * and lettered as Excel shows them. Collapsed until opened; applied with a button (the sheets are
 * read again with it), cleared to go back to detection.
 */
import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Caption1, Checkbox, Field, Label, Radio, RadioGroup,
  Select, Subtitle2, makeStyles, tokens,
} from '@fluentui/react-components';
import { useId, useState } from 'react';
import { columnLetters } from '../../engine/grid';
import type { LayoutReport } from '../../engine/model';
import type { LoadedSheet } from '../../usecase';
import {
  type Choice, columnChoices, draftOf, firstRow, LAYOUT_KINDS, type LayoutDraft, type LayoutKind, type RankedScore,
  rowChoices, type StatedLayout, statedOf,
} from '../stated-layout';
import { useStrings } from '../strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  checks: { display: 'flex', flexDirection: 'column', maxHeight: '12rem', overflowY: 'auto' },
  // The header lines up with the other headings of the options.
  accordionHeader: { '& > button': { paddingLeft: 0, paddingRight: 0 } },
  accordionPanel: { marginLeft: 0, marginRight: 0 },
});

export interface StatedLayoutFormProps {
  /** The layout in force, undefined when detected. */
  stated: StatedLayout | undefined;
  /** The sheets the reviewer may name, in tab order. */
  sheets: readonly string[];
  /** The sheets read for the scope shown: their rows and columns are offered. */
  grids: readonly LoadedSheet[];
  /** The layouts recognised in them (the header row found, offered as the columns' names). */
  layouts: readonly LayoutReport[];
  disabled: boolean;
  onApply: (stated: StatedLayout | undefined) => void;
}

function RowField(props: { label: string; value: number | undefined; rows: readonly Choice[]; disabled: boolean; onChange: (row: number | undefined) => void }) {
  const { t } = useStrings();
  const { value, rows } = props;
  const offered = value === undefined || rows.some((r) => r.at === value) ? rows : [{ at: value, text: '' }, ...rows];
  return (
    <Field label={props.label}>
      <Select value={value === undefined ? '' : String(value)} disabled={props.disabled} onChange={(_, d) => props.onChange(d.value === '' ? undefined : Number(d.value))}>
        <option value="">{t.layoutAuto}</option>
        {offered.map((r) => <option key={r.at} value={String(r.at)}>{t.layoutRowOption(r.at + 1, r.text)}</option>)}
      </Select>
    </Field>
  );
}

function ColumnField(props: { label: string; value: number | undefined; columns: readonly Choice[]; disabled: boolean; onChange: (col: number | undefined) => void }) {
  const { t } = useStrings();
  const { value, columns } = props;
  const offered = value === undefined || columns.some((c) => c.at === value) ? columns : [{ at: value, text: '' }, ...columns];
  return (
    <Field label={props.label}>
      <Select value={value === undefined ? '' : String(value)} disabled={props.disabled} onChange={(_, d) => props.onChange(d.value === '' ? undefined : Number(d.value))}>
        <option value="">{t.layoutAuto}</option>
        {offered.map((c) => <option key={c.at} value={String(c.at)}>{t.layoutColumnOption(columnLetters(c.at), c.text)}</option>)}
      </Select>
    </Field>
  );
}

/**
 * Several of a list, as checkboxes under one label; none checked means "as detected" (or "every
 * sheet"). Labels that are only the workbook's text (sheet names) are marked as such.
 */
function Checks<T extends string | number>(props: {
  label: string; hint: string; items: readonly { value: T; label: string }[]; checked: readonly T[]; disabled: boolean;
  workbookText?: boolean; onChange: (checked: T[]) => void;
}) {
  const styles = useStyles();
  const labelId = useId();
  const hintId = useId();
  const toggle = (value: T, on: boolean) => {
    const next = props.items.map((i) => i.value).filter((v) => (v === value ? on : props.checked.includes(v)));
    props.onChange(next);
  };
  return (
    <div role="group" aria-labelledby={labelId} aria-describedby={hintId}>
      <Label id={labelId}>{props.label}</Label>
      <Caption1 block id={hintId}>{props.hint}</Caption1>
      <div className={styles.checks}>
        {props.items.map((item) => (
          <Checkbox
            key={String(item.value)}
            label={props.workbookText ? <span data-workbook-text>{item.label}</span> : item.label}
            checked={props.checked.includes(item.value)}
            disabled={props.disabled}
            onChange={(_, d) => toggle(item.value, d.checked === true)}
          />
        ))}
      </div>
    </div>
  );
}

/** The form's fields, keyed by the layout in force so a layout loaded or cleared from outside is shown. */
function LayoutFields({ stated, sheets, grids, layouts, disabled, onApply }: StatedLayoutFormProps) {
  const { t } = useStrings();
  const styles = useStyles();
  const [draft, setDraft] = useState<LayoutDraft>(() => draftOf(stated));
  const set = (patch: Partial<LayoutDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const kind = draft.kind;

  // The sheet whose rows and columns are offered: the first sheet named, else the first read.
  const source = grids.find((g) => draft.sheets.includes(g.name)) ?? grids[0];
  const rows = source ? rowChoices(source.grid) : [];
  const detectedHeader = source ? layouts.find((l) => l.sheets.includes(source.name))?.headerRow : undefined;
  const headerRow = draft.headerRow ?? detectedHeader ?? (source ? firstRow(source.grid) : undefined);
  const columns = source && headerRow !== undefined ? columnChoices(source.grid, headerRow) : [];
  const columnItems = (cols: readonly Choice[]) => cols.map((c) => ({ value: c.at, label: t.layoutColumnOption(columnLetters(c.at), c.text) }));
  const next = statedOf(draft);
  const unchanged = JSON.stringify(next ?? null) === JSON.stringify(stated ?? null);
  const has = (...kinds: LayoutKind[]) => kind !== '' && kinds.includes(kind);

  return (
    <div className={styles.root} data-testid="stated-layout">
      <Caption1 block>{t.layoutHelp}</Caption1>
      <Field label={t.layoutKindLabel}>
        <Select value={kind} disabled={disabled} onChange={(_, d) => set({ kind: d.value as LayoutKind | '' })}>
          <option value="">{t.layoutKindAuto}</option>
          {LAYOUT_KINDS.map((k) => <option key={k} value={k}>{t.layoutKinds[k]}</option>)}
        </Select>
      </Field>
      {kind !== '' && (
        <>
          <Caption1 block>{source ? t.layoutLabelsFrom(source.name) : t.layoutNoSheetRead}</Caption1>
          <RowField label={t.layoutHeaderRow} value={draft.headerRow} rows={rows} disabled={disabled} onChange={(r) => set({ headerRow: r })} />
          {has('units-as-rows') && (
            <>
              <RowField label={t.layoutMaxRow} value={draft.maxRow} rows={rows} disabled={disabled} onChange={(r) => set({ maxRow: r })} />
              <ColumnField
                label={t.layoutUnitNameColumn} value={draft.unitNameColumn} columns={columns} disabled={disabled}
                onChange={(c) => set({ unitNameColumn: c })}
              />
              <Checks
                label={t.layoutComponentColumns} hint={t.layoutColumnsHint} disabled={disabled}
                items={columnItems(columns.filter((c) => c.at !== draft.unitNameColumn))} checked={draft.componentColumns}
                onChange={(componentColumns) => set({ componentColumns })}
              />
            </>
          )}
          {has('criteria-as-rows', 'sheet-per-unit') && (
            <ColumnField label={t.layoutMaxColumn} value={draft.maxColumn} columns={columns} disabled={disabled} onChange={(c) => set({ maxColumn: c })} />
          )}
          {has('criteria-as-rows') && (
            <Checks
              label={t.layoutUnitColumns} hint={t.layoutColumnsHint} disabled={disabled}
              items={columnItems(columns.filter((c) => draft.maxColumn === undefined || c.at > draft.maxColumn))}
              checked={draft.unitColumns}
              onChange={(unitColumns) => set({ unitColumns })}
            />
          )}
          {has('criteria-as-rows', 'sheet-per-unit') && (
            <Field label={t.layoutRankedScore}>
              <RadioGroup value={draft.rankedScore} disabled={disabled} onChange={(_, d) => set({ rankedScore: d.value as RankedScore })}>
                <Radio value="appraised" label={t.layoutRankedAppraised} />
                <Radio value="self" label={t.layoutRankedSelf} />
              </RadioGroup>
            </Field>
          )}
          <Checks
            label={t.layoutSheets} hint={t.layoutSheetsHint} disabled={disabled} workbookText
            items={sheets.map((name) => ({ value: name, label: name }))} checked={draft.sheets}
            onChange={(chosen) => set({ sheets: chosen })}
          />
        </>
      )}
      <div className={styles.row}>
        <Button appearance="primary" disabled={disabled || unchanged} onClick={() => onApply(next)}>{t.layoutApply}</Button>
        <Button disabled={disabled || stated === undefined} onClick={() => onApply(undefined)}>{t.layoutClear}</Button>
      </div>
      <Caption1 role="status">{stated ? t.layoutInForce(t.layoutKinds[stated.kind]) : t.layoutDetecting}</Caption1>
    </div>
  );
}

export function StatedLayoutForm(props: StatedLayoutFormProps) {
  const { t } = useStrings();
  const styles = useStyles();
  return (
    <Accordion collapsible>
      <AccordionItem value="layout">
        <AccordionHeader as="h3" expandIconPosition="end" className={styles.accordionHeader}>
          <Subtitle2>{t.layoutTitle}</Subtitle2>
        </AccordionHeader>
        <AccordionPanel className={styles.accordionPanel}>
          <LayoutFields key={JSON.stringify(props.stated ?? null)} {...props} />
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
