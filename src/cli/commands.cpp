#include "cli/commands.h"

#include "cli/augment_command.h"
#include "cli/dataset_command.h"
#include "cli/evaluate_command.h"
#include "cli/faces_command.h"
#include "cli/predict_command.h"
#include "cli/metrics_command.h"
#include "cli/recipe_command.h"
#include "cli/train_command.h"
#include "cli/weights_command.h"

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
