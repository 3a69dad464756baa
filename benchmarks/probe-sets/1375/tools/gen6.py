"""p1375-6: department site (Sở Văn hóa và Thể thao Hải Phòng), no dateline, one-cell-per-line table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ VĂN HÓA VÀ THỂ THAO THÀNH PHỐ HẢI PHÒNG
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Hỏi đáp

Hoạt động biểu diễn nghệ thuật năm 2024: lượng khán giả tăng mạnh

Năm 2024, các đơn vị nghệ thuật, tổ chức và doanh nghiệp trên địa bàn thành phố đã tổ chức 412 buổi biểu diễn, ước thu hút khoảng 735 nghìn lượt khán giả, tăng 16,2% so với năm 2023.

Lượt khán giả xem biểu diễn nghệ thuật phân theo địa bàn
Đơn vị tính: nghìn lượt
Địa bàn
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Quận Hồng Bàng
248,5
286,0
115,1
Quận Ngô Quyền
132,4
151,8
114,7
Quận Đồ Sơn
165,0
197,2
119,5
Các địa bàn khác
86,7
100,0
115,3
Tổng số
632,6
735,0
116,2
Trong đó: khán giả quốc tế
41,3
52,6
127,4

Giá vé các chương trình nghệ thuật truyền thống tại Nhà hát Lớn từ 100.000 đến 300.000 đồng/vé; riêng các đêm nhạc của ca sĩ nổi tiếng có giá 1-3 triệu đồng/vé. Doanh thu bán vé toàn thành phố ước đạt 58 tỷ đồng, bằng 121% kế hoạch.

Năm 2025, ngành văn hóa phấn đấu tổ chức 450 buổi biểu diễn, thu hút trên 800 nghìn lượt khán giả; đồng thời đưa vào sử dụng Nhà hát Hải Phòng mới với khoảng 1.500 chỗ ngồi.

Tin cùng chuyên mục:
- Hải Phòng: Liên hoan tiếng hát Karaoke lần thứ XV
- Khai mạc Tuần phim kỷ niệm 70 năm Ngày Giải phóng Hải Phòng

SỞ VĂN HÓA VÀ THỂ THAO HẢI PHÒNG
Địa chỉ: Số 10 Lê Thánh Tông, quận Ngô Quyền, TP Hải Phòng
Điện thoại: 0225.3842.561
Lượt truy cập: 1.204.377 | Trực tuyến: 52
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = {
    "năm 2023": (per("Năm 2023", "2023-01-01", "2023-12-31"), None),
    "ước thực hiện 2024": (per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
    "so với cùng kỳ (%)": (None, None),
}
ROWS = [("Quận Hồng Bàng", "Hồng Bàng", ["248,5", "286,0", "115,1"]),
        ("Quận Ngô Quyền", "Ngô Quyền", ["132,4", "151,8", "114,7"]),
        ("Quận Đồ Sơn", "Đồ Sơn", ["165,0", "197,2", "119,5"]),
        ("Các địa bàn khác", None, ["86,7", "100,0", "115,3"]),
        ("Tổng số", None, ["632,6", "735,0", "116,2"]),
        ("Trong đó: khán giả quốc tế", None, ["41,3", "52,6", "127,4"])]
IND = "lượt khán giả xem biểu diễn nghệ thuật"
TOTALS = {"năm 2023": 632600, "ước thực hiện 2024": 735000}
CELLS = []
for label, place, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        p, st = COLS[col]
        kw = {}
        if st:
            kw["status"] = st
        if p:
            kw["period"] = p
        if place:
            kw["location"] = place
        if label.startswith("Trong đó"):
            subj = "lượt khán giả quốc tế xem biểu diễn nghệ thuật " + col.replace(" (%)", "")
            if col in TOTALS:
                kw["total"] = TOTALS[col]
        else:
            subj = IND + ("" if place else " " + label.lower()) + " " + col.replace(" (%)", "")
        v = float(n.replace(",", "."))
        if col.startswith("so với"):
            CELLS.append(fig(f"{prev}\n{n}", n, v, "percent", "%", subject=subj, **kw))
        else:
            CELLS.append(fig(f"{prev}\n{n}", n, v * 1000, "count", "lượt", subject=subj, **kw))
        prev = n

FIGS = [
    fig("tổ chức 412 buổi", "412", 412, "count", "buổi biểu diễn", period=Y24,
        subject="buổi biểu diễn các đơn vị nghệ thuật, tổ chức và doanh nghiệp tổ chức"),
    fig("khoảng 735 nghìn", "735", 735000, "count", "lượt khán giả", approx="about", status="estimate",
        change=chg("increase", 16.2, "%", "năm 2023"), period=Y24, subject="lượt khán giả"),
] + CELLS + [
    fig("từ 100.000 đến 300.000", "100.000", 100000, "money", "đồng/vé", value_max=300000,
        subject="giá vé các chương trình nghệ thuật truyền thống tại Nhà hát Lớn"),
    fig("có giá 1-3 triệu", "1", 1e6, "money", "đồng/vé", value_max=3e6,
        subject="giá vé các đêm nhạc của ca sĩ nổi tiếng"),
    fig("ước đạt 58 tỷ", "58", 58e9, "money", "đồng", status="estimate", percent=121, period=inh(Y24),
        subject="doanh thu bán vé toàn thành phố"),
    fig("tổ chức 450 buổi", "450", 450, "count", "buổi biểu diễn", status="target", period=Y25,
        subject="buổi biểu diễn ngành văn hóa tổ chức"),
    fig("trên 800 nghìn", "800", 800000, "count", "lượt khán giả", approx="over", status="target", period=Y25,
        subject="lượt khán giả"),
    fig("khoảng 1.500 chỗ", "1.500", 1500, "count", "chỗ ngồi", approx="about", status="target", period=Y25,
        subject="chỗ ngồi của Nhà hát Hải Phòng mới"),
]

NOTES = [
    "Department site (Sở Văn hóa và Thể thao Hải Phòng), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Trực tuyến'.",
    "Distractors: 'lần thứ XV', 'kỷ niệm 70 năm' (an anniversary name), 'Số 10 Lê Thánh Tông', phone 0225.3842.561, counters 1.204.377 and 52.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn lượt' (×1000, unit lượt); place column → location (quận); 'Các địa bàn khác' and",
    "'Tổng số' stay Hải Phòng with the row label in the subject; 'Ước thực hiện 2024' → estimate; 'So với cùng kỳ (%)' cells are percents",
    "without period. 'Trong đó: khán giả quốc tế' sub-row after 'Tổng số' → total = the Tổng số cell of the same column (spec: part after trong đó).",
    "'ước thu hút khoảng 735 nghìn' → estimate + about; the 412 before it is actual ('ước' governs its own clause).",
    "Standing ticket prices have no period. 'ước đạt 58 tỷ đồng, bằng 121% kế hoạch' → percent 121, period inherited (Năm 2024).",
    "'phấn đấu' governs the 2025 sentence incl. 'đồng thời ... khoảng 1.500 chỗ ngồi' (target).",
]

if __name__ == "__main__":
    write("p1375-6", TEXT, NOTES, FIGS, location="Hải Phòng")
