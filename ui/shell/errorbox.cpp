#include "errorbox.h"

#include "domain/errordetails.h"

#include <QLabel>
#include <QMessageBox>

namespace ap::ErrorBox {

void warn(QWidget *parent, const QString &title, const QString &message)
{
    QString shown, details;
    ErrorDetails::split(message, &shown, &details);
    if (details.isEmpty()) {
        QMessageBox::warning(parent, title, shown);
        return;
    }
    QMessageBox box(QMessageBox::Warning, title, shown, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("ErrorBox"));
    box.setDetailedText(details);
    box.exec();
}

void showIn(QLabel *label, const QString &message)
{
    QString shown, details;
    ErrorDetails::split(message, &shown, &details);
    label->setText(shown);
    label->setToolTip(details);
}

} // namespace ap::ErrorBox
