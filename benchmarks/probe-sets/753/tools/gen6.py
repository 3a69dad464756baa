"""p753-6: national press (VnExpress style), frog farming support for poor Khmer households in Sóc Trăng."""
from lib import fig, per, inh, chg, write

TEXT = """Thời sự › Nông nghiệp
Thứ sáu, 16/8/2024, 06:00 (GMT+7)

Hộ nghèo Sóc Trăng lãi 40 triệu đồng mỗi lứa ếch

Hơn 200 hộ nghèo, cận nghèo ở Sóc Trăng được hỗ trợ con giống, bể bạt để nuôi ếch, mỗi lứa lãi 30-40 triệu đồng.

Ông Thạch Sơn, 52 tuổi, ở xã Lịch Hội Thượng, thị xã Vĩnh Châu, trước đây làm thuê với thu nhập chưa tới 150.000 đồng mỗi ngày. Năm 2023, gia đình ông được Hội Nông dân hỗ trợ 2 bể bạt, 3.000 con ếch giống và 20 bao thức ăn, tổng trị giá 18 triệu đồng. Sau hai lứa, ông thu gần 1,6 tấn ếch, bán với giá 45.000 đồng/kg, lãi hơn 38 triệu đồng.

"Nuôi ếch nhàn hơn đi làm thuê, mỗi ngày chỉ mất khoảng 2 giờ cho ếch ăn", ông Sơn nói.

Theo Sở Lao động - Thương binh và Xã hội Sóc Trăng, từ năm 2022 đến nay, tỉnh đã hỗ trợ 214 hộ nuôi ếch với kinh phí hơn 3,4 tỷ đồng, trong đó 186 hộ là đồng bào Khmer. Có 97 hộ đã thoát nghèo, chiếm 45,3% số hộ được hỗ trợ.

Năm 2023, tỷ lệ hộ nghèo của tỉnh còn 5,32%, giảm 1,94 điểm phần trăm so với năm 2022; riêng hộ nghèo dân tộc Khmer còn 8,7%.

Ông Trần Minh Khải, Phó giám đốc Sở, cho biết tỉnh dự kiến năm 2025 nhân rộng mô hình cho thêm 300 hộ, mỗi hộ được hỗ trợ tối đa 10 triệu đồng. Ngoài con giống, người dân còn được cán bộ khuyến nông hướng dẫn kỹ thuật phòng bệnh, chọn thời điểm bán để tránh bị ép giá.

Hoàng Nam
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
SINCE = per("từ năm 2022 đến nay", "2022-01-01", "2024-08-16")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
VC = "Vĩnh Châu"
SON = " của gia đình ông Thạch Sơn"

FIGS = [
    fig("lãi 40 triệu đồng mỗi lứa", "40", 40_000_000, "money", "đồng", "lãi mỗi lứa ếch của hộ nghèo"),
    fig("Hơn 200 hộ", "200", 200, "count", "hộ", "hộ nghèo, cận nghèo được hỗ trợ con giống, bể bạt để nuôi ếch",
        approx="over"),
    fig("lãi 30-40 triệu đồng", "30", 30_000_000, "money", "đồng", "lãi mỗi lứa ếch", value_max=40_000_000),
    fig("52 tuổi", "52", 52, "measure", "tuổi", "tuổi ông Thạch Sơn", location=VC, optional=True),
    fig("chưa tới 150.000 đồng", "150.000", 150000, "money", "đồng", "thu nhập làm thuê mỗi ngày của ông Thạch Sơn",
        approx="under", location=VC),
    fig("hỗ trợ 2 bể bạt", "2", 2, "count", "bể bạt", "bể bạt hỗ trợ" + SON, Y23, location=VC),
    fig("3.000 con", "3.000", 3000, "count", "con", "ếch giống hỗ trợ" + SON, Y23, location=VC),
    fig("20 bao", "20", 20, "count", "bao", "thức ăn hỗ trợ" + SON, Y23, location=VC),
    fig("trị giá 18 triệu đồng", "18", 18_000_000, "money", "đồng", "tổng trị giá hỗ trợ" + SON, Y23, location=VC),
    fig("Sau hai lứa", "hai", 2, "count", "lứa", "lứa ếch", location=VC, optional=True),
    fig("gần 1,6 tấn", "1,6", 1.6, "measure", "tấn", "ếch ông Thạch Sơn thu hoạch", inh(Y23), approx="nearly",
        location=VC),
    fig("45.000 đồng/kg", "45.000", 45000, "money", "đồng/kg", "giá bán ếch", inh(Y23), location=VC),
    fig("hơn 38 triệu đồng", "38", 38_000_000, "money", "đồng", "lãi" + SON, inh(Y23), approx="over", location=VC),
    fig("khoảng 2 giờ", "2", 2, "measure", "giờ", "thời gian cho ếch ăn mỗi ngày", approx="about", location=VC),
    fig("hỗ trợ 214 hộ", "214", 214, "count", "hộ", "hộ nuôi ếch được tỉnh hỗ trợ", SINCE),
    fig("hơn 3,4 tỷ đồng", "3,4", 3_400_000_000, "money", "đồng", "kinh phí hỗ trợ hộ nuôi ếch", SINCE,
        approx="over"),
    fig("trong đó 186 hộ", "186", 186, "count", "hộ", "hộ đồng bào Khmer được hỗ trợ nuôi ếch", SINCE, total=214),
    fig("Có 97 hộ", "97", 97, "count", "hộ", "hộ được hỗ trợ nuôi ếch đã thoát nghèo", inh(SINCE), percent=45.3),
    fig("còn 5,32%", "5,32", 5.32, "percent", "%", "tỷ lệ hộ nghèo của tỉnh", Y23,
        change=chg("decrease", 1.94, "điểm phần trăm", "năm 2022")),
    fig("còn 8,7%", "8,7", 8.7, "percent", "%", "tỷ lệ hộ nghèo dân tộc Khmer", Y23),
    fig("thêm 300 hộ", "300", 300, "count", "hộ", "hộ được nhân rộng mô hình nuôi ếch", Y25, status="forecast"),
    fig("tối đa 10 triệu đồng", "10", 10_000_000, "money", "đồng", "mức hỗ trợ mỗi hộ", Y25, approx="at_most",
        status="forecast"),
]

NOTES = [
    "National press (VnExpress style): 'Thứ sáu, 16/8/2024, 06:00 (GMT+7)' is the dateline; Sóc Trăng frog-farming support.",
    "'52 tuổi' (age of the farmer) and 'Sau hai lứa' (a duration that locates the harvest) are optional.",
    "The farmer's own figures are in thị xã Vĩnh Châu (district level) -> location Vĩnh Châu; the province's figures -> Sóc Trăng.",
    "'mỗi ngày chỉ mất khoảng 2 giờ' is a measure (time spent), not a time of day.",
    "'trong đó 186 hộ' follows the money figure but counts hộ: its whole is the 214 hộ. '97 hộ ... chiếm 45,3%' -> percent;",
    "the whole is not restated, so no total. 'còn 5,32%, giảm 1,94 điểm phần trăm' -> level with a change.",
    "'dự kiến năm 2025' -> forecast for both the 300 hộ and the 'tối đa 10 triệu đồng' cap in the continuing clause.",
]

if __name__ == "__main__":
    write("p753-6", TEXT, NOTES, FIGS, published="2024-08-16", location="Sóc Trăng")
