import { foldLetters } from "./letters";

/** Lower case, accents stripped, letters without a decomposition folded ("Đukanović": dukanovic), words joined by "-". */
export const slug = (text: string) =>
  foldLetters(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
