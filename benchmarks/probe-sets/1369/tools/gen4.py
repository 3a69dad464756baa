"""p1369-4: ministry site (Bộ Thông tin và Truyền thông): national online-scam figures for 2024."""
from lib import fig, per, inh, chg, write

TEXT = """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Trang chủ > Tin tức > An toàn thông tin

Năm 2024: ngăn chặn hơn 6.200 trang web lừa đảo

08/01/2025 | 14:05 | Cục An toàn thông tin

Theo Cục An toàn thông tin, năm 2024, hệ thống kỹ thuật của Bộ đã phát hiện và ngăn chặn 6.215 trang web lừa đảo, gấp 1,6 lần năm 2023, trong đó 4.380 trang giả mạo ngân hàng, ví điện tử. Bình quân mỗi ngày xuất hiện khoảng 17 trang web lừa đảo mới. Cổng cảnh báo an toàn thông tin tiếp nhận 21.460 phản ánh của người dân, tăng 38% so với năm 2023.

Ước tính thiệt hại do lừa đảo trực tuyến tại Việt Nam năm 2024 khoảng 18.900 tỷ đồng; tỷ lệ người dùng bị lừa khoảng 0,45%.

Đến hết tháng 12/2024, các doanh nghiệp viễn thông đã thu hồi gần 5,3 triệu thuê bao sim rác, chuẩn hóa thông tin của khoảng 120 triệu thuê bao di động. Có 4 nhà mạng triển khai hiển thị tên định danh cho cuộc gọi từ doanh nghiệp, gồm Viettel, VNPT, MobiFone và Vietnamobile.

Các địa phương có nhiều phản ánh nhất là TP Hồ Chí Minh (3.105 phản ánh), Hà Nội (2.870) và Bình Dương (1.240). Theo Chỉ số an toàn thông tin toàn cầu, Việt Nam xếp thứ 17 trong số 194 quốc gia được đánh giá.

Năm 2025, Bộ đặt mục tiêu giảm 30% số vụ lừa đảo trực tuyến, phấn đấu 80% người dân được trang bị kỹ năng nhận diện lừa đảo. Dự kiến trong quý I/2025, Bộ ra mắt ứng dụng Tín Nhiệm Mạng 2.0 tích hợp tra cứu số điện thoại lừa đảo.

Bộ Thông tin và Truyền thông - 18 Nguyễn Du, Hà Nội
Giấy phép số 56/GP-TTĐT
"""

Y24H = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
ASOF = per("Đến hết tháng 12/2024", None, "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("hơn 6.200 trang", "6.200", 6200, "count", "trang web", approx="over",
        subject="trang web lừa đảo ngăn chặn", period=Y24H),
    fig("ngăn chặn 6.215 trang", "6.215", 6215, "count", "trang web",
        change=chg("increase", 1.6, "lần", "năm 2023"),
        subject="trang web lừa đảo phát hiện và ngăn chặn", period=Y24),
    fig("trong đó 4.380 trang", "4.380", 4380, "count", "trang", total=6215,
        subject="trang giả mạo ngân hàng, ví điện tử", period=Y24),
    fig("khoảng 17 trang", "17", 17, "measure", "trang web/ngày", approx="about",
        subject="trang web lừa đảo mới xuất hiện", period=inh(Y24)),
    fig("tiếp nhận 21.460 phản ánh", "21.460", 21460, "count", "phản ánh",
        change=chg("increase", 38, "%", "năm 2023"),
        subject="phản ánh của người dân Cổng cảnh báo an toàn thông tin tiếp nhận", period=inh(Y24)),
    fig("khoảng 18.900 tỷ", "18.900", 18900e9, "money", "đồng", approx="about", status="estimate",
        subject="thiệt hại do lừa đảo trực tuyến", period=Y24),
    fig("khoảng 0,45%", "0,45", 0.45, "percent", "%", approx="about", status="estimate",
        subject="tỷ lệ người dùng bị lừa", period=Y24),
    fig("gần 5,3 triệu", "5,3", 5.3e6, "count", "thuê bao", approx="nearly",
        subject="thuê bao sim rác thu hồi", period=ASOF),
    fig("khoảng 120 triệu", "120", 120e6, "count", "thuê bao", approx="about",
        subject="thuê bao di động chuẩn hóa thông tin", period=ASOF),
    fig("Có 4 nhà mạng", "4", 4, "count", "nhà mạng",
        subject="nhà mạng triển khai hiển thị tên định danh cho cuộc gọi từ doanh nghiệp"),
    fig("(3.105 phản ánh)", "3.105", 3105, "count", "phản ánh", subject="phản ánh",
        period=inh(Y24), location="TP Hồ Chí Minh"),
    fig("(2.870)", "2.870", 2870, "count", "phản ánh", subject="phản ánh",
        period=inh(Y24), location="Hà Nội"),
    fig("(1.240)", "1.240", 1240, "count", "phản ánh", subject="phản ánh",
        period=inh(Y24), location="Bình Dương"),
    fig("xếp thứ 17", "17", 17, "rank", "hạng", total=194,
        subject="Chỉ số an toàn thông tin toàn cầu"),
    fig("giảm 30%", "30", 30, "percent", "%", status="target",
        subject="giảm số vụ lừa đảo trực tuyến", period=Y25),
    fig("phấn đấu 80%", "80", 80, "percent", "%", status="target",
        subject="người dân được trang bị kỹ năng nhận diện lừa đảo", period=Y25),
]

NOTES = [
    "Ministry site (Bộ TT&TT): national figures 2024; breadcrumb, '08/01/2025 | 14:05 | Cục An toàn thông tin', address footer.",
    "Distractors: 14:05, 'quý I/2025', product name 'Tín Nhiệm Mạng 2.0', address '18 Nguyễn Du', 'Giấy phép số 56/GP-TTĐT'.",
    "'gấp 1,6 lần năm 2023' after 6.215 → change increase 1.6 lần. 'trong đó 4.380 trang' → total 6215.",
    "'Bình quân mỗi ngày ... khoảng 17 trang web' is a rate: measure 'trang web/ngày'.",
    "'Ước tính' governs both ';' clauses → estimate. 'Đến hết tháng 12/2024' is an as-of date (end only).",
    "List 'TP Hồ Chí Minh (3.105 phản ánh), Hà Nội (2.870) và Bình Dương (1.240)': places go to location, subject = the list's indicator.",
    "'xếp thứ 17 trong số 194 quốc gia': rank 17 with total 194 ('trong số N'); 194 is an attribute only. Default location Việt Nam.",
]

if __name__ == "__main__":
    write("p1369-4", TEXT, NOTES, FIGS, published="2025-01-08", location="Việt Nam")
