/**
 * The two old Vietnamese encodings districts still type in, decoded to Unicode. A cell typed in
 * such a font holds the Latin-1 (Windows-1252) characters of the font's bytes, so "Điểm" typed in
 * .VnTime reads "§iÓm" and in VNI-Times "Ñieåm". Tables written for this project.
 *
 * - TCVN3 ("ABC", TCVN 5712:1993, fonts .VnTime, .VnArial, capitals-only .VnTimeH): one byte per
 *   letter. The upper half 0xA1–0xFE as the standard assigns it (the tests compare every byte with
 *   glibc's `iconv -f TCVN5712-1`); the VN3 fonts use its lower-case letters and Ă Â Ê Ô Ơ Ư Đ,
 *   so text in a capitals-only font holds lower-case codes shown as capitals, and the places of
 *   the capitals with a tone (and of the five combining tones) never occur in VN3 text.
 * - VNI (VNI Windows, fonts VNI-Times …): a base letter followed by a mark character (a tone, or a
 *   vowel mark with a tone in one character after a/e/o), plus single characters for ơ ư đ, the
 *   i with a tone and ỵ.
 *
 * A decoder answers undefined for text that cannot have been typed in its encoding: Unicode
 * "XÃ HÀ" holds Ã and À, places VN3 never uses; Unicode "Phú" holds ú after a consonant, where
 * VNI has no mark. That is what keeps a name retyped in Unicode inside an old sheet as it is.
 */

const GRAVE = '\u0300';
const ACUTE = '\u0301';
const TILDE = '\u0303';
const HOOK = '\u0309';
const DOT = '\u0323';
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';

/** TCVN 5712:1993, bytes 0xA1 to 0xFE in order (0xB0–0xB4 are the five tone marks, combining). */
const TCVN3_UPPER_HALF =
  'ĂÂÊÔƠƯĐăâêôơưđẰ' + // A1–AF
  `${GRAVE}${HOOK}${TILDE}${ACUTE}${DOT}àảãáạẲằẳẵắẴ` + // B0–BF
  'ẮẦẨẪẤỀặầẩẫấậèỂẻẽ' + // C0–CF
  'éẹềểễếệìỉỄẾỒĩíịò' + // D0–DF
  'Ổỏõóọồổỗốộờởỡớợù' + // E0–EF
  'Ỗủũúụừửữứựỳỷỹýỵ'; // F0–FE

const TCVN3 = new Map<string, string>();
for (let i = 0; i < TCVN3_UPPER_HALF.length; i++) TCVN3.set(String.fromCharCode(0xa1 + i), TCVN3_UPPER_HALF[i]);

/** Places of TCVN 5712 that the VN3 fonts leave unused: the capitals with a tone, the combining tones. */
const NOT_VN3 = /[\u00af-\u00b4\u00ba\u00bf-\u00c5\u00cd\u00d9-\u00db\u00e0\u00f0\u00ff]/;

/** The Unicode character of a TCVN 5712 byte (0xA1–0xFE); undefined outside that range. */
export function tcvn3Char(byte: number): string | undefined {
  return TCVN3.get(String.fromCharCode(byte));
}

/**
 * TCVN3 text to Unicode; undefined when the text holds a character VN3 text cannot hold.
 * `capitals`: typed in a capitals-only font (.VnTimeH), whose lower-case codes show as capitals.
 */
export function decodeTcvn3(text: string, capitals: boolean): string | undefined {
  if (NOT_VN3.test(text)) return undefined;
  let out = '';
  for (const ch of text) out += TCVN3.get(ch) ?? ch;
  out = out.normalize('NFC');
  return capitals ? out.toUpperCase() : out;
}

/** VNI's tone characters (lower and upper case forms): they follow any vowel. */
const VNI_TONE: Record<string, string> = {
  'ù': ACUTE, 'ø': GRAVE, 'û': HOOK, 'õ': TILDE, 'ï': DOT,
  'Ù': ACUTE, 'Ø': GRAVE, 'Û': HOOK, 'Õ': TILDE, 'Ï': DOT,
};
/** After a, e, o: the circumflex, alone or with a tone. */
const VNI_CIRCUMFLEX: Record<string, string> = {
  'â': '', 'á': ACUTE, 'à': GRAVE, 'å': HOOK, 'ã': TILDE, 'ä': DOT,
  'Â': '', 'Á': ACUTE, 'À': GRAVE, 'Å': HOOK, 'Ã': TILDE, 'Ä': DOT,
};
/** After a: the breve, alone or with a tone. */
const VNI_BREVE: Record<string, string> = {
  'ê': '', 'é': ACUTE, 'è': GRAVE, 'ú': HOOK, 'ü': TILDE, 'ë': DOT,
  'Ê': '', 'É': ACUTE, 'È': GRAVE, 'Ú': HOOK, 'Ü': TILDE, 'Ë': DOT,
};
/** Letters VNI writes as one character. */
const VNI_SINGLE: Record<string, string> = {
  'ô': 'ơ', 'ö': 'ư', 'ñ': 'đ', 'í': 'í', 'ì': 'ì', 'æ': 'ỉ', 'ó': 'ĩ', 'ò': 'ị', 'î': 'ỵ',
  'Ô': 'Ơ', 'Ö': 'Ư', 'Ñ': 'Đ', 'Í': 'Í', 'Ì': 'Ì', 'Æ': 'Ỉ', 'Ó': 'Ĩ', 'Ò': 'Ị', 'Î': 'Ỵ',
};
const VOWELS = 'aeiouyAEIOUY';
const CIRCUMFLEX_BASES = 'aeoAEO';
const BREVE_BASES = 'aA';

/** VNI text to Unicode; undefined when a mark character stands where VNI puts none (after a consonant). */
export function decodeVni(text: string): string | undefined {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const next = text[i + 1];
    if (next !== undefined && CIRCUMFLEX_BASES.includes(ch) && next in VNI_CIRCUMFLEX) {
      out += ch + CIRCUMFLEX + VNI_CIRCUMFLEX[next];
      i++;
    } else if (next !== undefined && BREVE_BASES.includes(ch) && next in VNI_BREVE) {
      out += ch + BREVE + VNI_BREVE[next];
      i++;
    } else if (ch in VNI_SINGLE) {
      out += VNI_SINGLE[ch];
      // ơ and ư take a tone character after them ("ôù" is ớ).
      if ((ch === 'ô' || ch === 'ö' || ch === 'Ô' || ch === 'Ö') && next !== undefined && next in VNI_TONE) {
        out += VNI_TONE[next];
        i++;
      }
    } else if (next !== undefined && VOWELS.includes(ch) && next in VNI_TONE) {
      out += ch + VNI_TONE[next];
      i++;
    } else if (ch in VNI_TONE || ch in VNI_CIRCUMFLEX || ch in VNI_BREVE) {
      return undefined;
    } else {
      out += ch;
    }
  }
  return out.normalize('NFC');
}
