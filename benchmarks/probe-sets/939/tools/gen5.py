"""p939-5: Báo Quảng Nam (Party newspaper) — Cù Lao Chàm reefs and seagrass, byline + bare date at the end."""
from lib import F, P, I, C, T, make

TEXT = """BÁO QUẢNG NAM - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH QUẢNG NAM
Xã hội > Môi trường

Cù Lao Chàm nỗ lực giữ rạn san hô, thảm cỏ biển

Sau gần 20 năm thành lập, Khu bảo tồn biển Cù Lao Chàm (TP. Hội An) đang chịu nhiều áp lực từ du lịch và biến đổi khí hậu. Chính quyền và người dân xã đảo Tân Hiệp đang đẩy mạnh phục hồi hệ sinh thái.

Theo Ban Quản lý Khu bảo tồn biển Cù Lao Chàm, kết quả khảo sát năm 2022 cho thấy diện tích rạn san hô của khu bảo tồn còn khoảng 165 ha, giảm gần 150 ha so với năm 2008; độ phủ san hô sống trung bình chỉ đạt 22,6%. Thảm cỏ biển tại khu vực Bãi Bìm, Bãi Hương từng rộng hơn 5 ha nay gần như biến mất, chỉ còn vài trăm mét vuông.

Để phục hồi, từ năm 2021 đến nay, Ban Quản lý đã phối hợp với Trung tâm Nghiên cứu biển trồng 1.800 tập đoàn san hô trên diện tích 0,8 ha, tỷ lệ sống đạt trên 70%. Năm 2022, khu bảo tồn đón hơn 421.000 lượt khách, tăng gấp 2,3 lần so với năm 2021; nguồn thu từ phí tham quan đạt 9,7 tỷ đồng, trong đó 30% được trích lại cho hoạt động bảo tồn.

Hiện xã Tân Hiệp có 7 tổ cộng đồng với 86 thành viên tham gia tuần tra, giám sát vùng lõi; mỗi thành viên được hỗ trợ 1,5 triệu đồng/tháng. Trong 5 tháng đầu năm 2023, các tổ đã thực hiện 124 lượt tuần tra, phát hiện 9 trường hợp neo đậu tàu thuyền trái phép trên rạn san hô.

Tỉnh Quảng Nam đặt mục tiêu đến năm 2025 nâng độ phủ san hô sống tại Cù Lao Chàm lên 30% và phục hồi 2 ha thảm cỏ biển.

MINH HẢI
23/05/2023
"""

HA = "Hội An"
P22 = P("năm 2022", "2022-01-01", "2022-12-31")
P21 = P("từ năm 2021 đến nay", "2021-01-01", "2023-05-23")
P22b = P("Năm 2022", "2022-01-01", "2022-12-31")
P5 = P("Trong 5 tháng đầu năm 2023", "2023-01-01", "2023-05-31")
P25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("gần 20 năm", "20", 20, "measure", "năm", "thời gian thành lập Khu bảo tồn biển Cù Lao Chàm",
      approx="nearly", optional=True),
    F("khoảng 165 ha", "165", 165, "measure", "ha", "diện tích rạn san hô của khu bảo tồn", P22, approx="about",
      change=C("decrease", 150, "ha", "năm 2008", "nearly")),
    F("đạt 22,6%", "22,6", 22.6, "percent", "%", "độ phủ san hô sống trung bình", P22),
    F("hơn 5 ha", "5", 5, "measure", "ha", "diện tích thảm cỏ biển tại khu vực Bãi Bìm, Bãi Hương trước đây",
      approx="over"),
    F("trồng 1.800 tập đoàn", "1.800", 1800, "count", "tập đoàn san hô", "tập đoàn san hô trồng phục hồi", P21),
    F("diện tích 0,8 ha", "0,8", 0.8, "measure", "ha", "diện tích trồng san hô", P21),
    F("trên 70%", "70", 70, "percent", "%", "tỷ lệ sống của san hô trồng", P21, approx="over"),
    F("hơn 421.000 lượt khách", "421.000", 421000, "count", "lượt khách", "lượt khách đến khu bảo tồn", P22b,
      approx="over", change=C("increase", 2.3, "lần", "năm 2021")),
    F("đạt 9,7 tỷ đồng", "9,7", 9.7e9, "money", "đồng", "nguồn thu từ phí tham quan", P22b),
    F("trong đó 30%", "30", 30, "percent", "%", "nguồn thu được trích lại cho hoạt động bảo tồn", P22b),
    F("có 7 tổ cộng đồng", "7", 7, "count", "tổ cộng đồng", "tổ cộng đồng tham gia tuần tra, giám sát vùng lõi"),
    F("với 86 thành viên", "86", 86, "count", "thành viên", "thành viên tổ cộng đồng tham gia tuần tra, giám sát"),
    F("hỗ trợ 1,5 triệu đồng/tháng", "1,5", 1.5e6, "money", "đồng/tháng", "mức hỗ trợ mỗi thành viên"),
    F("thực hiện 124 lượt", "124", 124, "count", "lượt tuần tra", "lượt tuần tra của các tổ cộng đồng", P5),
    F("phát hiện 9 trường hợp", "9", 9, "count", "trường hợp",
      "trường hợp neo đậu tàu thuyền trái phép trên rạn san hô", P5),
    F("lên 30%", "30", 30, "percent", "%", "độ phủ san hô sống tại Cù Lao Chàm", P25, status="target"),
    F("phục hồi 2 ha", "2", 2, "measure", "ha", "diện tích thảm cỏ biển phục hồi", P25, status="target"),
]

make("p939-5", TEXT, FIGS, published="2023-05-23", location=HA, notes=[
    "Báo Quảng Nam: Cù Lao Chàm MPA (xã Tân Hiệp, TP. Hội An), byline MINH HẢI and bare date 23/05/2023 at the end.",
    "Not figures: 'năm 2008', 'năm 2021' (baselines), 'vài trăm mét vuông' (no number).",
    "'Sau gần 20 năm thành lập' is the MPA's age: optional (a duration, arguably only locating in time).",
    "Location: the MPA lies in TP. Hội An (named in the lead); the 2025 targets set by the province are for",
    "Cù Lao Chàm, so Hội An too. 'trong đó 30%' is a share of a part of 9,7 tỷ: a percent figure of its own.",
])
