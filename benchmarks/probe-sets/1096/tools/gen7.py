"""p1096-7: Cục QLTT tỉnh Đắk Lắk site, no dateline: thematic inspection of gold jewellery business in 2023, one-cell-per-line table."""
from lib import F, period, inherit, change, write

ROWS = [
    ("Đội QLTT số 1", ["42", "15", "228,5"]),
    ("Đội QLTT số 2", ["38", "12", "164,0"]),
    ("Đội QLTT số 3", ["35", "10", "131,2"]),
    ("Đội QLTT số 4", ["27", "9", "118,7"]),
    ("Đội QLTT số 5", ["22", "6", "94,0"]),
    ("Tổng cộng", ["164", "52", "736,4"]),
]
HEAD = ["Đơn vị", "Số vụ kiểm tra", "Số vụ vi phạm", "Số tiền xử lý"]
TABLE = "\n".join(HEAD + [x for label, cells in ROWS for x in [label] + cells])

TEXT = """CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH ĐẮK LẮK
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Kết quả kiểm tra chuyên đề kinh doanh vàng trang sức năm 2023

Thực hiện Kế hoạch số 86/KH-QLTTĐL, năm 2023 các Đội Quản lý thị trường đã kiểm tra 164 vụ đối với cơ sở kinh doanh vàng trang sức, mỹ nghệ, đạt 109,3% kế hoạch năm; phát hiện và xử lý 52 vụ vi phạm (kinh doanh hàng hóa không rõ nguồn gốc 21 vụ, không niêm yết giá 17 vụ, vi phạm về đo lường 14 vụ), chiếm 31,7% số vụ kiểm tra. Tổng số tiền xử phạt và trị giá hàng tịch thu là 736,4 triệu đồng, tăng 18,2% so với năm 2022.

Kết quả theo từng Đội (Đơn vị tính: vụ; số tiền: triệu đồng):

""" + TABLE + """

Theo số liệu của Cục, tính đến ngày 31/12/2023, toàn tỉnh có 437 cơ sở kinh doanh vàng, tập trung tại TP Buôn Ma Thuột (128 cơ sở), thị xã Buôn Hồ (41 cơ sở) và huyện Krông Pắc (36 cơ sở). Nhiều cơ sở nằm dọc Quốc lộ 14 và Quốc lộ 26.

Năm 2024, Cục phấn đấu kiểm tra không dưới 180 vụ, tập trung vào hành vi kinh doanh vàng không rõ nguồn gốc, xuất xứ và gian lận về đo lường, chất lượng.

CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH ĐẮK LẮK
Địa chỉ: 47 Nguyễn Tất Thành, phường Tân An, TP Buôn Ma Thuột, tỉnh Đắk Lắk
Điện thoại: 0262.3852.647 - Fax: 0262.3852.648
Lượt truy cập: 1.284.930 | Đang trực tuyến: 27
"""

NOTES = [
    "Cục QLTT tỉnh Đắk Lắk site: kiểm tra chuyên đề kinh doanh vàng năm 2023. No dateline (no published); footer address, phone, counters.",
    "Distractors: Kế hoạch số 86/KH-QLTTĐL, team names 'Đội QLTT số 1'-'số 5', Quốc lộ 14 / 26, '47 Nguyễn Tất Thành', phone/fax,",
    "'Lượt truy cập: 1.284.930', 'Đang trực tuyến: 27'.",
    "The bracketed breakdown after 52 vụ adds up (21+17+14) and takes 52 as total; 'chiếm 31,7%' attaches to 52 across the bracket.",
    "One-cell-per-line table: subject = column + row label (teams are not places, location Đắk Lắk); unit from the 'Đơn vị tính' line;",
    "period from the paragraph above (inherited). The district list after 'tập trung tại' has no part-of cue: no total.",
]

Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
ASOF = period("tính đến ngày 31/12/2023", None, "2023-12-31")

FIGS = [
    F("kiểm tra 164 vụ", "164", 164, "count", "vụ", "vụ kiểm tra cơ sở kinh doanh vàng trang sức, mỹ nghệ", Y23, percent=109.3),
    F("xử lý 52 vụ", "52", 52, "count", "vụ", "vụ vi phạm", Y23, percent=31.7),
    F("nguồn gốc 21 vụ", "21", 21, "count", "vụ", "vụ kinh doanh hàng hóa không rõ nguồn gốc", Y23, total=52),
    F("giá 17 vụ", "17", 17, "count", "vụ", "vụ không niêm yết giá", Y23, total=52),
    F("đo lường 14 vụ", "14", 14, "count", "vụ", "vụ vi phạm về đo lường", Y23, total=52),
    F("là 736,4 triệu đồng", "736,4", 736.4e6, "money", "đồng", "tổng số tiền xử phạt và trị giá hàng tịch thu", inherit(Y23),
      change=change("increase", 18.2, "%", "năm 2022")),
]
for label, cells in ROWS:
    for i, cell in enumerate(cells):
        anchor = "\n".join([label] + cells[: i + 1])
        col = HEAD[i + 1]
        subj = f"{col} {label}" if label != "Tổng cộng" else f"{col} tổng cộng"
        num = float(cell.replace(",", "."))
        if i == 2:
            FIGS.append(F(anchor, cell, round(num * 1e6), "money", "đồng", subj, inherit(Y23)))
        else:
            FIGS.append(F(anchor, cell, num, "count", "vụ", subj, inherit(Y23)))
FIGS += [
    F("toàn tỉnh có 437 cơ sở", "437", 437, "count", "cơ sở", "cơ sở kinh doanh vàng", ASOF),
    F("Buôn Ma Thuột (128 cơ sở)", "128", 128, "count", "cơ sở", "cơ sở kinh doanh vàng", ASOF, location="Buôn Ma Thuột"),
    F("Buôn Hồ (41 cơ sở)", "41", 41, "count", "cơ sở", "cơ sở kinh doanh vàng", ASOF, location="Buôn Hồ"),
    F("Krông Pắc (36 cơ sở)", "36", 36, "count", "cơ sở", "cơ sở kinh doanh vàng", ASOF, location="Krông Pắc"),
    F("không dưới 180 vụ", "180", 180, "count", "vụ", "vụ kiểm tra", period("Năm 2024", "2024-01-01", "2024-12-31"),
      approx="at_least", status="target"),
]

write("p1096-7", TEXT, NOTES, FIGS, location="Đắk Lắk")
