"""p1163-8: provincial newspaper online (Báo Bình Phước), pellets from rubber-wood sawdust, 10 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """BÁO BÌNH PHƯỚC ĐIỆN TỬ
Kinh tế | Thứ Sáu, 08/11/2024 | 16:40

Viên nén từ mùn cưa gỗ cao su thu về hơn 57 triệu USD

(BPO) - 10 tháng năm 2024, các doanh nghiệp sản xuất viên nén trên địa bàn tỉnh xuất khẩu khoảng 410.000 tấn, kim ngạch đạt 57,2 triệu USD, bằng 87% kế hoạch năm, tăng 21% so với cùng kỳ. Tỉnh hiện xếp thứ 3 cả nước về sản lượng viên nén từ gỗ cao su, sau Bình Dương và Đồng Nai.

Toàn tỉnh có 1.240 cơ sở chế biến gỗ cao su, mỗi năm phát sinh khoảng 650.000 tấn mùn cưa, dăm bào, bìa bắp, nhưng chưa đến 30% cơ sở có kho chứa đạt chuẩn phòng cháy. Trước năm 2020, phần lớn mùn cưa bị đốt bỏ hoặc bán với giá 200-300 đồng/kg; hiện giá mùn cưa khô đã lên 1.100-1.300 đồng/kg.

Tại thị xã Chơn Thành, nhà máy viên nén của Công ty cổ phần Gỗ Hoàng Long (KCN Minh Hưng III) có công suất 120.000 tấn/năm, mỗi tháng tiêu thụ khoảng 15.000 tấn mùn cưa. 10 tháng qua, nhà máy xuất khẩu 86.000 tấn sang Nhật Bản, chiếm gần 21% lượng viên nén xuất khẩu của tỉnh. Nhà máy tạo việc làm cho 138 lao động, lương từ 8 triệu đồng/tháng trở lên.

Theo Sở Công Thương, đến nay tỉnh có 14 nhà máy sản xuất viên nén đang hoạt động, tổng công suất khoảng 750.000 tấn/năm; dự kiến năm 2025 có thêm 2 nhà máy tại các huyện Đồng Phú, Hớn Quản đi vào vận hành, nâng tổng công suất lên hơn 900.000 tấn/năm.

MINH LUÂN
"""

M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
M10q = P("10 tháng qua", "2024-01-01", "2024-10-31")
NOW = P("đến nay", None, "2024-11-08")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
CT = "Chơn Thành"

FIGS = [
    F("hơn 57 triệu USD", "57", 57e6, "money", "USD", approx="over",
      subject="kim ngạch viên nén từ mùn cưa gỗ cao su"),
    F("khoảng 410.000 tấn", "410.000", 410000, "measure", "tấn", approx="about",
      subject="viên nén xuất khẩu", period=M10),
    F("đạt 57,2 triệu USD", "57,2", 57.2e6, "money", "USD", percent=87,
      change=C("increase", 21, "%", "cùng kỳ"), subject="kim ngạch xuất khẩu viên nén", period=M10),
    F("xếp thứ 3", "3", 3, "rank", "hạng", subject="sản lượng viên nén từ gỗ cao su cả nước"),
    F("có 1.240 cơ sở", "1.240", 1240, "count", "cơ sở", subject="cơ sở chế biến gỗ cao su"),
    F("khoảng 650.000 tấn", "650.000", 650000, "measure", "tấn", approx="about",
      subject="mùn cưa, dăm bào, bìa bắp phát sinh mỗi năm"),
    F("chưa đến 30%", "30", 30, "percent", "%", approx="under",
      subject="tỷ lệ cơ sở có kho chứa đạt chuẩn phòng cháy"),
    F("giá 200-300", "200", 200, "money", "đồng/kg", value_max=300, subject="giá bán mùn cưa trước năm 2020"),
    F("lên 1.100-1.300", "1.100", 1100, "money", "đồng/kg", value_max=1300, subject="giá mùn cưa khô hiện nay"),
    F("công suất 120.000 tấn/năm", "120.000", 120000, "measure", "tấn/năm",
      subject="công suất nhà máy viên nén của Công ty cổ phần Gỗ Hoàng Long", location=CT),
    F("khoảng 15.000 tấn", "15.000", 15000, "measure", "tấn", approx="about",
      subject="mùn cưa nhà máy tiêu thụ mỗi tháng", location=CT),
    F("xuất khẩu 86.000 tấn", "86.000", 86000, "measure", "tấn", percent=21,
      subject="viên nén nhà máy xuất khẩu sang Nhật Bản", period=M10q, location=CT),
    F("cho 138 lao động", "138", 138, "count", "lao động", subject="lao động nhà máy tạo việc làm", location=CT),
    F("từ 8 triệu", "8", 8e6, "money", "đồng/tháng", approx="at_least", subject="lương lao động nhà máy",
      location=CT),
    F("có 14 nhà máy", "14", 14, "count", "nhà máy", subject="nhà máy sản xuất viên nén đang hoạt động",
      period=NOW),
    F("khoảng 750.000 tấn/năm", "750.000", 750000, "measure", "tấn/năm", approx="about",
      subject="tổng công suất nhà máy sản xuất viên nén", period=NOW),
    F("thêm 2 nhà máy", "2", 2, "count", "nhà máy", status="forecast",
      subject="nhà máy viên nén đi vào vận hành thêm", period=Y25),
    F("hơn 900.000 tấn/năm", "900.000", 900000, "measure", "tấn/năm", approx="over", status="forecast",
      subject="tổng công suất nhà máy sản xuất viên nén", period=Y25),
]

NOTES = [
    "Provincial newspaper online (Báo Bình Phước): 'Thứ Sáu, 08/11/2024 | 16:40' (published), tag '(BPO) -', byline at the end.",
    "Headline 'hơn 57 triệu USD' rounds the lead's 57,2 triệu USD: its own figure, no period. 'xếp thứ 3 cả nước' is a rank of the province.",
    "Company passage placed in thị xã Chơn Thành: its figures take location Chơn Thành. '10 tháng qua' = first 10 months of 2024.",
    "'chiếm gần 21% lượng viên nén xuất khẩu của tỉnh' is the percent of 86.000 tấn (approx of the share is not scored).",
    "'từ 8 triệu đồng/tháng trở lên' = at least. 'đến nay' is an as-of date = published (2024-11-08). 'Trước năm 2020' prices get no period.",
    "Distractors: 'KCN Minh Hưng III', 16:40, the date line, 'năm 2020'. Bình Dương and Đồng Nai name the provinces ranked ahead (no figures).",
]

if __name__ == "__main__":
    write("p1163-8", TEXT, NOTES, FIGS, published="2024-11-08", location="Bình Phước")
