import { defineConfig } from 'vite';

// `npm start`: the demo pages in demo/ with the widget from src/ (and its embedded dataset).
// `npm run build`: one ES module, dist/regelingen-wizard.js, all dependencies and the default
// dataset bundled, for a municipality to host.
export default defineConfig({
  server: { port: 5173, open: '/demo/index.html' },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'regelingen-wizard.js' },
    rolldownOptions: { output: { minify: true } },
    sourcemap: false,
  },
});
