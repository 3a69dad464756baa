"""p1559-5: provincial Party newspaper (Báo Tây Ninh, tag BTNO): a gauze exporter in thị xã Trảng Bàng."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO TÂY NINH ĐIỆN TỬ
Kinh tế | Doanh nghiệp

Băng gạc Trảng Bàng xuất khẩu 8 tháng gần 6 triệu USD

Cập nhật lúc 09:15 ngày 28/08/2024

(BTNO) - Từ một xưởng nhỏ với 40 công nhân, Công ty TNHH Vật tư y tế Phước Thịnh nay đã có nhà máy rộng 3,2 ha tại Khu công nghiệp Thành Thành Công, thị xã Trảng Bàng, mỗi tháng xuất đi hàng chục container băng, gạc.

Ông Trần Minh Phước, Giám đốc công ty cho biết, nhà máy hiện có 5 dây chuyền dệt gạc và 2 dây chuyền cắt, gấp tự động, công suất thiết kế 36 triệu mét/năm. Công ty sử dụng 420 lao động, trong đó lao động nữ chiếm 78%.

8 tháng đầu năm 2024, công ty xuất khẩu 19,7 triệu mét gạc và 2,3 triệu cuộn băng, kim ngạch đạt gần 6 triệu USD, tăng 24% so với cùng kỳ năm trước. Sản phẩm chủ yếu xuất sang Nhật Bản, Úc và Đức; riêng thị trường Nhật Bản chiếm 46% kim ngạch. Riêng quý II/2024, kim ngạch đạt 2,4 triệu USD, cao nhất từ trước đến nay.

Năm nay, công ty dự kiến đầu tư thêm một dây chuyền đóng gói gạc tiệt trùng, trị giá khoảng 2 triệu USD, nâng tổng số lao động lên trên 500 người. “Chúng tôi đặt mục tiêu năm 2025 kim ngạch xuất khẩu đạt 10 triệu USD”, ông Phước nói.

Theo Sở Công Thương, toàn tỉnh Tây Ninh hiện có 4 doanh nghiệp sản xuất băng, gạc y tế; kim ngạch xuất khẩu nhóm hàng này 8 tháng ước đạt 14,5 triệu USD, chiếm khoảng 0,4% tổng kim ngạch xuất khẩu của tỉnh.

NGỌC HÂN
"""

M8 = per("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
M8S = per("8 tháng", "2024-01-01", "2024-08-31")
Q2 = per("quý II/2024", "2024-04-01", "2024-06-30")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
TB = "Trảng Bàng"

FIGS = [
    fig("8 tháng gần 6 triệu", "6", 6e6, "money", "USD", approx="nearly",
        subject="băng gạc xuất khẩu", period=M8S, location=TB),
    fig("với 40 công nhân", "40", 40, "count", "công nhân",
        subject="công nhân của xưởng nhỏ ban đầu", location=TB),
    fig("rộng 3,2 ha", "3,2", 3.2, "measure", "ha", subject="diện tích nhà máy", location=TB),
    fig("hàng chục container", "chục", 10, "measure", "container/tháng", approx="about", optional=True,
        subject="container băng, gạc nhà máy xuất đi mỗi tháng", location=TB),
    fig("có 5 dây chuyền", "5", 5, "count", "dây chuyền", subject="dây chuyền dệt gạc", location=TB),
    fig("và 2 dây chuyền", "2", 2, "count", "dây chuyền", subject="dây chuyền cắt, gấp tự động", location=TB),
    fig("thiết kế 36 triệu", "36", 36e6, "measure", "mét/năm",
        subject="công suất thiết kế của nhà máy", location=TB),
    fig("sử dụng 420 lao động", "420", 420, "count", "lao động",
        subject="lao động công ty sử dụng", location=TB),
    fig("chiếm 78%", "78", 78, "percent", "%", subject="tỷ lệ lao động nữ", location=TB),
    fig("xuất khẩu 19,7 triệu", "19,7", 19.7e6, "measure", "mét",
        subject="gạc công ty xuất khẩu", period=M8, location=TB),
    fig("và 2,3 triệu cuộn", "2,3", 2.3e6, "count", "cuộn",
        subject="băng công ty xuất khẩu", period=M8, location=TB),
    fig("đạt gần 6 triệu", "6", 6e6, "money", "USD", approx="nearly",
        change=chg("increase", 24, "%", "cùng kỳ năm trước"),
        subject="kim ngạch xuất khẩu của công ty", period=M8, location=TB),
    fig("chiếm 46%", "46", 46, "percent", "%",
        subject="tỷ trọng của thị trường Nhật Bản trong kim ngạch", period=inh(M8), location=TB),
    fig("đạt 2,4 triệu", "2,4", 2.4e6, "money", "USD",
        subject="kim ngạch của công ty", period=Q2, location=TB),
    fig("thêm một dây chuyền", "một", 1, "count", "dây chuyền", status="forecast",
        subject="dây chuyền đóng gói gạc tiệt trùng công ty đầu tư thêm", period=NOW, location=TB),
    fig("khoảng 2 triệu", "2", 2e6, "money", "USD", approx="about", status="forecast",
        subject="trị giá dây chuyền đóng gói gạc tiệt trùng", period=NOW, location=TB),
    fig("trên 500 người", "500", 500, "count", "người", approx="over", status="forecast",
        subject="tổng số lao động của công ty", period=NOW, location=TB),
    fig("đạt 10 triệu", "10", 10e6, "money", "USD", status="target",
        subject="kim ngạch xuất khẩu của công ty", period=Y25, location=TB),
    fig("có 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất băng, gạc y tế"),
    fig("ước đạt 14,5 triệu", "14,5", 14.5e6, "money", "USD", status="estimate", percent=0.4,
        subject="kim ngạch xuất khẩu nhóm hàng băng, gạc y tế", period=M8S),
]

NOTES = [
    "Provincial Party newspaper (Báo Tây Ninh): section menu, 'Cập nhật lúc 09:15 ngày 28/08/2024', tag '(BTNO) -', byline NGỌC HÂN.",
    "Distractors: 09:15, 'Khu công nghiệp Thành Thành Công', 'quý II/2024' as a period, 'cao nhất từ trước đến nay' (no number).",
    "The company in thị xã Trảng Bàng: its figures (and the headline's) are located in Trảng Bàng; the province's 4 firms and 14,5 triệu",
    "USD are Tây Ninh. Year-less '8 tháng' (headline, province) takes 2024 (dateline / nearest earlier period).",
    "'hàng chục container' (tens of containers a month) is optional: an indefinite number word with no value a reader can settle.",
    "'5 dây chuyền dệt gạc và 2 dây chuyền cắt, gấp' are two counts with their own subjects; 'lao động nữ chiếm 78%' has no count of",
    "its own, so 78% is a percent figure (not an attribute of 420).",
    "'Năm nay, công ty dự kiến ...' governs all three clauses (forecast, 2024); 'đặt mục tiêu năm 2025 ... đạt 10 triệu USD' → target.",
    "'chiếm khoảng 0,4% tổng kim ngạch' is the percent attribute of 14,5 triệu USD (estimate).",
]

if __name__ == "__main__":
    write("p1559-5", TEXT, NOTES, FIGS, published="2024-08-28", location="Tây Ninh")
