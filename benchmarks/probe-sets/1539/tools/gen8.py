"""p1539-8: news agency (TTXVN/Vietnam+): chili prices double in An Giang; a processor in huyện Chợ Mới; national chili exports."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """VIETNAM+ | Kinh tế | Nông nghiệp

An Giang: Giá ớt tăng gấp đôi, nông dân lãi lớn

22/03/2025 10:35 GMT+7

An Giang (TTXVN) - Những ngày này, nông dân trồng ớt ở các huyện Chợ Mới, Phú Tân tất bật thu hoạch khi giá ớt tăng mạnh.

Theo Sở Nông nghiệp và Phát triển nông thôn An Giang, vụ Đông Xuân 2024-2025, toàn tỉnh xuống giống 1.420 ha ớt, giảm 160 ha so với vụ trước, tập trung ở huyện Chợ Mới (khoảng 850 ha) và huyện Phú Tân (320 ha). Năng suất bình quân đạt 20-22 tấn/ha.

Hiện ớt chỉ thiên loại 1 được thương lái thu mua 52.000-55.000 đồng/kg, gấp đôi cùng kỳ năm 2024. Với giá này, mỗi ha ớt cho lãi trên 400 triệu đồng.

Ông Nguyễn Văn Út ở ấp Long Hòa 2, xã Long Điền A, huyện Chợ Mới, trồng 1,2 ha ớt, cho biết sau khi trừ chi phí, gia đình ông lãi gần 500 triệu đồng.

Quý I/2025, Công ty TNHH Nông sản Tân Long (huyện Chợ Mới) thu mua khoảng 2.300 tấn ớt tươi để chế biến tương ớt và ớt đông lạnh xuất khẩu, tăng 15% so với quý I/2024. Riêng tháng 2, kim ngạch xuất khẩu ớt của công ty đạt 1,8 triệu USD. Công ty có 3 kho lạnh với sức chứa 1.500 tấn.

Theo Hiệp hội Rau quả Việt Nam, 2 tháng đầu năm 2025, xuất khẩu ớt của cả nước đạt 27 triệu USD, tăng 35% so với cùng kỳ.

Ngành nông nghiệp tỉnh dự báo vụ Hè Thu 2025, diện tích ớt có thể tăng lên khoảng 1.600 ha, vì vậy khuyến cáo nông dân không mở rộng ồ ạt, liên kết với doanh nghiệp để ổn định đầu ra.

Thanh Sang (TTXVN)
"""

Q1 = per("Quý I/2025", "2025-01-01", "2025-03-31")
FEB = per("tháng 2", "2025-02-01", "2025-02-28")
M2 = per("2 tháng đầu năm 2025", "2025-01-01", "2025-02-28")
CM = "Chợ Mới"

FIGS = [
    fig("tăng gấp đôi", "đôi", 2, "multiple", "lần", subject="giá ớt"),
    fig("giống 1.420 ha", "1.420", 1420, "measure", "ha", change=chg("decrease", 160, "ha", "vụ trước"),
        subject="diện tích ớt xuống giống"),
    fig("(khoảng 850 ha)", "850", 850, "measure", "ha", approx="about", subject="diện tích ớt xuống giống",
        location=CM),
    fig("(320 ha)", "320", 320, "measure", "ha", subject="diện tích ớt xuống giống", location="Phú Tân"),
    fig("đạt 20-22 tấn/ha", "20", 20, "measure", "tấn/ha", value_max=22, subject="năng suất ớt bình quân"),
    fig("mua 52.000-55.000", "52.000", 52000, "money", "đồng/kg", value_max=55000,
        change=chg("increase", 2, "lần", "cùng kỳ năm 2024"), subject="giá thu mua ớt chỉ thiên loại 1"),
    fig("trên 400 triệu", "400", 400e6, "money", "đồng/ha", approx="over", subject="lãi mỗi ha ớt"),
    fig("trồng 1,2 ha", "1,2", 1.2, "measure", "ha", subject="diện tích ớt ông Nguyễn Văn Út trồng", location=CM),
    fig("lãi gần 500 triệu", "500", 500e6, "money", "đồng", approx="nearly",
        subject="lãi của gia đình ông Nguyễn Văn Út", location=CM),
    fig("khoảng 2.300 tấn", "2.300", 2300, "measure", "tấn", approx="about",
        change=chg("increase", 15, "%", "quý I/2024"), subject="ớt tươi Công ty TNHH Nông sản Tân Long thu mua",
        period=Q1, location=CM),
    fig("đạt 1,8 triệu", "1,8", 1.8e6, "money", "USD", subject="kim ngạch xuất khẩu ớt của công ty",
        period=FEB, location=CM),
    fig("có 3 kho lạnh", "3", 3, "count", "kho lạnh", subject="kho lạnh của công ty", location=CM),
    fig("sức chứa 1.500 tấn", "1.500", 1500, "measure", "tấn", subject="sức chứa kho lạnh", location=CM),
    fig("đạt 27 triệu", "27", 27e6, "money", "USD", change=chg("increase", 35, "%", "cùng kỳ"),
        subject="xuất khẩu ớt của cả nước", period=M2, location="Việt Nam"),
    fig("khoảng 1.600 ha", "1.600", 1600, "measure", "ha", approx="about", status="forecast",
        subject="diện tích ớt"),
]

NOTES = [
    "News agency (TTXVN / Vietnam+): '22/03/2025 10:35 GMT+7', dateline 'An Giang (TTXVN) -', byline '(TTXVN)'. Default location An Giang.",
    "Distractors: 10:35, GMT+7, 'ấp Long Hòa 2', 'loại 1' (a grade), 'vụ Đông Xuân 2024-2025', 'vụ Hè Thu 2025', baseline 'quý I/2024'.",
    "Headline 'tăng gấp đôi' = multiple 2 (number word 'đôi'); in the body 'gấp đôi cùng kỳ năm 2024' is the change of the price.",
    "Seasons (vụ Đông Xuân, vụ Hè Thu) are not periods the spec defines: their figures get no period (not scored).",
    "'Chợ Mới (khoảng 850 ha) và Phú Tân (320 ha)' add up to 1.170, not 1.420: no total; each district is its location.",
    "Farmer and company in huyện Chợ Mới: location Chợ Mới. 'Riêng tháng 2' takes 2025 from 'Quý I/2025'.",
    "'mỗi ha ... lãi trên 400 triệu đồng' → đồng/ha. 'cả nước' → Việt Nam. 'dự báo ... có thể tăng lên khoảng 1.600 ha' → forecast.",
]

if __name__ == "__main__":
    write("p1539-8", TEXT, NOTES, FIGS, published="2025-03-22", location="An Giang")
