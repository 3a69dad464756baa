"""p1257-5: provincial Party newspaper (Báo Bắc Giang, tag (BGĐT)): grocery shops turned mini-marts in huyện Lạng Giang."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Kinh tế | Thương mại - Dịch vụ

Siêu thị mini "về làng"

Thứ Hai, 02/12/2024 - 07:45

(BGĐT) - Những năm gần đây, nhiều cửa hàng tạp hóa ở nông thôn huyện Lạng Giang được nâng cấp thành siêu thị mini với hàng hóa niêm yết giá, nguồn gốc rõ ràng, thu hút đông người dân đến mua sắm.

Gia đình chị Nguyễn Thị Thoa ở thôn Tân Lập, xã Tân Dĩnh bán tạp hóa hơn chục năm. Cách đây hai năm, chị đầu tư khoảng 800 triệu đồng cải tạo hơn 150 m2 mặt bằng thành siêu thị mini, lắp 2 quầy thu ngân và phần mềm quản lý bán hàng. Hiện siêu thị có khoảng 2.500 mã hàng, tạo việc làm cho 3 người trong thôn; ngày thường doanh thu 12-15 triệu đồng, dịp cuối tuần, lễ, Tết tăng gấp đôi.

Theo UBND huyện Lạng Giang, hiện toàn huyện có 47 siêu thị mini, cửa hàng tiện lợi, gấp 3 lần năm 2020; trong đó 29 cơ sở ở các xã. Tỷ lệ xã có siêu thị mini đạt 85%, vượt mục tiêu đề ra là 80%.

Toàn tỉnh Bắc Giang hiện có 412 cửa hàng tiện lợi, siêu thị mini, tăng 58 cửa hàng so với cuối năm 2023. 11 tháng năm 2024, doanh thu bán lẻ qua các cửa hàng này ước đạt khoảng 2.150 tỷ đồng, chiếm 6,4% tổng mức bán lẻ hàng hóa của tỉnh.

Ông Trần Văn Hưng, Trưởng phòng Quản lý thương mại (Sở Công Thương) cho biết, năm 2025 tỉnh phấn đấu mỗi xã có ít nhất 1 cửa hàng tiện lợi hoặc siêu thị mini đạt chuẩn; hỗ trợ 100% chi phí tập huấn quản lý bán hàng cho các hộ kinh doanh chuyển đổi.

Minh Thu
"""

N11 = per("11 tháng năm 2024", "2024-01-01", "2024-11-30")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
LG = "Lạng Giang"

FIGS = [
    fig("hơn chục năm", "chục", 10, "measure", "năm", approx="over",
        subject="thời gian gia đình chị Thoa bán tạp hóa", location=LG, optional=True),
    fig("khoảng 800 triệu", "800", 800e6, "money", "đồng", approx="about",
        subject="vốn chị Thoa đầu tư cải tạo siêu thị mini", location=LG),
    fig("hơn 150 m2", "150", 150, "measure", "m2", approx="over", subject="mặt bằng cải tạo thành siêu thị mini",
        location=LG),
    fig("lắp 2 quầy", "2", 2, "count", "quầy thu ngân", subject="quầy thu ngân", location=LG),
    fig("khoảng 2.500 mã", "2.500", 2500, "count", "mã hàng", approx="about", subject="mã hàng siêu thị có",
        location=LG),
    fig("cho 3 người", "3", 3, "count", "người", subject="người trong thôn siêu thị tạo việc làm", location=LG),
    fig("thu 12-15 triệu", "12", 12e6, "money", "đồng", value_max=15e6, subject="doanh thu ngày thường",
        location=LG),
    fig("gấp đôi", "đôi", 2, "multiple", "lần", subject="doanh thu dịp cuối tuần, lễ, Tết", location=LG),
    fig("có 47 siêu thị", "47", 47, "count", "siêu thị mini",
        change=chg("increase", 3, "lần", "năm 2020"), subject="siêu thị mini, cửa hàng tiện lợi", location=LG),
    fig("29 cơ sở", "29", 29, "count", "cơ sở", total=47, subject="cơ sở ở các xã", location=LG),
    fig("đạt 85%", "85", 85, "percent", "%", target=tgt(80, "%", True),
        subject="tỷ lệ xã có siêu thị mini", location=LG),
    fig("có 412 cửa hàng", "412", 412, "count", "cửa hàng",
        change=chg("increase", 58, "cửa hàng", "cuối năm 2023"), subject="cửa hàng tiện lợi, siêu thị mini"),
    fig("khoảng 2.150 tỷ", "2.150", 2150e9, "money", "đồng", approx="about", status="estimate", percent=6.4,
        subject="doanh thu bán lẻ qua các cửa hàng tiện lợi, siêu thị mini", period=N11),
    fig("ít nhất 1 cửa hàng", "1", 1, "count", "cửa hàng", approx="at_least", status="target",
        subject="cửa hàng tiện lợi hoặc siêu thị mini đạt chuẩn mỗi xã có", period=Y25),
    fig("hỗ trợ 100%", "100", 100, "percent", "%", status="target",
        subject="chi phí tập huấn quản lý bán hàng hỗ trợ cho các hộ kinh doanh chuyển đổi", period=Y25),
]

NOTES = [
    "Provincial Party newspaper (Báo Bắc Giang điện tử): section menu, 'Thứ Hai, 02/12/2024 - 07:45', sapo with tag '(BGĐT) -', byline at the end.",
    "Distractors: 07:45, '(BGĐT)', 'Những năm gần đây', 'Cách đây hai năm' (duration locating an event), 'năm 2020' and 'cuối năm 2023' as baselines.",
    "The shop in xã Tân Dĩnh and the district figures are located in huyện Lạng Giang; province figures in Bắc Giang.",
    "'bán tạp hóa hơn chục năm' is how long the family has traded (a duration as a fact, number word 'chục'): optional.",
    "'ngày thường doanh thu 12-15 triệu đồng, dịp cuối tuần, lễ, Tết tăng gấp đôi' → the doubling concerns another subject",
    "(weekend revenue), with no base amount in its clause: a multiple figure of its own, not a change of 12-15 triệu.",
    "'47 ..., gấp 3 lần năm 2020' → change increase 3 lần, baseline năm 2020; 'trong đó 29 cơ sở ở các xã' → total 47.",
    "'đạt 85%, vượt mục tiêu đề ra là 80%' → target 80, met true. 'ước đạt khoảng 2.150 tỷ' → estimate + about; 'chiếm 6,4%' → percent.",
    "'năm 2025 tỉnh phấn đấu ... ít nhất 1 ...; hỗ trợ 100% ...' → both target (the ';' clause continues the 'phấn đấu' clause).",
    "'hiện' figures have no period.",
]

if __name__ == "__main__":
    write("p1257-5", TEXT, NOTES, FIGS, published="2024-12-02", location="Bắc Giang")
