#include "core/report/svg_chart.h"

#include <algorithm>
#include <cmath>

namespace maskbench::svg {
namespace {

constexpr double kCharWidth = 6.6; // average width of a 11 px sans-serif character, for layout

// Pixel coordinates with at most one decimal: exact enough, and the page stays small.
QString px(double v)
{
    const double r = std::round(v * 10.0) / 10.0;
    return r == std::floor(r) ? QString::number(qint64(r)) : QString::number(r, 'f', 1);
}

double textWidth(const QString &text, double fontSize = 11) { return double(text.size()) * kCharWidth * fontSize / 11.0; }

QString svgText(double x, double y, const QString &content, const QString &anchor = QStringLiteral("middle"), int size = 11,
             const QString &extra = QString())
{
    return QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"%3\" font-size=\"%4\"%5>%6</text>\n")
        .arg(px(x), px(y), anchor)
        .arg(size)
        .arg(extra.isEmpty() ? QString() : QLatin1Char(' ') + extra, escaped(content));
}

// Labels for ticks: as many decimals as their spacing needs.
QStringList tickLabels(const std::vector<double> &ticks, int decimals)
{
    if (decimals < 0) {
        decimals = 0;
        if (ticks.size() > 1) {
            const double step = std::abs(ticks[1] - ticks[0]);
            if (step > 0)
                decimals = std::clamp(int(-std::floor(std::log10(step) + 1e-9)), 0, 6);
        }
    }
    QStringList out;
    for (double t : ticks)
        out << QString::number(t, 'f', decimals);
    return out;
}

QString openSvg(int width, int height, const QString &id, const QString &title)
{
    return QStringLiteral("<svg class=\"chart\" id=\"%1\" width=\"%2\" height=\"%3\" viewBox=\"0 0 %2 %3\" role=\"img\" aria-label=\"%4\" "
                          "font-family=\"DejaVu Sans, Segoe UI, Helvetica, Arial, sans-serif\" fill=\"#1b2631\">\n"
                          "<rect width=\"%2\" height=\"%3\" fill=\"#ffffff\"/>\n")
        .arg(escaped(id))
        .arg(width)
        .arg(height)
        .arg(escaped(title));
}

// Legend entries in a box at a corner of the plot area.
QString legendBox(const std::vector<std::pair<QString, QString>> &entries, const std::vector<bool> &dashed, double left, double top,
                  double right, double bottom, Corner corner)
{
    if (entries.empty())
        return QString();
    double w = 0;
    for (const auto &e : entries)
        w = std::max(w, textWidth(e.first, 10));
    w += 34;
    const double h = double(entries.size()) * 15 + 8;
    const bool leftSide = corner == Corner::TopLeft || corner == Corner::BottomLeft;
    const bool topSide = corner == Corner::TopLeft || corner == Corner::TopRight;
    const double x = leftSide ? left + 8 : right - 8 - w;
    const double y = topSide ? top + 8 : bottom - 8 - h;
    QString s = QStringLiteral("<g class=\"legend\"><rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"#ffffff\" fill-opacity=\"0.88\" "
                               "stroke=\"#d5d8dc\"/>\n")
                    .arg(px(x), px(y), px(w), px(h));
    for (size_t i = 0; i < entries.size(); ++i) {
        const double cy = y + 4 + 15 * double(i) + 7.5;
        s += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"%4\" stroke-width=\"2.5\"%5/>")
                 .arg(px(x + 6), px(cy), px(x + 26), entries[i].second,
                      dashed[i] ? QStringLiteral(" stroke-dasharray=\"5 3\"") : QString());
        s += svgText(x + 30, cy + 3.5, entries[i].first, QStringLiteral("start"), 10);
    }
    return s + QStringLiteral("</g>\n");
}

// Linear interpolation through the heat map's three colour stops (light, mid blue, dark blue).
QString heatColour(double level)
{
    struct Stop { double at; int r, g, b; };
    static const Stop stops[] = {{0.0, 0xf7, 0xfb, 0xff}, {0.5, 0x6b, 0xae, 0xd6}, {1.0, 0x08, 0x30, 0x6b}};
    level = std::isfinite(level) ? std::clamp(level, 0.0, 1.0) : 0.0;
    const Stop &a = level <= 0.5 ? stops[0] : stops[1];
    const Stop &b = level <= 0.5 ? stops[1] : stops[2];
    const double t = (level - a.at) / (b.at - a.at);
    auto mix = [t](int u, int v) { return int(std::lround(u + (v - u) * t)); };
    return QStringLiteral("#%1%2%3")
        .arg(mix(a.r, b.r), 2, 16, QLatin1Char('0'))
        .arg(mix(a.g, b.g), 2, 16, QLatin1Char('0'))
        .arg(mix(a.b, b.b), 2, 16, QLatin1Char('0'));
}

} // namespace

QString escaped(const QString &s)
{
    return s.toHtmlEscaped();
}

QString colour(int index)
{
    static const char *const palette[] = {"#2e86c1", "#e67e22", "#27ae60", "#8e44ad", "#c0392b", "#16a085"};
    return QLatin1String(palette[((index % 6) + 6) % 6]);
}

std::vector<double> niceTicks(double lo, double hi, int count)
{
    if (!std::isfinite(lo) || !std::isfinite(hi) || hi <= lo || count < 1)
        return {};
    const double raw = (hi - lo) / count;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    double step = power;
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (raw <= m * power * 1.0000001) {
            step = m * power;
            break;
        }
    std::vector<double> ticks;
    for (double t = std::ceil(lo / step - 1e-9) * step; t <= hi + step * 1e-9; t += step)
        ticks.push_back(std::abs(t) < step * 1e-9 ? 0.0 : t);
    return ticks;
}

std::vector<size_t> thinnedIndices(size_t n, size_t maxPoints)
{
    std::vector<size_t> out;
    if (n <= maxPoints || maxPoints < 2) {
        for (size_t i = 0; i < n; ++i)
            out.push_back(i);
        return out;
    }
    const double step = double(n - 1) / double(maxPoints - 1);
    for (size_t k = 0; k < maxPoints; ++k)
        out.push_back(k + 1 == maxPoints ? n - 1 : size_t(std::llround(double(k) * step)));
    return out;
}

QString LineChart::toSvg(int width, int height, const QString &id) const
{
    const double left = 58, right = width - 14.0, top = title.isEmpty() ? 12 : 32, bottom = height - 44.0;
    auto mapX = [&](double v) { return left + (v - xMin) / (xMax - xMin) * (right - left); };
    auto mapY = [&](double v) { return bottom - (v - yMin) / (yMax - yMin) * (bottom - top); };

    QString s = openSvg(width, height, id, title);
    if (!title.isEmpty())
        s += svgText(width / 2.0, 20, title, QStringLiteral("middle"), 13, QStringLiteral("font-weight=\"bold\""));
    // Grid, ticks and axes.
    const std::vector<double> xt = xTicks.empty() ? niceTicks(xMin, xMax) : xTicks;
    const std::vector<double> yt = yTicks.empty() ? niceTicks(yMin, yMax) : yTicks;
    const QStringList xl = tickLabels(xt, xTickDecimals), yl = tickLabels(yt, yTickDecimals);
    s += QStringLiteral("<g class=\"grid\" stroke=\"#e5e8e8\" stroke-width=\"1\">");
    for (double t : xt)
        s += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\"/>").arg(px(mapX(t)), px(top), px(bottom));
    for (double t : yt)
        s += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\"/>").arg(px(left), px(mapY(t)), px(right));
    s += QStringLiteral("</g>\n");
    s += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"none\" stroke=\"#808b96\"/>\n")
             .arg(px(left), px(top), px(right - left), px(bottom - top));
    for (size_t i = 0; i < xt.size(); ++i)
        s += svgText(mapX(xt[i]), bottom + 15, xl[int(i)], QStringLiteral("middle"), 10);
    for (size_t i = 0; i < yt.size(); ++i)
        s += svgText(left - 6, mapY(yt[i]) + 3.5, yl[int(i)], QStringLiteral("end"), 10);
    s += svgText((left + right) / 2, height - 8.0, xLabel);
    s += svgText(14, (top + bottom) / 2, yLabel, QStringLiteral("middle"), 11,
              QStringLiteral("transform=\"rotate(-90 14 %1)\"").arg(px((top + bottom) / 2)));

    // The series. Not clipped (a clip path would be a url() reference): callers choose ranges that
    // hold their data.
    s += QStringLiteral("<g class=\"plot\">\n");
    std::vector<std::pair<QString, QString>> legend;
    std::vector<bool> legendDashed;
    for (const Series &ser : series) {
        const QString name = escaped(ser.name);
        QString points, marks, bars;
        for (size_t i = 0; i < std::min(ser.x.size(), ser.y.size()); ++i) {
            if (!std::isfinite(ser.x[i]) || !std::isfinite(ser.y[i]))
                continue;
            const double x = mapX(ser.x[i]), y = mapY(ser.y[i]);
            points += QStringLiteral("%1,%2 ").arg(px(x), px(y));
            if (ser.kind == Series::Kind::Points || ser.markers)
                marks += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"%3\"/>").arg(px(x), px(y), ser.kind == Series::Kind::Points ? QStringLiteral("4.5")
                                                                                                                                      : QStringLiteral("3"));
            if (ser.kind == Series::Kind::Bars) {
                const double x0 = mapX(ser.x[i] - ser.barWidth / 2), x1 = mapX(ser.x[i] + ser.barWidth / 2), base = mapY(std::max(yMin, 0.0));
                bars += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\"/>")
                            .arg(px(x0), px(std::min(y, base)), px(x1 - x0), px(std::abs(base - y)));
            }
        }
        switch (ser.kind) {
        case Series::Kind::Line:
            s += QStringLiteral("<polyline class=\"series\" data-series=\"%1\" fill=\"none\" stroke=\"%2\" stroke-width=\"2\"%3 points=\"%4\"/>\n")
                     .arg(name, ser.colour, ser.dashed ? QStringLiteral(" stroke-dasharray=\"5 3\"") : QString(), points.trimmed());
            if (!marks.isEmpty())
                s += QStringLiteral("<g class=\"markers\" fill=\"#ffffff\" stroke=\"%1\" stroke-width=\"1.5\">%2</g>\n").arg(ser.colour, marks);
            break;
        case Series::Kind::Points:
            s += QStringLiteral("<g class=\"series\" data-series=\"%1\" fill=\"%2\" stroke=\"#ffffff\">%3</g>\n").arg(name, ser.colour, marks);
            break;
        case Series::Kind::Bars:
            s += QStringLiteral("<g class=\"series\" data-series=\"%1\" fill=\"%2\" fill-opacity=\"0.7\" stroke=\"%2\">%3</g>\n").arg(name, ser.colour, bars);
            break;
        }
        if (!ser.name.isEmpty()) {
            legend.emplace_back(ser.name, ser.colour);
            legendDashed.push_back(ser.dashed);
        }
    }
    s += QStringLiteral("</g>\n");
    s += legendBox(legend, legendDashed, left, top, right, bottom, this->legend);
    return s + QStringLiteral("</svg>\n");
}

QString BarChart::toSvg(int minWidth, int height, const QString &id) const
{
    const int groups = int(categories.size());
    const int perGroup = std::max<int>(1, int(series.size()));
    const double barWidth = 14, groupWidth = perGroup * barWidth + 18;
    int lines = 1;
    for (const QString &c : categories)
        lines = std::max<int>(lines, int(c.count(QLatin1Char('\n'))) + 1);
    const int width = std::max(minWidth, int(std::ceil(58 + 14 + groups * groupWidth)));
    const double left = 58, right = width - 14.0, top = (title.isEmpty() ? 10 : 30) + 20.0, bottom = height - 26.0 - 13.0 * lines;
    auto mapY = [&](double v) { return bottom - v / yMax * (bottom - top); };
    const double slot = (right - left) / std::max(1, groups);

    QString s = openSvg(width, height, id, title);
    if (!title.isEmpty())
        s += svgText(width / 2.0, 20, title, QStringLiteral("middle"), 13, QStringLiteral("font-weight=\"bold\""));
    // The legend in one row above the plot area.
    {
        double w = 0;
        for (const Bars &b : series)
            w += textWidth(b.name, 10) + 30;
        double x = std::max(left, (left + right - w) / 2);
        const double y = top - 12;
        s += QStringLiteral("<g class=\"legend\">");
        for (const Bars &b : series) {
            s += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"12\" height=\"10\" fill=\"%3\"/>").arg(px(x), px(y - 8), b.colour);
            s += svgText(x + 16, y + 1, b.name, QStringLiteral("start"), 10);
            x += textWidth(b.name, 10) + 30;
        }
        s += QStringLiteral("</g>\n");
    }
    std::vector<double> yt;
    for (double t : niceTicks(0, std::min(yMax, 1.0)))
        yt.push_back(t);
    const QStringList yl = tickLabels(yt, -1);
    s += QStringLiteral("<g class=\"grid\" stroke=\"#e5e8e8\">");
    for (double t : yt)
        s += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\"/>").arg(px(left), px(mapY(t)), px(right));
    s += QStringLiteral("</g>\n");
    for (size_t i = 0; i < yt.size(); ++i)
        s += svgText(left - 6, mapY(yt[i]) + 3.5, yl[int(i)], QStringLiteral("end"), 10);
    s += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#808b96\"/>\n").arg(px(left), px(bottom), px(right));
    s += svgText(14, (top + bottom) / 2, yLabel, QStringLiteral("middle"), 11,
              QStringLiteral("transform=\"rotate(-90 14 %1)\"").arg(px((top + bottom) / 2)));
    for (int g = 0; g < groups; ++g) {
        const QStringList parts = categories[g].split(QLatin1Char('\n'));
        for (int l = 0; l < parts.size(); ++l)
            s += svgText(left + slot * (g + 0.5), bottom + 14 + 13.0 * l, parts[l], QStringLiteral("middle"), 10);
    }
    s += svgText((left + right) / 2, height - 8.0, xLabel);
    for (int k = 0; k < int(series.size()); ++k) {
        const Bars &b = series[size_t(k)];
        s += QStringLiteral("<g class=\"series\" data-series=\"%1\" fill=\"%2\">").arg(escaped(b.name), b.colour);
        for (int g = 0; g < groups && g < int(b.values.size()); ++g) {
            const double v = b.values[size_t(g)];
            if (!std::isfinite(v))
                continue;
            const double x = left + slot * (g + 0.5) - perGroup * barWidth / 2 + k * barWidth;
            const double y = mapY(std::clamp(v, 0.0, yMax));
            s += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" data-value=\"%5\"><title>%6</title></rect>")
                     .arg(px(x + 1), px(y), px(barWidth - 2), px(bottom - y), QString::number(v, 'g', 17),
                          escaped(QStringLiteral("%1: %2").arg(b.name, QString::number(v, 'f', 3))));
        }
        s += QStringLiteral("</g>\n");
    }
    return s + QStringLiteral("</svg>\n");
}

QString HeatMap::toSvg(int size, const QString &id) const
{
    const int k = int(std::max(rowLabels.size(), columnLabels.size()));
    double labelWidth = 0;
    for (const QString &l : rowLabels)
        labelWidth = std::min(140.0, std::max(labelWidth, textWidth(l)));
    const double top = (title.isEmpty() ? 10 : 28) + (subtitle.isEmpty() ? 0 : 16) + 8.0;
    const double left = 26 + labelWidth + 8, right = size - 12.0, bottom = size - 40.0;
    const double cell = std::max(1.0, std::min((right - left), (bottom - top)) / std::max(1, k));
    const double gridWidth = cell * columnLabels.size(), gridHeight = cell * rowLabels.size();

    QString s = openSvg(size, size, id, title);
    if (!title.isEmpty())
        s += svgText(size / 2.0, 19, title, QStringLiteral("middle"), 13, QStringLiteral("font-weight=\"bold\""));
    if (!subtitle.isEmpty())
        s += svgText(size / 2.0, title.isEmpty() ? 19 : 35, subtitle, QStringLiteral("middle"), 10, QStringLiteral("fill=\"#5d6d7e\""));
    const int fontSize = k > 6 ? 9 : 12;
    for (int r = 0; r < rowLabels.size(); ++r) {
        s += svgText(left - 6, top + cell * (r + 0.5) + 4, rowLabels[r], QStringLiteral("end"), 11);
        for (int c = 0; c < columnLabels.size(); ++c) {
            const double level = r < int(this->level.size()) && c < int(this->level[size_t(r)].size()) ? this->level[size_t(r)][size_t(c)] : 0.0;
            const QString extra = r < int(attributes.size()) && c < int(attributes[size_t(r)].size()) ? attributes[size_t(r)][size_t(c)] : QString();
            s += QStringLiteral("<rect class=\"cell\" data-row=\"%1\" data-column=\"%2\"%3 x=\"%4\" y=\"%5\" width=\"%6\" height=\"%6\" fill=\"%7\" "
                                "stroke=\"#ffffff\"/>\n")
                     .arg(r)
                     .arg(c)
                     .arg(extra.isEmpty() ? QString() : QLatin1Char(' ') + extra, px(left + cell * c), px(top + cell * r), px(cell), heatColour(level));
            const QStringList lines = r < int(text.size()) && c < int(this->text[size_t(r)].size()) ? this->text[size_t(r)][size_t(c)] : QStringList();
            const QString fill = level > 0.45 ? QStringLiteral("#ffffff") : QStringLiteral("#1b2631");
            for (int l = 0; l < lines.size(); ++l) {
                const double y = top + cell * (r + 0.5) + (l - (lines.size() - 1) / 2.0) * (fontSize + 3) + fontSize / 3.0;
                s += svgText(left + cell * (c + 0.5), y, lines[l], QStringLiteral("middle"), l == 0 ? fontSize : fontSize - 2,
                                          QStringLiteral("fill=\"%1\"%2").arg(fill, l == 0 ? QStringLiteral(" font-weight=\"bold\"") : QString()));
            }
        }
    }
    for (int c = 0; c < columnLabels.size(); ++c)
        s += svgText(left + cell * (c + 0.5), top + gridHeight + 15, columnLabels[c], QStringLiteral("middle"), 11);
    s += svgText(left + gridWidth / 2, top + gridHeight + 32, xLabel, QStringLiteral("middle"), 11, QStringLiteral("font-weight=\"bold\""));
    s += svgText(12, top + gridHeight / 2, yLabel, QStringLiteral("middle"), 11,
              QStringLiteral("font-weight=\"bold\" transform=\"rotate(-90 12 %1)\"").arg(px(top + gridHeight / 2)));
    return s + QStringLiteral("</svg>\n");
}

} // namespace maskbench::svg
