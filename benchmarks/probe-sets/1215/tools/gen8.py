"""p1215-8: provincial newspaper online (Báo Vĩnh Long, tag (VLO)): footwear exports 6 months 2025, hiring, two companies."""
from lib import fig, per, inh, chg, tgt, emit

TEXT = """Báo Vĩnh Long Online
Thời sự | Kinh tế | Xã hội | Văn hóa

Ngành giày cần thêm gần 3.000 lao động trong quý III

Cập nhật lúc 14:05, Thứ Ba, 08/07/2025

(VLO) - 6 tháng đầu năm 2025, các doanh nghiệp sản xuất giày dép trên địa bàn tỉnh xuất khẩu ước đạt 286 triệu USD, tăng 12,5% so với cùng kỳ, bằng 48,5% kế hoạch năm. Hiện toàn tỉnh có 7 doanh nghiệp giày dép, sử dụng khoảng 33.400 lao động, chiếm 42% lao động trong các khu công nghiệp.

Theo Trung tâm Dịch vụ việc làm tỉnh, trong quý III, các doanh nghiệp giày cần tuyển gần 3.000 lao động, trong đó khoảng 2.200 công nhân may, gò ráp và 800 lao động kỹ thuật, quản lý chuyền.

Tại Khu công nghiệp Hòa Phú (huyện Long Hồ), Công ty TNHH Giày Phú Hưng có 12.600 công nhân. Năm 2025, công ty dự kiến nâng sản lượng lên 14 triệu đôi, gấp 1,4 lần năm 2022. Lương bình quân của công nhân đạt 7,6 triệu đồng/người/tháng; người lao động làm việc từ 10 năm trở lên được cộng thêm 300.000 đồng/tháng thâm niên.

Ở thị xã Bình Minh, Công ty TNHH Giày Sao Mai đang xây dựng nhà máy thứ hai với tổng vốn đầu tư 45 triệu USD, dự kiến đi vào hoạt động từ quý I/2026, giải quyết việc làm cho khoảng 5.000 lao động.

Các doanh nghiệp cho biết, thị trường Mỹ, EU và Nhật Bản lần lượt chiếm 46%, 27% và 9% kim ngạch xuất khẩu giày dép của tỉnh. Đơn hàng đã ký đến hết tháng 10, song giá gia công giảm từ 3 đến 5% so với năm trước.

NGỌC TRẢI
"""

H1 = per("6 tháng đầu năm 2025", "2025-01-01", "2025-06-30")
Q3 = per("trong quý III", "2025-07-01", "2025-09-30")
Q3H = per("quý III", "2025-07-01", "2025-09-30")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
LH = "Long Hồ"
BM = "Bình Minh"
SHARE = "tỷ trọng kim ngạch xuất khẩu giày dép của tỉnh"
FIGS = [
    fig("gần 3.000 lao động trong", "3.000", 3000, "count", "lao động", approx="nearly",
        subject="lao động ngành giày cần thêm", period=Q3H),
    fig("ước đạt 286 triệu USD", "286", 286e6, "money", "USD", status="estimate", percent=48.5,
        change=chg("increase", 12.5, "%", "cùng kỳ"),
        subject="xuất khẩu của các doanh nghiệp sản xuất giày dép", period=H1),
    fig("có 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp", subject="doanh nghiệp giày dép"),
    fig("khoảng 33.400 lao động", "33.400", 33400, "count", "lao động", approx="about", percent=42,
        subject="lao động các doanh nghiệp giày dép"),
    fig("gần 3.000 lao động,", "3.000", 3000, "count", "lao động", approx="nearly",
        subject="lao động các doanh nghiệp giày cần tuyển", period=Q3),
    fig("khoảng 2.200 công nhân", "2.200", 2200, "count", "công nhân", approx="about", total=3000,
        subject="công nhân may, gò ráp cần tuyển", period=Q3),
    fig("800 lao động", "800", 800, "count", "lao động", total=3000,
        subject="lao động kỹ thuật, quản lý chuyền cần tuyển", period=Q3),
    fig("có 12.600 công nhân", "12.600", 12600, "count", "công nhân",
        subject="công nhân Công ty TNHH Giày Phú Hưng", location=LH),
    fig("lên 14 triệu đôi", "14", 14e6, "count", "đôi", status="forecast",
        change=chg("increase", 1.4, "lần", "năm 2022"),
        subject="sản lượng của công ty", period=Y25, location=LH),
    fig("đạt 7,6 triệu", "7,6", 7.6e6, "money", "đồng/người/tháng",
        subject="lương bình quân của công nhân", location=LH),
    fig("từ 10 năm", "10", 10, "measure", "năm", approx="at_least", optional=True,
        subject="thời gian làm việc", location=LH),
    fig("thêm 300.000", "300.000", 300000, "money", "đồng/tháng",
        subject="phụ cấp thâm niên cộng thêm", location=LH),
    fig("đầu tư 45 triệu USD", "45", 45e6, "money", "USD",
        subject="tổng vốn đầu tư nhà máy thứ hai của Công ty TNHH Giày Sao Mai", location=BM),
    fig("khoảng 5.000 lao động", "5.000", 5000, "count", "lao động", approx="about", status="forecast",
        subject="lao động được giải quyết việc làm tại nhà máy mới", location=BM),
    fig("chiếm 46%", "46", 46, "percent", "%", subject=SHARE + " của thị trường Mỹ", period=inh(H1)),
    fig("46%, 27%", "27", 27, "percent", "%", subject=SHARE + " của thị trường EU", period=inh(H1)),
    fig("và 9%", "9", 9, "percent", "%", subject=SHARE + " của thị trường Nhật Bản", period=inh(H1)),
    fig("từ 3 đến 5%", "3", 3, "percent", "%", value_max=5,
        subject="giá gia công giảm so với năm trước"),
]

NOTES = [
    "Provincial newspaper online (Báo Vĩnh Long): headline figure, 'Cập nhật lúc 14:05, Thứ Ba, 08/07/2025' (published), tag '(VLO) -', byline at the end.",
    "The text says only 'tỉnh', but the paper and its tag imply Vĩnh Long (default location); Long Hồ and Bình Minh for the two companies.",
    "'trong quý III' (no year) → 2025. 3.000 = 2.200 + 800 after 'trong đó' (total). 'chiếm 42%' is the share of 33.400 lao động.",
    "'dự kiến nâng sản lượng lên 14 triệu đôi, gấp 1,4 lần năm 2022' → forecast with change 1,4 lần; 'dự kiến … giải quyết việc làm cho",
    "khoảng 5.000' → forecast (the 2026 start date locates the plant, not the jobs; no period). 'từ 10 năm trở lên' is a threshold (optional).",
    "'lần lượt chiếm 46%, 27% và 9%' → three percent figures; the partner markets go into the subject (not places).",
    "'giảm từ 3 đến 5% so với năm trước' has no base amount: a percent range figure.",
    "Distractors: 14:05, 'nhà máy thứ hai', 'quý I/2026', 'đến hết tháng 10', 'Khu công nghiệp Hòa Phú'.",
]

if __name__ == "__main__":
    emit("p1215-8", TEXT, NOTES, FIGS, published="2025-07-08", location="Vĩnh Long")
