#include "clisupport.h"

#include "commandline.h"

#include "document/versioncomparison.h"
#include "fs/outputtarget.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>

namespace ap::cli {

void addCommonOptions(QCommandLineParser &parser)
{
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(QCommandLineOption(QStringLiteral("lang"),
                                        Cli::tr("User interface language: zh_CN or en."), Cli::tr("language")));
}

void setUpParser(QCommandLineParser &parser, const QStringList &arguments, const QString &description,
                 const QString &what)
{
    parser.setApplicationDescription(description);
    addCommonOptions(parser);
    parser.addPositionalArgument(subcommandIn(arguments), what);
}

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int usageError(const QString &message)
{
    err() << message << Qt::endl;
    return ExitUsage;
}

int refused(const QString &message)
{
    err() << message << Qt::endl;
    return ExitRefused;
}

std::optional<PlanLocation> planArgument(const QString &text)
{
    QString error;
    std::optional<PlanLocation> where = PlanLocation::parse(text, &error);
    if (!where)
        err() << error << Qt::endl;
    else if (where->isServer() && where->address().sendsInClear())
        err() << where->address().clearTextWarning() << Qt::endl;
    return where;
}

std::optional<ServerAddress> addressArgument(const QString &text)
{
    QString error;
    std::optional<ServerAddress> address = ServerAddress::parse(text, &error);
    if (!address)
        err() << error << Qt::endl;
    else if (address->sendsInClear())
        err() << address->clearTextWarning() << Qt::endl;
    return address;
}

std::unique_ptr<PlanDocument> openPlanArgument(const QString &text, PlanDocument::Mode mode)
{
    const std::optional<PlanLocation> where = planArgument(text);
    if (!where)
        return nullptr;
    QString error;
    auto doc = PlanDocument::open(*where, mode, &error);
    if (!doc)
        err() << error << Qt::endl;
    return doc;
}

const PlanVersion *versionArgument(const PlanDocument &doc, const QString &text)
{
    const PlanVersion *v = VersionComparison::find(doc.versions(), text);
    if (!v) {
        QStringList names;
        for (const PlanVersion &known : doc.versions().list)
            names << known.name;
        refused(names.isEmpty() ? Cli::tr("The plan has no versions yet: save one with annualplan version PLAN --save NAME.")
                                : Cli::tr("The plan has no version “%1”. Its versions: %2.").arg(text, names.join(QStringLiteral("、"))));
    }
    return v;
}

int yearArgument(const QString &text)
{
    bool ok = false;
    const int year = text.trimmed().toInt(&ok);
    if (ok && year >= 1900 && year <= 2999)
        return year;
    err() << Cli::tr("“%1” is not a plan year; give one such as 2027.").arg(text) << Qt::endl;
    return 0;
}

QCommandLineOption forceOption()
{
    return QCommandLineOption(QStringLiteral("force"), Cli::tr("Replace output files that already exist."));
}

QCommandLineOption periodOption()
{
    return QCommandLineOption(QStringLiteral("period"), Cli::tr("The period: 2026Q2 or 2026-05."), Cli::tr("period"));
}

void addPlanFileArgument(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("file"), Cli::tr("The plan file (.aplan)."));
}

bool outputAllowed(const QString &path, bool force, const QString &plan)
{
    QString why;
    if (fs::OutputTarget::check(path, fs::OutputTarget::Kind::Document,
                                force ? fs::OutputTarget::Existing::Replace : fs::OutputTarget::Existing::Refuse, plan,
                                &why))
        return true;
    err() << why << Qt::endl;
    return false;
}

int writeOutputs(const QCommandLineParser &parser, const QList<Output> &outputs, bool force, const QString &plan)
{
    for (const Output &o : outputs)
        if (parser.isSet(*o.option) && !outputAllowed(parser.value(*o.option), force, plan))
            return ExitRefused;
    QString error;
    for (const Output &o : outputs) {
        if (!parser.isSet(*o.option))
            continue;
        const QString path = parser.value(*o.option);
        if (!o.write(path, &error))
            return refused(error);
        out() << Cli::tr("Wrote %1").arg(path) << Qt::endl;
    }
    return ExitOk;
}

} // namespace ap::cli
