"use strict";
// The reader's page: fits the chart to its container (redrawn on resize, keeping the brushed window),
// lists the events in a sortable, filterable table, and shows the source of the event clicked on the
// chart or in the table. Article text is only ever set as text (textContent), never parsed as markup.
(() => {
  const data = JSON.parse(document.getElementById("timeline-data").textContent);
  const ui = data.ui;
  const NARROW = 760; // below this width the detail is one column: each row its label, then its mark
  const LANE_PANEL = 900; // below this detail width the detail leaves out the lane names (the overview has them)
  const PADDING = 12; // the spec's padding, each side
  const SPACING = 6; // between the detail's panels
  const LANE = 190, DATES = 170, STEP = 22, NARROW_STEP = 46, LINE = 13;

  const chartBox = document.getElementById("chart");
  const byOrder = new Map();
  const events = eventRows(data.spec);
  events.forEach((row) => byOrder.set(row.order, row));
  // The table's rows: an event drawn in two entities' lanes is one row.
  const listedOrders = new Set();
  const listed = events.filter((row) => !row.entities || (!listedOrders.has(row.order) && listedOrders.add(row.order)));
  let view = null;
  let drawnWidth = -1;
  let keptBrush = null;
  let picked = null;

  function eventRows(spec) {
    for (const rows of Object.values(spec.datasets || {})) {
      if (rows.length && "kind" in rows[0]) return rows;
    }
    return [];
  }

  function named(views, name) {
    return views.find((item) => item.name === name);
  }

  function textLayers(panel) {
    return (panel.layer || []).filter((layer) => (layer.mark || {}).type === "text");
  }

  let measurer = null;
  function textWidth(text) {
    measurer = measurer || document.createElement("canvas").getContext("2d");
    measurer.font = `11px ${data.font}`;
    return measurer.measureText(text).width;
  }

  // `text` in at most two lines of `width` pixels, the second cut with an ellipsis.
  function wrapped(text, width) {
    const words = text.split(/\s+/).filter(Boolean);
    const lines = [];
    let line = "";
    for (const word of words) {
      const next = line ? `${line} ${word}` : word;
      if (textWidth(next) <= width || !line) {
        line = next;
      } else {
        lines.push(line);
        line = word;
        if (lines.length === 2) break;
      }
    }
    if (lines.length < 2 && line) lines.push(line);
    const rest = words.join(" ").length > lines.join(" ").length;
    if (rest) {
      let last = lines[lines.length - 1];
      while (last && textWidth(`${last}…`) > width) last = last.slice(0, -1);
      lines[lines.length - 1] = `${last.trimEnd()}…`;
    }
    return lines.join("\n");
  }

  // The spec with its panels sized to `width` pixels; below NARROW, the detail is the time panel alone
  // with each row's label (wrapped, never dropped) above its mark.
  function fitted(width, excess) {
    const spec = structuredClone(data.spec);
    delete spec.title; // the page's own heading says it, and wraps
    const [overview, detail] = spec.vconcat || [];
    if (!overview || !detail || !detail.hconcat) return spec; // not a timeline: drawn as it is
    const panels = detail.hconcat;
    const lanes = named(panels, "lanes");
    const labels = named(panels, "labels");
    const dates = named(panels, "dates");
    const times = named(panels, "times");
    const available = Math.max(200, width - 2 * PADDING - excess);
    const laneAxis = overview.layer.some((layer) => layer.encoding && layer.encoding.y && layer.encoding.y.axis !== null);
    if (width < NARROW) {
      // Lane names inside the overview, over their band, so that the chart keeps the full width.
      for (const layer of overview.layer) {
        const y = layer.encoding && layer.encoding.y;
        if (y && y.axis) {
          Object.assign(y.axis, {
            labelAlign: "left", labelPadding: -4, ticks: false, labelLimit: available / 2,
            labelFontSize: 10, labelColor: "#333", labelBaseline: "middle", zindex: 1,
          });
        }
      }
      // The detail starts where the overview's plot does, after the lane names.
      overview.width = available;
      times.width = available;
      times.height = { step: NARROW_STEP };
      const rows = eventRows(spec);
      rows.forEach((row) => { row.lines = wrapped(row.event, times.width - 8); });
      for (const layer of times.layer) {
        const mark = layer.mark;
        if (["bar", "tick", "point"].includes(mark.type)) {
          mark.yOffset = NARROW_STEP / 2 - 8;
          if (mark.type === "bar") mark.height = 8;
          if (mark.type === "tick") mark.size = 12;
        }
      }
      for (const layer of textLayers(labels)) {
        const copy = structuredClone(layer);
        copy.data = copy.data || labels.data; // the labels panel holds its layers' data
        Object.assign(copy.mark, { baseline: "top", dy: -NARROW_STEP / 2 + 3, lineBreak: "\n", limit: times.width - 8, lineHeight: LINE });
        copy.encoding.text = { field: "lines", type: "nominal" };
        times.layer.push(copy);
      }
      detail.hconcat = [times];
      spec.config = Object.assign({}, spec.config, { legend: Object.assign({}, (spec.config || {}).legend, { columns: 2, labelLimit: available / 2 - 30 }) });
    } else {
      const axis = laneAxis ? Math.min(LANE + 8, Math.round(0.16 * available)) : 0;
      setLaneAxis(overview, axis - 8);
      const detailWidth = available - axis; // the detail starts where the overview's plot does
      const withLanes = lanes && detailWidth >= LANE_PANEL;
      if (lanes && !withLanes) detail.hconcat = panels.filter((panel) => panel !== lanes);
      const fixed = (withLanes ? LANE + SPACING : 0) + DATES + SPACING;
      const labelWidth = Math.round(Math.min(480, Math.max(220, 0.3 * detailWidth)));
      const timeWidth = detailWidth - fixed - labelWidth - SPACING;
      labels.width = labelWidth;
      textLayers(labels).forEach((layer) => { layer.mark.limit = labelWidth - 8; });
      dates.width = DATES;
      textLayers(dates).forEach((layer) => { layer.mark.limit = DATES - 8; });
      times.width = Math.max(120, timeWidth);
      overview.width = detailWidth;
    }
    ticksFor(overview);
    ticksFor(times);
    const brush = spec.params.find((param) => param.name === "brush");
    if (keptBrush !== null) {
      if (keptBrush.start) brush.value = { x: keptBrush.start };
      else delete brush.value;
    }
    return spec;
  }

  // About one time label per 80 pixels, so that narrow axes do not run their years together.
  function ticksFor(view) {
    for (const layer of view.layer) {
      const x = layer.encoding && layer.encoding.x;
      if (x && x.axis) x.axis.tickCount = Math.max(2, Math.floor(view.width / 80));
    }
  }

  function setLaneAxis(overview, limit) {
    for (const layer of overview.layer) {
      const y = layer.encoding && layer.encoding.y;
      if (y && y.axis) y.axis.labelLimit = limit;
    }
  }

  async function draw(force) {
    const width = chartBox.clientWidth;
    if (!force && width === drawnWidth) return;
    drawnWidth = width;
    if (view) {
      const brush = view.signal("brush");
      keptBrush = brush && brush.start ? { start: brush.start.map((time) => +time) } : {};
      view.finalize();
    }
    let excess = 0;
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const result = await vegaEmbed(chartBox, fitted(width, excess), {
        renderer: "svg",
        actions: { export: true, source: false, compiled: false, editor: false },
      });
      view = result.view;
      const drawn = chartBox.querySelector("svg.marks").getBoundingClientRect().width;
      if (drawn <= width + 0.5) break;
      excess += Math.ceil(drawn - width) + 2;
      view.finalize();
    }
    // A chart much taller than the screen (many lanes) scrolls in a box instead of pushing the table away.
    const tall = chartBox.querySelector("svg.marks").getBoundingClientRect().height > 1.5 * window.innerHeight;
    chartBox.classList.toggle("capped", tall);
    view.addEventListener("click", (event, item) => {
      const datum = item && item.datum;
      if (datum && typeof datum.order === "number" && byOrder.has(datum.order)) show(datum.order, true);
    });
    window.timelineView = view;
  }

  let pending = null;
  window.addEventListener("resize", () => {
    clearTimeout(pending);
    pending = setTimeout(() => draw(false).catch(report), 150);
  });

  function report(error) {
    console.error(error);
  }

  // The source panel: the sentence with the date expression and the event word marked.
  function show(order, fromChart) {
    const row = byOrder.get(order);
    picked = order;
    const body = document.getElementById("source-body");
    body.replaceChildren();
    document.querySelector("#source .hint").hidden = true;
    body.hidden = false;
    body.appendChild(element("p", "doc", row.title));
    const meta = row.published_on ? `${ui.published} ${row.published_on}` : ui.no_date;
    body.appendChild(element("p", "meta", `${row.when} · ${meta}`));
    const sentence = element("p", "sentence", "");
    sentence.dir = "auto";
    const marks = [];
    if (row.expression_at) marks.push([...row.expression_at, "when"]);
    if (row.trigger_at) marks.push([...row.trigger_at, "what"]);
    marks.sort((a, b) => a[0] - b[0]);
    let at = 0;
    for (const [start, end, kind] of marks) {
      if (start < at) continue; // overlapping marks: the first wins
      sentence.appendChild(document.createTextNode(row.sentence.slice(at, start)));
      const mark = element("mark", kind, row.sentence.slice(start, end));
      mark.title = kind === "when" ? ui.when_mark : ui.event_mark;
      sentence.appendChild(mark);
      at = end;
    }
    sentence.appendChild(document.createTextNode(row.sentence.slice(at)));
    body.appendChild(sentence);
    const keys = element("p", "keys", "");
    keys.appendChild(element("mark", "when", ui.when_mark));
    if (row.trigger_at) keys.appendChild(element("mark", "what", ui.event_mark));
    body.appendChild(keys);
    if (/^https?:\/\//i.test(row.url)) {
      const link = element("a", "", ui.read_article);
      link.href = row.url;
      link.rel = "noopener noreferrer";
      link.target = "_blank";
      body.appendChild(link);
    }
    for (const tr of tbody.children) tr.classList.toggle("picked", Number(tr.dataset.order) === order);
    if (fromChart) {
      const box = document.getElementById("source").getBoundingClientRect();
      if (box.top > window.innerHeight || box.bottom < 0) document.getElementById("source").scrollIntoView({ block: "nearest" });
    }
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  // The event table: sortable by date, event and source; filtered by words, by document and (when the
  // chart has --about entities) by entity.
  const tbody = document.querySelector("#event-table tbody");
  const columns = [
    { key: "when", label: ui.date_column, sort: (a, b) => a.order - b.order },
    { key: "event", label: ui.event_column, sort: (a, b) => a.event.localeCompare(b.event) || a.order - b.order },
    { key: "source", label: ui.source_column, sort: (a, b) => a.title.localeCompare(b.title) || a.order - b.order },
  ];
  let sortKey = "when";
  let ascending = true;
  const filters = document.getElementById("filters");
  const words = labelled(ui.filter_label, element("input", "", ""));
  words.control.type = "search";
  words.control.placeholder = ui.filter_placeholder;
  const documents = labelled(ui.document_label, element("select", "", ""));
  documents.control.appendChild(new Option(ui.all_documents, ""));
  const titles = new Map();
  events.forEach((row) => titles.set(row.doc, row.title));
  titles.forEach((title, doc) => documents.control.appendChild(new Option(title, doc)));
  const entities = labelled(ui.entity_label, element("select", "", ""));
  entities.control.appendChild(new Option(ui.all_entities, ""));
  const names = new Set(listed.flatMap((row) => row.entities || []));
  names.forEach((name) => entities.control.appendChild(new Option(name, name)));
  entities.control.name = "entity";
  const count = element("span", "count", "");
  filters.append(words.label, documents.label, ...(names.size ? [entities.label] : []), count);

  function labelled(text, control) {
    const label = element("label", "", "");
    label.appendChild(element("span", "", text));
    label.appendChild(control);
    return { label, control };
  }

  const head = document.createElement("tr");
  for (const column of columns) {
    const th = document.createElement("th");
    th.scope = "col";
    const button = element("button", "", column.label);
    button.type = "button";
    button.addEventListener("click", () => {
      ascending = sortKey === column.key ? !ascending : true;
      sortKey = column.key;
      fill();
    });
    th.appendChild(button);
    column.th = th;
    head.appendChild(th);
  }
  document.querySelector("#event-table thead").appendChild(head);

  function fill() {
    const needle = words.control.value.trim().toLocaleLowerCase();
    const doc = documents.control.value;
    const entity = entities.control.value;
    const column = columns.find((item) => item.key === sortKey);
    const rows = listed
      .filter((row) => !doc || row.doc === doc)
      .filter((row) => !entity || (row.entities || []).includes(entity))
      .filter((row) => !needle || `${row.event} ${row.sentence} ${row.expression} ${row.source}`.toLocaleLowerCase().includes(needle))
      .sort((a, b) => (ascending ? 1 : -1) * column.sort(a, b));
    columns.forEach((item) => item.th.setAttribute("aria-sort", item === column ? (ascending ? "ascending" : "descending") : "none"));
    tbody.replaceChildren(...rows.map(tableRow));
    count.textContent = ui.shown.replace("{shown}", rows.length).replace("{total}", listed.length);
  }

  function tableRow(row) {
    const tr = document.createElement("tr");
    tr.dataset.order = row.order;
    tr.tabIndex = 0;
    tr.classList.toggle("picked", row.order === picked);
    const cells = [["when", row.when], ["event", row.event], ["source", row.title]];
    for (const [className, text] of cells) {
      const td = element("td", className, text);
      if (className !== "when") td.dir = "auto";
      tr.appendChild(td);
    }
    tr.addEventListener("click", () => show(row.order, false));
    tr.addEventListener("keydown", (event) => { if (event.key === "Enter") show(row.order, false); });
    return tr;
  }

  words.control.addEventListener("input", fill);
  documents.control.addEventListener("change", fill);
  entities.control.addEventListener("change", fill);
  fill();
  draw(true).catch(report);
})();
