"""p1474-8: radio/TV site (Đài PT-TH Long An): groundbreaking of a stroller factory in huyện Cần Giuộc; provincial FDI."""
from lib import fig, per, inh, chg, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH LONG AN
Trang chủ | Thời sự | Kinh tế | Xã hội | Video

Khởi công nhà máy xe đẩy em bé 45 triệu USD tại Cần Giuộc

22/11/2024 16:20

LA34 - Sáng 22/11, Công ty TNHH Sunny Baby Việt Nam tổ chức lễ khởi công nhà máy sản xuất xe đẩy, xe tập đi và ghế ăn dặm cho trẻ em tại Khu công nghiệp Long Hậu 3, huyện Cần Giuộc.

Nhà máy có tổng vốn đầu tư 45 triệu USD, xây dựng trên diện tích 6,8 ha, chia làm 2 giai đoạn. Giai đoạn 1 dự kiến hoàn thành trong quý III/2025, công suất 600.000 sản phẩm/năm. Đến năm 2027, khi dự án hoàn thành toàn bộ, công suất dự kiến đạt 1,5 triệu sản phẩm/năm. Nhà máy dự kiến tạo việc làm cho khoảng 1.200 đến 1.500 lao động, ưu tiên tuyển dụng lao động địa phương.

Theo đại diện Sunny Baby, toàn bộ sản phẩm của nhà máy dự kiến được xuất khẩu sang Hoa Kỳ, Canada và Nhật Bản, doanh thu khoảng 80 triệu USD/năm khi vận hành ổn định. Đây là dự án thứ 3 của tập đoàn tại Việt Nam.

Phát biểu tại lễ khởi công, Phó Chủ tịch UBND tỉnh Long An cho biết, từ đầu năm đến nay tỉnh thu hút 52 dự án FDI mới với tổng vốn đăng ký hơn 1,1 tỷ USD, tăng 18,4% so với cùng kỳ. Lũy kế đến nay, toàn tỉnh có 1.386 dự án FDI còn hiệu lực, đứng thứ 6 cả nước về số dự án.

Tin cùng chuyên mục:
- Long An: Hội nghị xúc tiến đầu tư năm 2024
- Cần Giuộc ra quân thu gom rác thải dịp cuối năm

Đài Phát thanh và Truyền hình Long An - Số 5 Võ Văn Tần, Phường 2, TP Tân An
Đường dây nóng: 0272.3826.345
"""

T27 = per("Đến năm 2027", None, "2027-12-31")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-11-22")
NOW = per("Lũy kế đến nay", None, "2024-11-22")
CG = "Cần Giuộc"

FIGS = [
    fig("em bé 45 triệu", "45", 45e6, "money", "USD", subject="nhà máy xe đẩy em bé", location=CG),
    fig("đầu tư 45 triệu", "45", 45e6, "money", "USD", subject="tổng vốn đầu tư nhà máy", location=CG),
    fig("diện tích 6,8 ha", "6,8", 6.8, "measure", "ha", subject="diện tích nhà máy", location=CG),
    fig("chia làm 2 giai đoạn", "2", 2, "count", "giai đoạn", location=CG, optional=True),
    fig("công suất 600.000", "600.000", 600000, "measure", "sản phẩm/năm", status="forecast",
        subject="công suất giai đoạn 1", location=CG),
    fig("đạt 1,5 triệu", "1,5", 1.5e6, "measure", "sản phẩm/năm", status="forecast",
        subject="công suất nhà máy", period=T27, location=CG),
    fig("khoảng 1.200 đến 1.500", "1.200", 1200, "count", "lao động", value_max=1500, approx="about",
        status="forecast", subject="lao động nhà máy tạo việc làm", location=CG),
    fig("khoảng 80 triệu", "80", 80e6, "money", "USD/năm", approx="about", status="forecast",
        subject="doanh thu của nhà máy", location=CG),
    fig("thu hút 52 dự án", "52", 52, "count", "dự án", subject="dự án FDI mới tỉnh thu hút", period=YTD),
    fig("hơn 1,1 tỷ", "1,1", 1.1e9, "money", "USD", approx="over",
        change=chg("increase", 18.4, "%", "cùng kỳ"), subject="tổng vốn đăng ký của dự án FDI mới", period=YTD),
    fig("có 1.386 dự án", "1.386", 1386, "count", "dự án", subject="dự án FDI còn hiệu lực", period=NOW),
    fig("đứng thứ 6", "6", 6, "rank", "hạng", subject="số dự án FDI còn hiệu lực", period=NOW),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Long An): menu, headline figure, '22/11/2024 16:20', tag 'LA34 -', related links, address, hotline.",
    "Distractors: 16:20, 'Sáng 22/11', 'LA34', 'Khu công nghiệp Long Hậu 3', 'Giai đoạn 1', 'quý III/2025' (completion date),",
    "'dự án thứ 3' (ordinal), 'năm 2024' in a link, 'Số 5 Võ Văn Tần, Phường 2', hotline 0272.3826.345.",
    "Factory figures → location Cần Giuộc (district); provincial FDI figures → Long An. The headline '45 triệu USD' is its own figure.",
    "'chia làm 2 giai đoạn' is structure (optional, as in the shared gold). 'dự kiến' in each sentence → forecast for capacity,",
    "jobs and revenue; 'Đến năm 2027' → end 2027 (start null); capacity and revenue rates keep '/năm'.",
    "'từ đầu năm đến nay' ends at the dateline; 'Lũy kế đến nay' is an as-of date (end = dateline). 'đứng thứ 6 cả nước' is the",
    "province's rank (location Long An).",
]

if __name__ == "__main__":
    write("p1474-8", TEXT, NOTES, FIGS, published="2024-11-22", location="Long An")
