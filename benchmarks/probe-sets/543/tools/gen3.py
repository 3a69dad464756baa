"""p543-3: formal report, UBND tỉnh Quảng Ninh, Vân Đồn airport 9 months 2024, flattened '|' table."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH QUẢNG NINH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Quảng Ninh, ngày 10 tháng 10 năm 2024

BÁO CÁO
Tình hình khai thác Cảng hàng không quốc tế Vân Đồn 9 tháng năm 2024 và nhiệm vụ quý IV/2024

Thực hiện Quyết định số 1632/QĐ-UBND ngày 25/5/2023 của UBND tỉnh, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ KHAI THÁC
1. Sản lượng vận chuyển
Bảng 1. Chỉ tiêu khai thác chủ yếu
Chỉ tiêu | Đơn vị | 9 tháng 2023 | 9 tháng 2024 | Kế hoạch 2024
Hành khách thông qua | lượt | 198.450 | 251.320 | 330.000
Trong đó: khách quốc tế | lượt | 12.860 | 41.275 | 60.000
Chuyến bay cất, hạ cánh | chuyến | 1.712 | 2.046 | 2.800
Hàng hóa, bưu kiện | tấn | 86,5 | 124,8 | 150

Sản lượng hành khách 9 tháng tăng 26,6% so với cùng kỳ, đạt 76,2% kế hoạch năm; khách quốc tế tăng gấp 3,2 lần. Tỷ lệ chuyến bay cất cánh đúng giờ đạt 91,4%. Cảng đang khai thác 8 đường bay nội địa và 3 đường bay quốc tế. Doanh thu của Cảng ước đạt 186,7 tỷ đồng, tăng 18,3% so với cùng kỳ.

2. Đầu tư, mở rộng
Dự án mở rộng nhà ga hành khách có tổng mức đầu tư dự kiến khoảng 2.300 tỷ đồng, nâng công suất nhà ga lên 5 triệu khách/năm. Từ đầu năm đến nay, ngân sách tỉnh đã hỗ trợ các hãng hàng không 12,5 tỷ đồng để duy trì đường bay, mức hỗ trợ từ 30 đến 50 triệu đồng/chuyến.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu quý IV đón thêm 80.000 lượt khách, cả năm đạt trên 330.000 lượt; mở mới 2 đường bay quốc tế đến Seoul và Đài Bắc.

Nơi nhận:
- Bộ GTVT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, GT3.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

C23 = P("9 tháng 2023", "2023-01-01", "2023-09-30")
C24 = P("9 tháng 2024", "2024-01-01", "2024-09-30")
KH = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
N9 = P("9 tháng", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-10")
Q4 = P("quý IV", "2024-10-01", "2024-12-31")
YR = P("cả năm", "2024-01-01", "2024-12-31")


def row(label, unit, kind, cells, totals=(None, None, None)):
    out = []
    for (anchor, number, value), per, tot in zip(cells, (C23, C24, KH), totals):
        kw = {}
        if tot:
            kw["total"] = tot
        if per is KH:
            kw["status"] = "target"
        out.append(F(anchor, number, value, kind, unit, f"{label} {per['text']}", per, **kw))
    return out


FIGS = (
    row("Hành khách thông qua", "lượt", "count",
        [("| 198.450 |", "198.450", 198450), ("| 251.320 |", "251.320", 251320), ("| 330.000\n", "330.000", 330000)])
    + row("khách quốc tế", "lượt", "count",
          [("| 12.860 |", "12.860", 12860), ("| 41.275 |", "41.275", 41275), ("| 60.000\n", "60.000", 60000)],
          totals=(198450, 251320, 330000))
    + row("Chuyến bay cất, hạ cánh", "chuyến", "count",
          [("| 1.712 |", "1.712", 1712), ("| 2.046 |", "2.046", 2046), ("| 2.800\n", "2.800", 2800)])
    + row("Hàng hóa, bưu kiện", "tấn", "measure",
          [("| 86,5 |", "86,5", 86.5), ("| 124,8 |", "124,8", 124.8), ("| 150\n", "150", 150)])
    + [
        F("9 tháng tăng 26,6%", "26,6", 26.6, "percent", "%",
          "sản lượng hành khách 9 tháng so với cùng kỳ", N9),
        F("đạt 76,2% kế hoạch", "76,2", 76.2, "percent", "%",
          "sản lượng hành khách 9 tháng so với kế hoạch năm", N9),
        F("tăng gấp 3,2 lần", "3,2", 3.2, "multiple", "lần",
          "khách quốc tế so với cùng kỳ", I(N9)),
        F("đạt 91,4%", "91,4", 91.4, "percent", "%",
          "tỷ lệ chuyến bay cất cánh đúng giờ", I(N9)),
        F("khai thác 8 đường bay", "8", 8, "count", "đường bay", "đường bay nội địa Cảng đang khai thác"),
        F("và 3 đường bay", "3", 3, "count", "đường bay", "đường bay quốc tế Cảng đang khai thác"),
        F("ước đạt 186,7 tỷ đồng", "186,7", 186700000000, "money", "đồng",
          "doanh thu của Cảng", I(N9), status="estimate", change=CH("increase", 18.3, baseline="cùng kỳ")),
        F("khoảng 2.300 tỷ đồng", "2.300", 2300000000000, "money", "đồng",
          "tổng mức đầu tư dự án mở rộng nhà ga hành khách", approx="about", status="forecast"),
        F("lên 5 triệu khách/năm", "5", 5000000, "measure", "khách/năm",
          "công suất nhà ga sau mở rộng", status="forecast"),
        F("hàng không 12,5 tỷ đồng", "12,5", 12500000000, "money", "đồng",
          "ngân sách tỉnh hỗ trợ các hãng hàng không để duy trì đường bay", YTD),
        F("từ 30 đến 50 triệu đồng/chuyến", "30", 30000000, "money", "đồng/chuyến",
          "mức hỗ trợ các hãng hàng không", YTD, value_max=50000000),
        F("thêm 80.000 lượt khách", "80.000", 80000, "count", "lượt khách",
          "lượt khách đón thêm", Q4, status="target"),
        F("trên 330.000 lượt", "330.000", 330000, "count", "lượt",
          "lượt khách cả năm", YR, approx="over", status="target"),
        F("mở mới 2 đường bay", "2", 2, "count", "đường bay",
          "đường bay quốc tế mở mới", status="target"),
    ]
)

COMMENTS = [
    "Formal report, letterhead 'UBND TỈNH QUẢNG NINH', 'Số: 287/BC-UBND', 'Quảng Ninh, ngày 10 tháng 10 năm 2024': Vân Đồn airport,",
    "9 months 2024, flattened '|' table (Chỉ tiêu | Đơn vị | 9 tháng 2023 | 9 tháng 2024 | Kế hoạch 2024).",
    "Table cells: subject = row label + column label, unit from the Đơn vị column, period from the column header (scored, as in h23);",
    "'Kế hoạch 2024' cells are targets. The 'Trong đó: khách quốc tế' row is a part after 'trong đó' of the row above: total = that column's whole.",
    "'tăng 26,6% ..., đạt 76,2% kế hoạch năm' has no base amount in its sentence: two percent figures; 'tăng gấp 3,2 lần' is a multiple.",
    "'Từ đầu năm đến nay' ends at the report date. Not figures: Số 287/BC-UBND, Quyết định số 1632/QĐ-UBND, 'Bảng 1', I./II./1./2., GT3, dates.",
]

if __name__ == "__main__":
    emit("p543-3", TEXT, COMMENTS, FIGS, published="2024-10-10", location="Quảng Ninh")
