/** `1 indikator`, `2 indikatorer`: a count with the noun in the right number (da-DK digits). */
export function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('da-DK')} ${n === 1 ? one : many}`;
}
