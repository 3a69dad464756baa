"""p858-1: province portal (Thanh Hóa), 7 months of 2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Lao động - Việc làm
Hơn 2.300 phụ nữ nông thôn học nghề làm đẹp trong 7 tháng
Cập nhật: 12/08/2024 09:45 | Lượt xem: 2.716

Theo báo cáo của Sở Lao động - Thương binh và Xã hội, 7 tháng đầu năm 2024, các cơ sở giáo dục nghề nghiệp trên địa bàn tỉnh Thanh Hóa đã mở 86 lớp đào tạo nghề làm đẹp cho lao động nữ nông thôn với 2.315 học viên, đạt 64,3% kế hoạch năm, tăng 18,2% so với cùng kỳ năm trước. Trong đó, nghề chăm sóc móng có 1.042 học viên, cắt tóc - gội đầu dưỡng sinh 768 học viên, chăm sóc da - trang điểm 505 học viên.

Các huyện mở nhiều lớp nhất là Hoằng Hóa (11 lớp), Quảng Xương (9 lớp) và Triệu Sơn (8 lớp). Nhiều lớp được tổ chức ngay tại nhà văn hóa, như lớp chăm sóc móng ở thôn 3, xã Hoằng Đạt hay lớp cắt tóc tại khu phố 7, thị trấn Nưa, sát Quốc lộ 47.

Thực hiện Quyết định số 1879/QĐ-UBND của UBND tỉnh, học viên được hỗ trợ học phí tối đa 3 triệu đồng/người/khóa và hỗ trợ tiền ăn 30.000 đồng/người/ngày thực học. Kinh phí hỗ trợ từ ngân sách nhà nước 7 tháng ước đạt 5,8 tỷ đồng.

Sau học nghề, 1.876 học viên đã có việc làm, chiếm 81% số người học; trong đó 412 người tự mở tiệm tại nhà. Thu nhập bình quân của lao động sau học nghề từ 4,5 đến 7 triệu đồng/người/tháng. Mức thu nhập này gấp khoảng 1,6 lần so với trước khi học nghề.

Năm 2024, tỉnh phấn đấu đào tạo nghề làm đẹp cho 3.600 lao động nữ nông thôn, tỷ lệ lao động có việc làm sau đào tạo đạt trên 80%. Sở đề nghị các huyện ưu tiên phụ nữ thuộc hộ nghèo, hộ cận nghèo và người dân tộc thiểu số.

Minh Hằng
"""

H7 = P("trong 7 tháng", "2024-01-01", "2024-07-31")
M7 = P("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Hơn 2.300 phụ nữ", "2.300", 2300, "count", "phụ nữ", "phụ nữ nông thôn học nghề làm đẹp", H7,
      approx="over"),
    F("mở 86 lớp", "86", 86, "count", "lớp", "lớp đào tạo nghề làm đẹp cho lao động nữ nông thôn", M7),
    F("với 2.315 học viên", "2.315", 2315, "count", "học viên", "học viên học nghề làm đẹp", M7,
      percent=64.3, change=C("increase", 18.2, "%", "cùng kỳ năm trước")),
    F("có 1.042 học viên", "1.042", 1042, "count", "học viên", "học viên nghề chăm sóc móng", I(M7), total=2315),
    F("dưỡng sinh 768 học viên", "768", 768, "count", "học viên", "học viên nghề cắt tóc - gội đầu dưỡng sinh",
      I(M7), total=2315),
    F("trang điểm 505 học viên", "505", 505, "count", "học viên", "học viên nghề chăm sóc da - trang điểm",
      I(M7), total=2315),
    F("Hoằng Hóa (11 lớp)", "11", 11, "count", "lớp", "lớp đào tạo nghề làm đẹp", I(M7), location="Hoằng Hóa"),
    F("Quảng Xương (9 lớp)", "9", 9, "count", "lớp", "lớp đào tạo nghề làm đẹp", I(M7), location="Quảng Xương"),
    F("Triệu Sơn (8 lớp)", "8", 8, "count", "lớp", "lớp đào tạo nghề làm đẹp", I(M7), location="Triệu Sơn"),
    F("tối đa 3 triệu đồng", "3", 3e6, "money", "đồng/người/khóa", "mức hỗ trợ học phí", approx="at_most"),
    F("30.000 đồng/người/ngày", "30.000", 30000, "money", "đồng/người/ngày", "hỗ trợ tiền ăn"),
    F("ước đạt 5,8 tỷ đồng", "5,8", 5.8e9, "money", "đồng", "kinh phí hỗ trợ từ ngân sách nhà nước",
      P("7 tháng", "2024-01-01", "2024-07-31"), status="estimate"),
    F("1.876 học viên", "1.876", 1876, "count", "học viên", "học viên có việc làm sau học nghề", I(M7),
      percent=81),
    F("412 người", "412", 412, "count", "người", "người tự mở tiệm tại nhà", I(M7), total=1876),
    F("từ 4,5 đến 7 triệu", "4,5", 4.5e6, "money", "đồng/người/tháng",
      "thu nhập bình quân của lao động sau học nghề", value_max=7e6),
    F("gấp khoảng 1,6 lần", "1,6", 1.6, "multiple", "lần", "thu nhập sau học nghề so với trước khi học nghề",
      approx="about"),
    F("cho 3.600 lao động", "3.600", 3600, "count", "lao động nữ nông thôn",
      "lao động nữ nông thôn được đào tạo nghề làm đẹp", Y24, status="target"),
    F("đạt trên 80%", "80", 80, "percent", "%", "tỷ lệ lao động có việc làm sau đào tạo", Y24,
      approx="over", status="target"),
]

NOTES = [
    "Cổng TTĐT tỉnh Thanh Hóa: đào tạo nghề làm đẹp cho lao động nữ nông thôn, 7 tháng đầu năm 2024, mục tiêu năm 2024.",
    "Headline 'trong 7 tháng' has no year: nothing dated stands before it, so it takes published (2024).",
    "'7 tháng ước đạt 5,8 tỷ' takes 2024 from '7 tháng đầu năm 2024'. 'Trong đó' parts -> total 2.315; '412 người' after 'trong đó' -> 1.876.",
    "'gấp khoảng 1,6 lần' stands as its own sentence: a multiple. Distractors: Lượt xem, thôn 3, khu phố 7, Quốc lộ 47, QĐ 1879.",
]

write("p858-1", TEXT, FIGS, NOTES, published="2024-08-12", location="Thanh Hóa")
