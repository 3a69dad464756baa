"""p1282-1: province portal (Cổng TTĐT tỉnh Long An): lạp xưởng Cần Đước, 9 tháng 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LONG AN
Trang chủ > Tin tức - Sự kiện > Kinh tế

Lạp xưởng Cần Đước: 9 tháng tăng trên 12%

Cập nhật: 14/10/2024 08:35 | Lượt xem: 1.286

9 tháng đầu năm 2024, các cơ sở sản xuất lạp xưởng trên địa bàn huyện Cần Đước ước đạt 1.850 tấn sản phẩm, tăng 12,4% so với cùng kỳ năm 2023, bằng 71,2% kế hoạch năm; doanh thu ước đạt 352 tỷ đồng.

Hiện toàn huyện có 126 cơ sở sản xuất lạp xưởng, trong đó 18 cơ sở quy mô công nghiệp, tập trung tại thị trấn Cần Đước và các xã Tân Lân, Phước Đông. Các cơ sở giải quyết việc làm cho khoảng 1.400 lao động với thu nhập bình quân từ 6,5 đến 8 triệu đồng/người/tháng. Giá lạp xưởng tươi tại cơ sở hiện dao động 180.000-260.000 đồng/kg; lạp xưởng tôm khô cao hơn, khoảng 320.000 đồng/kg.

Cơ sở Lạp xưởng Út Hạnh (ấp 3, xã Tân Lân) mỗi ngày sản xuất khoảng 700 kg, dịp cao điểm Tết nâng lên 1,2-1,5 tấn/ngày. Từ đầu năm đến nay, cơ sở đã xuất bán sang Campuchia và Đài Loan (Trung Quốc) gần 25 tấn lạp xưởng.

Tháng 9 vừa qua, huyện có thêm hai sản phẩm lạp xưởng đạt chuẩn OCOP 4 sao, nâng tổng số sản phẩm OCOP từ lạp xưởng lên 11 sản phẩm. Cả năm 2024, huyện phấn đấu sản lượng lạp xưởng đạt 2.600 tấn; mục tiêu đến năm 2025 có ít nhất 15 sản phẩm OCOP và 30% cơ sở áp dụng quy trình sản xuất theo tiêu chuẩn HACCP.

Tin liên quan:
- Khai mạc Tuần lễ Văn hóa - Du lịch Cần Đước lần thứ 2
- Triển khai Quyết định số 1048/QĐ-UBND về Chương trình OCOP

Cơ quan chủ quản: UBND tỉnh Long An
Địa chỉ: Số 61 Nguyễn Huệ, Phường 1, TP Tân An. Điện thoại: 0272.3552.186
"""

M9H = per("9 tháng", "2024-01-01", "2024-09-30")
M9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
T9 = per("Tháng 9", "2024-09-01", "2024-09-30")
Y24 = per("Cả năm 2024", "2024-01-01", "2024-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("tăng trên 12%", "12", 12, "percent", "%", approx="over", subject="lạp xưởng Cần Đước", period=M9H),
    fig("ước đạt 1.850 tấn", "1.850", 1850, "measure", "tấn", percent=71.2, status="estimate",
        change=chg("increase", 12.4, "%", "cùng kỳ năm 2023"),
        subject="sản phẩm các cơ sở sản xuất lạp xưởng", period=M9),
    fig("ước đạt 352 tỷ", "352", 352e9, "money", "đồng", status="estimate", subject="doanh thu", period=M9),
    fig("có 126 cơ sở", "126", 126, "count", "cơ sở", subject="cơ sở sản xuất lạp xưởng"),
    fig("trong đó 18 cơ sở", "18", 18, "count", "cơ sở", total=126, subject="cơ sở quy mô công nghiệp"),
    fig("khoảng 1.400 lao động", "1.400", 1400, "count", "lao động", approx="about",
        subject="lao động các cơ sở giải quyết việc làm"),
    fig("từ 6,5 đến 8 triệu", "6,5", 6.5e6, "money", "đồng/người/tháng", value_max=8e6,
        subject="thu nhập bình quân"),
    fig("180.000-260.000", "180.000", 180000, "money", "đồng/kg", value_max=260000, subject="giá lạp xưởng tươi"),
    fig("khoảng 320.000", "320.000", 320000, "money", "đồng/kg", approx="about", subject="giá lạp xưởng tôm khô"),
    fig("khoảng 700 kg", "700", 700, "measure", "kg", approx="about",
        subject="lạp xưởng Cơ sở Út Hạnh sản xuất mỗi ngày"),
    fig("1,2-1,5 tấn/ngày", "1,2", 1.2, "measure", "tấn/ngày", value_max=1.5,
        subject="sản lượng dịp cao điểm Tết"),
    fig("gần 25 tấn", "25", 25, "measure", "tấn", approx="nearly",
        subject="lạp xưởng xuất bán sang Campuchia và Đài Loan (Trung Quốc)", period=YTD),
    fig("thêm hai sản phẩm", "hai", 2, "count", "sản phẩm", subject="sản phẩm lạp xưởng đạt chuẩn OCOP 4 sao",
        period=T9),
    fig("lên 11 sản phẩm", "11", 11, "count", "sản phẩm", subject="tổng số sản phẩm OCOP từ lạp xưởng", period=T9),
    fig("đạt 2.600 tấn", "2.600", 2600, "measure", "tấn", status="target", subject="sản lượng lạp xưởng",
        period=Y24),
    fig("ít nhất 15 sản phẩm", "15", 15, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm OCOP", period=TO25),
    fig("30% cơ sở", "30", 30, "percent", "%", status="target",
        subject="cơ sở áp dụng quy trình sản xuất theo tiêu chuẩn HACCP", period=TO25),
]

NOTES = [
    "Province portal (Cổng TTĐT tỉnh Long An): breadcrumb, 'Cập nhật: 14/10/2024 08:35 | Lượt xem: 1.286', related links, footer.",
    "All figures describe huyện Cần Đước (the Út Hạnh workshop is in xã Tân Lân, Cần Đước): default location Cần Đước.",
    "Headline '9 tháng tăng trên 12%' is a growth rate as the claim (percent, over); '9 tháng' takes the year of published.",
    "'bằng 71,2% kế hoạch năm' is the percent attribute of 1.850 tấn; 'tăng 12,4% so với cùng kỳ năm 2023' its change.",
    "'mỗi ngày ... khoảng 700 kg': the adverb 'mỗi ngày' goes to the subject, unit 'kg' (shared gold 004 habit; revised after the first",
    "run, was 'kg/ngày'); the written '1,2-1,5 tấn/ngày' keeps its denominator. 'Từ đầu năm đến nay' ends at the dateline.",
    "'hai sản phẩm' and '11 sản phẩm' take 'Tháng 9' (2024); '11' follows 'hai', so it is no total of 'hai'.",
    "Distractors: 'Lượt xem: 1.286', '08:35', 'ấp 3', 'OCOP 4 sao', 'lần thứ 2', 'Quyết định số 1048/QĐ-UBND',",
    "'Số 61', 'Phường 1', phone 0272.3552.186, 'HACCP'.",
]

if __name__ == "__main__":
    write("p1282-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Cần Đước")
