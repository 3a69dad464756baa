"""p1178-6: national newspaper: dried chrysanthemum (cúc chi) in Hưng Yên; a Văn Giang family; exports; national area."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh tế > Nông nghiệp
Thứ Tư, 20/11/2024, 06:15 (GMT+7)

Làng cúc chi Hưng Yên vào vụ sấy, giá hoa khô tăng 15%

Những ngày này, các xã ven sông Hồng của huyện Văn Giang rực màu vàng của cúc chi. Toàn tỉnh Hưng Yên hiện có khoảng 320 ha cúc chi, tập trung ở các huyện Văn Giang, Khoái Châu và Văn Lâm.

Gia đình ông Nguyễn Văn Thịnh ở xã Xuân Quan, huyện Văn Giang trồng 1,2 ha cúc chi và đầu tư 3 lò sấy với tổng kinh phí gần 400 triệu đồng. Vào cao điểm, mỗi ngày gia đình sấy khoảng 2 tấn hoa tươi, thuê 15 lao động thời vụ với tiền công 250.000 đồng/người/ngày. “Cứ 5-6 kg hoa tươi mới sấy được 1 kg hoa khô, nên sấy lạnh tốn điện lắm”, ông Thịnh cho biết. Năm 2023, trừ chi phí, gia đình ông lãi hơn 600 triệu đồng.

Giá hoa cúc chi khô năm nay dao động 280.000-350.000 đồng/kg, tăng khoảng 15% so với vụ trước. Công ty CP Trà thảo mộc Phố Hiến (TP Hưng Yên) hiện liên kết thu mua hoa của 85 hộ; năm 2023 công ty xuất khẩu 42 tấn trà hoa cúc sang Nhật Bản và Đài Loan (Trung Quốc), chiếm khoảng 35% sản lượng.

Theo Hiệp hội Dược liệu Việt Nam, cả nước có khoảng 1.150 ha cúc các loại được trồng làm dược liệu và trà; dự kiến nhu cầu trà hoa cúc sấy khô năm 2025 tăng từ 10 đến 12%. Riêng Hưng Yên đặt mục tiêu đến năm 2025 nâng diện tích cúc chi lên 400 ha.

Hoàng Lâm
"""

Y23a = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
NAY = per("năm nay", "2024-01-01", "2024-12-31")
VG = "Văn Giang"

FIGS = [
    fig("giá hoa khô tăng 15%", "15", 15, "percent", "%", subject="giá hoa cúc chi khô"),
    fig("khoảng 320 ha", "320", 320, "measure", "ha", approx="about", subject="diện tích cúc chi"),
    fig("trồng 1,2 ha", "1,2", 1.2, "measure", "ha",
        subject="diện tích cúc chi của gia đình ông Nguyễn Văn Thịnh", location=VG),
    fig("3 lò sấy", "3", 3, "count", "lò sấy", subject="lò sấy gia đình đầu tư", location=VG),
    fig("gần 400 triệu", "400", 400000000, "money", "đồng", approx="nearly",
        subject="tổng kinh phí đầu tư lò sấy", location=VG),
    fig("khoảng 2 tấn", "2", 2, "measure", "tấn", approx="about",
        subject="hoa tươi gia đình sấy mỗi ngày vào cao điểm", location=VG),
    fig("15 lao động", "15", 15, "count", "lao động thời vụ", subject="lao động thời vụ gia đình thuê", location=VG),
    fig("250.000 đồng", "250.000", 250000, "money", "đồng/người/ngày", subject="tiền công lao động thời vụ",
        location=VG),
    fig("Cứ 5-6 kg", "5", 5, "measure", "kg", value_max=6, subject="hoa tươi để sấy 1 kg hoa khô", location=VG),
    fig("được 1 kg", "1", 1, "measure", "kg", optional=True, subject="hoa khô", location=VG),
    fig("hơn 600 triệu", "600", 600000000, "money", "đồng", approx="over",
        subject="lãi của gia đình ông Thịnh", period=Y23a, location=VG),
    fig("280.000-350.000", "280.000", 280000, "money", "đồng/kg", value_max=350000,
        change=chg("increase", 15, "%", "vụ trước", approx="about"), subject="giá hoa cúc chi khô", period=NAY),
    fig("của 85 hộ", "85", 85, "count", "hộ",
        subject="hộ liên kết bán hoa cho Công ty CP Trà thảo mộc Phố Hiến"),
    fig("xuất khẩu 42 tấn", "42", 42, "measure", "tấn", percent=35,
        subject="trà hoa cúc công ty xuất khẩu", period=Y23b),
    fig("khoảng 1.150 ha", "1.150", 1150, "measure", "ha", approx="about",
        subject="diện tích cúc các loại trồng làm dược liệu và trà", location="Việt Nam"),
    fig("từ 10 đến 12%", "10", 10, "percent", "%", value_max=12, status="forecast",
        subject="mức tăng nhu cầu trà hoa cúc sấy khô", period=per("năm 2025", "2025-01-01", "2025-12-31"),
        location="Việt Nam"),
    fig("lên 400 ha", "400", 400, "measure", "ha", status="target", subject="diện tích cúc chi",
        period=per("đến năm 2025", None, "2025-12-31")),
]

NOTES = [
    "National newspaper: 'Thứ Tư, 20/11/2024, 06:15 (GMT+7)' (published), byline at the end.",
    "Headline growth 'giá hoa khô tăng 15%' is a percent figure (the claim), no change object, no period.",
    "The Thịnh family passage (xã Xuân Quan, huyện Văn Giang) takes location Văn Giang across its sentences.",
    "'mỗi ngày gia đình sấy khoảng 2 tấn' keeps unit 'tấn' (frequency in the subject). '1 kg hoa khô' is the ratio's reference (optional).",
    "'năm nay' = 2024 (published). 'TP Hưng Yên' reduces to Hưng Yên. Japan and Taiwan are partners, not places.",
    "National figures from Hiệp hội Dược liệu Việt Nam: location Việt Nam; 'dự kiến … tăng từ 10 đến 12%' → forecast percent range.",
    "Distractors: '(GMT+7)', '06:15', 'sông Hồng', names.",
]

if __name__ == "__main__":
    write("p1178-6", TEXT, NOTES, FIGS, published="2024-11-20", location="Hưng Yên")
