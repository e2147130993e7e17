#pragma once
// Helpers shared by the Evaluation panel's source files (evaluation_panel.cpp: wiring and the
// threshold; evaluation_loading.cpp: opening, restoring and clearing; evaluation_export.cpp: the
// HTML report; evaluation_matrix.cpp: the matrix, tables, slices and curves;
// evaluation_gallery.cpp: the gallery, the details pane and Grad-CAM). Not part of the panel's
// interface.

#include "core/report/report.h"

#include <QString>
#include <QTableWidgetItem>

namespace maskbench::ui {

// What the report worker hands back: the result, or why there is none.
struct ReportExportOutcome
{
    ReportResult result;
    QString error;
};

namespace evaluation_detail {

constexpr int kSliderSteps = 1000;

inline QTableWidgetItem *numberItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace evaluation_detail

} // namespace maskbench::ui
