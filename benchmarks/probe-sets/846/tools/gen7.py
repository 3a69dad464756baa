"""p846-7: department site (Chi cục Trồng trọt và BVTV Nghệ An), khoai sọ, no dateline, one-cell-per-line table."""
from lib import F, change, upto, write, year

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN NGHỆ AN
CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Khoai sọ miền núi: hướng đi nâng cao thu nhập cho đồng bào

Khoai sọ là cây trồng truyền thống của đồng bào các huyện Quế Phong, Quỳ Châu, Con Cuông và Tương Dương. Những năm gần đây diện tích, năng suất khoai sọ toàn tỉnh đều tăng. Kết quả sản xuất cụ thể như sau:

Chỉ tiêu
Năm 2022
Năm 2023
Kế hoạch 2024
Diện tích (ha)
1.420
1.535
1.600
Năng suất (tạ/ha)
142,5
150,8
155
Sản lượng (tấn)
20.235
23.148
24.800

Năm 2023, giá khoai sọ thương phẩm dao động 12.000-15.000 đồng/kg; mỗi ha cho lãi bình quân 95 triệu đồng, cao hơn 40% so với trồng ngô.

Cũng trong năm 2023, Chi cục phối hợp xây dựng 5 mô hình khoai sọ theo hướng hữu cơ với tổng diện tích 32 ha tại 4 huyện, năng suất đạt 168 tạ/ha, cao hơn 11% so với sản xuất đại trà. Toàn tỉnh hiện có 3 sản phẩm khoai sọ đạt OCOP 3 sao.

Phấn đấu đến năm 2025, diện tích khoai sọ toàn tỉnh đạt 1.800 ha, trong đó 300 ha được cấp mã số vùng trồng.

Chi cục Trồng trọt và Bảo vệ thực vật Nghệ An
Địa chỉ: Số 92 Nguyễn Sỹ Sách, TP Vinh, Nghệ An
Điện thoại: 0238.3842.157 - Email: ccttbvtv@nghean.gov.vn
Lượt truy cập: 1.208.447 | Đang trực tuyến: 37
"""

COLS = [("Năm 2022", year("Năm 2022", 2022), "actual"),
        ("Năm 2023", year("Năm 2023", 2023), "actual"),
        ("Kế hoạch 2024", year("Kế hoạch 2024", 2024), "target")]
# subject = row label + column label (the shared gold's table convention, e.g. h23/h24)
ROWS = [("Diện tích (ha)", "diện tích", "ha", ["1.420", "1.535", "1.600"]),
        ("Năng suất (tạ/ha)", "năng suất", "tạ/ha", ["142,5", "150,8", "155"]),
        ("Sản lượng (tấn)", "sản lượng", "tấn", ["20.235", "23.148", "24.800"])]


def table_figs():
    out = []
    for label, subj, unit, cells in ROWS:
        prev = label
        for (col, per, status), cell in zip(COLS, cells):
            anchor = f"{prev}\n{cell}\n"
            val = float(cell.replace(".", "").replace(",", "."))
            kw = {"status": status} if status != "actual" else {}
            out.append(F(anchor, cell, val, "measure", unit, f"{subj} {col.lower()}", period=per, **kw))
            prev = cell
    return out


Y23 = year("Năm 2023", 2023)
Y23b = year("năm 2023", 2023)
T25 = upto("đến năm 2025", "2025-12-31")

FIGS = [
    *table_figs(),
    F("12.000-15.000 đồng/kg", "12.000", 12000, "money", "đồng/kg", "giá khoai sọ thương phẩm",
      value_max=15000, period=Y23),
    F("bình quân 95 triệu đồng", "95", 95e6, "money", "đồng/ha", "lãi mỗi ha khoai sọ",
      change=change("increase", 40, "%", "trồng ngô"), period=Y23),
    F("xây dựng 5 mô hình", "5", 5, "count", "mô hình", "mô hình khoai sọ theo hướng hữu cơ", period=Y23b),
    F("tổng diện tích 32 ha", "32", 32, "measure", "ha", "diện tích mô hình khoai sọ hữu cơ", period=Y23b),
    F("tại 4 huyện", "4", 4, "count", "huyện", "huyện có mô hình khoai sọ hữu cơ", period=Y23b),
    F("đạt 168 tạ/ha", "168", 168, "measure", "tạ/ha", "năng suất mô hình khoai sọ hữu cơ",
      change=change("increase", 11, "%", "sản xuất đại trà"), period=Y23b),
    F("có 3 sản phẩm", "3", 3, "count", "sản phẩm", "sản phẩm khoai sọ đạt OCOP"),
    F("OCOP 3 sao", "3", 3, "count", "sao", "hạng sao OCOP", optional=True),
    F("đạt 1.800 ha", "1.800", 1800, "measure", "ha", "diện tích khoai sọ", status="target", period=T25),
    F("trong đó 300 ha", "300", 300, "measure", "ha", "diện tích được cấp mã số vùng trồng",
      total=1800, status="target", period=T25),
]

NOTES = [
    "Department site (Chi cục Trồng trọt và BVTV Nghệ An), no dateline: khoai sọ; a table pasted one cell per line.",
    "Table: units from row labels (ha, tạ/ha, tấn), period from column headers (scored), 'Kế hoạch 2024' column is status target.",
    "revised after the first run: table subjects are row label + column label ('diện tích năm 2022', 'năng suất kế hoạch 2024'),",
    "the convention of the shared gold (h23, h24); the first gold had 'diện tích khoai sọ' without the column label.",
    "Distractors: menu, address Số 92 Nguyễn Sỹ Sách, phone 0238.3842.157, 'Lượt truy cập: 1.208.447', 'Đang trực tuyến: 37'.",
    "'cao hơn 40% so với trồng ngô' and 'cao hơn 11% so với sản xuất đại trà' are changes of the figure before them (cue 'cao hơn').",
    "'mỗi ha cho lãi bình quân 95 triệu đồng' is per hectare: unit đồng/ha. '3 sao' is a category: optional.",
]

if __name__ == "__main__":
    write(7, TEXT, FIGS, NOTES, published=None, location="Nghệ An")
