"""p817-2: huyện Ngọc Hiển (Cà Mau) district portal, mangrove charcoal kilns in xã Tam Giang Tây, 2023."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NGỌC HIỂN
Kinh tế - Xã hội
Thứ Năm, 14/09/2023 - 10:20

Nghề làm than đước ở Tam Giang Tây: giữ nghề, giảm khói

Xã Tam Giang Tây hiện có 46 hộ làm than với 128 lò than đước đang hoạt động, giảm 19 lò so với năm 2020. Mỗi lò có sức chứa từ 18 đến 25 m3 củi đước, một mẻ đốt kéo dài khoảng 30 ngày và cho ra 5-6 tấn than thành phẩm. Ông Lê Văn Chín ở ấp Kinh 17 có 4 lò, là hộ làm than lâu năm nhất xã.

Từ đầu năm đến nay, các lò trong xã đã xuất bán khoảng 2.150 tấn than, doanh thu ước đạt 25,8 tỷ đồng, tăng 11% so với cùng kỳ. Giá than đước loại 1 tại lò hiện ở mức 12.000 đồng/kg, loại 2 khoảng 9.500 đồng/kg. Bình quân mỗi lò tạo việc làm cho 3-4 lao động với thu nhập từ 6 đến 7,5 triệu đồng/người/tháng.

Thực hiện Kế hoạch số 87/KH-UBND của UBND huyện, năm 2023 xã đặt mục tiêu chuyển đổi 12 hộ sang lò than cải tiến có ống khói cao trên 8 m, có hệ thống thu hồi giấm gỗ; đến nay đã có 9 hộ hoàn thành, đạt 75% kế hoạch. Mỗi hộ chuyển đổi được huyện hỗ trợ 15 triệu đồng. Trong 8 tháng năm 2023, UBND xã tiếp nhận 5 phản ánh của người dân về khói lò than, giảm 7 phản ánh so với cùng kỳ năm 2022.

Theo ông Nguyễn Thanh Tùng, Chủ tịch UBND xã, thời gian tới xã tiếp tục vận động các hộ còn lại đầu tư lò cải tiến, gắn với bảo vệ và khai thác rừng đước theo đúng phương án được duyệt.

Ngọc Hân (Trung tâm VH-TT&TT huyện)
"""

FIGS = [
    F("có 46 hộ làm than", "46", 46, "count", "hộ", "hộ làm than"),
    F("với 128 lò than đước", "128", 128, "count", "lò than đước", "lò than đước đang hoạt động",
      change=C("decrease", 19, unit="lò", baseline="năm 2020")),
    F("từ 18 đến 25 m3", "18", 18, "measure", "m3", "sức chứa củi đước mỗi lò", value_max=25),
    F("khoảng 30 ngày", "30", 30, "measure", "ngày", "thời gian một mẻ đốt", approx="about"),
    F("cho ra 5-6 tấn", "5", 5, "measure", "tấn", "than thành phẩm một mẻ đốt", value_max=6),
    F("có 4 lò", "4", 4, "count", "lò", "lò than của hộ ông Lê Văn Chín"),
    F("khoảng 2.150 tấn than", "2.150", 2150, "measure", "tấn", "than xuất bán",
      P("Từ đầu năm đến nay", "2023-01-01", "2023-09-14"), approx="about"),
    F("ước đạt 25,8 tỷ đồng", "25,8", 25800000000, "money", "đồng", "doanh thu bán than",
      P("Từ đầu năm đến nay", "2023-01-01", "2023-09-14"), status="estimate",
      change=C("increase", 11, baseline="cùng kỳ")),
    F("mức 12.000 đồng/kg", "12.000", 12000, "money", "đồng/kg", "giá than đước loại 1 tại lò"),
    F("khoảng 9.500 đồng/kg", "9.500", 9500, "money", "đồng/kg", "giá than đước loại 2 tại lò", approx="about"),
    F("cho 3-4 lao động", "3", 3, "count", "lao động", "lao động mỗi lò", value_max=4),
    F("từ 6 đến 7,5 triệu", "6", 6000000, "money", "đồng/người/tháng", "thu nhập lao động làm than",
      value_max=7500000),
    F("chuyển đổi 12 hộ", "12", 12, "count", "hộ", "hộ chuyển đổi sang lò than cải tiến",
      P("năm 2023", "2023-01-01", "2023-12-31"), status="target"),
    F("cao trên 8 m", "8", 8, "measure", "m", "chiều cao ống khói lò than cải tiến", approx="over", optional=True),
    F("có 9 hộ hoàn thành", "9", 9, "count", "hộ", "hộ hoàn thành chuyển đổi sang lò than cải tiến",
      P("đến nay", None, "2023-09-14"), percent=75),
    F("hỗ trợ 15 triệu đồng", "15", 15000000, "money", "đồng", "mức hỗ trợ mỗi hộ chuyển đổi"),
    F("tiếp nhận 5 phản ánh", "5", 5, "count", "phản ánh", "phản ánh của người dân về khói lò than",
      P("8 tháng năm 2023", "2023-01-01", "2023-08-31"),
      change=C("decrease", 7, unit="phản ánh", baseline="cùng kỳ năm 2022")),
]

NOTES = [
    "Cổng TTĐT huyện Ngọc Hiển (Cà Mau): lò than đước ở xã Tam Giang Tây, 2023 (hộ, lò, mẻ đốt, sản lượng, giá, thu nhập, chuyển đổi lò cải tiến, phản ánh).",
    "Location: the commune lies in the district, so the district (Ngọc Hiển) as for a district portal.",
    "'Từ đầu năm đến nay' and 'đến nay' end at the dateline 14/09/2023. 'năm 2023 xã đặt mục tiêu chuyển đổi 12 hộ' is a target;",
    "  '9 hộ ..., đạt 75% kế hoạch' carries percent 75 (no target attribute: the plan stands in another clause, not 'đạt 9/12 hộ').",
    "'ống khói cao trên 8 m' is the specification of the improved kiln: optional.",
    "Distractors: Kế hoạch số 87/KH-UBND, ấp Kinh 17, ông Lê Văn Chín, 'Thứ Năm, 14/09/2023 - 10:20', 'năm 2020' (baseline).",
]

write("p817-2", TEXT, NOTES, FIGS, published="2023-09-14", location="Ngọc Hiển")
