#pragma once
// Light and dark themes on the Fusion style, or the platform's own look ("system").

#include <QString>

namespace maskbench::ui {

void applyTheme(const QString &theme); // "system", "light", "dark"

} // namespace maskbench::ui
