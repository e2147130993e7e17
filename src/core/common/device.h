#pragma once
// Compute devices in plain value types (no torch here; STYLE rule 11). The Settings device
// (Settings::device: auto, cpu, cuda, cuda:N) is what training, evaluation and prediction use
// unless a command or form overrides it; model/torch_device.h turns a name into a torch::Device.

#include <QString>
#include <QStringList>

namespace maskbench {

struct DeviceInfo
{
    bool cudaBuilt = false;   // this LibTorch was built with CUDA
    int cudaDevices = 0;      // CUDA devices it can see
    QStringList devices;      // "cpu", then "cuda:0", "cuda:1", ... (what exists now)
    QString whyNoCuda;        // empty when CUDA is usable; otherwise one translated sentence
};

DeviceInfo deviceInfo();

// The device name to use: `override` when it is not empty, else the Settings device.
QString requestedDevice(const QString &override = {});

// Where a device name came from, for messages: "--device cuda:1" or "the Settings device cuda:1".
QString describeDeviceChoice(const QString &override);

} // namespace maskbench
