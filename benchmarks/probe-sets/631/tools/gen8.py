"""p631-8: commune portal, xã Bình Phan (huyện Chợ Gạo, Tiền Giang) — renovated commune market, traders, fees."""
from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ BÌNH PHAN
Huyện Chợ Gạo - Tỉnh Tiền Giang
Ngày đăng: 22/01/2024 | Người đăng: Văn phòng UBND xã

Chợ Bình Phan sau cải tạo: số tiểu thương tăng hơn 30%

Sau 8 tháng thi công, chợ Bình Phan (ấp Bình Khương 2) đã được cải tạo, nâng cấp và đưa vào sử dụng từ tháng 9/2023 với tổng kinh phí 4,75 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 3 tỷ đồng, ngân sách huyện 1,2 tỷ đồng, còn lại do xã và tiểu thương đóng góp. Nhà lồng chợ có diện tích 1.250 m², bố trí 64 ki-ốt và 112 sạp hàng.

Đến cuối năm 2023, chợ có 173 hộ tiểu thương kinh doanh thường xuyên, tăng 30,1% so với trước khi cải tạo (133 hộ). Năm 2023, xã thu dịch vụ sử dụng diện tích bán hàng tại chợ được 286,4 triệu đồng, đạt 104,1% dự toán; mức thu bình quân 150.000 đồng/ki-ốt/tháng và 3.000 đồng/m²/ngày đối với sạp hàng.

Hiện trên địa bàn xã có 1 chợ, 47 cửa hàng tạp hóa và 1 cửa hàng tiện lợi. Năm 2024, xã phấn đấu thu dịch vụ chợ 300 triệu đồng; tỷ lệ tiểu thương thanh toán không dùng tiền mặt đạt ít nhất 50%.

Bà Nguyễn Thị Lan, tiểu thương bán hàng khô tại sạp số 18, cho biết: "Chợ mới sạch sẽ, thoáng mát nên khách đông hơn, mỗi ngày tôi bán được khoảng 2 triệu đồng".

UBND xã Bình Phan - Quốc lộ 50, ấp Bình Phan, xã Bình Phan, huyện Chợ Gạo. Điện thoại: 0273.3855.018
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("tăng hơn 30%", "30", 30, "percent", "%", "số tiểu thương chợ Bình Phan sau cải tạo tăng", approx="over"),
    F("Sau 8 tháng", "8", 8, "measure", "tháng", "thời gian thi công chợ Bình Phan", optional=True),
    F("kinh phí 4,75 tỷ", "4,75", 4750000000, "money", "đồng", "tổng kinh phí cải tạo, nâng cấp chợ Bình Phan"),
    F("hỗ trợ 3 tỷ", "3", 3000000000, "money", "đồng", "ngân sách tỉnh hỗ trợ", total=4750000000),
    F("huyện 1,2 tỷ", "1,2", 1200000000, "money", "đồng", "ngân sách huyện", total=4750000000),
    F("1.250 m²", "1.250", 1250, "measure", "m²", "diện tích nhà lồng chợ"),
    F("64 ki-ốt", "64", 64, "count", "ki-ốt", "ki-ốt nhà lồng chợ"),
    F("112 sạp", "112", 112, "count", "sạp hàng", "sạp hàng nhà lồng chợ"),
    F("173 hộ", "173", 173, "count", "hộ tiểu thương", "hộ tiểu thương kinh doanh thường xuyên",
      P("Đến cuối năm 2023", None, "2023-12-31"), change=CH("increase", 30.1, "%", "trước khi cải tạo")),
    F("(133 hộ)", "133", 133, "count", "hộ", "hộ tiểu thương trước khi cải tạo"),
    F("được 286,4 triệu", "286,4", 286400000, "money", "đồng", "thu dịch vụ sử dụng diện tích bán hàng tại chợ", Y23,
      percent=104.1),
    F("150.000 đồng", "150.000", 150000, "money", "đồng/ki-ốt/tháng", "mức thu bình quân ki-ốt", Y23),
    F("3.000 đồng", "3.000", 3000, "money", "đồng/m²/ngày", "mức thu bình quân sạp hàng", Y23),
    F("có 1 chợ", "1", 1, "count", "chợ", "chợ trên địa bàn xã"),
    F("47 cửa hàng", "47", 47, "count", "cửa hàng tạp hóa", "cửa hàng tạp hóa trên địa bàn xã"),
    F("và 1 cửa hàng tiện lợi", "1", 1, "count", "cửa hàng tiện lợi", "cửa hàng tiện lợi trên địa bàn xã"),
    F("chợ 300 triệu", "300", 300000000, "money", "đồng", "thu dịch vụ chợ", Y24, status="target"),
    F("ít nhất 50%", "50", 50, "percent", "%", "tỷ lệ tiểu thương thanh toán không dùng tiền mặt", Y24,
      approx="at_least", status="target"),
    F("khoảng 2 triệu", "2", 2000000, "money", "đồng", "doanh số bán hàng mỗi ngày của một tiểu thương",
      approx="about"),
]

COMMENTS = [
    "Commune portal (xã Bình Phan, huyện Chợ Gạo, Tiền Giang): renovated commune market — funding split, hall area, stalls,",
    "traders before/after, fee revenue 2023 vs estimate, fee rates, shops in the commune, 2024 targets, a trader's quote.",
    "'Ngày đăng: 22/01/2024'. Location: the figures describe a commune; FIGURES.md names province, city or district, so the",
    "district 'Chợ Gạo' is used (a commune portal implies its district). The headline growth rate is a percent figure.",
    "Distractors: 'ấp Bình Khương 2', 'tháng 9/2023', 'sạp số 18', 'Quốc lộ 50', phone 0273.3855.018, 'Chợ Gạo' (a name).",
    "'Sau 8 tháng thi công' is optional (a construction duration; time-locating durations are not figures).",
    "'(133 hộ)' is the count before renovation (the baseline of the change, but a stated fact): its own figure, no period.",
    "'đạt 104,1% dự toán' is the share of 286,4 triệu. 3 tỷ + 1,2 tỷ are parts of 4,75 tỷ (trong đó; they need not add up).",
    "'phấn đấu' governs both clauses after 'Năm 2024' (target).",
]

if __name__ == "__main__":
    emit("p631-8", TEXT, COMMENTS, FIGS, published="2024-01-22", location="Chợ Gạo")
