"""p1052-1: province portal, Nghệ An, irrigation-fee support 2023."""
from lib import F, P, I, C, T, write_set

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Nghệ An hỗ trợ hơn 214 tỷ đồng tiền sử dụng dịch vụ thủy lợi năm 2023

Cập nhật: 12/03/2024 09:45 | Lượt xem: 2.317

Theo Sở Nông nghiệp và Phát triển nông thôn, năm 2023 tổng kinh phí hỗ trợ tiền sử dụng sản phẩm, dịch vụ công ích thủy lợi trên địa bàn tỉnh đạt 214,3 tỷ đồng, tăng 6,2% so với năm 2022. Trong đó, ngân sách Trung ương hỗ trợ 158,6 tỷ đồng, ngân sách tỉnh bố trí 55,7 tỷ đồng.

Kinh phí được cấp cho 4 công ty TNHH một thành viên thủy lợi và 412 tổ chức thủy lợi cơ sở để phục vụ tưới, tiêu cho gần 246.500 ha, đạt 101,3% kế hoạch. Trong đó, diện tích lúa được tưới là 182.340 ha, chiếm 74%; cây màu, cây công nghiệp 41.200 ha; nuôi trồng thủy sản 3.960 ha.

Theo Quyết định số 37/2022/QĐ-UBND, giá tối đa sản phẩm, dịch vụ công ích thủy lợi đối với lúa tưới bằng trọng lực là 1.370.000 đồng/ha/vụ, tưới bằng động lực là 1.811.000 đồng/ha/vụ; vùng miền núi được cộng thêm 20%. Mức hỗ trợ được thực hiện theo Nghị định số 96/2018/NĐ-CP của Chính phủ.

Từ nguồn kinh phí này, các đơn vị đã nạo vét 1.236 km kênh mương, sửa chữa 87 trạm bơm điện và 46 cống, đập. Đến cuối năm 2023, tỷ lệ kênh mương do tổ chức thủy lợi cơ sở quản lý được kiên cố hóa đạt 68,5%.

Năm 2024, tỉnh phấn đấu kiên cố hóa thêm 150 km kênh mương nội đồng, nâng tỷ lệ kênh mương được kiên cố lên 71%. Dự kiến tổng nhu cầu kinh phí hỗ trợ khoảng 225 tỷ đồng.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("hỗ trợ hơn 214 tỷ đồng", "214", 214e9, "money", "đồng",
      "tiền sử dụng dịch vụ thủy lợi được hỗ trợ", P("năm 2023", "2023-01-01", "2023-12-31"),
      approx="over"),
    F("đạt 214,3 tỷ đồng", "214,3", 214.3e9, "money", "đồng",
      "tổng kinh phí hỗ trợ tiền sử dụng sản phẩm, dịch vụ công ích thủy lợi", Y23,
      change=C("increase", 6.2, "%", "năm 2022")),
    F("Trung ương hỗ trợ 158,6 tỷ đồng", "158,6", 158.6e9, "money", "đồng",
      "ngân sách Trung ương hỗ trợ", I(Y23), total=214.3e9),
    F("bố trí 55,7 tỷ đồng", "55,7", 55.7e9, "money", "đồng",
      "ngân sách tỉnh bố trí", I(Y23), total=214.3e9),
    F("cho 4 công ty", "4", 4, "count", "công ty",
      "công ty TNHH một thành viên thủy lợi được cấp kinh phí", I(Y23)),
    F("412 tổ chức thủy lợi cơ sở", "412", 412, "count", "tổ chức thủy lợi cơ sở",
      "tổ chức thủy lợi cơ sở được cấp kinh phí", I(Y23)),
    F("cho gần 246.500 ha", "246.500", 246500, "measure", "ha",
      "diện tích được phục vụ tưới, tiêu", I(Y23), approx="nearly", percent=101.3),
    F("tưới là 182.340 ha", "182.340", 182340, "measure", "ha",
      "diện tích lúa được tưới", I(Y23), total=246500, percent=74),
    F("công nghiệp 41.200 ha", "41.200", 41200, "measure", "ha",
      "diện tích cây màu, cây công nghiệp", I(Y23), total=246500),
    F("thủy sản 3.960 ha", "3.960", 3960, "measure", "ha",
      "diện tích nuôi trồng thủy sản", I(Y23), total=246500),
    F("là 1.370.000 đồng/ha/vụ", "1.370.000", 1370000, "money", "đồng/ha/vụ",
      "giá tối đa dịch vụ công ích thủy lợi đối với lúa tưới bằng trọng lực"),
    F("là 1.811.000 đồng/ha/vụ", "1.811.000", 1811000, "money", "đồng/ha/vụ",
      "giá tối đa dịch vụ công ích thủy lợi đối với lúa tưới bằng động lực"),
    F("cộng thêm 20%", "20", 20, "percent", "%",
      "mức giá cộng thêm cho vùng miền núi"),
    F("nạo vét 1.236 km", "1.236", 1236, "measure", "km",
      "kênh mương được nạo vét", I(Y23)),
    F("sửa chữa 87 trạm bơm", "87", 87, "count", "trạm bơm điện",
      "trạm bơm điện được sửa chữa", I(Y23)),
    F("46 cống, đập", "46", 46, "count", "cống, đập",
      "cống, đập được sửa chữa", I(Y23)),
    F("kiên cố hóa đạt 68,5%", "68,5", 68.5, "percent", "%",
      "tỷ lệ kênh mương do tổ chức thủy lợi cơ sở quản lý được kiên cố hóa",
      P("Đến cuối năm 2023", None, "2023-12-31")),
    F("thêm 150 km", "150", 150, "measure", "km",
      "kênh mương nội đồng kiên cố hóa thêm", Y24, status="target"),
    F("lên 71%", "71", 71, "percent", "%",
      "tỷ lệ kênh mương được kiên cố", Y24, status="target"),
    F("khoảng 225 tỷ đồng", "225", 225e9, "money", "đồng",
      "tổng nhu cầu kinh phí hỗ trợ", I(Y24), approx="about", status="forecast"),
]

NOTES = [
    "Nghệ An provincial portal: irrigation-fee support 2023 (Nghị định 96/2018), areas served, price caps, 2024 targets.",
    "Headline figure 'hơn 214 tỷ đồng' is the rounded body figure 214,3 tỷ; both recorded (headline carries năm 2023).",
    "Trong đó parts (158,6 + 55,7 = 214,3; 182.340 / 41.200 / 3.960 of 246.500 ha) take the whole before the cue.",
    "Distractors: breadcrumb, 'Cập nhật: 12/03/2024 09:45', 'Lượt xem: 2.317', Quyết định số 37/2022/QĐ-UBND, Nghị định số 96/2018/NĐ-CP.",
]

write_set("p1052-1", TEXT, FIGS, NOTES, published="2024-03-12", location="Nghệ An")
