// SPDX-License-Identifier: MIT
#include "app/access/keyboard.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>

namespace carebook::app {

namespace {

class FirstRowOnFocus final : public QObject {
public:
    explicit FirstRowOnFocus(QAbstractItemView* view) : QObject(view), m_view(view) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched == m_view && event->type() == QEvent::FocusIn) {
            auto* model = m_view->model();
            auto* selection = m_view->selectionModel();
            if (model && selection && !selection->currentIndex().isValid() && model->rowCount() > 0) {
                selection->setCurrentIndex(model->index(0, 0),
                                           QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QAbstractItemView* m_view;
};

class AltLettersOut final : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::KeyPress) {
            const auto* key = static_cast<QKeyEvent*>(event);
            const auto modifiers = key->modifiers() & ~Qt::KeypadModifier;
            if ((modifiers == Qt::AltModifier || modifiers == (Qt::AltModifier | Qt::ShiftModifier)) &&
                !key->text().isEmpty() && key->text().front().isLetterOrNumber()) {
                return true; // swallowed: not typed (a mnemonic that was there has already fired)
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void keepAltLettersOut(QWidget* field) { field->installEventFilter(new AltLettersOut(field)); }

void markFirstRowOnFocus(QAbstractItemView* view) { view->installEventFilter(new FirstRowOnFocus(view)); }

} // namespace carebook::app
