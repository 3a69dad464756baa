"""p824-3: UBND tỉnh Vĩnh Long report, footwear and handbags, first half 2024, flattened | table by product."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH VĨNH LONG
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Vĩnh Long, ngày 12 tháng 7 năm 2024

BÁO CÁO
Tình hình sản xuất, xuất khẩu ngành da giày, túi xách 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Doanh nghiệp, lao động
Toàn tỉnh có 14 doanh nghiệp sản xuất giày dép, túi xách (trong đó 9 doanh nghiệp FDI) với tổng vốn đăng ký khoảng 612 triệu USD. Tổng số lao động tính đến 30/6/2024 là 52.460 người, giảm 1.180 người so với cuối năm 2023. Thu nhập bình quân 6 tháng đạt 8,95 triệu đồng/người/tháng.
2. Sản xuất
Chỉ số sản xuất ngành sản xuất da và các sản phẩm có liên quan 6 tháng ước tăng 12,4% so với cùng kỳ. Sản lượng giày dép ước đạt 48,2 triệu đôi, bằng 51,3% kế hoạch năm, tăng 9,7% so với cùng kỳ.
3. Xuất khẩu
Kim ngạch xuất khẩu 6 tháng ước đạt 293,2 triệu USD, tăng 14,4% so với cùng kỳ, bằng 46,5% kế hoạch năm. Thị trường Hoa Kỳ chiếm 38,5%, EU chiếm 27,1%. Chi tiết theo mặt hàng:
Đơn vị tính: triệu USD
Mặt hàng | 6 tháng 2023 | Ước 6 tháng 2024 | Kế hoạch năm 2024
Giày thể thao | 182,4 | 215,6 | 460
Giày vải | 41,7 | 38,9 | 85
Túi xách, ví | 22,3 | 27,5 | 60
Nguyên phụ liệu | 9,8 | 11,2 | 25
Tổng cộng | 256,2 | 293,2 | 630

II. KHÓ KHĂN, HẠN CHẾ
Đơn hàng quý III/2024 của một số doanh nghiệp chỉ bằng khoảng 85% cùng kỳ; 2 doanh nghiệp phải bố trí cho khoảng 2.300 lao động nghỉ luân phiên 2-3 ngày/tuần.

III. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu kim ngạch xuất khẩu cả năm đạt 630 triệu USD, sản lượng giày dép đạt 94 triệu đôi; giao Sở Công Thương phối hợp Ban Quản lý các khu công nghiệp hỗ trợ doanh nghiệp tại Khu công nghiệp Bình Minh và Khu công nghiệp Hòa Phú theo Công văn số 1524/SCT-QLCN ngày 02/7/2024.
"""

H1 = P("6 tháng", "2024-01-01", "2024-06-30")
C23 = P("6 tháng 2023", "2023-01-01", "2023-06-30")
C24 = P("Ước 6 tháng 2024", "2024-01-01", "2024-06-30")
CKH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")


def cells(anchors, label, values):
    out = []
    for (a, num), v, (col, per, st) in zip(anchors, values, (("6 tháng 2023", C23, None),
                                                          ("ước 6 tháng 2024", C24, "estimate"),
                                                          ("kế hoạch năm 2024", CKH, "target"))):
        kw = {"status": st} if st else {}
        out.append(F(a, num, v * 1e6, "money", "USD", f"{label} {col}", per, **kw))
    return out


FIGS = [
    F("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp", "doanh nghiệp sản xuất giày dép, túi xách"),
    F("trong đó 9 doanh nghiệp FDI", "9", 9, "count", "doanh nghiệp", "doanh nghiệp FDI", total=14),
    F("khoảng 612 triệu USD", "612", 612e6, "money", "USD", "tổng vốn đăng ký", approx="about"),
    F("là 52.460 người", "52.460", 52460, "count", "người", "tổng số lao động",
      P("tính đến 30/6/2024", None, "2024-06-30"), change=C("decrease", 1180, "người", "cuối năm 2023")),
    F("đạt 8,95 triệu đồng/người/tháng", "8,95", 8.95e6, "money", "đồng/người/tháng", "thu nhập bình quân",
      H1),
    F("ước tăng 12,4%", "12,4", 12.4, "percent", "%",
      "chỉ số sản xuất ngành sản xuất da và các sản phẩm có liên quan", H1, status="estimate"),
    F("ước đạt 48,2 triệu đôi", "48,2", 48.2e6, "count", "đôi", "sản lượng giày dép", I(H1), status="estimate",
      percent=51.3, change=C("increase", 9.7, baseline="cùng kỳ")),
    F("ước đạt 293,2 triệu USD", "293,2", 293.2e6, "money", "USD", "kim ngạch xuất khẩu", H1, status="estimate",
      percent=46.5, change=C("increase", 14.4, baseline="cùng kỳ")),
    F("Hoa Kỳ chiếm 38,5%", "38,5", 38.5, "percent", "%", "thị trường Hoa Kỳ trong kim ngạch xuất khẩu", I(H1)),
    F("EU chiếm 27,1%", "27,1", 27.1, "percent", "%", "thị trường EU trong kim ngạch xuất khẩu", I(H1)),
    *cells([("Giày thể thao | 182,4", "182,4"), ("| 215,6", "215,6"), ("| 460", "460")], "giày thể thao",
           [182.4, 215.6, 460]),
    *cells([("Giày vải | 41,7", "41,7"), ("| 38,9", "38,9"), ("| 85", "85")], "giày vải", [41.7, 38.9, 85]),
    *cells([("Túi xách, ví | 22,3", "22,3"), ("| 27,5", "27,5"), ("| 60", "60")], "túi xách, ví",
           [22.3, 27.5, 60]),
    *cells([("Nguyên phụ liệu | 9,8", "9,8"), ("| 11,2", "11,2"), ("11,2 | 25", "25")], "nguyên phụ liệu",
           [9.8, 11.2, 25]),
    *cells([("Tổng cộng | 256,2", "256,2"), ("256,2 | 293,2", "293,2"), ("293,2 | 630", "630")], "tổng cộng",
           [256.2, 293.2, 630]),
    F("khoảng 85% cùng kỳ", "85", 85, "percent", "%", "đơn hàng của một số doanh nghiệp so với cùng kỳ",
      P("quý III/2024", "2024-07-01", "2024-09-30"), approx="about"),
    F("2 doanh nghiệp phải", "2", 2, "count", "doanh nghiệp", "doanh nghiệp bố trí lao động nghỉ luân phiên"),
    F("khoảng 2.300 lao động", "2.300", 2300, "count", "lao động", "lao động nghỉ luân phiên", approx="about"),
    F("luân phiên 2-3 ngày/tuần", "2", 2, "measure", "ngày/tuần", "thời gian nghỉ luân phiên", value_max=3),
    F("cả năm đạt 630 triệu USD", "630", 630e6, "money", "USD", "kim ngạch xuất khẩu",
      P("cả năm", "2024-01-01", "2024-12-31"), status="target"),
    F("đạt 94 triệu đôi", "94", 94e6, "count", "đôi", "sản lượng giày dép", P("cả năm", "2024-01-01", "2024-12-31"),
      status="target"),
]

NOTES = [
    "UBND tỉnh Vĩnh Long report Số 287/BC-UBND, 12/7/2024: footwear and handbags H1/2024 with a flattened | table by product.",
    "Table: unit from 'Đơn vị tính: triệu USD'; period and status from the column headers (6 tháng 2023 actual, 'Ước 6 tháng 2024'",
    "estimate, 'Kế hoạch năm 2024' target); subject = row label + column label; the Tổng cộng row is figures of its own; no totals.",
    "'bằng 51,3% kế hoạch năm' / 'bằng 46,5% kế hoạch năm' are the percent attributes of their figures (cf. đạt 55,32%).",
    "'6 tháng' without a year takes 2024 from 'tính đến 30/6/2024' before it. '2-3 ngày/tuần' is a measure (a rate's denominator in the unit).",
    "'cả năm' in section III = 2024 (the report's year). Not figures: Số: 287/BC-UBND, date line, section numbers I.-III., 1.-3.,",
    "'Công văn số 1524/SCT-QLCN ngày 02/7/2024', 'quý III/2024' as the orders' period.",
]

if __name__ == "__main__":
    write("p824-3", TEXT, NOTES, FIGS, published="2024-07-12", location="Vĩnh Long")
