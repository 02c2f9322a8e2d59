#include "outputprompt.h"

#include "fs/outputtarget.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace ap {

bool OutputPrompt::allowed(QWidget *parent, const QString &path, bool replaceConfirmed, const QString &openPlan)
{
    using fs::OutputTarget;
    QString why;
    if (OutputTarget::check(path, OutputTarget::Kind::Document, OutputTarget::Existing::Replace, openPlan, &why)) {
        if (replaceConfirmed || !QFileInfo::exists(path))
            return true;
        return QMessageBox::question(parent, tr("Replace the File?"),
                                     tr("“%1” already exists. Replace it?").arg(QFileInfo(path).fileName()))
               == QMessageBox::Yes;
    }
    QMessageBox::warning(parent, tr("Cannot Write There"), why);
    return false;
}

QString OutputPrompt::askPath(QWidget *parent, const QString &title, const QString &suggestedPath,
                              const QString &extension, const QString &filter, const QString &openPlan)
{
    QString suggested = suggestedPath;
    // Asked again until the name is one the export may write, or the clerk cancels: a refusal
    // never turns into writing somewhere else ("plan.aplan" never becomes "plan.aplan.pdf").
    for (;;) {
        QString path = QFileDialog::getSaveFileName(parent, title, suggested, filter);
        if (path.isEmpty())
            return path;
        const QFileInfo chosen(path);
        suggested = chosen.dir().filePath(chosen.completeBaseName() + extension);
        // The dialog asked about replacing the name it returned, not about the one with the suffix.
        const bool asked = path.endsWith(extension, Qt::CaseInsensitive);
        if (!asked && chosen.exists()) {
            QMessageBox::warning(parent, tr("Choose Another Name"),
                                 tr("“%1” is not a %2 file, and an export never writes over it. Choose another name.")
                                     .arg(chosen.fileName(), extension));
            continue;
        }
        if (!asked)
            path += extension;
        if (allowed(parent, path, asked, openPlan))
            return path;
    }
}

} // namespace ap
