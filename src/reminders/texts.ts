export { TEXT, type TextLang } from "../domain/reminderTexts.js";
