import type { ThemeConfig } from 'antd';

/**
 * Colours that meet WCAG AA contrast (4.5:1 for text). antd's defaults do not: its blue (#1677ff) gives
 * white button text and links 4.1:1, its lighter hover blue less, its error red on the grey page 3:1, and
 * its description grey 3.4:1, and the labels of a borderless Descriptions (its tertiary grey) 2.6:1. Hover
 * goes darker instead of lighter for the same reason.
 */
const blue = '#0958d9';
const darkBlue = '#003eb3';

/** [WCAG 2.3.3] Someone who asked their system for less motion gets no fades or slides. */
const reducedMotion = typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

export const theme: ThemeConfig = {
  token: {
    motion: !reducedMotion,
    colorPrimary: blue,
    colorPrimaryHover: darkBlue,
    colorPrimaryActive: '#002c8c',
    colorInfo: blue,
    colorLink: blue,
    colorLinkHover: darkBlue,
    colorError: '#cf1322',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
  },
  components: {
    Descriptions: { labelColor: 'rgba(0, 0, 0, 0.65)' },
  },
};
