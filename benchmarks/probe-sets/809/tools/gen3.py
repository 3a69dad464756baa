"""p809-3: formal report, UBND tỉnh Bến Tre, mai vàng and tắc kiểng for Tết Giáp Thìn 2024 (flattened | table)."""
from lib import F, write, year, asof, inherit, up, down

TEXT = """UBND TỈNH BẾN TRE
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 58/BC-UBND
Bến Tre, ngày 05 tháng 3 năm 2024

BÁO CÁO
Kết quả sản xuất, tiêu thụ mai vàng, tắc kiểng phục vụ Tết Nguyên đán Giáp Thìn 2024

Thực hiện Công văn số 812/BNN-TT ngày 06/02/2024 của Bộ Nông nghiệp và Phát triển nông thôn, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ SẢN XUẤT
1. Diện tích
Năm 2023, toàn tỉnh có 2.350 ha mai vàng, tăng 4,2% so với năm 2022; trong đó huyện Chợ Lách 1.620 ha, chiếm 68,9%. Diện tích tắc kiểng đạt 380 ha, giảm 5% so với năm 2022.

2. Sản lượng cung ứng
Vụ Tết Giáp Thìn, toàn tỉnh cung ứng khoảng 1,77 triệu chậu mai vàng, tắc kiểng, đạt 104% kế hoạch, cụ thể:

Đơn vị tính: nghìn chậu
Huyện | Mai vàng | Tắc kiểng | Cộng
Chợ Lách | 1.150 | 210 | 1.360
Mỏ Cày Bắc | 160 | 45 | 205
Châu Thành | 95 | 30 | 125
Giồng Trôm | 55 | 25 | 80
Tổng cộng | 1.460 | 310 | 1.770

II. TIÊU THỤ VÀ GIÁ CẢ
Đến ngày 09/02/2024 (30 tháng Chạp), lượng mai, tắc tiêu thụ đạt 1,65 triệu chậu, bằng 93,2% sản lượng cung ứng. Giá mai vàng bình quân 650.000 đồng/chậu, tăng 12% so với Tết Quý Mão 2023; giá tắc kiểng từ 250.000-400.000 đồng/cặp. Tổng doanh thu ước đạt 1.280 tỷ đồng. Có 3.600 lượt xe tải vận chuyển mai, tắc đi TP Hồ Chí Minh và các tỉnh, tăng 15% so với cùng kỳ.

III. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu năm 2024 duy trì 2.400 ha mai vàng; tổ chức Lễ hội Hoa kiểng Chợ Lách lần thứ 3.

Nơi nhận:
- Bộ NN&PTNT;
- Lưu: VT.
"""

Y23 = year("Năm 2023", 2023)
MAI = "sản lượng mai vàng cung ứng Tết"
TAC = "sản lượng tắc kiểng cung ứng Tết"
ALL = "tổng sản lượng mai vàng, tắc kiểng cung ứng Tết"


def cells(anchors, row_loc):
    out = []
    for (anchor, number), subj in zip(anchors, (MAI, TAC, ALL)):
        out.append(F(anchor, number, float(number.replace(".", "")) * 1000, "count", "chậu", subj,
                     location=row_loc))
    return out


FIGS = [
    F("có 2.350 ha", "2.350", 2350, "measure", "ha", "diện tích mai vàng", Y23,
      change=up(4.2, baseline="năm 2022")),
    F("Chợ Lách 1.620 ha", "1.620", 1620, "measure", "ha", "diện tích mai vàng", Y23,
      total=2350, percent=68.9, location="Chợ Lách"),
    F("đạt 380 ha", "380", 380, "measure", "ha", "diện tích tắc kiểng", inherit(Y23),
      change=down(5, baseline="năm 2022")),
    F("khoảng 1,77 triệu chậu", "1,77", 1.77e6, "count", "chậu", "mai vàng, tắc kiểng cung ứng",
      approx="about", percent=104),
]
FIGS += cells([("Chợ Lách | 1.150", "1.150"), ("| 1.150 | 210", "210"), ("| 210 | 1.360", "1.360")], "Chợ Lách")
FIGS += cells([("Mỏ Cày Bắc | 160", "160"), ("| 160 | 45", "45"), ("| 45 | 205", "205")], "Mỏ Cày Bắc")
FIGS += cells([("Châu Thành | 95", "95"), ("| 95 | 30", "30"), ("| 30 | 125", "125")], "Châu Thành")
FIGS += cells([("Giồng Trôm | 55", "55"), ("| 55 | 25", "25"), ("| 25 | 80", "80")], "Giồng Trôm")
FIGS += cells([("Tổng cộng | 1.460", "1.460"), ("| 1.460 | 310", "310"), ("| 310 | 1.770", "1.770")], "Bến Tre")
FIGS += [
    F("đạt 1,65 triệu chậu", "1,65", 1.65e6, "count", "chậu", "mai, tắc tiêu thụ",
      asof("Đến ngày 09/02/2024", "2024-02-09"), percent=93.2),
    F("bình quân 650.000 đồng/chậu", "650.000", 650000, "money", "đồng/chậu", "giá mai vàng bình quân",
      change=up(12, baseline="Tết Quý Mão 2023")),
    F("từ 250.000-400.000 đồng/cặp", "250.000", 250000, "money", "đồng/cặp", "giá tắc kiểng",
      value_max=400000),
    F("ước đạt 1.280 tỷ đồng", "1.280", 1.28e12, "money", "đồng", "tổng doanh thu mai, tắc",
      status="estimate"),
    F("Có 3.600 lượt xe tải", "3.600", 3600, "count", "lượt xe tải", "lượt xe tải vận chuyển mai, tắc",
      change=up(15, baseline="cùng kỳ")),
    F("duy trì 2.400 ha", "2.400", 2400, "measure", "ha", "diện tích mai vàng",
      year("năm 2024", 2024), status="target"),
]

NOTES = [
    "Formal report (UBND tỉnh Bến Tre, Số: 58/BC-UBND, 05/3/2024). Flattened | table, 'Đơn vị tính: nghìn chậu'",
    "(cells x1000, unit chậu); row label (district) is the location, the Tổng cộng row is Bến Tre; the 'Cộng' column",
    "is the row total. Table cells get no totals and no period (the season 'Vụ Tết Giáp Thìn' is not a calendar period).",
    "Distractors: Số 58/BC-UBND, Công văn số 812/BNN-TT ngày 06/02/2024, section numbers I-III and 1.-2., 30 tháng Chạp,",
    "lần thứ 3, heading 'PHƯƠNG HƯỚNG NĂM 2024'. 'đạt 104% kế hoạch' is the percent of 1,77 triệu chậu.",
]

if __name__ == "__main__":
    write(3, TEXT, FIGS, NOTES, published="2024-03-05", location="Bến Tre")
