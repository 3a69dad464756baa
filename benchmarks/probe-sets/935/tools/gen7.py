"""p935-7: department site (Sở LĐTBXH Khánh Hòa), no dateline, table pasted one cell per line, footer + counter."""
from lib import F, P, year, months, asof, inh, chg, tgt, write

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH KHÁNH HÒA
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả nuôi dưỡng người cao tuổi tại Trung tâm Bảo trợ xã hội tỉnh

Năm 2023, Trung tâm Bảo trợ xã hội tỉnh Khánh Hòa nuôi dưỡng bình quân 186 đối tượng mỗi tháng, trong đó người cao tuổi là 124 người, chiếm 66,7%. Trung tâm được giao quy mô 220 giường, hiện có 68 viên chức, người lao động, trong đó 41 người trực tiếp chăm sóc đối tượng.

Tổng kinh phí thực hiện năm 2023 là 18,4 tỷ đồng, tăng 9,5% so với năm 2022; trong đó kinh phí nuôi dưỡng trực tiếp 7,9 tỷ đồng. Định mức tiền ăn của đối tượng được nâng từ 1,2 lên 1,5 triệu đồng/người/tháng.

Số liệu nuôi dưỡng người cao tuổi tại Trung tâm
Đơn vị tính: người

Chỉ tiêu
Năm 2022
Năm 2023
Kế hoạch 2024
Người cao tuổi nuôi dưỡng bình quân
117
124
130
Tiếp nhận mới
19
23
25
Đưa về tái hòa nhập cộng đồng
6
8
10
Được phục hồi chức năng
45
52
60

Hoạt động của Trung tâm còn nhận được sự hỗ trợ của các nhà hảo tâm với tổng giá trị tiền và hiện vật gần 1,6 tỷ đồng trong năm 2023.

SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH KHÁNH HÒA
Địa chỉ: Số 04 Phan Chu Trinh, phường Xương Huân, TP. Nha Trang, tỉnh Khánh Hòa
Điện thoại: 0258.3822.561 - Fax: 0258.3826.153
Tổng lượt truy cập: 1.386.724 | Đang trực tuyến: 37
"""

Y23 = year("Năm 2023", 2023)
COLS = [(year("Năm 2022", 2022), "năm 2022", "actual"),
        (year("Năm 2023", 2023), "năm 2023", "actual"),
        (year("Kế hoạch 2024", 2024), "kế hoạch 2024", "target")]
ROWS = [
    ("Người cao tuổi nuôi dưỡng bình quân", [("bình quân\n117", "117"), ("117\n124", "124"), ("124\n130", "130")]),
    ("Tiếp nhận mới", [("Tiếp nhận mới\n19", "19"), ("19\n23", "23"), ("23\n25", "25")]),
    ("Đưa về tái hòa nhập cộng đồng", [("cộng đồng\n6", "6"), ("6\n8", "8"), ("8\n10", "10")]),
    ("Được phục hồi chức năng", [("chức năng\n45", "45"), ("45\n52", "52"), ("52\n60", "60")]),
]
TABLE = []
for label, cells in ROWS:
    for (anchor, num), (per, coltext, status) in zip(cells, COLS):
        TABLE.append(F(anchor, num, float(num), "count", "người", f"{label} {coltext}", per, status=status))

FIGS = [
    F("bình quân 186 đối tượng", "186", 186, "count", "đối tượng",
      "đối tượng Trung tâm Bảo trợ xã hội tỉnh nuôi dưỡng bình quân mỗi tháng", Y23),
    F("là 124 người", "124", 124, "count", "người", "người cao tuổi được nuôi dưỡng", Y23, total=186,
      percent=66.7),
    F("quy mô 220 giường", "220", 220, "count", "giường", "quy mô giường của Trung tâm"),
    F("có 68 viên chức", "68", 68, "count", "viên chức, người lao động", "viên chức, người lao động"),
    F("41 người trực tiếp", "41", 41, "count", "người", "người trực tiếp chăm sóc đối tượng", total=68),
    F("là 18,4 tỷ đồng", "18,4", 18.4e9, "money", "đồng", "tổng kinh phí thực hiện", year("năm 2023", 2023),
      change=chg("increase", 9.5, "%", "năm 2022")),
    F("trực tiếp 7,9 tỷ đồng", "7,9", 7.9e9, "money", "đồng", "kinh phí nuôi dưỡng trực tiếp",
      year("năm 2023", 2023), total=18.4e9),
    F("từ 1,2 lên", "1,2", 1.2e6, "money", "đồng/người/tháng", "định mức tiền ăn của đối tượng trước đây"),
    F("lên 1,5 triệu đồng/người/tháng", "1,5", 1.5e6, "money", "đồng/người/tháng",
      "định mức tiền ăn của đối tượng"),
    *TABLE,
    F("gần 1,6 tỷ đồng", "1,6", 1.6e9, "money", "đồng", "tổng giá trị tiền và hiện vật nhà hảo tâm hỗ trợ",
      year("năm 2023", 2023), approx="nearly"),
]

NOTES = [
    "Sở LĐTBXH Khánh Hòa page: no dateline (published absent); footer address, phone/fax, visit counter are not figures.",
    "Table pasted one cell per line (Đơn vị tính: người): every numeric cell is a figure; subject = row label + column label;",
    "period from the column header; 'Kế hoạch 2024' column -> status target. The table's 124 repeats the text's 124 (both figures).",
    "'trong đó người cao tuổi là 124 người, chiếm 66,7%' -> total 186, percent 66,7. '41 người' part of 68; 7,9 tỷ part of 18,4 tỷ.",
    "'nâng từ 1,2 lên 1,5 triệu đồng/người/tháng': two money figures, the multiplier and unit shared by 1,2 (= 1.200.000).",
    "220 giường / 68 staff ('hiện có') carry no period.",
]

if __name__ == "__main__":
    write("p935-7", TEXT, FIGS, NOTES, published=None, location="Khánh Hòa")
