"""p1346-6: national newspaper (VnExpress style): blue-green algae bloom in hồ Xuân Hương, Đà Lạt."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự > Môi trường

Thứ tư, 3/4/2024, 16:05 (GMT+7)

Hồ Xuân Hương lại 'nở hoa' tảo lam

Mật độ tảo lam trong hồ Xuân Hương, trung tâm TP Đà Lạt, cao gấp 6 lần ngưỡng cảnh báo, nước chuyển màu xanh như sơn và bốc mùi.

Kết quả quan trắc do Trung tâm Quan trắc môi trường Lâm Đồng công bố ngày 1/4 cho thấy mật độ tảo lam tại hồ Xuân Hương lên tới 120.000 tế bào/ml, gấp 6 lần ngưỡng cảnh báo.

Hồ Xuân Hương rộng khoảng 25 ha, là hồ cảnh quan và điều hòa lớn nhất Đà Lạt. Từ năm 2019 đến nay, hồ đã ba lần xảy ra tảo nở hoa diện rộng. Năm 2023, thành phố chi gần 5 tỷ đồng lắp 12 máy sục khí và xử lý bằng chế phẩm, song hiệu quả chưa cao.

Ông Lê Minh Tuấn, Phó chủ tịch UBND TP Đà Lạt, cho biết hồ đang tiếp nhận khoảng 1.500 m3 nước thải mỗi ngày từ các khu dân cư phía thượng nguồn, trong đó chỉ khoảng 40% được thu gom, xử lý. "Chừng nào chưa cắt được nguồn nước thải thì tảo còn quay lại", ông Tuấn nói.

Theo UBND tỉnh Lâm Đồng, dự án nạo vét, xử lý ô nhiễm hồ Xuân Hương giai đoạn 2 có tổng vốn 286 tỷ đồng, trong đó ngân sách tỉnh 186 tỷ đồng. Dự án dự kiến khởi công trong quý III/2024, nạo vét khoảng 480.000 m3 bùn, hoàn thành năm 2026.

Một chuyên gia của Viện Sinh thái và Tài nguyên sinh vật cho rằng phân bón từ 15-20 ha nhà kính quanh lưu vực suối Cam Ly thượng cũng làm nước hồ giàu dinh dưỡng.

Khánh Vy
"""

SINCE = per("Từ năm 2019 đến nay", "2019-01-01", "2024-04-03")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    fig("cao gấp 6 lần", "6", 6, "multiple", "lần", subject="mật độ tảo lam trong hồ Xuân Hương so với ngưỡng cảnh báo"),
    fig("lên tới 120.000", "120.000", 120000, "measure", "tế bào/ml",
        change=chg("increase", 6, "lần", "ngưỡng cảnh báo"), subject="mật độ tảo lam tại hồ Xuân Hương"),
    fig("khoảng 25 ha", "25", 25, "measure", "ha", approx="about", subject="diện tích hồ Xuân Hương"),
    fig("đã ba lần", "ba", 3, "count", "lần", subject="lần xảy ra tảo nở hoa diện rộng", period=SINCE),
    fig("gần 5 tỷ", "5", 5e9, "money", "đồng", approx="nearly", subject="kinh phí thành phố chi", period=Y23),
    fig("lắp 12 máy", "12", 12, "count", "máy sục khí", subject="máy sục khí lắp", period=Y23),
    fig("khoảng 1.500 m3", "1.500", 1500, "measure", "m3/ngày", approx="about", subject="nước thải hồ tiếp nhận"),
    fig("khoảng 40%", "40", 40, "percent", "%", approx="about", subject="nước thải được thu gom, xử lý"),
    fig("tổng vốn 286 tỷ", "286", 286e9, "money", "đồng",
        subject="tổng vốn dự án nạo vét, xử lý ô nhiễm hồ Xuân Hương"),
    fig("ngân sách tỉnh 186 tỷ", "186", 186e9, "money", "đồng", total=286e9, subject="vốn ngân sách tỉnh"),
    fig("khoảng 480.000 m3", "480.000", 480000, "measure", "m3", approx="about", status="forecast",
        subject="bùn nạo vét"),
    fig("từ 15-20 ha", "15", 15, "measure", "ha", value_max=20, subject="nhà kính quanh lưu vực suối Cam Ly thượng"),
]

NOTES = [
    "National newspaper (VnExpress style): 'Thứ tư, 3/4/2024, 16:05 (GMT+7)', sapo, quote, byline at the end.",
    "Distractors: 16:05, GMT+7, 'ngày 1/4', 'năm 2019' in 'Từ năm 2019 đến nay', 'giai đoạn 2', 'quý III/2024', 'năm 2026'.",
    "All figures are about the lake or its project in TP Đà Lạt → location Đà Lạt.",
    "Sapo 'cao gấp 6 lần ngưỡng cảnh báo' stands alone → multiple; body '120.000 tế bào/ml, gấp 6 lần ngưỡng' → change.",
    "'ba lần xảy ra tảo nở hoa' → count of events (unit lần). '1.500 m3 nước thải mỗi ngày' → unit m3/ngày.",
    "'trong đó chỉ khoảng 40%' → percent figure of its own. 'trong đó ngân sách tỉnh 186 tỷ' → total 286 tỷ.",
    "'Dự án dự kiến khởi công trong quý III/2024, nạo vét khoảng 480.000 m3' → forecast; quý III dates the start,",
    "  not the dredging, so no period. No period for the standing 25 ha, the 15-20 ha or the daily inflow.",
]

if __name__ == "__main__":
    write("p1346-6", TEXT, NOTES, FIGS, published="2024-04-03", location="Đà Lạt")
