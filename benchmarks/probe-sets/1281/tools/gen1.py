"""p1281-1: province portal (Đồng Tháp): aquafeed output 9 months 2024, mills, pangasius feed price, a mill in Thanh Bình."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐỒNG THÁP
Trang chủ > Tin tức - Sự kiện > Kinh tế

9 tháng, sản lượng thức ăn thủy sản ước đạt gần 1,5 triệu tấn

Cập nhật: 11/10/2024 15:05 | Lượt xem: 1.386

Theo Sở Nông nghiệp và Phát triển nông thôn, 9 tháng đầu năm 2024, sản lượng thức ăn thủy sản của các nhà máy trên địa bàn tỉnh ước đạt 1,47 triệu tấn, tăng 5,3% so với cùng kỳ năm 2023, bằng 77% kế hoạch năm. Trong đó, thức ăn cá tra 1,18 triệu tấn, chiếm 80,3%; thức ăn tôm và các loài cá khác 290 nghìn tấn.

Hiện toàn tỉnh có 16 nhà máy sản xuất thức ăn thủy sản đang hoạt động với tổng công suất thiết kế khoảng 2,4 triệu tấn/năm, sử dụng hơn 3.100 lao động. Thu nhập bình quân của người lao động từ 8 đến 9,5 triệu đồng/người/tháng.

Giá thức ăn cá tra loại 28% đạm hiện dao động 11.800-12.600 đồng/kg, giảm khoảng 400 đồng/kg so với đầu năm. Chi phí thức ăn chiếm 70-75% giá thành nuôi cá tra.

Tại huyện Thanh Bình, Nhà máy thức ăn thủy sản Phú Thành của Công ty cổ phần Dinh dưỡng Sen Hồng vừa vận hành giai đoạn 2 với công suất 180.000 tấn/năm, tổng vốn đầu tư 420 tỷ đồng, tạo việc làm cho khoảng 250 lao động. Từ đầu năm đến nay, nhà máy đã cung ứng 96.500 tấn thức ăn cho hơn 300 hộ nuôi và hai hợp tác xã.

Dự báo trong quý IV, nhu cầu thức ăn cá tra tăng 8-10% do vào vụ thả nuôi mới. Tỉnh đặt mục tiêu sản lượng thức ăn thủy sản cả năm đạt 1,91 triệu tấn; Sở tiếp tục kiểm tra điều kiện sản xuất theo Nghị định số 13/2020/NĐ-CP.

Tin liên quan:
- Hội thảo nuôi cá tra theo tiêu chuẩn ASC lần thứ 3
- Thông xe cầu Cao Lãnh 2 trên Quốc lộ 30
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-11")
Q4 = per("quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
TB = "Thanh Bình"

FIGS = [
    fig("ước đạt gần 1,5 triệu", "1,5", 1.5e6, "measure", "tấn", approx="nearly", status="estimate",
        subject="sản lượng thức ăn thủy sản", period=NINE_H),
    fig("ước đạt 1,47 triệu", "1,47", 1.47e6, "measure", "tấn", status="estimate", percent=77,
        change=chg("increase", 5.3, "%", "cùng kỳ năm 2023"),
        subject="sản lượng thức ăn thủy sản của các nhà máy trên địa bàn tỉnh", period=NINE),
    fig("cá tra 1,18 triệu", "1,18", 1.18e6, "measure", "tấn", total=1.47e6, percent=80.3, status="estimate",
        subject="thức ăn cá tra", period=inh(NINE)),
    fig("khác 290 nghìn", "290", 290e3, "measure", "tấn", total=1.47e6, status="estimate",
        subject="thức ăn tôm và các loài cá khác", period=inh(NINE)),
    fig("có 16 nhà máy", "16", 16, "count", "nhà máy",
        subject="nhà máy sản xuất thức ăn thủy sản đang hoạt động"),
    fig("khoảng 2,4 triệu", "2,4", 2.4e6, "measure", "tấn/năm", approx="about",
        subject="tổng công suất thiết kế của các nhà máy thức ăn thủy sản"),
    fig("hơn 3.100 lao động", "3.100", 3100, "count", "lao động", approx="over",
        subject="lao động các nhà máy sử dụng"),
    fig("từ 8 đến 9,5 triệu", "8", 8e6, "money", "đồng/người/tháng", value_max=9.5e6,
        subject="thu nhập bình quân của người lao động"),
    fig("loại 28% đạm", "28", 28, "percent", "%", subject="hàm lượng đạm của thức ăn cá tra", optional=True),
    fig("dao động 11.800-12.600", "11.800", 11800, "money", "đồng/kg", value_max=12600,
        change=chg("decrease", 400, "đồng/kg", "đầu năm", approx="about"),
        subject="giá thức ăn cá tra loại 28% đạm"),
    fig("chiếm 70-75%", "70", 70, "percent", "%", value_max=75,
        subject="chi phí thức ăn trong giá thành nuôi cá tra"),
    fig("công suất 180.000 tấn/năm", "180.000", 180000, "measure", "tấn/năm",
        subject="công suất giai đoạn 2 của Nhà máy thức ăn thủy sản Phú Thành", location=TB),
    fig("vốn đầu tư 420 tỷ", "420", 420e9, "money", "đồng",
        subject="tổng vốn đầu tư giai đoạn 2 của nhà máy", location=TB),
    fig("khoảng 250 lao động", "250", 250, "count", "lao động", approx="about",
        subject="lao động được nhà máy tạo việc làm", location=TB),
    fig("cung ứng 96.500 tấn", "96.500", 96500, "measure", "tấn",
        subject="thức ăn nhà máy cung ứng", period=YTD, location=TB),
    fig("hơn 300 hộ", "300", 300, "count", "hộ", approx="over",
        subject="hộ nuôi được nhà máy cung ứng thức ăn", period=YTD, location=TB),
    fig("và hai hợp tác xã", "hai", 2, "count", "hợp tác xã",
        subject="hợp tác xã được nhà máy cung ứng thức ăn", period=YTD, location=TB),
    fig("tăng 8-10%", "8", 8, "percent", "%", value_max=10, status="forecast",
        subject="nhu cầu thức ăn cá tra", period=Q4),
    fig("đạt 1,91 triệu", "1,91", 1.91e6, "measure", "tấn", status="target",
        subject="sản lượng thức ăn thủy sản cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Đồng Tháp): aquafeed output 9 months 2024; breadcrumb, 'Cập nhật: 11/10/2024 15:05 | Lượt xem: 1.386', related links.",
    "Distractors: 15:05, Lượt xem 1.386, 'giai đoạn 2' (a phase name), Nghị định số 13/2020/NĐ-CP, 'lần thứ 3', 'cầu Cao Lãnh 2', 'Quốc lộ 30'.",
    "Headline '9 tháng ... ước đạt gần 1,5 triệu tấn' is its own figure; year-less '9 tháng' takes 2024 from the dateline.",
    "'bằng 77% kế hoạch năm' is the percent attribute of 1,47 triệu tấn; 'Trong đó' parts after a sentence break take total 1,47 triệu and the whole's status.",
    "'loại 28% đạm' names a feed grade (optional). The price 'hiện' has no period; 'giảm khoảng 400 đồng/kg so với đầu năm' is its change.",
    "Thanh Bình passage: location Thanh Bình; 'Từ đầu năm đến nay' ends at the dateline 2024-10-11 and governs the whole sentence.",
    "'Dự báo' → forecast (quý IV → 2024); 'đặt mục tiêu ... cả năm đạt' → target.",
]

if __name__ == "__main__":
    write("p1281-1", TEXT, NOTES, FIGS, published="2024-10-11", location="Đồng Tháp")
