"""p1161-8: provincial newspaper online (Báo Ninh Thuận, tag (NTO)): mulch film on melons and vegetables."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Ninh Thuận điện tử
Thứ Sáu, 07/06/2024 | 16:45

Hơn 1.200 ha cây trồng dùng màng phủ nông nghiệp

(NTO) - Những năm gần đây, nông dân trong tỉnh ngày càng mạnh dạn sử dụng màng phủ nông nghiệp và nhà màng để trồng dưa lưới, ớt, nho. Đến cuối tháng 5/2024, diện tích cây trồng sử dụng màng phủ toàn tỉnh đạt hơn 1.200 ha, tăng 180 ha so với cuối năm 2023; trong đó huyện Ninh Phước 420 ha, Ninh Hải 310 ha.

Tại HTX Nông nghiệp Phước Thuận (xã Phước Thuận, huyện Ninh Phước), 35 thành viên đang trồng 12 ha dưa lưới có phủ màng. Theo ông Lê Văn Sáu, Giám đốc HTX, chi phí màng phủ khoảng 15 triệu đồng/ha/vụ nhưng giúp giảm 40% lượng nước tưới và bớt được hai lần phun thuốc mỗi vụ. Năng suất dưa đạt 28-32 tấn/ha, lợi nhuận bình quân 180 triệu đồng/ha/vụ.

Cũng theo ông Sáu, sau mỗi vụ HTX thu gom khoảng 1,5 tấn màng phủ cũ bán cho cơ sở tái chế ở Khu công nghiệp Thành Hải với giá 3.000 đồng/kg.

Theo Sở Nông nghiệp và PTNT, năm 2024 tỉnh phấn đấu mở rộng diện tích sử dụng màng phủ lên 1.500 ha; đồng thời hỗ trợ 30% chi phí mua màng phủ sinh học cho các HTX, tối đa 50 triệu đồng/HTX. Dự kiến đến năm 2025, 100% HTX trồng dưa lưới trong tỉnh áp dụng quy trình thu gom màng phủ sau thu hoạch.

Phan Bình
Đường dây nóng: 0259.3822.624 - Địa chỉ: 398 đường 16 Tháng 4, TP Phan Rang - Tháp Chàm
"""

ASOF = per("Đến cuối tháng 5/2024", None, "2024-05-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")
NP = "Ninh Phước"
AREA = "diện tích cây trồng sử dụng màng phủ"

FIGS = [
    fig("Hơn 1.200 ha", "1.200", 1200, "measure", "ha", approx="over",
        subject="cây trồng dùng màng phủ nông nghiệp"),
    fig("đạt hơn 1.200 ha", "1.200", 1200, "measure", "ha", approx="over",
        change=chg("increase", 180, "ha", "cuối năm 2023"), subject=AREA, period=ASOF),
    fig("Ninh Phước 420 ha", "420", 420, "measure", "ha", total=1200, subject=AREA, period=ASOF, location=NP),
    fig("Ninh Hải 310 ha", "310", 310, "measure", "ha", total=1200, subject=AREA, period=ASOF,
        location="Ninh Hải"),
    fig("35 thành viên", "35", 35, "count", "thành viên", subject="thành viên HTX Nông nghiệp Phước Thuận trồng dưa lưới",
        location=NP),
    fig("trồng 12 ha", "12", 12, "measure", "ha", subject="dưa lưới có phủ màng của HTX", location=NP),
    fig("khoảng 15 triệu", "15", 15e6, "money", "đồng/ha/vụ", approx="about", subject="chi phí màng phủ",
        location=NP),
    fig("giảm 40%", "40", 40, "percent", "%", subject="lượng nước tưới giảm nhờ màng phủ", location=NP),
    fig("được hai lần", "hai", 2, "count", "lần phun thuốc", subject="lần phun thuốc bớt được mỗi vụ",
        location=NP),
    fig("28-32 tấn/ha", "28", 28, "measure", "tấn/ha", value_max=32, subject="năng suất dưa", location=NP),
    fig("bình quân 180 triệu", "180", 180e6, "money", "đồng/ha/vụ", subject="lợi nhuận bình quân",
        location=NP),
    fig("khoảng 1,5 tấn", "1,5", 1.5, "measure", "tấn", approx="about",
        subject="màng phủ cũ HTX thu gom sau mỗi vụ", location=NP),
    fig("giá 3.000 đồng/kg", "3.000", 3000, "money", "đồng/kg", subject="giá bán màng phủ cũ cho cơ sở tái chế",
        location=NP),
    fig("lên 1.500 ha", "1.500", 1500, "measure", "ha", status="target", subject=AREA, period=Y24),
    fig("hỗ trợ 30%", "30", 30, "percent", "%", status="target",
        subject="chi phí mua màng phủ sinh học được hỗ trợ cho các HTX", period=Y24),
    fig("tối đa 50 triệu", "50", 50e6, "money", "đồng/HTX", approx="at_most", status="target",
        subject="mức hỗ trợ mua màng phủ sinh học", period=Y24),
    fig("2025, 100% HTX", "100", 100, "percent", "%", status="forecast",
        subject="HTX trồng dưa lưới áp dụng quy trình thu gom màng phủ sau thu hoạch", period=TO25),
]

NOTES = [
    "Provincial newspaper online (Báo Ninh Thuận), 'Thứ Sáu, 07/06/2024 | 16:45' (published), tag '(NTO) -'. Default location Ninh Thuận.",
    "Headline 'Hơn 1.200 ha' is a figure of its own (no period). 'Đến cuối tháng 5/2024' → as-of 2024-05-31 for the body figure and its parts.",
    "Parts after 'trong đó' (Ninh Phước 420 ha, Ninh Hải 310 ha) take total 1.200 and their district as location.",
    "HTX Phước Thuận lies in huyện Ninh Phước: its figures, also in the following sentences ('Cũng theo ông Sáu'), get Ninh Phước.",
    "'giảm 40% lượng nước tưới' is a percent figure (the claim), 'hai lần phun thuốc' a count (number word), not a multiple.",
    "'phấn đấu ...; đồng thời hỗ trợ 30% ..., tối đa 50 triệu' → target; 'Dự kiến đến năm 2025, 100%' → forecast.",
    "Distractors: 'ông Lê Văn Sáu' (a name that is a number word), '16:45', 'đường 16 Tháng 4', '398', hotline 0259.3822.624, 'cuối năm 2023' (baseline).",
]

if __name__ == "__main__":
    write("p1161-8", TEXT, NOTES, FIGS, published="2024-06-07", location="Ninh Thuận")
