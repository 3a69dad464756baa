"""p1208-6: national newspaper, TP HCM spends on gratitude houses; Củ Chi passage; July 2024."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự > Dân sinh
Thứ Năm, 25/7/2024, 08:15 (GMT+7)

TP HCM chi hơn 30 tỷ đồng xây, sửa nhà cho gia đình chính sách

Năm nay, TP HCM dành hơn 30 tỷ đồng từ ngân sách và Quỹ Đền ơn đáp nghĩa để xây mới, sửa chữa 214 căn nhà tình nghĩa cho gia đình người có công. Số căn được hỗ trợ năm nay gấp đôi năm trước.

Theo Sở Lao động - Thương binh và Xã hội, từ ngày 1/7, mức hỗ trợ xây mới nhà tình nghĩa tăng lên 120 triệu đồng mỗi căn (trước đây 80 triệu đồng), sửa chữa 60 triệu đồng mỗi căn. Đến giữa tháng 7, các quận, huyện đã khởi công 156 căn, trong đó 61 căn xây mới.

Huyện Củ Chi, nơi có hơn 9.000 liệt sĩ, là địa phương có nhiều nhà tình nghĩa cần sửa chữa nhất. 6 tháng đầu năm, huyện đã bàn giao 37 căn, cao hơn 9 căn so với cùng kỳ. Căn nhà 45 m2 của bà Nguyễn Thị Út (86 tuổi, ở ấp 3, xã Phú Mỹ Hưng), thân mẫu hai liệt sĩ, được xây lại sau gần hai tháng thi công, hết khoảng 260 triệu đồng.

Ông Trần Văn Sáu, cán bộ phụ trách lao động - thương binh xã hội của xã, cho biết giá xây dựng hiện khoảng 6-7 triệu đồng/m2, nên một căn nhà cấp 4 rộng 40 m2 cần ít nhất 250 triệu đồng. Khoản hỗ trợ chỉ đáp ứng khoảng 45% chi phí; gia đình phải tự lo từ 100 đến 150 triệu đồng hoặc nhờ mạnh thường quân.

Thành phố hiện có gần 61.000 người có công đang hưởng trợ cấp hằng tháng. Năm 2025, TP HCM dự kiến nâng mức hỗ trợ xây mới lên 150 triệu đồng/căn. Cả nước hiện có khoảng 1,2 triệu người có công đang hưởng trợ cấp ưu đãi hằng tháng.

Lê Tuyết
"""

NOW = P("Năm nay", "2024-01-01", "2024-12-31")
NOW2 = P("năm nay", "2024-01-01", "2024-12-31")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
CC = "Củ Chi"

FIGS = [
    F("chi hơn 30 tỷ", "30", 30000000000, "money", "đồng", approx="over",
      subject="kinh phí xây, sửa nhà cho gia đình chính sách"),
    F("dành hơn 30 tỷ", "30", 30000000000, "money", "đồng", approx="over",
      subject="kinh phí từ ngân sách và Quỹ Đền ơn đáp nghĩa xây mới, sửa chữa nhà tình nghĩa", period=NOW),
    F("sửa chữa 214 căn", "214", 214, "count", "căn nhà tình nghĩa",
      subject="căn nhà tình nghĩa xây mới, sửa chữa cho gia đình người có công", period=NOW),
    F("gấp đôi", "đôi", 2, "multiple", "lần", subject="số căn được hỗ trợ", period=NOW2),
    F("lên 120 triệu", "120", 120000000, "money", "đồng/căn", subject="mức hỗ trợ xây mới nhà tình nghĩa"),
    F("trước đây 80 triệu", "80", 80000000, "money", "đồng/căn", subject="mức hỗ trợ xây mới nhà tình nghĩa trước đây"),
    F("sửa chữa 60 triệu", "60", 60000000, "money", "đồng/căn", subject="mức hỗ trợ sửa chữa"),
    F("khởi công 156 căn", "156", 156, "count", "căn", subject="căn nhà tình nghĩa các quận, huyện đã khởi công"),
    F("61 căn", "61", 61, "count", "căn", total=156, subject="căn nhà tình nghĩa xây mới đã khởi công"),
    F("hơn 9.000 liệt sĩ", "9.000", 9000, "count", "liệt sĩ", approx="over", subject="liệt sĩ", location=CC),
    F("bàn giao 37 căn", "37", 37, "count", "căn", change=C("increase", 9, "căn", "cùng kỳ"),
      subject="căn nhà tình nghĩa bàn giao", period=H1, location=CC),
    F("Căn nhà 45 m2", "45", 45, "measure", "m2", subject="diện tích căn nhà của bà Nguyễn Thị Út", location=CC),
    F("86 tuổi", "86", 86, "measure", "tuổi", optional=True, location=CC),
    F("hai liệt sĩ", "hai", 2, "count", "liệt sĩ", subject="liệt sĩ là con bà Nguyễn Thị Út", location=CC),
    F("gần hai tháng", "hai", 2, "measure", "tháng", approx="nearly", optional=True,
      subject="thời gian thi công", location=CC),
    F("khoảng 260 triệu", "260", 260000000, "money", "đồng", approx="about",
      subject="chi phí xây lại căn nhà", location=CC),
    F("khoảng 6-7 triệu", "6", 6000000, "money", "đồng/m2", approx="about", value_max=7000000,
      subject="giá xây dựng", location=CC),
    F("rộng 40 m2", "40", 40, "measure", "m2", optional=True, subject="diện tích căn nhà cấp 4", location=CC),
    F("ít nhất 250 triệu", "250", 250000000, "money", "đồng", approx="at_least",
      subject="chi phí một căn nhà cấp 4 rộng 40 m2", location=CC),
    F("khoảng 45%", "45", 45, "percent", "%", approx="about", subject="khoản hỗ trợ đáp ứng chi phí", location=CC),
    F("từ 100 đến 150 triệu", "100", 100000000, "money", "đồng", value_max=150000000,
      subject="gia đình phải tự lo", location=CC),
    F("gần 61.000", "61.000", 61000, "count", "người có công", approx="nearly",
      subject="người có công đang hưởng trợ cấp hằng tháng"),
    F("lên 150 triệu", "150", 150000000, "money", "đồng/căn", status="forecast",
      subject="mức hỗ trợ xây mới", period=Y25),
    F("khoảng 1,2 triệu", "1,2", 1200000, "count", "người có công", approx="about",
      subject="người có công đang hưởng trợ cấp ưu đãi hằng tháng", location="Việt Nam"),
]

NOTES = [
    "National newspaper: 'Thứ Năm, 25/7/2024, 08:15 (GMT+7)', byline at the end. Default location TP Hồ Chí Minh (written 'TP HCM').",
    "'Năm nay' → 2024 (published year). 'Số căn … gấp đôi năm trước' stands as the claim: a multiple (đôi = 2).",
    "'tăng lên 120 triệu đồng mỗi căn (trước đây 80 triệu đồng)': 'lên' gives the new level, not a change; 80 triệu is its own figure.",
    "'từ ngày 1/7' and 'Đến giữa tháng 7' are not spec periods: no gold period (unscored). '61 căn' after 'trong đó' → total 156.",
    "Củ Chi passage incl. the commune cadre's statements (xã Phú Mỹ Hưng lies in Củ Chi): location Củ Chi.",
    "'rộng 40 m2' is a hypothetical house (optional); '86 tuổi', 'gần hai tháng thi công' optional. 'nhà cấp 4', 'ấp 3', 08:15, GMT+7 distractors.",
    "'Cả nước … khoảng 1,2 triệu người có công' → Việt Nam.",
]

if __name__ == "__main__":
    write("p1208-6", TEXT, NOTES, FIGS, published="2024-07-25", location="TP Hồ Chí Minh")
