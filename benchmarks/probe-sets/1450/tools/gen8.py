"""p1450-8: radio/TV site (Đài PT-TH Nam Định, NTV): a tissue mill's exports, 6 months 2024; province figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """NTV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH NAM ĐỊNH
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

Giấy tissue Nam Định vươn ra thị trường quốc tế

16:45, 22/07/2024

(NTV) - 6 tháng đầu năm 2024, Công ty TNHH Giấy Hoàng Nam tại Khu công nghiệp Hòa Xá, thành phố Nam Định xuất khẩu 5.420 tấn giấy tissue, gấp 1,6 lần cùng kỳ năm 2023, kim ngạch đạt 6,3 triệu USD.

Công ty hiện vận hành ba máy xeo giấy với tổng công suất 36.000 tấn/năm, sử dụng 410 lao động. Sản phẩm của công ty đã có mặt tại 12 quốc gia, trong đó thị trường Nhật Bản chiếm khoảng 35% sản lượng xuất khẩu. Doanh thu 6 tháng của công ty đạt 298 tỷ đồng, bằng 52% kế hoạch năm. Với kết quả này, công ty đứng thứ 2 trong các doanh nghiệp xuất khẩu giấy của tỉnh.

Ông Phạm Quốc Hưng, Giám đốc công ty cho biết: "Cuối năm nay, chúng tôi dự kiến lắp thêm một máy xeo công suất 50 tấn/ngày, nâng tổng công suất lên khoảng 54.000 tấn/năm. Mục tiêu cả năm, công ty xuất khẩu trên 11.000 tấn".

Theo Sở Công Thương Nam Định, toàn tỉnh có 7 doanh nghiệp sản xuất giấy tissue. 6 tháng đầu năm, sản lượng giấy tissue toàn tỉnh đạt 24,7 nghìn tấn, tăng 11,5% so với cùng kỳ; kim ngạch xuất khẩu giấy và sản phẩm giấy đạt 14,8 triệu USD, chiếm 1,2% kim ngạch xuất khẩu của tỉnh.

Thu Trang - Đức Anh

Chia sẻ | Bình luận (0)
Tin liên quan:
- Khai mạc Hội chợ Thương mại - Du lịch Nam Định 2024
- Bản tin Thời sự 19h ngày 21/7/2024
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H6 = per("6 tháng", "2024-01-01", "2024-06-30")
H1b = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")

FIGS = [
    fig("xuất khẩu 5.420 tấn", "5.420", 5420, "measure", "tấn", change=chg("increase", 1.6, "lần", "cùng kỳ năm 2023"),
        subject="giấy tissue Công ty TNHH Giấy Hoàng Nam xuất khẩu", period=H1),
    fig("đạt 6,3 triệu", "6,3", 6.3e6, "money", "USD", subject="kim ngạch xuất khẩu của công ty", period=H1),
    fig("vận hành ba máy", "ba", 3, "count", "máy xeo giấy", subject="máy xeo giấy công ty vận hành"),
    fig("công suất 36.000 tấn/năm", "36.000", 36000, "measure", "tấn/năm", subject="tổng công suất ba máy xeo giấy"),
    fig("sử dụng 410 lao động", "410", 410, "count", "lao động", subject="lao động công ty sử dụng"),
    fig("tại 12 quốc gia", "12", 12, "count", "quốc gia", subject="quốc gia có sản phẩm của công ty"),
    fig("khoảng 35%", "35", 35, "percent", "%", approx="about",
        subject="sản lượng xuất khẩu của công ty sang thị trường Nhật Bản"),
    fig("đạt 298 tỷ", "298", 298e9, "money", "đồng", percent=52, subject="doanh thu của công ty", period=H6),
    fig("đứng thứ 2", "2", 2, "rank", "hạng", subject="công ty trong các doanh nghiệp xuất khẩu giấy của tỉnh",
        period=inh(H6)),
    fig("thêm một máy xeo", "một", 1, "count", "máy xeo", status="forecast", subject="máy xeo công ty lắp thêm"),
    fig("công suất 50 tấn/ngày", "50", 50, "measure", "tấn/ngày", status="forecast", subject="công suất máy xeo lắp thêm"),
    fig("khoảng 54.000 tấn/năm", "54.000", 54000, "measure", "tấn/năm", approx="about", status="forecast",
        subject="tổng công suất của công ty"),
    fig("trên 11.000 tấn", "11.000", 11000, "measure", "tấn", approx="over", status="target",
        subject="giấy tissue công ty xuất khẩu", period=YEAR),
    fig("có 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất giấy tissue"),
    fig("đạt 24,7 nghìn", "24,7", 24.7e3, "measure", "tấn", change=chg("increase", 11.5, "%", "cùng kỳ"),
        subject="sản lượng giấy tissue toàn tỉnh", period=H1b),
    fig("đạt 14,8 triệu", "14,8", 14.8e6, "money", "USD", percent=1.2,
        subject="kim ngạch xuất khẩu giấy và sản phẩm giấy", period=H1b),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Nam Định): menu, '16:45, 22/07/2024' under the headline (published), tag '(NTV) -', byline, 'Chia sẻ | Bình luận (0)', links.",
    "Distractors: 16:45, 'Bình luận (0)', 'Nam Định 2024', '19h ngày 21/7/2024' in a link. TP Nam Định and the province share the name: location Nam Định.",
    "'xuất khẩu 5.420 tấn ..., gấp 1,6 lần cùng kỳ năm 2023' → change increase 1,6 lần (a multiple after a figure is its change).",
    "'12 quốc gia, trong đó thị trường Nhật Bản chiếm khoảng 35% sản lượng xuất khẩu' → 35% a percent figure of its own (a share of",
    "export volume, not a part of the 12 countries). 'bằng 52% kế hoạch năm' → percent attribute of 298 tỷ.",
    "'Với kết quả này, công ty đứng thứ 2 ...' → rank 2, period inherited from the 6 months. Quote 'Cuối năm nay ... dự kiến' → forecast;",
    "'Cuối năm nay' is a point, not a span: no period annotated. 'Mục tiêu cả năm ... trên 11.000 tấn' → target, period 2024.",
]

if __name__ == "__main__":
    write("p1450-8", TEXT, NOTES, FIGS, published="2024-07-22", location="Nam Định")
