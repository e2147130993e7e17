#include "core/eval/slices.h"

#include "core/common/error.h"

#include <QCollator>
#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace maskbench {
namespace {

// This file's messages: looked up under "Slices" and extracted there by lupdate.
struct SlicesTr
{
    Q_DECLARE_TR_FUNCTIONS(Slices)
};

const int kAgeEdges[] = {13, 20, 30, 40, 50, 60, 70};

QString missingGroup() { return SlicesTr::tr("(missing)"); }

} // namespace

double SliceTable::accuracyGap(qint64 minCount) const
{
    double lo = 2, hi = -1;
    for (const SliceRow &r : rows) {
        if (r.count < minCount)
            continue;
        lo = std::min(lo, r.report.accuracy);
        hi = std::max(hi, r.report.accuracy);
    }
    return hi >= lo ? hi - lo : 0.0;
}

QString ageBand(double years)
{
    if (!std::isfinite(years) || years < 0)
        return QString();
    int lower = 0;
    for (int edge : kAgeEdges) {
        if (years < edge)
            return QStringLiteral("%1-%2").arg(lower).arg(edge - 1);
        lower = edge;
    }
    return QStringLiteral("%1+").arg(lower);
}

QString yawBin(double degrees, double width, double limit)
{
    if (!std::isfinite(degrees) || width <= 0)
        return QString();
    const double a = std::abs(degrees);
    if (a >= limit)
        return QStringLiteral("%1+").arg(limit);
    const double lower = std::floor(a / width) * width;
    return QStringLiteral("%1-%2").arg(lower).arg(std::min(lower + width, limit));
}

std::function<QString(double)> numericBinning(const PredictionTable &table, const QString &attribute, QString *description)
{
    const QString name = attribute.toLower();
    std::function<QString(double)> f;
    QString what;
    if (name == QLatin1String("age")) {
        f = [](double v) { return ageBand(v); };
        what = SlicesTr::tr("age bands, years");
    } else if (name == QLatin1String("yaw")) {
        f = [](double v) { return yawBin(v); };
        what = SlicesTr::tr("|yaw| bins, degrees");
    } else {
        return {};
    }
    const int col = table.attributeIndex(attribute);
    if (col < 0)
        return {};
    for (const Prediction &p : table.rows) {
        const QString v = p.attributes.value(col).trimmed();
        bool ok = true;
        if (!v.isEmpty())
            v.toDouble(&ok);
        if (!ok)
            return {};
    }
    if (description)
        *description = what;
    return f;
}

SliceTable sliceBy(const PredictionTable &table, const QString &attribute, bool rawValues)
{
    QString description;
    const auto binning = rawValues ? std::function<QString(double)>() : numericBinning(table, attribute, &description);
    return sliceBy(table, attribute, binning, binning ? description : QString());
}

SliceTable sliceBy(const PredictionTable &table, const QString &attribute, const std::function<QString(double)> &binning,
                   const QString &binningDescription)
{
    const int col = table.attributeIndex(attribute);
    if (col < 0)
        throw Error(SlicesTr::tr("%1: no attribute '%2' to group by (attributes: %3)")
                        .arg(table.source, attribute,
                             table.attributeNames.isEmpty() ? SlicesTr::tr("none") : table.attributeNames.join(QStringLiteral(", "))));
    SliceTable out;
    out.attribute = attribute;
    out.binning = binningDescription;
    out.classes = table.classes;

    // Group key -> (sort key, row indices). Numeric bins sort by the lowest value they hold.
    struct Group
    {
        double order = 0;
        std::vector<int> actual, predicted, rows;
    };
    QMap<QString, Group> groups;
    for (int index = 0; index < int(table.rows.size()); ++index) {
        const Prediction &p = table.rows[size_t(index)];
        const QString raw = p.attributes.value(col).trimmed();
        QString key = raw;
        double order = 0;
        if (binning && !raw.isEmpty()) {
            order = raw.toDouble();
            key = binning(order);
        }
        if (key.isEmpty())
            key = missingGroup();
        auto it = groups.find(key);
        if (it == groups.end()) {
            it = groups.insert(key, Group{});
            it->order = binning && key != missingGroup() ? std::abs(order) : 0;
        } else if (binning && key != missingGroup()) {
            it->order = std::min(it->order, std::abs(order));
        }
        it->rows.push_back(index);
        it->actual.push_back(p.label);
        it->predicted.push_back(p.predicted);
    }

    QStringList keys = groups.keys();
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
        const bool am = a == missingGroup(), bm = b == missingGroup();
        if (am != bm)
            return bm; // "(missing)" last
        if (binning && groups[a].order != groups[b].order)
            return groups[a].order < groups[b].order;
        return collator.compare(a, b) < 0;
    });
    for (const QString &k : keys) {
        const Group &g = groups[k];
        SliceRow row;
        row.value = k;
        row.count = qint64(g.actual.size());
        row.rows = g.rows;
        row.report = classificationReport(confusionMatrix(table.classes, g.actual, g.predicted));
        out.rows.push_back(std::move(row));
    }
    return out;
}

QStringList defaultSliceAttributes(const PredictionTable &table, int maxGroups)
{
    static const QStringList preferred{QStringLiteral("mask_type"), QStringLiteral("age"), QStringLiteral("race"),
                                       QStringLiteral("gender"), QStringLiteral("yaw")};
    QStringList order;
    for (const QString &p : preferred)
        for (const QString &a : table.attributeNames)
            if (a.compare(p, Qt::CaseInsensitive) == 0 && !order.contains(a))
                order.append(a);
    for (const QString &a : table.attributeNames)
        if (!order.contains(a))
            order.append(a);

    static const QRegularExpression colourCode(QStringLiteral("^#[0-9a-fA-F]{3,8}$"));
    QStringList chosen;
    std::vector<std::vector<QString>> chosenKeys; // group key per row of each chosen attribute
    for (const QString &a : order) {
        const int col = table.attributeIndex(a);
        const auto binning = numericBinning(table, a);
        std::vector<QString> keys;
        keys.reserve(table.rows.size());
        QSet<QString> distinct;
        bool allColours = true, anyValue = false;
        for (const Prediction &p : table.rows) {
            const QString raw = p.attributes.value(col).trimmed();
            if (!raw.isEmpty()) {
                anyValue = true;
                allColours = allColours && colourCode.match(raw).hasMatch();
            }
            const QString key = raw.isEmpty() ? QString() : binning ? binning(raw.toDouble()) : raw;
            keys.push_back(key);
            distinct.insert(key);
        }
        if (!anyValue || allColours || distinct.size() < 2 || distinct.size() > maxGroups)
            continue;
        // Same partition as one already chosen: a bijection between the two keys' values.
        bool renames = false;
        for (const std::vector<QString> &other : chosenKeys) {
            QHash<QString, QString> forward, backward;
            bool bijective = true;
            for (size_t i = 0; i < keys.size() && bijective; ++i) {
                auto f = forward.find(keys[i]);
                auto b = backward.find(other[i]);
                if (f == forward.end())
                    forward.insert(keys[i], other[i]);
                else if (*f != other[i])
                    bijective = false;
                if (b == backward.end())
                    backward.insert(other[i], keys[i]);
                else if (*b != keys[i])
                    bijective = false;
            }
            renames = renames || bijective;
        }
        if (renames)
            continue;
        chosen.append(a);
        chosenKeys.push_back(std::move(keys));
    }
    return chosen;
}

std::vector<Misclassified> misclassified(const PredictionTable &table)
{
    std::vector<Misclassified> out;
    for (size_t i = 0; i < table.rows.size(); ++i) {
        const Prediction &p = table.rows[i];
        if (p.predicted == p.label)
            continue;
        Misclassified m;
        m.row = int(i);
        m.path = p.path;
        m.actual = p.label;
        m.predicted = p.predicted;
        m.confidence = p.confidence();
        m.actualProbability = p.label >= 0 && p.label < int(p.probs.size()) ? p.probs[size_t(p.label)] : 0.0;
        out.push_back(m);
    }
    std::stable_sort(out.begin(), out.end(), [](const Misclassified &a, const Misclassified &b) {
        if (a.confidence != b.confidence)
            return a.confidence > b.confidence;
        return a.path < b.path;
    });
    return out;
}

} // namespace maskbench
