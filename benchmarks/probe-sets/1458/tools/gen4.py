"""p1458-4: provincial newspaper (Báo Bắc Giang, tag (BGĐT)): an enamelled copper wire plant starts in Việt Yên."""
from lib import fig, per, chg, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Kinh tế | Đầu tư

Nhà máy dây đồng 150 triệu USD đi vào vận hành

Thứ Ba, 18/06/2024 | 10:12

(BGĐT) - Sáng 18/6, Công ty TNHH Dây đồng Hoa Thành Việt Nam tổ chức lễ vận hành Nhà máy sản xuất dây đồng tráng men và cáp đồng tại Khu công nghiệp Quang Châu, thị xã Việt Yên.

Nhà máy có tổng vốn đầu tư 150 triệu USD, xây dựng trên diện tích khoảng 12 ha, công suất thiết kế 60.000 tấn/năm. Giai đoạn đầu, nhà máy vận hành 24 dây chuyền kéo và tráng men, tuyển dụng hơn 800 lao động, trong đó khoảng 95% là người địa phương. Dự kiến năm 2025, doanh thu của nhà máy đạt 550 triệu USD, 80% sản phẩm xuất khẩu sang Hàn Quốc, Nhật Bản và châu Âu.

Cũng tại buổi lễ, lãnh đạo UBND tỉnh trao Giấy chứng nhận đăng ký đầu tư điều chỉnh cho dự án mở rộng của công ty, nâng tổng vốn đầu tư lên 210 triệu USD.

Theo Ban Quản lý các KCN tỉnh, hiện Bắc Giang có 9 dự án sản xuất dây, cáp điện với tổng vốn đăng ký gần 620 triệu USD. 5 tháng đầu năm 2024, các doanh nghiệp này đạt giá trị xuất khẩu khoảng 410 triệu USD, tăng 23,5% so với cùng kỳ, chiếm 3,2% kim ngạch xuất khẩu của tỉnh. Cũng trong 5 tháng, tỉnh thu hút hơn 1,2 tỷ USD vốn FDI, đứng thứ 3 cả nước.

Phát biểu tại buổi lễ, Phó Chủ tịch UBND tỉnh Nguyễn Văn Hòa đề nghị doanh nghiệp ưu tiên tuyển dụng lao động tại chỗ, bảo đảm an toàn phòng cháy, chữa cháy và xử lý nước thải đạt quy chuẩn cột A trước khi xả ra môi trường.

Tuấn Minh
"""

VY = "Việt Yên"
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
M5 = per("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
M5b = per("trong 5 tháng", "2024-01-01", "2024-05-31")

FIGS = [
    fig("dây đồng 150 triệu", "150", 150e6, "money", "USD", subject="nhà máy dây đồng", location=VY),
    fig("đầu tư 150 triệu", "150", 150e6, "money", "USD", subject="tổng vốn đầu tư nhà máy", location=VY),
    fig("khoảng 12 ha", "12", 12, "measure", "ha", approx="about",
        subject="diện tích xây dựng nhà máy", location=VY),
    fig("60.000 tấn/năm", "60.000", 60000, "measure", "tấn/năm",
        subject="công suất thiết kế", location=VY),
    fig("vận hành 24 dây chuyền", "24", 24, "count", "dây chuyền",
        subject="dây chuyền kéo và tráng men", location=VY),
    fig("hơn 800 lao động", "800", 800, "count", "lao động", approx="over",
        subject="lao động nhà máy tuyển dụng", location=VY),
    fig("khoảng 95%", "95", 95, "percent", "%", approx="about",
        subject="lao động là người địa phương", location=VY),
    fig("đạt 550 triệu", "550", 550e6, "money", "USD", status="forecast",
        subject="doanh thu của nhà máy", period=Y25, location=VY),
    fig("80% sản phẩm", "80", 80, "percent", "%", status="forecast",
        subject="sản phẩm xuất khẩu", period=Y25, location=VY),
    fig("lên 210 triệu", "210", 210e6, "money", "USD",
        subject="tổng vốn đầu tư dự án sau điều chỉnh", location=VY),
    fig("có 9 dự án", "9", 9, "count", "dự án", subject="dự án sản xuất dây, cáp điện"),
    fig("gần 620 triệu", "620", 620e6, "money", "USD", approx="nearly", subject="tổng vốn đăng ký"),
    fig("khoảng 410 triệu", "410", 410e6, "money", "USD", approx="about", percent=3.2,
        change=chg("increase", 23.5, "%", "cùng kỳ"),
        subject="giá trị xuất khẩu của các doanh nghiệp sản xuất dây, cáp điện", period=M5),
    fig("hơn 1,2 tỷ", "1,2", 1.2e9, "money", "USD", approx="over", subject="vốn FDI tỉnh thu hút", period=M5b),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", subject="thu hút vốn FDI", period=M5b),
]

NOTES = [
    "Provincial newspaper (Báo Bắc Giang): headline figure, 'Thứ Ba, 18/06/2024 | 10:12', tag '(BGĐT) -', byline at the end.",
    "Distractors: 10:12, 'Sáng 18/6', 'Khu công nghiệp Quang Châu', 'cột A'; 'Giai đoạn đầu' is no dated period.",
    "The plant stands in thị xã Việt Yên: location Việt Yên for its figures, including the headline '150 triệu USD' (same plant).",
    "'hơn 800 lao động, trong đó khoảng 95% là người địa phương': the 95% is a share of the 800, so a percent figure of its own.",
    "'Dự kiến năm 2025' governs both the revenue and the 80% export share (forecast).",
    "Province figures (9 dự án, 620 triệu, 410 triệu, FDI, rank) are Bắc Giang. 'chiếm 3,2%' is the percent attribute of 410 triệu.",
    "'Cũng trong 5 tháng' takes 2024 from the previous sentence; the rank 'đứng thứ 3 cả nước' is located in Bắc Giang.",
]

if __name__ == "__main__":
    write("p1458-4", TEXT, NOTES, FIGS, published="2024-06-18", location="Bắc Giang")
