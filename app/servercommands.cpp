// The subcommands for plans on a server, or a file and a server alike: publish, copy, grant and checkin.
#include "subcommands.h"

#include "clisupport.h"
#include "commandline.h"

#include "document/reportrequest.h"
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
    addPlanFileArgument(parser);
    parser.addPositionalArgument(QStringLiteral("address"),
                                 Cli::tr("postgresql://USER@HOST[:PORT]/DATABASE?plan=NAME"));
    const QCommandLineOption replace(QStringLiteral("replace"), Cli::tr("Replace a plan of that name on the server."));
    parser.addOption(replace);
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3)
        return usageError(Cli::tr("Usage: annualplan publish FILE ADDRESS [--replace]"));
    const std::optional<ServerAddress> address = addressArgument(args.at(2));
    if (!address)
        return ExitRefused;
    QString error;
    if (!ServerPlans::publish(args.at(1), *address, parser.isSet(replace), &error))
        return refused(error);
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
    if (args.size() != 2 || !parser.isSet(output))
        return usageError(Cli::tr("Usage: annualplan copy ADDRESS -o FILE"));
    const std::optional<ServerAddress> address = addressArgument(args.at(1));
    if (!address)
        return ExitRefused;
    QString error;
    if (!ServerPlans::copy(*address, parser.value(output), &error))
        return refused(error);
    err() << Cli::tr("Copied %1 to %2.").arg(args.at(1), QFileInfo(parser.value(output)).absoluteFilePath()) << Qt::endl;
    return ExitOk;
}

int runGrant(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpParser(parser, arguments,
                Cli::tr("Gives a login its part in a server plan, as the database enforces it: a reporter adds "
                        "progress reports only for the tasks its department leads or supports, a viewer reads, an "
                        "editor changes everything. Run by the plan's owner. A login that does not exist is created "
                        "with the password read from standard input."),
                Cli::tr("Grant a login a role on a server plan."));
    parser.addPositionalArgument(QStringLiteral("address"),
                                 Cli::tr("postgresql://USER@HOST[:PORT]/DATABASE?plan=NAME"));
    const QCommandLineOption login(QStringLiteral("login"), Cli::tr("The login (a PostgreSQL role)."), Cli::tr("login"));
    const QCommandLineOption role(QStringLiteral("role"), Cli::tr("reporter (default), viewer or editor."), Cli::tr("role"),
                                  QStringLiteral("reporter"));
    const QCommandLineOption department(QStringLiteral("department"),
                                        Cli::tr("The department the login reports for, by its name in the plan."),
                                        Cli::tr("name"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                           Cli::tr("Read the login's password from the first line of standard input "
                                                   "(it creates the login, or sets a new password for a login made for this plan; it goes to the "
                                                   "server as a SCRAM verifier, never as text)."));
    const QCommandLineOption choosePassword(QStringLiteral("choose-password"),
                                            Cli::tr("The password read is a first one: the member chooses its own when it "
                                                    "first opens the plan."));
    parser.addOptions({login, role, department, passwordStdin, choosePassword});
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || !parser.isSet(login))
        return usageError(Cli::tr("Usage: annualplan grant ADDRESS --login LOGIN [--role reporter|viewer|editor] "
                                  "[--department NAME] [--password-stdin [--choose-password]]"));
    if (parser.isSet(choosePassword) && !parser.isSet(passwordStdin))
        return usageError(Cli::tr("--choose-password goes with --password-stdin: the first password is read from it."));
    std::optional<QString> password;
    if (parser.isSet(passwordStdin)) {
        QTextStream in(stdin);
        const QString line = in.readLine();
        if (line.isEmpty())
            return usageError(Cli::tr("No password on standard input."));
        password = line;
    }
    const std::optional<ServerAddress> address = addressArgument(args.at(1));
    if (!address)
        return ExitRefused;
    QString error;
    if (!ServerPlans::grant(*address, parser.value(login), parser.value(role), parser.value(department), password,
                            &error, parser.isSet(choosePassword)))
        return refused(error);
    err() << (parser.isSet(department)
                  ? Cli::tr("%1 is now %2 of the plan for %3.")
                        .arg(parser.value(login), ServerPlans::roleName(parser.value(role)), parser.value(department))
                  : Cli::tr("%1 is now %2 of the plan.").arg(parser.value(login), ServerPlans::roleName(parser.value(role))))
          << Qt::endl;
    return ExitOk;
}

} // namespace ap::cli

namespace ap::cli {

int runCheckin(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpParser(parser, arguments,
                Cli::tr("Records one progress report on a task, in a plan file or a server plan, as the window's "
                        "Report Progress does: checked against the plan first, written in one transaction."),
                Cli::tr("Record progress without the window."));
    parser.addPositionalArgument(QStringLiteral("plan"), Cli::tr("The plan file (.aplan) or a plan address (postgresql://…)."));
    const QCommandLineOption task(QStringLiteral("task"), Cli::tr("The task, by the id status --json prints."), Cli::tr("id"));
    const QCommandLineOption period(QStringLiteral("period"), Cli::tr("The reporting period: 2026Q2, or 2026-05 for a monthly plan."),
                                    Cli::tr("period"));
    const QCommandLineOption status(QStringLiteral("status"), Cli::tr("未开始, 推进中 (the default), 已完成, 滞后 or 取消."),
                                    Cli::tr("status"));
    const QCommandLineOption percent(QStringLiteral("percent"), Cli::tr("Progress in percent, 0 to 100."), Cli::tr("n"));
    const QCommandLineOption actual(QStringLiteral("actual"), Cli::tr("A target's actual value, by its indicator; may be repeated."),
                                    Cli::tr("indicator=value"));
    const QCommandLineOption text(QStringLiteral("text"), Cli::tr("What was done (进展情况)."), Cli::tr("text"));
    const QCommandLineOption yearEnd(QStringLiteral("year-end"),
                                     Cli::tr("The figures are the year's final values (年终实绩); with the year's last period."));
    parser.addOptions({task, period, status, percent, actual, text, yearEnd});
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    bool taskOk = false, percentOk = true;
    ReportRequest request;
    request.task = parser.value(task).toLongLong(&taskOk);
    request.period = parser.value(period);
    request.status = parser.value(status);
    if (parser.isSet(percent))
        request.percent = parser.value(percent).toDouble(&percentOk);
    request.progress = parser.value(text);
    request.yearEnd = parser.isSet(yearEnd);
    bool actualsOk = true;
    for (const QString &pair : parser.values(actual)) {
        const qsizetype eq = pair.lastIndexOf(QLatin1Char('='));
        bool ok = false;
        const double value = eq > 0 ? pair.mid(eq + 1).toDouble(&ok) : 0;
        actualsOk = actualsOk && ok;
        request.actuals.append({pair.left(eq).trimmed(), value});
    }
    if (args.size() != 2 || !taskOk || request.period.isEmpty() || !percentOk || !actualsOk)
        return usageError(Cli::tr("Usage: annualplan checkin PLAN --task ID --period 2026Q2 [--status 推进中] [--percent 60] "
                                  "[--actual INDICATOR=VALUE]… [--text 进展情况] [--year-end]"));
    const std::optional<PlanLocation> where = planArgument(args.at(1));
    if (!where)
        return ExitRefused;
    QString error;
    Id id = 0;
    if (!request.record(*where, &error, &id))
        return refused(error);
    err() << Cli::tr("Recorded report %1 on task %2 for %3.").arg(id).arg(request.task).arg(request.period) << Qt::endl;
    return ExitOk;
}

} // namespace ap::cli

namespace ap::cli {

int runServer(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpParser(parser, arguments,
                Cli::tr("Prepares a PostgreSQL database for AnnualPlan once, run by the database's owner: the list of "
                        "plans every login reads, and the group of logins that may publish plans there (each named with "
                        "--publisher; run again to add more). No superuser is needed afterwards."),
                Cli::tr("Prepare a database for shared plans."));
    parser.addPositionalArgument(QStringLiteral("init"), Cli::tr("init"));
    parser.addPositionalArgument(QStringLiteral("address"), Cli::tr("postgresql://OWNER@HOST[:PORT]/DATABASE"));
    const QCommandLineOption publisher(QStringLiteral("publisher"), Cli::tr("A login that may publish plans (repeat for more)."),
                                       Cli::tr("login"));
    parser.addOption(publisher);
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3 || args.at(1) != QLatin1String("init"))
        return usageError(Cli::tr("Usage: annualplan server init ADDRESS [--publisher LOGIN]…"));
    QString error;
    const std::optional<ServerAddress> address = ServerAddress::parse(args.at(2), &error, ServerAddress::Needs::Database);
    if (!address) {
        err() << error << Qt::endl;
        return ExitRefused;
    }
    if (address->sendsInClear())
        err() << address->clearTextWarning() << Qt::endl;
    QString group;
    if (!ServerPlans::initDatabase(*address, parser.values(publisher), &error, &group))
        return refused(error);
    err() << Cli::tr("The database “%1” is ready for AnnualPlan. Logins that may publish plans there are members of the "
                     "role %2 (they also need CREATEROLE, to make each plan's roles).")
                 .arg(address->database, group)
          << Qt::endl;
    err() << Cli::tr("Allow each reporter one connection and each open window one more: max_connections in "
                     "postgresql.conf at least the number of departments plus 20 (200 reporters: 220).")
          << Qt::endl;
    return ExitOk;
}

} // namespace ap::cli
