#include "commands.h"

#include "augment_command.h"
#include "dataset_command.h"
#include "evaluate_command.h"
#include "faces_command.h"
#include "metrics_command.h"
#include "recipe_command.h"
#include "train_command.h"
#include "weights_command.h"

namespace maskbench::cli {

void addCommands(CLI::App &app, int *exitCode)
{
    addDatasetCommand(app, exitCode);
    addMetricsCommand(app, exitCode);
    addCompareCommand(app, exitCode);
    addTrainCommand(app, exitCode);
    addAugmentCommand(app, exitCode);
    addFacesCommand(app, exitCode);
    addWeightsCommand(app, exitCode);
    addEvaluateCommand(app, exitCode);
    addPredictCommand(app, exitCode);
    addRecipeCommand(app, exitCode);
}

} // namespace maskbench::cli
