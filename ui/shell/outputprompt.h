#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace ap {

// Where an export or a report may be written, asked the way every output of the window asks.
class OutputPrompt
{
    Q_DECLARE_TR_FUNCTIONS(OutputPrompt)
public:
    // True when an output may be written to path (never over a plan file or the open plan
    // openPlan); asks before replacing a file unless the file dialog already did. Says why when not.
    static bool allowed(QWidget *parent, const QString &path, bool replaceConfirmed, const QString &openPlan);
    // Asks for an export's file, suggesting baseName + extension in folder; adds the extension
    // when the clerk leaves it out, then checks the place. Empty when cancelled or refused.
    static QString askPath(QWidget *parent, const QString &title, const QString &suggestedPath,
                           const QString &extension, const QString &filter, const QString &openPlan);
};

} // namespace ap
