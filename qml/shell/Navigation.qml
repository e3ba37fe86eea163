pragma Singleton
import QtQuick

// Going from one section to another with something to open there (a chat's
// "Open" button on a mini program card opens the program). The shell
// switches sections; the target page takes what is pending when it loads.
QtObject {
    signal sectionRequested(string key)
    property var pendingProgram: null // {programId, startParam}

    function openMiniProgram(programId, startParam) {
        pendingProgram = { programId: programId, startParam: startParam || "" }
        sectionRequested("apps")
    }
    function takePendingProgram() {
        const p = pendingProgram
        pendingProgram = null
        return p
    }
}
