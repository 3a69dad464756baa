"""p479-7: department site (Chi cục Thủy lợi, Sở NN&PTNT Quảng Trị), no dateline: community storm/flood shelters,
one-cell-per-line table by district (Năm 2020, Năm 2023, Kế hoạch đến năm 2025) with 'Đơn vị tính: nhà'."""
from lib import F, P, I, CH, emit

ROWS = [
    ("Hải Lăng", ["21", "24", "28"]),
    ("Triệu Phong", ["18", "21", "24"]),
    ("Gio Linh", ["13", "15", "18"]),
    ("Vĩnh Linh", ["12", "14", "16"]),
    ("Cam Lộ", ["8", "9", "10"]),
    ("Cồn Cỏ", ["0", "1", "1"]),
    ("Các địa phương khác", ["13", "12", "18"]),
    ("Toàn tỉnh", ["85", "96", "115"]),
]
COLS = ["Năm 2020", "Năm 2023", "Kế hoạch đến năm 2025"]
for i in range(3):
    assert sum(int(r[1][i]) for r in ROWS[:-1]) == int(ROWS[-1][1][i])

table = "Bảng 2. Số nhà tránh trú bão, lũ cộng đồng phân theo địa phương\nĐơn vị tính: nhà\nĐịa phương\n" + \
    "\n".join(COLS) + "\n" + "\n".join(r + "\n" + "\n".join(c) for r, c in ROWS) + "\n"

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH QUẢNG TRỊ
Chi cục Thủy lợi
Trang chủ / Phòng, chống thiên tai / Công trình phòng tránh

Hệ thống nhà tránh trú bão, lũ cộng đồng trên địa bàn tỉnh Quảng Trị

Đến cuối năm 2023, toàn tỉnh có 96 nhà tránh trú bão, lũ cộng đồng, tăng 11 nhà so với năm 2020, đáp ứng chỗ tránh trú cho khoảng 28.500 người, bằng 41% số dân cần sơ tán theo kịch bản lũ lớn.

""" + table + """
Tổng vốn đầu tư xây dựng mới giai đoạn 2021-2023 đạt 96,8 tỷ đồng, trong đó ngân sách Trung ương 58,2 tỷ đồng, ngân sách tỉnh 24,1 tỷ đồng, vốn tài trợ quốc tế 14,5 tỷ đồng. Mỗi nhà có diện tích sàn từ 250 đến 400 m², suất đầu tư bình quân khoảng 8-9 tỷ đồng/nhà. Qua đợt kiểm tra gần đây, 14 nhà bị xuống cấp cần sửa chữa, kinh phí dự kiến khoảng 3,2 tỷ đồng.

Phấn đấu đến năm 2025, 100% xã thường xuyên bị ngập sâu có ít nhất 01 nhà tránh trú cộng đồng.

Chi cục Thủy lợi Quảng Trị - 88 Lê Duẩn, phường 1, TP. Đông Hà
Điện thoại: 0233.3852.174
Tổng lượt truy cập: 2.417.903 | Đang trực tuyến: 57
"""

PER = {
    "Năm 2020": (P("Năm 2020", "2020-01-01", "2020-12-31"), "actual"),
    "Năm 2023": (P("Năm 2023", "2023-01-01", "2023-12-31"), "actual"),
    "Kế hoạch đến năm 2025": (P("Kế hoạch đến năm 2025", None, "2025-12-31"), "target"),
}
TABLE = []
for r, (row, cells) in enumerate(ROWS):
    prev = row if r == 0 else None
    for i, cell in enumerate(cells):
        before = row if i == 0 else cells[i - 1]
        after = ROWS[r + 1][0] if i == 2 and r + 1 < len(ROWS) else (cells[i + 1] if i < 2 else "")
        anchor = f"{before}\n{cell}\n{after}" if after else f"{before}\n{cell}\n\n"
        if before == cell:  # the number's first occurrence in the anchor must be this cell (fix after first run)
            anchor = anchor[len(before) + 1:]
        per, status = PER[COLS[i]]
        col = "kế hoạch đến năm 2025" if i == 2 else COLS[i].lower()
        kw = {"status": status} if status != "actual" else {}
        if row == "Toàn tỉnh":
            subj = f"nhà tránh trú bão, lũ cộng đồng toàn tỉnh {col}"
        elif row == "Các địa phương khác":
            subj = f"nhà tránh trú bão, lũ cộng đồng các địa phương khác {col}"
        else:
            subj = f"nhà tránh trú bão, lũ cộng đồng {col}"
            kw["location"] = row
        TABLE.append(F(anchor, cell, float(cell), "count", "nhà", subj, per, **kw))

CUOI = P("Đến cuối năm 2023", None, "2023-12-31")
G = P("giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
VON = 96.8e9
FIGS = [
    F("có 96 nhà", "96", 96, "count", "nhà", "nhà tránh trú bão, lũ cộng đồng", CUOI,
      change=CH("increase", 11, "nhà", baseline="năm 2020")),
    F("khoảng 28.500 người", "28.500", 28500, "count", "người", "người được đáp ứng chỗ tránh trú", CUOI,
      approx="about", percent=41),
] + TABLE + [
    F("đạt 96,8 tỷ đồng", "96,8", VON, "money", "đồng", "tổng vốn đầu tư xây dựng mới nhà tránh trú", G),
    F("Trung ương 58,2 tỷ đồng", "58,2", 58.2e9, "money", "đồng", "vốn ngân sách Trung ương", G, total=VON),
    F("tỉnh 24,1 tỷ đồng", "24,1", 24.1e9, "money", "đồng", "vốn ngân sách tỉnh", G, total=VON),
    F("quốc tế 14,5 tỷ đồng", "14,5", 14.5e9, "money", "đồng", "vốn tài trợ quốc tế", G, total=VON),
    F("từ 250 đến 400 m²", "250", 250, "measure", "m²", "diện tích sàn mỗi nhà", value_max=400),
    F("khoảng 8-9 tỷ đồng/nhà", "8", 8e9, "money", "đồng/nhà", "suất đầu tư bình quân", value_max=9e9, approx="about"),
    F("14 nhà bị", "14", 14, "count", "nhà", "nhà bị xuống cấp cần sửa chữa"),
    F("khoảng 3,2 tỷ đồng", "3,2", 3.2e9, "money", "đồng", "kinh phí sửa chữa", approx="about", status="forecast"),
    F("100% xã", "100", 100, "percent", "%", "xã thường xuyên bị ngập sâu có nhà tránh trú cộng đồng", T25,
      status="target"),
    F("ít nhất 01 nhà", "01", 1, "count", "nhà", "nhà tránh trú cộng đồng mỗi xã", T25, approx="at_least",
      status="target", optional=True),
]

COMMENTS = [
    "Chi cục Thủy lợi Quảng Trị page (invented), no dateline: community storm/flood shelters by district, one cell per line,",
    "'Đơn vị tính: nhà'. Every cell is a figure, the 0 of Cồn Cỏ 2020 included; district rows → location; 'Toàn tỉnh' and",
    "'Các địa phương khác' rows → subject, location Quảng Trị. Periods from the column headers (scored, as shared h23):",
    "'Năm 2020'/'Năm 2023' the year, 'Kế hoạch đến năm 2025' → end 2025-12-31 and status target.",
    "'tăng 11 nhà so với năm 2020' is the change of 96 nhà; 'bằng 41% số dân cần sơ tán' the percent of 28.500 người.",
    "revised after the first run: the anchor of Cồn Cỏ's 'Kế hoạch' cell began with the equal 2023 cell ('1'), so it pointed there.",
    "Not figures: Bảng 2, 88 Lê Duẩn, phường 1, phone, 'Tổng lượt truy cập: 2.417.903', 'Đang trực tuyến: 57'.",
]

if __name__ == "__main__":
    emit("p479-7", TEXT, COMMENTS, FIGS, published=None, location="Quảng Trị")
