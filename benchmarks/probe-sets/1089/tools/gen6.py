"""p1089-6: national newspaper, drone spraying service in Cần Thơ (huyện Thới Lai), national drone count."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh › Nông nghiệp

Thứ năm, 13/3/2025, 10:20 (GMT+7)

Thanh niên miền Tây làm giàu nhờ dịch vụ phun thuốc bằng drone

Từ một thợ sửa máy nông nghiệp, anh Trần Minh Thuận, 32 tuổi, ở xã Trường Thành, huyện Thới Lai, TP Cần Thơ, nay sở hữu 4 thiết bị bay phun thuốc trị giá gần 1,2 tỷ đồng.

Vào cao điểm vụ Đông Xuân, nhóm 6 người của anh phun 60-80 ha mỗi ngày với giá 150.000 đồng/ha mỗi lần, doanh thu bình quân khoảng 10 triệu đồng/ngày. Thợ lái được trả 12-15 triệu đồng/người/tháng. Theo anh Thuận, một thiết bị bay loại DJI Agras T40 mang được 40 lít thuốc, phun 1 ha chỉ mất 7-10 phút, nhanh gấp 20 lần phun thủ công. Chi phí phun bằng thiết bị bay cũng thấp hơn khoảng 30% so với thuê người phun đeo bình.

Theo Cục Trồng trọt và Bảo vệ thực vật, cả nước hiện có khoảng 7.000 thiết bị bay không người lái phục vụ nông nghiệp, riêng An Giang có hơn 900 chiếc. Năm 2024, TP Cần Thơ có hơn 210.000 lượt ha lúa được phun thuốc bằng thiết bị bay, chiếm khoảng 35% diện tích phun thuốc của thành phố.

Ông Nguyễn Văn Mười, Phó Chi cục trưởng Chi cục Trồng trọt và Bảo vệ thực vật TP Cần Thơ, cho biết để điều khiển thiết bị bay, người lái phải học khóa đào tạo 5-7 ngày, học phí khoảng 10 triệu đồng. Thiết bị phải được cấp phép bay theo Nghị định số 36/2008/NĐ-CP trước khi hoạt động. Theo ông Mười, nhu cầu thợ lái còn lớn, nhiều chủ máy ở Thới Lai, Cờ Đỏ đang tuyển người.

Ngọc Tài
"""

TL = "Thới Lai"
CT = "Cần Thơ"

FIGS = [
    F("Thuận, 32 tuổi", "32", 32, "measure", "tuổi", "tuổi anh Trần Minh Thuận", optional=True, location=TL),
    F("sở hữu 4 thiết bị bay", "4", 4, "count", "thiết bị bay", "thiết bị bay phun thuốc anh Thuận sở hữu", location=TL),
    F("gần 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", "trị giá thiết bị bay phun thuốc", approx="nearly", location=TL),
    F("nhóm 6 người", "6", 6, "count", "người", "người trong nhóm phun thuốc của anh Thuận", location=TL),
    F("phun 60-80 ha", "60", 60, "measure", "ha/ngày", "diện tích nhóm phun mỗi ngày", value_max=80, location=TL),
    F("giá 150.000 đồng/ha", "150.000", 150000, "money", "đồng/ha/lần", "giá phun thuốc bằng thiết bị bay", location=TL),
    F("khoảng 10 triệu đồng/ngày", "10", 10e6, "money", "đồng/ngày", "doanh thu bình quân", approx="about", location=TL),
    F("trả 12-15 triệu", "12", 12e6, "money", "đồng/người/tháng", "tiền công thợ lái", value_max=15e6, location=TL),
    F("mang được 40 lít", "40", 40, "measure", "lít", "lượng thuốc thiết bị bay DJI Agras T40 mang được",
      optional=True, location=TL),
    F("mất 7-10 phút", "7", 7, "measure", "phút", "thời gian phun 1 ha bằng thiết bị bay", value_max=10, location=TL),
    F("nhanh gấp 20 lần", "20", 20, "multiple", "lần", "tốc độ phun bằng thiết bị bay so với phun thủ công", location=TL),
    F("thấp hơn khoảng 30%", "30", 30, "percent", "%", "chi phí phun bằng thiết bị bay thấp hơn so với thuê người phun",
      approx="about", location=TL),
    F("khoảng 7.000 thiết bị", "7.000", 7000, "count", "thiết bị bay không người lái",
      "thiết bị bay không người lái phục vụ nông nghiệp", approx="about", location="Việt Nam"),
    F("hơn 900 chiếc", "900", 900, "count", "chiếc", "thiết bị bay không người lái phục vụ nông nghiệp",
      approx="over", total=7000, location="An Giang"),
    F("hơn 210.000 lượt ha", "210.000", 210000, "measure", "lượt ha", "diện tích lúa được phun thuốc bằng thiết bị bay",
      approx="over", percent=35, period=P("Năm 2024", "2024-01-01", "2024-12-31"), location=CT),
    F("đào tạo 5-7 ngày", "5", 5, "measure", "ngày", "thời gian khóa đào tạo người lái thiết bị bay", value_max=7, location=CT),
    F("học phí khoảng 10 triệu", "10", 10e6, "money", "đồng", "học phí khóa đào tạo người lái thiết bị bay",
      approx="about", location=CT),
]

NOTES = [
    "National-newspaper style (Thứ năm, 13/3/2025, 10:20 (GMT+7)), byline 'Ngọc Tài' at the end: drone spraying service in Thới Lai (Cần Thơ), national drone count.",
    "The farmer's figures are located in huyện Thới Lai (the district named with his commune); the city-level figures in Cần Thơ; the national count in Việt Nam.",
    "'riêng An Giang có hơn 900 chiếc' right after the national 7.000: a part of that whole (same thing, same time) → total 7.000, location An Giang.",
    "'60-80 ha mỗi ngày' → unit ha/ngày; 'phun 1 ha chỉ mất 7-10 phút': 1 ha is the rate's denominator, not a figure.",
    "'nhanh gấp 20 lần' (a comparison with no base amount) → multiple; 'thấp hơn khoảng 30%' (no base amount) → percent figure.",
    "Optional: the person's age '32 tuổi' and the example drone's tank '40 lít'. Season 'vụ Đông Xuân' gives no period.",
    "Distractors: 10:20 (GMT+7), DJI Agras T40, Nguyễn Văn Mười / ông Mười, Nghị định số 36/2008/NĐ-CP.",
]

if __name__ == "__main__":
    write("p1089-6", TEXT, FIGS, NOTES, published="2025-03-13", location="Cần Thơ")
