"""p948-3: formal report under a letterhead (UBND tỉnh Ninh Thuận), salt and artemia, 9 months of 2024; flattened '|' table."""
from lib import *

TEXT = """UBND TỈNH NINH THUẬN
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Thuận, ngày 14 tháng 10 năm 2024

BÁO CÁO
Tình hình sản xuất muối kết hợp nuôi artemia 9 tháng đầu năm 2024, nhiệm vụ quý IV/2024

I. KẾT QUẢ THỰC HIỆN
1. Sản xuất muối
Diện tích sản xuất muối toàn tỉnh là 3.780 ha, trong đó muối công nghiệp 2.655 ha. Sản lượng muối 9 tháng ước đạt 412.000 tấn, bằng 82,4% kế hoạch năm.

2. Nuôi artemia
Tính đến ngày 30/9/2024, toàn tỉnh thả nuôi 236 ha artemia trên ruộng muối, tăng 41 ha so với cùng kỳ năm 2023. Sản lượng trứng bào xác 9 tháng đạt 21,8 tấn; sinh khối 74 tấn. Kết quả theo địa phương như sau:

Đơn vị tính: diện tích (ha); sản lượng (tấn)
Địa phương | Diện tích thả nuôi | Trứng bào xác | Sinh khối
Huyện Ninh Hải | 128 | 12,4 | 39
Huyện Thuận Nam | 67 | 5,9 | 22
Huyện Ninh Phước | 41 | 3,5 | 13
Tổng cộng | 236 | 21,8 | 74

Giá trứng artemia bình quân 1,15 triệu đồng/kg, giá sinh khối từ 45.000 đến 55.000 đồng/kg. Tổng giá trị sản phẩm artemia ước đạt 28,6 tỷ đồng, tăng 18,5% so với cùng kỳ. Toàn tỉnh có 214 hộ nuôi, tạo việc làm cho khoảng 650 lao động với thu nhập bình quân 6,5 triệu đồng/người/tháng.

II. NHIỆM VỤ QUÝ IV/2024
1. Phấn đấu cả năm 2024 sản lượng trứng bào xác đạt 26 tấn, giá trị sản phẩm artemia đạt 35 tỷ đồng.
2. Triển khai Quyết định số 1120/QĐ-UBND ngày 05/8/2024 của UBND tỉnh về Đề án phát triển nuôi artemia giai đoạn 2024-2030; dự kiến mở rộng thêm 60 ha tại xã Phương Hải và xã Tri Hải (huyện Ninh Hải).

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- Lưu: VT, KTTH.
"""

M9 = P("9 tháng", "2024-01-01", "2024-09-30")
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
A, E, B = "Diện tích thả nuôi", "Trứng bào xác", "Sinh khối"  # column labels as written (FIGURES.md: row label + column label)


def row(place, cells, loc, prefix=""):
    """Three table cells of one row: (anchor, number, value) for area, cysts, biomass."""
    out = []
    for (anchor, num, val), subj, unit, per in zip(cells, (A, E, B), ("ha", "tấn", "tấn"), (ASOF, M9, M9)):
        out.append(F(anchor, num, val, "measure", unit, prefix + subj, I(per), location=loc))
    return out


FIGS = [
    F("là 3.780 ha", "3.780", 3780, "measure", "ha", "diện tích sản xuất muối"),
    F("muối công nghiệp 2.655 ha", "2.655", 2655, "measure", "ha", "diện tích sản xuất muối công nghiệp", total=3780),
    F("ước đạt 412.000 tấn", "412.000", 412000, "measure", "tấn", "sản lượng muối", M9,
      status="estimate", percent=82.4),
    F("thả nuôi 236 ha", "236", 236, "measure", "ha", "diện tích thả nuôi artemia trên ruộng muối", ASOF,
      change=C("increase", 41, "ha", "cùng kỳ năm 2023")),
    F("đạt 21,8 tấn", "21,8", 21.8, "measure", "tấn", "sản lượng trứng bào xác", M9),
    F("sinh khối 74 tấn", "74", 74, "measure", "tấn", "sản lượng sinh khối artemia", M9),
    *row("Ninh Hải", [("Ninh Hải | 128", "128", 128), ("| 12,4", "12,4", 12.4), ("| 39", "39", 39)], "Ninh Hải"),
    *row("Thuận Nam", [("Thuận Nam | 67", "67", 67), ("| 5,9", "5,9", 5.9), ("| 22", "22", 22)], "Thuận Nam"),
    *row("Ninh Phước", [("Ninh Phước | 41", "41", 41), ("| 3,5", "3,5", 3.5), ("| 13", "13", 13)], "Ninh Phước"),
    *row("Tổng cộng", [("Tổng cộng | 236", "236", 236), ("236 | 21,8", "21,8", 21.8), ("21,8 | 74", "74", 74)],
         "Ninh Thuận", "Tổng cộng "),
    F("bình quân 1,15 triệu", "1,15", 1150000, "money", "đồng/kg", "giá trứng artemia bình quân"),
    F("từ 45.000 đến 55.000", "45.000", 45000, "money", "đồng/kg", "giá sinh khối", value_max=55000),
    F("ước đạt 28,6 tỷ", "28,6", 28600000000, "money", "đồng", "tổng giá trị sản phẩm artemia", I(M9),
      status="estimate", change=C("increase", 18.5, "%", "cùng kỳ")),
    F("214 hộ", "214", 214, "count", "hộ", "hộ nuôi artemia"),
    F("khoảng 650 lao động", "650", 650, "count", "lao động", "lao động được tạo việc làm", approx="about"),
    F("6,5 triệu", "6,5", 6500000, "money", "đồng/người/tháng", "thu nhập bình quân của lao động"),
    F("đạt 26 tấn", "26", 26, "measure", "tấn", "sản lượng trứng bào xác", Y24, status="target"),
    F("đạt 35 tỷ", "35", 35000000000, "money", "đồng", "giá trị sản phẩm artemia", Y24, status="target"),
    F("thêm 60 ha", "60", 60, "measure", "ha", "diện tích nuôi artemia mở rộng thêm", status="forecast",
      location="Ninh Hải"),
]

NOTES = [
    "revised after the first run: table-cell subjects are the column label as written (+ 'Tổng cộng' for the totals row), per FIGURES.md and h23/h24.",
    "Báo cáo UBND tỉnh Ninh Thuận số 287/BC-UBND ngày 14/10/2024: muối và artemia 9 tháng đầu năm 2024; a flattened '|' table by district.",
    "Table: units from 'Đơn vị tính' (diện tích ha, sản lượng tấn); the row label is a place, so it goes to location; no period in the",
    "column headers, so the cells inherit the as-of date (area) and '9 tháng' (output) from the sentences above. The Tổng cộng row is its own figure (Ninh Thuận).",
    "Distractors: 'Số: 287/BC-UBND', the date line, section numbers I./II./1./2., 'quý IV/2024' (heading), 'Quyết định số 1120/QĐ-UBND ngày 05/8/2024', 'giai đoạn 2024-2030'.",
]

write("p948-3", TEXT, FIGS, published="2024-10-14", location="Ninh Thuận", notes=NOTES)
