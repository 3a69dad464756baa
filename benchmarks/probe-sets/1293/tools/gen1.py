"""p1293-1: province portal (Tây Ninh): muối tôm output 9 months 2024, facilities, OCOP, prices, exports."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TÂY NINH
Trang chủ > Tin tức - Sự kiện > Kinh tế

9 tháng, sản lượng muối tôm toàn tỉnh ước đạt gần 5.000 tấn

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386

Theo Sở Công Thương, 9 tháng đầu năm 2024, sản lượng muối tôm và các loại muối chấm trên địa bàn tỉnh Tây Ninh ước đạt 4.860 tấn, tăng 11,2% so với cùng kỳ năm 2023, bằng 78,4% kế hoạch năm. Trong đó, muối tôm 3.920 tấn, muối ớt 610 tấn, các loại muối chấm khác 330 tấn.

Toàn tỉnh hiện có 312 cơ sở sản xuất muối tôm, tập trung chủ yếu tại thị xã Trảng Bàng, huyện Gò Dầu và thị xã Hòa Thành, giải quyết việc làm cho khoảng 2.400 lao động với thu nhập từ 6 đến 8 triệu đồng/người/tháng. Có 27 sản phẩm muối tôm đạt chuẩn OCOP, trong đó 5 sản phẩm đạt 4 sao.

Hiện giá muối tôm bán lẻ dao động từ 90.000 đến 120.000 đồng/kg, tăng khoảng 10.000 đồng/kg so với đầu năm do giá ớt và tôm khô nguyên liệu tăng.

Từ đầu năm đến nay, muối tôm Tây Ninh đã xuất khẩu khoảng 185 tấn sang Mỹ, Úc, Hàn Quốc và Đài Loan (Trung Quốc), kim ngạch hơn 1,2 triệu USD.

Quý IV, ngành công thương phấn đấu hỗ trợ thêm 3 cơ sở đạt chuẩn OCOP, đưa sản lượng cả năm lên trên 6.200 tấn. Sở Công Thương đề nghị các cơ sở thực hiện nghiêm Nghị định số 15/2018/NĐ-CP về an toàn thực phẩm, niêm yết giá tại các điểm bán trên Quốc lộ 22 và Quốc lộ 22B.

Tin liên quan:
- Trảng Bàng: Lễ hội bánh tráng phơi sương năm 2024
- Hội chợ triển lãm sản phẩm OCOP Tây Ninh lần thứ 4
"""

NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")

FIGS = [
    fig("ước đạt gần 5.000 tấn", "5.000", 5000, "measure", "tấn", approx="nearly", status="estimate",
        subject="sản lượng muối tôm toàn tỉnh", period=NINE_H),
    fig("ước đạt 4.860 tấn", "4.860", 4860, "measure", "tấn", status="estimate", percent=78.4,
        change=chg("increase", 11.2, "%", "cùng kỳ năm 2023"),
        subject="sản lượng muối tôm và các loại muối chấm", period=NINE),
    fig("muối tôm 3.920 tấn", "3.920", 3920, "measure", "tấn", total=4860, status="estimate",
        subject="sản lượng muối tôm", period=inh(NINE)),
    fig("muối ớt 610 tấn", "610", 610, "measure", "tấn", total=4860, status="estimate",
        subject="sản lượng muối ớt", period=inh(NINE)),
    fig("khác 330 tấn", "330", 330, "measure", "tấn", total=4860, status="estimate",
        subject="sản lượng các loại muối chấm khác", period=inh(NINE)),
    fig("có 312 cơ sở", "312", 312, "count", "cơ sở", subject="cơ sở sản xuất muối tôm"),
    fig("khoảng 2.400 lao động", "2.400", 2400, "count", "lao động", approx="about",
        subject="lao động được giải quyết việc làm"),
    fig("từ 6 đến 8 triệu", "6", 6e6, "money", "đồng/người/tháng", value_max=8e6,
        subject="thu nhập của lao động"),
    fig("Có 27 sản phẩm", "27", 27, "count", "sản phẩm", subject="sản phẩm muối tôm đạt chuẩn OCOP"),
    fig("trong đó 5 sản phẩm", "5", 5, "count", "sản phẩm", total=27,
        subject="sản phẩm muối tôm đạt 4 sao"),
    fig("từ 90.000 đến 120.000", "90.000", 90000, "money", "đồng/kg", value_max=120000,
        change=chg("increase", 10000, "đồng/kg", "đầu năm", approx="about"),
        subject="giá muối tôm bán lẻ"),
    fig("khoảng 185 tấn", "185", 185, "measure", "tấn", approx="about",
        subject="muối tôm Tây Ninh xuất khẩu", period=YTD),
    fig("hơn 1,2 triệu USD", "1,2", 1.2e6, "money", "USD", approx="over",
        subject="kim ngạch xuất khẩu muối tôm", period=YTD),
    fig("thêm 3 cơ sở", "3", 3, "count", "cơ sở", status="target",
        subject="cơ sở đạt chuẩn OCOP được hỗ trợ thêm", period=Q4),
    fig("trên 6.200 tấn", "6.200", 6200, "measure", "tấn", approx="over", status="target",
        subject="sản lượng cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Tây Ninh): muối tôm output 9 months 2024; breadcrumb, 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386', related links.",
    "Distractors: 08:45, Lượt xem 1.386, Nghị định số 15/2018/NĐ-CP, Quốc lộ 22 / 22B, OCOP '4 sao' (a rating), 'lần thứ 4', years in links.",
    "Headline '9 tháng ... gần 5.000 tấn' is its own figure (estimate, nearly); year-less '9 tháng' takes 2024 (the dateline).",
    "'Trong đó' parts after a sentence break take total 4.860 tấn and its status (estimate); their period is inherited.",
    "'Hiện' prices, facilities, workers: no period. 'Từ đầu năm đến nay' ends at the dateline 2024-10-14.",
    "'Quý IV ... phấn đấu' governs both clauses (target); 'cả năm' = 2024.",
]

if __name__ == "__main__":
    write("p1293-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Tây Ninh")
