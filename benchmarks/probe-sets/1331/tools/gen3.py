"""p1331-3: ministry site (Bộ Xây dựng): national social housing results 2024, the 120.000 tỷ package, 2025 targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ XÂY DỰNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Nhà ở và thị trường bất động sản

Năm 2024 cả nước hoàn thành hơn 22.000 căn nhà ở xã hội

10/01/2025 | 08:45 | Cục Quản lý nhà và thị trường bất động sản

Theo báo cáo của Bộ Xây dựng, năm 2024 cả nước hoàn thành 23 dự án nhà ở xã hội với quy mô 22.147 căn, mới đạt khoảng 17% chỉ tiêu được giao (130.000 căn); khởi công mới 31 dự án với 22.600 căn. Các địa phương hoàn thành nhiều căn hộ nhất trong năm 2024 là Bắc Ninh (3.870 căn), Bình Dương (3.560 căn), Hải Phòng (2.870 căn) và Đà Nẵng (1.450 căn).

Từ khi triển khai Đề án đến hết năm 2024, cả nước có 655 dự án nhà ở xã hội với quy mô khoảng 570.000 căn; trong đó 103 dự án đã hoàn thành (khoảng 55.000 căn), 136 dự án đã khởi công (khoảng 122.700 căn) và 416 dự án đã được chấp thuận chủ trương đầu tư (khoảng 392.300 căn).

Về gói tín dụng 120.000 tỷ đồng theo Nghị quyết số 33/NQ-CP, đến ngày 31/12/2024, các ngân hàng đã cam kết cho vay 4.870 tỷ đồng đối với 41 dự án, đã giải ngân 2.715 tỷ đồng, bằng 2,3% quy mô gói. Lãi suất cho vay người mua nhà năm 2025 là 6,6%/năm, giảm 0,4 điểm phần trăm so với năm 2024.

Năm 2025, Bộ Xây dựng đặt mục tiêu cả nước hoàn thành ít nhất 100.275 căn nhà ở xã hội; phấn đấu đến năm 2030 hoàn thành khoảng 1.062.200 căn.

Bài viết khác:
- Hướng dẫn thi hành Nghị định số 100/2024/NĐ-CP về nhà ở xã hội
- Bộ trưởng làm việc với các tỉnh miền Trung về nhà ở xã hội

BỘ XÂY DỰNG
Địa chỉ: 37 Lê Đại Hành, quận Hai Bà Trưng, Hà Nội
Điện thoại: 024.3976.0271
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y24L = per("trong năm 2024", "2024-01-01", "2024-12-31")
CUM = per("Từ khi triển khai Đề án đến hết năm 2024", None, "2024-12-31")
ASOF = per("đến ngày 31/12/2024", None, "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
Y25b = per("Năm 2025", "2025-01-01", "2025-12-31")

LIST_SUBJ = "căn hộ nhà ở xã hội hoàn thành"

FIGS = [
    fig("hoàn thành hơn 22.000 căn", "22.000", 22000, "count", "căn", approx="over",
        subject="căn nhà ở xã hội hoàn thành", period=per("Năm 2024", "2024-01-01", "2024-12-31")),
    fig("hoàn thành 23 dự án", "23", 23, "count", "dự án", subject="dự án nhà ở xã hội hoàn thành", period=Y24),
    fig("quy mô 22.147 căn", "22.147", 22147, "count", "căn", percent=17, target=tgt(130000, "căn"),
        subject="quy mô dự án nhà ở xã hội hoàn thành", period=Y24),
    fig("mới 31 dự án", "31", 31, "count", "dự án", subject="dự án nhà ở xã hội khởi công mới", period=Y24),
    fig("với 22.600 căn", "22.600", 22600, "count", "căn", subject="căn hộ các dự án khởi công mới", period=Y24),
    fig("Bắc Ninh (3.870 căn)", "3.870", 3870, "count", "căn", subject=LIST_SUBJ, period=Y24L, location="Bắc Ninh"),
    fig("Bình Dương (3.560 căn)", "3.560", 3560, "count", "căn", subject=LIST_SUBJ, period=Y24L,
        location="Bình Dương"),
    fig("Hải Phòng (2.870 căn)", "2.870", 2870, "count", "căn", subject=LIST_SUBJ, period=Y24L,
        location="Hải Phòng"),
    fig("Đà Nẵng (1.450 căn)", "1.450", 1450, "count", "căn", subject=LIST_SUBJ, period=Y24L, location="Đà Nẵng"),
    fig("có 655 dự án", "655", 655, "count", "dự án", subject="dự án nhà ở xã hội", period=CUM),
    fig("khoảng 570.000 căn", "570.000", 570000, "count", "căn", approx="about",
        subject="quy mô dự án nhà ở xã hội", period=CUM),
    fig("103 dự án", "103", 103, "count", "dự án", total=655, subject="dự án đã hoàn thành", period=CUM),
    fig("khoảng 55.000 căn", "55.000", 55000, "count", "căn", approx="about", total=570000,
        subject="căn hộ các dự án đã hoàn thành", period=CUM),
    fig("136 dự án", "136", 136, "count", "dự án", total=655, subject="dự án đã khởi công", period=CUM),
    fig("khoảng 122.700 căn", "122.700", 122700, "count", "căn", approx="about", total=570000,
        subject="căn hộ các dự án đã khởi công", period=CUM),
    fig("416 dự án", "416", 416, "count", "dự án", total=655,
        subject="dự án đã được chấp thuận chủ trương đầu tư", period=CUM),
    fig("khoảng 392.300 căn", "392.300", 392300, "count", "căn", approx="about", total=570000,
        subject="căn hộ các dự án đã được chấp thuận chủ trương đầu tư", period=CUM),
    fig("gói tín dụng 120.000 tỷ", "120.000", 120000e9, "money", "đồng", subject="gói tín dụng", optional=True),
    fig("cho vay 4.870 tỷ", "4.870", 4870e9, "money", "đồng", subject="số tiền các ngân hàng cam kết cho vay",
        period=ASOF),
    fig("đối với 41 dự án", "41", 41, "count", "dự án", subject="dự án được các ngân hàng cam kết cho vay",
        period=ASOF),
    fig("giải ngân 2.715 tỷ", "2.715", 2715e9, "money", "đồng", percent=2.3,
        subject="số tiền các ngân hàng đã giải ngân", period=ASOF),
    fig("là 6,6%/năm", "6,6", 6.6, "percent", "%",
        change=chg("decrease", 0.4, "điểm phần trăm", "năm 2024"),
        subject="lãi suất cho vay người mua nhà", period=Y25),
    fig("ít nhất 100.275 căn", "100.275", 100275, "count", "căn", approx="at_least", status="target",
        subject="căn nhà ở xã hội hoàn thành", period=Y25b),
    fig("khoảng 1.062.200 căn", "1.062.200", 1062200, "count", "căn", approx="about", status="target",
        subject="căn nhà ở xã hội hoàn thành", period=per("đến năm 2030", None, "2030-12-31")),
]

NOTES = [
    "Ministry site (Bộ Xây dựng): breadcrumb, '10/01/2025 | 08:45 | Cục ...' under the headline, 'Bài viết khác', address footer.",
    "Distractors: 'Nghị quyết số 33/NQ-CP', 'Nghị định số 100/2024/NĐ-CP', '37 Lê Đại Hành', phone 024.3976.0271, time 08:45.",
    "National figures: location Việt Nam; list items Bắc Ninh (3.870 căn) ... are located in their provinces, subject = list indicator.",
    "'22.147 căn, mới đạt khoảng 17% chỉ tiêu được giao (130.000 căn)': percent 17 and target 130000 are attributes of 22.147",
    "(the 'khoảng' belongs to the share, not to the figure, which stays exact).",
    "Parts after 'trong đó' (the dự án counts and the bracketed căn counts) take the whole of the same unit: 655 / 570.000.",
    "'Từ khi triển khai Đề án đến hết năm 2024': start not given in the text -> start null, end 2024-12-31.",
    "'giải ngân 2.715 tỷ đồng, bằng 2,3% quy mô gói' -> percent attribute. '6,6%/năm, giảm 0,4 điểm phần trăm' -> change of the rate level.",
    "'gói tín dụng 120.000 tỷ đồng' names the package -> optional. ",
]

if __name__ == "__main__":
    write("p1331-3", TEXT, NOTES, FIGS, published="2025-01-10", location="Việt Nam")
