"""p483-2: district portal (huyện Long Hồ, Vĩnh Long), an avian influenza A/H5N1 outbreak contained."""
from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LONG HỒ - TỈNH VĨNH LONG
Tin tức - Sự kiện | Kinh tế

Long Hồ: Khống chế thành công ổ dịch cúm A/H5N1, tiêu hủy 2.740 con gia cầm

Thứ Tư, 13/03/2024 - 09:20

Ngày 21/02/2024, hộ ông Nguyễn Văn T. (ấp Phước Yên A, xã Phước Hậu) phát hiện đàn vịt gần 2.000 con có biểu hiện bỏ ăn, chết rải rác. Kết quả xét nghiệm của Chi cục Thú y vùng VI xác định đàn vịt dương tính với vi rút cúm A/H5N1.

Ngay sau đó, huyện đã tiêu hủy toàn bộ 2.740 con gia cầm (gồm 1.850 con vịt và 890 con gà) của 3 hộ chăn nuôi; phun tiêu độc khử trùng 52.000 m2 chuồng trại và khu vực xung quanh với 430 lít hóa chất, rắc 1,5 tấn vôi bột. Đồng thời, huyện tiêm phòng bao vây 18.600 liều vắc xin cúm gia cầm cho 126 hộ trong bán kính 3 km quanh ổ dịch.

Theo Quyết định số 02/2017/QĐ-TTg, mức hỗ trợ cho gà, vịt bị tiêu hủy là 35.000 đồng/con; tổng kinh phí hỗ trợ các hộ dự kiến gần 96 triệu đồng. Ngày 12/3/2024, sau 21 ngày không phát sinh gia cầm mắc bệnh mới, UBND huyện đã công bố hết dịch.

Toàn huyện hiện có khoảng 1,2 triệu con gia cầm, trong đó đàn vịt chạy đồng chiếm khoảng 35%. Tuy nhiên, tỷ lệ tiêm phòng cúm gia cầm đợt 1 năm 2024 mới đạt 58,4%, thấp hơn 11,6% so với chỉ tiêu (70%). Các xã có tỷ lệ thấp gồm Phước Hậu (41,2%), Thanh Đức (45,8%) và Lộc Hòa (49,5%).

Người dân phát hiện gia cầm bệnh, chết bất thường cần báo ngay cho Trạm Chăn nuôi và Thú y huyện, điện thoại 0270.3850.167.

Minh Thư
"""

Y24 = P("đợt 1 năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("tiêu hủy 2.740 con gia cầm\n", "2.740", 2740, "count", "con", "gia cầm tiêu hủy"),
    F("gần 2.000 con", "2.000", 2000, "count", "con", "đàn vịt có biểu hiện bỏ ăn, chết rải rác", approx="nearly"),
    F("toàn bộ 2.740 con gia cầm", "2.740", 2740, "count", "con", "gia cầm bị tiêu hủy"),
    F("gồm 1.850 con vịt", "1.850", 1850, "count", "con", "vịt bị tiêu hủy", total=2740),
    F("890 con gà", "890", 890, "count", "con", "gà bị tiêu hủy", total=2740),
    F("của 3 hộ chăn nuôi", "3", 3, "count", "hộ", "hộ chăn nuôi có gia cầm bị tiêu hủy"),
    F("52.000 m2", "52.000", 52000, "measure", "m2",
      "diện tích chuồng trại và khu vực xung quanh được phun tiêu độc khử trùng"),
    F("với 430 lít", "430", 430, "measure", "lít", "hóa chất phun tiêu độc khử trùng"),
    F("rắc 1,5 tấn", "1,5", 1.5, "measure", "tấn", "vôi bột"),
    F("bao vây 18.600 liều", "18.600", 18600, "count", "liều", "vắc xin cúm gia cầm tiêm phòng bao vây"),
    F("cho 126 hộ", "126", 126, "count", "hộ", "hộ được tiêm phòng bao vây"),
    F("bán kính 3 km", "3", 3, "measure", "km", "bán kính tiêm phòng bao vây quanh ổ dịch", optional=True),
    F("là 35.000 đồng/con", "35.000", 35000, "money", "đồng/con", "mức hỗ trợ cho gà, vịt bị tiêu hủy"),
    F("gần 96 triệu đồng", "96", 96000000, "money", "đồng", "tổng kinh phí hỗ trợ các hộ", approx="nearly",
      status="forecast"),
    F("sau 21 ngày", "21", 21, "measure", "ngày", "thời gian không phát sinh gia cầm mắc bệnh mới", optional=True),
    F("khoảng 1,2 triệu con", "1,2", 1200000, "count", "con", "gia cầm", approx="about"),
    F("chiếm khoảng 35%", "35", 35, "percent", "%", "đàn vịt chạy đồng trong tổng đàn gia cầm", approx="about"),
    F("mới đạt 58,4%", "58,4", 58.4, "percent", "%", "tỷ lệ tiêm phòng cúm gia cầm đợt 1", Y24,
      change=CH("decrease", 11.6, "%", "chỉ tiêu"), target=TG(70, met=False)),
    F("Phước Hậu (41,2%)", "41,2", 41.2, "percent", "%", "tỷ lệ tiêm phòng cúm gia cầm", I(Y24)),
    F("Thanh Đức (45,8%)", "45,8", 45.8, "percent", "%", "tỷ lệ tiêm phòng cúm gia cầm", I(Y24)),
    F("Lộc Hòa (49,5%)", "49,5", 49.5, "percent", "%", "tỷ lệ tiêm phòng cúm gia cầm", I(Y24)),
]

COMMENTS = [
    "Cổng TTĐT huyện Long Hồ (Vĩnh Long): ổ dịch cúm A/H5N1 at xã Phước Hậu, destruction, disinfection, ring vaccination, support.",
    "District portal: 'Thứ Tư, 13/03/2024 - 09:20', byline at the end. Location is the district throughout: FIGURES.md names",
    "province, city or district as the levels, so communes (xã Phước Hậu, Thanh Đức, Lộc Hòa in a list) do not become locations.",
    "'(gồm 1.850 con vịt và 890 con gà)' adds up to 2.740 (total). Single-day dates (Ngày 21/02/2024) give no period.",
    "'đợt 1 năm 2024' read as year 2024 (the only calendar period given). '(70%)' after 'so với chỉ tiêu' is the target, the gap a change.",
    "Optional: radius 'bán kính 3 km', waiting time '21 ngày'. Not figures: A/H5N1, 'vùng VI', QĐ 02/2017/QĐ-TTg, phone, 'ấp Phước Yên A'.",
]

if __name__ == "__main__":
    emit("p483-2", TEXT, COMMENTS, FIGS, published="2024-03-13", default_location="Long Hồ")
