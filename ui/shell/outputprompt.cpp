#include "outputprompt.h"

#include "fs/outputtarget.h"

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
    QString path = QFileDialog::getSaveFileName(parent, title, suggestedPath, filter);
    if (path.isEmpty())
        return path;
    // The dialog asked about replacing the name it returned, not about the one with the suffix.
    const bool asked = path.endsWith(extension, Qt::CaseInsensitive);
    if (!asked)
        path += extension;
    return allowed(parent, path, asked, openPlan) ? path : QString();
}

} // namespace ap
