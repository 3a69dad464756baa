"""p1178-5: Party newspaper (Báo Lâm Đồng): artichoke tea and drying in Đà Lạt; byline + bare date at the end."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Đà Lạt nâng giá trị cây atiso nhờ chế biến sâu

Thành phố Đà Lạt hiện có khoảng 210 ha atiso, mỗi năm cung ứng trên 8.000 tấn bông, lá, thân tươi cho các cơ sở chế biến trà, cao atiso.

Theo Phòng Kinh tế thành phố, 6 tháng đầu năm, các cơ sở trên địa bàn ước chế biến 1.350 tấn atiso tươi thành cao, trà túi lọc và bông sấy khô, tăng 7,8% so với cùng kỳ. Giá atiso bông tươi loại 1 hiện dao động từ 45.000 đến 60.000 đồng/kg, cao hơn khoảng 20% so với năm 2023.

Công ty TNHH Thảo mộc Lâm Viên ở phường 9 là một trong những đơn vị chế biến atiso lớn của thành phố. Công ty đang vận hành 2 dây chuyền sấy lạnh và một dây chuyền đóng gói trà túi lọc; mỗi tháng thu mua khoảng 25 tấn atiso tươi, cho ra gần 3 tấn thành phẩm. Năm 2023, doanh thu của công ty đạt 14,8 tỷ đồng. Hiện công ty tạo việc làm thường xuyên cho 32 lao động với mức lương từ 7 đến 9 triệu đồng/người/tháng.

Bà Trần Thị Ngọc Lan, Giám đốc công ty cho biết, sấy lạnh giữ được màu và hoạt chất nên giá trà bông atiso khô bán ra cao gấp 2 lần sản phẩm sấy nhiệt.

Toàn tỉnh Lâm Đồng hiện có 36 sản phẩm từ atiso đạt chuẩn OCOP, trong đó 11 sản phẩm đạt 4 sao. Thành phố Đà Lạt phấn đấu đến năm 2025 nâng diện tích atiso lên 250 ha, trong đó ít nhất 100 ha canh tác theo hướng hữu cơ.

VIỆT HÙNG
27/06/2024
"""

H6 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
LD = "Lâm Đồng"

FIGS = [
    fig("khoảng 210 ha", "210", 210, "measure", "ha", approx="about", subject="diện tích atiso"),
    fig("trên 8.000 tấn", "8.000", 8000, "measure", "tấn", approx="over",
        subject="bông, lá, thân atiso tươi cung ứng mỗi năm cho các cơ sở chế biến"),
    fig("ước chế biến 1.350 tấn", "1.350", 1350, "measure", "tấn", status="estimate",
        change=chg("increase", 7.8, "%", "cùng kỳ"), subject="atiso tươi các cơ sở chế biến", period=H6),
    fig("từ 45.000 đến 60.000", "45.000", 45000, "money", "đồng/kg", value_max=60000,
        change=chg("increase", 20, "%", "năm 2023", approx="about"), subject="giá atiso bông tươi loại 1"),
    fig("2 dây chuyền", "2", 2, "count", "dây chuyền sấy lạnh",
        subject="dây chuyền sấy lạnh của Công ty TNHH Thảo mộc Lâm Viên"),
    fig("và một dây chuyền", "một", 1, "count", "dây chuyền đóng gói",
        subject="dây chuyền đóng gói trà túi lọc của công ty"),
    fig("khoảng 25 tấn", "25", 25, "measure", "tấn", approx="about", subject="atiso tươi công ty thu mua mỗi tháng"),
    fig("gần 3 tấn", "3", 3, "measure", "tấn", approx="nearly", subject="thành phẩm mỗi tháng"),
    fig("14,8 tỷ", "14,8", 14800000000, "money", "đồng", subject="doanh thu của công ty", period=Y23),
    fig("cho 32 lao động", "32", 32, "count", "lao động", subject="lao động thường xuyên của công ty"),
    fig("từ 7 đến 9 triệu", "7", 7000000, "money", "đồng/người/tháng", value_max=9000000,
        subject="mức lương lao động của công ty"),
    fig("gấp 2 lần", "2", 2, "multiple", "lần", subject="giá trà bông atiso khô sấy lạnh so với sản phẩm sấy nhiệt"),
    fig("có 36 sản phẩm", "36", 36, "count", "sản phẩm", subject="sản phẩm từ atiso đạt chuẩn OCOP", location=LD),
    fig("11 sản phẩm", "11", 11, "count", "sản phẩm", total=36, subject="sản phẩm từ atiso đạt OCOP 4 sao",
        location=LD),
    fig("lên 250 ha", "250", 250, "measure", "ha", status="target", subject="diện tích atiso", period=T25),
    fig("ít nhất 100 ha", "100", 100, "measure", "ha", approx="at_least", total=250, status="target",
        subject="diện tích atiso canh tác theo hướng hữu cơ", period=T25),
]

NOTES = [
    "Party newspaper (Báo Lâm Đồng) feature; byline 'VIỆT HÙNG' and bare date '27/06/2024' at the end (published).",
    "Default location Đà Lạt (the city the article is about); the OCOP count is for 'Toàn tỉnh Lâm Đồng'.",
    "Year-less '6 tháng đầu năm' takes 2024 from the published date. 'cao hơn khoảng 20% so với năm 2023' is the change of the price range.",
    "'gấp 2 lần sản phẩm sấy nhiệt' stands as the claim → multiple. 'ít nhất 100 ha' after 'trong đó' is a part of the 250 ha target.",
    "Distractors: 'phường 9', 'loại 1' (a grade), 'một trong những đơn vị' (not a count), 'OCOP', '4 sao'.",
]

if __name__ == "__main__":
    write("p1178-5", TEXT, NOTES, FIGS, published="2024-06-27", location="Đà Lạt")
