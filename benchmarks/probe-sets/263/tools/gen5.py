from lib import F, P, emit

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Hoạt động của Bộ

Hưởng ứng Ngày Nhà vệ sinh thế giới 19/11: Còn gần 1,9 triệu hộ nông thôn chưa có nhà tiêu hợp vệ sinh
14/11/2024 - 10:25 | Cục Quản lý môi trường y tế

Theo số liệu tổng hợp của Cục Quản lý môi trường y tế, năm 2023, tỷ lệ hộ gia đình nông thôn có nhà tiêu hợp vệ sinh trên toàn quốc đạt 80,5%, tăng 1,7 điểm phần trăm so với năm 2022, nhưng vẫn thấp hơn mục tiêu 85% đặt ra cho năm 2025. Cả nước còn gần 1,9 triệu hộ nông thôn chưa có nhà tiêu hoặc sử dụng nhà tiêu không hợp vệ sinh, chủ yếu ở vùng dân tộc thiểu số và miền núi.

Trong năm 2023, thêm khoảng 640 nghìn hộ gia đình nông thôn có nhà tiêu hợp vệ sinh. Có 21/63 tỉnh, thành phố đạt tỷ lệ trên 95%, dẫn đầu là Thái Bình (99,1%), Nam Định (98,6%) và Hà Nam (98,2%). Ngược lại, một số tỉnh vẫn ở mức thấp như Điện Biên (48,6%), Lai Châu (51,2%), Hà Giang (53,9%).

Tỷ lệ hộ gia đình có điểm rửa tay với xà phòng và nước sạch đạt 86,1%; 88,7% trường học và 91,4% trạm y tế xã có nhà tiêu hợp vệ sinh. Tuy vậy, khoảng 5,2% dân số nông thôn, tương đương gần 3,2 triệu người, vẫn còn đi tiêu bừa bãi.

Theo Thông tư số 15/2024/TT-BYT, mỗi nhà tiêu phải được kiểm tra định kỳ ít nhất 01 lần/năm. Bộ Y tế đề nghị các địa phương phấn đấu đến năm 2025 có 85% hộ gia đình nông thôn sử dụng nhà tiêu hợp vệ sinh và đến năm 2030 đạt 100%, chấm dứt tình trạng phóng uế bừa bãi.

Mọi thông tin chi tiết xin liên hệ: Phòng Vệ sinh môi trường, số 138A Giảng Võ, Ba Đình, Hà Nội; ĐT: 024.38464914.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
Y23b = P("Trong năm 2023", "2023-01-01", "2023-12-31")
SUBJ = "tỷ lệ hộ gia đình nông thôn có nhà tiêu hợp vệ sinh"

FIGS = [
    F("Còn gần 1,9 triệu hộ", "1,9", 1900000, "count", "hộ", "hộ nông thôn chưa có nhà tiêu hợp vệ sinh", Y23i,
      approx="nearly"),
    F("toàn quốc đạt 80,5%", "80,5", 80.5, "percent", "%", SUBJ, Y23,
      change={"direction": "increase", "value": 1.7, "unit": "điểm phần trăm", "baseline": "năm 2022"},
      target={"value": 85, "unit": "%", "met": False}),
    F("còn gần 1,9 triệu hộ", "1,9", 1900000, "count", "hộ",
      "hộ nông thôn chưa có nhà tiêu hoặc sử dụng nhà tiêu không hợp vệ sinh", Y23i, approx="nearly"),
    F("thêm khoảng 640 nghìn hộ", "640", 640000, "count", "hộ",
      "hộ gia đình nông thôn có thêm nhà tiêu hợp vệ sinh", Y23b, approx="about"),
    F("Có 21/63 tỉnh", "21", 21, "count", "tỉnh, thành phố", "tỉnh, thành phố đạt tỷ lệ trên 95%", Y23i, total=63),
    F("tỷ lệ trên 95%", "95", 95, "percent", "%", SUBJ, Y23i, approx="over", optional=True),
    F("Thái Bình (99,1%)", "99,1", 99.1, "percent", "%", SUBJ, Y23i, location="Thái Bình"),
    F("Nam Định (98,6%)", "98,6", 98.6, "percent", "%", SUBJ, Y23i, location="Nam Định"),
    F("Hà Nam (98,2%)", "98,2", 98.2, "percent", "%", SUBJ, Y23i, location="Hà Nam"),
    F("Điện Biên (48,6%)", "48,6", 48.6, "percent", "%", SUBJ, Y23i, location="Điện Biên"),
    F("Lai Châu (51,2%)", "51,2", 51.2, "percent", "%", SUBJ, Y23i, location="Lai Châu"),
    F("Hà Giang (53,9%)", "53,9", 53.9, "percent", "%", SUBJ, Y23i, location="Hà Giang"),
    F("đạt 86,1%", "86,1", 86.1, "percent", "%", "tỷ lệ hộ gia đình có điểm rửa tay với xà phòng và nước sạch", Y23i),
    F("88,7% trường học", "88,7", 88.7, "percent", "%", "trường học có nhà tiêu hợp vệ sinh", Y23i),
    F("91,4% trạm", "91,4", 91.4, "percent", "%", "trạm y tế xã có nhà tiêu hợp vệ sinh", Y23i),
    F("khoảng 5,2% dân số", "5,2", 5.2, "percent", "%", "dân số nông thôn còn đi tiêu bừa bãi", Y23i, approx="about"),
    F("gần 3,2 triệu người", "3,2", 3200000, "count", "người", "người còn đi tiêu bừa bãi", Y23i, approx="nearly"),
    F("ít nhất 01 lần/năm", "01", 1, "measure", "lần/năm", "tần suất kiểm tra nhà tiêu", approx="at_least",
      optional=True),
    F("có 85% hộ", "85", 85, "percent", "%", "hộ gia đình nông thôn sử dụng nhà tiêu hợp vệ sinh",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("đạt 100%, chấm", "100", 100, "percent", "%", "hộ gia đình nông thôn sử dụng nhà tiêu hợp vệ sinh",
      P("đến năm 2030", None, "2030-12-31"), status="target"),
]

emit("p263-5", TEXT, FIGS, [
    "Ministry site (Bộ Y tế), dateline 'dd/mm/yyyy - hh:mm | <unit>': national rural sanitation 2023, provinces in lists.",
    "'đạt 80,5%, tăng 1,7 điểm phần trăm …, nhưng vẫn thấp hơn mục tiêu 85%' -> change (điểm phần trăm) and target 85 (met false).",
    "Headline and body both state 'gần 1,9 triệu hộ' (two figures; period năm 2023 inherited). '21/63 tỉnh' total 63, national.",
    "'tỷ lệ trên 95%' is the criterion of the 21 provinces (optional). Province list items -> location, indicator as subject.",
    "'khoảng 5,2% dân số …, tương đương gần 3,2 triệu người': both are figures (as shared h01 '83,48%, tương đương 1,488 triệu');",
    "the share is not the count's percent attribute because it stands before it as its own claim. Rule 'ít nhất 01 lần/năm' optional.",
    "Distractors: 'Ngày Nhà vệ sinh thế giới 19/11', Thông tư số 15/2024/TT-BYT, address 138A Giảng Võ, phone 024.38464914.",
], location="Việt Nam", published="2024-11-14")
