// "Start igen" after the session closed: load the same address (with its key) again.
document.getElementById("restart").addEventListener("click", function () {
  window.location.reload();
});
