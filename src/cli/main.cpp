// maskbench-cli: everything the workbench does, headless, on the same core library.

#include "cli/cli_common.h"
#include "cli/commands.h"
#include "core/common/error.h"
#include "core/common/settings.h"
#include "core/common/translations.h"

#include <CLI/CLI.hpp>

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MaskBench"));
    QCoreApplication::setApplicationName(QStringLiteral("MaskBench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MASKBENCH_VERSION));
    // Messages in the workbench's language setting ([ui] language), else the system's (LANG).
    maskbench::installTranslations(maskbench::Settings::language.get());

    CLI::App cli{"MaskBench: datasets, masks, training and evaluation for classifiers on masked faces", "maskbench-cli"};
    cli.set_version_flag("--version", MASKBENCH_VERSION);
    cli.require_subcommand(1);
    int exitCode = 0;
    maskbench::cli::addCommands(cli, &exitCode);

    try {
        cli.parse(argc, argv);
    } catch (const CLI::ParseError &e) {
        const int rc = cli.exit(e);
        return rc == 0 ? 0 : 2; // 2: usage error, as most command-line tools
    } catch (const maskbench::Error &e) {
        maskbench::cli::printErr(QStringLiteral("maskbench-cli: error: %1\n").arg(e.message()));
        return 1;
    } catch (const maskbench::Cancelled &) {
        maskbench::cli::printErr(QStringLiteral("maskbench-cli: cancelled\n"));
        return 130;
    } catch (const std::exception &e) {
        maskbench::cli::printErr(QStringLiteral("maskbench-cli: unexpected error: %1\n").arg(QString::fromUtf8(e.what())));
        return 1;
    }
    return exitCode;
}
