"""p988-4: Cục Đường thủy nội địa Việt Nam (central agency) — phương tiện chở khách du lịch cả nước năm 2024."""
from lib import F, P, I, C, T, write

TEXT = """CỤC ĐƯỜNG THỦY NỘI ĐỊA VIỆT NAM
Trang chủ > Tin tức > Hoạt động của Cục
Ngày đăng: 14/01/2025 | Lượt xem: 1.208

Năm 2024, phương tiện thủy nội địa chở khách du lịch vận chuyển hơn 14,6 triệu lượt khách

Theo báo cáo tổng kết của Cục Đường thủy nội địa Việt Nam, năm 2024 các phương tiện thủy nội địa chở khách du lịch trên cả nước đã vận chuyển 14,63 triệu lượt khách, tăng 12,4% so với năm 2023. Tính đến ngày 31/12/2024, cả nước có 9.126 phương tiện chở khách du lịch được cấp giấy chứng nhận an toàn kỹ thuật, trong đó 1.043 phương tiện lưu trú du lịch ngủ đêm, chiếm 11,4%.

Các địa phương có nhiều phương tiện du lịch nhất lần lượt là Ninh Bình (4.620 phương tiện), Quảng Ninh (538 phương tiện), Khánh Hòa (471 phương tiện) và Kiên Giang (356 phương tiện). Riêng 4 địa phương này chiếm gần 66% số phương tiện cả nước.

Trong năm, các cơ quan đăng kiểm đã kiểm định 10.284 lượt phương tiện du lịch, có 612 lượt không đạt yêu cầu ở lần kiểm tra đầu tiên, chiếm 5,95%. Toàn quốc xảy ra 3 vụ tai nạn liên quan đến phương tiện chở khách du lịch, giảm 2 vụ so với năm 2023, làm 2 người chết.

Năm 2025, Cục đặt mục tiêu 100% phương tiện chở khách du lịch được đăng kiểm và kiểm tra định kỳ; giảm ít nhất 5% số vụ tai nạn so với năm 2024. Dự kiến trong quý I/2025, Cục sẽ ban hành hướng dẫn thực hiện Thông tư số 48/2024/TT-BGTVT, đồng thời tổ chức tập huấn cho khoảng 1.500 thuyền viên, người lái phương tiện tại 12 tỉnh, thành phố có hoạt động du lịch đường thủy.

Cục Đường thủy nội địa Việt Nam - Số 5 Tôn Thất Thuyết, Cầu Giấy, Hà Nội. Điện thoại: 024.3768.4215
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
ASOF = P("Tính đến ngày 31/12/2024", None, "2024-12-31")
INY = P("Trong năm", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
Q1 = P("quý I/2025", "2025-01-01", "2025-03-31")
LIST = "phương tiện du lịch"

FIGS = [
    F("hơn 14,6 triệu lượt khách", "14,6", 14_600_000, "count", "lượt khách",
      "lượt khách do phương tiện thủy nội địa chở khách du lịch vận chuyển",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="over"),
    F("vận chuyển 14,63 triệu lượt khách", "14,63", 14_630_000, "count", "lượt khách",
      "lượt khách do phương tiện thủy nội địa chở khách du lịch vận chuyển", Y24,
      change=C("increase", 12.4, baseline="năm 2023")),
    F("có 9.126 phương tiện", "9.126", 9126, "count", "phương tiện",
      "phương tiện chở khách du lịch được cấp giấy chứng nhận an toàn kỹ thuật", ASOF),
    F("1.043 phương tiện", "1.043", 1043, "count", "phương tiện", "phương tiện lưu trú du lịch ngủ đêm", ASOF,
      total=9126, percent=11.4),
    F("Ninh Bình (4.620 phương tiện)", "4.620", 4620, "count", "phương tiện", LIST, location="Ninh Bình"),
    F("Quảng Ninh (538 phương tiện)", "538", 538, "count", "phương tiện", LIST, location="Quảng Ninh"),
    F("Khánh Hòa (471 phương tiện)", "471", 471, "count", "phương tiện", LIST, location="Khánh Hòa"),
    F("Kiên Giang (356 phương tiện)", "356", 356, "count", "phương tiện", LIST, location="Kiên Giang"),
    F("Riêng 4 địa phương", "4", 4, "count", "địa phương", "địa phương có nhiều phương tiện du lịch nhất",
      optional=True),
    F("chiếm gần 66%", "66", 66, "percent", "%", "tỷ trọng phương tiện du lịch của 4 địa phương trong cả nước",
      approx="nearly"),
    F("kiểm định 10.284 lượt", "10.284", 10284, "count", "lượt phương tiện", "lượt phương tiện du lịch được kiểm định",
      INY),
    F("có 612 lượt", "612", 612, "count", "lượt", "lượt phương tiện không đạt yêu cầu ở lần kiểm tra đầu tiên",
      INY, percent=5.95),
    F("xảy ra 3 vụ tai nạn", "3", 3, "count", "vụ tai nạn",
      "vụ tai nạn liên quan đến phương tiện chở khách du lịch", I(INY),
      change=C("decrease", 2, unit="vụ", baseline="năm 2023")),
    F("làm 2 người chết", "2", 2, "count", "người", "người chết do tai nạn", I(INY)),
    F("mục tiêu 100% phương tiện", "100", 100, "percent", "%",
      "phương tiện chở khách du lịch được đăng kiểm và kiểm tra định kỳ", Y25, status="target"),
    F("ít nhất 5% số vụ", "5", 5, "percent", "%", "mức giảm số vụ tai nạn so với năm 2024", Y25,
      approx="at_least", status="target"),
    F("khoảng 1.500 thuyền viên", "1.500", 1500, "count", "thuyền viên",
      "thuyền viên, người lái phương tiện được tập huấn", Q1, approx="about", status="forecast"),
    F("tại 12 tỉnh, thành phố", "12", 12, "count", "tỉnh, thành phố",
      "tỉnh, thành phố có hoạt động du lịch đường thủy", Q1, status="forecast"),
]

NOTES = [
    "Cục Đường thủy nội địa Việt Nam site: national tourist-vessel figures for 2024 (invented, probe set 988).",
    "National figures -> Việt Nam; list items (lần lượt, bracketed) take their province as location, subject = list indicator;",
    "the list (5.985) does not add up to 9.126, so no total. '612 lượt ... chiếm 5,95%' has no part-of cue: percent only.",
    "'Riêng 4 địa phương' (a back-reference to the list) is optional. 'lần kiểm tra đầu tiên', Thông tư số 48/2024/TT-BGTVT,",
    "address Số 5 Tôn Thất Thuyết, phone 024.3768.4215 and Lượt xem 1.208 are not figures. 'Trong năm' = 2024.",
]

write("p988-4", TEXT, FIGS, NOTES, published="2025-01-14", location="Việt Nam")
