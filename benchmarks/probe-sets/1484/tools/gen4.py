"""p1484-4: ministry site (Bộ Công Thương): national notebook and paper market before the 2024 school year."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Thị trường trong nước

Thị trường vở, giấy học sinh mùa tựu trường: nguồn cung dồi dào, giá cơ bản ổn định

22/08/2024 | 14:10 | Vụ Thị trường trong nước

Theo Vụ Thị trường trong nước, bước vào năm học mới, cả nước có khoảng 23,2 triệu học sinh phổ thông; nhu cầu vở học sinh ước khoảng 480 triệu cuốn, tăng khoảng 3% so với năm trước. Năng lực sản xuất của các doanh nghiệp trong nước đạt trên 650 triệu cuốn/năm, bảo đảm đáp ứng đủ nhu cầu; các doanh nghiệp lớn chiếm gần 55% thị phần.

7 tháng đầu năm 2024, nhập khẩu giấy các loại đạt 1,15 triệu tấn, trị giá 1,08 tỷ USD, tăng 12,3% so với cùng kỳ năm 2023; giá giấy in, giấy viết nhập khẩu bình quân 1.020 USD/tấn, giảm 4,6%.

Khảo sát tại 12 tỉnh, thành phố cho thấy giá vở bình quân tăng 2-5% so với năm học trước, chủ yếu do chi phí vận chuyển và nhân công tăng. Các địa phương có nhiều điểm bán hàng bình ổn nhất là TP Hồ Chí Minh (1.250 điểm), Hà Nội (860 điểm) và Đồng Nai (310 điểm). Các hệ thống phân phối lớn đã chuẩn bị lượng vở, đồ dùng học tập tăng 15-20% so với năm 2023, nhiều chương trình giảm giá từ 10 đến 30%.

Dự báo trong tháng 8 và tháng 9, sức mua văn phòng phẩm tăng 25-30% so với các tháng khác trong năm. Mục tiêu đến năm 2030, hàng Việt chiếm trên 90% đồ dùng học tập bày bán tại các kênh phân phối hiện đại.

Bộ Công Thương đã ban hành Công văn số 5812/BCT-TTTN đề nghị Sở Công Thương các tỉnh, thành phố chủ động phối hợp với ngành giáo dục bảo đảm nguồn cung, không để xảy ra tình trạng khan hàng, tăng giá bất hợp lý.

Liên kết website | Sơ đồ cổng | Phiên bản di động
Bản quyền thuộc về Bộ Công Thương
"""

M7 = per("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
M89 = per("trong tháng 8 và tháng 9", "2024-08-01", "2024-09-30")
T30 = per("đến năm 2030", None, "2030-12-31")
LIST = "điểm bán hàng bình ổn"

FIGS = [
    fig("khoảng 23,2 triệu", "23,2", 23.2e6, "count", "học sinh", approx="about", subject="học sinh phổ thông"),
    fig("ước khoảng 480 triệu", "480", 480e6, "count", "cuốn", approx="about", status="estimate",
        change=chg("increase", 3, "%", "năm trước", approx="about"), subject="nhu cầu vở học sinh"),
    fig("trên 650 triệu", "650", 650e6, "measure", "cuốn/năm", approx="over",
        subject="năng lực sản xuất của các doanh nghiệp trong nước"),
    fig("gần 55%", "55", 55, "percent", "%", approx="nearly", subject="thị phần các doanh nghiệp lớn"),
    fig("đạt 1,15 triệu", "1,15", 1.15e6, "measure", "tấn", subject="nhập khẩu giấy các loại", period=M7),
    fig("trị giá 1,08 tỷ", "1,08", 1.08e9, "money", "USD",
        change=chg("increase", 12.3, "%", "cùng kỳ năm 2023"), subject="trị giá nhập khẩu giấy các loại",
        period=M7),
    fig("1.020 USD/tấn", "1.020", 1020, "money", "USD/tấn", change=chg("decrease", 4.6, "%"),
        subject="giá giấy in, giấy viết nhập khẩu bình quân", period=M7),
    fig("tại 12 tỉnh", "12", 12, "count", "tỉnh, thành phố", subject="tỉnh, thành phố được khảo sát"),
    fig("tăng 2-5%", "2", 2, "percent", "%", value_max=5, subject="giá vở bình quân"),
    fig("(1.250 điểm)", "1.250", 1250, "count", "điểm", subject=LIST, location="TP Hồ Chí Minh"),
    fig("(860 điểm)", "860", 860, "count", "điểm", subject=LIST, location="Hà Nội"),
    fig("(310 điểm)", "310", 310, "count", "điểm", subject=LIST, location="Đồng Nai"),
    fig("tăng 15-20%", "15", 15, "percent", "%", value_max=20,
        subject="lượng vở, đồ dùng học tập các hệ thống phân phối lớn đã chuẩn bị"),
    fig("từ 10 đến 30%", "10", 10, "percent", "%", value_max=30, subject="mức giảm giá của các chương trình"),
    fig("tăng 25-30%", "25", 25, "percent", "%", value_max=30, status="forecast",
        subject="sức mua văn phòng phẩm", period=M89),
    fig("trên 90%", "90", 90, "percent", "%", approx="over", status="target",
        subject="tỷ lệ hàng Việt trong đồ dùng học tập bày bán tại các kênh phân phối hiện đại", period=T30),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '22/08/2024 | 14:10 | Vụ Thị trường trong nước', footer links; national figures → Việt Nam.",
    "Distractors: 14:10, Công văn số 5812/BCT-TTTN, 'tháng 8 và tháng 9' (period only).",
    "'ước khoảng 480 triệu cuốn, tăng khoảng 3% so với năm trước' → estimate, about, change 3 (about). No period phrase for the 'năm học mới' figures.",
    "'1,15 triệu tấn, trị giá 1,08 tỷ USD, tăng 12,3%' → the change belongs to the value it follows (1,08 tỷ USD). '1.020 USD/tấn, giảm 4,6%' → change.",
    "'giá vở bình quân tăng 2-5%', 'lượng vở ... tăng 15-20%', 'giảm giá từ 10 đến 30%', 'sức mua ... tăng 25-30%' have no base amount: percent figures.",
    "List 'TP Hồ Chí Minh (1.250 điểm), Hà Nội (860 điểm) và Đồng Nai (310 điểm)': subject = the list's indicator, place → location.",
    "'Dự báo trong tháng 8 và tháng 9' → forecast, 2024-08-01..2024-09-30. 'Mục tiêu đến năm 2030 ... trên 90%' → target, end 2030-12-31.",
]

if __name__ == "__main__":
    write("p1484-4", TEXT, NOTES, FIGS, published="2024-08-22", location="Việt Nam")
