"""p615-5: Báo Đồng Tháp (Party newspaper) — spraying drones in the summer-autumn rice crop, services, loans, training."""
from lib import F, P, CH, emit

TEXT = """Báo Đồng Tháp Online
Kinh tế > Nông nghiệp

Thiết bị bay phun thuốc "cất cánh" trên đồng lúa Đồng Tháp

ĐTO - Trong vụ lúa Hè Thu 2024, toàn tỉnh có hơn 1.200 thiết bị bay không người lái tham gia phun thuốc, bón phân trên diện tích khoảng 145.000 ha, chiếm 70,7% diện tích gieo sạ.

Theo Chi cục Trồng trọt và Bảo vệ thực vật, so với phun thủ công, thiết bị bay giúp giảm từ 20 đến 30% lượng thuốc bảo vệ thực vật, tiết kiệm khoảng 90% lượng nước. Năng suất phun đạt 8-10 ha/giờ. Tính ra, mỗi thiết bị bay làm việc gấp 20 lần một lao động phun thủ công. Các dòng máy phổ biến là DJI Agras T40 và XAG P100 với bình chứa 40 lít.

Giá dịch vụ phun bằng thiết bị bay hiện từ 100.000 đến 150.000 đồng/ha/lần, thấp hơn thuê người phun khoảng 50.000 đồng/ha. Toàn tỉnh có 56 hợp tác xã, 14 doanh nghiệp và hơn 300 tổ dịch vụ sở hữu thiết bị bay; trong đó HTX Nông nghiệp Tân Bình (huyện Thanh Bình) có 12 chiếc, mỗi vụ phun cho hơn 3.000 ha.

Năm 2024, tỉnh hỗ trợ lãi suất cho 85 hồ sơ vay mua thiết bị bay với tổng dư nợ 19,5 tỷ đồng; mỗi thiết bị có giá từ 350 đến 600 triệu đồng. Từ năm 2022 đến nay, Trường Cao đẳng Cộng đồng Đồng Tháp đã đào tạo, cấp chứng chỉ điều khiển thiết bị bay cho 640 học viên.

THANH TÂM
15/07/2024
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
OWN = "sở hữu thiết bị bay"

FIGS = [
    F("hơn 1.200", "1.200", 1200, "count", "thiết bị bay không người lái",
      "thiết bị bay không người lái tham gia phun thuốc, bón phân", approx="over"),
    F("khoảng 145.000 ha", "145.000", 145000, "measure", "ha", "diện tích phun thuốc, bón phân bằng thiết bị bay",
      approx="about", percent=70.7),
    F("từ 20 đến 30%", "20", 20, "percent", "%", "lượng thuốc bảo vệ thực vật giảm", value_max=30),
    F("khoảng 90%", "90", 90, "percent", "%", "lượng nước tiết kiệm", approx="about"),
    F("8-10 ha/giờ", "8", 8, "measure", "ha/giờ", "năng suất phun", value_max=10),
    F("gấp 20 lần", "20", 20, "multiple", "lần", "thiết bị bay làm việc so với một lao động phun thủ công"),
    F("chứa 40 lít", "40", 40, "measure", "lít", "bình chứa"),
    F("từ 100.000 đến", "100.000", 100000, "money", "đồng/ha/lần", "giá dịch vụ phun bằng thiết bị bay",
      value_max=150000, change=CH("decrease", 50000, "đồng/ha", "thuê người phun", approx="about")),
    F("có 56 hợp tác xã", "56", 56, "count", "hợp tác xã", "hợp tác xã " + OWN),
    F("14 doanh nghiệp", "14", 14, "count", "doanh nghiệp", "doanh nghiệp " + OWN),
    F("hơn 300 tổ", "300", 300, "count", "tổ dịch vụ", "tổ dịch vụ " + OWN, approx="over"),
    F("có 12 chiếc", "12", 12, "count", "chiếc", "thiết bị bay của HTX Nông nghiệp Tân Bình", location="Thanh Bình"),
    F("hơn 3.000 ha", "3.000", 3000, "measure", "ha", "diện tích phun mỗi vụ của HTX Nông nghiệp Tân Bình",
      approx="over", location="Thanh Bình"),
    F("cho 85 hồ sơ", "85", 85, "count", "hồ sơ", "hồ sơ vay mua thiết bị bay được hỗ trợ lãi suất", Y24),
    F("dư nợ 19,5 tỷ đồng", "19,5", 19500000000, "money", "đồng", "tổng dư nợ vay mua thiết bị bay", Y24),
    F("từ 350 đến", "350", 350000000, "money", "đồng", "giá mỗi thiết bị bay", Y24, value_max=600000000),
    F("cho 640 học viên", "640", 640, "count", "học viên",
      "học viên được đào tạo, cấp chứng chỉ điều khiển thiết bị bay", P("Từ năm 2022 đến nay", "2022-01-01", "2024-07-15")),
]

COMMENTS = [
    "Báo Đồng Tháp Online (Party newspaper, tag ĐTO, byline THANH TÂM and date 15/07/2024 at the end): spraying drones in vụ Hè Thu 2024.",
    "Distractors: model names DJI Agras T40, XAG P100; the dateline; 'vụ lúa Hè Thu 2024' (a season: figures in that sentence carry",
    "no period, as it is not in the spec's period table). 'gấp 20 lần' stands in its own sentence as the claim: a multiple.",
    "'thấp hơn thuê người phun khoảng 50.000 đồng/ha' is the change of the price range. 'trong đó HTX ... có 12 chiếc' follows a count of",
    "service teams (tổ), not of drones: no total. The cooperative's figures are located in its district Thanh Bình.",
    "'Từ năm 2022 đến nay' ends at the closing date 15/07/2024.",
]

if __name__ == "__main__":
    emit("p615-5", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Đồng Tháp")
