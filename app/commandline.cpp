#include "commandline.h"

#include "clisupport.h"
#include "subcommands.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace ap::cli {

namespace {

// Every subcommand, once: its name, how it is called and what it does (for --help), and its
// handler. The parser, the help text and the dispatch all read this table.
struct Subcommand
{
    const char *name;
    const char *synopsis;
    const char *summary;
    int (*run)(const QStringList &arguments);
    bool prints = false;   // lays out pages: needs fonts, hence a GUI application (never a display)
};

const Subcommand kSubcommands[] = {
    {"info", QT_TRANSLATE_NOOP("ap::cli::Cli", "info FILE|ADDRESS"),
     QT_TRANSLATE_NOOP("ap::cli::Cli", "print a plan's year, title and counts (a file, or a plan on a server)"), runInfo},
    {"clean-copy", QT_TRANSLATE_NOOP("ap::cli::Cli", "clean-copy FILE -o NEW"),
     QT_TRANSLATE_NOOP("ap::cli::Cli", "a plan file another program changed, its own rows only, in a new file"),
     runCleanCopy},
    {"create", QT_TRANSLATE_NOOP("ap::cli::Cli", "create FILE --from-json JSON"),
     QT_TRANSLATE_NOOP("ap::cli::Cli", "create a plan file from plan JSON"), runCreate},
    {"export", QT_TRANSLATE_NOOP("ap::cli::Cli", "export FILE --pdf|--docx|--xlsx|--csv OUT"),
     QT_TRANSLATE_NOOP("ap::cli::Cli", "the plan and its annex tables as PDF or Word, or the task table for Excel"),
     runExport, true},
    {"rollforward", QT_TRANSLATE_NOOP("ap::cli::Cli", "rollforward LAST -o NEW"),
     QT_TRANSLATE_NOOP("ap::cli::Cli", "start next year's plan from last year's"), runRollForward},
    {"import", QT_TRANSLATE_NOOP("ap::cli::Cli", "import DOC --json | -o NEW"),
     QT_TRANSLATE_NOOP("ap::cli::Cli", "read a Word or text plan into a structured plan"), runImport},
    {"status", QT_TRANSLATE_NOOP("ap::cli::Cli", "status FILE [--date D] --json"),
     QT_TRANSLATE_NOOP("ap::cli::Cli", "where every task stands: status, progress, warning"), runStatus},
    {"report", QT_TRANSLATE_NOOP("ap::cli::Cli", "report FILE --period 2026Q2 --pdf OUT"),
     QT_TRANSLATE_NOOP("ap::cli::Cli", "the progress report (进展通报) as PDF"), runReport, true},
    {"forms", QT_TRANSLATE_NOOP("ap::cli::Cli", "forms FILE --period 2026Q2 -o DIR"),
     QT_TRANSLATE_NOOP("ap::cli::Cli", "one Excel return form per department"), runForms},
    {"collect", QT_TRANSLATE_NOOP("ap::cli::Cli", "collect FILE FORM.xlsx…"),
     QT_TRANSLATE_NOOP("ap::cli::Cli", "take filled-in forms back as progress reports"), runCollect},
    {"schedule", QT_TRANSLATE_NOOP("ap::cli::Cli", "schedule PLAN [--pdf|--docx|--xlsx OUT]"),
     QT_TRANSLATE_NOOP("ap::cli::Cli", "the year month by month (月度工作安排表), or what falls due this month and next"),
     runSchedule, true},
    {"assess", QT_TRANSLATE_NOOP("ap::cli::Cli", "assess PLAN [--json] [--pdf OUT] [--docx OUT]"),
     QT_TRANSLATE_NOOP("ap::cli::Cli", "the year-end assessment (年度考核): scores, self-assessment, review, result notice"),
     runAssess, true},
    {"summary", QT_TRANSLATE_NOOP("ap::cli::Cli", "summary PLAN --docx OUT"),
     QT_TRANSLATE_NOOP("ap::cli::Cli", "a draft of the year's work summary (年度工作总结) from the plan's own figures"),
     runSummary, true},
    {"version", QT_TRANSLATE_NOOP("ap::cli::Cli", "version PLAN --save NAME | --list"),
     QT_TRANSLATE_NOOP("ap::cli::Cli", "save the plan as a named version (印发版, 调整版), or list its versions"), runVersion},
    {"compare", QT_TRANSLATE_NOOP("ap::cli::Cli", "compare PLAN --from A [--to B] [--json] [--pdf|--docx OUT]"),
     QT_TRANSLATE_NOOP("ap::cli::Cli", "what changed since a version, with the reasons; the 调整对照表 as PDF or Word"),
     runCompare, true},
    {"publish", QT_TRANSLATE_NOOP("ap::cli::Cli", "publish FILE ADDRESS [--replace]"),
     QT_TRANSLATE_NOOP("ap::cli::Cli", "a plan file onto a PostgreSQL server (postgresql://…?plan=NAME)"), runPublish},
    {"copy", QT_TRANSLATE_NOOP("ap::cli::Cli", "copy ADDRESS -o FILE"),
     QT_TRANSLATE_NOOP("ap::cli::Cli", "a plan on a server into a new plan file"), runCopy},
    {"checkin", QT_TRANSLATE_NOOP("ap::cli::Cli", "checkin PLAN --task ID --period 2026Q2 …"),
     QT_TRANSLATE_NOOP("ap::cli::Cli", "record one progress report, in a file or on a server"), runCheckin},
    {"grant", QT_TRANSLATE_NOOP("ap::cli::Cli", "grant ADDRESS --login L --role R [--department D]"),
     QT_TRANSLATE_NOOP("ap::cli::Cli", "let a login report for a department, view or edit a server plan"), runGrant},
    {"server", QT_TRANSLATE_NOOP("ap::cli::Cli", "server init ADDRESS [--publisher LOGIN]…"),
     QT_TRANSLATE_NOOP("ap::cli::Cli", "prepare a database once so that the logins named may publish plans there"), runServer},
};

const Subcommand *findSubcommand(const QString &name)
{
    for (const Subcommand &s : kSubcommands)
        if (name == QLatin1String(s.name))
            return &s;
    return nullptr;
}

// Columns a text takes in a terminal: Chinese characters take two.
int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text)
        width += c.unicode() >= 0x2e80 && c.unicode() <= 0xffef ? 2 : 1;
    return width;
}

// The subcommands for --help, one a line, their summaries in a column.
QString subcommandList()
{
    int width = 0;
    for (const Subcommand &s : kSubcommands)
        width = std::max(width, displayWidth(Cli::tr(s.synopsis)));
    QString list;
    for (const Subcommand &s : kSubcommands) {
        const QString synopsis = Cli::tr(s.synopsis);
        list += QStringLiteral("\n  ") + synopsis + QString(width - displayWidth(synopsis) + 2, QLatin1Char(' '))
                + Cli::tr(s.summary);
    }
    return list;
}

} // namespace

QString subcommandIn(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--lang")) {
            ++i;
            continue;
        }
        if (a.startsWith(QLatin1Char('-')))
            continue;
        return findSubcommand(a) ? a : QString();
    }
    return QString();
}

QString subcommand(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return subcommandIn(arguments);
}

bool wantsHelpOrVersion(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--help" || a == "-h" || a == "-?" || a == "--help-all" || a == "--version" || a == "-v")
            return true;
    }
    return false;
}

QString languageOption(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (a == QLatin1String("--lang") && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (a.startsWith(QLatin1String("--lang=")))
            return a.mid(7);
    }
    return QString();
}

bool subcommandPrints(const QString &name)
{
    const Subcommand *s = findSubcommand(name);
    return s && s->prints;
}

int runSubcommand(const QString &name, const QStringList &arguments)
{
    const Subcommand *s = findSubcommand(name);
    return s ? s->run(arguments) : int(ExitUsage);
}

bool parseWindowArguments(const QStringList &arguments, QStringList *files, int *exitCode, QString *importDocument)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("AnnualPlan: draft, print and monitor an annual work plan.") + QStringLiteral("\n\n")
                                     + Cli::tr("Subcommands (run without a display):") + subcommandList());
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("file"), Cli::tr("A plan file (.aplan), or an invitation to a shared plan (.apinvite), to open."), Cli::tr("[file]"));
    const QCommandLineOption importOption(QStringLiteral("import"),
                                          Cli::tr("Open the window with this plan document (.docx, .txt) under review for import."),
                                          Cli::tr("document"));
    parser.addOption(importOption);
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl;
        *exitCode = ExitUsage;
        return false;
    }
    const QString lang = parser.value(QStringLiteral("lang"));
    if (!lang.isEmpty() && lang != QLatin1String("zh_CN") && lang != QLatin1String("en")) {
        err() << Cli::tr("Unknown language “%1”; use zh_CN or en.").arg(lang) << Qt::endl;
        *exitCode = ExitUsage;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText() << Qt::flush;
        *exitCode = ExitOk;
        return false;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out() << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        *exitCode = ExitOk;
        return false;
    }
    *files = parser.positionalArguments();
    if (importDocument)
        *importDocument = parser.value(importOption);
    return true;
}

} // namespace ap::cli