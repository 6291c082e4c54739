import { Box, Text } from "ink";
import { useTheme } from "../theme/ThemeContext.js";
import { TextField } from "./TextField.js";

/** The `:` line at the bottom, vim-style (the App edits it: Enter runs it, Esc drops it). */
export const CommandLine = ({ line }: { line: string }) => {
  const theme = useTheme();
  return (
    <Box>
      <Text color={theme.accent}>:</Text>
      <TextField value={line} focused />
    </Box>
  );
};
