"""p1548-1: province portal (Thanh Hóa): exports of mành, rèm from cói and bamboo, 9 months 2024; Nga Sơn passage."""
from lib import fig, per, inh, chg, write

TEXT = """Cổng thông tin điện tử tỉnh Thanh Hóa
Trang chủ > Tin tức - Sự kiện > Kinh tế

Xuất khẩu mành cói 9 tháng ước đạt gần 42 triệu USD

Cập nhật: 07/10/2024 09:45 | Lượt xem: 1.863

Theo Sở Công Thương, 9 tháng đầu năm 2024, kim ngạch xuất khẩu sản phẩm mành, rèm từ cói và tre trúc của tỉnh Thanh Hóa ước đạt 41,8 triệu USD, tăng 12,4% so với cùng kỳ năm 2023, bằng 76% kế hoạch năm. Trong đó, mành cói 27,5 triệu USD, mành tre trúc 10,2 triệu USD, rèm sợi tự nhiên 4,1 triệu USD.

Sản phẩm của tỉnh hiện có mặt tại hơn 30 quốc gia và vùng lãnh thổ; Nhật Bản, Hoa Kỳ và Hàn Quốc là ba thị trường lớn nhất, chiếm khoảng 64% tổng kim ngạch. Toàn tỉnh có 46 làng nghề cói, mây tre đan, thu hút khoảng 28.000 lao động, thu nhập bình quân từ 4,5 đến 6 triệu đồng/người/tháng.

Riêng huyện Nga Sơn có 18 doanh nghiệp, hợp tác xã và hơn 3.500 hộ làm mành cói. Công ty TNHH Cói Xuất khẩu Hải Yến tại xã Nga Liên mỗi tháng xuất đi khoảng 25 container mành, rèm cói; 9 tháng doanh thu đạt 86 tỷ đồng, chiếm gần 29% doanh thu toàn ngành cói của huyện. Công ty đang đầu tư thêm hai nhà xưởng với tổng diện tích 4.200 m2.

Quý IV, ngành công thương phấn đấu xuất khẩu thêm 14 triệu USD, đưa kim ngạch cả năm lên khoảng 56 triệu USD, vượt 1,8% kế hoạch. Sở Công Thương cũng phối hợp tổ chức lần thứ 3 Hội chợ hàng thủ công mỹ nghệ tại số 36 Đại lộ Lê Lợi, TP Thanh Hóa.

Tin liên quan:
- Thanh Hóa: Khai mạc Tuần hàng OCOP năm 2024
- Nga Sơn đón nhận Bằng công nhận làng nghề truyền thống
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
NINE_NS = per("9 tháng", "2024-01-01", "2024-09-30")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
NS = "Nga Sơn"

FIGS = [
    fig("ước đạt gần 42 triệu", "42", 42e6, "money", "USD", approx="nearly", status="estimate",
        subject="xuất khẩu mành cói", period=NINE_H),
    fig("ước đạt 41,8 triệu", "41,8", 41.8e6, "money", "USD", status="estimate", percent=76,
        change=chg("increase", 12.4, "%", "cùng kỳ năm 2023"),
        subject="kim ngạch xuất khẩu sản phẩm mành, rèm từ cói và tre trúc", period=NINE),
    fig("mành cói 27,5 triệu", "27,5", 27.5e6, "money", "USD", total=41.8e6, status="estimate",
        subject="kim ngạch xuất khẩu mành cói", period=inh(NINE)),
    fig("tre trúc 10,2 triệu", "10,2", 10.2e6, "money", "USD", total=41.8e6, status="estimate",
        subject="kim ngạch xuất khẩu mành tre trúc", period=inh(NINE)),
    fig("nhiên 4,1 triệu", "4,1", 4.1e6, "money", "USD", total=41.8e6, status="estimate",
        subject="kim ngạch xuất khẩu rèm sợi tự nhiên", period=inh(NINE)),
    fig("hơn 30 quốc gia", "30", 30, "count", "quốc gia và vùng lãnh thổ", approx="over",
        subject="quốc gia và vùng lãnh thổ có sản phẩm của tỉnh"),
    fig("là ba thị trường", "ba", 3, "count", "thị trường", optional=True),
    fig("khoảng 64%", "64", 64, "percent", "%", approx="about",
        subject="ba thị trường lớn nhất Nhật Bản, Hoa Kỳ và Hàn Quốc trong tổng kim ngạch", optional=True),
    fig("có 46 làng nghề", "46", 46, "count", "làng nghề", subject="làng nghề cói, mây tre đan"),
    fig("khoảng 28.000 lao động", "28.000", 28000, "count", "lao động", approx="about",
        subject="lao động làng nghề cói, mây tre đan"),
    fig("từ 4,5 đến 6 triệu", "4,5", 4.5e6, "money", "đồng/người/tháng", value_max=6e6,
        subject="thu nhập bình quân lao động làng nghề"),
    fig("có 18 doanh nghiệp", "18", 18, "count", "doanh nghiệp, hợp tác xã",
        subject="doanh nghiệp, hợp tác xã làm mành cói", location=NS),
    fig("hơn 3.500 hộ", "3.500", 3500, "count", "hộ", approx="over",
        subject="hộ làm mành cói", location=NS),
    fig("khoảng 25 container", "25", 25, "measure", "container/tháng", approx="about",
        subject="mành, rèm cói Công ty TNHH Cói Xuất khẩu Hải Yến xuất đi mỗi tháng", location=NS),
    fig("đạt 86 tỷ", "86", 86e9, "money", "đồng", percent=29,
        subject="doanh thu của Công ty TNHH Cói Xuất khẩu Hải Yến", period=NINE_NS, location=NS),
    fig("thêm hai nhà xưởng", "hai", 2, "count", "nhà xưởng",
        subject="nhà xưởng công ty đầu tư thêm", location=NS),
    fig("tích 4.200 m2", "4.200", 4200, "measure", "m2",
        subject="tổng diện tích nhà xưởng đầu tư thêm", location=NS),
    fig("thêm 14 triệu", "14", 14e6, "money", "USD", status="target",
        subject="kim ngạch xuất khẩu thêm", period=Q4),
    fig("khoảng 56 triệu", "56", 56e6, "money", "USD", approx="about", status="target",
        change=chg("increase", 1.8, "%", "kế hoạch"), subject="kim ngạch xuất khẩu cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Thanh Hóa): exports of mành, rèm from cói and bamboo, 9 months 2024. 'Cập nhật: 07/10/2024 09:45' is the dateline.",
    "Distractors: 09:45, 'Lượt xem: 1.863', 'lần thứ 3', 'số 36 Đại lộ Lê Lợi', 'năm 2024' in a related-link title.",
    "Headline '9 tháng ước đạt gần 42 triệu USD' is its own figure (estimate, nearly); year-less '9 tháng' takes 2024 from published.",
    "'Trong đó' parts after a sentence break, without a verb of their own: total 41,8 triệu USD; estimate carried from the whole.",
    "'ba thị trường lớn nhất' names the group whose share follows (optional); 'chiếm khoảng 64%' follows a count of markets, so it is",
    "a percent figure of its own, not the share of 'ba'. Nhật Bản, Hoa Kỳ, Hàn Quốc are trade partners: location stays Thanh Hóa.",
    "revised after the first run: 64% made optional. If 'ba thị trường' is counted, 'chiếm khoảng 64%' is its percent attribute (the spec's",
    "share-after-chiếm rule); as 'ba' is optional, whether 64% is a figure of its own is in the same doubt.",
    "Nga Sơn passage (district, its commune Nga Liên): location Nga Sơn; 'mỗi tháng ... khoảng 25 container' is a rate (container/tháng).",
    "'vượt 1,8% kế hoạch' is a gap to the plan: change +1,8% with baseline 'kế hoạch' (41,8 = 76% of 55; 56 is 1,8% over 55).",
    "'Quý IV ... phấn đấu' governs both clauses of its sentence (target).",
]

if __name__ == "__main__":
    write("p1548-1", TEXT, NOTES, FIGS, published="2024-10-07", location="Thanh Hóa")
