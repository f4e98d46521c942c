/**
 * A warning when Excel calculates manually (Formulas › Calculation Options › Manual): the formula
 * values just read may be stale, so a "sum does not match" error may be false. The mode comes from
 * the port as of its last read (the Office adapter loads it with the sheets, no request of its
 * own); it is asked again whenever a new analysis is shown, that is after every read. A port that
 * cannot tell (files) shows nothing.
 */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { CalculationMode, WorkbookPort } from '../../workbook/port';
import { useStrings } from '../strings';

export interface CalculationNoticeProps {
  port: Pick<WorkbookPort, 'calculationMode'>;
  /** The analysis shown: a new one means the sheets were read again. */
  analysis: unknown;
}

export function CalculationNotice({ port, analysis }: CalculationNoticeProps) {
  const { t } = useStrings();
  const [mode, setMode] = useState<CalculationMode>('unknown');
  useEffect(() => {
    if (analysis === undefined || port.calculationMode === undefined) return;
    let current = true;
    // A failure is left to the pane's handler of unhandled rejections, which shows it.
    void port.calculationMode().then((m) => {
      if (current) setMode(m);
    });
    return () => {
      current = false;
    };
  }, [port, analysis]);
  if (mode !== 'manual') return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="calculation-manual">
      <MessageBarBody>
        <MessageBarTitle>{t.calculationManual.title}</MessageBarTitle>
        {t.calculationManual.action}
      </MessageBarBody>
    </MessageBar>
  );
}
