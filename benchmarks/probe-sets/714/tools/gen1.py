"""p714-1: province portal (Quảng Bình), a marathon weekend: athletes, safety, tourism."""
from lib import F, P, I, CH, TG, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Thể thao - Du lịch
Cập nhật: 24/06/2024 08:45
Lượt xem: 3.482

Giải Quang Binh Discovery Marathon 2024 thu hút hơn 9.000 vận động viên

Sáng 23/6, tại Quảng trường Trung tâm (số 2 Quang Trung, TP. Đồng Hới), UBND tỉnh Quảng Bình phối hợp với Báo VnExpress tổ chức Giải Quang Binh Discovery Marathon 2024. Giải có 9.126 vận động viên đăng ký, tăng 18,4% so với năm 2023, trong đó có 612 vận động viên nước ngoài đến từ 41 quốc gia và vùng lãnh thổ. Các vận động viên thi đấu ở 5 cự ly: 5 km, 10 km, 21 km, 42 km và 70 km; đường chạy đi qua Quốc lộ 1A, đường ven biển Võ Nguyên Giáp và Vườn quốc gia Phong Nha - Kẻ Bàng.

Tỷ lệ vận động viên hoàn thành cự ly đạt 96,7%. Vận động viên lớn tuổi nhất 78 tuổi, nhỏ tuổi nhất 7 tuổi. Tổng giá trị giải thưởng gần 1,5 tỷ đồng.

Ban tổ chức bố trí khoảng 1.200 cán bộ, chiến sĩ công an, quân đội, y tế và tình nguyện viên, 14 trạm y tế và 9 xe cứu thương dọc đường chạy. Trên đường chạy có 26 trạm tiếp nước, cung cấp hơn 40.000 lít nước uống và 3,5 tấn trái cây.

Theo Sở Du lịch, trong 3 ngày diễn ra giải (21-23/6), TP. Đồng Hới đón khoảng 27.000 lượt khách, công suất phòng các cơ sở lưu trú đạt từ 90 đến 95%; doanh thu du lịch của thành phố ước đạt 85 tỷ đồng. Tính đến hết tháng 5/2024, toàn tỉnh đón 2,15 triệu lượt khách, tăng 12% so với cùng kỳ. Phấn đấu năm 2024 đón 4,6 triệu lượt khách.

Ông Trần Văn Hòa, Giám đốc Sở Văn hóa và Thể thao cho biết, giai đoạn 2024-2026 tỉnh tiếp tục đồng hành tổ chức giải; mùa giải thứ 6 năm 2025 dự kiến có quy mô khoảng 11.000 vận động viên.
"""

COMMENTS = [
    "Cổng TTĐT tỉnh Quảng Bình: Giải Quang Binh Discovery Marathon 2024 (athletes, safety, tourism). 'Cập nhật: 24/06/2024 08:45' is the dateline;",
    "'Lượt xem: 3.482', 'số 2 Quang Trung', 'Quốc lộ 1A', '(21-23/6)', 'Sáng 23/6', 'giai đoạn 2024-2026', 'mùa giải thứ 6' are not figures;",
    "'trong 3 ngày diễn ra giải' only locates the figures in time. The race distances '5 km, 10 km, …' name categories: optional.",
    "'2024' in the event's name is a name, not a period, so event figures have no period. Location: Quảng Bình, except the clause",
    "that names TP. Đồng Hới (visitors, room occupancy, and 'doanh thu du lịch của thành phố' that continues it).",
]

EV = "Giải Quang Binh Discovery Marathon 2024"
FIGS = [
    F("hơn 9.000 vận động viên", "9.000", 9000, "count", "vận động viên", f"vận động viên {EV} thu hút", approx="over"),
    F("9.126 vận động viên đăng ký", "9.126", 9126, "count", "vận động viên", "vận động viên đăng ký",
      change=CH("increase", 18.4, "%", "năm 2023")),
    F("có 612 vận động viên", "612", 612, "count", "vận động viên", "vận động viên nước ngoài", total=9126),
    F("từ 41 quốc gia", "41", 41, "count", "quốc gia và vùng lãnh thổ", "quốc gia và vùng lãnh thổ có vận động viên nước ngoài"),
    F("ở 5 cự ly", "5", 5, "count", "cự ly", "cự ly thi đấu"),
    F("cự ly: 5 km", "5", 5, "measure", "km", "cự ly thi đấu", optional=True),
    F(" 10 km,", "10", 10, "measure", "km", "cự ly thi đấu", optional=True),
    F(" 21 km,", "21", 21, "measure", "km", "cự ly thi đấu", optional=True),
    F(" 42 km và", "42", 42, "measure", "km", "cự ly thi đấu", optional=True),
    F("và 70 km", "70", 70, "measure", "km", "cự ly thi đấu", optional=True),
    F("đạt 96,7%", "96,7", 96.7, "percent", "%", "Tỷ lệ vận động viên hoàn thành cự ly"),
    F("nhất 78 tuổi", "78", 78, "measure", "tuổi", "tuổi của vận động viên lớn tuổi nhất"),
    F("nhất 7 tuổi", "7", 7, "measure", "tuổi", "tuổi của vận động viên nhỏ tuổi nhất"),
    F("gần 1,5 tỷ đồng", "1,5", 1.5e9, "money", "đồng", "Tổng giá trị giải thưởng", approx="nearly"),
    F("khoảng 1.200 cán bộ", "1.200", 1200, "count", "cán bộ, chiến sĩ",
      "cán bộ, chiến sĩ công an, quân đội, y tế và tình nguyện viên Ban tổ chức bố trí", approx="about"),
    F("14 trạm y tế", "14", 14, "count", "trạm y tế", "trạm y tế bố trí dọc đường chạy"),
    F("9 xe cứu thương", "9", 9, "count", "xe cứu thương", "xe cứu thương bố trí dọc đường chạy"),
    F("có 26 trạm", "26", 26, "count", "trạm tiếp nước", "trạm tiếp nước trên đường chạy"),
    F("hơn 40.000 lít", "40.000", 40000, "measure", "lít", "nước uống cung cấp", approx="over"),
    F("3,5 tấn", "3,5", 3.5, "measure", "tấn", "trái cây cung cấp"),
    F("khoảng 27.000 lượt", "27.000", 27000, "count", "lượt khách", "lượt khách TP. Đồng Hới đón trong 3 ngày diễn ra giải",
      approx="about", location="Đồng Hới"),
    F("từ 90 đến 95%", "90", 90, "percent", "%", "công suất phòng các cơ sở lưu trú", value_max=95, location="Đồng Hới"),
    F("ước đạt 85 tỷ", "85", 85e9, "money", "đồng", "doanh thu du lịch của thành phố", status="estimate", location="Đồng Hới"),
    F("đón 2,15 triệu", "2,15", 2.15e6, "count", "lượt khách", "lượt khách toàn tỉnh đón",
      P("Tính đến hết tháng 5/2024", None, "2024-05-31"), change=CH("increase", 12, "%", "cùng kỳ")),
    F("4,6 triệu", "4,6", 4.6e6, "count", "lượt khách", "lượt khách đón", P("năm 2024", "2024-01-01", "2024-12-31"),
      status="target"),
    F("khoảng 11.000", "11.000", 11000, "count", "vận động viên", "quy mô vận động viên mùa giải thứ 6",
      P("năm 2025", "2025-01-01", "2025-12-31"), approx="about", status="forecast"),
]

emit("p714-1", TEXT, COMMENTS, FIGS, published="2024-06-24", location="Quảng Bình")
