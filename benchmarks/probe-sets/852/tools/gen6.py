"""p852-6: national newspaper (VnExpress style), mứt sen at Tháp Mười, Đồng Tháp (2025-01-17)."""
from lib import F, P, I, C, T, write_set

TEXT = """Kinh doanh
Thứ sáu, 17/1/2025, 08:15 (GMT+7)
Đơn hàng mứt sen Tháp Mười tăng 30% dịp Tết

Cơ sở mứt sen ở Đồng Tháp chạy hết công suất, nhiều đơn hàng phải hẹn giao sau rằm tháng Chạp.

Đồng Tháp - Những ngày cuối năm, cơ sở mứt sen của anh Lê Văn Sáu ở xã Mỹ Hòa, huyện Tháp Mười, hoạt động hết công suất với 25 công nhân làm việc từ 5h sáng.

Anh Sáu cho biết từ đầu tháng 12/2024 đến nay, cơ sở đã nhận đơn đặt hàng gần 18 tấn mứt hạt sen, củ sen, tăng khoảng 30% so với cùng kỳ. Trong đó, khoảng 3 tấn được đóng hộp xuất sang Mỹ, Canada. Mỗi ngày cơ sở dùng 1,2 tấn sen tươi, giá thu mua 55.000-60.000 đồng/kg hạt sen, thấp hơn 5.000 đồng so với năm ngoái.

Mứt hạt sen loại một được bán sỉ 260.000 đồng/kg, bán lẻ 300.000 đồng/kg; mứt củ sen 180.000 đồng/kg. Giá mứt hạt sen gấp khoảng 4 lần giá hạt sen tươi. Năm 2024, doanh thu của cơ sở đạt khoảng 4,8 tỷ đồng, lãi hơn 700 triệu đồng.

Theo Sở Nông nghiệp và Phát triển nông thôn Đồng Tháp, diện tích trồng sen toàn tỉnh năm 2024 đạt hơn 3.200 ha, tập trung ở Tháp Mười, Cao Lãnh và Tam Nông. Tỉnh hiện có 14 sản phẩm từ sen đạt OCOP 3 sao trở lên, trong đó 5 sản phẩm là mứt sen.

Ông Nguyễn Văn Hai, Phó giám đốc Sở, cho biết giai đoạn 2025-2030 tỉnh phấn đấu mở rộng diện tích sen lên 5.000 ha, giá trị chế biến từ sen đạt 1.000 tỷ đồng mỗi năm.

Ngọc Tài
"""

SINCE = P("từ đầu tháng 12/2024 đến nay", "2024-12-01", "2025-01-17")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
PLAN = P("giai đoạn 2025-2030", "2025-01-01", "2030-12-31")
TM = "Tháp Mười"

FIGS = [
    F("tăng 30% dịp Tết", "30", 30, "percent", "%", "đơn hàng mứt sen Tháp Mười", location=TM),
    F("với 25 công nhân", "25", 25, "count", "công nhân", "công nhân của cơ sở mứt sen", location=TM),
    F("gần 18 tấn", "18", 18, "measure", "tấn", "đơn đặt hàng mứt hạt sen, củ sen", SINCE, approx="nearly",
      change=C("increase", 30, baseline="cùng kỳ", approx="about"), location=TM),
    F("khoảng 3 tấn", "3", 3, "measure", "tấn", "mứt đóng hộp xuất sang Mỹ, Canada", I(SINCE), approx="about",
      total=18, location=TM),
    F("dùng 1,2 tấn", "1,2", 1.2, "measure", "tấn/ngày", "sen tươi cơ sở dùng mỗi ngày", I(SINCE), location=TM),
    F("mua 55.000-60.000 đồng/kg", "55.000", 55000, "money", "đồng/kg", "giá thu mua hạt sen", I(SINCE), value_max=60000,
      change=C("decrease", 5000, "đồng", "năm ngoái"), location=TM),
    F("sỉ 260.000 đồng/kg", "260.000", 260000, "money", "đồng/kg", "giá bán sỉ mứt hạt sen loại một", location=TM),
    F("lẻ 300.000 đồng/kg", "300.000", 300000, "money", "đồng/kg", "giá bán lẻ mứt hạt sen loại một", location=TM),
    F("củ sen 180.000 đồng/kg", "180.000", 180000, "money", "đồng/kg", "giá mứt củ sen", location=TM),
    F("gấp khoảng 4 lần", "4", 4, "multiple", "lần", "giá mứt hạt sen so với giá hạt sen tươi", approx="about",
      location=TM),
    F("khoảng 4,8 tỷ đồng", "4,8", 4.8e9, "money", "đồng", "doanh thu của cơ sở", Y24, approx="about", location=TM),
    F("hơn 700 triệu đồng", "700", 700e6, "money", "đồng", "lãi của cơ sở", Y24, approx="over", location=TM),
    F("hơn 3.200 ha", "3.200", 3200, "measure", "ha", "diện tích trồng sen",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="over"),
    F("có 14 sản phẩm", "14", 14, "count", "sản phẩm", "sản phẩm từ sen đạt OCOP"),
    F("OCOP 3 sao", "3", 3, "measure", "sao", "hạng sao OCOP", approx="at_least", optional=True),
    F("trong đó 5 sản phẩm", "5", 5, "count", "sản phẩm", "sản phẩm mứt sen đạt OCOP", total=14),
    F("lên 5.000 ha", "5.000", 5000, "measure", "ha", "diện tích sen", PLAN, status="target"),
    F("đạt 1.000 tỷ đồng", "1.000", 1000e9, "money", "đồng/năm", "giá trị chế biến từ sen", PLAN, status="target"),
]

NOTES = [
    "National newspaper (VnExpress style, invented): dateline 'Thứ sáu, 17/1/2025, 08:15 (GMT+7)', byline at the end.",
    "The yard's figures are located at the district Tháp Mười; the Sở NN&PTNT figures at Đồng Tháp.",
    "Distractors: 08:15 (GMT+7), '5h sáng', 'rằm tháng Chạp', names 'Lê Văn Sáu', 'Nguyễn Văn Hai', 'loại một', 'giai đoạn 2025-2030'.",
    "Headline 'tăng 30%' is a growth rate as the claim (percent, no change); in the body the same 30% is the change of 18 tấn.",
    "'Trong đó, khoảng 3 tấn ...' after a sentence break is part of the 18 tấn (total 18; period inherited).",
    "'Giá mứt hạt sen gấp khoảng 4 lần giá hạt sen tươi' stands alone as the claim: multiple.",
    "'1.000 tỷ đồng mỗi năm' keeps the denominator: unit đồng/năm.",
]

if __name__ == "__main__":
    write_set(6, TEXT, FIGS, NOTES, published="2025-01-17", location="Đồng Tháp")
