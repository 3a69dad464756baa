"""p1468-5: national newspaper (VnExpress-like): power banks on flights, consumer survey, e-commerce sales."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự | Kinh doanh | Số hóa | Du lịch

Thứ ba, 23/7/2024, 06:00 (GMT+7)

Hàng không siết quy định mang sạc dự phòng lên máy bay

Sáu tháng đầu năm, các hãng bay Việt Nam ghi nhận 11 sự cố sạc dự phòng bốc khói, phát nổ trên tàu bay, gần bằng cả năm 2023.

Theo Cục Hàng không Việt Nam, 6 tháng đầu năm 2024, lực lượng an ninh soi chiếu tại 22 cảng hàng không đã thu giữ khoảng 37.600 sạc dự phòng không đủ điều kiện vận chuyển, tăng 26% so với cùng kỳ năm trước. Riêng Cảng hàng không quốc tế Tân Sơn Nhất (TP HCM) chiếm hơn 40% số sạc bị thu giữ.

Theo quy định, hành khách chỉ được mang sạc dự phòng trong hành lý xách tay, dung lượng mỗi chiếc không quá 100 Wh; loại từ 100 đến 160 Wh phải được hãng bay chấp thuận.

Khảo sát của Hội Bảo vệ người tiêu dùng tại 5 thành phố lớn cho thấy 23% trong số 1.200 sạc dự phòng được mua ngẫu nhiên có dung lượng thực tế chỉ bằng 55-65% mức ghi trên nhãn. Giá bán các sản phẩm này phổ biến từ 150.000 đến 250.000 đồng, nhiều sản phẩm không có dấu hợp quy theo QCVN 101:2020/BTTTT.

Về thị trường, theo Công ty phân tích dữ liệu DataViet, quý II/2024, doanh số sạc dự phòng trên bốn sàn thương mại điện tử lớn đạt 486 tỷ đồng, giảm 7,5% so với quý I; sản lượng bán ra khoảng 1,9 triệu chiếc.

"Hành khách nên chọn sạc có nguồn gốc rõ ràng, không sạc điện thoại trong suốt chuyến bay và báo ngay cho tiếp viên khi thấy sạc nóng bất thường", ông Đinh Việt Hòa, Phó Cục trưởng Cục Hàng không, khuyến cáo.

Minh Trang
"""

H1 = per("Sáu tháng đầu năm", "2024-01-01", "2024-06-30")
H1b = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Q2 = per("quý II/2024", "2024-04-01", "2024-06-30")

FIGS = [
    fig("ghi nhận 11 sự cố", "11", 11, "count", "sự cố",
        subject="sự cố sạc dự phòng bốc khói, phát nổ trên tàu bay", period=H1),
    fig("tại 22 cảng", "22", 22, "count", "cảng hàng không", subject="cảng hàng không có lực lượng an ninh soi chiếu",
        period=H1b),
    fig("khoảng 37.600 sạc", "37.600", 37600, "count", "sạc dự phòng", approx="about",
        change=chg("increase", 26, "%", "cùng kỳ năm trước"),
        subject="sạc dự phòng không đủ điều kiện vận chuyển bị thu giữ", period=H1b),
    fig("hơn 40%", "40", 40, "percent", "%", approx="over",
        subject="số sạc bị thu giữ tại Cảng hàng không quốc tế Tân Sơn Nhất", period=inh(H1b),
        location="TP Hồ Chí Minh"),
    fig("không quá 100 Wh", "100", 100, "measure", "Wh", approx="at_most",
        subject="dung lượng sạc dự phòng được mang", optional=True),
    fig("từ 100 đến 160 Wh", "100", 100, "measure", "Wh", value_max=160,
        subject="dung lượng sạc dự phòng phải được hãng bay chấp thuận", optional=True),
    fig("tại 5 thành phố", "5", 5, "count", "thành phố", subject="thành phố lớn được khảo sát"),
    fig("23% trong", "23", 23, "percent", "%",
        subject="sạc dự phòng có dung lượng thực tế thấp hơn mức ghi trên nhãn"),
    fig("1.200 sạc", "1.200", 1200, "count", "sạc dự phòng", subject="sạc dự phòng được mua ngẫu nhiên"),
    fig("bằng 55-65%", "55", 55, "percent", "%", value_max=65,
        subject="dung lượng thực tế so với mức ghi trên nhãn"),
    fig("từ 150.000 đến 250.000", "150.000", 150000, "money", "đồng", value_max=250000,
        subject="giá bán các sản phẩm sạc dự phòng"),
    fig("bốn sàn", "bốn", 4, "count", "sàn thương mại điện tử", subject="sàn thương mại điện tử lớn", period=Q2),
    fig("đạt 486 tỷ", "486", 486e9, "money", "đồng", change=chg("decrease", 7.5, "%", "quý I"),
        subject="doanh số sạc dự phòng trên sàn thương mại điện tử", period=Q2),
    fig("khoảng 1,9 triệu", "1,9", 1.9e6, "count", "chiếc", approx="about",
        subject="sản lượng sạc dự phòng bán ra", period=Q2),
]

NOTES = [
    "National newspaper (VnExpress-like): section menu, 'Thứ ba, 23/7/2024, 06:00 (GMT+7)', sapo, quote, byline at the end.",
    "Distractors: (GMT+7), 06:00, 'cả năm 2023' (a comparison without a number), 'QCVN 101:2020/BTTTT' (a standard's number),",
    "'quý I' as a baseline.",
    "Location Việt Nam (national figures of Cục Hàng không, the consumer association, e-commerce); the Tân Sơn Nhất share is",
    "located in TP Hồ Chí Minh (the text names it in brackets).",
    "Sapo 'Sáu tháng đầu năm' (no year) takes 2024 from the dateline.",
    "'hơn 40% số sạc bị thu giữ' stands in its own sentence after 'Riêng': a percent figure (over), not an attribute of 37.600.",
    "The carriage limits 'không quá 100 Wh' and 'từ 100 đến 160 Wh' are rule thresholds, not facts about the world: optional",
    "(as the shared gold treats the threshold 'trên 01 tỷ USD').",
    "'23% trong số 1.200 sạc dự phòng': a percent has no whole in pieces, so 1.200 is a count of its own (as in the shared gold h03).",
    "'chỉ bằng 55-65% mức ghi trên nhãn' is a percent figure (range) of its own: it is the ratio for the 23%, not a share of a base amount.",
    "'bốn sàn' (number word) = 4; 'giảm 7,5% so với quý I' is the change of 486 tỷ đồng.",
]

if __name__ == "__main__":
    write("p1468-5", TEXT, NOTES, FIGS, published="2024-07-23", location="Việt Nam")
