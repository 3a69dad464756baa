"""p1185-1: Thái Bình province portal, first avian-influenza vaccination round of 2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Thái Bình tiêm hơn 4,6 triệu liều vắc xin cúm cho đàn gia cầm

Cập nhật: 14/05/2024 08:40 | Lượt xem: 2.318

(thaibinh.gov.vn) - Từ ngày 15/3 đến ngày 30/4/2024, các huyện, thành phố trong tỉnh đã tổ chức tiêm phòng vắc xin cúm gia cầm đợt I được 4,62 triệu liều, đạt 91,8% kế hoạch, tăng 6,3% so với cùng kỳ năm 2023. Trong đó, đàn gà được tiêm 2,75 triệu liều, đàn thủy cầm (vịt, ngan) 1,87 triệu liều.

Tổng đàn gia cầm của tỉnh hiện khoảng 13,5 triệu con, tập trung nhiều ở các huyện Quỳnh Phụ, Hưng Hà và Thái Thụy. Tỷ lệ tiêm phòng trên tổng đàn diện phải tiêm đạt 84,2%; riêng huyện Quỳnh Phụ đạt 93,5%, cao nhất tỉnh.

Cùng với tiêm phòng, trong tháng 4 các địa phương đã phun tiêu độc khử trùng môi trường chăn nuôi, sử dụng 12.600 lít hóa chất và hơn 85 tấn vôi bột. Kinh phí mua vắc xin, hóa chất từ ngân sách tỉnh năm 2024 là 7,45 tỷ đồng; người chăn nuôi ngoài diện hỗ trợ tự chi trả 500 đồng/liều vắc xin.

Theo kết quả giám sát sau tiêm của Trung tâm Chẩn đoán thú y vùng II, trong 120 mẫu huyết thanh lấy ngẫu nhiên tại 8 xã có 109 mẫu đạt mức bảo hộ, tương đương 90,8%.

Ông Nguyễn Văn Hải, Phó Chi cục trưởng Chi cục Chăn nuôi và Thú y cho biết, đợt II sẽ triển khai từ ngày 15/9, dự kiến tiêm khoảng 4,8 triệu liều. Tỉnh phấn đấu tỷ lệ tiêm phòng cả năm đạt trên 85% tổng đàn diện phải tiêm, không để dịch cúm gia cầm lây lan trên diện rộng. Thông tin về dịch bệnh đề nghị báo về đường dây nóng 0227.3831.447.
"""

ROUND1 = P("Từ ngày 15/3 đến ngày 30/4/2024", "2024-03-15", "2024-04-30")
APR = P("trong tháng 4", "2024-04-01", "2024-04-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
YEAR = P("cả năm", "2024-01-01", "2024-12-31")
RATE = "tỷ lệ tiêm phòng trên tổng đàn diện phải tiêm"

FIGS = [
    F("hơn 4,6 triệu", "4,6", 4600000, "count", "liều", approx="over",
      subject="liều vắc xin cúm tiêm cho đàn gia cầm"),
    F("được 4,62 triệu", "4,62", 4620000, "count", "liều", percent=91.8,
      change=C("increase", 6.3, "%", "cùng kỳ năm 2023"),
      subject="liều vắc xin cúm gia cầm tiêm phòng đợt I", period=ROUND1),
    F("được tiêm 2,75 triệu", "2,75", 2750000, "count", "liều", total=4620000,
      subject="liều vắc xin cúm tiêm cho đàn gà", period=I(ROUND1)),
    F("ngan) 1,87 triệu", "1,87", 1870000, "count", "liều", total=4620000,
      subject="liều vắc xin cúm tiêm cho đàn thủy cầm (vịt, ngan)", period=I(ROUND1)),
    F("khoảng 13,5 triệu", "13,5", 13500000, "count", "con", approx="about",
      subject="tổng đàn gia cầm"),
    F("đạt 84,2%", "84,2", 84.2, "percent", "%", subject=RATE, period=I(ROUND1)),
    F("đạt 93,5%", "93,5", 93.5, "percent", "%", subject=RATE, period=I(ROUND1), location="Quỳnh Phụ"),
    F("12.600 lít", "12.600", 12600, "measure", "lít", subject="hóa chất phun tiêu độc khử trùng", period=APR),
    F("hơn 85 tấn", "85", 85, "measure", "tấn", approx="over", subject="vôi bột", period=APR),
    F("là 7,45 tỷ", "7,45", 7450000000, "money", "đồng",
      subject="kinh phí mua vắc xin, hóa chất từ ngân sách tỉnh", period=Y24),
    F("500 đồng/liều", "500", 500, "money", "đồng/liều",
      subject="chi phí vắc xin người chăn nuôi ngoài diện hỗ trợ tự chi trả"),
    F("tại 8 xã", "8", 8, "count", "xã", subject="xã lấy mẫu huyết thanh giám sát sau tiêm",
      period=I(ROUND1)),
    F("có 109 mẫu", "109", 109, "count", "mẫu", total=120, percent=90.8,
      subject="mẫu huyết thanh đạt mức bảo hộ", period=I(ROUND1)),
    F("khoảng 4,8 triệu", "4,8", 4800000, "count", "liều", approx="about", status="forecast",
      subject="liều vắc xin cúm gia cầm tiêm đợt II"),
    F("trên 85%", "85", 85, "percent", "%", approx="over", status="target",
      subject=RATE, period=YEAR),
]

NOTES = [
    "Province portal (Thái Bình): avian-influenza vaccination round I of 2024. Breadcrumb, 'Cập nhật: 14/05/2024 08:40 | Lượt xem: 2.318'.",
    "Distractors: view counter 2.318, time 08:40, 'đợt I'/'đợt II', 'vùng II', dates 15/3, 30/4/2024, 15/9, hotline 0227.3831.447.",
    "The round's period is the explicit date range 15/3-30/4/2024. 'trong tháng 4' takes 2024 from the earlier date.",
    "'trong 120 mẫu' is the total of the 109 (attribute, not a figure). 'riêng huyện Quỳnh Phụ' is no part-of cue: a figure with its own place.",
    "'500 đồng/liều' is a standing price rule: no period. Headline and 'hiện' get no period. Round II's 'từ ngày 15/9' has no end: no period given.",
]

if __name__ == "__main__":
    write("p1185-1", TEXT, NOTES, FIGS, published="2024-05-14", location="Thái Bình")
