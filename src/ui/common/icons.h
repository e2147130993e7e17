#pragma once
// Icons from the desktop's icon theme (freedesktop names), falling back to the project's own
// drawings in resources/icons/ (compiled into the ui library under :/maskbench/icons), so a bare
// system (Xvfb, a minimal desktop, Windows) still shows every icon.

#include <QIcon>

namespace maskbench::ui {

QIcon themeIcon(const QString &name);

} // namespace maskbench::ui
