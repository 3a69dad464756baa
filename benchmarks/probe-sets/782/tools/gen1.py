"""p782-1: Cần Thơ city portal, chợ nổi Cái Răng, 6 months 2024."""
from lib import F, P, I, CH, emit

TEXT = """Cổng Thông tin điện tử thành phố Cần Thơ
Trang chủ > Tin tức - Sự kiện > Văn hóa - Du lịch

Chợ nổi Cái Răng đón hơn 410.000 lượt khách trong 6 tháng đầu năm 2024

Cập nhật: 15/07/2024 10:20
Lượt xem: 3.482

(CTO) - Theo Sở Văn hóa, Thể thao và Du lịch, 6 tháng đầu năm 2024, chợ nổi Cái Răng (quận Cái Răng) đón hơn 410.000 lượt khách tham quan, tăng 18,6% so với cùng kỳ năm 2023, đạt 56,2% kế hoạch năm. Trong đó, khách quốc tế ước đạt 97.500 lượt, chiếm 23,8%; khách nội địa ước khoảng 312.500 lượt. Tổng doanh thu từ hoạt động du lịch gắn với chợ nổi ước đạt 186,4 tỷ đồng, tăng 21,3% so với cùng kỳ.

Hiện có 318 ghe, xuồng của các hộ thương hồ neo đậu buôn bán thường xuyên tại chợ, giảm gần 40 ghe so với năm 2022. Bên cạnh đó, toàn thành phố có 146 phương tiện thủy chở khách được cấp phép phục vụ tham quan chợ nổi, trong đó 38 tàu có sức chở từ 20 đến 50 khách. Giá thuê xuồng tham quan chợ dao động từ 250.000 đến 400.000 đồng/chuyến; giá vé tàu tham quan khoảng 150.000 đồng/khách.

Thực hiện Quyết định số 2519/QĐ-UBND ngày 12/10/2023 của UBND thành phố phê duyệt Đề án bảo tồn và phát triển chợ nổi Cái Răng giai đoạn 2023-2030, quận Cái Răng đã bố trí 12,5 tỷ đồng để nạo vét luồng, lắp đặt 24 phao neo và xây dựng nhà chờ tại bến tàu. Thành phố phấn đấu đến năm 2025, chợ nổi Cái Răng đón 1 triệu lượt khách, trong đó khách quốc tế chiếm từ 25 đến 30%.

Mọi thông tin cần hỗ trợ, du khách liên hệ đường dây nóng du lịch: 0292.3821.470 hoặc Trung tâm Xúc tiến Du lịch, số 2 Hai Bà Trưng, phường Tân An, quận Ninh Kiều.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
CT = "Cần Thơ"

FIGS = [
    F("đón hơn 410.000 lượt khách trong", "410.000", 410000, "count", "lượt khách", approx="over",
      subject="lượt khách đến chợ nổi Cái Răng", period=H1),
    F("đón hơn 410.000 lượt khách tham quan", "410.000", 410000, "count", "lượt khách", approx="over",
      percent=56.2, change=CH("increase", 18.6, baseline="cùng kỳ năm 2023"),
      subject="lượt khách tham quan chợ nổi Cái Răng", period=H1),
    F("ước đạt 97.500 lượt", "97.500", 97500, "count", "lượt", total=410000, percent=23.8, status="estimate",
      subject="khách quốc tế", period=I(H1)),
    F("ước khoảng 312.500 lượt", "312.500", 312500, "count", "lượt", approx="about", total=410000,
      status="estimate", subject="khách nội địa", period=I(H1)),
    F("ước đạt 186,4 tỷ đồng", "186,4", 186.4e9, "money", "đồng", status="estimate",
      change=CH("increase", 21.3, baseline="cùng kỳ"),
      subject="tổng doanh thu từ hoạt động du lịch gắn với chợ nổi", period=I(H1)),
    F("Hiện có 318 ghe", "318", 318, "count", "ghe",
      change=CH("decrease", 40, unit="ghe", approx="nearly", baseline="năm 2022"),
      subject="ghe, xuồng của các hộ thương hồ neo đậu buôn bán thường xuyên tại chợ"),
    F("có 146 phương tiện", "146", 146, "count", "phương tiện",
      subject="phương tiện thủy chở khách được cấp phép phục vụ tham quan chợ nổi", location=CT),
    F("trong đó 38 tàu", "38", 38, "count", "tàu", total=146,
      subject="tàu có sức chở từ 20 đến 50 khách", location=CT),
    F("từ 20 đến 50 khách", "20", 20, "count", "khách", value_max=50, subject="sức chở của tàu",
      location=CT, optional=True),
    F("từ 250.000 đến 400.000 đồng/chuyến", "250.000", 250000, "money", "đồng/chuyến", value_max=400000,
      subject="giá thuê xuồng tham quan chợ"),
    F("khoảng 150.000 đồng/khách", "150.000", 150000, "money", "đồng/khách", approx="about",
      subject="giá vé tàu tham quan"),
    F("bố trí 12,5 tỷ đồng", "12,5", 12.5e9, "money", "đồng",
      subject="kinh phí quận Cái Răng bố trí để nạo vét luồng, lắp đặt phao neo và xây dựng nhà chờ"),
    F("lắp đặt 24 phao neo", "24", 24, "count", "phao neo", subject="phao neo lắp đặt"),
    F("đón 1 triệu lượt khách", "1", 1e6, "count", "lượt khách", status="target",
      subject="lượt khách đến chợ nổi Cái Răng", period=P("đến năm 2025", None, "2025-12-31")),
    F("từ 25 đến 30%", "25", 25, "percent", "%", value_max=30, status="target",
      subject="tỷ trọng khách quốc tế", period=P("đến năm 2025", None, "2025-12-31")),
]

COMMENTS = [
    "Cần Thơ city portal: chợ nổi Cái Răng, visitors, revenue, boats, prices and 2025 target (6 months 2024).",
    "Location: figures about the market take its district (Cái Răng, named in the lead as 'quận Cái Răng');",
    "city-wide counts ('toàn thành phố có 146 phương tiện') take Cần Thơ. The sales capacity 'từ 20 đến 50 khách' is optional.",
    "Distractors: Lượt xem 3.482, Quyết định số 2519/QĐ-UBND ngày 12/10/2023, giai đoạn 2023-2030, phone 0292.3821.470, số 2 Hai Bà Trưng.",
    "International + domestic visitors (97.500 + 312.500) are parts of the 410.000 after 'Trong đó'; 'ước' marks both.",
]

emit("p782-1", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Cái Răng")
