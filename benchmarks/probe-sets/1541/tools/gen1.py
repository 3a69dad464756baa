"""p1541-1: province portal (Nam Định): phụ liệu may 9 tháng 2024, with a KCN passage in huyện Vụ Bản."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NAM ĐỊNH
Trang chủ > Tin tức - Sự kiện > Kinh tế

Phụ liệu may Nam Định: 9 tháng tăng trưởng hơn 12%

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.836

Theo Sở Công Thương, 9 tháng đầu năm 2024, giá trị sản xuất ngành phụ liệu may trên địa bàn tỉnh ước đạt 2.350 tỷ đồng, tăng 12,4% so với cùng kỳ năm 2023, bằng 76,8% kế hoạch năm. Sản lượng một số sản phẩm chủ yếu ước đạt: khóa kéo 86,5 triệu chiếc, tăng 9,2%; cúc áo các loại 1,24 tỷ chiếc; chỉ may 3.150 tấn.

Toàn tỉnh hiện có 37 doanh nghiệp sản xuất phụ liệu may, sử dụng khoảng 6.800 lao động, thu nhập bình quân 8,2 triệu đồng/người/tháng. Riêng Khu công nghiệp Bảo Minh (huyện Vụ Bản) có 9 doanh nghiệp. Công ty TNHH Phụ liệu Thiên Phát tại đây có công suất 60 triệu chiếc/năm, hơn 60% sản phẩm xuất khẩu sang Hàn Quốc và Nhật Bản.

Giá bán khóa kéo nhựa loại phổ biến hiện từ 1.200 đến 1.800 đồng/chiếc, giảm khoảng 5% so với đầu năm do cạnh tranh với hàng nhập khẩu.

Quý IV/2024, ngành phấn đấu đạt giá trị sản xuất khoảng 720 tỷ đồng, đưa cả năm lên trên 3.060 tỷ đồng. Từ đầu năm đến nay, tỉnh đã hỗ trợ 15 doanh nghiệp đổi mới công nghệ theo Quyết định số 1725/QĐ-UBND ngày 12/8/2024 của UBND tỉnh.

Tin liên quan:
- Nam Định tổ chức Hội chợ Công Thương lần thứ 3 năm 2024
- Dệt may Nam Định: xuất khẩu tháng 8 khởi sắc
"""

H9 = per("9 tháng", "2024-01-01", "2024-09-30")
M9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Q4 = per("Quý IV/2024", "2024-10-01", "2024-12-31")
YR = per("cả năm", "2024-01-01", "2024-12-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
VB = "Vụ Bản"

FIGS = [
    fig("tăng trưởng hơn 12%", "12", 12, "percent", "%", approx="over",
        subject="tăng trưởng phụ liệu may", period=H9),
    fig("ước đạt 2.350 tỷ", "2.350", 2.35e12, "money", "đồng", status="estimate", percent=76.8,
        change=chg("increase", 12.4, "%", "cùng kỳ năm 2023"),
        subject="giá trị sản xuất ngành phụ liệu may", period=M9),
    fig("khóa kéo 86,5 triệu", "86,5", 86.5e6, "count", "chiếc", status="estimate",
        change=chg("increase", 9.2, "%"), subject="sản lượng khóa kéo", period=inh(M9)),
    fig("loại 1,24 tỷ", "1,24", 1.24e9, "count", "chiếc", status="estimate",
        subject="sản lượng cúc áo các loại", period=inh(M9)),
    fig("chỉ may 3.150 tấn", "3.150", 3150, "measure", "tấn", status="estimate",
        subject="sản lượng chỉ may", period=inh(M9)),
    fig("có 37 doanh nghiệp", "37", 37, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất phụ liệu may"),
    fig("khoảng 6.800 lao động", "6.800", 6800, "count", "lao động", approx="about",
        subject="lao động doanh nghiệp phụ liệu may sử dụng"),
    fig("bình quân 8,2 triệu", "8,2", 8.2e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân"),
    fig("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp",
        subject="doanh nghiệp tại Khu công nghiệp Bảo Minh", location=VB),
    fig("công suất 60 triệu", "60", 60e6, "measure", "chiếc/năm",
        subject="công suất Công ty TNHH Phụ liệu Thiên Phát", location=VB),
    fig("hơn 60% sản phẩm", "60", 60, "percent", "%", approx="over",
        subject="sản phẩm xuất khẩu sang Hàn Quốc và Nhật Bản", location=VB),
    fig("từ 1.200 đến 1.800", "1.200", 1200, "money", "đồng/chiếc", value_max=1800,
        change=chg("decrease", 5, "%", "đầu năm", approx="about"),
        subject="giá bán khóa kéo nhựa loại phổ biến"),
    fig("khoảng 720 tỷ", "720", 720e9, "money", "đồng", approx="about", status="target",
        subject="giá trị sản xuất", period=Q4),
    fig("trên 3.060 tỷ", "3.060", 3.06e12, "money", "đồng", approx="over", status="target",
        subject="giá trị sản xuất cả năm", period=YR),
    fig("hỗ trợ 15 doanh nghiệp", "15", 15, "count", "doanh nghiệp",
        subject="doanh nghiệp được hỗ trợ đổi mới công nghệ", period=YTD),
]

NOTES = [
    "Province portal (Nam Định): breadcrumb, 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.836', related links.",
    "Distractors: 08:45, 'Lượt xem: 1.836', 'Quyết định số 1725/QĐ-UBND ngày 12/8/2024', 'lần thứ 3', 'tháng 8' in a link title.",
    "Headline '9 tháng tăng trưởng hơn 12%' is a growth rate as the claim (percent, over); its year comes from published.",
    "'ước đạt: khóa kéo ..., cúc ..., chỉ may ...' : no whole figure before the colon, so no total; 'ước đạt' governs the list.",
    "'Riêng Khu công nghiệp Bảo Minh (huyện Vụ Bản) có 9 doanh nghiệp': 'Riêng' is no part-of-whole cue; location Vụ Bản for",
    "  the KCN and the firm 'tại đây'. 'hơn 60% sản phẩm xuất khẩu' is a percent figure of its own.",
    "'Từ đầu năm đến nay' ends on the dateline 2024-10-14. 'cả năm' takes 2024 from Quý IV/2024.",
]

if __name__ == "__main__":
    write("p1541-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Nam Định")
