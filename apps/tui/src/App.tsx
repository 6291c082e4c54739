import { Box, Text } from "ink";

export interface AppProps {
  readonly locale?: "zh-CN" | "en";
}

const titles = { "zh-CN": "办理 · 终端工作台", en: "Banli · Terminal console" } as const;

/** The terminal console's frame: Chinese by default, English by a flag. */
export const App = ({ locale = "zh-CN" }: AppProps) => (
  <Box borderStyle="round" paddingX={1}>
    <Text bold>{titles[locale]}</Text>
  </Box>
);
