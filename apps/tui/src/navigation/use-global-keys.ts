import { keymap } from "../keymap.js";
import { useNavigation } from "./NavigationContext.js";
import { useKeys } from "./use-keys.js";

/**
 * `?`, `:` and back, for a screen that is not taking text: while a screen captures typing
 * (a filter, a form) those characters belong to the text, so it passes `active: false`.
 */
export const useGlobalKeys = (active: boolean): void => {
  const navigation = useNavigation();
  useKeys(
    (input, key) => {
      if (keymap.help.matches(input, key)) navigation.showHelp();
      else if (keymap.command.matches(input, key)) navigation.openCommandLine();
      else if (keymap.back.matches(input, key)) navigation.back();
    },
    { isActive: active },
  );
};
