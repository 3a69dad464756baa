"""p1314-5: provincial Party newspaper (Báo Bình Định, tag BĐO): a wood-pellet plant in thị xã An Nhơn."""
from lib import fig, period, inherit, change, write

TEXT = """BÁO BÌNH ĐỊNH ĐIỆN TỬ
Kinh tế | Doanh nghiệp

Viên nén từ mùn cưa: Hướng đi mới của doanh nghiệp chế biến gỗ An Nhơn

Thứ Ba, 11/06/2024 - 06:15

(BĐO) - Tận dụng mùn cưa, dăm bào, vỏ cây từ các xưởng chế biến gỗ, một doanh nghiệp ở thị xã An Nhơn mỗi năm xuất khẩu gần 100.000 tấn viên nén gỗ sang Hàn Quốc và Nhật Bản.

Nhà máy viên nén của Công ty TNHH Năng lượng Sông Côn đặt tại Khu công nghiệp Nhơn Hòa, được đầu tư 350 tỷ đồng, gồm hai dây chuyền với công suất thiết kế 120.000 tấn/năm. Năm 2023, nhà máy xuất khẩu 96.500 tấn viên nén, doanh thu đạt 265 tỷ đồng, vượt 6% kế hoạch. 5 tháng đầu năm nay, công ty xuất khẩu 41.200 tấn, tăng 9% so với cùng kỳ.

Theo ông Trần Quốc Bảo, Giám đốc công ty, mỗi tháng nhà máy cần khoảng 15.000 tấn nguyên liệu, được thu mua từ 40-50 cơ sở xẻ gỗ. Giá mùn cưa khô công ty thu mua hiện khoảng 1.300 đồng/kg, tăng 200 đồng so với năm ngoái. Công ty đang sử dụng 185 lao động, trong đó 62 lao động nữ, thu nhập bình quân 9,2 triệu đồng/người/tháng.

"Mỗi tấn viên nén phải đạt độ ẩm dưới 10%, tro dưới 1,5% mới đủ chuẩn xuất sang Hàn Quốc", ông Bảo chia sẻ.

Toàn tỉnh hiện có 7 nhà máy viên nén gỗ; năm 2023 xuất khẩu hơn 430.000 tấn, chiếm khoảng 9% lượng viên nén xuất khẩu cả nước. Năm 2024, Sở Công Thương dự kiến sản lượng xuất khẩu viên nén của tỉnh đạt 480.000 tấn.

HOÀI THU
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = period("năm 2023", "2023-01-01", "2023-12-31")
M5 = period("5 tháng đầu năm nay", "2024-01-01", "2024-05-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
AN = "An Nhơn"

FIGS = [
    fig("một doanh nghiệp", "một", 1, "count", "doanh nghiệp", subject="doanh nghiệp", location=AN, optional=True),
    fig("gần 100.000 tấn", "100.000", 100000, "measure", "tấn/năm", approx="nearly",
        subject="viên nén gỗ doanh nghiệp xuất khẩu mỗi năm", location=AN),
    fig("đầu tư 350 tỷ", "350", 350e9, "money", "đồng", subject="vốn đầu tư nhà máy viên nén", location=AN),
    fig("hai dây chuyền", "hai", 2, "count", "dây chuyền", subject="dây chuyền của nhà máy", location=AN),
    fig("thiết kế 120.000 tấn/năm", "120.000", 120000, "measure", "tấn/năm",
        subject="công suất thiết kế của nhà máy", location=AN),
    fig("xuất khẩu 96.500 tấn", "96.500", 96500, "measure", "tấn", subject="viên nén nhà máy xuất khẩu",
        period=Y23, location=AN),
    fig("đạt 265 tỷ", "265", 265e9, "money", "đồng", change=change("increase", 6, "%", "kế hoạch"),
        subject="doanh thu của nhà máy", period=Y23, location=AN),
    fig("xuất khẩu 41.200 tấn", "41.200", 41200, "measure", "tấn",
        change=change("increase", 9, "%", "cùng kỳ"), subject="viên nén công ty xuất khẩu", period=M5,
        location=AN),
    fig("khoảng 15.000 tấn", "15.000", 15000, "measure", "tấn/tháng", approx="about",
        subject="nguyên liệu nhà máy cần mỗi tháng", location=AN),
    fig("từ 40-50 cơ sở", "40", 40, "count", "cơ sở", value_max=50,
        subject="cơ sở xẻ gỗ cung cấp nguyên liệu cho nhà máy", location=AN),
    fig("khoảng 1.300 đồng/kg", "1.300", 1300, "money", "đồng/kg", approx="about",
        change=change("increase", 200, "đồng", "năm ngoái"),
        subject="giá mùn cưa khô công ty thu mua", location=AN),
    fig("sử dụng 185 lao động", "185", 185, "count", "lao động", subject="lao động công ty đang sử dụng",
        location=AN),
    fig("62 lao động nữ", "62", 62, "count", "lao động", total=185, subject="lao động nữ", location=AN),
    fig("bình quân 9,2 triệu", "9,2", 9.2e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của lao động công ty", location=AN),
    fig("ẩm dưới 10%", "10", 10, "percent", "%", approx="under",
        subject="độ ẩm viên nén đạt chuẩn xuất sang Hàn Quốc", location=AN, optional=True),
    fig("tro dưới 1,5%", "1,5", 1.5, "percent", "%", approx="under",
        subject="hàm lượng tro viên nén đạt chuẩn xuất sang Hàn Quốc", location=AN, optional=True),
    fig("có 7 nhà máy", "7", 7, "count", "nhà máy", subject="nhà máy viên nén gỗ"),
    fig("hơn 430.000 tấn", "430.000", 430000, "measure", "tấn", approx="over", percent=9,
        subject="viên nén gỗ toàn tỉnh xuất khẩu", period=Y23b),
    fig("đạt 480.000 tấn", "480.000", 480000, "measure", "tấn", status="forecast",
        subject="sản lượng xuất khẩu viên nén của tỉnh", period=Y24),
]

NOTES = [
    "Provincial Party newspaper (Báo Bình Định): 'Thứ Ba, 11/06/2024 - 06:15', sapo with tag '(BĐO) -', quote, byline 'HOÀI THU' at the end.",
    "Distractors: 06:15, 'Khu công nghiệp Nhơn Hòa', 'năm ngoái' and 'cùng kỳ' baselines.",
    "The plant in thị xã An Nhơn: location An Nhơn for the sapo and the plant's figures; the province paragraph is Bình Định.",
    "'gồm hai dây chuyền' follows 350 tỷ đồng (another thing): no total. '62 lao động nữ' after 'trong đó' → total 185.",
    "'vượt 6% kế hoạch' → change with baseline 'kế hoạch'; 'tăng 200 đồng so với năm ngoái' → change in đồng.",
    "'chiếm khoảng 9% lượng viên nén xuất khẩu cả nước' → percent attribute of 430.000 tấn, which stays in Bình Định.",
    "Optional: the quality thresholds 'độ ẩm dưới 10%, tro dưới 1,5%' are limits of an export standard (a requirement, not a measured",
    "quantity); as in p1314-3 ('công suất dưới 100.000 tấn/năm'), a careful annotator may or may not count them.",
    "Optional: 'một doanh nghiệp ở thị xã An Nhơn' in the sapo ('một' as the indefinite 'a', or a count of 1).",
    "'năm nay' = 2024 (published). 'mỗi năm' / 'mỗi tháng' amounts are rates (tấn/năm, tấn/tháng).",
]

if __name__ == "__main__":
    write("p1314-5", TEXT, NOTES, FIGS, published="2024-06-11", location="Bình Định")
