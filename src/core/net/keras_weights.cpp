// Keras Applications' ImageNet weight files: catalogue and fetch into the cache (keras_weights.h).

#include "core/net/keras_weights.h"

#include "core/common/error.h"
#include "core/common/settings.h"
#include "core/model/model_config.h"
#include "core/net/download.h"

#include <QCoreApplication>
#include <QUrl>

namespace maskbench {
namespace {

// This file's messages: looked up under "KerasWeights" and extracted there by lupdate.
struct KerasWeightsTr
{
    Q_DECLARE_TR_FUNCTIONS(KerasWeights)
};

// The paths and hashes keras/applications/{resnet_v2,inception_v3}.py download and check.
const KerasWeightsFile kFiles[] = {
    {"resnet50v2", true, "resnet/resnet50v2_weights_tf_dim_ordering_tf_kernels.h5", "3ef43a0b657b3be2300d5770ece849e0"},
    {"resnet50v2", false, "resnet/resnet50v2_weights_tf_dim_ordering_tf_kernels_notop.h5", "fac2f116257151a9d068a22e544a4917"},
    {"inceptionv3", true, "inception_v3/inception_v3_weights_tf_dim_ordering_tf_kernels.h5", "9a0d58056eeedaa3f26cb7ebd46da564"},
    {"inceptionv3", false, "inception_v3/inception_v3_weights_tf_dim_ordering_tf_kernels_notop.h5", "bcbd6486424b2319ff4ef7d526e38f63"},
};

} // namespace

QString KerasWeightsFile::fileName() const
{
    const QString p = QString::fromLatin1(relativePath);
    return p.mid(p.lastIndexOf(QLatin1Char('/')) + 1);
}

QString kerasApplicationsBaseUrl() { return QStringLiteral("https://storage.googleapis.com/tensorflow/keras-applications/"); }

const KerasWeightsFile *kerasWeightsFile(const QString &model, bool top)
{
    const QString name = canonicalModelName(model); // throws for a name no model has
    for (const KerasWeightsFile &f : kFiles)
        if (name == QLatin1String(f.model) && f.top == top)
            return &f;
    throw Error(KerasWeightsTr::tr("Keras Applications publishes ImageNet weights for resnet50v2 and inceptionv3, not for %1").arg(name));
}

QString kerasWeightsUrl(const KerasWeightsFile &file, const QString &mirror)
{
    QString base = mirror.trimmed();
    if (base.isEmpty())
        base = kerasApplicationsBaseUrl();
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    return base + QLatin1String(file.relativePath);
}

QString kerasWeightsCachePath(const KerasWeightsFile &file)
{
    return cacheDirectory() + QStringLiteral("/weights/keras/") + file.fileName();
}

QString fetchKerasWeights(const QString &model, bool top, const ProgressCallback &progress, QString mirror, QString proxy,
                          const QString &expectedHashOverride)
{
    const KerasWeightsFile *file = kerasWeightsFile(model, top);
    if (mirror.trimmed().isEmpty())
        mirror = Settings::weightsMirror.get();
    if (proxy.trimmed().isEmpty())
        proxy = Settings::networkProxy.get();
    DownloadRequest rq;
    rq.url = QUrl(kerasWeightsUrl(*file, mirror));
    if (!rq.url.isValid() || rq.url.scheme().isEmpty())
        throw Error(KerasWeightsTr::tr("The weights mirror \"%1\" is not a URL: give a base address such as https://example.org/keras-applications/")
                        .arg(mirror));
    rq.destination = kerasWeightsCachePath(*file);
    rq.expectedHash = expectedHashOverride.trimmed().isEmpty() ? QString::fromLatin1(file->md5) : expectedHashOverride.trimmed();
    rq.proxy = proxy;
    return downloadFile(rq, progress).path;
}

} // namespace maskbench
