/** How a place in a file or a workbook sheet is named in a message. */
export function where(line: number | undefined, sheet?: string): { zh: string; en: string } {
  if (sheet !== undefined) {
    return line === undefined
      ? { zh: `工作表「${sheet}」`, en: `sheet "${sheet}"` }
      : { zh: `工作表「${sheet}」第 ${line} 行`, en: `sheet "${sheet}", row ${line}` };
  }
  return line === undefined ? { zh: '', en: '' } : { zh: `第 ${line} 行`, en: `line ${line}` };
}
