"""p1205-2: Đắk Mil district portal (Đắk Nông) - lightning rods on coffee farms, schools, village halls."""
from lib import F, P, I, C, T, write

TEXT = """UBND HUYỆN ĐẮK MIL - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Kinh tế - Xã hội

Đắk Mil: Lắp đặt cột thu sét bảo vệ người dân trên nương rẫy

15/05/2024 08:45

Đắk Mil là một trong những địa phương có mật độ sét cao nhất tỉnh Đắk Nông, từ 9 đến 12 lần/km²/năm. Năm 2023, trên địa bàn huyện xảy ra 9 vụ sét đánh, làm 3 người chết, 4 người bị thương và 11 con bò bị chết. Từ đầu năm đến nay, huyện tiếp tục ghi nhận 4 vụ, làm chết một người đang thu hoạch cà phê tại xã Đắk Sắk.

Để hạn chế thiệt hại, năm 2024 huyện bố trí hơn 1,6 tỷ đồng lắp đặt hệ thống chống sét cho 45 công trình, trong đó 27 trường học và 18 nhà văn hóa thôn, bon. Đến ngày 10/5, đã hoàn thành 31 công trình, đạt 68,9% kế hoạch.

Tại xã Thuận An, nơi có khoảng 2.700 ha cà phê, hồ tiêu, 3 năm qua có 5 người bị sét đánh tử vong khi đang làm rẫy. Năm nay, xã được đầu tư 12 cột thu sét tại các khu rẫy tập trung ở thôn Thuận Bắc, Thuận Hạnh; mỗi cột cao 18 m, bán kính bảo vệ khoảng 60 m, kinh phí 45 triệu đồng/cột. Ông Lê Văn Hòa, thôn Thuận Hạnh, có 3 ha cà phê cạnh khu cột thu sét, cho biết trước đây mỗi mùa mưa gia đình phải bỏ rẫy hàng chục buổi vì sợ sét.

Theo kế hoạch, trong năm 2024 huyện tổ chức ít nhất 2 đợt tuyên truyền kỹ năng phòng tránh sét tại 10/10 xã, thị trấn; phấn đấu đến năm 2025 có 100% trường học được lắp đặt hệ thống chống sét đạt chuẩn. Người dân khi phát hiện cột thu sét hư hỏng báo về Phòng Nông nghiệp và PTNT huyện, số điện thoại 0261.3741.226.

Tin, ảnh: Minh Thư - Trung tâm VH-TT&TT huyện
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-05-15")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
ASOF = P("Đến ngày 10/5", None, "2024-05-10")
NOW = P("Năm nay", "2024-01-01", "2024-12-31")
Y24B = P("trong năm 2024", "2024-01-01", "2024-12-31")
BY25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("từ 9 đến 12 lần", "9", 9, "measure", "lần/km²/năm", value_max=12,
      subject="mật độ sét"),
    F("9 vụ sét đánh", "9", 9, "count", "vụ", subject="vụ sét đánh", period=Y23),
    F("làm 3 người chết", "3", 3, "count", "người", subject="người chết do sét đánh", period=Y23),
    F("4 người bị thương", "4", 4, "count", "người", subject="người bị thương do sét đánh", period=Y23),
    F("11 con bò", "11", 11, "count", "con", subject="bò bị chết do sét đánh", period=Y23),
    F("ghi nhận 4 vụ", "4", 4, "count", "vụ", subject="vụ sét đánh", period=YTD),
    F("chết một người", "một", 1, "count", "người", subject="người chết do sét đánh", period=YTD),
    F("hơn 1,6 tỷ", "1,6", 1600000000, "money", "đồng", approx="over",
      subject="kinh phí lắp đặt hệ thống chống sét", period=Y24),
    F("cho 45 công trình", "45", 45, "count", "công trình",
      subject="công trình được lắp đặt hệ thống chống sét", period=Y24),
    F("27 trường học", "27", 27, "count", "trường học", total=45,
      subject="trường học được lắp đặt hệ thống chống sét", period=Y24),
    F("18 nhà văn hóa", "18", 18, "count", "nhà văn hóa", total=45,
      subject="nhà văn hóa thôn, bon được lắp đặt hệ thống chống sét", period=Y24),
    F("hoàn thành 31 công trình", "31", 31, "count", "công trình", percent=68.9,
      subject="công trình đã hoàn thành lắp đặt hệ thống chống sét", period=ASOF),
    F("khoảng 2.700 ha", "2.700", 2700, "measure", "ha", approx="about",
      subject="diện tích cà phê, hồ tiêu của xã Thuận An"),
    F("có 5 người", "5", 5, "count", "người",
      subject="người bị sét đánh tử vong khi đang làm rẫy"),
    F("đầu tư 12 cột", "12", 12, "count", "cột thu sét",
      subject="cột thu sét được đầu tư tại các khu rẫy tập trung", period=NOW),
    F("cao 18 m", "18", 18, "measure", "m", subject="chiều cao mỗi cột thu sét"),
    F("khoảng 60 m", "60", 60, "measure", "m", approx="about", subject="bán kính bảo vệ của cột thu sét"),
    F("45 triệu", "45", 45000000, "money", "đồng/cột", subject="kinh phí mỗi cột thu sét"),
    F("có 3 ha", "3", 3, "measure", "ha", subject="diện tích cà phê của ông Lê Văn Hòa"),
    F("hàng chục buổi", "hàng chục", 10, "count", "buổi", approx="about", optional=True,
      subject="buổi gia đình phải bỏ rẫy mỗi mùa mưa"),
    F("ít nhất 2 đợt", "2", 2, "count", "đợt", approx="at_least", status="target",
      subject="đợt tuyên truyền kỹ năng phòng tránh sét", period=Y24B),
    F("10/10 xã", "10", 10, "count", "xã", total=10, status="target",
      subject="xã, thị trấn được tuyên truyền kỹ năng phòng tránh sét", period=Y24B),
    F("có 100%", "100", 100, "percent", "%", status="target",
      subject="trường học được lắp đặt hệ thống chống sét đạt chuẩn", period=BY25),
]

NOTES = [
    "District portal (huyện Đắk Mil, Đắk Nông): header, breadcrumb, bare dateline '15/05/2024 08:45', byline at the end.",
    "Distractors: time 08:45, '3 năm qua' (a duration that locates the 5 deaths; not a figure), thôn names, phone 0261.3741.226.",
    "'Từ đầu năm đến nay' ends at the dateline. 'Đến ngày 10/5' is an as-of date (2024). 'đạt 68,9% kế hoạch' is the share of 31.",
    "Rod specifications (18 m, 60 m, 45 triệu đồng/cột) and the Thuận An passage get no period ('Năm nay' governs only the 12 rods).",
    "'hàng chục buổi' optional. '10/10 xã' and the 2 campaigns are plans ('Theo kế hoạch'): target. All figures are in Đắk Mil.",
]

if __name__ == "__main__":
    write("p1205-2", TEXT, NOTES, FIGS, published="2024-05-15", location="Đắk Mil")
