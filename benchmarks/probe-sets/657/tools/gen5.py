from lib import *

TEXT = """BÁO YÊN BÁI - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH YÊN BÁI
Thời sự > Xây dựng Đảng

Mù Cang Chải: Tiếng loa truyền thanh đến 105 bản vùng cao

YBĐT - Những năm qua, huyện vùng cao Mù Cang Chải đã chú trọng đầu tư cho hệ thống thông tin cơ sở. Hiện 14/14 xã, thị trấn trong huyện đã có đài truyền thanh, trong đó 9 đài đã chuyển sang công nghệ truyền thanh thông minh.

Hệ thống hiện có 312 cụm loa, phủ sóng tới 105 bản, đạt 100% số bản trên địa bàn. Các chương trình được phát bằng 3 thứ tiếng: tiếng phổ thông, tiếng Mông và tiếng Thái.

Năm 2023, đài truyền thanh các xã đã sản xuất và phát hơn 6.800 tin, bài, trong đó gần 2.400 tin, bài bằng tiếng Mông; thời lượng phát sóng bình quân 60 phút/ngày, chia thành 2 buổi sáng và chiều.

Bên cạnh đó, huyện đã lắp đặt 98 bảng tin công cộng tại nhà văn hóa thôn, bản với tổng kinh phí 1,47 tỷ đồng, bình quân 15 triệu đồng/bảng tin.

Ông Giàng A Của, Phó Chủ tịch UBND huyện cho biết: Khảo sát năm 2023 cho thấy 87% người dân được hỏi thường xuyên nghe loa truyền thanh, tăng 21 điểm phần trăm so với năm 2020. Nhờ loa truyền thanh, bà con ở bản Khấu Phạ, bản Mý Háng Tấu A đã chủ động phòng tránh sạt lở dọc Quốc lộ 32 trong mùa mưa bão.

Giai đoạn 2024-2025, huyện dự kiến đầu tư thêm 5 đài truyền thanh thông minh với tổng kinh phí khoảng 1,9 tỷ đồng, phấn đấu đến năm 2025 có 100% đài truyền thanh xã ứng dụng CNTT - viễn thông.

Thanh Tân
15/3/2024
"""

y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
gd = P("Giai đoạn 2024-2025", "2024-01-01", "2025-12-31")

FIGS = [
    F("đến 105 bản", "105", 105, "count", "bản", "bản có tiếng loa truyền thanh"),
    F("Hiện 14/14", "14", 14, "count", "xã, thị trấn", "xã, thị trấn đã có đài truyền thanh", total=14),
    F("9 đài", "9", 9, "count", "đài", "đài đã chuyển sang công nghệ truyền thanh thông minh", total=14),
    F("có 312 cụm", "312", 312, "count", "cụm loa", "cụm loa"),
    F("tới 105 bản", "105", 105, "count", "bản", "bản được phủ sóng loa truyền thanh", percent=100),
    F("bằng 3 thứ tiếng", "3", 3, "count", "thứ tiếng", "thứ tiếng phát các chương trình"),
    F("hơn 6.800", "6.800", 6800, "count", "tin, bài", "tin, bài đài truyền thanh các xã sản xuất và phát", y23,
      approx="over"),
    F("gần 2.400", "2.400", 2400, "count", "tin, bài", "tin, bài bằng tiếng Mông", y23, approx="nearly", total=6800),
    F("bình quân 60 phút", "60", 60, "measure", "phút/ngày", "thời lượng phát sóng bình quân", y23),
    F("thành 2 buổi", "2", 2, "count", "buổi", "buổi phát sóng mỗi ngày", I(y23), optional=True),
    F("lắp đặt 98 bảng", "98", 98, "count", "bảng tin công cộng", "bảng tin công cộng lắp đặt tại nhà văn hóa thôn, bản"),
    F("kinh phí 1,47 tỷ", "1,47", 1.47e9, "money", "đồng", "tổng kinh phí lắp đặt bảng tin công cộng"),
    F("bình quân 15 triệu", "15", 15e6, "money", "đồng/bảng tin", "kinh phí bình quân mỗi bảng tin"),
    F("cho thấy 87%", "87", 87, "percent", "%", "người dân được hỏi thường xuyên nghe loa truyền thanh",
      P("năm 2023", "2023-01-01", "2023-12-31"), change=CH("increase", 21, "điểm phần trăm", "năm 2020")),
    F("thêm 5 đài", "5", 5, "count", "đài", "đài truyền thanh thông minh đầu tư thêm", gd, status="forecast"),
    F("khoảng 1,9 tỷ", "1,9", 1.9e9, "money", "đồng", "tổng kinh phí đầu tư đài truyền thanh thông minh", gd,
      approx="about", status="forecast"),
    F("có 100% đài", "100", 100, "percent", "%", "đài truyền thanh xã ứng dụng CNTT - viễn thông",
      P("đến năm 2025", end="2025-12-31"), status="target"),
]

emit("p657-5", TEXT, [
    "Party newspaper (Báo Yên Bái, `YBĐT -` tag, byline + bare date `15/3/2024` at the end): loudspeakers, bulletin boards and",
    "ethnic-language programmes in huyện Mù Cang Chải. Distractors: Quốc lộ 32, bản Mý Háng Tấu A, tiếng Mông/Thái, `Hiện` (no period).",
    "`105 bản, đạt 100% số bản` -> percent 100 of the count; `87% ..., tăng 21 điểm phần trăm so với năm 2020` -> change on the percent.",
    "`2 buổi` (sessions a day) optional; `3 thứ tiếng` is a count. `dự kiến` -> forecast; `phấn đấu đến năm 2025` -> target.",
    "Headline `105 bản` has no period. Location = the district (Mù Cang Chải).",
], FIGS, published="2024-03-15", location="Mù Cang Chải")
