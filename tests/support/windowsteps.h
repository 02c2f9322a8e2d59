#pragma once

#include <QApplication>
#include <QDialog>
#include <QFileDialog>
#include <QLineEdit>
#include <QTest>

#include <catch2/catch.hpp>

// What a clerk does between the window's steps in the end-to-end tests: a file chosen in Qt's
// file dialog, and the main window active again after a dialog closes.
namespace testutil {

// The path put into the dialog's file name field and the dialog's button, as a clerk who knows
// the path does (typed key by key, the field's completion list would race the Enter key).
inline void chooseFile(QFileDialog *d, const QString &path)
{
    auto *name = d->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
    REQUIRE(name);
    name->setText(path);
    static_cast<QDialog *>(d)->accept();
}

// As a window manager does when a dialog closes: the main window is active again.
inline void backTo(QWidget &w)
{
    QCoreApplication::processEvents();
    if (QApplication::activeWindow() != &w) {
        w.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&w));
    }
}

} // namespace testutil
