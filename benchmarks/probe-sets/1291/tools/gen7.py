"""p1291-7: news agency (TTXVN), Nam Định: first export of frozen chả rươi from a Giao Thủy firm; province output and 2030 targets."""
from lib import fig, per, year, inh, chg, tgt, write

TEXT = """Nam Định: Xuất khẩu lô chả rươi đầu tiên sang Nhật Bản

20/11/2024 16:05

Nam Định (TTXVN) - Ngày 20/11, Công ty TNHH Thực phẩm Biển Xanh Giao Thủy (huyện Giao Thủy, tỉnh Nam Định) đã xuất khẩu lô hàng 2,5 tấn chả rươi cấp đông đầu tiên sang thị trường Nhật Bản, trị giá khoảng 42.000 USD.

Để có lô hàng này, công ty đã thu mua gần 1,8 tấn rươi tươi của hơn 60 hộ dân ở các xã Giao Thiện, Giao An, Giao Lạc với giá 380.000 đồng/kg. Nhà máy của công ty có công suất chế biến 500 kg/ngày, sử dụng 35 lao động thường xuyên, thu nhập bình quân 8,5 triệu đồng/người/tháng. Trong 10 tháng năm 2024, doanh thu của công ty đạt 12,4 tỷ đồng, vượt 8% kế hoạch năm. Quý I/2025, công ty dự kiến xuất khẩu thêm 2 lô hàng.

Năm 2024, sản lượng rươi toàn tỉnh Nam Định ước đạt 310 tấn, trong đó huyện Giao Thủy chiếm khoảng 45%, huyện Nghĩa Hưng 30%. Nam Định hiện đứng thứ ba cả nước về sản lượng rươi, sau Hải Phòng và Hải Dương. Giá trị sản phẩm chế biến từ rươi năm 2024 ước đạt 68 tỷ đồng, tăng 21% so với năm 2023.

Ông Vũ Đức Minh, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn Nam Định, cho biết tỉnh đang xây dựng đề án bảo tồn, phát triển nguồn lợi rươi, phấn đấu đến năm 2030 diện tích vùng rươi đạt 800 ha, giá trị khai thác và chế biến đạt trên 150 tỷ đồng/năm, xuất khẩu 10-15% sản lượng chả rươi.

Trước đó, năm 2023, Hợp tác xã Thủy sản Nghĩa Hưng đã xuất khẩu 500 lọ mắm rươi sang Hàn Quốc.

Văn Đạt (TTXVN)
"""

DAY = per("Ngày 20/11", "2024-11-20", "2024-11-20")
M10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
Q1 = per("Quý I/2025", "2025-01-01", "2025-03-31")
Y24 = year("Năm 2024", 2024)
Y24b = year("năm 2024", 2024)
T30 = per("đến năm 2030", None, "2030-12-31")
GT, NH = "Giao Thủy", "Nghĩa Hưng"

FIGS = [
    fig("lô hàng 2,5 tấn", "2,5", 2.5, "measure", "tấn",
        subject="lô hàng chả rươi cấp đông xuất khẩu sang Nhật Bản", period=DAY, location=GT),
    fig("khoảng 42.000 USD", "42.000", 42000, "money", "USD", approx="about",
        subject="trị giá lô hàng chả rươi xuất khẩu", period=DAY, location=GT),
    fig("gần 1,8 tấn", "1,8", 1.8, "measure", "tấn", approx="nearly",
        subject="rươi tươi công ty thu mua", location=GT),
    fig("hơn 60 hộ", "60", 60, "count", "hộ", approx="over",
        subject="hộ dân bán rươi cho công ty", location=GT),
    fig("giá 380.000", "380.000", 380000, "money", "đồng/kg",
        subject="giá thu mua rươi tươi", location=GT),
    fig("500 kg/ngày", "500", 500, "measure", "kg/ngày",
        subject="công suất chế biến nhà máy của công ty", location=GT),
    fig("35 lao động", "35", 35, "count", "lao động",
        subject="lao động thường xuyên nhà máy sử dụng", location=GT),
    fig("8,5 triệu", "8,5", 8.5e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân lao động", location=GT),
    fig("đạt 12,4 tỷ", "12,4", 12.4e9, "money", "đồng",
        change=chg("increase", 8, "%", "kế hoạch năm"), subject="doanh thu của công ty", period=M10, location=GT),
    fig("thêm 2 lô", "2", 2, "count", "lô hàng", status="forecast",
        subject="lô hàng công ty xuất khẩu thêm", period=Q1, location=GT),
    fig("ước đạt 310 tấn", "310", 310, "measure", "tấn", status="estimate",
        subject="sản lượng rươi toàn tỉnh", period=Y24),
    fig("khoảng 45%", "45", 45, "percent", "%", approx="about", status="estimate",
        subject="tỷ trọng trong sản lượng rươi toàn tỉnh", period=Y24, location=GT),
    fig("Nghĩa Hưng 30%", "30", 30, "percent", "%", status="estimate",
        subject="tỷ trọng trong sản lượng rươi toàn tỉnh", period=Y24, location=NH),
    fig("thứ ba cả nước", "ba", 3, "rank", "hạng", subject="sản lượng rươi"),
    fig("ước đạt 68 tỷ", "68", 68e9, "money", "đồng", status="estimate",
        change=chg("increase", 21, "%", "năm 2023"),
        subject="giá trị sản phẩm chế biến từ rươi", period=Y24b),
    fig("đạt 800 ha", "800", 800, "measure", "ha", status="target",
        subject="diện tích vùng rươi", period=T30),
    fig("trên 150 tỷ", "150", 150e9, "money", "đồng/năm", approx="over", status="target",
        subject="giá trị khai thác và chế biến", period=T30),
    fig("xuất khẩu 10-15%", "10", 10, "percent", "%", value_max=15, status="target",
        subject="xuất khẩu sản lượng chả rươi", period=T30),
    fig("500 lọ", "500", 500, "count", "lọ",
        subject="mắm rươi xuất khẩu sang Hàn Quốc", period=year("năm 2023", 2023), location=NH),
]

NOTES = [
    "News agency (TTXVN): headline, '20/11/2024 16:05', 'Nam Định (TTXVN) -', byline 'Văn Đạt (TTXVN)'.",
    "Distractors: 16:05, 'Ngày 20/11' (a date), 'lô ... đầu tiên' (ordinal word), the firm name, 'đề án' without number.",
    "The firm passage (Giao Thủy) carries location Giao Thủy; province totals Nam Định; the Nghĩa Hưng cooperative -> Nghĩa Hưng.",
    "'Ngày 20/11' dates the export: a one-day period. '10 tháng năm 2024' -> 2024-01-01..2024-10-31; 'vượt 8% kế hoạch năm' is a change.",
    "'trong đó huyện Giao Thủy chiếm khoảng 45%, huyện Nghĩa Hưng 30%': list items sharing one indicator; location = the district;",
    "status estimate carried from 'ước đạt'; 'khoảng' stands before 45% only, so 30% is exact.",
    "'đứng thứ ba cả nước' (its own sentence, 'hiện'): rank 3, actual, location Nam Định.",
    "'phấn đấu đến năm 2030' governs the three targets (800 ha, trên 150 tỷ đồng/năm, 10-15%).",
]

if __name__ == "__main__":
    write("p1291-7", TEXT, NOTES, FIGS, published="2024-11-20", location="Nam Định")
