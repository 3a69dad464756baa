"""p517-5: Báo Quảng Trị (Party newspaper), large-timber plantations, FSC, forest environmental services 2023."""
from lib import F, P, I, CH, TG, emit

TEXT = """Quảng Trị: Trồng rừng gỗ lớn, nâng cao thu nhập cho người dân

(QT) - Năm 2023, toàn tỉnh trồng mới 7.560 ha rừng tập trung, vượt 8% kế hoạch; trong đó rừng trồng gỗ lớn 1.240 ha. Đến cuối năm, diện tích rừng trồng được cấp chứng chỉ quản lý rừng bền vững (FSC) đạt 24.316 ha, tăng 3.120 ha so với năm 2022.

Giá trị sản xuất lâm nghiệp năm 2023 ước đạt 2.145 tỷ đồng, tăng 6,4% so với năm trước. Rừng trồng gỗ lớn cho sản lượng bình quân từ 90 đến 110 m3/ha, người trồng rừng thu lãi 80 - 100 triệu đồng/ha mỗi chu kỳ, cao gấp 1,5 lần so với rừng trồng gỗ nhỏ.

Tại huyện Cam Lộ, dọc Quốc lộ 9 và đường Hồ Chí Minh nhánh Đông, nhiều hộ dân đã chuyển sang trồng rừng gỗ lớn với tổng diện tích khoảng 420 ha.

Cùng với trồng rừng, công tác chi trả dịch vụ môi trường rừng được thực hiện kịp thời. Năm 2023, Quỹ Bảo vệ và phát triển rừng tỉnh đã giải ngân 58,7 tỷ đồng cho 142 chủ rừng là tổ chức và 3.865 hộ gia đình, với đơn giá bình quân 580.000 đồng/ha. Nhờ nguồn kinh phí này, 86 cộng đồng thôn, bản đã nhận khoán bảo vệ 62.400 ha rừng.

Tỷ lệ che phủ rừng của tỉnh năm 2023 đạt 50,5%, trong đó huyện Đakrông đạt 72,4%, huyện Hướng Hóa 54,8%. Năm 2024, tỉnh phấn đấu trồng mới 7.000 ha rừng, nâng diện tích rừng có chứng chỉ FSC lên 30.000 ha; dự kiến đến năm 2025, tỷ lệ che phủ rừng đạt 51%.

Thanh Trúc
09/01/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
EOY = P("Đến cuối năm", None, "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("mới 7.560 ha", "7.560", 7560, "measure", "ha", "diện tích trồng mới rừng tập trung", Y23,
      change=CH("increase", 8, "%", "kế hoạch")),
    F("gỗ lớn 1.240 ha", "1.240", 1240, "measure", "ha", "diện tích rừng trồng gỗ lớn", Y23, total=7560),
    F("đạt 24.316 ha", "24.316", 24316, "measure", "ha",
      "diện tích rừng trồng được cấp chứng chỉ quản lý rừng bền vững (FSC)", EOY,
      change=CH("increase", 3120, "ha", "năm 2022")),
    F("ước đạt 2.145 tỷ đồng", "2.145", 2145000000000, "money", "đồng", "giá trị sản xuất lâm nghiệp", Y23b,
      change=CH("increase", 6.4, "%", "năm trước"), status="estimate"),
    F("từ 90 đến 110 m3/ha", "90", 90, "measure", "m3/ha", "sản lượng rừng trồng gỗ lớn bình quân", value_max=110),
    F("lãi 80 - 100 triệu", "80", 80000000, "money", "đồng/ha", "lãi của người trồng rừng gỗ lớn mỗi chu kỳ",
      value_max=100000000, change=CH("increase", 1.5, "lần", "rừng trồng gỗ nhỏ")),
    F("khoảng 420 ha", "420", 420, "measure", "ha", "diện tích hộ dân chuyển sang trồng rừng gỗ lớn",
      approx="about", location="Cam Lộ"),
    F("giải ngân 58,7 tỷ đồng", "58,7", 58700000000, "money", "đồng", "tiền chi trả dịch vụ môi trường rừng giải ngân", Y23),
    F("cho 142 chủ rừng", "142", 142, "count", "chủ rừng", "chủ rừng là tổ chức được chi trả", Y23),
    F("và 3.865 hộ", "3.865", 3865, "count", "hộ gia đình", "hộ gia đình được chi trả", Y23),
    F("bình quân 580.000 đồng/ha", "580.000", 580000, "money", "đồng/ha", "đơn giá chi trả dịch vụ môi trường rừng bình quân", Y23),
    F("này, 86 cộng đồng", "86", 86, "count", "cộng đồng", "cộng đồng thôn, bản nhận khoán bảo vệ rừng", I(Y23)),
    F("bảo vệ 62.400 ha", "62.400", 62400, "measure", "ha", "diện tích rừng nhận khoán bảo vệ", I(Y23)),
    F("năm 2023 đạt 50,5%", "50,5", 50.5, "percent", "%", "tỷ lệ che phủ rừng", Y23b),
    F("Đakrông đạt 72,4%", "72,4", 72.4, "percent", "%", "tỷ lệ che phủ rừng", Y23b, location="Đakrông"),
    F("Hướng Hóa 54,8%", "54,8", 54.8, "percent", "%", "tỷ lệ che phủ rừng", Y23b, location="Hướng Hóa"),
    F("mới 7.000 ha", "7.000", 7000, "measure", "ha", "diện tích trồng mới rừng", Y24, status="target"),
    F("lên 30.000 ha", "30.000", 30000, "measure", "ha", "diện tích rừng có chứng chỉ FSC", Y24, status="target"),
    F("đạt 51%", "51", 51, "percent", "%", "tỷ lệ che phủ rừng", T25, status="forecast"),
]

COMMENTS = [
    "Báo Quảng Trị (Party newspaper): trồng rừng gỗ lớn, chứng chỉ FSC, chi trả DVMTR năm 2023; byline and date at the end.",
    "'vượt 8% kế hoạch' is a gap to plan: change +8% with baseline 'kế hoạch' (FIGURES.md 'Result against plan').",
    "'Đến cuối năm' = as-of 31/12/2023 (year from the lead). Ranges '90 đến 110 m3/ha' and '80 - 100 triệu đồng/ha' carry value_max;",
    "'cao gấp 1,5 lần so với rừng trồng gỗ nhỏ' follows the money range, so it is its change (lần), not a multiple figure.",
    "District cover rates after 'trong đó' are rates, not parts (no total, cf. h14); their districts are locations.",
    "'dự kiến đến năm 2025 … đạt 51%' → forecast. Distractors: Quốc lộ 9, date 09/01/2024, '(QT)'.",
]

if __name__ == "__main__":
    emit("p517-5", TEXT, COMMENTS, FIGS, published="2024-01-09", location="Quảng Trị")
