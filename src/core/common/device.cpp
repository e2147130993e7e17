// Compute devices: what exists, what the user asked for, and the torch::Device for it.

#include "core/common/device.h"
#include "core/model/torch_device.h"

#include "core/common/error.h"
#include "core/common/settings.h"

#include <ATen/Context.h>

#include <QCoreApplication>

namespace maskbench {
namespace {

// This file's messages: looked up under "Device" and extracted there by lupdate (which loses
// track of the scope after torch::Device(...) and needs maskbench::DeviceTr there).
struct DeviceTr
{
    Q_DECLARE_TR_FUNCTIONS(Device)
};

} // namespace

DeviceInfo deviceInfo()
{
    DeviceInfo info;
    info.cudaBuilt = at::hasCUDA();
    info.cudaDevices = info.cudaBuilt ? int(torch::cuda::device_count()) : 0;
    info.devices << QStringLiteral("cpu");
    for (int i = 0; i < info.cudaDevices; ++i)
        info.devices << QStringLiteral("cuda:%1").arg(i);
    if (!info.cudaBuilt)
        info.whyNoCuda = DeviceTr::tr("This LibTorch is a CPU-only build (such as Debian's libtorch-dev): build MaskBench against "
                            "a CUDA LibTorch (CMAKE_PREFIX_PATH) to train on a GPU.");
    else if (info.cudaDevices == 0)
        info.whyNoCuda = DeviceTr::tr("This LibTorch has CUDA, but it sees no GPU (no NVIDIA driver, or CUDA_VISIBLE_DEVICES hides them).");
    return info;
}

QString requestedDevice(const QString &override)
{
    const QString o = override.trimmed();
    if (!o.isEmpty())
        return o;
    const QString s = Settings::device.get().trimmed();
    return s.isEmpty() ? QStringLiteral("auto") : s;
}

QString describeDeviceChoice(const QString &override)
{
    if (!override.trimmed().isEmpty())
        return DeviceTr::tr("the device %1 chosen for this job").arg(override.trimmed());
    return DeviceTr::tr("the Settings device %1").arg(requestedDevice());
}

torch::Device resolveDevice(const QString &name, const QString &origin)
{
    const QString n = name.trimmed().toLower();
    const QString from = origin.isEmpty() ? n : origin;
    if (n == QLatin1String("auto") || n.isEmpty())
        return torch::cuda::is_available() ? torch::Device(torch::kCUDA, 0) : torch::Device(torch::kCPU);
    if (n == QLatin1String("cpu"))
        return torch::kCPU;
    if (n == QLatin1String("cuda") || n.startsWith(QLatin1String("cuda:"))) {
        const DeviceInfo info = deviceInfo();
        if (info.cudaDevices == 0)
            throw Error(maskbench::DeviceTr::tr("CUDA was requested (%1) but is unavailable: %2 Use the device cpu or auto.").arg(from, info.whyNoCuda));
        bool ok = true;
        const int index = n.contains(QLatin1Char(':')) ? n.section(QLatin1Char(':'), 1).toInt(&ok) : 0;
        if (!ok || index < 0 || index >= info.cudaDevices)
            throw Error(maskbench::DeviceTr::tr("No CUDA device %1 (%2); the devices are: %3")
                            .arg(n.section(QLatin1Char(':'), 1), from, info.devices.join(QStringLiteral(", "))));
        return torch::Device(torch::kCUDA, c10::DeviceIndex(index));
    }
    throw Error(maskbench::DeviceTr::tr("Unknown device \"%1\" (%2): use auto, cpu, cuda or cuda:N").arg(name, from));
}

} // namespace maskbench
