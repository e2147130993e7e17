#pragma once
// The evaluation plots, drawn into a QCustomPlot given by the caller: the Evaluation panel draws
// them on screen, the report renderer into off-screen plots it saves as PNG (QCustomPlot::savePng
// needs no window). Every number drawn comes from core (src/core/eval); these functions only
// place it. Each draw function clears what it drew before (plottables and items), so a plot can
// be redrawn; titles added with addPlotTitle() stay.

#include "core/eval/metrics.h"
#include "core/eval/slices.h"

#include <QColor>
#include <QString>
#include <QVector>

#include <optional>
#include <utility>

class QCustomPlot;
class QCPTextElement;

namespace maskbench::ui {


// The colour of class i in every curve and bar chart.
QColor classColour(int i);
// A proportion with 3 decimals, "–" when undefined.
QString fixed3(double v);
// At most maxPoints points of a curve for drawing: first, last and evenly spaced between (as
// metrics.json thins them).
QVector<double> thinned(const std::vector<double> &values, int maxPoints = 2000);

// Inserts a bold title row above the axis rect; returns it so the caller can change its text.
QCPTextElement *addPlotTitle(QCustomPlot *plot, const QString &text);
// Unit axes on both sides, labels, a legend with a small font on a translucent background.
void setupCurvePlot(QCustomPlot *plot, const QString &xLabel, const QString &yLabel);
// Titles, axes and legend places of the ROC, PR and reliability plots (either may be null).
void setupRankingPlots(QCustomPlot *roc, QCustomPlot *pr);
void setupReliabilityPlot(QCustomPlot *plot);
// Title row, axis labels and no grid: the matrix plot before drawConfusionMatrix().
QCPTextElement *setupMatrixPlot(QCustomPlot *plot, const QString &title);

// Heat map, rows actual (class 0 on top, scikit-learn's layout), columns predicted; each cell
// says its count and row percentage (the first line is what colours the cell). Cell texts are
// QCPItemText named "cell_<actual>_<predicted>"; `highlight` frames one cell.
void drawConfusionMatrix(QCustomPlot *plot, const ConfusionMatrix &matrix, bool normalised,
                         std::optional<std::pair<int, int>> highlight = std::nullopt);

// ROC and PR curves: class 1 against class 0 for a binary model, one curve per class otherwise;
// the legend gives each curve's AUC / average precision. Either plot may be null.
void drawRankingCurves(QCustomPlot *roc, QCustomPlot *pr, const RankingMetrics &ranking, const QStringList &classes);

// Reliability diagram: accuracy per confidence bin as bars, the bins' mean confidence as dots,
// the diagonal, and ECE / MCE in the legend.
void drawReliability(QCustomPlot *plot, const Calibration &calibration);

// Grouped bars per slice group: accuracy and the recall of each class (groups without items of a
// class get no bar for it), the group's count under its name.
void drawSliceBars(QCustomPlot *plot, const SliceTable &slice);

} // namespace maskbench::ui
