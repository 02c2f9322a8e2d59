#pragma once

#include <QStringList>

// Command-line handling shared by main(): which mode to start in, and the headless
// subcommands. Subcommands run on a QCoreApplication and never need a display.
namespace ap::cli {

// The exit codes of the subcommands (documented in the README).
enum Exit {
    ExitOk = 0,
    ExitRefused = 2,  // the command was understood but could not be done: bad file, refused output, write failed
    ExitUsage = 64,   // the command line itself is wrong (as sysexits' EX_USAGE)
};

// The subcommand named in argv ("info", "create"), or empty for the window.
QString subcommand(int argc, char **argv);
// The same in an argument list whose first entry is the program.
QString subcommandIn(const QStringList &arguments);

// True when the arguments only ask for help or the version: no window, no display needed.
bool wantsHelpOrVersion(int argc, char **argv);

// The --lang value if given ("zh_CN", "en"), else empty.
QString languageOption(int argc, char **argv);

// True when the subcommand prints (needs fonts, hence a GUI application, but no display).
bool subcommandPrints(const QString &name);

// Runs a subcommand; returns the process exit code.
int runSubcommand(const QString &name, const QStringList &arguments);

// Parses the window's arguments; returns false (with exit code set) when the process should
// stop (e.g. after --help). files receives the plan files to open.
// importDocument receives the document given with --import, to review once the window shows.
bool parseWindowArguments(const QStringList &arguments, QStringList *files, int *exitCode,
                          QString *importDocument = nullptr);

} // namespace ap::cli
