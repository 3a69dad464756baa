"""p1208-4: ministry site (Bộ LĐ-TB&XH), national housing support for people with meritorious service, Aug 2024."""
from lib import F, P, I, C, T, write

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Trang chủ > Tin tức > Người có công

Đẩy nhanh tiến độ hỗ trợ nhà ở cho người có công với cách mạng

Ngày đăng: 05/08/2024 | Lượt xem: 1.027

Theo báo cáo của Cục Người có công, qua rà soát, cả nước có khoảng 163.000 hộ người có công với cách mạng và thân nhân liệt sĩ cần hỗ trợ về nhà ở, trong đó khoảng 71.000 hộ cần xây mới, 92.000 hộ cần sửa chữa. Tổng nhu cầu kinh phí khoảng 7.020 tỷ đồng, trong đó ngân sách trung ương bảo đảm khoảng 4.900 tỷ đồng.

Các địa phương có số hộ cần hỗ trợ lớn nhất lần lượt là Thanh Hóa (9.850 hộ), Nghệ An (8.920 hộ) và Quảng Nam (7.640 hộ).

Tính đến hết tháng 6/2024, các địa phương đã hỗ trợ được 58.300 hộ, đạt 35,8% tổng số hộ cần hỗ trợ; 41/63 tỉnh, thành phố đã phân bổ hết vốn được giao. Năm 2023, Quỹ Đền ơn đáp nghĩa các cấp vận động được hơn 1.200 tỷ đồng, gấp 1,3 lần năm 2022.

Theo quy định, nhà ở sau khi xây mới phải bảo đảm diện tích sử dụng tối thiểu 30 m2, tuổi thọ từ 20 năm trở lên; nhà sửa chữa phải có tuổi thọ từ 10 năm trở lên. Mức hỗ trợ là 60 triệu đồng/hộ xây mới và 30 triệu đồng/hộ sửa chữa; hộ ở địa bàn đặc biệt khó khăn được hỗ trợ thêm tối đa 10 triệu đồng.

Phát biểu tại hội nghị trực tuyến với 63 điểm cầu, Thứ trưởng Lê Văn Thanh đề nghị các địa phương phấn đấu hoàn thành hỗ trợ 100% số hộ trước ngày 31/12/2025, trong đó năm 2024 hoàn thành ít nhất 60%.

Cổng Thông tin điện tử Bộ Lao động - Thương binh và Xã hội
Địa chỉ: Số 12 Ngô Quyền, Hoàn Kiếm, Hà Nội | Điện thoại: 024.38269556
"""

ASOF = P("Tính đến hết tháng 6/2024", None, "2024-06-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
BY25 = P("trước ngày 31/12/2025", None, "2025-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
NEED = "hộ cần hỗ trợ về nhà ở"

FIGS = [
    F("khoảng 163.000 hộ", "163.000", 163000, "count", "hộ", approx="about",
      subject="hộ người có công với cách mạng và thân nhân liệt sĩ cần hỗ trợ về nhà ở"),
    F("khoảng 71.000 hộ", "71.000", 71000, "count", "hộ", approx="about", total=163000,
      subject="hộ người có công cần xây mới nhà ở"),
    F("92.000 hộ", "92.000", 92000, "count", "hộ", total=163000, subject="hộ người có công cần sửa chữa nhà ở"),
    F("khoảng 7.020 tỷ", "7.020", 7020000000000, "money", "đồng", approx="about",
      subject="tổng nhu cầu kinh phí hỗ trợ nhà ở"),
    F("khoảng 4.900 tỷ", "4.900", 4900000000000, "money", "đồng", approx="about", total=7020000000000,
      subject="kinh phí ngân sách trung ương bảo đảm"),
    F("Thanh Hóa (9.850 hộ)", "9.850", 9850, "count", "hộ", subject=NEED, location="Thanh Hóa"),
    F("Nghệ An (8.920 hộ)", "8.920", 8920, "count", "hộ", subject=NEED, location="Nghệ An"),
    F("Quảng Nam (7.640 hộ)", "7.640", 7640, "count", "hộ", subject=NEED, location="Quảng Nam"),
    F("được 58.300 hộ", "58.300", 58300, "count", "hộ", percent=35.8,
      subject="hộ người có công đã được hỗ trợ nhà ở", period=ASOF),
    F("41/63", "41", 41, "count", "tỉnh, thành phố", total=63,
      subject="tỉnh, thành phố đã phân bổ hết vốn được giao", period=ASOF),
    F("hơn 1.200 tỷ", "1.200", 1200000000000, "money", "đồng", approx="over",
      change=C("increase", 1.3, "lần", "năm 2022"),
      subject="Quỹ Đền ơn đáp nghĩa các cấp vận động được", period=Y23),
    F("tối thiểu 30 m2", "30", 30, "measure", "m2", approx="at_least",
      subject="diện tích sử dụng nhà ở sau khi xây mới"),
    F("từ 20 năm", "20", 20, "measure", "năm", approx="at_least", subject="tuổi thọ nhà ở xây mới"),
    F("từ 10 năm", "10", 10, "measure", "năm", approx="at_least", subject="tuổi thọ nhà sửa chữa"),
    F("là 60 triệu", "60", 60000000, "money", "đồng/hộ", subject="mức hỗ trợ hộ xây mới"),
    F("và 30 triệu", "30", 30000000, "money", "đồng/hộ", subject="mức hỗ trợ hộ sửa chữa"),
    F("tối đa 10 triệu", "10", 10000000, "money", "đồng", approx="at_most",
      subject="hỗ trợ thêm hộ ở địa bàn đặc biệt khó khăn"),
    F("với 63 điểm cầu", "63", 63, "count", "điểm cầu", subject="điểm cầu hội nghị trực tuyến"),
    F("hỗ trợ 100%", "100", 100, "percent", "%", status="target",
      subject="số hộ người có công hoàn thành hỗ trợ nhà ở", period=BY25),
    F("ít nhất 60%", "60", 60, "percent", "%", approx="at_least", status="target",
      subject="số hộ người có công hoàn thành hỗ trợ nhà ở", period=Y24),
]

NOTES = [
    "Ministry site (Bộ LĐ-TB&XH): national figures, location Việt Nam; 'Ngày đăng: 05/08/2024 | Lượt xem: 1.027'.",
    "Distractors: view counter, address 'Số 12 Ngô Quyền', phone 024.38269556, dates 31/12/2025, tháng 6/2024.",
    "'trong đó khoảng 71.000 …, 92.000 …' → total 163.000; 'khoảng' is written only before 71.000 (92.000 exact).",
    "List 'lần lượt là Thanh Hóa (9.850 hộ), …' → provinces are locations, indicator 'hộ cần hỗ trợ'. No period (a survey count).",
    "'41/63 tỉnh, thành phố' → total 63, as-of period (same sentence after ';'). 'gấp 1,3 lần năm 2022' after money → change in lần.",
    "'từ 20 năm trở lên' is at_least, not a range. Standing rules (area, lifespan, support levels) get no period.",
    "'phấn đấu … 100% … trước ngày 31/12/2025, trong đó năm 2024 … ít nhất 60%' → two target percents.",
]

if __name__ == "__main__":
    write("p1208-4", TEXT, NOTES, FIGS, published="2024-08-05", location="Việt Nam")
