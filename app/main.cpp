#include "commandline.h"
#include "shell/mainwindow.h"
#include "singleinstance.h"
#include "domain/invitation.h"

#include "domain/documentlanguage.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTimer>
#include <QWindow>
#include <QTranslator>

#include <cstdio>

#include <memory>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("AnnualPlan"));
    QCoreApplication::setApplicationName(QStringLiteral("annualplan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ANNUALPLAN_VERSION));
}

// The settings file (recent plans, server addresses: never a password) is its owner's alone. Made
// with mode 0600 before anything writes it; QSettings rewrites it through QSaveFile, which keeps
// a file's mode.
void keepSettingsPrivate()
{
    const QString path = QSettings().fileName();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.exists())
        file.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.close();
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

// The program's translations: in share/annualplan/translations beside the binary's folder when
// installed (/usr/bin → /usr/share), or inside the build folder, which mirrors that layout.
QString translationsFolder()
{
    const QDir bin(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {QStringLiteral("../share/annualplan/translations"),
                                     QStringLiteral("share/annualplan/translations")}) {
        const QString folder = QDir::cleanPath(bin.filePath(candidate));
        if (QFileInfo::exists(QDir(folder).filePath(QStringLiteral("annualplan_zh_CN.qm"))))
            return folder;
    }
    return QString();
}

// Chinese unless the system asks for something else or --lang says otherwise; English is the
// source language and needs no translator.
void installTranslators(QCoreApplication &app, const QString &option)
{
    // Printed documents are Chinese whatever the window's language.
    ap::doclang::setCatalogue(QDir(translationsFolder()).filePath(QStringLiteral("annualplan_zh_CN.qm")));
    bool chinese = false;
    if (option.isEmpty()) {
        for (const QString &lang : QLocale::system().uiLanguages())
            if (lang.startsWith(QLatin1String("zh"))) {
                chinese = true;
                break;
            }
    } else {
        chinese = option == QLatin1String("zh_CN");
    }
    if (!chinese)
        return;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral("annualplan_zh_CN"), translationsFolder()))
        QCoreApplication::installTranslator(own);
}

} // namespace

int main(int argc, char *argv[])
{
    const QString sub = ap::cli::subcommand(argc, argv);
    const QString lang = ap::cli::languageOption(argc, argv);
    setIdentity();
    keepSettingsPrivate();

    if (ap::cli::subcommandPrints(sub)) {
        // Printing needs fonts, hence a GUI application, but never a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        installTranslators(app, lang);
        return ap::cli::runSubcommand(sub, app.arguments());
    }
    if (!sub.isEmpty()) {
        QCoreApplication app(argc, argv);
        installTranslators(app, lang);
        return ap::cli::runSubcommand(sub, app.arguments());
    }

    QStringList files;
    QString importDocument;
    int exitCode = 0;
    if (ap::cli::wantsHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        installTranslators(app, lang);
        ap::cli::parseWindowArguments(app.arguments(), &files, &exitCode);
        return exitCode;
    }

    QApplication app(argc, argv);
    installTranslators(app, lang);
    if (!ap::cli::parseWindowArguments(app.arguments(), &files, &exitCode, &importDocument))
        return exitCode;

    // A plan the desktop hands over opens in the window already running, when it will take it.
    // (An invitation opens in a window of its own: it asks for a password.)
    if (!files.isEmpty() && importDocument.isEmpty()
        && !files.first().endsWith(QStringLiteral(".") + QLatin1String(ap::Invitation::kSuffix), Qt::CaseInsensitive)
        && ap::SingleInstance::handOver(files.first()))
        return 0;
    ap::MainWindow window;
    ap::SingleInstance instance(&window);
    window.show();
    if (!files.isEmpty())
        window.openNamed(files.first());
    if (!importDocument.isEmpty())
        QTimer::singleShot(0, &window, [&window, importDocument] { window.importFile(importDocument); });
    // For bench/: report once the window with its plan is on screen, then leave (or stay, when
    // ANNUALPLAN_SAY_WHEN_SHOWN asks only for the report: bench/settle.py then waits for the
    // process's CPU to settle).
    const bool exitWhenShown = qEnvironmentVariableIsSet("ANNUALPLAN_EXIT_WHEN_SHOWN");
    if (exitWhenShown || qEnvironmentVariableIsSet("ANNUALPLAN_SAY_WHEN_SHOWN")) {
        auto *poll = new QTimer(&app);
        QObject::connect(poll, &QTimer::timeout, &app, [&app, &window, poll, exitWhenShown]() {
            if (!window.windowHandle() || !window.windowHandle()->isExposed())
                return;
            fputs("shown\n", stdout);
            fflush(stdout);
            poll->stop();
            if (exitWhenShown)
                app.quit();
        });
        poll->start(1);
    }
    return app.exec();
}
