"""p958-5: Party newspaper (Báo Đắk Lắk), Buôn Ma Thuột WWTP under-used, households not connected; byline + bare date at end."""
from lib import *

TEXT = """Nhiều hộ dân ở Buôn Ma Thuột chưa mặn mà đấu nối nước thải

Nhà máy xử lý nước thải TP. Buôn Ma Thuột được đầu tư với công suất thiết kế 8.125 m3/ngày đêm, nhưng hiện mỗi ngày đêm chỉ tiếp nhận khoảng 5.400 m3 nước thải, tương đương 66,5% công suất. Dù vậy, mỗi tháng nhà máy vẫn tiêu thụ gần 95.000 kWh điện.

Theo Công ty TNHH MTV Quản lý đô thị và Môi trường Đắk Lắk, đơn vị vận hành nhà máy, tính đến cuối tháng 10/2023, toàn thành phố đã có 15.620/21.300 hộ trong vùng phục vụ của dự án đấu nối, đạt 73,3%; còn hơn 5.600 hộ chưa đấu nối, chủ yếu tại các phường Tân Lợi, Tân An và Thành Công. Tỷ lệ này năm 2022 chỉ đạt 64,8%.

Ông Y Khoa Niê, Phó Giám đốc công ty, cho biết chi phí tự làm hộp đấu nối và đường ống của mỗi hộ từ 3 đến 7 triệu đồng, tùy vị trí. Nhiều nhà dọc đường 10 Tháng 3 và Phan Bội Châu có nền thấp hơn mặt đường 0,5-1 m nên phải lắp thêm máy bơm.

Năm 2023, UBND thành phố hỗ trợ 1,5 triệu đồng/hộ cho hộ nghèo, hộ cận nghèo khi đấu nối; đến hết tháng 10 đã có 312 hộ được hỗ trợ với tổng kinh phí 468 triệu đồng.

Theo kế hoạch, giai đoạn 2 của dự án sẽ nâng công suất nhà máy lên 20.000 m3/ngày đêm và phát triển thêm 38 km đường ống, tổng vốn dự kiến khoảng 640 tỷ đồng. Mục tiêu đến năm 2025, 90% số hộ trong vùng phục vụ được đấu nối. Để đạt được, thành phố sẽ tổ chức ra quân vận động lần thứ 2 tại 13 phường trong tháng 12.

HOÀNG GIA
18/11/2023
"""

ASOF = P("tính đến cuối tháng 10/2023", end="2023-10-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
OCT = P("đến hết tháng 10", end="2023-10-31")
Y25 = P("đến năm 2025", end="2025-12-31")

FIGS = [
    F("thiết kế 8.125 m3", "8.125", 8125, "measure", "m3/ngày đêm", "công suất thiết kế nhà máy xử lý nước thải"),
    F("khoảng 5.400 m3", "5.400", 5400, "measure", "m3/ngày đêm", "nước thải nhà máy tiếp nhận", approx="about", percent=66.5),
    F("gần 95.000 kWh", "95.000", 95000, "measure", "kWh/tháng", "điện nhà máy tiêu thụ", approx="nearly"),
    F("có 15.620/21.300 hộ", "15.620", 15620, "count", "hộ", "hộ trong vùng phục vụ của dự án đấu nối", ASOF,
      total=21300, percent=73.3),
    F("hơn 5.600 hộ", "5.600", 5600, "count", "hộ", "hộ chưa đấu nối", ASOF, approx="over"),
    F("đạt 64,8%", "64,8", 64.8, "percent", "%", "tỷ lệ hộ trong vùng phục vụ đấu nối", P("năm 2022", "2022-01-01", "2022-12-31")),
    F("từ 3 đến 7 triệu đồng", "3", 3e6, "money", "đồng/hộ", "chi phí tự làm hộp đấu nối và đường ống của mỗi hộ",
      value_max=7e6),
    F("0,5-1 m", "0,5", 0.5, "measure", "m", "nền nhà thấp hơn mặt đường", value_max=1),
    F("hỗ trợ 1,5 triệu đồng/hộ", "1,5", 1.5e6, "money", "đồng/hộ", "mức hỗ trợ đấu nối cho hộ nghèo, hộ cận nghèo", Y23),
    F("có 312 hộ", "312", 312, "count", "hộ", "hộ được hỗ trợ đấu nối", OCT),
    F("kinh phí 468 triệu đồng", "468", 468e6, "money", "đồng", "tổng kinh phí hỗ trợ đấu nối", OCT),
    F("lên 20.000 m3", "20.000", 20000, "measure", "m3/ngày đêm", "công suất nhà máy giai đoạn 2", status="target"),
    F("thêm 38 km", "38", 38, "measure", "km", "đường ống phát triển thêm", status="target"),
    F("khoảng 640 tỷ đồng", "640", 640e9, "money", "đồng", "tổng vốn giai đoạn 2 của dự án", approx="about", status="forecast"),
    F("2025, 90% số hộ", "90", 90, "percent", "%", "hộ trong vùng phục vụ được đấu nối", Y25, status="target"),
    F("tại 13 phường", "13", 13, "count", "phường", "phường ra quân vận động đấu nối", status="forecast", optional=True),
]

NOTES = [
    "Báo Đắk Lắk (Party newspaper): Buôn Ma Thuột WWTP under-used, connections; byline HOÀNG GIA and bare date 18/11/2023 at the end.",
    "Location Buôn Ma Thuột (the city) for every figure; the operator's name 'Đắk Lắk' and the phường names do not change it.",
    "'mỗi ngày đêm chỉ tiếp nhận khoảng 5.400 m3' → unit m3/ngày đêm; 'mỗi tháng … gần 95.000 kWh' → kWh/tháng; 'chi phí … của mỗi hộ' → đồng/hộ.",
    "'15.620/21.300 hộ …, đạt 73,3%' → total 21300 and percent 73.3. 'Theo kế hoạch … sẽ nâng … lên' → target; 'tổng vốn dự kiến' → forecast.",
    "'13 phường' (where a campaign will be held) is optional; 'lần thứ 2', 'đường 10 Tháng 3', 'trong tháng 12' are not figures.",
]

build("p958-5", TEXT, FIGS, published="2023-11-18", location="Buôn Ma Thuột", notes=NOTES)
