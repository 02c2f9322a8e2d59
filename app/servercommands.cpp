// The subcommands that move plans between a file and a PostgreSQL server: publish and copy.
#include "subcommands.h"

#include "clisupport.h"
#include "commandline.h"

#include "document/serverplans.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

namespace ap::cli {

int runPublish(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpParser(parser, arguments,
                Cli::tr("Writes a plan file to a PostgreSQL server as the plan the address names, all of it or "
                        "nothing. The file is only read. The password comes from PGPASSWORD or ~/.pgpass."),
                Cli::tr("Publish a plan file to a server."));
    parser.addPositionalArgument(QStringLiteral("file"), Cli::tr("The plan file (.aplan)."));
    parser.addPositionalArgument(QStringLiteral("address"),
                                 Cli::tr("postgresql://USER@HOST[:PORT]/DATABASE?plan=NAME"));
    const QCommandLineOption replace(QStringLiteral("replace"), Cli::tr("Replace a plan of that name on the server."));
    parser.addOption(replace);
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3) {
        err() << Cli::tr("Usage: annualplan publish FILE ADDRESS [--replace]") << Qt::endl;
        return ExitUsage;
    }
    QString error;
    if (!ServerPlans::publish(args.at(1), args.at(2), parser.isSet(replace), &error)) {
        err() << error << Qt::endl;
        return ExitRefused;
    }
    err() << Cli::tr("Published %1 as %2.").arg(QFileInfo(args.at(1)).fileName(), args.at(2)) << Qt::endl;
    return ExitOk;
}

int runCopy(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpParser(parser, arguments,
                Cli::tr("Copies a plan from a PostgreSQL server into a new plan file, to work on offline or keep. "
                        "The server is only read."),
                Cli::tr("Copy a server plan to a file."));
    parser.addPositionalArgument(QStringLiteral("address"),
                                 Cli::tr("postgresql://USER@HOST[:PORT]/DATABASE?plan=NAME"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Cli::tr("The new plan file; it must not exist."), Cli::tr("file"));
    parser.addOption(output);
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || !parser.isSet(output)) {
        err() << Cli::tr("Usage: annualplan copy ADDRESS -o FILE") << Qt::endl;
        return ExitUsage;
    }
    QString error;
    if (!ServerPlans::copy(args.at(1), parser.value(output), &error)) {
        err() << error << Qt::endl;
        return ExitRefused;
    }
    err() << Cli::tr("Copied %1 to %2.").arg(args.at(1), QFileInfo(parser.value(output)).absoluteFilePath()) << Qt::endl;
    return ExitOk;
}

} // namespace ap::cli
