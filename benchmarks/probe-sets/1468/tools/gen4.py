"""p1468-4: provincial newspaper (Báo Lạng Sơn, tag (LSO)): smuggled power banks, chargers and cables seized."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO LẠNG SƠN
Thời sự | Kinh tế | Pháp luật | Xã hội

Thu giữ hơn 8.000 sạc dự phòng không rõ nguồn gốc

HOÀNG ANH 10:12, 21/11/2024

(LSO) - Ngày 20/11, Đội Quản lý thị trường số 3 phối hợp với Phòng Cảnh sát kinh tế Công an tỉnh kiểm tra xe tải biển kiểm soát 12C-085.47 tại khu vực cửa khẩu Hữu Nghị, phát hiện 8.160 sạc dự phòng, 5.400 củ sạc và 12.750 cáp sạc do nước ngoài sản xuất, không có hóa đơn, chứng từ.

Theo ông Nông Văn Thắng, Đội trưởng, toàn bộ số hàng trên trị giá gần 960 triệu đồng. Nhiều sạc dự phòng ghi dung lượng 30.000 mAh nhưng khi kiểm tra thực tế chỉ đạt từ 8.000 đến 10.000 mAh, tiềm ẩn nguy cơ cháy nổ.

Từ đầu năm đến nay, lực lượng quản lý thị trường tỉnh Lạng Sơn đã phát hiện, xử lý 126 vụ vi phạm liên quan đến phụ kiện điện thoại, tăng 21 vụ so với cùng kỳ năm 2023; tịch thu hơn 42.000 sản phẩm, trị giá khoảng 2,6 tỷ đồng; xử phạt vi phạm hành chính 1,84 tỷ đồng. Trong đó, 78 vụ buôn bán hàng nhập lậu, 35 vụ kinh doanh hàng giả mạo nhãn hiệu và 13 vụ kinh doanh hàng không rõ nguồn gốc.

Ông Thắng cho biết, sạc dự phòng nhập lậu được bán tại các chợ biên giới với giá chỉ từ 60.000 đến 90.000 đồng/chiếc, thấp hơn khoảng 70% so với hàng chính hãng, nên nhiều người vẫn mua. Trong tháng 12, Cục Quản lý thị trường tỉnh dự kiến tổ chức 2 đợt kiểm tra cao điểm tại chợ Đông Kinh, chợ Kỳ Lừa và các điểm tập kết hàng hóa ở Đồng Đăng.

Người tiêu dùng phát hiện hàng giả, hàng nhập lậu có thể phản ánh qua đường dây nóng 0205.3870.123.

Tin cùng chuyên mục:
- Lạng Sơn: Triển khai cao điểm chống buôn lậu dịp Tết Ất Tỵ 2025
- Phát hiện cơ sở kinh doanh mỹ phẩm không rõ nguồn gốc
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-11-21")
DAY = per("Ngày 20/11", "2024-11-20", "2024-11-20")
DEC = per("Trong tháng 12", "2024-12-01", "2024-12-31")

FIGS = [
    fig("Thu giữ hơn 8.000", "8.000", 8000, "count", "sạc dự phòng", approx="over",
        subject="sạc dự phòng không rõ nguồn gốc thu giữ"),
    fig("phát hiện 8.160 sạc", "8.160", 8160, "count", "sạc dự phòng",
        subject="sạc dự phòng không có hóa đơn, chứng từ phát hiện", period=DAY),
    fig("5.400 củ sạc", "5.400", 5400, "count", "củ sạc", subject="củ sạc không có hóa đơn, chứng từ phát hiện", period=DAY),
    fig("12.750 cáp sạc", "12.750", 12750, "count", "cáp sạc", subject="cáp sạc không có hóa đơn, chứng từ phát hiện", period=DAY),
    fig("gần 960 triệu", "960", 960e6, "money", "đồng", approx="nearly", subject="trị giá toàn bộ số hàng", period=inh(DAY)),
    fig("dung lượng 30.000 mAh", "30.000", 30000, "measure", "mAh", subject="dung lượng ghi trên sạc dự phòng"),
    fig("từ 8.000 đến 10.000", "8.000", 8000, "measure", "mAh", value_max=10000,
        subject="dung lượng thực tế của sạc dự phòng"),
    fig("xử lý 126 vụ", "126", 126, "count", "vụ", change=chg("increase", 21, "vụ", "cùng kỳ năm 2023"),
        subject="vụ vi phạm liên quan đến phụ kiện điện thoại", period=YTD),
    fig("hơn 42.000 sản phẩm", "42.000", 42000, "count", "sản phẩm", approx="over",
        subject="sản phẩm tịch thu", period=YTD),
    fig("khoảng 2,6 tỷ", "2,6", 2.6e9, "money", "đồng", approx="about",
        subject="trị giá sản phẩm tịch thu", period=YTD),
    fig("hành chính 1,84 tỷ", "1,84", 1.84e9, "money", "đồng",
        subject="xử phạt vi phạm hành chính", period=YTD),
    fig("78 vụ", "78", 78, "count", "vụ", total=126, subject="vụ buôn bán hàng nhập lậu", period=inh(YTD)),
    fig("35 vụ", "35", 35, "count", "vụ", total=126, subject="vụ kinh doanh hàng giả mạo nhãn hiệu",
        period=inh(YTD)),
    fig("13 vụ", "13", 13, "count", "vụ", total=126, subject="vụ kinh doanh hàng không rõ nguồn gốc",
        period=inh(YTD)),
    fig("từ 60.000 đến 90.000", "60.000", 60000, "money", "đồng/chiếc", value_max=90000,
        change=chg("decrease", 70, "%", "hàng chính hãng", approx="about"),
        subject="giá bán sạc dự phòng nhập lậu tại các chợ biên giới"),
    fig("2 đợt", "2", 2, "count", "đợt", status="forecast", subject="đợt kiểm tra cao điểm", period=DEC),
]

NOTES = [
    "Provincial newspaper (Báo Lạng Sơn): menu, byline with time and date 'HOÀNG ANH 10:12, 21/11/2024', tag '(LSO) -'.",
    "Distractors: 'Ngày 20/11', 'Đội Quản lý thị trường số 3', plate '12C-085.47', hotline '0205.3870.123', 10:12,",
    "the link title 'Tết Ất Tỵ 2025'.",
    "Location Lạng Sơn throughout (the tag LSO and the body name the province; 'cửa khẩu Hữu Nghị', 'Đồng Đăng' are not districts).",
    "'Ngày 20/11' (year from the byline) is the day of the seizure: a one-day period for the three counts (as 'Ngày 10/10/2022' in the",
    "shared gold), inherited by the 960 triệu value in the next sentence; the mAh figures describe the goods, no period.",
    "Headline 'hơn 8.000 sạc dự phòng' is its own figure (over). 'ghi dung lượng 30.000 mAh' is the labelled capacity, a measure.",
    "'Từ đầu năm đến nay' ends at the byline date 2024-11-21 and governs the ';'-chain; 'tăng 21 vụ so với cùng kỳ năm 2023' is a change in vụ.",
    "'Trong đó' after a sentence break: the 78/35/13 cases add up to 126 → total 126; period inherited.",
    "'thấp hơn khoảng 70% so với hàng chính hãng' is the change of the price range (decrease, about).",
    "'Trong tháng 12' takes 2024; 'dự kiến' → forecast.",
]

if __name__ == "__main__":
    write("p1468-4", TEXT, NOTES, FIGS, published="2024-11-21", location="Lạng Sơn")
