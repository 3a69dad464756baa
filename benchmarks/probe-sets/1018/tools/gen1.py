"""p1018-1: province portal (Lâm Đồng) - HĐND đặt tên 68 tuyến đường ở Đà Lạt, Bảo Lộc; biển tên đường, biển số nhà."""
from lib import F, P, I, CH, TG, write

TEXT = """
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Lâm Đồng đặt tên mới 68 tuyến đường tại Đà Lạt và Bảo Lộc

Cập nhật: 12/07/2024 09:45 | Lượt xem: 2.317

Tại Kỳ họp thứ 19, HĐND tỉnh Lâm Đồng khóa X đã thông qua Nghị quyết số 285/NQ-HĐND về đặt tên, điều chỉnh độ dài đường trên địa bàn hai thành phố. Theo đó, có 68 tuyến đường được đặt tên, trong đó thành phố Đà Lạt 41 tuyến, thành phố Bảo Lộc 27 tuyến; 9 tuyến được điều chỉnh điểm đầu, điểm cuối. Tổng chiều dài các tuyến được đặt tên khoảng 52,6 km; tuyến dài nhất 3,2 km, tuyến ngắn nhất chỉ khoảng 180 m.

Tại Đà Lạt, các tuyến mới tập trung ở Phường 7 (11 tuyến), Phường 8 (9 tuyến) và Phường 11 (6 tuyến), chủ yếu là đường nhánh nối với đường 3 Tháng 4 và Quốc lộ 20.

Tính đến 30/6/2024, toàn tỉnh có 1.254 tuyến đường, phố đã được đặt tên, đạt 78,4% tổng số tuyến đủ điều kiện. 6 tháng đầu năm 2024, các địa phương đã gắn 1.120 biển tên đường và 9.645 biển số nhà, tăng 12,3% so với cùng kỳ năm 2023. Kinh phí thực hiện ước đạt 4,7 tỷ đồng, trong đó ngân sách tỉnh 2,9 tỷ đồng, còn lại từ ngân sách cấp huyện và xã hội hóa.

Mức chi cho mỗi biển tên đường từ 1,8 đến 2,5 triệu đồng/biển; biển số nhà khoảng 45.000 đồng/biển, do hộ gia đình tự chi trả.

Theo Sở Văn hóa, Thể thao và Du lịch, năm 2025 tỉnh phấn đấu đặt tên thêm 120 tuyến đường, nâng tỷ lệ đường đủ điều kiện đã có tên lên trên 85%. Đây là lần thứ 3 tỉnh ban hành kế hoạch đặt tên đường theo Nghị định số 91/2005/NĐ-CP.

Tin, ảnh: Minh Đức
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("địa bàn hai thành phố", "hai", 2, "count", "thành phố", "thành phố có đường được đặt tên", optional=True),
    F("đặt tên mới 68 tuyến đường", "68", 68, "count", "tuyến đường",
      "tuyến đường được đặt tên mới tại Đà Lạt và Bảo Lộc"),
    F("có 68 tuyến đường được đặt tên", "68", 68, "count", "tuyến đường", "tuyến đường được đặt tên"),
    F("Đà Lạt 41 tuyến", "41", 41, "count", "tuyến", "tuyến đường được đặt tên", total=68, location="Đà Lạt"),
    F("Bảo Lộc 27 tuyến", "27", 27, "count", "tuyến", "tuyến đường được đặt tên", total=68, location="Bảo Lộc"),
    F("; 9 tuyến được điều chỉnh", "9", 9, "count", "tuyến",
      "tuyến được điều chỉnh điểm đầu, điểm cuối"),
    F("Phường 7 (11 tuyến)", "11", 11, "count", "tuyến", "tuyến đường mới được đặt tên", location="Đà Lạt"),
    F("Phường 8 (9 tuyến)", "9", 9, "count", "tuyến", "tuyến đường mới được đặt tên", location="Đà Lạt"),
    F("Phường 11 (6 tuyến)", "6", 6, "count", "tuyến", "tuyến đường mới được đặt tên", location="Đà Lạt"),
    F("khoảng 52,6 km", "52,6", 52.6, "measure", "km", "tổng chiều dài các tuyến được đặt tên", approx="about"),
    F("dài nhất 3,2 km", "3,2", 3.2, "measure", "km", "chiều dài tuyến dài nhất"),
    F("khoảng 180 m", "180", 180, "measure", "m", "chiều dài tuyến ngắn nhất", approx="about"),
    F("có 1.254 tuyến đường", "1.254", 1254, "count", "tuyến đường", "tuyến đường, phố đã được đặt tên",
      percent=78.4, period=P("Tính đến 30/6/2024", None, "2024-06-30")),
    F("gắn 1.120 biển tên đường", "1.120", 1120, "count", "biển tên đường", "biển tên đường đã gắn",
      period=H1),
    F("9.645 biển số nhà", "9.645", 9645, "count", "biển số nhà", "biển số nhà đã gắn",
      change=CH("increase", 12.3, baseline="cùng kỳ năm 2023"), period=H1),
    F("ước đạt 4,7 tỷ đồng", "4,7", 4.7e9, "money", "đồng", "kinh phí thực hiện",
      status="estimate", period=I(H1)),
    F("tỉnh 2,9 tỷ đồng", "2,9", 2.9e9, "money", "đồng", "kinh phí từ ngân sách tỉnh",
      total=4.7e9, status="estimate", period=I(H1)),
    F("từ 1,8 đến 2,5 triệu", "1,8", 1.8e6, "money", "đồng/biển", "mức chi cho mỗi biển tên đường",
      value_max=2.5e6),
    F("khoảng 45.000 đồng/biển", "45.000", 45000, "money", "đồng/biển", "mức chi biển số nhà",
      approx="about"),
    F("thêm 120 tuyến đường", "120", 120, "count", "tuyến đường", "tuyến đường đặt tên thêm",
      status="target", period=Y25),
    F("lên trên 85%", "85", 85, "percent", "%", "tỷ lệ đường đủ điều kiện đã có tên",
      approx="over", status="target", period=Y25),
]

NOTES = [
    "Cổng TTĐT tỉnh Lâm Đồng: HĐND tỉnh đặt tên 68 tuyến đường ở Đà Lạt (41) và Bảo Lộc (27); biển tên đường, biển số nhà 6 tháng đầu năm 2024.",
    "Not figures: Lượt xem 2.317, Kỳ họp thứ 19, khóa X, Nghị quyết số 285/NQ-HĐND, Phường 7/8/11 (ward names), đường 3 Tháng 4,",
    "Quốc lộ 20, lần thứ 3, Nghị định số 91/2005/NĐ-CP. The ward list (11+9+6 = 26, not 41) follows no whole: no total; wards lie in Đà Lạt.",
    "revised after the first run: 'trên địa bàn hai thành phố' (a count of the places the article is about) added as optional,",
    "following the shared gold's treatment of structural counts ('cả 03 khối', '2 giai đoạn').",
    "The 2,9 tỷ continues the 'ước đạt' clause (trong đó): estimate, total 4,7 tỷ. The headline 68 has no period (no phrase).",
]

write(1, TEXT, FIGS, NOTES, published="2024-07-12", location="Lâm Đồng")
