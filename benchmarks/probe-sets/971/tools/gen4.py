"""p971-4: ministry site (Bộ VHTTDL), national mass sports 2023."""
from lib import F, P, I, C, T, write

text = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ > Tin tức > Thể dục thể thao cho mọi người
Năm 2023: Cả nước có hơn 37% dân số tập luyện thể dục thể thao thường xuyên
Ngày đăng: 05/01/2024 10:20 | In bài | Gửi email

(BVHTTDL) - Theo báo cáo tổng kết của Cục Thể dục thể thao, năm 2023 tỷ lệ người tập luyện thể dục thể thao thường xuyên trên toàn quốc ước đạt 37,2%, tăng 0,8 điểm phần trăm so với năm 2022; số gia đình thể thao đạt 26,1% tổng số hộ gia đình.

Cả nước hiện có khoảng 67.500 câu lạc bộ thể dục thể thao cơ sở, gấp gần 1,3 lần so với năm 2018. Các địa phương có tỷ lệ người tập luyện thường xuyên cao nhất lần lượt là Hà Nội (43,5%), Thành phố Hồ Chí Minh (42,8%), Đà Nẵng (41,9%) và Bắc Ninh (40,2%); trong khi đó, 9 tỉnh miền núi phía Bắc vẫn dưới 25%.

Theo số liệu tổng hợp từ 63 tỉnh, thành phố, cả nước có trên 14.200 sân tennis, gần 21.000 sân bóng đá mini cỏ nhân tạo và 2.860 nhà tập luyện thể thao; 8.936/10.598 xã, phường, thị trấn có công trình thể thao, đạt 84,3%.

Năm 2023, ngân sách trung ương bố trí 185 tỷ đồng hỗ trợ xây dựng thiết chế thể thao ở 12 tỉnh khó khăn, trong đó 4 tỉnh Tây Nguyên được hỗ trợ 62 tỷ đồng. Ngày chạy Olympic vì sức khỏe toàn dân thu hút hơn 1,5 triệu người tham gia.

Theo Chiến lược phát triển thể dục, thể thao Việt Nam đến năm 2030, tầm nhìn đến năm 2045 (Quyết định số 1360/QĐ-TTg), đến năm 2025 tỷ lệ người tập luyện thường xuyên đạt 37-38%, đến năm 2030 đạt 45%. Cục Thể dục thể thao dự kiến số câu lạc bộ thể thao cơ sở sẽ tăng thêm khoảng 10.000 câu lạc bộ trong giai đoạn 2024-2025.

Cơ quan chủ quản: Bộ Văn hóa, Thể thao và Du lịch. Địa chỉ: 51 Ngô Quyền, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3943.8231
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
RATE = "tỷ lệ người tập luyện thể dục thể thao thường xuyên"
figs = [
    F("hơn 37% dân số", "37", 37, "percent", "%", "dân số tập luyện thể dục thể thao thường xuyên",
      P("Năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("ước đạt 37,2%", "37,2", 37.2, "percent", "%", RATE, Y23,
      change=C("increase", 0.8, "điểm phần trăm", "năm 2022"), status="estimate"),
    F("đạt 26,1%", "26,1", 26.1, "percent", "%", "gia đình thể thao trong tổng số hộ gia đình", Y23),
    F("khoảng 67.500 câu lạc bộ", "67.500", 67500, "count", "câu lạc bộ", "câu lạc bộ thể dục thể thao cơ sở",
      approx="about", change=C("increase", 1.3, "lần", "năm 2018", approx="nearly")),
    F("Hà Nội (43,5%)", "43,5", 43.5, "percent", "%", RATE, I(Y23), location="Hà Nội"),
    F("Thành phố Hồ Chí Minh (42,8%)", "42,8", 42.8, "percent", "%", RATE, I(Y23), location="Thành phố Hồ Chí Minh"),
    F("Đà Nẵng (41,9%)", "41,9", 41.9, "percent", "%", RATE, I(Y23), location="Đà Nẵng"),
    F("Bắc Ninh (40,2%)", "40,2", 40.2, "percent", "%", RATE, I(Y23), location="Bắc Ninh"),
    F("9 tỉnh miền núi", "9", 9, "count", "tỉnh", "tỉnh miền núi phía Bắc có tỷ lệ người tập luyện thường xuyên dưới 25%",
      I(Y23)),
    F("vẫn dưới 25%", "25", 25, "percent", "%", RATE, I(Y23), approx="under", optional=True),
    F("từ 63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố gửi số liệu tổng hợp", optional=True),
    F("trên 14.200 sân", "14.200", 14200, "count", "sân", "sân tennis", approx="over"),
    F("gần 21.000 sân", "21.000", 21000, "count", "sân", "sân bóng đá mini cỏ nhân tạo", approx="nearly"),
    F("2.860 nhà", "2.860", 2860, "count", "nhà", "nhà tập luyện thể thao"),
    F("8.936/10.598", "8.936", 8936, "count", "xã, phường, thị trấn", "xã, phường, thị trấn có công trình thể thao",
      total=10598, percent=84.3),
    F("bố trí 185 tỷ đồng", "185", 185e9, "money", "đồng",
      "ngân sách trung ương hỗ trợ xây dựng thiết chế thể thao", P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("ở 12 tỉnh", "12", 12, "count", "tỉnh", "tỉnh khó khăn được hỗ trợ xây dựng thiết chế thể thao",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("4 tỉnh Tây Nguyên", "4", 4, "count", "tỉnh", "tỉnh Tây Nguyên được hỗ trợ", P("Năm 2023", "2023-01-01", "2023-12-31"),
      total=12),
    F("hỗ trợ 62 tỷ đồng", "62", 62e9, "money", "đồng", "ngân sách hỗ trợ 4 tỉnh Tây Nguyên",
      P("Năm 2023", "2023-01-01", "2023-12-31"), total=185e9),
    F("hơn 1,5 triệu người", "1,5", 1.5e6, "count", "người", "người tham gia Ngày chạy Olympic vì sức khỏe toàn dân",
      I(Y23), approx="over"),
    F("đạt 37-38%", "37", 37, "percent", "%", "tỷ lệ người tập luyện thường xuyên",
      P("đến năm 2025", None, "2025-12-31"), value_max=38, status="target"),
    F("đạt 45%", "45", 45, "percent", "%", "tỷ lệ người tập luyện thường xuyên",
      P("đến năm 2030", None, "2030-12-31"), status="target"),
    F("khoảng 10.000 câu lạc bộ", "10.000", 10000, "count", "câu lạc bộ", "câu lạc bộ thể thao cơ sở tăng thêm",
      P("giai đoạn 2024-2025", "2024-01-01", "2025-12-31"), approx="about", status="forecast"),
]

write(4, text, figs, published="2024-01-05", location="Việt Nam", notes=[
    "Ministry site (Bộ VHTTDL): national mass-sports results 2023, provincial list, facilities, budget support, strategy targets.",
    "26,1% after ';' has its own verb 'đạt' (no 'ước'), so actual.",
    "Provinces in the 'lần lượt' list are locations of their items; counts of provinces are national (Việt Nam).",
    "'gấp gần 1,3 lần so với năm 2018' after a count is its change (unit lần, approx nearly).",
    "'dưới 25%' (a threshold describing the 9 provinces) and 'từ 63 tỉnh, thành phố' (reporting coverage) are optional.",
    "'4 tỉnh' and '62 tỷ đồng' after 'trong đó' are parts of 12 tỉnh and 185 tỷ. Quyết định số 1360/QĐ-TTg, '2045', address, phone are not figures.",
])
