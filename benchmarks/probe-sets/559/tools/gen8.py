"""p559-8: commune portal (xã Thanh Thủy, huyện Vị Xuyên, Hà Giang) - Thanh Thủy gate Q1/2024, border market, income."""
from lib import emit, fig, per, inh, chg, tgt

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ THANH THỦY
Huyện Vị Xuyên - Tỉnh Hà Giang
Trang chủ » Tin tức » Kinh tế - Xã hội
Đăng ngày: 28/03/2024 | Lượt xem: 412

Quý I/2024: Hơn 18.600 lượt người xuất nhập cảnh qua cửa khẩu Thanh Thủy

Quý I/2024, Trạm Kiểm soát liên hợp cửa khẩu quốc tế Thanh Thủy đã làm thủ tục cho 18.640 lượt người xuất nhập cảnh, tăng gấp 3,2 lần so với cùng kỳ; 4.275 lượt phương tiện, trong đó 3.120 lượt xe hàng xuất khẩu. Tổng kim ngạch xuất nhập khẩu ước đạt 41,6 triệu USD, bằng 26% kế hoạch năm (160 triệu USD). Mặt hàng xuất khẩu chủ yếu là chuối, thanh long, cao su; nhập khẩu chủ yếu là phân bón, máy nông nghiệp.

Trên địa bàn xã hiện có 2 điểm tập kết hàng hóa và 1 chợ biên giới tại thôn Nặm Ngặt với 68 hộ kinh doanh. Nhờ hoạt động thương mại biên giới, thu nhập bình quân đầu người của xã năm 2023 đạt 42,5 triệu đồng/người/năm, tăng 4,8 triệu đồng so với năm 2022; tỷ lệ hộ nghèo giảm còn 8,64%.

Đồn Biên phòng cửa khẩu quốc tế Thanh Thủy phát hiện 3 vụ, 5 đối tượng xuất nhập cảnh trái phép qua khu vực mốc 227, xử phạt hành chính 7,5 triệu đồng.

Năm 2024, xã phấn đấu thu nhập bình quân đạt 46 triệu đồng/người/năm, tỷ lệ hộ nghèo giảm xuống dưới 6%.

Địa chỉ: thôn Lùng Càng, xã Thanh Thủy, huyện Vị Xuyên. ĐT: 0219.3827.046
"""

Q1 = per("Quý I/2024", "2024-01-01", "2024-03-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("Hơn 18.600 lượt người", "18.600", 18600, "count", "lượt người",
        "lượt người xuất nhập cảnh qua cửa khẩu Thanh Thủy", Q1, approx="over"),
    fig("cho 18.640 lượt người", "18.640", 18640, "count", "lượt người", "lượt người xuất nhập cảnh", Q1,
        change=chg("increase", 3.2, unit="lần", baseline="cùng kỳ")),
    fig("4.275 lượt phương tiện", "4.275", 4275, "count", "lượt phương tiện", "lượt phương tiện làm thủ tục", Q1),
    fig("trong đó 3.120 lượt", "3.120", 3120, "count", "lượt", "lượt xe hàng xuất khẩu", Q1, total=4275),
    fig("ước đạt 41,6 triệu USD", "41,6", 41.6e6, "money", "USD", "tổng kim ngạch xuất nhập khẩu", inh(Q1),
        percent=26, target=tgt(160e6, "USD"), status="estimate"),
    fig("có 2 điểm tập kết", "2", 2, "count", "điểm tập kết hàng hóa", "điểm tập kết hàng hóa trên địa bàn xã"),
    fig("và 1 chợ biên giới", "1", 1, "count", "chợ biên giới", "chợ biên giới trên địa bàn xã"),
    fig("với 68 hộ kinh doanh", "68", 68, "count", "hộ kinh doanh", "hộ kinh doanh tại chợ biên giới"),
    fig("đạt 42,5 triệu đồng/người/năm", "42,5", 42.5e6, "money", "đồng/người/năm", "thu nhập bình quân đầu người",
        Y23, change=chg("increase", 4.8e6, unit="đồng", baseline="năm 2022")),
    fig("giảm còn 8,64%", "8,64", 8.64, "percent", "%", "tỷ lệ hộ nghèo", Y23),
    fig("phát hiện 3 vụ", "3", 3, "count", "vụ", "vụ xuất nhập cảnh trái phép bị phát hiện"),
    fig("5 đối tượng", "5", 5, "count", "đối tượng", "đối tượng xuất nhập cảnh trái phép"),
    fig("xử phạt hành chính 7,5 triệu đồng", "7,5", 7.5e6, "money", "đồng", "tiền xử phạt hành chính"),
    fig("đạt 46 triệu đồng/người/năm", "46", 46e6, "money", "đồng/người/năm", "thu nhập bình quân", Y24,
        status="target"),
    fig("dưới 6%", "6", 6, "percent", "%", "tỷ lệ hộ nghèo", Y24, approx="under", status="target"),
]

COMMENTS = [
    "Cổng TTĐT xã Thanh Thủy (huyện Vị Xuyên, Hà Giang): cửa khẩu quốc tế Thanh Thủy quý I/2024, chợ biên giới, thu nhập, hộ nghèo.",
    "'Đăng ngày: 28/03/2024' is the dateline; 'Lượt xem: 412', 'mốc 227', 'thôn Nặm Ngặt', 'thôn Lùng Càng', the phone are not figures.",
    "Location: a commune is below the province/city/district level of the contract, so the commune portal's figures take its district,",
    "Vị Xuyên (named in the header), as a district portal does. Headline 'Quý I/2024:' states its period (scored).",
    "'tăng gấp 3,2 lần so với cùng kỳ' is the change of 18.640 (increase, 3,2 lần). 3.120 lượt xe hàng is a part of 4.275 lượt phương",
    "tiện ('trong đó'). '(160 triệu USD)' after 'bằng 26% kế hoạch năm' is the target attribute of 41,6 triệu USD.",
    "'tăng 4,8 triệu đồng so với năm 2022' is an absolute change: value 4 800 000, unit đồng. 'giảm còn 8,64%' is a level, no change.",
    "'hiện có' sentence and the border-post sentence name no period (none in gold).",
]

if __name__ == "__main__":
    emit("p559-8", TEXT, COMMENTS, FIGS, published="2024-03-28", location="Vị Xuyên")
