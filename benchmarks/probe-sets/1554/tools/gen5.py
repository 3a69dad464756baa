"""p1554-5: provincial newspaper (Báo Quảng Nam, '(QNO) -'): a tile factory in Điện Bàn, province totals."""
from lib import fig, per, chg, write

TEXT = """BÁO QUẢNG NAM ĐIỆN TỬ
Kinh tế | Thứ Hai, 11/11/2024 | 07:15

Nhà máy gạch men ở Điện Bàn tăng tốc những tháng cuối năm

Nhờ đơn hàng xuất khẩu phục hồi, Nhà máy gạch ốp lát Trường Phát tại Khu công nghiệp Điện Nam - Điện Ngọc (thị xã Điện Bàn) đang chạy hết công suất, bảo đảm việc làm cho gần 700 công nhân.

(QNO) - Ông Lê Văn Cường, Giám đốc nhà máy, cho biết 10 tháng năm 2024, nhà máy sản xuất 7,3 triệu m2 gạch, tăng 15% so với cùng kỳ; trong đó xuất khẩu 2,1 triệu m2 sang Nhật Bản, Úc và Trung Đông. Doanh thu 10 tháng ước đạt 640 tỷ đồng, nộp ngân sách 28 tỷ đồng, vượt 3 tỷ đồng so với kế hoạch.

Nhà máy có 2 dây chuyền với công suất 9 triệu m2/năm. Từ tháng 9, nhà máy đưa vào sử dụng máy in phun kỹ thuật số thứ ba. Tỷ lệ gạch loại A hiện đạt 96,5%, cao hơn 1,8 điểm phần trăm so với năm 2023. “Mỗi tháng chúng tôi xuất khoảng 70 container, có tháng cao điểm gần 90 container”, ông Cường nói.

Theo Sở Công Thương, toàn tỉnh hiện có 3 doanh nghiệp sản xuất gạch ốp lát, tổng công suất 21 triệu m2/năm. 10 tháng năm 2024, sản lượng gạch ốp lát toàn tỉnh đạt 15,6 triệu m2, chiếm khoảng 3,1% sản lượng cả nước; giá trị xuất khẩu đạt 38 triệu USD, xếp thứ 5 trong các mặt hàng xuất khẩu chủ lực của tỉnh.

Năm 2025, nhà máy Trường Phát đặt mục tiêu sản lượng 9,5 triệu m2, trong đó xuất khẩu ít nhất 35%; đồng thời tuyển thêm khoảng 60 lao động cho ca đêm.

THANH LAM

Từ khóa: gạch ốp lát, Điện Bàn, Khu công nghiệp Điện Nam - Điện Ngọc
"""

M10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
M10s = per("10 tháng", "2024-01-01", "2024-10-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
DB = "Điện Bàn"

FIGS = [
    fig("gần 700 công nhân", "700", 700, "count", "công nhân", approx="nearly",
        subject="công nhân nhà máy bảo đảm việc làm", location=DB),
    fig("sản xuất 7,3 triệu", "7,3", 7.3e6, "measure", "m2", change=chg("increase", 15, "%", "cùng kỳ"),
        subject="gạch nhà máy sản xuất", period=M10, location=DB),
    fig("xuất khẩu 2,1 triệu", "2,1", 2.1e6, "measure", "m2", total=7.3e6,
        subject="xuất khẩu sang Nhật Bản, Úc và Trung Đông", period=M10, location=DB),
    fig("ước đạt 640 tỷ", "640", 640e9, "money", "đồng", status="estimate", subject="doanh thu",
        period=M10s, location=DB),
    fig("ngân sách 28 tỷ", "28", 28e9, "money", "đồng", status="estimate",
        change=chg("increase", 3e9, "đồng", "kế hoạch"), subject="nộp ngân sách", period=M10s, location=DB),
    fig("có 2 dây chuyền", "2", 2, "count", "dây chuyền", subject="dây chuyền nhà máy", location=DB),
    fig("công suất 9 triệu", "9", 9e6, "measure", "m2/năm", subject="công suất nhà máy", location=DB),
    fig("đạt 96,5%", "96,5", 96.5, "percent", "%",
        change=chg("increase", 1.8, "điểm phần trăm", "năm 2023"), subject="tỷ lệ gạch loại A", location=DB),
    fig("khoảng 70 container", "70", 70, "measure", "container/tháng", approx="about",
        subject="container nhà máy xuất mỗi tháng", location=DB),
    fig("gần 90 container", "90", 90, "measure", "container/tháng", approx="nearly",
        subject="container xuất tháng cao điểm", location=DB),
    fig("có 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất gạch ốp lát"),
    fig("công suất 21 triệu", "21", 21e6, "measure", "m2/năm", subject="tổng công suất các doanh nghiệp sản xuất gạch ốp lát"),
    fig("đạt 15,6 triệu", "15,6", 15.6e6, "measure", "m2", percent=3.1,
        subject="sản lượng gạch ốp lát toàn tỉnh", period=M10),
    fig("đạt 38 triệu", "38", 38e6, "money", "USD", subject="giá trị xuất khẩu", period=M10),
    fig("xếp thứ 5", "5", 5, "rank", "hạng",
        subject="giá trị xuất khẩu gạch ốp lát trong các mặt hàng xuất khẩu chủ lực của tỉnh", period=M10),
    fig("sản lượng 9,5 triệu", "9,5", 9.5e6, "measure", "m2", status="target",
        subject="sản lượng nhà máy Trường Phát", period=Y25, location=DB),
    fig("ít nhất 35%", "35", 35, "percent", "%", approx="at_least", status="target", subject="xuất khẩu",
        period=Y25, location=DB),
    fig("khoảng 60 lao động", "60", 60, "count", "lao động", approx="about", status="target",
        subject="lao động tuyển thêm cho ca đêm", period=Y25, location=DB),
]

NOTES = [
    "Provincial newspaper (Báo Quảng Nam): 'Kinh tế | Thứ Hai, 11/11/2024 | 07:15', sapo, '(QNO) -', quote, byline THANH LAM, tags.",
    "Distractors: 07:15, 'Điện Nam - Điện Ngọc', 'máy in phun kỹ thuật số thứ ba' (an ordinal, not a rank), 'Từ tháng 9', 'năm 2023' as baseline.",
    "Factory passage (thị xã Điện Bàn): location Điện Bàn; the Sở Công Thương paragraph is province-wide: Quảng Nam (default).",
    "'trong đó xuất khẩu 2,1 triệu m2' after ';' is a part of 7,3 triệu m2. 'ước đạt' governs the continuing clause 'nộp ngân sách 28 tỷ': estimate.",
    "'vượt 3 tỷ đồng so với kế hoạch' is a change with baseline kế hoạch (spec: gap to a plan). '10 tháng' year-less → 2024.",
    "'Tỷ lệ ... hiện đạt 96,5%, cao hơn 1,8 điểm phần trăm': a level with a change in percentage points; no period ('hiện').",
    "Two capacities (the factory's 9 triệu, the province's 21 triệu m2/năm): each subject names its owner (revised after the first run).",
    "Quote 'Mỗi tháng ... khoảng 70 container ... gần 90 container': rates container/tháng.",
    "'chiếm khoảng 3,1% sản lượng cả nước' is the percent attribute of 15,6 triệu m2 (location stays Quảng Nam).",
    "'Năm 2025 ... đặt mục tiêu' governs the whole sentence: 9,5 triệu, 'trong đó xuất khẩu ít nhất 35%' (a percent figure), 60 lao động.",
]

if __name__ == "__main__":
    write("p1554-5", TEXT, NOTES, FIGS, published="2024-11-11", location="Quảng Nam")
