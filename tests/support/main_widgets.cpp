// Catch2 runner for widget tests; they run offscreen unless a platform is set.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <QApplication>
#include <QDir>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings (recent files, window state) go to a private folder, not the user's.
    const QByteArray config = QDir::tempPath().toLocal8Bit() + "/annualplan-tests-config-" + QByteArray::number(QCoreApplication::applicationPid());
    qputenv("XDG_CONFIG_HOME", config);
    // What the program keeps in the user's data folder (reports waiting to be sent) goes to a
    // private folder too, removed at the end.
    QTemporaryDir data;
    qputenv("XDG_DATA_HOME", data.path().toLocal8Bit());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("AnnualPlanTests"));
    QCoreApplication::setApplicationName(QStringLiteral("annualplan-tests"));
    return Catch::Session().run(argc, argv);
}
