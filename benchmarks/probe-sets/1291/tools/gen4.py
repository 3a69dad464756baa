"""p1291-4: Party newspaper (Báo Quảng Ninh): the rươi season in thị xã Quảng Yên, a household, a cooperative, 2025 target."""
from lib import fig, per, year, inh, chg, tgt, write

TEXT = """BÁO QUẢNG NINH ĐIỆN TỬ
Kinh tế | Xã hội | Văn hóa | Thể thao | Quảng Ninh 24h

Quảng Yên được mùa rươi

Thứ Ba, 05/11/2024, 07:30 [GMT+7]

Sản lượng rươi năm nay trên địa bàn thị xã Quảng Yên ước đạt khoảng 90 tấn, gấp đôi năm 2023, mang lại nguồn thu hàng chục tỷ đồng cho người dân vùng ven sông.

(BQN) - "Tháng chín đôi mươi, tháng mười mồng năm" - câu ca dao quen thuộc về mùa rươi lại ứng nghiệm. Từ giữa tháng 10, các cánh đồng ven sông Chanh, sông Bạch Đằng thuộc các xã Sông Khoai, Hiệp Hòa, Cẩm La đã bắt đầu có rươi.

Theo Phòng Kinh tế thị xã, năm nay Quảng Yên có khoảng 160 ha ruộng rươi, trong đó xã Sông Khoai có gần 70 ha. Mỗi đợt rươi ra, sản lượng đạt từ 3 đến 5 tấn; cả mùa có 4 đợt chính.

Đầu vụ, rươi được thương lái thu mua tại ruộng với giá 550.000-600.000 đồng/kg; hiện giá ổn định ở mức khoảng 400.000 đồng/kg. Chị Vũ Thị Hoa, thôn 4, xã Hiệp Hòa, cho biết gia đình có 1,2 ha ruộng rươi; riêng đêm 28/10 thu được hơn 80 kg, bán được trên 35 triệu đồng.

Để nâng giá trị, thị xã hỗ trợ Hợp tác xã Rươi Sông Khoai đầu tư hệ thống cấp đông công suất 2 tấn/ngày để chế biến chả rươi, mắm rươi. Năm 2024, hợp tác xã dự kiến tiêu thụ khoảng 8 tấn chả rươi, doanh thu khoảng 3,6 tỷ đồng. Sản phẩm mắm rươi của hợp tác xã đã đạt OCOP 3 sao, được bán tại 15 cửa hàng, siêu thị trong tỉnh.

Thị xã đặt mục tiêu đến năm 2025 mở rộng vùng rươi lên 200 ha, giá trị thu từ rươi đạt 50 tỷ đồng/năm.

Tường Vy
"""

NAY = year("năm nay", 2024)
NIGHT = per("đêm 28/10", "2024-10-28", "2024-10-28")
Y24 = year("Năm 2024", 2024)
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("ước đạt khoảng 90 tấn", "90", 90, "measure", "tấn", approx="about", status="estimate",
        change=chg("increase", 2, "lần", "năm 2023"), subject="sản lượng rươi", period=NAY),
    fig("hàng chục tỷ", "chục", 10e9, "money", "đồng", approx="over", status="estimate",
        subject="nguồn thu của người dân", period=NAY, optional=True),
    fig("khoảng 160 ha", "160", 160, "measure", "ha", approx="about",
        subject="diện tích ruộng rươi", period=NAY),
    fig("gần 70 ha", "70", 70, "measure", "ha", approx="nearly", total=160,
        subject="diện tích ruộng rươi xã Sông Khoai", period=NAY),
    fig("từ 3 đến 5 tấn", "3", 3, "measure", "tấn/đợt", value_max=5,
        subject="sản lượng mỗi đợt rươi ra"),
    fig("có 4 đợt", "4", 4, "count", "đợt", subject="đợt rươi chính cả mùa"),
    fig("giá 550.000-600.000", "550.000", 550000, "money", "đồng/kg", value_max=600000,
        subject="giá thương lái thu mua rươi tại ruộng đầu vụ"),
    fig("khoảng 400.000", "400.000", 400000, "money", "đồng/kg", approx="about",
        subject="giá rươi"),
    fig("có 1,2 ha", "1,2", 1.2, "measure", "ha",
        subject="ruộng rươi của gia đình chị Vũ Thị Hoa"),
    fig("hơn 80 kg", "80", 80, "measure", "kg", approx="over",
        subject="rươi gia đình chị Vũ Thị Hoa thu được", period=NIGHT),
    fig("trên 35 triệu", "35", 35e6, "money", "đồng", approx="over",
        subject="tiền bán rươi", period=NIGHT),
    fig("công suất 2 tấn/ngày", "2", 2, "measure", "tấn/ngày",
        subject="công suất hệ thống cấp đông"),
    fig("khoảng 8 tấn", "8", 8, "measure", "tấn", approx="about", status="forecast",
        subject="chả rươi hợp tác xã tiêu thụ", period=Y24),
    fig("khoảng 3,6 tỷ", "3,6", 3.6e9, "money", "đồng", approx="about", status="forecast",
        subject="doanh thu hợp tác xã", period=Y24),
    fig("tại 15 cửa hàng", "15", 15, "count", "cửa hàng, siêu thị",
        subject="cửa hàng, siêu thị bán mắm rươi của hợp tác xã"),
    fig("lên 200 ha", "200", 200, "measure", "ha", status="target", subject="vùng rươi", period=T25),
    fig("đạt 50 tỷ", "50", 50e9, "money", "đồng/năm", status="target",
        subject="giá trị thu từ rươi", period=T25),
]

NOTES = [
    "Party newspaper (Báo Quảng Ninh): menu, 'Thứ Ba, 05/11/2024, 07:30 [GMT+7]', sapo, tag '(BQN) -', byline 'Tường Vy' at the end.",
    "Distractors: the folk saying 'Tháng chín đôi mươi, tháng mười mồng năm' (lunar dates), 'giữa tháng 10', 'thôn 4', 'đêm 28/10',",
    "'OCOP 3 sao', '[GMT+7]', 07:30, 'Quảng Ninh 24h' in the menu.",
    "All figures describe thị xã Quảng Yên: location Quảng Yên (communes are not locations).",
    "Sapo: 'ước đạt khoảng 90 tấn, gấp đôi năm 2023' -> change increase 2 lần; 'hàng chục tỷ đồng' is vague ('tens of billions'): optional.",
    "'trong đó xã Sông Khoai có gần 70 ha' is part of the 160 ha: total 160. 'Mỗi đợt ... từ 3 đến 5 tấn' is a rate (tấn/đợt).",
    "'riêng đêm 28/10' is a one-night period (start = end = 2024-10-28).",
    "'dự kiến' governs both clauses of its sentence (forecast); 'đến năm 2025' targets: start null, end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1291-4", TEXT, NOTES, FIGS, published="2024-11-05", location="Quảng Yên")
