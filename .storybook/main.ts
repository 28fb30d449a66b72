import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';

/**
 * Storybook for Portico's elements: one CSF file per element in stories/, guides as MDX that
 * render the Markdown in docs/, and autodocs and controls from custom-elements.json (see
 * preview.ts). `npm run build-storybook` writes storybook-static/, which scripts/story-smoke.js opens.
 */
const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  // Nothing leaves the machine: CI and developers' machines may have no network beyond npm.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Storybook's own docs renderer is a chunk of about 1 MB, and most of the build's time is Storybook's own
  // plugins (CSF, CSS): Vite's size warning and Rolldown's plugin-timings report about them are noise here.
  viteFinal: (viteConfig) => mergeConfig(viteConfig, { build: { chunkSizeWarningLimit: 1500, rolldownOptions: { checks: { bundlerTimings: false } } } }),
};

export default config;
