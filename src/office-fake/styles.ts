/** Folding a sheet's style layers into the style of one cell. */
import { boxContains, type SheetModel, type StyleProps } from './model';

export function styleAt(sheet: SheetModel, row: number, col: number): StyleProps {
  let out: StyleProps = {};
  for (const layer of sheet.styles) {
    if (!boxContains(layer.box, row, col)) continue;
    if (layer.reset) {
      out = {};
      continue;
    }
    out = { ...out, ...layer.props };
  }
  return out;
}
