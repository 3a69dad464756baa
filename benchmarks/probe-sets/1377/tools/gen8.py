"""p1377-8: radio/TV site (Đài PT&TH Hải Phòng, THP): footwear exports first half 2024, a factory in huyện An Lão, FDI."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HẢI PHÒNG
Thời sự | Kinh tế | Xã hội | Truyền hình | Phát thanh | Podcast

Xuất khẩu giày dép 6 tháng tăng gần 16%

Cập nhật lúc 18:45, ngày 08/07/2024

(THP) - 6 tháng đầu năm 2024, kim ngạch xuất khẩu giày dép của Hải Phòng ước đạt 1,43 tỷ USD, tăng 15,8% so với cùng kỳ, chiếm khoảng 11% tổng kim ngạch xuất khẩu của thành phố. Riêng tháng 6 đạt 262 triệu USD, tăng 4,3% so với tháng trước.

Hiện thành phố có 58 doanh nghiệp sản xuất giày dép, sử dụng gần 120.000 lao động, tập trung tại các huyện An Lão, Thủy Nguyên, Vĩnh Bảo.

Tại huyện An Lão, Công ty TNHH Giày Vĩnh Thịnh có 18.500 công nhân làm việc trên 42 dây chuyền, mỗi ngày sản xuất khoảng 65.000 đôi giày. Đơn hàng của công ty đã kín đến tháng 11; sản lượng năm nay dự kiến đạt 17 triệu đôi, tăng 20% so với năm 2023. Công ty vừa tuyển thêm ba chục kỹ sư, kỹ thuật viên để vận hành 2 dây chuyền tự động mới.

Từ đầu năm đến nay, Hải Phòng thu hút thêm 4 dự án sản xuất giày dép và nguyên phụ liệu với tổng vốn đăng ký 386 triệu USD, trong đó dự án lớn nhất tại Khu công nghiệp An Dương có vốn 210 triệu USD.

Theo Sở Công Thương, thành phố phấn đấu cả năm 2024 xuất khẩu giày dép đạt trên 3 tỷ USD, đứng trong nhóm 5 địa phương dẫn đầu cả nước.

Hoàng Anh - Minh Đức/THP

Xem thêm: Bản tin Thời sự 18h30 ngày 08/07/2024
#xuấtkhẩu #giàydép #AnLão
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1h = per("6 tháng", "2024-01-01", "2024-06-30")
M6 = per("tháng 6", "2024-06-01", "2024-06-30")
Y24 = per("năm nay", "2024-01-01", "2024-12-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-07-08")
Y24c = per("cả năm 2024", "2024-01-01", "2024-12-31")
AL = "An Lão"

FIGS = [
    fig("tăng gần 16%", "16", 16, "percent", "%", approx="nearly", period=H1h,
        subject="xuất khẩu giày dép"),
    fig("ước đạt 1,43 tỷ", "1,43", 1.43e9, "money", "USD", status="estimate", percent=11,
        change=chg("increase", 15.8, "%", "cùng kỳ"),
        subject="kim ngạch xuất khẩu giày dép", period=H1),
    fig("đạt 262 triệu", "262", 262e6, "money", "USD", change=chg("increase", 4.3, "%", "tháng trước"),
        subject="kim ngạch xuất khẩu giày dép", period=M6),
    fig("có 58 doanh nghiệp", "58", 58, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất giày dép"),
    fig("gần 120.000 lao động", "120.000", 120000, "count", "lao động", approx="nearly",
        subject="lao động các doanh nghiệp giày dép sử dụng"),
    fig("có 18.500 công nhân", "18.500", 18500, "count", "công nhân",
        subject="công nhân Công ty TNHH Giày Vĩnh Thịnh", location=AL),
    fig("trên 42 dây chuyền", "42", 42, "count", "dây chuyền",
        subject="dây chuyền của công ty", location=AL),
    fig("khoảng 65.000 đôi", "65.000", 65000, "measure", "đôi/ngày", approx="about",
        subject="giày công ty sản xuất mỗi ngày", location=AL),
    fig("đạt 17 triệu", "17", 17e6, "count", "đôi", status="forecast", period=Y24,
        change=chg("increase", 20, "%", "năm 2023"),
        subject="sản lượng của công ty", location=AL),
    fig("thêm ba chục kỹ sư", "ba chục", 30, "count", "kỹ sư, kỹ thuật viên",
        subject="kỹ sư, kỹ thuật viên công ty tuyển thêm", location=AL),
    fig("2 dây chuyền tự động", "2", 2, "count", "dây chuyền",
        subject="dây chuyền tự động mới", location=AL),
    fig("thêm 4 dự án", "4", 4, "count", "dự án", period=YTD,
        subject="dự án sản xuất giày dép và nguyên phụ liệu thu hút thêm"),
    fig("đăng ký 386 triệu", "386", 386e6, "money", "USD", period=YTD,
        subject="tổng vốn đăng ký"),
    fig("vốn 210 triệu", "210", 210e6, "money", "USD", total=386e6, period=YTD,
        subject="vốn của dự án lớn nhất tại Khu công nghiệp An Dương"),
    fig("trên 3 tỷ", "3", 3e9, "money", "USD", approx="over", status="target", period=Y24c,
        subject="xuất khẩu giày dép"),
    fig("nhóm 5 địa phương", "5", 5, "count", "địa phương", optional=True),
]

NOTES = [
    "revised after the first run: pairs of shoes ('đôi') are counted items → kind count (was measure); rates in đôi/tháng, đôi/năm, đôi/ngày stay measure.",
    "Radio/TV site (Đài PT&TH Hải Phòng): menu, headline figure, 'Cập nhật lúc 18:45, ngày 08/07/2024' (published), tag '(THP) -',",
    "byline 'Hoàng Anh - Minh Đức/THP', 'Xem thêm' link to a newscast, hashtags. Default location Hải Phòng.",
    "Distractors: 18:45, 'Bản tin Thời sự 18h30 ngày 08/07/2024', 'đến tháng 11' (order book limit), hashtags.",
    "Headline 'tăng gần 16%' → growth rate as the claim (percent, nearly, 6 tháng → 2024). 'chiếm khoảng 11%' after the amount is its",
    "percent attribute. 'Riêng tháng 6 đạt 262 triệu USD' has its own verb 'đạt' in a new sentence → actual, period tháng 6/2024.",
    "'làm việc trên 42 dây chuyền': 'trên' means 'on' here (exact), not 'over'. Company passage 'Tại huyện An Lão' → location An Lão; 'mỗi ngày ... khoảng 65.000 đôi' → rate đôi/ngày; 'ba chục' = 30.",
    "'trong đó dự án lớn nhất ... có vốn 210 triệu USD' → part of the 386 triệu USD (same thing, same period): total 386 triệu.",
    "'đứng trong nhóm 5 địa phương dẫn đầu' (a top-5 group, a target's label): optional, as in the shared gold's top lists.",
]

if __name__ == "__main__":
    write("p1377-8", TEXT, NOTES, FIGS, published="2024-07-08", location="Hải Phòng")
