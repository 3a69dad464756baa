"""p677-3: formal report, UBND tỉnh Kiên Giang — Phú Quốc fish sauce 2023 and plan 2024, flattened '|' table."""
from lib import F, P, inh, CH, TG, emit

TEXT = """ỦY BAN NHÂN DÂN
TỈNH KIÊN GIANG
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kiên Giang, ngày 18 tháng 12 năm 2023

BÁO CÁO
Tình hình sản xuất, kinh doanh nước mắm Phú Quốc năm 2023 và kế hoạch năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2023
1. Sản xuất
Năm 2023, trên địa bàn thành phố Phú Quốc có 96 cơ sở sản xuất nước mắm, trong đó 84 cơ sở được sử dụng chỉ dẫn địa lý "Phú Quốc". Sản lượng ước đạt 11,8 triệu lít, bằng 98,3% kế hoạch, giảm 3,5% so với năm 2022. Các nhà thùng tiếp tục di dời về Khu sản xuất nước mắm tập trung tại xã Hàm Ninh theo Quyết định số 1635/QĐ-UBND.

Bảng 1. Một số chỉ tiêu chủ yếu
Chỉ tiêu | ĐVT | Năm 2022 | Ước TH năm 2023 | Kế hoạch năm 2024
Số cơ sở sản xuất | cơ sở | 101 | 96 | 95
Số thùng gỗ ủ chượp | thùng | 3.920 | 3.780 | 3.800
Sản lượng nước mắm | triệu lít | 12,23 | 11,8 | 12,5
Cá cơm nguyên liệu | tấn | 16.450 | 15.200 | 16.000
Xuất khẩu | nghìn lít | 820 | 905,5 | 1.000

2. Thị trường, giá cả
Giá nước mắm Phú Quốc loại 40 độ đạm bình quân 135.000 đồng/lít, tăng khoảng 8% so với năm 2022; loại 30 độ đạm khoảng 85.000 đồng/lít. Sản phẩm đã xuất khẩu sang 12 thị trường, chủ yếu là Mỹ, Nhật Bản, Úc.

II. KẾ HOẠCH NĂM 2024
Phấn đấu 100% cơ sở sản xuất đạt chứng nhận HACCP hoặc ISO 22000; hỗ trợ 15 cơ sở xây dựng hệ thống truy xuất nguồn gốc; tổ chức 2 đợt xúc tiến thương mại tại TP Hồ Chí Minh và Hà Nội.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C22 = P("Năm 2022", "2022-01-01", "2022-12-31")
C23 = P("Ước TH năm 2023", "2023-01-01", "2023-12-31")
C24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
K24 = P("KẾ HOẠCH NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)


def row(label, unit, mult, kind, cells, anchors):
    out = []
    for (num, anc), (col, per, st) in zip(zip(cells, anchors),
                                          [("năm 2022", C22, None), ("ước thực hiện năm 2023", C23, "estimate"),
                                           ("kế hoạch năm 2024", C24, "target")]):
        v = float(num.replace(".", "").replace(",", ".")) * mult
        kw = {"status": st} if st else {}
        out.append(F(anc, num, v, kind, unit, f"{label} {col}", per, **kw))
    return out


FIGS = [
    F("Phú Quốc có 96 cơ sở", "96", 96, "count", "cơ sở", "cơ sở sản xuất nước mắm", Y23),
    F("trong đó 84 cơ sở", "84", 84, "count", "cơ sở", "cơ sở được sử dụng chỉ dẫn địa lý \"Phú Quốc\"", Y23, total=96),
    F("ước đạt 11,8 triệu lít", "11,8", 11.8e6, "measure", "lít", "sản lượng nước mắm", inh(Y23),
      percent=98.3, change=CH("decrease", 3.5, baseline="năm 2022"), status="estimate"),
]
FIGS += row("Số cơ sở sản xuất", "cơ sở", 1, "count", ["101", "96", "95"],
            ["cơ sở | 101", "101 | 96", "96 | 95"])
FIGS += row("Số thùng gỗ ủ chượp", "thùng", 1, "count", ["3.920", "3.780", "3.800"],
            ["3.920", "3.780", "3.800"])
FIGS += row("Sản lượng nước mắm", "lít", 1e6, "measure", ["12,23", "11,8", "12,5"],
            ["12,23", "12,23 | 11,8", "12,5"])
FIGS += row("Cá cơm nguyên liệu", "tấn", 1, "measure", ["16.450", "15.200", "16.000"],
            ["16.450", "15.200", "16.000"])
FIGS += row("Xuất khẩu", "lít", 1e3, "measure", ["820", "905,5", "1.000"],
            ["820", "905,5", "1.000"])
FIGS += [
    F("loại 40 độ đạm", "40", 40, "measure", "độ đạm", "độ đạm nước mắm Phú Quốc loại", optional=True,
      note="grade names are optional"),
    F("bình quân 135.000 đồng/lít", "135.000", 135000, "money", "đồng/lít", "giá nước mắm Phú Quốc loại 40 độ đạm bình quân",
      change=CH("increase", 8, baseline="năm 2022", approx="about")),
    F("loại 30 độ đạm", "30", 30, "measure", "độ đạm", "độ đạm nước mắm Phú Quốc loại", optional=True),
    F("khoảng 85.000 đồng/lít", "85.000", 85000, "money", "đồng/lít", "giá nước mắm Phú Quốc loại 30 độ đạm",
      approx="about"),
    F("sang 12 thị trường", "12", 12, "count", "thị trường", "thị trường xuất khẩu nước mắm Phú Quốc"),
    F("Phấn đấu 100% cơ sở", "100", 100, "percent", "%", "cơ sở sản xuất đạt chứng nhận HACCP hoặc ISO 22000", K24,
      status="target"),
    F("hỗ trợ 15 cơ sở", "15", 15, "count", "cơ sở", "cơ sở được hỗ trợ xây dựng hệ thống truy xuất nguồn gốc", K24,
      status="target"),
    F("tổ chức 2 đợt", "2", 2, "count", "đợt", "đợt xúc tiến thương mại", K24, status="target"),
]

COMMENTS = [
    "p677-3 — formal report, UBND tỉnh Kiên Giang, Số: 412/BC-UBND, 'Kiên Giang, ngày 18 tháng 12 năm 2023' (published): nước mắm Phú Quốc 2023, plan 2024.",
    "Flattened '|' table: Chỉ tiêu | ĐVT | Năm 2022 | Ước TH năm 2023 | Kế hoạch năm 2024. ĐVT column gives unit and multiplier (triệu lít, nghìn lít → lít);",
    "periods from the column headers (scored, as in shared h23); 'Ước TH' → estimate, 'Kế hoạch' → target. Every numeric cell is a figure.",
    "Location Phú Quốc (the city the report is about). Số 412/BC-UBND, Quyết định số 1635/QĐ-UBND, 'Bảng 1', section numbers, 'ISO 22000' are not figures.",
    "'bằng 98,3% kế hoạch' is the percent of 11,8 triệu lít. Section II items take 'KẾ HOẠCH NĂM 2024' (heading, inherited) and status target.",
]

if __name__ == "__main__":
    emit("p677-3", TEXT, COMMENTS, FIGS, published="2023-12-18", location="Phú Quốc")
