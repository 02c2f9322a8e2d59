#pragma once

#include <QStringList>

// The handlers of the subcommands, each given the whole argument list; each returns the exit code.
namespace ap::cli {

// Plan files: plancommands.cpp
int runInfo(const QStringList &arguments);
int runCreate(const QStringList &arguments);
int runCleanCopy(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runRollForward(const QStringList &arguments);
int runImport(const QStringList &arguments);
// Monitoring: monitorcommands.cpp
int runStatus(const QStringList &arguments);
int runReport(const QStringList &arguments);
int runForms(const QStringList &arguments);
int runCollect(const QStringList &arguments);
int runSchedule(const QStringList &arguments);
// The year's end: yearendcommands.cpp
int runAssess(const QStringList &arguments);
int runSummary(const QStringList &arguments);
// A plan's versions: versioncommands.cpp
int runVersion(const QStringList &arguments);
int runCompare(const QStringList &arguments);
// Plans on a server: servercommands.cpp
int runPublish(const QStringList &arguments);
int runCopy(const QStringList &arguments);
int runCheckin(const QStringList &arguments);
int runGrant(const QStringList &arguments);
int runServer(const QStringList &arguments);

} // namespace ap::cli
