"""p1240-3: formal report, UBND tỉnh Thừa Thiên Huế, Đề án phát triển sen Huế 2023, flattened | table by locality."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH THỪA THIÊN HUẾ
Số: 58/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thừa Thiên Huế, ngày 22 tháng 02 năm 2024

BÁO CÁO
Kết quả thực hiện Đề án phát triển sen Huế năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, sản lượng
Năm 2023, toàn tỉnh trồng 512,6 ha sen, đạt 102,5% kế hoạch, tăng 46,3 ha so với năm 2022; sản lượng hạt sen tươi đạt 871 tấn. Giá trị sản xuất trên 1 ha sen bình quân 165 triệu đồng, gấp 2,2 lần so với trồng lúa.

2. Kết quả theo địa phương
Đơn vị tính: diện tích - ha; sản lượng - tấn
Địa phương | Diện tích | Sản lượng hạt tươi
Thành phố Huế | 68,4 | 112
Thị xã Hương Trà | 124,5 | 215
Huyện Quảng Điền | 156,2 | 268
Huyện Phú Vang | 98,7 | 163
Các địa phương khác | 64,8 | 113
Tổng số | 512,6 | 871

3. Phát triển du lịch gắn với sen
Trong năm, các điểm tham quan hồ sen Tịnh Tâm, hồ sen Cung An Định, đầm sen Quảng Thành đón khoảng 215.000 lượt khách; trong đó khách quốc tế chiếm 37%. Toàn tỉnh có 14 cơ sở chế biến sản phẩm từ sen, 6 sản phẩm đạt chứng nhận OCOP 3 sao trở lên.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu mở rộng diện tích sen lên 600 ha; sản lượng hạt sen tươi khoảng 1.000 tấn; có thêm 4 sản phẩm OCOP từ sen.

Nơi nhận:
- Bộ NN&PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NN.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
INYEAR = P("Trong năm", "2023-01-01", "2023-12-31")
Y24 = P("PHƯƠNG HƯỚNG NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)

AREA = "diện tích sen"
PROD = "sản lượng hạt sen tươi"


def cell(anchor, number, value, col, place=None, row=None):
    unit = "ha" if col == AREA else "tấn"
    subject = col if row is None else f"{col} {row}"
    kw = {"location": place} if place else {}
    return F(anchor, number, value, "measure", unit, subject=subject, period=I(Y23), **kw)


FIGS = [
    F("trồng 512,6 ha", "512,6", 512.6, "measure", "ha", percent=102.5,
      change=C("increase", 46.3, "ha", "năm 2022"), subject=AREA, period=Y23),
    F("đạt 871 tấn", "871", 871, "measure", "tấn", subject=PROD, period=Y23),
    F("bình quân 165 triệu", "165", 165000000, "money", "đồng/ha",
      change=C("increase", 2.2, "lần", "trồng lúa"),
      subject="giá trị sản xuất bình quân trên 1 ha sen", period=I(Y23)),
    cell("Huế | 68,4", "68,4", 68.4, AREA, "Huế"),
    cell("68,4 | 112", "112", 112, PROD, "Huế"),
    cell("Trà | 124,5", "124,5", 124.5, AREA, "Hương Trà"),
    cell("124,5 | 215", "215", 215, PROD, "Hương Trà"),
    cell("Điền | 156,2", "156,2", 156.2, AREA, "Quảng Điền"),
    cell("156,2 | 268", "268", 268, PROD, "Quảng Điền"),
    cell("Vang | 98,7", "98,7", 98.7, AREA, "Phú Vang"),
    cell("98,7 | 163", "163", 163, PROD, "Phú Vang"),
    cell("khác | 64,8", "64,8", 64.8, AREA, row="các địa phương khác"),
    cell("64,8 | 113", "113", 113, PROD, row="các địa phương khác"),
    cell("Tổng số | 512,6", "512,6", 512.6, AREA, row="tổng số"),
    cell("512,6 | 871", "871", 871, PROD, row="tổng số"),
    F("khoảng 215.000 lượt", "215.000", 215000, "count", "lượt khách", approx="about",
      subject="lượt khách đến các điểm tham quan hồ sen, đầm sen", period=INYEAR),
    F("chiếm 37%", "37", 37, "percent", "%",
      subject="tỷ lệ khách quốc tế đến các điểm tham quan sen", period=INYEAR),
    F("có 14 cơ sở", "14", 14, "count", "cơ sở", subject="cơ sở chế biến sản phẩm từ sen"),
    F("sen, 6 sản phẩm", "6", 6, "count", "sản phẩm",
      subject="sản phẩm từ sen đạt chứng nhận OCOP 3 sao trở lên"),
    F("lên 600 ha", "600", 600, "measure", "ha", status="target", subject=AREA, period=Y24),
    F("khoảng 1.000 tấn", "1.000", 1000, "measure", "tấn", approx="about", status="target",
      subject=PROD, period=Y24),
    F("thêm 4 sản phẩm", "4", 4, "count", "sản phẩm", status="target",
      subject="sản phẩm OCOP từ sen có thêm", period=Y24),
]

NOTES = [
    "Formal report under letterhead: 'UBND TỈNH THỪA THIÊN HUẾ', 'Số: 58/BC-UBND', 'Thừa Thiên Huế, ngày 22 tháng 02 năm 2024' (published).",
    "Flattened '|' table with 'Đơn vị tính: diện tích - ha; sản lượng - tấn'; rows are localities -> location, subject = column indicator;",
    "'Các địa phương khác' and 'Tổng số' rows keep the province and add the row label to the subject. Cells inherit 'Năm 2023' (title/section 1).",
    "Table cells get no totals; the Tổng số row is its own figures.",
    "'Giá trị sản xuất trên 1 ha sen bình quân 165 triệu đồng': 'trên 1 ha' is the rate's denominator (unit đồng/ha), not 'over', and 1 is not a figure;",
    "'gấp 2,2 lần so với trồng lúa' is its change. 'trong đó khách quốc tế chiếm 37%' is a percent figure of its own (no count for the part).",
    "'Trong năm' is year-less: 2023 from 'năm 2023' before it. 'OCOP 3 sao' is a rating label, not a figure.",
    "Distractors: Số: 58/BC-UBND, section numbers I./II./1.-3., 'OCOP 3 sao', 'Lưu: VT, NN', '1 ha' in the rate.",
    "Section II targets take 'PHƯƠNG HƯỚNG NĂM 2024' from the heading (inherited). 'Phấn đấu' governs the ';'-continued clauses.",
]

if __name__ == "__main__":
    write("p1240-3", TEXT, NOTES, FIGS, published="2024-02-22", location="Thừa Thiên Huế")
