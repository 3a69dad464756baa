"""p654-6: national press — giá đào Tết Hà Nội sau bão Yagi (Tết Ất Tỵ 2025)."""
from lib import emit, fig, per, year, chg

TEXT = """Thời sự › Dân sinh
Thứ hai, 20/1/2025, 07:00 (GMT+7)

Giá đào Tết tại Hà Nội tăng 20-30% vì khan hàng sau bão Yagi

Hơn 1.000 ha đào, quất ở Hà Nội bị bão số 3 tàn phá khiến đào cành Tết năm nay khan hiếm, giá tăng mạnh.

Theo Sở Nông nghiệp và Phát triển nông thôn Hà Nội, cơn bão số 3 (Yagi) hồi tháng 9/2024 làm khoảng 1.020 ha đào, quất của thành phố bị thiệt hại, trong đó 320 ha mất trắng. Thiệt hại nặng nhất ở quận Tây Hồ và huyện Đan Phượng.

Tại phường Nhật Tân và Phú Thượng (quận Tây Hồ), diện tích đào còn khoảng 150 ha, giảm khoảng 45% so với năm trước. Ông Nguyễn Văn Tâm, chủ vườn đào ở phường Phú Thượng, cho biết gia đình chỉ còn khoảng 300 gốc đào thế, trong khi năm ngoái có hơn 700 gốc.

Hiện giá đào cành loại trung bình tại chợ hoa Quảng An từ 500.000 đến 1,2 triệu đồng/cành, tăng khoảng 25% so với Tết năm ngoái; đào thế cỡ lớn từ 10 đến 50 triệu đồng/gốc. Ở phường Tứ Liên (Tây Hồ), quất cảnh có giá 800.000-2,5 triệu đồng/chậu. Thợ hãm đào được trả công 500.000 đồng/ngày.

Thành phố đã hỗ trợ 12,6 tỷ đồng giống đào, quất cho 1.450 hộ bị thiệt hại. Hà Nội tổ chức 95 điểm chợ hoa Xuân Tết Ất Tỵ 2025, tăng 7 điểm so với năm trước; trong đó quận Hà Đông có 8 điểm.

Theo Sở Nông nghiệp, thành phố dự kiến cần khoảng 2 năm để khôi phục diện tích đào như trước bão.

Gia Chính
"""

S9 = per("tháng 9/2024", "2024-09-01", "2024-09-30")
FIGS = [
    fig("tăng 20-30%", "20", 20, "percent", "%", "giá đào Tết", value_max=30),
    fig("Hơn 1.000 ha", "1.000", 1000, "measure", "ha", "diện tích đào, quất bị bão số 3 tàn phá", approx="over"),
    fig("khoảng 1.020 ha", "1.020", 1020, "measure", "ha", "diện tích đào, quất bị thiệt hại", approx="about", period=S9),
    fig("trong đó 320 ha", "320", 320, "measure", "ha", "diện tích đào, quất mất trắng", total=1020, period=S9),
    fig("khoảng 150 ha", "150", 150, "measure", "ha", "diện tích đào", approx="about", location="Tây Hồ",
        change=chg("decrease", 45, baseline="năm trước", approx="about")),
    fig("khoảng 300 gốc", "300", 300, "count", "gốc", "gốc đào thế của gia đình ông Nguyễn Văn Tâm", approx="about",
        location="Tây Hồ"),
    fig("hơn 700 gốc", "700", 700, "count", "gốc", "gốc đào thế của gia đình ông Nguyễn Văn Tâm", approx="over",
        location="Tây Hồ", period=year(2024, "năm ngoái")),
    fig("từ 500.000 đến 1,2 triệu", "500.000", 500000, "money", "đồng/cành", "giá đào cành loại trung bình tại chợ hoa Quảng An",
        value_max=1.2e6, change=chg("increase", 25, baseline="Tết năm ngoái", approx="about")),
    fig("từ 10 đến 50 triệu", "10", 10e6, "money", "đồng/gốc", "giá đào thế cỡ lớn", value_max=50e6),
    fig("giá 800.000-2,5 triệu", "800.000", 800000, "money", "đồng/chậu", "giá quất cảnh", value_max=2.5e6,
        location="Tây Hồ"),
    fig("công 500.000 đồng", "500.000", 500000, "money", "đồng/ngày", "tiền công thợ hãm đào"),
    fig("hỗ trợ 12,6 tỷ", "12,6", 12.6e9, "money", "đồng", "hỗ trợ giống đào, quất"),
    fig("cho 1.450 hộ", "1.450", 1450, "count", "hộ", "hộ bị thiệt hại được hỗ trợ"),
    fig("tổ chức 95 điểm", "95", 95, "count", "điểm", "điểm chợ hoa Xuân Tết Ất Tỵ 2025",
        change=chg("increase", 7, "điểm", baseline="năm trước")),
    fig("có 8 điểm", "8", 8, "count", "điểm", "điểm chợ hoa Xuân", total=95, location="Hà Đông"),
    fig("khoảng 2 năm", "2", 2, "measure", "năm", "thời gian khôi phục diện tích đào như trước bão", approx="about",
        status="forecast"),
]

COMMENTS = [
    "National press (VnExpress style), 'Thứ hai, 20/1/2025, 07:00 (GMT+7)': peach/kumquat prices in Hà Nội before Tết Ất Tỵ after typhoon Yagi —",
    "damaged area (tháng 9/2024), Nhật Tân/Phú Thượng area, a grower's trees, prices per cành/gốc/chậu, day wage, support, flower-market points.",
    "Headline 'tăng 20-30%' is a growth rate as the claim: a percent range, no change. 'bão số 3' is a name. Wards of Tây Hồ take location 'Tây Hồ'.",
    "'năm ngoái' in a 2025 article is 2024. 'khoảng 2 năm' is the claim itself (recovery time), not a period: a forecast measure.",
    "Not figures: '(GMT+7)', '07:00', 'Tết Ất Tỵ 2025', 'bão số 3', 'Yagi'. 'tăng 7 điểm' is the change of the 95 points.",
    "revised: the headline rate's subject lost the verb 'tăng' (a rate-as-claim subject names the indicator only).",
]

if __name__ == "__main__":
    emit("p654-6", TEXT, COMMENTS, FIGS, published="2025-01-20", location="Hà Nội")
