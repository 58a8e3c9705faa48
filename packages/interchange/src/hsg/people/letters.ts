/** Lower case, accents aside, letters without a decomposition folded: "Đukanović" is "dukanovic", "Støre" "store". */
export const foldLetters = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/ı/g, "i")
    .replace(/[łŁ]/g, "l")
    .replace(/[øØ]/g, "o")
    .replace(/[đĐ]/g, "d")
    .replace(/ß/g, "ss")
    .toLowerCase();

/** A name folded for comparing: đ is written dj or d ("Djukanovic" and "Đukanović", "Do" and "Đỗ" are one). */
export const foldName = (name: string): string => foldLetters(name).replace(/dj/g, "d");
