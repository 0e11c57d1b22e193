/** Where the page finds its assets, relative to `dist/<id>/index.html`. */
export const htmlAssetPaths = {
  css: 'assets/galley.css',
  fonts: 'assets/fonts.css',
  script: 'assets/galley.js',
} as const;
