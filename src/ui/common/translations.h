#pragma once
// Installs Qt's own and MaskBench's translators for a language ("de", "en"; empty = the system's).
// The GUI calls it once before it builds any widget: strings are translated when widgets are made,
// so a new language takes effect at the next start.

#include <QString>

namespace maskbench::ui {

// Returns true when MaskBench's own translation for the language was found (English needs none).
bool installTranslations(const QString &language);
// Removes what installTranslations installed (tests switch languages in one process).
void removeTranslations();

} // namespace maskbench::ui
