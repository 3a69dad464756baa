"""p617-8: Hải Phòng library digitisation, 9 months 2023 (city portal)."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HẢI PHÒNG
Văn hóa - Xã hội

Số hóa hơn 185.000 trang tài liệu trong 9 tháng năm 2023

Đăng ngày: 16/10/2023 - 09:12

9 tháng năm 2023, Thư viện Khoa học tổng hợp Hải Phòng (số 5 Lý Tự Trọng, quận Hồng Bàng) đã số hóa 185.420 trang tài liệu, đạt 92,7% kế hoạch năm, tăng 38,4% so với cùng kỳ năm 2022. Trong đó, tài liệu địa chí 76.300 trang, báo và tạp chí cũ 109.120 trang.

Tính đến ngày 30/9/2023, cơ sở dữ liệu số của Thư viện có 1.024.600 trang tài liệu với dung lượng khoảng 1.234,5 GB, gồm 12.680 biểu ghi thư mục và 3.215 tên sách toàn văn. Thư viện hiện có 8 máy quét chuyên dụng, trong đó 2 máy quét sách tự động công suất 2.500 trang/giờ.

Số lượt truy cập thư viện số trong quý III/2023 đạt 64.800 lượt, gấp 2,3 lần so với quý III/2022; số bạn đọc đăng ký tài khoản thư viện số đạt 15.300 người, chiếm khoảng 48% tổng số bạn đọc có thẻ.

Tổng kinh phí thực hiện số hóa năm 2023 là 4,85 tỷ đồng, trong đó ngân sách thành phố cấp 3,6 tỷ đồng, còn lại từ nguồn xã hội hóa; chi phí bình quân khoảng 24.000 đồng/trang.

Theo kế hoạch, quý IV/2023 Thư viện sẽ số hóa thêm 14.600 trang; phấn đấu đến năm 2025 có từ 65 đến 70% tài liệu quý hiếm được số hóa, phục vụ bạn đọc trực tuyến. Đây là một trong 12 nhiệm vụ trọng tâm của Đề án chuyển đổi số ngành văn hóa thành phố.

Hotline: 0225.3823.412
"""

M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
ASOF = P("Tính đến ngày 30/9/2023", end="2023-09-30")
Q3 = P("quý III/2023", "2023-07-01", "2023-09-30")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Q4 = P("quý IV/2023", "2023-10-01", "2023-12-31")
T25 = P("đến năm 2025", end="2025-12-31")

FIGS = [
    F("hơn 185.000 trang", "185.000", 185000, "count", "trang", "trang tài liệu số hóa", M9, approx="over"),
    F("số hóa 185.420 trang", "185.420", 185420, "count", "trang", "trang tài liệu Thư viện đã số hóa", M9,
      percent=92.7, change=CH("increase", 38.4, baseline="cùng kỳ năm 2022")),
    F("địa chí 76.300 trang", "76.300", 76300, "count", "trang", "tài liệu địa chí số hóa", I(M9), total=185420),
    F("cũ 109.120 trang", "109.120", 109120, "count", "trang", "báo và tạp chí cũ số hóa", I(M9), total=185420),
    F("có 1.024.600 trang", "1.024.600", 1024600, "count", "trang", "trang tài liệu trong cơ sở dữ liệu số", ASOF),
    F("khoảng 1.234,5 GB", "1.234,5", 1234.5, "measure", "GB", "dung lượng cơ sở dữ liệu số", ASOF, approx="about"),
    F("gồm 12.680 biểu ghi", "12.680", 12680, "count", "biểu ghi", "biểu ghi thư mục", ASOF),
    F("và 3.215 tên sách", "3.215", 3215, "count", "tên sách", "tên sách toàn văn", ASOF),
    F("có 8 máy quét", "8", 8, "count", "máy quét", "máy quét chuyên dụng"),
    F("trong đó 2 máy", "2", 2, "count", "máy quét", "máy quét sách tự động", total=8),
    F("công suất 2.500 trang/giờ", "2.500", 2500, "measure", "trang/giờ", "công suất máy quét sách tự động"),
    F("đạt 64.800 lượt", "64.800", 64800, "count", "lượt truy cập", "lượt truy cập thư viện số", Q3,
      change=CH("increase", 2.3, unit="lần", baseline="quý III/2022")),
    F("đạt 15.300 người", "15.300", 15300, "count", "người", "bạn đọc đăng ký tài khoản thư viện số", Q3,
      percent=48),
    F("là 4,85 tỷ đồng", "4,85", 4850000000, "money", "đồng", "tổng kinh phí thực hiện số hóa", Y23),
    F("cấp 3,6 tỷ đồng", "3,6", 3600000000, "money", "đồng", "kinh phí số hóa do ngân sách thành phố cấp", Y23,
      total=4850000000),
    F("khoảng 24.000 đồng/trang", "24.000", 24000, "money", "đồng/trang", "chi phí số hóa bình quân", Y23,
      approx="about"),
    F("thêm 14.600 trang", "14.600", 14600, "count", "trang", "trang tài liệu số hóa thêm", Q4, status="target"),
    F("từ 65 đến 70%", "65", 65, "percent", "%", "tỷ lệ tài liệu quý hiếm được số hóa", T25, value_max=70,
      status="target"),
    F("trong 12 nhiệm vụ", "12", 12, "count", "nhiệm vụ", "nhiệm vụ trọng tâm của Đề án chuyển đổi số ngành văn hóa",
      optional=True),
]

COMMENTS = [
    "Cổng TTĐT thành phố Hải Phòng: library digitisation 9 months 2023; 'Đăng ngày: 16/10/2023 - 09:12'. Location Hải Phòng.",
    "Headline 'hơn 185.000 trang' states its own period. 185.420 carries 'đạt 92,7% kế hoạch năm' (percent) and 'tăng 38,4%' (change).",
    "'Trong đó' after a sentence break: 76.300 + 109.120 = 185.420 → total. 'gồm 12.680 biểu ghi … 3.215 tên sách' follow a stock in",
    "trang/GB, so they count other things: no total. '1.234,5 GB' Vietnamese decimal. 2 máy is a 'trong đó' part of 8 máy.",
    "'gấp 2,3 lần so với quý III/2022' after 64.800 lượt is its change (2,3 lần). 'chiếm khoảng 48%' → percent 48 of 15.300",
    "(the attribute takes no approx). The quý III sentence continues after ';' so 15.300 takes its period.",
    "'Theo kế hoạch' → target (14.600); 'phấn đấu đến năm 2025' → target range 65-70%. 'một trong 12 nhiệm vụ' optional.",
    "Distractors: 'số 5 Lý Tự Trọng', 'quận Hồng Bàng', 'Hotline: 0225.3823.412', dateline, 'quý IV/2023' as heading of a plan.",
]

if __name__ == "__main__":
    emit("p617-8", TEXT, COMMENTS, FIGS, published="2023-10-16", location="Hải Phòng")
