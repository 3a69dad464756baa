"""p759-7: Cao Bằng department site (no dateline) — goat herd by district, one-cell-per-line table, animal health 2023, 2024 plan."""
from lib import F, P, I, CH, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH CAO BẰNG
Chi cục Chăn nuôi, Thú y và Thủy sản

Kết quả phát triển đàn dê năm 2023

Năm 2023, tổng đàn dê toàn tỉnh Cao Bằng đạt 44.150 con, tăng 6,95% so với năm 2022; đàn thỏ đạt 15.600 con. Số hộ nuôi dê quy mô từ 30 con trở lên là 214 hộ, tăng 26 hộ so với năm 2022. Chăn nuôi dê tập trung ở các huyện vùng cao phía Tây của tỉnh.

Bảng 1. Tổng đàn dê phân theo huyện
Đơn vị tính: con
Huyện
Năm 2022
Năm 2023
Kế hoạch 2024
Bảo Lạc
9.850
10.420
11.000
Bảo Lâm
8.760
9.310
10.000
Hà Quảng
7.140
7.560
8.000
Nguyên Bình
5.320
5.790
6.200
Các huyện khác
10.210
11.070
12.300
Toàn tỉnh
41.280
44.150
47.500

Tỷ lệ tiêm phòng vắc xin lở mồm long móng cho đàn dê năm 2023 đạt 78,4%. Trong năm 2023, xảy ra 4 ổ dịch tụ huyết trùng trên dê tại 2 huyện Bảo Lạc và Hà Quảng, làm 37 con dê chết. Chi cục đã tổ chức 36 lớp tập huấn kỹ thuật chăn nuôi dê, thỏ cho 1.240 lượt người; cấp miễn phí 2.500 liều vắc xin tụ huyết trùng cho hộ nghèo.

Năm 2024, Chi cục phấn đấu tổng đàn dê toàn tỉnh đạt 47.500 con, tỷ lệ tiêm phòng đạt trên 85%.

Chi cục Chăn nuôi, Thú y và Thủy sản tỉnh Cao Bằng
Địa chỉ: số 042 phố Hoàng Đình Giong, phường Hợp Giang, TP Cao Bằng
Điện thoại: 0206.3852.145
Tổng số lượt truy cập: 1.204.557
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

TABLE = [
    ("Bảo Lạc", ["9.850", "10.420", "11.000"]),
    ("Bảo Lâm", ["8.760", "9.310", "10.000"]),
    ("Hà Quảng", ["7.140", "7.560", "8.000"]),
    ("Nguyên Bình", ["5.320", "5.790", "6.200"]),
    ("Các huyện khác", ["10.210", "11.070", "12.300"]),
    ("Toàn tỉnh", ["41.280", "44.150", "47.500"]),
]

FIGS = [
    F("Cao Bằng đạt 44.150 con", "44.150", 44150, "count", "con", "tổng đàn dê toàn tỉnh", Y23,
      change=CH("increase", 6.95, baseline="năm 2022")),
    F("đàn thỏ đạt 15.600 con", "15.600", 15600, "count", "con", "đàn thỏ", Y23),
    F("từ 30 con", "30", 30, "count", "con", "quy mô nuôi dê", approx="at_least", optional=True),
    F("là 214 hộ", "214", 214, "count", "hộ", "hộ nuôi dê quy mô từ 30 con trở lên", I(Y23),
      change=CH("increase", 26, "hộ", baseline="năm 2022")),
]
for row, cells in TABLE:
    prev = row
    for num, (col, per) in zip(cells, [("năm 2022", Y22), ("năm 2023", Y23), ("kế hoạch 2024", K24)]):
        anchor = f"{prev}\n{num}"
        if row in ("Bảo Lạc", "Bảo Lâm", "Hà Quảng", "Nguyên Bình"):
            subject, loc = f"tổng đàn dê {col}", {"location": row}
        elif row == "Các huyện khác":
            subject, loc = f"tổng đàn dê các huyện khác {col}", {}
        else:
            subject, loc = f"tổng đàn dê toàn tỉnh {col}", {}
        kw = {"status": "target"} if col.startswith("kế hoạch") else {}
        FIGS.append(F(anchor, num, float(num.replace(".", "")), "count", "con", subject, per, **kw, **loc))
        prev = num

FIGS += [
    F("đạt 78,4%", "78,4", 78.4, "percent", "%", "tỷ lệ tiêm phòng vắc xin lở mồm long móng cho đàn dê", Y23),
    F("xảy ra 4 ổ dịch", "4", 4, "count", "ổ dịch", "ổ dịch tụ huyết trùng trên dê",
      P("Trong năm 2023", "2023-01-01", "2023-12-31")),
    F("tại 2 huyện", "2", 2, "count", "huyện", "huyện xảy ra dịch tụ huyết trùng trên dê",
      P("Trong năm 2023", "2023-01-01", "2023-12-31")),
    F("làm 37 con", "37", 37, "count", "con", "dê chết do dịch tụ huyết trùng",
      P("Trong năm 2023", "2023-01-01", "2023-12-31")),
    F("tổ chức 36 lớp", "36", 36, "count", "lớp", "lớp tập huấn kỹ thuật chăn nuôi dê, thỏ", I(Y23)),
    F("cho 1.240 lượt người", "1.240", 1240, "count", "lượt người", "lượt người được tập huấn", I(Y23)),
    F("phí 2.500 liều", "2.500", 2500, "count", "liều", "liều vắc xin tụ huyết trùng cấp miễn phí cho hộ nghèo",
      I(Y23)),
    F("đạt 47.500 con", "47.500", 47500, "count", "con", "tổng đàn dê toàn tỉnh", Y24, status="target"),
    F("đạt trên 85%", "85", 85, "percent", "%", "tỷ lệ tiêm phòng", Y24, approx="over", status="target"),
]

COMMENTS = [
    "Sở NN&PTNT Cao Bằng / Chi cục Chăn nuôi, Thú y và Thủy sản: đàn dê năm 2023 by district (one cell per line, 'Đơn vị tính: con'),",
    "columns Năm 2022 | Năm 2023 | Kế hoạch 2024. Department site, no dateline: no `published`.",
    "Not figures: 'Bảng 1', the address 'số 042 phố Hoàng Đình Giong', the phone, 'Tổng số lượt truy cập: 1.204.557'.",
    "Table cells: district rows -> location of the district, subject 'tổng đàn dê <column>'; 'Các huyện khác' and 'Toàn tỉnh' -> Cao Bằng.",
    "Kế hoạch column -> status target. District rows are not given the Toàn tỉnh row as total (no part-of cue in a table).",
    "'2 huyện Bảo Lạc và Hà Quảng' counts the districts hit by the outbreak (a figure, location Cao Bằng).",
]

if __name__ == "__main__":
    emit("p759-7", TEXT, COMMENTS, FIGS, location="Cao Bằng")
