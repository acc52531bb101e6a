/** Fluent themes for Teams' three themes, and the enlarged type scale of the meeting stage. */
import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, type Theme } from "@fluentui/react-components";
import type { ThemeName } from "./hostInfo.js";

const BASE: Record<ThemeName, Theme> = {
  light: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

/** Stage type: readable from the back of a meeting room. */
const STAGE_TYPE: Partial<Theme> = {
  fontSizeBase100: "24px",
  fontSizeBase200: "24px",
  fontSizeBase300: "24px",
  fontSizeBase400: "26px",
  fontSizeBase500: "30px",
  fontSizeBase600: "36px",
  lineHeightBase100: "30px",
  lineHeightBase200: "30px",
  lineHeightBase300: "30px",
  lineHeightBase400: "34px",
  lineHeightBase500: "40px",
  lineHeightBase600: "46px",
};

/** The Fluent theme for `name`, enlarged on the meeting stage. */
export function fluentTheme(name: ThemeName, stage: boolean): Theme {
  return stage ? { ...BASE[name], ...STAGE_TYPE } : BASE[name];
}
