import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// The call itself: who, how long, how well each one comes through, the
// verification code, then the page's tiles (the call page draws them) and the
// controls. `stage` is where the window puts the call page.
Rectangle {
    id: panel
    objectName: "inCallPanel"
    color: Theme.window
    readonly property alias stage: stage
    readonly property var joined: CallManager.participants.filter(p => p.state === "joined")

    readonly property string status: {
        const s = CallManager.state
        if (s === "ended")
            return CallManager.answeredElsewhere ? qsTr("Answered on another device")
                 : qsTr("Call ended") + (CallManager.lastDurationMs > 0 ? " · " + CallWords.duration(CallManager.lastDurationMs) : "")
        if (s === "outgoing") return qsTr("Ringing…")
        if (CallManager.held) return qsTr("On hold")
        if (!CallManager.connected) return qsTr("Connecting…")
        return CallWords.duration(CallManager.elapsedMs)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 64
            color: Theme.surface
            Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.border }
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 16
                anchors.rightMargin: 16
                spacing: 12
                Avatar { name: CallManager.title; size: 38 }
                ColumnLayout {
                    spacing: 0
                    Layout.fillWidth: true
                    PlainLabel {
                        objectName: "callTitle"
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignLeft
                        text: CallManager.title
                        font.pixelSize: 16
                        font.weight: Font.DemiBold
                        color: Theme.text
                        elide: Text.ElideRight
                    }
                    PlainLabel {
                        objectName: "callStatus"
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignLeft
                        text: panel.status
                        font.pixelSize: 12
                        color: CallManager.state === "ended" ? Theme.danger : Theme.textMuted
                    }
                }
                // Each peer: a dot for the quality (tooltip with the numbers behind it). The
                // delegates live in a Row, not straight in the RowLayout: Qt 6.4's layouts keep
                // pointers to children a Repeater deleted while the window was hidden (the call
                // ended), and the next call's relayout crashed on them. The model is a count, so
                // the statistics arriving every second do not rebuild the delegates either.
                Row {
                    spacing: 8
                    Repeater {
                        model: panel.joined.length
                        delegate: Rectangle {
                            required property int index
                            readonly property var modelData: panel.joined[index] || ({})
                            objectName: "quality_" + (modelData.userId || "")
                            width: qRow.implicitWidth + 16
                            height: 26
                            radius: 13
                            color: Theme.surfaceAlt
                            RowLayout {
                                id: qRow
                                anchors.centerIn: parent
                                spacing: 6
                                Rectangle {
                                    width: 9; height: 9; radius: 4.5
                                    color: modelData.quality === "good" ? Theme.success
                                         : modelData.quality === "fair" ? Theme.warning
                                         : modelData.quality === "poor" ? Theme.danger : Theme.textMuted
                                }
                                PlainLabel {
                                    text: CallManager.group ? (modelData.name || "") : CallWords.quality(modelData.quality)
                                    font.pixelSize: 12
                                    color: Theme.text
                                }
                            }
                            HoverHandler { id: qHover }
                            PlainToolTip { visible: qHover.hovered; text: CallWords.quality(modelData.quality) }
                        }
                    }
                }
                // The code both people see: the same four pictures means nobody is in between.
                Rectangle {
                    objectName: "verificationChip"
                    visible: CallManager.verificationEmoji !== ""
                    implicitWidth: codeRow.implicitWidth + 20
                    implicitHeight: 34
                    radius: 10
                    color: Theme.surfaceAlt
                    border.color: Theme.border
                    RowLayout {
                        id: codeRow
                        anchors.centerIn: parent
                        spacing: 8
                        PlainLabel {
                            objectName: "verificationEmoji"
                            text: CallManager.verificationEmoji
                            font.pixelSize: 18
                        }
                        PlainLabel {
                            objectName: "verificationDigits"
                            text: CallManager.verificationDigits
                            font.pixelSize: 11
                            color: Theme.textMuted
                        }
                    }
                    HoverHandler { id: codeHover }
                    PlainToolTip {
                        visible: codeHover.hovered
                        text: qsTr("Compare these with %1: if both screens show the same, the call is encrypted end to end with nobody in between.").arg(CallManager.title)
                    }
                }
            }
        }

        PlainLabel {
            objectName: "callMediaError"
            visible: text !== ""
            Layout.fillWidth: true
            padding: 8
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: CallWords.mediaError(CallManager.mediaError)
            color: Theme.warning
        }

        Item {
            id: stage
            objectName: "callStage"
            Layout.fillWidth: true
            Layout.fillHeight: true
            // Before the first peer is connected: who is being called, over the page.
            ColumnLayout {
                z: 2
                anchors.centerIn: parent
                visible: CallManager.state === "outgoing" || CallManager.state === "ended"
                spacing: 12
                Avatar { Layout.alignment: Qt.AlignHCenter; name: CallManager.title; size: 96 }
                PlainLabel {
                    Layout.alignment: Qt.AlignHCenter
                    text: panel.status
                    font.pixelSize: 16
                    color: Theme.textMuted
                }
            }
        }

        CallControls {
            Layout.fillWidth: true
        }
    }
}
