from lib import F, P, inh, CH, TG, emit

TEXT = """Thiết bị bay phun thuốc giúp nông dân tiết kiệm 300.000 đồng/ha mỗi vụ

(BĐT) - Những năm gần đây, dịch vụ phun thuốc bảo vệ thực vật bằng thiết bị bay không người lái phát triển nhanh tại Đồng Tháp. Theo Chi cục Trồng trọt và Bảo vệ thực vật tỉnh, hiện toàn tỉnh có 412 thiết bị bay, tăng gần gấp 3 lần so với năm 2022, phục vụ phun thuốc cho khoảng 185.000 lượt ha lúa mỗi vụ.

Huyện Tháp Mười dẫn đầu với 96 thiết bị, tiếp đến là Tam Nông 71 thiết bị, Cao Lãnh 58 thiết bị; huyện Lấp Vò đứng thứ 4 với 45 thiết bị.

Theo tính toán của ngành nông nghiệp, phun thuốc bằng thiết bị bay tiết kiệm 20-30% lượng thuốc và khoảng 90% lượng nước so với phun thủ công; mỗi thiết bị có thể phun 15-20 ha/ngày. Năng suất phun của một thiết bị gấp 20 lần lao động thủ công. Chi phí thuê phun từ 30.000 đến 40.000 đồng/ha/lần, giúp nông dân giảm chi phí bình quân 300.000 đồng/ha mỗi vụ.

Năm 2024, tỉnh hỗ trợ 50% giá trị thiết bị, tối đa 200 triệu đồng/thiết bị cho các hợp tác xã mua thiết bị bay; đến nay đã có 27 hợp tác xã được hỗ trợ với tổng kinh phí 4,9 tỷ đồng. Tỉnh cũng phối hợp với doanh nghiệp đào tạo, cấp chứng chỉ điều khiển cho 356 phi công, trong đó 48 người là xã viên hợp tác xã.

Tại HTX Nông nghiệp Tân Cường (xã Phú Cường, huyện Tam Nông), tổ bay gồm 5 thiết bị phun cho 1.450 ha lúa của 420 hộ xã viên trong vụ Hè Thu vừa qua.

Mục tiêu đến năm 2025, 100% hợp tác xã sản xuất lúa trên địa bàn tỉnh có dịch vụ phun thuốc bằng thiết bị bay. Mọi thông tin xin liên hệ đường dây nóng 1900.6789 của Chi cục.

HỮU NGHĨA
12/9/2024
"""

NOW = P("đến nay", None, "2024-09-12")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("tiết kiệm 300.000 đồng/ha", "300.000", 300000, "money", "đồng/ha", "chi phí nông dân tiết kiệm mỗi vụ nhờ thiết bị bay phun thuốc"),
    F("có 412 thiết bị", "412", 412, "count", "thiết bị bay", "thiết bị bay",
      change=CH("increase", 3, "lần", "năm 2022", approx="nearly")),
    F("khoảng 185.000 lượt ha", "185.000", 185000, "measure", "lượt ha", "diện tích lúa được phun thuốc bằng thiết bị bay mỗi vụ",
      approx="about"),
    F("với 96 thiết bị", "96", 96, "count", "thiết bị", "thiết bị bay", location="Tháp Mười"),
    F("71 thiết bị", "71", 71, "count", "thiết bị", "thiết bị bay", location="Tam Nông"),
    F("58 thiết bị", "58", 58, "count", "thiết bị", "thiết bị bay", location="Cao Lãnh"),
    F("đứng thứ 4", "4", 4, "rank", "hạng", "thiết bị bay", location="Lấp Vò"),
    F("45 thiết bị", "45", 45, "count", "thiết bị", "thiết bị bay", location="Lấp Vò"),
    F("20-30% lượng thuốc", "20", 20, "percent", "%", "lượng thuốc tiết kiệm khi phun bằng thiết bị bay", value_max=30),
    F("khoảng 90%", "90", 90, "percent", "%", "lượng nước tiết kiệm khi phun bằng thiết bị bay", approx="about"),
    F("15-20 ha/ngày", "15", 15, "measure", "ha/ngày", "diện tích mỗi thiết bị có thể phun", value_max=20),
    F("gấp 20 lần", "20", 20, "multiple", "lần", "năng suất phun của một thiết bị so với lao động thủ công"),
    F("từ 30.000 đến", "30.000", 30000, "money", "đồng/ha/lần", "chi phí thuê phun", value_max=40000),
    F("bình quân 300.000", "300.000", 300000, "money", "đồng/ha", "chi phí nông dân giảm bình quân mỗi vụ"),
    F("hỗ trợ 50%", "50", 50, "percent", "%", "mức hỗ trợ giá trị thiết bị bay", Y24),
    F("tối đa 200 triệu", "200", 200000000, "money", "đồng/thiết bị", "mức hỗ trợ tối đa cho hợp tác xã mua thiết bị bay", Y24,
      approx="at_most"),
    F("có 27 hợp tác xã", "27", 27, "count", "hợp tác xã", "hợp tác xã được hỗ trợ mua thiết bị bay", NOW),
    F("4,9 tỷ", "4,9", 4900000000, "money", "đồng", "tổng kinh phí hỗ trợ hợp tác xã mua thiết bị bay", NOW),
    F("356 phi công", "356", 356, "count", "phi công", "phi công được đào tạo, cấp chứng chỉ điều khiển"),
    F("48 người", "48", 48, "count", "người", "phi công là xã viên hợp tác xã", total=356),
    F("gồm 5 thiết bị", "5", 5, "count", "thiết bị", "thiết bị của tổ bay HTX Nông nghiệp Tân Cường", location="Tam Nông"),
    F("1.450 ha", "1.450", 1450, "measure", "ha", "diện tích lúa tổ bay HTX Tân Cường phun thuốc vụ Hè Thu", location="Tam Nông"),
    F("420 hộ", "420", 420, "count", "hộ", "hộ xã viên được tổ bay HTX Tân Cường phục vụ", location="Tam Nông"),
    F("100% hợp tác xã", "100", 100, "percent", "%", "hợp tác xã sản xuất lúa có dịch vụ phun thuốc bằng thiết bị bay",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "Probe 661-5. Party newspaper (Báo Đồng Tháp, tag '(BĐT)'): agricultural drones for spraying, districts, cost savings, support, pilots.",
    "Byline 'HỮU NGHĨA' and bare date '12/9/2024' at the end give published. Hotline '1900.6789' is not a figure.",
    "District list 'Tháp Mười dẫn đầu với 96 …, tiếp đến là Tam Nông 71 …': places go to location, subject is the list's indicator;",
    "'đứng thứ 4' is a rank of Lấp Vò. No total: the list has no cue and does not add up to 412.",
    "'tăng gần gấp 3 lần so với năm 2022' is the change of 412 (lần, nearly). 'gấp 20 lần lao động thủ công' standing as its own sentence: multiple.",
    "'tiết kiệm 20-30% lượng thuốc' and 'khoảng 90% lượng nước' are percent claims (no change). 'đến nay' ends at the dateline.",
    "'trong đó 48 người' is part of the 356 pilots. HTX Tân Cường figures: location Tam Nông (district named in the bracket).",
]

if __name__ == "__main__":
    emit("p661-5", TEXT, COMMENTS, FIGS, published="2024-09-12", location="Đồng Tháp")
