"""p1484-7: department site (Sở GD&ĐT Quảng Ngãi), no dateline: notebooks donated in mountain districts, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG NGÃI
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Liên hệ

Trao tặng gần 190.000 cuốn vở cho học sinh miền núi

Năm 2024, Sở Giáo dục và Đào tạo phối hợp với Quỹ Bảo trợ trẻ em tỉnh và Công ty CP Giấy vở Sông Trà thực hiện chương trình "Vở sạch cho em" tại 4 huyện miền núi của tỉnh. Tổng số vở trao tặng đạt 186.400 cuốn, vượt 16% kế hoạch; kinh phí vận động từ các nhà hảo tâm khoảng 1,5 tỷ đồng.

Kết quả trao tặng theo huyện
Huyện
Số học sinh được tặng
Số vở (nghìn cuốn)
Kinh phí (triệu đồng)
Sơn Hà
4.850
58,2
468
Ba Tơ
4.120
49,4
397
Trà Bồng
3.560
42,7
344
Minh Long
3.010
36,1
291
Tổng cộng
15.540
186,4
1.500

Mỗi học sinh được nhận 12 cuốn vở kẻ ô ly hoặc vở kẻ ngang, đủ dùng cho học kỳ I. Huyện Sơn Hà có số học sinh được tặng nhiều nhất, chiếm 31,2% tổng số. Năm 2025, chương trình dự kiến mở rộng thêm huyện Sơn Tây, nâng tổng số vở trao tặng lên khoảng 250.000 cuốn.

Tin cùng chuyên mục:
- Quảng Ngãi: Hướng dẫn nhiệm vụ năm học 2024-2025 đối với giáo dục tiểu học
- Kết quả thi tuyển sinh vào lớp 10 năm học 2024-2025

SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG NGÃI
Địa chỉ: 182 Hùng Vương, TP Quảng Ngãi
Điện thoại: 0255.3822.546
Lượt truy cập: 1.204.557
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = [("số học sinh được tặng vở", "count", "học sinh", 1),
        ("số vở", "count", "cuốn", 1e3),
        ("kinh phí", "money", "đồng", 1e6)]
ROWS = [("Sơn Hà", "Sơn Hà", ["4.850", "58,2", "468"]),
        ("Ba Tơ", "Ba Tơ", ["4.120", "49,4", "397"]),
        ("Trà Bồng", "Trà Bồng", ["3.560", "42,7", "344"]),
        ("Minh Long", "Minh Long", ["3.010", "36,1", "291"]),
        ("Tổng cộng", None, ["15.540", "186,4", "1.500"])]
CELLS = []
for key, place, nums in ROWS:
    prev = key
    for (label, kind, unit, mult), n in zip(COLS, nums):
        v = float(n.replace(".", "").replace(",", ".")) * mult
        kw = {"location": place} if place else {}
        subj = label if place else f"tổng cộng {label}"
        CELLS.append(fig(f"{prev}\n{n}", n, v, kind, unit, subject=subj, period=inh(Y24), **kw))
        prev = n

FIGS = [
    fig("gần 190.000 cuốn", "190.000", 190000, "count", "cuốn vở", approx="nearly",
        subject="vở trao tặng cho học sinh miền núi"),
    fig("tại 4 huyện", "4", 4, "count", "huyện", subject="huyện miền núi thực hiện chương trình", period=Y24),
    fig("đạt 186.400 cuốn", "186.400", 186400, "count", "cuốn", change=chg("increase", 16, "%", "kế hoạch"),
        subject="tổng số vở trao tặng", period=inh(Y24)),
    fig("khoảng 1,5 tỷ", "1,5", 1.5e9, "money", "đồng", approx="about",
        subject="kinh phí vận động từ các nhà hảo tâm", period=inh(Y24)),
] + CELLS + [
    fig("nhận 12 cuốn", "12", 12, "measure", "cuốn vở/học sinh", subject="vở mỗi học sinh được nhận"),
    fig("chiếm 31,2%", "31,2", 31.2, "percent", "%", subject="số học sinh được tặng trong tổng số",
        location="Sơn Hà"),
    fig("khoảng 250.000 cuốn", "250.000", 250000, "count", "cuốn", approx="about", status="forecast",
        subject="tổng số vở trao tặng", period=Y25),
]

NOTES = [
    "Department site (Sở GD&ĐT Quảng Ngãi), no dateline: menu, related links, footer address, phone, 'Lượt truy cập: 1.204.557'.",
    "Distractors: '182 Hùng Vương', phone 0255.3822.546, visitor counter, 'học kỳ I', 'lớp 10', 'năm học 2024-2025' in link titles.",
    "One-cell-per-line table with a place column: each district row gives location; the 'Tổng cộng' row (the four districts) stays Quảng Ngãi.",
    "Units and multipliers from the headers: '(nghìn cuốn)' → ×10^3 cuốn, '(triệu đồng)' → ×10^6 đồng; subject = column label.",
    "The table has no period column: 'Năm 2024' stands in the lead paragraph → inherited (not scored). Cells get no total.",
    "'đạt 186.400 cuốn, vượt 16% kế hoạch' → change +16% baseline 'kế hoạch' (a gap to a plan). 'Năm 2024' is in the previous sentence: inherited.",
    "'Mỗi học sinh được nhận 12 cuốn vở' is a rate → measure 'cuốn vở/học sinh'. 'chiếm 31,2% tổng số' follows no figure → percent figure, location Sơn Hà.",
    "'Năm 2025, chương trình dự kiến ... khoảng 250.000 cuốn' → forecast, about.",
]

if __name__ == "__main__":
    write("p1484-7", TEXT, NOTES, FIGS, location="Quảng Ngãi")
