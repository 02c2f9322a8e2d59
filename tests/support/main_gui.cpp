// Catch2 runner for tests that paint (fonts need a GUI application); offscreen, no display.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // What the program keeps in the user's data folder (reports waiting to be sent) goes to a
    // private folder too, removed at the end.
    QTemporaryDir data;
    qputenv("XDG_DATA_HOME", data.path().toLocal8Bit());
    QGuiApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
