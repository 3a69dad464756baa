"""p863-2: Hải Hậu district portal (Nam Định), district media centre's 2023 review (2024-01-16)."""
from lib import F, write, period, inherit, change

TEXT = """Cổng thông tin điện tử huyện Hải Hậu
Trang chủ > Tin tức > Văn hóa - Thông tin
Thứ Ba, 16/01/2024 - 15:30

Trung tâm Văn hóa, Thông tin và Thể thao huyện tổng kết công tác thông tin, tuyên truyền năm 2023

Sáng 15/1, Trung tâm Văn hóa, Thông tin và Thể thao huyện Hải Hậu tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.

Năm 2023, Trung tâm đã xây dựng và phát sóng 312 chương trình thời sự địa phương với 2.184 tin, bài, tăng 146 tin, bài so với năm 2022. Tổng thời lượng tiếp âm Đài Tiếng nói Việt Nam và Đài Phát thanh - Truyền hình Nam Định đạt gần 3.650 giờ. Trung tâm cộng tác với các cơ quan báo chí của tỉnh được 425 tin, bài, ảnh, trong đó Báo Nam Định đăng 178 tin, bài, Đài Phát thanh - Truyền hình tỉnh phát 203 tin, phóng sự. Tại Liên hoan phát thanh toàn tỉnh lần thứ IX, Trung tâm đoạt 1 giải Nhì và 2 giải Ba.

Đội ngũ cộng tác viên ở 34 xã, thị trấn có 68 người, mức thù lao bình quân 350.000 đồng/người/tháng. Hiện 34/34 xã, thị trấn có đài truyền thanh, trong đó 21 đài đã ứng dụng công nghệ thông tin - viễn thông, chiếm 61,8%; 13 đài còn lại vẫn dùng công nghệ FM. Trong năm, huyện bố trí 2,1 tỷ đồng nâng cấp 7 đài truyền thanh xã, lắp mới 126 cụm loa tại các xóm, tổ dân phố; riêng xã Hải Đường được đầu tư 18 cụm loa.

Năm 2024, Trung tâm phấn đấu sản xuất 320 chương trình thời sự, cộng tác với báo, đài tỉnh trên 450 tin, bài; dự kiến chuyển đổi thêm 6 đài truyền thanh xã sang công nghệ mới với kinh phí khoảng 900 triệu đồng.

Nguồn: Trung tâm VH-TT&TT huyện Hải Hậu
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
IN_YEAR = period("Trong năm", "2023-01-01", "2023-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("phát sóng 312 chương trình", "312", 312, "count", "chương trình",
      "chương trình thời sự địa phương xây dựng và phát sóng", Y23),
    F("với 2.184 tin, bài", "2.184", 2184, "count", "tin, bài",
      "tin, bài trong chương trình thời sự địa phương", Y23,
      change=change("increase", 146, "tin, bài", "năm 2022")),
    F("gần 3.650 giờ", "3.650", 3650, "measure", "giờ",
      "thời lượng tiếp âm Đài Tiếng nói Việt Nam và Đài Phát thanh - Truyền hình Nam Định",
      inherit(Y23), approx="nearly"),
    F("được 425 tin, bài, ảnh", "425", 425, "count", "tin, bài, ảnh",
      "tin, bài, ảnh cộng tác với các cơ quan báo chí của tỉnh", inherit(Y23)),
    F("đăng 178 tin, bài", "178", 178, "count", "tin, bài", "tin, bài Báo Nam Định đăng",
      inherit(Y23), total=425),
    F("phát 203 tin, phóng sự", "203", 203, "count", "tin, phóng sự",
      "tin, phóng sự Đài Phát thanh - Truyền hình tỉnh phát", inherit(Y23), total=425),
    F("đoạt 1 giải Nhì", "1", 1, "count", "giải",
      "giải Nhì tại Liên hoan phát thanh toàn tỉnh"),
    F("và 2 giải Ba", "2", 2, "count", "giải", "giải Ba tại Liên hoan phát thanh toàn tỉnh"),
    F("ở 34 xã, thị trấn", "34", 34, "count", "xã, thị trấn", "xã, thị trấn có cộng tác viên",
      optional=True),
    F("có 68 người", "68", 68, "count", "người", "cộng tác viên"),
    F("350.000 đồng/người/tháng", "350.000", 350000, "money", "đồng/người/tháng",
      "mức thù lao bình quân cộng tác viên"),
    F("Hiện 34/34 xã", "34", 34, "count", "xã, thị trấn", "xã, thị trấn có đài truyền thanh",
      total=34),
    F("trong đó 21 đài", "21", 21, "count", "đài",
      "đài truyền thanh ứng dụng công nghệ thông tin - viễn thông", total=34, percent=61.8),
    F("13 đài còn lại", "13", 13, "count", "đài", "đài truyền thanh dùng công nghệ FM", total=34),
    F("bố trí 2,1 tỷ đồng", "2,1", 2.1e9, "money", "đồng",
      "kinh phí nâng cấp đài truyền thanh xã, lắp mới cụm loa", IN_YEAR),
    F("nâng cấp 7 đài", "7", 7, "count", "đài truyền thanh xã", "đài truyền thanh xã được nâng cấp",
      IN_YEAR),
    F("lắp mới 126 cụm loa", "126", 126, "count", "cụm loa", "cụm loa lắp mới", IN_YEAR),
    F("đầu tư 18 cụm loa", "18", 18, "count", "cụm loa", "cụm loa đầu tư tại xã Hải Đường",
      IN_YEAR, total=126),
    F("sản xuất 320 chương trình", "320", 320, "count", "chương trình", "chương trình thời sự sản xuất",
      Y24, status="target"),
    F("trên 450 tin, bài", "450", 450, "count", "tin, bài", "tin, bài cộng tác với báo, đài tỉnh",
      Y24, approx="over", status="target"),
    F("thêm 6 đài", "6", 6, "count", "đài truyền thanh xã",
      "đài truyền thanh xã chuyển đổi sang công nghệ mới", Y24, status="forecast"),
    F("khoảng 900 triệu đồng", "900", 900e6, "money", "đồng",
      "kinh phí chuyển đổi đài truyền thanh xã", Y24, approx="about", status="forecast"),
]

NOTES = [
    "District portal of Hải Hậu (Nam Định): figures are the district's (location Hải Hậu), also the",
    "contributions printed by the provincial paper and the commune Hải Đường's loudspeakers.",
    "Not figures: 'Thứ Ba, 16/01/2024 - 15:30', 'Sáng 15/1', 'lần thứ IX', 'năm 2023/2024' in the meeting sentence.",
    "'Trong năm' in an annual review = 2023 (the year under review), not the baseline 'năm 2022'.",
    "'riêng xã Hải Đường được đầu tư 18 cụm loa' is a part of the 126 loudspeakers (total 126): 'riêng' works as 'trong đó'.",
    "'ở 34 xã, thị trấn' describes where the collaborators are: optional.",
]

if __name__ == "__main__":
    write(2, TEXT, FIGS, published="2024-01-16", location="Hải Hậu", notes=NOTES)
