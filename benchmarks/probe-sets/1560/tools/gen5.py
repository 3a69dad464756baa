"""p1560-5: national newspaper (weekday dateline with GMT+7), sapo, byline; national figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Thị trường
Thứ hai, 14/10/2024, 10:25 (GMT+7)

Mỹ phẩm bán trên sàn thương mại điện tử tăng gần 30%

Doanh số mỹ phẩm trên các sàn thương mại điện tử 9 tháng đầu năm đạt gần 22.400 tỷ đồng, tăng 29,6% so với cùng kỳ năm ngoái, theo nền tảng phân tích dữ liệu DataSàn.

Theo báo cáo, ngành hàng làm đẹp dẫn đầu về doanh số trên các sàn Shopee, Lazada, Tiki và TikTok Shop, chiếm 18,2% tổng doanh số bán lẻ trực tuyến. Số nhà bán có phát sinh đơn hàng mỹ phẩm là 61.500, giảm 8% so với cùng kỳ, cho thấy sức mua đang dồn về các gian hàng chính hãng.

Riêng nhóm sơn móng tay và dụng cụ làm móng đạt 1.150 tỷ đồng, tăng 41%; giá bán trung bình khoảng 68.000 đồng/sản phẩm. Bán chạy nhất là dòng sơn thạch Gel Pro 9D và máy hơ gel Sun X5.

Theo ước tính của Hội Doanh nghiệp mỹ phẩm Việt, quy mô thị trường mỹ phẩm Việt Nam năm 2024 khoảng 2,6 tỷ USD, trong đó hàng nhập khẩu chiếm khoảng 90%. Việt Nam đứng thứ 4 trong khu vực ASEAN về quy mô thị trường mỹ phẩm, nhưng cả nước mới có khoảng 420 cơ sở sản xuất đạt chuẩn CGMP-ASEAN.

Một khảo sát trực tuyến của VinaSight với 1.200 người tiêu dùng cho thấy 64% người được hỏi chi từ 200.000 đến 500.000 đồng mỗi tháng cho mỹ phẩm; 27% làm móng tại tiệm hằng tháng.

Bộ Y tế cho biết, năm 2023 đã cấp số tiếp nhận cho hơn 24.000 phiếu công bố mỹ phẩm; đình chỉ lưu hành, thu hồi 87 sản phẩm, trong đó có 12 loại sơn móng tay chứa toluen vượt giới hạn cho phép.

Các chuyên gia dự báo thị trường mỹ phẩm Việt Nam sẽ tăng trưởng 7-8%/năm trong giai đoạn 2025-2030.

Minh Thư
"""

M9 = per("9 tháng đầu năm", "2024-01-01", "2024-09-30")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
P2530 = per("giai đoạn 2025-2030", "2025-01-01", "2030-12-31")

FIGS = [
    fig("tăng gần 30%", "30", 30, "percent", "%", approx="nearly",
        subject="mỹ phẩm bán trên sàn thương mại điện tử"),
    fig("đạt gần 22.400 tỷ", "22.400", 22400e9, "money", "đồng", approx="nearly",
        change=chg("increase", 29.6, "%", "cùng kỳ năm ngoái"),
        subject="doanh số mỹ phẩm trên các sàn thương mại điện tử", period=M9),
    fig("chiếm 18,2%", "18,2", 18.2, "percent", "%",
        subject="ngành hàng làm đẹp trong tổng doanh số bán lẻ trực tuyến", period=inh(M9)),
    fig("là 61.500", "61.500", 61500, "count", "nhà bán", change=chg("decrease", 8, "%", "cùng kỳ"),
        subject="nhà bán có phát sinh đơn hàng mỹ phẩm", period=inh(M9)),
    fig("đạt 1.150 tỷ", "1.150", 1150e9, "money", "đồng", change=chg("increase", 41, "%"),
        subject="doanh số nhóm sơn móng tay và dụng cụ làm móng", period=inh(M9)),
    fig("khoảng 68.000", "68.000", 68000, "money", "đồng/sản phẩm", approx="about",
        subject="giá bán trung bình sơn móng tay và dụng cụ làm móng", period=inh(M9)),
    fig("khoảng 2,6 tỷ", "2,6", 2.6e9, "money", "USD", approx="about", status="estimate",
        subject="quy mô thị trường mỹ phẩm Việt Nam", period=Y24),
    fig("chiếm khoảng 90%", "90", 90, "percent", "%", approx="about", status="estimate",
        subject="hàng nhập khẩu trong thị trường mỹ phẩm", period=Y24),
    fig("đứng thứ 4", "4", 4, "rank", "hạng",
        subject="quy mô thị trường mỹ phẩm trong khu vực ASEAN"),
    fig("khoảng 420 cơ sở", "420", 420, "count", "cơ sở", approx="about",
        subject="cơ sở sản xuất mỹ phẩm đạt chuẩn CGMP-ASEAN"),
    fig("với 1.200 người", "1.200", 1200, "count", "người tiêu dùng",
        subject="người tiêu dùng tham gia khảo sát trực tuyến của VinaSight"),
    fig("cho thấy 64%", "64", 64, "percent", "%",
        subject="người được hỏi chi từ 200.000 đến 500.000 đồng mỗi tháng cho mỹ phẩm"),
    fig("từ 200.000 đến 500.000", "200.000", 200000, "money", "đồng/tháng", value_max=500000,
        subject="chi cho mỹ phẩm mỗi tháng"),
    fig("27% làm móng", "27", 27, "percent", "%", subject="người được hỏi làm móng tại tiệm hằng tháng"),
    fig("hơn 24.000 phiếu", "24.000", 24000, "count", "phiếu công bố", approx="over",
        subject="phiếu công bố mỹ phẩm được cấp số tiếp nhận", period=Y23),
    fig("thu hồi 87 sản phẩm", "87", 87, "count", "sản phẩm",
        subject="sản phẩm bị đình chỉ lưu hành, thu hồi", period=Y23),
    fig("có 12 loại", "12", 12, "count", "loại", total=87,
        subject="loại sơn móng tay chứa toluen vượt giới hạn cho phép", period=Y23),
    fig("trưởng 7-8%", "7", 7, "percent", "%", value_max=8, status="forecast",
        subject="tăng trưởng thị trường mỹ phẩm Việt Nam", period=P2530),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ hai, 14/10/2024, 10:25 (GMT+7)', headline figure, sapo, byline at the end.",
    "Distractors: '(GMT+7)', time 10:25, product names 'Gel Pro 9D', 'Sun X5', 'CGMP-ASEAN', 'năm ngoái' baseline.",
    "All figures are national: location Việt Nam (the two private sources DataSàn and VinaSight are not places).",
    "'9 tháng đầu năm' takes the dateline's year (2024); the next two paragraphs continue that period (inherited, not scored).",
    "Headline 'tăng gần 30%' and 'tăng 41%' after an amount: the headline is a growth rate as the claim (percent, no change);",
    "'đạt 1.150 tỷ đồng, tăng 41%' gives the amount a change with no baseline stated.",
    "'chiếm 18,2%' and 'trong đó hàng nhập khẩu chiếm khoảng 90%' stand without a base amount: percent figures of their own.",
    "'Theo ước tính …' governs the 2,6 tỷ USD clause and its 'trong đó' clause: estimate. 'dự báo … 7-8%/năm': forecast, range.",
    "'64% người được hỏi chi từ 200.000 đến 500.000 đồng mỗi tháng' gives two figures: the share and the spending band (đồng/tháng).",
]

if __name__ == "__main__":
    write("p1560-5", TEXT, NOTES, FIGS, published="2024-10-14", location="Việt Nam",
          ignore=("14/10/2024", "GMT+7", "29,6%", "8% so", "9 tháng", "9D", "X5", "năm 2024", "năm 2023", "2025-2030", "500.000", "8%/năm"))
