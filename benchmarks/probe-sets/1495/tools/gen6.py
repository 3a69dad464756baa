"""p1495-6: national newspaper: glass food boxes sell twice as much; e-commerce data 11 months 2024, a Hà Nội retailer."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa
Thứ hai, 16/12/2024, 07:05 (GMT+7)

Hộp thủy tinh đựng thực phẩm bán chạy gấp đôi

Lo ngại vi nhựa, nhiều gia đình chuyển từ hộp nhựa sang hộp thủy tinh, hộp inox, giúp doanh số nhóm hàng này trên các sàn thương mại điện tử tăng mạnh.

Theo nền tảng phân tích dữ liệu DataViet, 11 tháng năm 2024, doanh số hộp đựng thực phẩm trên bốn sàn thương mại điện tử lớn đạt 1.450 tỷ đồng, tăng 26% so với cùng kỳ; sản lượng bán ra khoảng 9,6 triệu sản phẩm. Trong đó, hộp thủy tinh chiếm 41% doanh số, gấp đôi tỷ lệ của năm 2022. Giá bán bình quân một sản phẩm khoảng 151.000 đồng.

Tại chuỗi cửa hàng Gia Dụng Hồng Phát (Hà Nội), anh Trần Văn Lực, quản lý, cho biết mỗi tháng chuỗi bán khoảng 2.500 bộ hộp thủy tinh, gấp đôi cùng kỳ năm ngoái. Mỗi bộ có giá từ 299.000 đến 459.000 đồng; dịp cuối năm, nhiều mẫu được giảm giá 15-20%.

Chị Nguyễn Thu Hà, nhân viên văn phòng ở Hà Nội, vừa thay toàn bộ hộp nhựa trong bếp bằng 12 hộp thủy tinh các cỡ, hết khoảng 1,3 triệu đồng. "Hộp thủy tinh nặng hơn nhưng dùng được cả trong lò vi sóng, lò nướng", chị nói.

Ông Phạm Quang Vinh, Phó chủ tịch Hiệp hội Đồ gia dụng Việt Nam, ước tính cả nước hiện có khoảng 20 doanh nghiệp sản xuất hộp thủy tinh chịu nhiệt, đáp ứng chưa đến 40% nhu cầu, phần còn lại phải nhập khẩu, chủ yếu từ Trung Quốc và Hàn Quốc. Theo ông, giai đoạn 2025-2030, nhu cầu hộp thủy tinh dự kiến tăng 12-15% mỗi năm.

Minh Thư
"""

M11 = per("11 tháng năm 2024", "2024-01-01", "2024-11-30")
P2530 = per("giai đoạn 2025-2030", "2025-01-01", "2030-12-31")
HN = "Hà Nội"

FIGS = [
    fig("bán chạy gấp đôi", "đôi", 2, "multiple", "lần", subject="hộp thủy tinh đựng thực phẩm bán chạy"),
    fig("trên bốn sàn", "bốn", 4, "count", "sàn thương mại điện tử", subject="sàn thương mại điện tử lớn",
        period=M11),
    fig("đạt 1.450 tỷ", "1.450", 1450e9, "money", "đồng", change=chg("increase", 26, "%", "cùng kỳ"),
        subject="doanh số hộp đựng thực phẩm trên bốn sàn thương mại điện tử lớn", period=M11),
    fig("khoảng 9,6 triệu", "9,6", 9.6e6, "count", "sản phẩm", approx="about",
        subject="sản lượng hộp đựng thực phẩm bán ra", period=M11),
    fig("chiếm 41%", "41", 41, "percent", "%", change=chg("increase", 2, "lần", "năm 2022"),
        subject="tỷ trọng hộp thủy tinh trong doanh số", period=inh(M11)),
    fig("khoảng 151.000 đồng", "151.000", 151000, "money", "đồng/sản phẩm", approx="about",
        subject="giá bán bình quân một sản phẩm", period=inh(M11)),
    fig("khoảng 2.500 bộ", "2.500", 2500, "measure", "bộ/tháng", approx="about",
        change=chg("increase", 2, "lần", "cùng kỳ năm ngoái"),
        subject="bộ hộp thủy tinh chuỗi cửa hàng Gia Dụng Hồng Phát bán mỗi tháng", location=HN),
    fig("từ 299.000 đến", "299.000", 299000, "money", "đồng/bộ", value_max=459000,
        subject="giá mỗi bộ hộp thủy tinh", location=HN),
    fig("giảm giá 15-20%", "15", 15, "percent", "%", value_max=20,
        subject="mức giảm giá dịp cuối năm", location=HN),
    fig("bằng 12 hộp", "12", 12, "count", "hộp", subject="hộp thủy tinh các cỡ chị Hà thay hộp nhựa", location=HN),
    fig("khoảng 1,3 triệu", "1,3", 1.3e6, "money", "đồng", approx="about",
        subject="chi phí mua hộp thủy tinh", location=HN),
    fig("khoảng 20 doanh nghiệp", "20", 20, "count", "doanh nghiệp", approx="about", status="estimate",
        subject="doanh nghiệp sản xuất hộp thủy tinh chịu nhiệt"),
    fig("chưa đến 40%", "40", 40, "percent", "%", approx="under", status="estimate",
        subject="tỷ lệ đáp ứng nhu cầu hộp thủy tinh chịu nhiệt của doanh nghiệp trong nước"),
    fig("tăng 12-15%", "12", 12, "percent", "%", value_max=15, status="forecast",
        subject="mức tăng nhu cầu hộp thủy tinh mỗi năm", period=P2530),
]

NOTES = [
    "National newspaper: section path, 'Thứ hai, 16/12/2024, 07:05 (GMT+7)', headline, sapo, quotes, byline 'Minh Thư' at the end.",
    "Distractors: 07:05, '(GMT+7)', 'năm 2022' and 'cùng kỳ năm ngoái' baselines, 'giai đoạn 2025-2030' (period), 'dịp cuối năm'.",
    "Headline 'bán chạy gấp đôi' stands alone as the claim: multiple 2 (number word 'đôi').",
    "E-commerce figures are national (DataViet, four platforms): location Việt Nam. '11 tháng năm 2024' ends 2024-11-30.",
    "'Trong đó, hộp thủy tinh chiếm 41% doanh số, gấp đôi tỷ lệ của năm 2022': a percent figure (share) whose change is 'gấp đôi' (2 lần);",
    "borderline, the change could be read as a separate multiple. Period inherited from the previous sentence.",
    "'mỗi tháng ... khoảng 2.500 bộ' is a monthly rate (bộ/tháng) with change 'gấp đôi cùng kỳ năm ngoái'. No period ('mỗi tháng', present).",
    "Hà Nội retailer and consumer: location Hà Nội. 'ước tính' governs both clauses of Mr Vinh's sentence (estimate); 'chưa đến' -> under.",
    "'giai đoạn 2025-2030, ... dự kiến tăng 12-15% mỗi năm' -> forecast range, a growth rate as the claim.",
]

if __name__ == "__main__":
    write("p1495-6", TEXT, NOTES, FIGS, published="2024-12-16", location="Việt Nam")
