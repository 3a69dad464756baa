"""p1566-2: district portal (huyện Vị Thủy, Hậu Giang): a cooperative making chả cá thát lát."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VỊ THỦY - TỈNH HẬU GIANG
Trang chủ | Tin tức - Sự kiện | Kinh tế | Nông nghiệp - Nông thôn

HTX Thủy sản Vị Thắng nâng tầm sản phẩm chả cá thát lát

20/05/2024 - 10:05

Thành lập năm 2018 với 9 thành viên, đến nay Hợp tác xã (HTX) Thủy sản Vị Thắng, xã Vị Thắng đã có 27 thành viên, trong đó 15 thành viên nuôi cá thát lát cườm trên diện tích 12,5 ha mặt nước.

Năm 2023, HTX sản xuất 86 tấn chả cá thát lát, tăng 18% so với năm 2022; doanh thu đạt 13,8 tỷ đồng, lợi nhuận khoảng 1,9 tỷ đồng. Sản phẩm được bày bán tại hơn 40 siêu thị, cửa hàng tiện lợi ở TP Cần Thơ, TP Hồ Chí Minh và ba tỉnh lân cận.

Giá bán chả cá thát lát tại HTX từ 190.000 đến 220.000 đồng/kg tùy loại (hộp 500 gram). Mỗi tháng HTX thu mua khoảng 25 tấn cá thát lát nguyên liệu của thành viên với giá cao hơn thị trường 2.000-3.000 đồng/kg.

Năm 2024, HTX phấn đấu sản xuất 110 tấn chả cá, doanh thu 18 tỷ đồng; dự kiến đầu tư thêm một kho lạnh sức chứa 50 tấn và hai máy định hình chả cá với tổng kinh phí khoảng 2,4 tỷ đồng, trong đó vốn hỗ trợ từ Chương trình mục tiêu quốc gia xây dựng nông thôn mới 800 triệu đồng.

Theo Phòng Nông nghiệp và PTNT huyện, toàn huyện hiện có 4 HTX và 11 hộ sản xuất chả cá thát lát; sản lượng năm 2023 đạt 212 tấn, chiếm 34,6% sản lượng chả cá thát lát của tỉnh.

Nguồn: Phòng Nông nghiệp và PTNT huyện Vị Thủy

Tin khác:
- Vị Thủy ra quân thực hiện Chiến dịch Hè tình nguyện năm 2024
- Xã Vĩnh Thuận Tây đón nhận chuẩn nông thôn mới nâng cao

Địa chỉ: Số 02, đường 3/2, thị trấn Nàng Mau, huyện Vị Thủy, tỉnh Hậu Giang
Điện thoại: 0293.3571.123
"""

Y18 = per("năm 2018", "2018-01-01", "2018-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    fig("với 9 thành viên", "9", 9, "count", "thành viên", subject="thành viên HTX khi thành lập", period=Y18),
    fig("có 27 thành viên", "27", 27, "count", "thành viên", subject="thành viên Hợp tác xã (HTX) Thủy sản Vị Thắng"),
    fig("15 thành viên", "15", 15, "count", "thành viên", total=27, subject="thành viên nuôi cá thát lát cườm"),
    fig("12,5 ha", "12,5", 12.5, "measure", "ha", subject="diện tích mặt nước nuôi cá thát lát cườm"),
    fig("sản xuất 86 tấn", "86", 86, "measure", "tấn", change=chg("increase", 18, "%", "năm 2022"),
        subject="chả cá thát lát HTX sản xuất", period=Y23),
    fig("đạt 13,8 tỷ", "13,8", 13.8e9, "money", "đồng", subject="doanh thu của HTX", period=Y23),
    fig("khoảng 1,9 tỷ", "1,9", 1.9e9, "money", "đồng", approx="about", subject="lợi nhuận của HTX", period=Y23),
    fig("hơn 40 siêu thị", "40", 40, "count", "siêu thị", approx="over",
        subject="siêu thị, cửa hàng tiện lợi bày bán sản phẩm"),
    fig("ba tỉnh lân cận", "ba", 3, "count", "tỉnh", subject="tỉnh lân cận bày bán sản phẩm",
        location="Việt Nam"),
    fig("từ 190.000 đến 220.000", "190.000", 190000, "money", "đồng/kg", value_max=220000,
        subject="giá bán chả cá thát lát tại HTX"),
    fig("hộp 500 gram", "500", 500, "measure", "gram", subject="khối lượng hộp chả cá", optional=True),
    fig("khoảng 25 tấn", "25", 25, "measure", "tấn/tháng", approx="about",
        subject="cá thát lát nguyên liệu HTX thu mua mỗi tháng"),
    fig("thị trường 2.000-3.000", "2.000", 2000, "money", "đồng/kg", value_max=3000,
        subject="giá thu mua cá thát lát cao hơn thị trường"),
    fig("sản xuất 110 tấn", "110", 110, "measure", "tấn", status="target", subject="chả cá HTX sản xuất",
        period=Y24),
    fig("doanh thu 18 tỷ", "18", 18e9, "money", "đồng", status="target", subject="doanh thu của HTX", period=Y24),
    fig("thêm một kho lạnh", "một", 1, "count", "kho lạnh", status="forecast", subject="kho lạnh HTX đầu tư thêm",
        period=Y24),
    fig("sức chứa 50 tấn", "50", 50, "measure", "tấn", status="forecast", subject="sức chứa kho lạnh"),
    fig("hai máy", "hai", 2, "count", "máy", status="forecast", subject="máy định hình chả cá HTX đầu tư",
        period=Y24),
    fig("khoảng 2,4 tỷ", "2,4", 2.4e9, "money", "đồng", approx="about", status="forecast",
        subject="tổng kinh phí đầu tư", period=Y24),
    fig("800 triệu", "800", 800e6, "money", "đồng", total=2.4e9, status="forecast",
        subject="vốn hỗ trợ từ Chương trình mục tiêu quốc gia xây dựng nông thôn mới", period=Y24),
    fig("có 4 HTX", "4", 4, "count", "HTX", subject="HTX sản xuất chả cá thát lát"),
    fig("và 11 hộ", "11", 11, "count", "hộ", subject="hộ sản xuất chả cá thát lát"),
    fig("đạt 212 tấn", "212", 212, "measure", "tấn", percent=34.6,
        subject="sản lượng chả cá thát lát của huyện", period=Y23b),
]

NOTES = [
    "District portal (huyện Vị Thủy, Hậu Giang): banner, menu, dateline '20/05/2024 - 10:05', 'Nguồn:', 'Tin khác', address, phone.",
    "Distractors: 10:05, 'đường 3/2', 'Số 02', phone 0293.3571.123, 'năm 2024' in a link, 'Chương trình mục tiêu quốc gia'.",
    "Location Vị Thủy for every figure (the cooperative is in xã Vị Thắng of the district; the district portal implies it),",
    "except 'ba tỉnh lân cận': a count of provinces is Việt Nam by FIGURES.md (revised after the first run).",
    "'Thành lập năm 2018 với 9 thành viên': the founding year is the period of that count. 'đến nay ... 27 thành viên': no period",
    "(the shared gold gives 'đến nay' none). 'trong đó 15 thành viên' → total 27.",
    "'hộp 500 gram' (pack size) optional. 'Mỗi tháng ... khoảng 25 tấn' → tấn/tháng.",
    "'cao hơn thị trường 2.000-3.000 đồng/kg': no price stated, so the gap stands as its own money figure (range).",
    "'phấn đấu' governs '110 tấn' and 'doanh thu 18 tỷ'; after ';' 'dự kiến' governs the investment clause (forecast),",
    "including the 'trong đó' part 800 triệu (total 2,4 tỷ). 'sức chứa 50 tấn' is a spec: no period.",
    "'chiếm 34,6% sản lượng ... của tỉnh' → percent attribute; the district figure stays Vị Thủy.",
]

if __name__ == "__main__":
    write("p1566-2", TEXT, NOTES, FIGS, published="2024-05-20", location="Vị Thủy")
