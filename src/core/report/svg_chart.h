#pragma once
// A small writer of inline SVG charts for HTML pages (the evaluation report): line/scatter charts
// with optional bars, grouped bar charts and heat maps. Pure strings, no Qt Gui: core stays
// headless, and a page holding these charts needs no other file.
//
// Contract: toSvg() returns one <svg> element sized width x height (a viewBox, so CSS may scale
// it) without an xmlns attribute (HTML5 inline SVG needs none). Text is XML-escaped here; callers
// pass plain text. Non-finite values are left out (a line breaks there, a bar is not drawn).
// Every series is one element with class "series" and data-series="<its name>": a line is a
// <polyline> with exactly one point per finite (x, y) pair, points are <circle>s in a <g>, bars
// <rect>s in a <g>, so a reader (or a test) can count what was drawn. Heat-map cells are <rect
// class="cell" data-row="r" data-column="c"> plus the caller's attributes.

#include <QString>
#include <QStringList>

#include <vector>

namespace maskbench::svg {

QString escaped(const QString &text);
// A distinct colour per index ("#2e86c1", ...), as the workbench's plots use.
QString colour(int index);
// About `count` round tick positions covering [lo, hi] (1, 2 or 5 times a power of ten apart).
std::vector<double> niceTicks(double lo, double hi, int count = 5);
// Indices 0..n-1 thinned to at most maxPoints, first and last kept, evenly spaced by index.
std::vector<size_t> thinnedIndices(size_t n, size_t maxPoints);

enum class Corner { TopLeft, TopRight, BottomLeft, BottomRight };

struct Series
{
    enum class Kind { Line, Points, Bars };
    QString name;               // legend entry (empty: not in the legend)
    QString colour = QStringLiteral("#2e86c1");
    Kind kind = Kind::Line;
    std::vector<double> x, y;
    bool dashed = false;
    bool markers = false;       // a Line with a circle on every point
    double barWidth = 0.05;     // Bars: width in x units, centred on x
};

struct LineChart
{
    QString title, xLabel, yLabel;
    double xMin = 0, xMax = 1, yMin = 0, yMax = 1;
    std::vector<double> xTicks, yTicks; // empty: niceTicks()
    int xTickDecimals = -1, yTickDecimals = -1; // -1: as short as the value allows
    Corner legend = Corner::BottomRight;
    std::vector<Series> series;
    QString toSvg(int width, int height, const QString &id) const;
};

struct BarChart
{
    struct Bars
    {
        QString name;
        QString colour;
        std::vector<double> values; // one per category; NaN: no bar
    };
    QString title, xLabel, yLabel;
    QStringList categories;         // "\n" splits a label into lines
    double yMax = 1;
    std::vector<Bars> series;
    // At least minWidth wide, wider when the groups need it (about 14 px per bar).
    QString toSvg(int minWidth, int height, const QString &id) const;
};

struct HeatMap
{
    QString title, subtitle, xLabel, yLabel;
    QStringList rowLabels, columnLabels;
    std::vector<std::vector<double>> level;        // [row][column], 0..1: the colour
    std::vector<std::vector<QStringList>> text;    // [row][column], lines written in the cell
    std::vector<std::vector<QString>> attributes;  // [row][column], extra attributes, already escaped
    QString toSvg(int size, const QString &id) const;
};

} // namespace maskbench::svg
