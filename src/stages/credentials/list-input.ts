/** Splits a list input on commas and line breaks, trimming, dropping empty items. */
export function splitListInput(text: string | undefined): readonly string[] {
  return (text ?? '')
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
