"""p887-3: formal report of UBND tỉnh Lâm Đồng on photo services, with a flattened '|' table."""
from lib import F, P, I, C, T, write

TEXT = """
UBND TỈNH LÂM ĐỒNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 287/BC-UBND
Lâm Đồng, ngày 15 tháng 01 năm 2024

BÁO CÁO
Kết quả quản lý hoạt động nhiếp ảnh và dịch vụ chụp ảnh năm 2023

Thực hiện Công văn số 4512/BVHTTDL-MTNATL ngày 10/11/2023 của Bộ Văn hóa, Thể thao và Du lịch, UBND tỉnh báo cáo như sau:

I. TÌNH HÌNH CHUNG
1. Năm 2023, toàn tỉnh có 642 cơ sở kinh doanh dịch vụ chụp ảnh, tăng 58 cơ sở so với năm 2022; trong đó 231 studio ảnh cưới, tập trung chủ yếu tại TP Đà Lạt. Lao động trong lĩnh vực ước khoảng 2.450 người. Doanh thu dịch vụ chụp ảnh ước đạt 385 tỷ đồng, bằng 112,4% năm 2022.
2. Số cơ sở phân theo địa bàn (tính đến ngày 31/12/2023):
Đơn vị tính: cơ sở
Địa bàn | Studio ảnh cưới | Chụp ảnh du lịch, sự kiện | Tổng số
TP Đà Lạt | 158 | 214 | 372
TP Bảo Lộc | 31 | 47 | 78
Huyện Đức Trọng | 18 | 39 | 57
Huyện Lạc Dương | 9 | 33 | 42
Các huyện còn lại | 15 | 78 | 93
Tổng cộng | 231 | 411 | 642

II. KẾT QUẢ QUẢN LÝ
1. Trong năm, các đoàn kiểm tra liên ngành đã kiểm tra 96 cơ sở, phát hiện 14 cơ sở vi phạm (chủ yếu sử dụng trái phép hình ảnh, chụp ảnh tại khu vực cấm), xử phạt 85,5 triệu đồng theo Nghị định số 38/2021/NĐ-CP.
2. Hội Nhiếp ảnh tỉnh hiện có 118 hội viên, trong đó 46 người là hội viên Hội Nghệ sĩ Nhiếp ảnh Việt Nam. Năm 2023, Hội tổ chức 5 cuộc triển lãm với 620 tác phẩm; hội viên đoạt 23 giải thưởng trong nước và 9 huy chương quốc tế.

III. PHƯƠNG HƯỚNG NĂM 2024
1. Phấn đấu 100% cơ sở dịch vụ chụp ảnh tại TP Đà Lạt niêm yết giá công khai.
2. Dự kiến tổ chức Liên hoan Ảnh nghệ thuật khu vực Tây Nguyên lần thứ 12 với khoảng 300 tác phẩm.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("tính đến ngày 31/12/2023", None, "2023-12-31", inherited=True)
Y24 = P("NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
COLS = ["Studio ảnh cưới", "Chụp ảnh du lịch, sự kiện", "Tổng số cơ sở"]
ROWS = [  # (row label, anchors for the three cells, numbers, location, subject prefix)
    ("TP Đà Lạt", ["Đà Lạt | 158", "| 214 |", "| 372"], ["158", "214", "372"], "Đà Lạt", ""),
    ("TP Bảo Lộc", ["Bảo Lộc | 31", "| 47 |", "| 78\n"], ["31", "47", "78"], "Bảo Lộc", ""),
    ("Huyện Đức Trọng", ["Trọng | 18", "| 39 |", "| 57"], ["18", "39", "57"], "Đức Trọng", ""),
    ("Huyện Lạc Dương", ["Dương | 9 |", "| 33 |", "| 42"], ["9", "33", "42"], "Lạc Dương", ""),
    ("Các huyện còn lại", ["lại | 15", "| 78 |", "| 93"], ["15", "78", "93"], "Lâm Đồng", "các huyện còn lại "),
    ("Tổng cộng", ["Tổng cộng | 231", "| 411 |", "411 | 642"], ["231", "411", "642"], "Lâm Đồng", "tổng cộng "),
]

FIGS = [
    F("có 642 cơ sở", "642", 642, "count", "cơ sở", "cơ sở kinh doanh dịch vụ chụp ảnh", Y23,
      change=C("increase", 58, "cơ sở", "năm 2022")),
    F("trong đó 231 studio", "231", 231, "count", "studio ảnh cưới", "studio ảnh cưới", Y23, total=642),
    F("khoảng 2.450 người", "2.450", 2450, "count", "người", "lao động trong lĩnh vực dịch vụ chụp ảnh", I(Y23),
      approx="about", status="estimate"),
    F("đạt 385 tỷ đồng", "385", 385e9, "money", "đồng", "doanh thu dịch vụ chụp ảnh", I(Y23),
      percent=112.4, status="estimate"),
]
for label, anchors, nums, loc, pre in ROWS:
    for col, a, n in zip(COLS, anchors, nums):
        FIGS.append(F(a, n, int(n), "count", "cơ sở", (pre + col).strip(), ASOF, location=loc))
FIGS += [
    F("kiểm tra 96 cơ sở", "96", 96, "count", "cơ sở", "cơ sở được kiểm tra", P("Trong năm", "2023-01-01", "2023-12-31")),
    F("phát hiện 14 cơ sở", "14", 14, "count", "cơ sở", "cơ sở vi phạm", P("Trong năm", "2023-01-01", "2023-12-31")),
    F("xử phạt 85,5 triệu đồng", "85,5", 85.5e6, "money", "đồng", "số tiền xử phạt",
      P("Trong năm", "2023-01-01", "2023-12-31")),
    F("có 118 hội viên", "118", 118, "count", "hội viên", "hội viên Hội Nhiếp ảnh tỉnh"),
    F("trong đó 46 người", "46", 46, "count", "người", "hội viên Hội Nghệ sĩ Nhiếp ảnh Việt Nam", total=118),
    F("tổ chức 5 cuộc triển lãm", "5", 5, "count", "cuộc triển lãm", "cuộc triển lãm Hội tổ chức", Y23),
    F("với 620 tác phẩm", "620", 620, "count", "tác phẩm", "tác phẩm triển lãm", Y23),
    F("đoạt 23 giải thưởng", "23", 23, "count", "giải thưởng", "giải thưởng trong nước hội viên đoạt", Y23),
    F("và 9 huy chương", "9", 9, "count", "huy chương", "huy chương quốc tế hội viên đoạt", Y23),
    F("Phấn đấu 100%", "100", 100, "percent", "%", "cơ sở dịch vụ chụp ảnh niêm yết giá công khai", Y24,
      status="target", location="Đà Lạt"),
    F("khoảng 300 tác phẩm", "300", 300, "count", "tác phẩm", "tác phẩm tại Liên hoan Ảnh nghệ thuật khu vực Tây Nguyên",
      Y24, approx="about", status="forecast"),
]

NOTES = [
    "Formal report (UBND tỉnh Lâm Đồng, Số: 287/BC-UBND, 15/01/2024) on photo services in 2023; flattened '|' table by locality.",
    "Not figures: Số 287/BC-UBND, Công văn số 4512/..., Nghị định số 38/2021/NĐ-CP, section numbers I-III and 1.-2.,",
    "'lần thứ 12', dates. The report date is the published date.",
    "Table: every cell a figure (row label + column label as subject, place rows to location; 'Các huyện còn lại' and",
    "'Tổng cộng' rows are Lâm Đồng); unit from 'Đơn vị tính: cơ sở'; period 'tính đến ngày 31/12/2023' from the line",
    "above (inherited). Table cells get no totals (the Tổng cộng row is its own figure).",
    "'bằng 112,4% năm 2022' is the share (percent) of 385 tỷ; 'tăng 58 cơ sở' the change of 642. 'Trong năm' in an annual",
    "report = 2023. 14 violators of 96 inspected: no part-of cue, no total. 'hiện có' gives no period.",
    "Section III heading 'PHƯƠNG HƯỚNG NĂM 2024' gives the (inherited) period of its items; 100% is about TP Đà Lạt.",
    "revised after the first run: subject of 85,5 triệu was 'tiền xử phạt vi phạm hành chính', words of a draft that the",
    "article does not say ('hành chính'); now 'số tiền xử phạt', as the sentence names it.",
]

write(3, TEXT, FIGS, NOTES, published="2024-01-15", location="Lâm Đồng")
