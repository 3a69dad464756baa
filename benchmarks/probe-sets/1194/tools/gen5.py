"""p1194-5: Party newspaper (Báo Lâm Đồng), persimmon sấy dẻo season 2023 in Đà Lạt."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Hồng sấy dẻo Đà Lạt vào vụ, giá cao hơn năm trước

Những ngày này, các cơ sở sấy hồng tại TP Đà Lạt và huyện Đơn Dương đang vào cao điểm chế biến. Theo Phòng Kinh tế TP Đà Lạt, vụ hồng năm 2023 thành phố có khoảng 150 cơ sở sấy dẻo, dự kiến cung ứng ra thị trường 1.200-1.300 tấn hồng sấy, tăng khoảng 10% so với năm 2022.

Cơ sở hồng sấy Thanh Trúc của bà Nguyễn Thị Hạnh ở phường 11, TP Đà Lạt mỗi ngày thu mua từ 8 đến 10 tấn hồng tươi, sử dụng 45 lao động thời vụ với tiền công 250.000 đồng/người/ngày. Theo bà Hạnh, khoảng 4 kg hồng tươi mới làm ra 1 kg hồng sấy dẻo. Năm nay, giá bán tại cơ sở từ 280.000 đến 350.000 đồng/kg, cao hơn năm trước khoảng 30.000 đồng/kg. “Hồng phải sấy gió, bóp tay nhiều lần mới dẻo, lên đường đều, không dùng chất bảo quản nên khách đặt hàng từ đầu vụ”, bà Hạnh nói.

Năm 2023, hồng sấy Đà Lạt được cấp giấy chứng nhận nhãn hiệu tập thể; toàn tỉnh Lâm Đồng có 12 sản phẩm hồng sấy đạt OCOP, trong đó 3 sản phẩm đạt 4 sao. Diện tích hồng toàn tỉnh khoảng 2.100 ha, tập trung ở Đà Lạt (khoảng 1.000 ha), Đơn Dương và Lạc Dương.

Ông Trần Văn Hùng, Phó Trưởng phòng Kinh tế TP Đà Lạt cho biết, thành phố phấn đấu đến năm 2025 có ít nhất 50% cơ sở sấy hồng áp dụng quy trình sấy khép kín, giảm tỷ lệ hao hụt sau thu hoạch xuống dưới 5%.

THANH HÀ
15/11/2023
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23B = per("Năm 2023", "2023-01-01", "2023-12-31")
NOW = per("Năm nay", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
DL = "Đà Lạt"
SHOP = "cơ sở hồng sấy Thanh Trúc"

FIGS = [
    fig("khoảng 150 cơ sở", "150", 150, "count", "cơ sở", approx="about",
        subject="cơ sở sấy dẻo hồng", period=Y23, location=DL),
    fig("1.200-1.300 tấn", "1.200", 1200, "measure", "tấn", value_max=1300, status="forecast",
        change=chg("increase", 10, "%", "năm 2022", approx="about"),
        subject="hồng sấy cung ứng ra thị trường", period=Y23, location=DL),
    fig("từ 8 đến 10 tấn", "8", 8, "measure", "tấn", value_max=10,
        subject=f"hồng tươi {SHOP} thu mua mỗi ngày", location=DL),
    fig("45 lao động", "45", 45, "count", "lao động", subject=f"lao động thời vụ của {SHOP}", location=DL),
    fig("250.000 đồng/người/ngày", "250.000", 250000, "money", "đồng/người/ngày",
        subject="tiền công lao động thời vụ", location=DL),
    fig("khoảng 4 kg", "4", 4, "measure", "kg", approx="about",
        subject="hồng tươi để làm ra 1 kg hồng sấy dẻo", location=DL),
    fig("1 kg hồng sấy dẻo", "1", 1, "measure", "kg", optional=True, subject="hồng sấy dẻo", location=DL),
    fig("từ 280.000 đến 350.000 đồng/kg", "280.000", 280000, "money", "đồng/kg", value_max=350000,
        change=chg("increase", 30000, "đồng/kg", "năm trước", approx="about"),
        subject=f"giá bán hồng sấy tại {SHOP}", period=NOW, location=DL),
    fig("có 12 sản phẩm", "12", 12, "count", "sản phẩm", subject="sản phẩm hồng sấy đạt OCOP",
        period=Y23B, location="Lâm Đồng"),
    fig("3 sản phẩm", "3", 3, "count", "sản phẩm", total=12, subject="sản phẩm hồng sấy đạt OCOP 4 sao",
        period=Y23B, location="Lâm Đồng"),
    fig("đạt 4 sao", "4", 4, "measure", "sao", optional=True, subject="hạng sao OCOP", location="Lâm Đồng"),
    fig("khoảng 2.100 ha", "2.100", 2100, "measure", "ha", approx="about",
        subject="diện tích hồng toàn tỉnh", location="Lâm Đồng"),
    fig("(khoảng 1.000 ha)", "1.000", 1000, "measure", "ha", approx="about",
        subject="diện tích hồng", location=DL),
    fig("ít nhất 50%", "50", 50, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ cơ sở sấy hồng áp dụng quy trình sấy khép kín", period=T25, location=DL),
    fig("dưới 5%", "5", 5, "percent", "%", approx="under", status="target",
        subject="tỷ lệ hao hụt sau thu hoạch", period=T25, location=DL),
]

NOTES = [
    "Party newspaper (Báo Lâm Đồng): persimmon sấy dẻo season 2023 in Đà Lạt. Byline 'THANH HÀ' and bare date '15/11/2023' at the end.",
    "Distractors: 'phường 11' (a ward's name), the bare date. 'Năm nay' = 2023 (published).",
    "Figures of the city and of the workshop in phường 11 -> Đà Lạt; 'toàn tỉnh Lâm Đồng' figures -> Lâm Đồng (article default).",
    "'1.200-1.300 tấn' is forecast ('dự kiến') with the change 'tăng khoảng 10%'; 'cao hơn năm trước khoảng 30.000 đồng/kg' is the price's change.",
    "'1 kg hồng sấy dẻo' (the ratio's base) and '4 sao' (rating) are optional. Đà Lạt's 1.000 ha is one item of a list that does not add up: no total.",
]

if __name__ == "__main__":
    write("p1194-5", TEXT, NOTES, FIGS, published="2023-11-15", location="Lâm Đồng")
