/// The page's style sheet, inlined in `<style>`: system fonts, a centred
/// column, tables with aligned numbers, charts two to a row on wide screens.
enum ReportStyle {
    static let css = """
    :root { color-scheme: light; }
    * { box-sizing: border-box; }
    body { margin: 0; background: #f4f5f7; color: #222; font: 15px/1.45 "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; }
    main { max-width: 1340px; margin: 0 auto; padding: 24px 28px 48px; }
    header h1 { margin: 0 0 4px; font-size: 26px; }
    header p { margin: 0; color: #555; }
    nav { margin: 14px 0 4px; display: flex; flex-wrap: wrap; gap: 6px 14px; font-size: 14px; }
    nav a { color: #1f5f8b; text-decoration: none; }
    nav a:hover { text-decoration: underline; }
    section { background: #fff; border: 1px solid #dde0e4; border-radius: 8px; padding: 18px 22px; margin: 18px 0; }
    section h2 { margin: 0 0 10px; font-size: 19px; }
    p.note { color: #555; margin: 6px 0 12px; font-size: 14px; }
    .figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(560px, 1fr)); gap: 18px; }
    figure { margin: 0; }
    figure svg { display: block; width: 100%; height: auto; border: 1px solid #eceef1; border-radius: 4px; }
    figcaption { font-size: 13px; color: #555; margin-top: 6px; }
    figcaption a { color: #1f5f8b; }
    table { border-collapse: collapse; font-size: 13px; }
    th, td { padding: 4px 9px; border-bottom: 1px solid #e6e8eb; vertical-align: top; }
    th { text-align: left; background: #f6f7f9; font-weight: 600; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    td.num small { display: block; color: #777; font-size: 11px; }
    td.objective, th.objective { background: #eef5f8; }
    table.facts th { width: 210px; background: none; }
    .scroll { overflow-x: auto; }
    details { margin-top: 10px; }
    pre { background: #f6f7f9; padding: 10px 12px; border-radius: 4px; font-size: 12.5px; overflow-x: auto; }
    .bad { color: #a4361b; font-weight: 600; }
    footer { color: #777; font-size: 13px; text-align: center; }
    """
}
