from lib import F, P, I, CH, TG, emit

TEXT = """PHÒNG CẢNH SÁT GIAO THÔNG - CÔNG AN TỈNH LONG AN
Giới thiệu | Tin tức | Thủ tục hành chính | Hỏi đáp | Liên hệ

Tình hình đăng ký phương tiện năm 2023

Năm 2023, lực lượng đăng ký xe Công an tỉnh Long An đăng ký mới 76.786 phương tiện, giảm 8,5% so với năm 2022. Nguyên nhân chủ yếu là sức mua xe mô tô giảm; riêng xe máy điện tăng mạnh.

Bảng: Phương tiện đăng ký mới trên địa bàn tỉnh
Đơn vị tính: chiếc

Loại phương tiện
Năm 2022
Năm 2023
Năm 2023 so với năm 2022 (%)
Ô tô con
8.412
7.905
94,0
Ô tô tải, ô tô khách
2.376
2.518
106,0
Mô tô, xe gắn máy
71.880
64.327
89,5
Xe máy điện
1.245
2.036
163,5

Công an 188 xã, phường, thị trấn đã tiếp nhận đăng ký 39.540 xe mô tô, chiếm 61,5% số mô tô đăng ký mới. Tính đến ngày 31/12/2023, toàn tỉnh quản lý 1.214.603 phương tiện, trong đó có 98.451 xe ô tô. Năm 2023 thu lệ phí đăng ký, cấp biển số 41,27 tỷ đồng.

Các địa phương có số mô tô đăng ký mới nhiều là TP Tân An (6.105 xe), huyện Đức Hòa (5.870 xe) và Bến Lức (4.932 xe). Trong năm, lực lượng chức năng thu hồi 2.864 chứng nhận đăng ký, biển số xe; xử phạt 317 trường hợp quá 30 ngày chưa làm thủ tục sang tên.

Năm 2024, Phòng CSGT phấn đấu tỷ lệ hồ sơ đăng ký xe nộp trực tuyến đạt tối thiểu 50%.

Địa chỉ: 04 Võ Văn Tần, Phường 2, TP Tân An, Long An | ĐT: 0272.3826.431
Lượt truy cập: 1.562.907
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("Tính đến ngày 31/12/2023", None, "2023-12-31")

ROWS = [("Ô tô con", "8.412", "7.905", "94,0"),
        ("Ô tô tải, ô tô khách", "2.376", "2.518", "106,0"),
        ("Mô tô, xe gắn máy", "71.880", "64.327", "89,5"),
        ("Xe máy điện", "1.245", "2.036", "163,5")]


def num(s):
    return float(s.replace(".", "").replace(",", ".")) if "," in s else int(s.replace(".", ""))


FIGS = [
    F("mới 76.786 phương tiện", "76.786", 76786, "count", "phương tiện", "phương tiện đăng ký mới", Y23,
      change=CH("decrease", 8.5, "%", "năm 2022")),
]
for label, c22, c23, ratio in ROWS:
    low = label[0].lower() + label[1:]
    FIGS.append(F(f"\n{c22}\n", c22, num(c22), "count", "chiếc", f"{low} đăng ký mới năm 2022", Y22))
    FIGS.append(F(f"\n{c23}\n", c23, num(c23), "count", "chiếc", f"{low} đăng ký mới năm 2023", Y23))
    FIGS.append(F(f"\n{ratio}\n", ratio, num(ratio), "percent", "%", f"{low} đăng ký mới năm 2023 so với năm 2022", Y23))
FIGS += [
    F("Công an 188 xã", "188", 188, "count", "xã, phường, thị trấn",
      "xã, phường, thị trấn có Công an tiếp nhận đăng ký xe mô tô"),
    F("đăng ký 39.540 xe", "39.540", 39540, "count", "xe mô tô", "xe mô tô Công an xã, phường, thị trấn tiếp nhận đăng ký",
      I(Y23), percent=61.5),
    F("quản lý 1.214.603 phương tiện", "1.214.603", 1214603, "count", "phương tiện", "phương tiện toàn tỉnh quản lý", ASOF),
    F("có 98.451 xe", "98.451", 98451, "count", "xe ô tô", "xe ô tô toàn tỉnh quản lý", ASOF, total=1214603),
    F("biển số 41,27 tỷ", "41,27", 41_270_000_000, "money", "đồng", "lệ phí đăng ký, cấp biển số", Y23),
    F("(6.105 xe)", "6.105", 6105, "count", "xe", "mô tô đăng ký mới", I(Y23), location="Tân An"),
    F("(5.870 xe)", "5.870", 5870, "count", "xe", "mô tô đăng ký mới", I(Y23), location="Đức Hòa"),
    F("(4.932 xe)", "4.932", 4932, "count", "xe", "mô tô đăng ký mới", I(Y23), location="Bến Lức"),
    F("thu hồi 2.864", "2.864", 2864, "count", "chứng nhận đăng ký, biển số", "chứng nhận đăng ký, biển số xe bị thu hồi", I(Y23)),
    F("phạt 317 trường hợp", "317", 317, "count", "trường hợp", "trường hợp quá hạn chưa làm thủ tục sang tên bị xử phạt", I(Y23)),
    F("quá 30 ngày", "30", 30, "measure", "ngày", "thời hạn làm thủ tục sang tên", approx="over", optional=True),
    F("tối thiểu 50%", "50", 50, "percent", "%", "tỷ lệ hồ sơ đăng ký xe nộp trực tuyến", P("Năm 2024", "2024-01-01", "2024-12-31"),
      approx="at_least", status="target"),
]

COMMENTS = [
    "Phòng CSGT Công an tỉnh Long An (invented): phương tiện đăng ký mới năm 2023. Department site: menu, no dateline (no published), visit counter in the footer.",
    "One-cell-per-line table with \"Đơn vị tính: chiếc\": every numeric cell is a figure; subject = row label + column; period from the column header",
    "(Năm 2022 / Năm 2023; the ratio column \"Năm 2023 so với năm 2022 (%)\" describes 2023). Ratio cells are percent figures (a share of the 2022 level), unit %.",
    "Table sums: 2022 = 83.913, 2023 = 76.786 (-8,5%). Not figures: 04 Võ Văn Tần, Phường 2, phone 0272.3826.431, \"Lượt truy cập: 1.562.907\".",
    "\"chiếm 61,5% số mô tô đăng ký mới\": percent, no total (no number for the whole). 98.451 follows \"trong đó\" after 1.214.603: total.",
    "\"tối thiểu 50%\" -> at_least, target. District list items: location = district (TP Tân An, Đức Hòa, Bến Lức). \"quá 30 ngày\" is a legal time limit: optional.",
]

if __name__ == "__main__":
    emit("p748-7", TEXT, COMMENTS, FIGS, location="Long An")
