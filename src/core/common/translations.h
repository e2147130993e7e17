#pragma once
// Installs Qt's own and MaskBench's translators for a language ("de", "en"; empty = the system's,
// which on Linux follows LANGUAGE, LC_ALL, LC_MESSAGES and LANG). The GUI and maskbench-cli call
// it once at start, before any message is made; Settings::language is the user's choice.
// MaskBench's .qm files are compiled into core's resources (:/i18n), so the CLI has them too.

#include <QString>

namespace maskbench {

// Returns true when MaskBench's own translation for the language was found (English needs none).
bool installTranslations(const QString &language);
// Removes what installTranslations installed (tests switch languages in one process).
void removeTranslations();

} // namespace maskbench
