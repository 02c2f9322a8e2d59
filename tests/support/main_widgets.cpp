// Catch2 runner for widget tests; they run offscreen unless a platform is set.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings (recent files, window state) go to a private folder, not the user's.
    const QByteArray config = QDir::tempPath().toLocal8Bit() + "/annualplan-tests-config-" + QByteArray::number(QCoreApplication::applicationPid());
    qputenv("XDG_CONFIG_HOME", config);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("AnnualPlanTests"));
    QCoreApplication::setApplicationName(QStringLiteral("annualplan-tests"));
    return Catch::Session().run(argc, argv);
}
