"""p1052-5: provincial Party newspaper (Báo Thái Bình), byline and bare date at the end."""
from lib import F, P, I, C, T, write_set

TEXT = """Thủy lợi Bắc Thái Bình chủ động tiêu úng cho lúa mùa

Những ngày cuối tháng 9, mưa lớn kéo dài khiến nhiều cánh đồng ở các huyện Quỳnh Phụ, Hưng Hà, Đông Hưng (Thái Bình) bị ngập úng cục bộ. Công ty TNHH một thành viên Khai thác công trình thủy lợi Bắc Thái Bình đã vận hành đồng loạt 38 trạm bơm đầu mối với 214 máy, tiêu thoát nước cho hơn 23.000 ha lúa mùa.

Theo ông Phạm Văn Hai, Giám đốc Công ty, đơn vị đang quản lý 62 trạm bơm điện, 1.047 km kênh trục và kênh cấp I, cấp II, phục vụ tưới, tiêu cho 43.500 ha đất canh tác mỗi vụ. Chỉ riêng tiền điện bơm tiêu trong đợt mưa vừa qua đã lên tới 6,4 tỷ đồng, gấp 1,8 lần cùng kỳ năm 2022.

Năm 2023, công ty được giao kinh phí hỗ trợ sử dụng sản phẩm, dịch vụ công ích thủy lợi là 121,7 tỷ đồng; 9 tháng đã thực hiện 94,2 tỷ đồng, đạt 77,4%. Nguồn kinh phí này được dùng để trả tiền điện, duy tu, bảo dưỡng công trình và nạo vét 410.000 m3 bùn đất, chiếm khoảng 60% khối lượng cần nạo vét hằng năm.

Ông Hai cho biết, mức giá tưới tiêu bằng động lực cho lúa theo quy định hiện hành là 1.811.000 đồng/ha/vụ, trong khi chi phí thực tế của công ty khoảng 2,1 triệu đồng/ha/vụ, cao hơn 16% so với mức giá được hỗ trợ. Nhiều trạm bơm đã vận hành trên 40 năm, hiệu suất chỉ còn 60-70% so với thiết kế.

Công ty kiến nghị tỉnh đầu tư nâng cấp 12 trạm bơm xuống cấp với tổng mức đầu tư dự kiến khoảng 380 tỷ đồng trong giai đoạn 2024-2025.

NGUYỄN THU
12/10/2023
"""

SEP = I(P("Những ngày cuối tháng 9"))
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
M9 = P("9 tháng", "2023-01-01", "2023-09-30")
GD = P("giai đoạn 2024-2025", "2024-01-01", "2025-12-31")
FIGS = [
    F("đồng loạt 38 trạm bơm", "38", 38, "count", "trạm bơm đầu mối",
      "trạm bơm đầu mối được vận hành tiêu úng", SEP),
    F("với 214 máy", "214", 214, "count", "máy", "máy bơm được vận hành tiêu úng", SEP),
    F("hơn 23.000 ha", "23.000", 23000, "measure", "ha",
      "diện tích lúa mùa được tiêu thoát nước", SEP, approx="over"),
    F("quản lý 62 trạm bơm", "62", 62, "count", "trạm bơm điện",
      "trạm bơm điện do công ty quản lý"),
    F("1.047 km", "1.047", 1047, "measure", "km",
      "kênh trục và kênh cấp I, cấp II do công ty quản lý"),
    F("cho 43.500 ha", "43.500", 43500, "measure", "ha",
      "diện tích đất canh tác được phục vụ tưới, tiêu mỗi vụ"),
    F("lên tới 6,4 tỷ đồng", "6,4", 6.4e9, "money", "đồng",
      "tiền điện bơm tiêu trong đợt mưa",
      change=C("increase", 1.8, "lần", "cùng kỳ năm 2022")),
    F("là 121,7 tỷ đồng", "121,7", 121.7e9, "money", "đồng",
      "kinh phí hỗ trợ sử dụng sản phẩm, dịch vụ công ích thủy lợi được giao", Y23),
    F("thực hiện 94,2 tỷ đồng", "94,2", 94.2e9, "money", "đồng",
      "kinh phí hỗ trợ đã thực hiện", M9, percent=77.4),
    F("nạo vét 410.000 m3", "410.000", 410000, "measure", "m3",
      "bùn đất được nạo vét", I(M9), percent=60),
    F("là 1.811.000 đồng/ha/vụ", "1.811.000", 1811000, "money", "đồng/ha/vụ",
      "mức giá tưới tiêu bằng động lực cho lúa"),
    F("khoảng 2,1 triệu đồng/ha/vụ", "2,1", 2.1e6, "money", "đồng/ha/vụ",
      "chi phí thực tế tưới tiêu của công ty", approx="about",
      change=C("increase", 16, "%", "mức giá được hỗ trợ")),
    F("trên 40 năm", "40", 40, "measure", "năm",
      "thời gian vận hành của trạm bơm", approx="over"),
    F("chỉ còn 60-70%", "60", 60, "percent", "%",
      "hiệu suất trạm bơm so với thiết kế", value_max=70),
    F("nâng cấp 12 trạm bơm", "12", 12, "count", "trạm bơm",
      "trạm bơm xuống cấp đề nghị nâng cấp", GD),
    F("khoảng 380 tỷ đồng", "380", 380e9, "money", "đồng",
      "tổng mức đầu tư nâng cấp trạm bơm", GD, approx="about", status="forecast"),
]

NOTES = [
    "Báo Thái Bình: Bắc Thái Bình irrigation company drains rain-flooded rice (late Sept 2023), fee support, price vs cost.",
    "Byline NGUYỄN THU and bare date 12/10/2023 at the end = published. Location Thái Bình (districts listed only as where floods hit).",
    "'gấp 1,8 lần cùng kỳ năm 2022' after 6,4 tỷ is its change (1,8 lần). '9 tháng' takes 2023 from 'Năm 2023'.",
    "'trên 40 năm' (age of pumping stations) is a measure in năm, not a period. 'Phạm Văn Hai', 'kênh cấp I, cấp II' are not figures.",
]

write_set("p1052-5", TEXT, FIGS, NOTES, published="2023-10-12", location="Thái Bình")
