// Lesson anchors on a practice page start with the case's province ("lai-chau--<case>--<id>").
// When a practice gathers so many lessons that its page is split by province, an old link to
// "#lai-chau--…" is sent on to the province page "lai-chau/", so trainers' links keep working.
(function () {
  var id = decodeURIComponent(location.hash.slice(1));
  if (!id || document.getElementById(id) || !document.querySelector("[data-cb-split]")) return;
  var province = id.split("--")[0];
  if (/^[a-z0-9-]+$/.test(province)) location.replace(province + "/#" + encodeURIComponent(id));
})();
