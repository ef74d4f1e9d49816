// The language of the command line: its help, its messages and, by default, its reports.

/** A language the command line speaks. */
export type CliLang = "vi" | "en";

/** Text in both languages. */
export interface Bilingual {
  readonly vi: string;
  readonly en: string;
}

/**
 * The language to speak: `--lang vi|en` (or `--lang=…`) anywhere in the arguments wins;
 * then the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set (the POSIX order):
 * `vi…` is Vietnamese, `en…` is English. Anything else (`C`, `POSIX`, unset, another
 * language) is Vietnamese, the language of the people the tool is for and the library's
 * default locale.
 *
 * @example
 * ```sh
 * LANG=en_US.UTF-8 npx antt --help    # English
 * npx antt --help --lang en           # English
 * npx antt --help                     # Vietnamese
 * ```
 */
export function chooseLang(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): CliLang {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === "--") break;
    const value = arg === "--lang" ? argv[i + 1] : arg.startsWith("--lang=") ? arg.slice(7) : "";
    if (value === "vi" || value === "en") return value;
  }
  const locale = [env["LC_ALL"], env["LC_MESSAGES"], env["LANG"]].find(
    (value) => value !== undefined && value !== "",
  );
  return locale?.toLowerCase().startsWith("en") ? "en" : "vi";
}
