"""p648-1: Vĩnh Long province portal — red-pottery craft villages, first half of 2024."""
from lib import fig, per, inh, chg, write

TEXT = """Cổng Thông tin điện tử tỉnh Vĩnh Long
Trang chủ > Tin tức - Sự kiện > Kinh tế

Vĩnh Long: Doanh thu làng nghề gạch gốm 6 tháng đạt hơn 215 tỷ đồng
Cập nhật: 15/07/2024 08:30 | Lượt xem: 1.482

Theo Sở Công Thương, 6 tháng đầu năm 2024, các cơ sở sản xuất gạch, gốm trên địa bàn tỉnh đạt doanh thu 215,7 tỷ đồng, tăng 12,4% so với cùng kỳ năm 2023. Trong đó, doanh thu từ gốm mỹ nghệ xuất khẩu đạt khoảng 148,6 tỷ đồng, chiếm 68,9%.

Toàn tỉnh hiện có 1.104 lò gạch, gốm, trong đó 608 lò còn hoạt động, tập trung chủ yếu ở các huyện Mang Thít (452 lò), Long Hồ (57 lò) và Tam Bình (39 lò). Ngành gạch gốm thu hút gần 6.500 lao động, thu nhập bình quân khoảng 6,8 triệu đồng/người/tháng.

Nhờ phát triển du lịch làng nghề, khu vực "Vương quốc gốm đỏ" dọc Quốc lộ 53 và sông Cổ Chiên đã đón khoảng 38.200 lượt khách tham quan trong 6 tháng, tăng 27% so với cùng kỳ; trong đó khách quốc tế hơn 9.100 lượt, chủ yếu đến từ Pháp, Đức và Hà Lan.

Hiện tỉnh có 14 sản phẩm gốm đạt chứng nhận OCOP, gồm 11 sản phẩm 3 sao và 3 sản phẩm 4 sao.

Theo Kế hoạch số 152/KH-UBND của UBND tỉnh, phấn đấu đến năm 2025 kim ngạch xuất khẩu gốm mỹ nghệ đạt 25 triệu USD, đón 100.000 lượt khách và chuyển đổi từ 30 đến 40% số lò thủ công sang lò nung công nghệ mới.

Sở Công Thương tỉnh Vĩnh Long - Số 98 đường 2/9, Phường 1, TP Vĩnh Long. ĐT: 0270.3822.516
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("gốm 6 tháng đạt hơn 215", "215", 215e9, "money", "đồng", approx="over",
        subject="doanh thu làng nghề gạch gốm", period=per("6 tháng", "2024-01-01", "2024-06-30")),
    fig("doanh thu 215,7", "215,7", 215.7e9, "money", "đồng",
        change=chg("increase", 12.4, baseline="cùng kỳ năm 2023"),
        subject="doanh thu các cơ sở sản xuất gạch, gốm", period=H1),
    fig("khoảng 148,6", "148,6", 148.6e9, "money", "đồng", approx="about", total=215.7e9, percent=68.9,
        subject="doanh thu từ gốm mỹ nghệ xuất khẩu", period=inh(H1)),
    fig("1.104 lò", "1.104", 1104, "count", "lò", subject="lò gạch, gốm"),
    fig("608 lò", "608", 608, "count", "lò", total=1104, subject="lò gạch, gốm còn hoạt động"),
    fig("(452 lò)", "452", 452, "count", "lò", subject="lò gạch, gốm còn hoạt động", location="Mang Thít"),
    fig("(57 lò)", "57", 57, "count", "lò", subject="lò gạch, gốm còn hoạt động", location="Long Hồ"),
    fig("(39 lò)", "39", 39, "count", "lò", subject="lò gạch, gốm còn hoạt động", location="Tam Bình"),
    fig("gần 6.500", "6.500", 6500, "count", "lao động", approx="nearly", subject="lao động ngành gạch gốm"),
    fig("khoảng 6,8", "6,8", 6.8e6, "money", "đồng/người/tháng", approx="about",
        subject="thu nhập bình quân của lao động ngành gạch gốm"),
    fig("khoảng 38.200", "38.200", 38200, "count", "lượt khách", approx="about",
        change=chg("increase", 27, baseline="cùng kỳ"),
        subject="lượt khách tham quan khu vực Vương quốc gốm đỏ",
        period=per("trong 6 tháng", "2024-01-01", "2024-06-30")),
    fig("hơn 9.100", "9.100", 9100, "count", "lượt", approx="over", total=38200,
        subject="khách quốc tế", period=per("trong 6 tháng", "2024-01-01", "2024-06-30")),
    fig("14 sản phẩm", "14", 14, "count", "sản phẩm", subject="sản phẩm gốm đạt chứng nhận OCOP"),
    fig("11 sản phẩm", "11", 11, "count", "sản phẩm", total=14, subject="sản phẩm gốm OCOP 3 sao"),
    fig("3 sản phẩm 4 sao", "3", 3, "count", "sản phẩm", total=14, subject="sản phẩm gốm OCOP 4 sao"),
    fig("đạt 25 triệu USD", "25", 25e6, "money", "USD", status="target",
        subject="kim ngạch xuất khẩu gốm mỹ nghệ", period=T25),
    fig("100.000 lượt", "100.000", 100000, "count", "lượt khách", status="target",
        subject="lượt khách đón", period=T25),
    fig("từ 30 đến 40%", "30", 30, "percent", "%", value_max=40, status="target",
        subject="số lò thủ công chuyển đổi sang lò nung công nghệ mới", period=T25),
]

if __name__ == "__main__":
    write("p648-1", TEXT, FIGS, published="2024-07-15", location="Vĩnh Long", comments=[
        "Cổng TTĐT Vĩnh Long: gạch gốm / gốm mỹ nghệ 6 tháng đầu năm 2024 (doanh thu, lò, lao động, khách, OCOP, mục tiêu 2025).",
        "Distractors: Lượt xem 1.482, Kế hoạch số 152/KH-UBND, Quốc lộ 53, OCOP '3 sao'/'4 sao' (levels), số 98 đường 2/9, Phường 1, phone.",
        "District items (452/57/39 lò) after 'tập trung chủ yếu ở' do not add up to 608 and follow no part cue: no total.",
        "Headline '6 tháng' has no year: published 2024. 148,6 tỷ is a part after 'Trong đó' across a sentence break: total 215,7 tỷ.",
    ])
