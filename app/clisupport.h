#pragma once

#include "document/plandocument.h"
#include "document/planlocation.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QCommandLineParser;
class QTextStream;

// What every subcommand shares: the texts' translation context, the common options, the
// standard streams, and the checks of a year and of an output's place.
namespace ap::cli {

// Translation context of the command line's texts.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(ap::cli::Cli)
};

// --help, --version and --lang.
void addCommonOptions(QCommandLineParser &parser);
// A subcommand's parser: what it does, the common options, and the subcommand's own name (as
// arguments give it) as the first positional argument, described by what.
void setUpParser(QCommandLineParser &parser, const QStringList &arguments, const QString &description,
                 const QString &what);
QTextStream &out();
QTextStream &err();
// What a subcommand ends with when it cannot go on: the line that says why (or how it is called)
// on standard error, and the exit code that goes with it (ExitUsage, ExitRefused).
int usageError(const QString &message);
int refused(const QString &message);
// The plan an argument names, a plan file or a server plan's address: read here, where it comes
// in; nullopt after saying what is wrong with it.
std::optional<PlanLocation> planArgument(const QString &text);
// A server plan's address given as an argument; nullopt after saying what is wrong with it.
std::optional<ServerAddress> addressArgument(const QString &text);
// The plan an argument names, opened; null after saying why it cannot be.
std::unique_ptr<PlanDocument> openPlanArgument(const QString &text, PlanDocument::Mode mode);
// A version of the plan named on the command line (by name or number); null after saying the plan
// has none such.
const PlanVersion *versionArgument(const PlanDocument &doc, const QString &text);
// A plan year given on the command line: a whole number from 1900 to 2999, else 0 (and a message).
int yearArgument(const QString &text);
QCommandLineOption forceOption();
// --period 2026Q2 (or 2026-05), for the commands that work on one reporting period.
QCommandLineOption periodOption();
// The positional argument FILE, a plan file, as --help names it.
void addPlanFileArgument(QCommandLineParser &parser);
// True when the command may write an output to path; otherwise says why. A plan file, a plan
// that is open, and the plan being read are never replaced, with --force or without.
bool outputAllowed(const QString &path, bool force, const QString &plan);
// An output a subcommand may write: its option (--pdf, --docx …) and its writer.
struct Output
{
    const QCommandLineOption *option;
    std::function<bool(const QString &path, QString *error)> write;
};
// The outputs given on the command line: every place checked first (outputAllowed), then each
// written and told; the exit code (ExitOk, or ExitRefused after saying why).
int writeOutputs(const QCommandLineParser &parser, const QList<Output> &outputs, bool force, const QString &plan);

} // namespace ap::cli
