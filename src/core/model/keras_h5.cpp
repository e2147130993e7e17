// Keras .h5 weight files through the HDF5 C library (Debian libhdf5-dev).

#include "core/model/keras_h5.h"

#include "core/common/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <hdf5.h>

#include <memory>
#include <mutex>

namespace maskbench {
namespace {

// This file's messages: looked up under "KerasH5" and extracted there by lupdate.
struct KerasH5Tr
{
    Q_DECLARE_TR_FUNCTIONS(KerasH5)
};

// Debian's libhdf5 is the serial (not thread-safe) build: one reader at a time in this process.
std::mutex &hdf5Mutex()
{
    static std::mutex m;
    return m;
}

// Closes an HDF5 handle with the function that matches its kind.
class Handle
{
public:
    using Closer = herr_t (*)(hid_t);
    Handle(hid_t id, Closer close) : m_id(id), m_close(close) {}
    ~Handle()
    {
        if (m_id >= 0)
            m_close(m_id);
    }
    Handle(const Handle &) = delete;
    Handle &operator=(const Handle &) = delete;
    hid_t id() const { return m_id; }
    bool valid() const { return m_id >= 0; }

private:
    hid_t m_id;
    Closer m_close;
};

// A string attribute that is an array (or a scalar) of fixed- or variable-length strings.
// Returns false when the attribute does not exist; throws when it is not made of strings.
bool readStringsAttribute(hid_t obj, const char *name, const QString &file, const QString &where, QStringList *out)
{
    out->clear();
    if (H5Aexists(obj, name) <= 0)
        return false;
    Handle attr(H5Aopen(obj, name, H5P_DEFAULT), H5Aclose);
    if (!attr.valid())
        throw Error(KerasH5Tr::tr("%1: cannot open the attribute %2 of %3").arg(file, QString::fromLatin1(name), where));
    Handle type(H5Aget_type(attr.id()), H5Tclose);
    Handle space(H5Aget_space(attr.id()), H5Sclose);
    if (H5Tget_class(type.id()) != H5T_STRING)
        throw Error(KerasH5Tr::tr("%1: the attribute %2 of %3 is not a list of strings").arg(file, QString::fromLatin1(name), where));
    const hssize_t n = H5Sget_simple_extent_npoints(space.id());
    if (n <= 0)
        return true;
    if (H5Tis_variable_str(type.id()) > 0) {
        std::vector<char *> ptrs(size_t(n), nullptr);
        Handle mem(H5Tcopy(H5T_C_S1), H5Tclose);
        H5Tset_size(mem.id(), H5T_VARIABLE);
        H5Tset_cset(mem.id(), H5Tget_cset(type.id()));
        if (H5Aread(attr.id(), mem.id(), ptrs.data()) < 0)
            throw Error(KerasH5Tr::tr("%1: cannot read the attribute %2 of %3").arg(file, QString::fromLatin1(name), where));
        for (char *p : ptrs)
            out->append(QString::fromUtf8(p ? p : ""));
        H5Dvlen_reclaim(mem.id(), space.id(), H5P_DEFAULT, ptrs.data());
        return true;
    }
    // Fixed length (h5py's "S" arrays are null-padded, not null-terminated): read each into
    // size + 1 bytes, so the memory type's terminator never eats the last character.
    const size_t size = H5Tget_size(type.id()) + 1;
    std::vector<char> buf(size * size_t(n), '\0');
    Handle mem(H5Tcopy(H5T_C_S1), H5Tclose);
    H5Tset_size(mem.id(), size);
    if (H5Aread(attr.id(), mem.id(), buf.data()) < 0)
        throw Error(KerasH5Tr::tr("%1: cannot read the attribute %2 of %3").arg(file, QString::fromLatin1(name), where));
    for (hssize_t i = 0; i < n; ++i) {
        const char *s = buf.data() + size_t(i) * size;
        out->append(QString::fromUtf8(s, int(qstrnlen(s, uint(size)))));
    }
    return true;
}

QString scalarStringAttribute(hid_t obj, const char *name, const QString &file)
{
    QStringList v;
    try {
        if (readStringsAttribute(obj, name, file, QStringLiteral("/"), &v) && !v.isEmpty())
            return v.first();
    } catch (const Error &) {
        // Informational attributes: a file that stores them otherwise is still readable.
    }
    return {};
}

KerasArray readArray(hid_t group, const QString &weightPath, const QString &file, const QString &layer)
{
    const QByteArray path = weightPath.toUtf8();
    // A name such as "conv1/kernel:0" is a path of two links: H5Lexists fails (< 0) when the first
    // is missing and says 0 when only the last is.
    if (H5Lexists(group, path.constData(), H5P_DEFAULT) <= 0) {
        throw Error(KerasH5Tr::tr("%1: layer %2 lists the weight %3, which is not in the file").arg(file, layer, weightPath));
    }
    Handle ds(H5Dopen2(group, path.constData(), H5P_DEFAULT), H5Dclose);
    if (!ds.valid())
        throw Error(KerasH5Tr::tr("%1: %2/%3 is not a dataset").arg(file, layer, weightPath));
    Handle type(H5Dget_type(ds.id()), H5Tclose);
    if (H5Tget_class(type.id()) != H5T_FLOAT)
        throw Error(KerasH5Tr::tr("%1: %2/%3 is not a floating-point array").arg(file, layer, weightPath));
    Handle space(H5Dget_space(ds.id()), H5Sclose);
    const int rank = H5Sget_simple_extent_ndims(space.id());
    if (rank < 0 || rank > 8)
        throw Error(KerasH5Tr::tr("%1: %2/%3 has an unreadable shape").arg(file, layer, weightPath));
    std::vector<hsize_t> dims(size_t(rank), 0);
    H5Sget_simple_extent_dims(space.id(), dims.data(), nullptr);
    KerasArray a;
    size_t count = 1;
    for (hsize_t d : dims) {
        a.shape.push_back(int64_t(d));
        count *= size_t(d);
    }
    a.values.resize(count);
    if (count > 0 && H5Dread(ds.id(), H5T_NATIVE_FLOAT, H5S_ALL, H5S_ALL, H5P_DEFAULT, a.values.data()) < 0)
        throw Error(KerasH5Tr::tr("%1: cannot read %2/%3 (damaged file?)").arg(file, layer, weightPath));
    return a;
}

} // namespace

bool isHdf5File(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(8) == QByteArray("\x89HDF\r\n\x1a\n", 8);
}

KerasWeightsH5 readKerasH5(const QString &path)
{
    if (!QFileInfo::exists(path))
        throw Error(KerasH5Tr::tr("Weights file %1 does not exist").arg(path));
    if (!isHdf5File(path))
        throw Error(KerasH5Tr::tr("%1 is not an HDF5 file (a Keras .h5 weights file starts with the HDF5 signature)").arg(path));

    std::lock_guard<std::mutex> lock(hdf5Mutex());
    H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr); // errors become messages here, not HDF5's stderr dump
    const QByteArray native = QFile::encodeName(path);
    Handle file(H5Fopen(native.constData(), H5F_ACC_RDONLY, H5P_DEFAULT), H5Fclose);
    if (!file.valid())
        throw Error(KerasH5Tr::tr("Cannot open %1 with the HDF5 library (truncated or damaged file?)").arg(path));

    KerasWeightsH5 out;
    out.file = path;
    hid_t rootId = file.id();
    std::unique_ptr<Handle> modelWeights;
    if (H5Lexists(file.id(), "model_weights", H5P_DEFAULT) > 0) {
        modelWeights = std::make_unique<Handle>(H5Gopen2(file.id(), "model_weights", H5P_DEFAULT), H5Gclose);
        if (!modelWeights->valid())
            throw Error(KerasH5Tr::tr("%1: cannot open the group model_weights").arg(path));
        rootId = modelWeights->id();
    }
    out.kerasVersion = scalarStringAttribute(rootId, "keras_version", path);
    out.backend = scalarStringAttribute(rootId, "backend", path);
    if (!readStringsAttribute(rootId, "layer_names", path, QStringLiteral("/"), &out.layers))
        throw Error(KerasH5Tr::tr("%1 is an HDF5 file but not Keras weights: it has no layer_names attribute "
                       "(expected a file written by Keras' save_weights, such as Keras Applications' ImageNet files)")
                        .arg(path));
    for (const QString &layer : out.layers) {
        const QByteArray name = layer.toUtf8();
        if (H5Lexists(rootId, name.constData(), H5P_DEFAULT) <= 0)
            throw Error(KerasH5Tr::tr("%1: layer %2 is listed in layer_names but has no group").arg(path, layer));
        Handle group(H5Gopen2(rootId, name.constData(), H5P_DEFAULT), H5Gclose);
        if (!group.valid())
            throw Error(KerasH5Tr::tr("%1: layer %2 is not a group").arg(path, layer));
        QStringList weightNames;
        readStringsAttribute(group.id(), "weight_names", path, layer, &weightNames);
        for (const QString &wn : weightNames) {
            QString key = wn.section(QLatin1Char('/'), -1);
            if (key.endsWith(QLatin1String(":0")))
                key.chop(2);
            out.arrays.emplace_back(layer + QLatin1Char('/') + key, readArray(group.id(), wn, path, layer));
        }
    }
    return out;
}

} // namespace maskbench
