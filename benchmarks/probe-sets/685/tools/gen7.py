"""p685-7: Sở TN&MT Đồng Nai (department site, no dateline) — kinh phí BT, HT, TĐC; one-cell-per-line table."""
from lib import F, P, I, CH, emit

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH ĐỒNG NAI
Trang chủ | Giới thiệu | Tin tức | Thủ tục hành chính | Liên hệ

Kinh phí bồi thường, hỗ trợ, tái định cư năm 2023 tăng 8,4%

Năm 2023, toàn tỉnh đã thu hồi 1.036 ha đất của 4.218 hộ gia đình, cá nhân để thực hiện 127 dự án; chi trả 6.893,6 tỷ đồng tiền bồi thường, hỗ trợ, tái định cư, bằng 108,4% so với năm 2022 và đạt 96,2% kế hoạch năm. Tính đến ngày 31/12/2023, các dự án trọng điểm cấp tỉnh đã bố trí tái định cư cho 4.812/5.021 hộ, đạt 95,8%.

Năm 2024, tỉnh dự kiến thu hồi khoảng 1.200 ha đất để thực hiện 142 dự án, trong đó có 18 dự án trọng điểm.

Bảng: Kinh phí bồi thường, hỗ trợ, tái định cư theo địa phương
Đơn vị tính: tỷ đồng

Địa phương
Năm 2022
Năm 2023
Kế hoạch năm 2024
Huyện Long Thành
2.846,5
3.102,8
2.500
Huyện Nhơn Trạch
1.214,3
1.487,2
1.650
TP Biên Hòa
905,6
1.136,9
1.300
Các địa phương khác
1.392,4
1.166,7
1.550
Toàn tỉnh
6.358,8
6.893,6
7.000

Nguồn: Sở Tài nguyên và Môi trường tổng hợp từ báo cáo của UBND các huyện, thành phố.

Sở Tài nguyên và Môi trường tỉnh Đồng Nai
Địa chỉ: Tầng 5, Khối nhà C, Trung tâm Hành chính tỉnh, số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa
Điện thoại: 0251.3822.184 - Fax: 0251.3823.540
Tổng lượt truy cập: 2.418.906
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
C22 = P("Năm 2022", "2022-01-01", "2022-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("năm 2023 tăng 8,4%", "8,4", 8.4, "percent", "%", "kinh phí bồi thường, hỗ trợ, tái định cư",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("thu hồi 1.036 ha", "1.036", 1036, "measure", "ha", "diện tích đất thu hồi", Y23),
    F("của 4.218 hộ", "4.218", 4218, "count", "hộ", "hộ gia đình, cá nhân bị thu hồi đất", Y23),
    F("thực hiện 127 dự án", "127", 127, "count", "dự án", "dự án thu hồi đất", Y23),
    F("chi trả 6.893,6 tỷ đồng", "6.893,6", 6893.6e9, "money", "đồng",
      "tiền bồi thường, hỗ trợ, tái định cư chi trả", Y23, percent=108.4),
    # second share of the same figure: optional (FIGURES.md, one of each attribute)
    F("đạt 96,2% kế hoạch", "96,2", 96.2, "percent", "%", "tiền bồi thường, hỗ trợ, tái định cư chi trả so với kế hoạch năm",
      Y23, optional=True),
    F("cho 4.812/5.021 hộ", "4.812", 4812, "count", "hộ", "hộ được bố trí tái định cư tại các dự án trọng điểm cấp tỉnh",
      P("Tính đến ngày 31/12/2023", end="2023-12-31"), total=5021, percent=95.8),
    F("khoảng 1.200 ha", "1.200", 1200, "measure", "ha", "diện tích đất dự kiến thu hồi", Y24,
      approx="about", status="forecast"),
    F("thực hiện 142 dự án", "142", 142, "count", "dự án", "dự án dự kiến thu hồi đất", Y24, status="forecast"),
    F("có 18 dự án", "18", 18, "count", "dự án", "dự án trọng điểm", Y24, total=142, status="forecast"),
]

ROWS = [
    ("Huyện Long Thành", "Long Thành", ["2.846,5", "3.102,8", "2.500"]),
    ("Huyện Nhơn Trạch", "Nhơn Trạch", ["1.214,3", "1.487,2", "1.650"]),
    ("TP Biên Hòa", "Biên Hòa", ["905,6", "1.136,9", "1.300"]),
    ("Các địa phương khác", None, ["1.392,4", "1.166,7", "1.550"]),
    ("Toàn tỉnh", None, ["6.358,8", "6.893,6", "7.000"]),
]
COLS = [("năm 2022", C22, None), ("năm 2023", C23, None), ("kế hoạch năm 2024", C24, "target")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


for label, loc, cells in ROWS:
    for i, ((col, per, status), cell) in enumerate(zip(COLS, cells)):
        prev = label if i == 0 else cells[i - 1]
        anchor = f"{prev}\n{cell}"
        subj = "kinh phí bồi thường, hỗ trợ, tái định cư " + (
            f"{label.lower()} " if loc is None else "") + col
        kw = {}
        if status:
            kw["status"] = status
        if loc:
            kw["location"] = loc
        FIGS.append(F(anchor, cell, num(cell) * 1e9, "money", "đồng", subj, per, **kw))

COMMENTS = [
    "Department site (Sở TN&MT Đồng Nai) with no dateline (published null); menu bar, source line and footer with address,",
    "phone/fax and 'Tổng lượt truy cập: 2.418.906' (page furniture). Distractors also: 'Tầng 5', 'số 2 Nguyễn Văn Trị'.",
    "Table flattened one cell per line, 'Đơn vị tính: tỷ đồng' (×10^9). Columns Năm 2022 / Năm 2023 (actual) / Kế hoạch năm 2024",
    "(target); periods from the column headers (scored, as in h23/h24). District rows go to location; 'Các địa phương khác' and",
    "'Toàn tỉnh' stay Đồng Nai with the row label in the subject. Cells carry no total (no part cue in a table).",
    "'bằng 108,4% so với năm 2022' is the share of 6.893,6 tỷ; the second share 'đạt 96,2% kế hoạch năm' is optional.",
    "'dự kiến' (forecast) governs 1.200 ha, 142 dự án and the 'trong đó có 18 dự án' part (total 142).",
]

emit("p685-7", TEXT, COMMENTS, FIGS, location="Đồng Nai")
