// The page's labels, in English and in the languages that have them
// (English where a label has no translation yet).
const LABELS = {
  en: {
    title: 'multilingual playground', language: 'Language', example: 'Example', run: 'Run', stop: 'Stop',
    share: 'Share', download: 'Download .zip', program: 'Program', stdin: 'Input (stdin)', args: 'Arguments',
    limit: 'Time limit (s)', output: 'Output', keys: 'Ctrl+Enter runs, Escape stops.',
    loading: 'Loading the compiler…', ready: 'Ready.', compiling: 'Compiling…', running: 'Running…',
    stopped: 'Stopped.', timeLimit: 'Stopped: the time limit ({s} s) was reached.', ok: 'No errors (language {lang}).',
    errors: '{n} error(s).', done: 'Done in {ms} ms.', exitError: 'Runtime error: {message}',
    shared: 'Share link copied: it holds the program, its language, input and arguments.',
    translateFailed: 'Could not show this program in {lang}: {message}',
    renamed: 'Names renamed for {lang}: {list}.',
    gotoLine: 'Go to line {line}', openPlayground: 'Open in the playground',
    tabKey: 'In the editor, Tab indents: press Escape, then Tab, to leave it.',
    inputLine: 'Input for the program (Enter sends the line, Ctrl+D ends the input)',
    waitingInput: 'The program waits for input: type a line in the output and press Enter.',
    stdinInteractive: 'Empty: the program asks in the output as it reads.',
  },
  fr: {
    title: 'bac à sable multilingual', language: 'Langue', example: 'Exemple', run: 'Exécuter', stop: 'Arrêter',
    share: 'Partager', download: 'Télécharger .zip', program: 'Programme', stdin: 'Entrée (stdin)',
    args: 'Arguments', limit: 'Limite de temps (s)', output: 'Sortie', keys: 'Ctrl+Entrée exécute, Échap arrête.',
    ready: 'Prêt.', compiling: 'Compilation…', running: 'Exécution…', stopped: 'Arrêté.',
    timeLimit: 'Arrêté : la limite de temps ({s} s) est atteinte.', ok: 'Aucune erreur (langue {lang}).',
    errors: '{n} erreur(s).', done: 'Terminé en {ms} ms.', exitError: 'Erreur d’exécution : {message}',
    shared: 'Lien de partage copié : il contient le programme, sa langue, l’entrée et les arguments.',
    renamed: 'Noms renommés pour {lang} : {list}.',
    gotoLine: 'Aller à la ligne {line}', openPlayground: 'Ouvrir dans le bac à sable',
  },
  es: {
    title: 'zona de pruebas multilingual', language: 'Idioma', example: 'Ejemplo', run: 'Ejecutar', stop: 'Detener',
    share: 'Compartir', download: 'Descargar .zip', program: 'Programa', stdin: 'Entrada (stdin)',
    args: 'Argumentos', limit: 'Límite de tiempo (s)', output: 'Salida', keys: 'Ctrl+Intro ejecuta, Esc detiene.',
    ready: 'Listo.', compiling: 'Compilando…', running: 'Ejecutando…', stopped: 'Detenido.', done: 'Hecho en {ms} ms.',
  },
  de: {
    title: 'multilingual-Spielwiese', language: 'Sprache', example: 'Beispiel', run: 'Ausführen', stop: 'Stopp',
    share: 'Teilen', download: '.zip herunterladen', program: 'Programm', stdin: 'Eingabe (stdin)',
    args: 'Argumente', limit: 'Zeitlimit (s)', output: 'Ausgabe', keys: 'Strg+Enter führt aus, Esc stoppt.',
    ready: 'Bereit.', compiling: 'Kompiliere…', running: 'Läuft…', stopped: 'Gestoppt.', done: 'Fertig in {ms} ms.',
  },
  it: {
    language: 'Lingua', example: 'Esempio', run: 'Esegui', stop: 'Ferma', share: 'Condividi', program: 'Programma',
    stdin: 'Input (stdin)', args: 'Argomenti', limit: 'Limite di tempo (s)', output: 'Output', ready: 'Pronto.',
    compiling: 'Compilazione…', running: 'In esecuzione…', stopped: 'Fermato.', done: 'Fatto in {ms} ms.',
  },
  pt: {
    language: 'Idioma', example: 'Exemplo', run: 'Executar', stop: 'Parar', share: 'Partilhar', program: 'Programa',
    stdin: 'Entrada (stdin)', args: 'Argumentos', limit: 'Limite de tempo (s)', output: 'Saída', ready: 'Pronto.',
    compiling: 'A compilar…', running: 'Em execução…', stopped: 'Parado.', done: 'Concluído em {ms} ms.',
  },
  ja: {
    language: '言語', example: '例', run: '実行', stop: '停止', share: '共有', program: 'プログラム',
    stdin: '入力 (stdin)', args: '引数', limit: '制限時間 (秒)', output: '出力', ready: '準備完了。',
    compiling: 'コンパイル中…', running: '実行中…', stopped: '停止しました。', done: '{ms} ms で完了。',
  },
  zh: {
    language: '语言', example: '示例', run: '运行', stop: '停止', share: '分享', program: '程序',
    stdin: '输入 (stdin)', args: '参数', limit: '时间限制 (秒)', output: '输出', ready: '就绪。',
    compiling: '正在编译…', running: '正在运行…', stopped: '已停止。', done: '用时 {ms} ms。',
  },
  ar: {
    language: 'اللغة', example: 'مثال', run: 'تشغيل', stop: 'إيقاف', share: 'مشاركة', output: 'المخرجات',
    args: 'الوسائط', ready: 'جاهز.', running: 'قيد التشغيل…', stopped: 'توقف.',
  },
};

export function label(lang, key, values = {}) {
  const text = LABELS[lang]?.[key] ?? LABELS.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, k) => String(values[k] ?? ''));
}

/** Sets every [data-i18n] element's text in `lang`. */
export function applyLabels(root, lang) {
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = label(lang, el.dataset.i18n);
}
