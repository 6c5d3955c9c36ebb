// The default VitePress theme plus the live-example components, registered globally so pages in
// docs/ use them without imports.
import type { Theme } from "vitepress";
import DefaultTheme from "vitepress/theme";

import LiveExample from "./components/LiveExample.vue";
import MrcViewer from "./components/MrcViewer.vue";
import PlaygroundEditor from "./components/PlaygroundEditor.vue";

export default {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component("LiveExample", LiveExample);
    app.component("PlaygroundEditor", PlaygroundEditor);
    app.component("MrcViewer", MrcViewer);
  },
} satisfies Theme;
