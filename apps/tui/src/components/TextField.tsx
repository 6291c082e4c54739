import { Text } from "ink";
import { useTheme } from "../theme/ThemeContext.js";

/** A one-line field as drawn: its text and, when focused, a block cursor at the end. */
export const TextField = ({
  value,
  focused,
  placeholder = "",
}: {
  value: string;
  focused: boolean;
  placeholder?: string;
}) => {
  const theme = useTheme();
  return (
    <Text>
      {value === "" ? <Text color={theme.muted}>{placeholder}</Text> : value}
      {focused ? <Text inverse> </Text> : null}
    </Text>
  );
};
