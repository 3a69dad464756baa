"""p1307-5: national newspaper: sweet starfruit (khế) of Tiền Giang for export; national area, output, exports."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Nông nghiệp

Thứ hai, 14/10/2024, 10:25 (GMT+7)

Khế ngọt Tiền Giang rộng đường xuất khẩu

Từ loại trái cây quen thuộc trong vườn nhà, khế ngọt Tiền Giang đã có mặt tại Mỹ, Hà Lan, Australia với giá cao hơn hẳn tiêu thụ nội địa.

Theo Cục Trồng trọt, cả nước hiện có khoảng 9.600 ha khế, sản lượng năm 2023 đạt hơn 142.000 tấn; trong đó Tiền Giang là địa phương có diện tích lớn nhất với 1.820 ha, tập trung tại huyện Chợ Gạo và Châu Thành. Năm 2023, kim ngạch xuất khẩu khế của cả nước đạt khoảng 15 triệu USD, tăng 22% so với năm 2022.

Tại xã Song Bình, huyện Chợ Gạo, Hợp tác xã Khế ngọt Song Bình có 48 thành viên canh tác 62 ha khế giống B10 và khế ngọt truyền thống, trong đó 40 ha đã được cấp mã số vùng trồng xuất khẩu. 9 tháng đầu năm 2024, hợp tác xã xuất khẩu 210 tấn khế, tăng 35% so với cùng kỳ, thu về khoảng 320.000 USD.

"Khế xuất khẩu loại đẹp có giá từ 28.000 đến 32.000 đồng/kg, cao hơn 8.000-10.000 đồng/kg so với bán ở chợ đầu mối", ông Phạm Văn Tâm, Giám đốc hợp tác xã cho biết. Mỗi ha khế của hợp tác xã cho thu nhập khoảng 300-350 triệu đồng/năm.

Tiền Giang phấn đấu đến năm 2025 có 1.000 ha khế đạt chuẩn VietGAP, GlobalGAP. Bộ Nông nghiệp và Phát triển nông thôn đặt mục tiêu đến năm 2030 kim ngạch xuất khẩu khế cả nước đạt 50 triệu USD.

Hoàng Nam

Chia sẻ | Bình luận (0)
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("Năm 2023", "2023-01-01", "2023-12-31")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
T25 = per("đến năm 2025", None, "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
VN, CG = "Việt Nam", "Chợ Gạo"

FIGS = [
    fig("khoảng 9.600 ha", "9.600", 9600, "measure", "ha", approx="about", subject="diện tích khế", location=VN),
    fig("hơn 142.000 tấn", "142.000", 142000, "measure", "tấn", approx="over", subject="sản lượng khế",
        period=Y23, location=VN),
    fig("với 1.820 ha", "1.820", 1820, "measure", "ha", subject="diện tích khế"),
    fig("khoảng 15 triệu", "15", 15e6, "money", "USD", approx="about",
        change=chg("increase", 22, "%", "năm 2022"), subject="kim ngạch xuất khẩu khế của cả nước",
        period=Y23b, location=VN),
    fig("có 48 thành viên", "48", 48, "count", "thành viên", subject="thành viên hợp tác xã", location=CG),
    fig("canh tác 62 ha", "62", 62, "measure", "ha", subject="diện tích khế thành viên hợp tác xã canh tác",
        location=CG),
    fig("trong đó 40 ha", "40", 40, "measure", "ha", total=62,
        subject="diện tích được cấp mã số vùng trồng xuất khẩu", location=CG),
    fig("xuất khẩu 210 tấn", "210", 210, "measure", "tấn", change=chg("increase", 35, "%", "cùng kỳ"),
        subject="khế hợp tác xã xuất khẩu", period=NINE, location=CG),
    fig("khoảng 320.000 USD", "320.000", 320000, "money", "USD", approx="about",
        subject="tiền hợp tác xã thu về từ xuất khẩu khế", period=NINE, location=CG),
    fig("từ 28.000 đến 32.000", "28.000", 28000, "money", "đồng/kg", value_max=32000,
        change=chg("increase", 8000, "đồng/kg", "bán ở chợ đầu mối"), subject="giá khế xuất khẩu loại đẹp",
        location=CG),
    fig("khoảng 300-350 triệu", "300", 300e6, "money", "đồng/ha/năm", approx="about", value_max=350e6,
        subject="thu nhập mỗi ha khế của hợp tác xã", location=CG),
    fig("có 1.000 ha", "1.000", 1000, "measure", "ha", status="target",
        subject="diện tích khế đạt chuẩn VietGAP, GlobalGAP", period=T25),
    fig("đạt 50 triệu", "50", 50e6, "money", "USD", status="target",
        subject="kim ngạch xuất khẩu khế cả nước", period=T30, location=VN),
]

NOTES = [
    "National newspaper: 'Thứ hai, 14/10/2024, 10:25 (GMT+7)', sapo, quote, byline at the end, 'Bình luận (0)'.",
    "Distractors: 'Thứ hai' (weekday, a number word), 10:25, '(GMT+7)', giống 'B10', 'năm 2022' as a baseline, 'Bình luận (0)'.",
    "Default location Tiền Giang; 'cả nước' figures → Việt Nam; the cooperative in xã Song Bình, huyện Chợ Gạo → Chợ Gạo.",
    "Mỹ, Hà Lan, Australia are markets, not places of a figure.",
    "'...142.000 tấn; trong đó Tiền Giang ... 1.820 ha': the cue follows a tonnage, the part is an area → no total.",
    "'hiện có khoảng 9.600 ha' has no period; 'sản lượng năm 2023' has.",
    "'cao hơn 8.000-10.000 đồng/kg so với bán ở chợ đầu mối' → change of the price range (lower end; the change has no value_max).",
    "'Mỗi ha khế cho thu nhập ... đồng/năm' → unit đồng/ha/năm (the 'Mỗi ha' denominator belongs to the unit).",
    "'phấn đấu đến năm 2025', 'đặt mục tiêu đến năm 2030' → target, period start null.",
]

if __name__ == "__main__":
    write("p1307-5", TEXT, NOTES, FIGS, published="2024-10-14", location="Tiền Giang")
