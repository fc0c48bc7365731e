// Small progressive enhancements; the pages work without them.
(function () {
  "use strict";

  // 1. Lesson anchors on a practice page start with the case's province
  // ("lai-chau--<case>--<id>"). When a practice gathers so many lessons that its page is
  // split by province, an old link to "#lai-chau--…" is sent on to the province page, so
  // trainers' links keep working.
  var id = decodeURIComponent(location.hash.slice(1));
  if (id && !document.getElementById(id) && document.querySelector("[data-cb-split]")) {
    var province = id.split("--")[0];
    if (/^[a-z0-9-]+$/.test(province)) {
      location.replace(province + "/#" + encodeURIComponent(id));
      return;
    }
  }

  function copy(text, button) {
    var done = function () {
      var label = button.textContent;
      button.textContent = "Đã chép";
      setTimeout(function () { button.textContent = label; }, 1500);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () { window.prompt("Chép liên kết:", text); });
    } else {
      window.prompt("Chép liên kết:", text);
    }
  }

  function copyButton(label, text) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "cb-copy";
    button.textContent = label;
    button.addEventListener("click", function () { copy(text(), button); });
    return button;
  }

  function linkTo(anchor) {
    return location.href.split("#")[0] + "#" + anchor;
  }

  // 2. "Copy link" on every heading anchor and every lesson.
  document.querySelectorAll(".md-content h2[id], .md-content h3[id]").forEach(function (h) {
    h.appendChild(copyButton("Chép liên kết", function () { return linkTo(h.id); }));
  });
  document.querySelectorAll(".cb-lessons li[id]").forEach(function (li) {
    li.appendChild(copyButton("Chép liên kết", function () { return linkTo(li.id); }));
  });

  // The page's public address: the canonical link, which the theme writes only when the
  // site was built with its address (CASEBOOK_SITE_URL).
  var canonical = document.querySelector('link[rel="canonical"]');
  var publicUrl = canonical ? canonical.href : null;

  // 3. "Trích dẫn trang này": the public address (or, without one, the address as the
  // reader sees it) and today's date.
  document.querySelectorAll("[data-cb-cite]").forEach(function (box) {
    var url = box.querySelector(".cb-cite-url");
    var date = box.querySelector(".cb-cite-date");
    var now = new Date();
    if (url) url.textContent = publicUrl || location.href.split("#")[0];
    if (date) {
      date.textContent = ("0" + now.getDate()).slice(-2) + "/" + ("0" + (now.getMonth() + 1)).slice(-2) + "/" + now.getFullYear();
    }
    box.appendChild(copyButton("Chép trích dẫn", function () { return box.textContent.replace(/Chép trích dẫn$/, "").replace(/^Trích dẫn trang này:\s*/, "").trim(); }));
  });

  // 4. Printed links show their public address (the print stylesheet reads
  // data-cb-print); a site built without an address prints none.
  if (publicUrl) {
    document.querySelectorAll(".md-content a[href]:not(.headerlink):not(.md-button)").forEach(function (a) {
      var href = a.getAttribute("href");
      if (href.charAt(0) !== "#") a.setAttribute("data-cb-print", new URL(href, publicUrl).href);
    });
  }
})();
