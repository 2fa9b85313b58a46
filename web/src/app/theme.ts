import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/**
 * Calm and dense. Shade 9 for filled/outline colours and darker "dimmed" text keep every
 * text/background pair at WCAG AA contrast (≥ 4.5:1) on white.
 */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 9, dark: 7 },
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
  focusRing: 'auto',
  components: {
    Table: { defaultProps: { withTableBorder: true } },
    // See global.css: the required mark is drawn outside the label's text.
    InputWrapper: { defaultProps: { withAsterisk: false } },
    // A closed dropdown is not in the DOM: its listbox, labelled like the field, would otherwise
    // make every picker's label name two elements.
    Combobox: { defaultProps: { keepMounted: false } },
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-anchor': 'var(--mantine-color-indigo-9)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
  },
  dark: {},
});
