from lib import F, P, I, CH, T, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Hà Giang: 98,2% số hộ dân được sử dụng điện lưới quốc gia
Cập nhật: 15/08/2024 10:20
Lượt xem: 1.284

(HGP) - Tính đến ngày 30/6/2024, toàn tỉnh có 193/193 xã, phường, thị trấn có điện lưới quốc gia; số hộ được sử dụng điện lưới quốc gia là 212.640 hộ, chiếm 98,2% tổng số hộ, tăng 4.156 hộ so với cuối năm 2023. Trong đó, số hộ sử dụng điện ở khu vực nông thôn là 176.315 hộ.

Hiện toàn tỉnh còn khoảng 3.900 hộ chưa có điện lưới, chủ yếu ở các thôn vùng cao biên giới thuộc các huyện Mèo Vạc (1.125 hộ), Đồng Văn (986 hộ), Xín Mần (742 hộ) và Hoàng Su Phì (518 hộ).

Giai đoạn 2021-2023, tỉnh được đầu tư hơn 1.150 tỷ đồng cho các dự án cấp điện nông thôn từ ngân sách trung ương, vốn vay ODA và vốn của Tổng công ty Điện lực miền Bắc, trong đó ngân sách trung ương chiếm 62%. Các dự án đã xây dựng mới 412 km đường dây trung áp 35 kV, 638 km đường dây hạ áp và 287 trạm biến áp với tổng dung lượng 28.450 kVA, cấp điện cho 14.270 hộ dân tại 684 thôn, bản.

6 tháng đầu năm 2024, điện thương phẩm trên địa bàn tỉnh đạt 412,6 triệu kWh, tăng 9,8% so với cùng kỳ; tỷ lệ tổn thất điện năng là 4,85%, giảm 0,37% so với cùng kỳ. Thời gian mất điện bình quân của một khách hàng (SAIDI) là 756 phút. Điện năng tiêu thụ bình quân đầu người năm 2023 đạt 1.020 kWh/người/năm.

Phấn đấu đến năm 2025, 99,5% số hộ dân toàn tỉnh được sử dụng điện lưới quốc gia, tỷ lệ tổn thất điện năng dưới 4,5%. Để hoàn thành mục tiêu, dự kiến cần khoảng 420 tỷ đồng từ Chương trình cấp điện nông thôn, miền núi và hải đảo theo Quyết định số 1740/QĐ-TTg ngày 13/12/2023 của Thủ tướng Chính phủ, ưu tiên các thôn dọc Quốc lộ 4C.

Sở Công Thương Hà Giang - Số 415 đường Nguyễn Trãi, TP Hà Giang. ĐT: 0219.3866.214
"""

AS_OF = P("Tính đến ngày 30/6/2024", end="2024-06-30")
G2123 = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T2025 = P("đến năm 2025", end="2025-12-31")

FIGS = [
    F("Hà Giang: 98,2%", "98,2", 98.2, "percent", "%", "số hộ dân được sử dụng điện lưới quốc gia", I(AS_OF)),
    F("có 193/193 xã", "193", 193, "count", "xã, phường, thị trấn", "xã, phường, thị trấn có điện lưới quốc gia", AS_OF, total=193),
    F("là 212.640 hộ", "212.640", 212640, "count", "hộ", "số hộ được sử dụng điện lưới quốc gia", AS_OF,
      percent=98.2, change=CH("increase", 4156, "hộ", "cuối năm 2023")),
    F("là 176.315 hộ", "176.315", 176315, "count", "hộ", "số hộ sử dụng điện ở khu vực nông thôn", I(AS_OF), total=212640),
    F("khoảng 3.900 hộ", "3.900", 3900, "count", "hộ", "hộ chưa có điện lưới", approx="about"),
    F("(1.125 hộ)", "1.125", 1125, "count", "hộ", "hộ chưa có điện lưới", location="Mèo Vạc"),
    F("(986 hộ)", "986", 986, "count", "hộ", "hộ chưa có điện lưới", location="Đồng Văn"),
    F("(742 hộ)", "742", 742, "count", "hộ", "hộ chưa có điện lưới", location="Xín Mần"),
    F("(518 hộ)", "518", 518, "count", "hộ", "hộ chưa có điện lưới", location="Hoàng Su Phì"),
    F("hơn 1.150 tỷ đồng", "1.150", 1150e9, "money", "đồng", "vốn đầu tư cho các dự án cấp điện nông thôn", G2123, approx="over"),
    F("chiếm 62%", "62", 62, "percent", "%", "tỷ trọng ngân sách trung ương trong vốn đầu tư cấp điện nông thôn", G2123),
    F("mới 412 km", "412", 412, "measure", "km", "đường dây trung áp xây dựng mới", I(G2123)),
    F("638 km", "638", 638, "measure", "km", "đường dây hạ áp xây dựng mới", I(G2123)),
    F("287 trạm", "287", 287, "count", "trạm biến áp", "trạm biến áp xây dựng mới", I(G2123)),
    F("28.450 kVA", "28.450", 28450, "measure", "kVA", "tổng dung lượng trạm biến áp", I(G2123)),
    F("14.270 hộ", "14.270", 14270, "count", "hộ", "hộ dân được cấp điện", I(G2123)),
    F("684 thôn", "684", 684, "count", "thôn, bản", "thôn, bản được cấp điện", I(G2123)),
    F("đạt 412,6 triệu kWh", "412,6", 412.6e6, "measure", "kWh", "điện thương phẩm trên địa bàn tỉnh", H1,
      change=CH("increase", 9.8, "%", "cùng kỳ")),
    F("là 4,85%", "4,85", 4.85, "percent", "%", "tỷ lệ tổn thất điện năng", H1,
      change=CH("decrease", 0.37, "%", "cùng kỳ")),
    F("là 756 phút", "756", 756, "measure", "phút", "thời gian mất điện bình quân của một khách hàng (SAIDI)", I(H1)),
    F("đạt 1.020 kWh/người/năm", "1.020", 1020, "measure", "kWh/người/năm", "điện năng tiêu thụ bình quân đầu người",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("2025, 99,5%", "99,5", 99.5, "percent", "%", "số hộ dân toàn tỉnh được sử dụng điện lưới quốc gia", T2025, status="target"),
    F("dưới 4,5%", "4,5", 4.5, "percent", "%", "tỷ lệ tổn thất điện năng", T2025, approx="under", status="target"),
    F("khoảng 420 tỷ đồng", "420", 420e9, "money", "đồng", "vốn cần để hoàn thành mục tiêu cấp điện", approx="about",
      status="forecast"),
]

emit("p511-1", TEXT, [
    "Cổng TTĐT tỉnh Hà Giang (breadcrumb, Cập nhật, Lượt xem): rural electrification, households with grid power, investment 2021-2023, H1/2024 sales and losses, 2025 targets.",
    "Distractors: Lượt xem 1.284, (HGP), 35 kV (voltage class), Quyết định số 1740/QĐ-TTg ngày 13/12/2023, Quốc lộ 4C, Số 415, phone 0219.3866.214.",
    "District items in brackets after 'chủ yếu ở' do not add up to 3.900 -> no total; 62% is a share of an unnamed-amount part -> own percent figure.",
], FIGS, published="2024-08-15", location="Hà Giang")
