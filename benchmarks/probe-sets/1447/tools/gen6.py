"""p1447-6: national newspaper (VnExpress-like): a mask factory in TP HCM at full capacity, February 2020."""
from lib import fig, per, chg, write

TEXT = """Kinh doanh › Doanh nghiệp
Thứ hai, 24/2/2020, 15:40 (GMT+7)

Xưởng khẩu trang chạy hết công suất vẫn không kịp giao hàng

Một doanh nghiệp ở TP HCM sản xuất 200.000 chiếc khẩu trang mỗi ngày nhưng đơn hàng đã kín đến hết tháng 4.

Nhà máy của Công ty TNHH Y tế An Khang Phát trong khu công nghiệp Tân Tạo những ngày này hoạt động liên tục ba ca, mỗi ca 8 tiếng. Ông Nguyễn Quốc Bảo, Giám đốc công ty, cho biết trước Tết Nguyên đán, xưởng chỉ chạy một ca với khoảng 60.000 chiếc mỗi ngày. Từ cuối tháng 1, công ty tuyển thêm 45 công nhân và nhập thêm hai máy dập tự động trị giá 1,8 tỷ đồng.

"Chúng tôi đã từ chối đơn hàng xuất khẩu 5 triệu chiếc sang Hàn Quốc để ưu tiên thị trường trong nước", ông Bảo nói.

Giá bán buôn một hộp khẩu trang y tế hiện là 95.000 đồng, gấp gần ba lần so với đầu tháng 1. Giá vải không dệt, nguyên liệu chính, cũng tăng từ 28.000 lên 65.000 đồng/kg.

Theo Sở Công Thương TP HCM, thành phố hiện có 22 doanh nghiệp sản xuất khẩu trang y tế, tổng công suất khoảng 1,4 triệu chiếc/ngày. Lượng khẩu trang này mới đáp ứng chưa đến 30% nhu cầu của người dân trong những ngày cao điểm dịch Covid-19. Trên cả nước, Bộ Công Thương cho biết có khoảng 40 doanh nghiệp sản xuất khẩu trang y tế, sản lượng trung bình 3,5 triệu chiếc/ngày.

Thanh Nhàn

Xem thêm:
- Giá khẩu trang trên sàn thương mại điện tử tăng vọt
- Hotline phản ánh giá khẩu trang: 1900 6868
"""

VN = "Việt Nam"

FIGS = [
    fig("sản xuất 200.000 chiếc", "200.000", 200000, "measure", "chiếc/ngày",
        subject="khẩu trang doanh nghiệp sản xuất mỗi ngày"),
    fig("liên tục ba ca", "ba", 3, "count", "ca", subject="ca nhà máy hoạt động"),
    fig("mỗi ca 8 tiếng", "8", 8, "measure", "tiếng/ca", subject="thời gian mỗi ca"),
    fig("chạy một ca", "một", 1, "count", "ca", subject="ca xưởng chạy trước Tết Nguyên đán"),
    fig("khoảng 60.000 chiếc", "60.000", 60000, "measure", "chiếc/ngày", approx="about",
        subject="khẩu trang xưởng sản xuất mỗi ngày trước Tết Nguyên đán"),
    fig("thêm 45 công nhân", "45", 45, "count", "công nhân", subject="công nhân công ty tuyển thêm"),
    fig("thêm hai máy", "hai", 2, "count", "máy dập tự động", subject="máy dập tự động công ty nhập thêm"),
    fig("trị giá 1,8 tỷ", "1,8", 1.8e9, "money", "đồng", subject="trị giá hai máy dập tự động"),
    fig("khẩu 5 triệu chiếc", "5", 5e6, "count", "chiếc", subject="đơn hàng xuất khẩu sang Hàn Quốc bị từ chối"),
    fig("hiện là 95.000", "95.000", 95000, "money", "đồng/hộp",
        change=chg("increase", 3, "lần", "đầu tháng 1", approx="nearly"),
        subject="giá bán buôn một hộp khẩu trang y tế"),
    fig("từ 28.000 lên", "28.000", 28000, "money", "đồng/kg", optional=True),
    fig("lên 65.000 đồng/kg", "65.000", 65000, "money", "đồng/kg", subject="giá vải không dệt"),
    fig("có 22 doanh nghiệp", "22", 22, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất khẩu trang y tế của thành phố"),
    fig("khoảng 1,4 triệu", "1,4", 1.4e6, "measure", "chiếc/ngày", approx="about",
        subject="tổng công suất sản xuất khẩu trang y tế của thành phố"),
    fig("chưa đến 30%", "30", 30, "percent", "%", approx="under",
        subject="tỷ lệ nhu cầu khẩu trang của người dân được đáp ứng"),
    fig("khoảng 40 doanh nghiệp", "40", 40, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất khẩu trang y tế trên cả nước", location=VN),
    fig("trung bình 3,5 triệu", "3,5", 3.5e6, "measure", "chiếc/ngày",
        subject="sản lượng khẩu trang y tế trung bình", location=VN),
]

NOTES = [
    "National newspaper (VnExpress-like): 'Thứ hai, 24/2/2020, 15:40 (GMT+7)', sapo, quote, byline, 'Xem thêm' links.",
    "The factory stands in KCN Tân Tạo without a district named: location TP Hồ Chí Minh (sapo 'ở TP HCM'); 'Trên cả nước' figures: Việt Nam.",
    "Per-day amounts ('200.000 chiếc khẩu trang mỗi ngày', 'khoảng 60.000 chiếc mỗi ngày', 'chiếc/ngày') are rates: measure, unit chiếc/ngày;",
    "'mỗi ca 8 tiếng' → measure, unit tiếng/ca. 'ba ca', 'một ca', 'hai máy' are number words (count).",
    "No figure has a dated period: 'hiện', 'trước Tết Nguyên đán', 'Từ cuối tháng 1' (no start day, no year in the sentence) → no period.",
    "'95.000 đồng, gấp gần ba lần so với đầu tháng 1' → change increase 3 lần, approx nearly; unit đồng/hộp ('một hộp' is the denominator, not a figure).",
    "'tăng từ 28.000 lên 65.000 đồng/kg': 65.000 is the figure; the old price 28.000 is optional (a level, or only the start of the change).",
    "'mới đáp ứng chưa đến 30% nhu cầu' stands in its own sentence: percent figure, approx under.",
    "Distractors: 15:40, '(GMT+7)', 'hết tháng 4', 'đầu tháng 1', 'Covid-19', 'KCN Tân Tạo', hotline 1900 6868, 'một hộp'.",
]

if __name__ == "__main__":
    write("p1447-6", TEXT, NOTES, FIGS, published="2020-02-24", location="TP Hồ Chí Minh")
