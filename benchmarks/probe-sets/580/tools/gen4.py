"""p580-4: ministry site (Bộ Công Thương), national textile & garment exports 2024, markets, firms, workers, 2025 target."""
from lib import F, P, I, CH, emit

TEXT = """BỘ CÔNG THƯƠNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Xuất nhập khẩu
Ngày đăng: 06/01/2025 | Lượt xem: 2.156

Năm 2024, xuất khẩu dệt may ước đạt 44 tỷ USD

Theo Hiệp hội Dệt may Việt Nam (VITAS), năm 2024, kim ngạch xuất khẩu dệt may cả nước ước đạt 44 tỷ USD, tăng 11,26% so với năm 2023; xuất siêu ước đạt 20,8 tỷ USD. Trong đó, hàng may mặc đạt khoảng 33,5 tỷ USD, xơ sợi đạt 4,4 tỷ USD, vải và phụ liệu đạt 6,1 tỷ USD. Việt Nam tiếp tục đứng thứ 3 thế giới về xuất khẩu dệt may, sau Trung Quốc và Bangladesh.

Về thị trường, Hoa Kỳ dẫn đầu với 16,1 tỷ USD, chiếm 36,6% tổng kim ngạch; Nhật Bản, EU và Hàn Quốc lần lượt đạt 4,5 tỷ USD, 4,3 tỷ USD và 3,3 tỷ USD. Xuất khẩu sang Trung Quốc đạt 1,9 tỷ USD, giảm 2,1%.

Ngành dệt may hiện có khoảng 7.000 doanh nghiệp, thu hút gần 2,7 triệu lao động; trong đó hơn 70% là lao động nữ. Thu nhập bình quân của người lao động năm 2024 ước đạt 8,2 triệu đồng/tháng, tăng 6,5% so với năm trước. Thưởng Tết Nguyên đán Ất Tỵ bình quân khoảng 1,1 tháng lương.

Năm 2025, ngành đặt mục tiêu kim ngạch xuất khẩu từ 47 đến 48 tỷ USD. Theo khảo sát của VITAS, khoảng 80% doanh nghiệp đã có đơn hàng đến hết quý I/2025. Việc thực hiện Chiến lược phát triển ngành Dệt may và Da giày Việt Nam đến năm 2030, tầm nhìn đến năm 2035 (Quyết định số 1643/QĐ-TTg) tiếp tục được đẩy mạnh.

Cổng thông tin điện tử Bộ Công Thương - 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội. Đường dây nóng: 024.2220.2222
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
EXP = "kim ngạch xuất khẩu dệt may"

FIGS = [
    F("dệt may ước đạt 44 tỷ USD", "44", 44e9, "money", "USD", "xuất khẩu dệt may",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="estimate"),
    F("cả nước ước đạt 44 tỷ USD", "44", 44e9, "money", "USD", EXP, Y24,
      change=CH("increase", 11.26, baseline="năm 2023"), status="estimate"),
    F("ước đạt 20,8 tỷ USD", "20,8", 20.8e9, "money", "USD", "xuất siêu", Y24, status="estimate"),
    F("khoảng 33,5 tỷ USD", "33,5", 33.5e9, "money", "USD", "hàng may mặc", I(Y24),
      approx="about", total=44e9, status="estimate"),
    F("đạt 4,4 tỷ USD", "4,4", 4.4e9, "money", "USD", "xơ sợi", I(Y24), total=44e9, status="estimate"),
    F("đạt 6,1 tỷ USD", "6,1", 6.1e9, "money", "USD", "vải và phụ liệu", I(Y24), total=44e9, status="estimate"),
    F("đứng thứ 3 thế giới", "3", 3, "rank", "hạng", "xuất khẩu dệt may thế giới", I(Y24)),
    F("với 16,1 tỷ USD", "16,1", 16.1e9, "money", "USD", EXP + " sang Hoa Kỳ", I(Y24), percent=36.6),
    F("lần lượt đạt 4,5 tỷ USD", "4,5", 4.5e9, "money", "USD", EXP + " sang Nhật Bản", I(Y24)),
    F("4,3 tỷ USD và", "4,3", 4.3e9, "money", "USD", EXP + " sang EU", I(Y24)),
    F("và 3,3 tỷ USD", "3,3", 3.3e9, "money", "USD", EXP + " sang Hàn Quốc", I(Y24)),
    F("đạt 1,9 tỷ USD", "1,9", 1.9e9, "money", "USD", "xuất khẩu sang Trung Quốc", I(Y24),
      change=CH("decrease", 2.1)),
    F("khoảng 7.000 doanh nghiệp", "7.000", 7000, "count", "doanh nghiệp", "doanh nghiệp ngành dệt may", approx="about"),
    F("gần 2,7 triệu lao động", "2,7", 2.7e6, "count", "lao động", "lao động ngành dệt may", approx="nearly"),
    F("hơn 70% là lao động nữ", "70", 70, "percent", "%", "lao động nữ", approx="over"),
    F("ước đạt 8,2 triệu đồng/tháng", "8,2", 8.2e6, "money", "đồng/tháng", "thu nhập bình quân của người lao động",
      Y24, change=CH("increase", 6.5, baseline="năm trước"), status="estimate"),
    F("khoảng 1,1 tháng lương", "1,1", 1.1, "measure", "tháng lương", "thưởng Tết Nguyên đán Ất Tỵ bình quân",
      approx="about"),
    F("từ 47 đến 48 tỷ USD", "47", 47e9, "money", "USD", EXP, P("Năm 2025", "2025-01-01", "2025-12-31"),
      value_max=48e9, status="target"),
    F("khoảng 80% doanh nghiệp", "80", 80, "percent", "%", "doanh nghiệp đã có đơn hàng đến hết quý I/2025",
      approx="about"),
]

COMMENTS = [
    "Bộ Công Thương portal: xuất khẩu dệt may năm 2024 cả nước (VITAS), parts, rank, markets, firms, workers, 2025 target.",
    "'Ngày đăng: 06/01/2025' is the dateline; 'Lượt xem: 2.156', the strategy title '... đến năm 2030, tầm nhìn đến năm 2035',",
    "'Quyết định số 1643/QĐ-TTg', the address '54 Hai Bà Trưng' and the hotline are not figures. All figures are national",
    "(Việt Nam); markets are trade partners, kept in the subject. 'Trong đó' parts (33,5 + 4,4 + 6,1 = 44) take total 44 tỷ",
    "and continue the lead's 'ước' (estimate, as shared h14/h28). 'đứng thứ 3 thế giới' is a rank. 'hơn 70% là lao động nữ' is",
    "a percent figure (no đạt/chiếm). 'từ 47 đến 48 tỷ USD' target range. The market sentence has no 'ước': actual.",
]

if __name__ == "__main__":
    emit("p580-4", TEXT, COMMENTS, FIGS, published="2025-01-06", location="Việt Nam")
