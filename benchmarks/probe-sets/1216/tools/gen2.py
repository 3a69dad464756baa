"""p1216-2: district portal (huyện Bàu Bàng, Bình Dương), paper packaging investment, 5 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BÀU BÀNG
Trang chủ | Tin tức - Sự kiện | Kinh tế - Xã hội

Ngành bao bì giấy tiếp tục thu hút đầu tư

Thứ Tư, 05/06/2024 - 10:05

5 tháng đầu năm 2024, trên địa bàn huyện có thêm 4 dự án sản xuất bao bì giấy, thùng carton được cấp giấy chứng nhận đăng ký đầu tư với tổng vốn đăng ký hơn 38 triệu USD. Tính đến ngày 31/5/2024, toàn huyện có 29 doanh nghiệp hoạt động trong lĩnh vực này, trong đó 17 doanh nghiệp có vốn đầu tư nước ngoài.

Giá trị sản xuất ngành giấy và sản phẩm từ giấy của huyện 5 tháng ước đạt 2.860 tỷ đồng, tăng 14,2% so với cùng kỳ, chiếm khoảng 9% giá trị sản xuất công nghiệp toàn huyện. Giá giấy phế liệu (OCC) thu mua tại địa phương dao động 3.300-3.600 đồng/kg, giảm khoảng 5% so với cuối năm 2023.

Tại KCN Bàu Bàng (xã Lai Uyên), Công ty TNHH Bao bì Tân Phát Lộc vừa đưa dây chuyền sóng 5 lớp thứ hai vào vận hành, nâng công suất lên khoảng 60 triệu thùng/năm. Công ty hiện có 420 công nhân, trong đó hơn 70% là lao động địa phương, thu nhập bình quân từ 8,5 đến 10 triệu đồng/người/tháng. Mỗi tháng, nhà máy tiêu thụ khoảng 3.500 tấn giấy cuộn, trong đó khoảng 65% là giấy tái chế mua trong tỉnh.

Huyện đặt mục tiêu đến năm 2025 thu hút thêm ít nhất 5 dự án sản xuất bao bì, giấy tái chế; đồng thời dự kiến trong quý III sẽ khởi công tuyến ĐT 750 nối KCN Bàu Bàng với Quốc lộ 13.

Thanh Tùng (Phòng Kinh tế huyện)
"""

FIVE = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
FIVE_S = P("5 tháng", "2024-01-01", "2024-05-31")
ASOF = P("Tính đến ngày 31/5/2024", None, "2024-05-31")
TO25 = P("đến năm 2025", None, "2025-12-31")
DN = "doanh nghiệp sản xuất bao bì giấy, thùng carton"

FIGS = [
    F("thêm 4 dự án", "4", 4, "count", "dự án",
      subject="dự án sản xuất bao bì giấy, thùng carton được cấp giấy chứng nhận đăng ký đầu tư", period=FIVE),
    F("hơn 38 triệu USD", "38", 38e6, "money", "USD", approx="over",
      subject="tổng vốn đăng ký dự án sản xuất bao bì giấy, thùng carton", period=FIVE),
    F("có 29 doanh nghiệp", "29", 29, "count", "doanh nghiệp", subject=DN, period=ASOF),
    F("17 doanh nghiệp", "17", 17, "count", "doanh nghiệp", total=29,
      subject="doanh nghiệp sản xuất bao bì giấy có vốn đầu tư nước ngoài", period=ASOF),
    F("ước đạt 2.860 tỷ", "2.860", 2860e9, "money", "đồng", status="estimate", percent=9,
      change=C("increase", 14.2, "%", "cùng kỳ"),
      subject="giá trị sản xuất ngành giấy và sản phẩm từ giấy", period=FIVE_S),
    F("dao động 3.300-3.600", "3.300", 3300, "money", "đồng/kg", value_max=3600,
      change=C("decrease", 5, "%", "cuối năm 2023", approx="about"),
      subject="giá giấy phế liệu (OCC) thu mua tại địa phương"),
    F("sóng 5 lớp", "5", 5, "count", "lớp", optional=True, subject="lớp sóng của dây chuyền"),
    F("khoảng 60 triệu thùng", "60", 60e6, "measure", "thùng/năm", approx="about",
      subject="công suất Công ty TNHH Bao bì Tân Phát Lộc"),
    F("có 420 công nhân", "420", 420, "count", "công nhân",
      subject="công nhân Công ty TNHH Bao bì Tân Phát Lộc"),
    F("hơn 70%", "70", 70, "percent", "%", approx="over",
      subject="tỷ lệ lao động địa phương trong số công nhân"),
    F("từ 8,5 đến 10 triệu", "8,5", 8.5e6, "money", "đồng/người/tháng", value_max=10e6,
      subject="thu nhập bình quân công nhân"),
    F("khoảng 3.500 tấn", "3.500", 3500, "measure", "tấn", approx="about",
      subject="giấy cuộn nhà máy tiêu thụ mỗi tháng"),
    F("khoảng 65%", "65", 65, "percent", "%", approx="about",
      subject="tỷ lệ giấy tái chế mua trong tỉnh trong giấy cuộn tiêu thụ"),
    F("ít nhất 5 dự án", "5", 5, "count", "dự án", approx="at_least", status="target",
      subject="dự án sản xuất bao bì, giấy tái chế thu hút thêm", period=TO25),
]

NOTES = [
    "District portal (huyện Bàu Bàng, Bình Dương): paper packaging investment, 5 months 2024. Dateline 'Thứ Tư, 05/06/2024 - 10:05'.",
    "Distractors: 'dây chuyền ... thứ hai' (ordinal), 'ĐT 750', 'Quốc lộ 13', 'quý III' (time of a groundbreaking), time 10:05, byline.",
    "'sóng 5 lớp' is a product type (5-ply board): optional. 'Mỗi tháng ... 3.500 tấn' keeps unit 'tấn' (frequency in the subject).",
    "The company passage stands in xã Lai Uyên (a commune of Bàu Bàng): location stays Bàu Bàng. Company figures carry no period ('hiện', 'vừa').",
    "The OCC price range carries the change 'giảm khoảng 5% so với cuối năm 2023'; it has no period of its own.",
]

if __name__ == "__main__":
    write("p1216-2", TEXT, NOTES, FIGS, published="2024-06-05", location="Bàu Bàng")
