#!/usr/bin/env python3
"""p495-1: province portal (Thanh Hóa) - thu ngân sách 6 tháng 2024, hóa đơn máy tính tiền, nợ thuế."""
from lib import fig, per, inh, chg, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Thu nội địa 6 tháng đầu năm đạt 61,3% dự toán
Cập nhật: 09/07/2024 15:42 | Lượt xem: 2.615

(Cổng TTĐT Thanh Hóa) - Theo Cục Thuế tỉnh, 6 tháng đầu năm 2024, tổng thu ngân sách nhà nước trên địa bàn ước đạt 24.512,6 tỷ đồng, tăng 18,4% so với cùng kỳ năm 2023. Trong đó, thu nội địa ước đạt 14.286,4 tỷ đồng, bằng 61,3% dự toán HĐND tỉnh giao; thu từ hoạt động xuất nhập khẩu ước đạt 10.226,2 tỷ đồng.

Có 13/17 khoản thu nội địa đạt trên 50% dự toán. Thu từ doanh nghiệp có vốn đầu tư nước ngoài đạt 3.874 tỷ đồng, tăng 25,6%; thu tiền sử dụng đất đạt 2.150 tỷ đồng, mới bằng 43% dự toán. Thu từ khu vực kinh tế ngoài quốc doanh đạt 2.836 tỷ đồng, trong đó thuế của hộ, cá nhân kinh doanh khoảng 312 tỷ đồng.

Đến ngày 30/6/2024, toàn tỉnh có 2.148 doanh nghiệp và 3.935 hộ kinh doanh sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền, với hơn 18,6 triệu hóa đơn được cấp mã.

Về quản lý nợ, tổng số tiền thuế nợ đến 30/6/2024 là 1.742 tỷ đồng, giảm 6,2% so với thời điểm 31/12/2023, bằng 12,2% tổng thu nội địa. Trong 6 tháng, ngành thuế đã thu hồi 486 tỷ đồng tiền nợ đọng, ban hành 2.317 quyết định cưỡng chế và công khai thông tin 145 doanh nghiệp nợ thuế.

Phấn đấu năm 2024 thu nội địa đạt 25.500 tỷ đồng, tỷ lệ nợ thuế không quá 5% tổng thu ngân sách. Mọi thông tin xin liên hệ Phòng Tuyên truyền - Hỗ trợ người nộp thuế, số 14 Hạc Thành, TP Thanh Hóa, điện thoại 0237.3852.417.
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = per("Đến ngày 30/6/2024", end="2024-06-30")

FIGS = [
    fig("đầu năm đạt 61,3% dự toán", "61,3", 61.3, "percent", "%", "thu nội địa so với dự toán",
        per("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    fig("ước đạt 24.512,6 tỷ đồng", "24.512,6", 24512.6e9, "money", "đồng",
        "tổng thu ngân sách nhà nước trên địa bàn", H1,
        change=chg("increase", 18.4, baseline="cùng kỳ năm 2023"), status="estimate"),
    fig("ước đạt 14.286,4 tỷ đồng", "14.286,4", 14286.4e9, "money", "đồng", "thu nội địa", inh(H1),
        total=24512.6e9, percent=61.3, status="estimate"),
    fig("ước đạt 10.226,2 tỷ đồng", "10.226,2", 10226.2e9, "money", "đồng", "thu từ hoạt động xuất nhập khẩu",
        inh(H1), total=24512.6e9, status="estimate"),
    fig("Có 13/17 khoản thu", "13", 13, "count", "khoản thu", "khoản thu nội địa đạt trên 50% dự toán", inh(H1),
        total=17),
    fig("đạt trên 50% dự toán", "50", 50, "percent", "%", "khoản thu nội địa đạt trên 50% dự toán",
        approx="over", optional=True),
    fig("đạt 3.874 tỷ đồng", "3.874", 3874e9, "money", "đồng", "thu từ doanh nghiệp có vốn đầu tư nước ngoài",
        inh(H1), change=chg("increase", 25.6)),
    fig("đạt 2.150 tỷ đồng", "2.150", 2150e9, "money", "đồng", "thu tiền sử dụng đất", inh(H1), percent=43),
    fig("đạt 2.836 tỷ đồng", "2.836", 2836e9, "money", "đồng", "thu từ khu vực kinh tế ngoài quốc doanh", inh(H1)),
    fig("khoảng 312 tỷ đồng", "312", 312e9, "money", "đồng", "thuế của hộ, cá nhân kinh doanh", inh(H1),
        approx="about", total=2836e9),
    fig("có 2.148 doanh nghiệp", "2.148", 2148, "count", "doanh nghiệp",
        "doanh nghiệp sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền", ASOF),
    fig("và 3.935 hộ kinh doanh", "3.935", 3935, "count", "hộ kinh doanh",
        "hộ kinh doanh sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền", ASOF),
    fig("hơn 18,6 triệu hóa đơn", "18,6", 18.6e6, "count", "hóa đơn", "hóa đơn khởi tạo từ máy tính tiền được cấp mã",
        ASOF, approx="over"),
    fig("là 1.742 tỷ đồng", "1.742", 1742e9, "money", "đồng", "tổng số tiền thuế nợ",
        per("đến 30/6/2024", end="2024-06-30"), percent=12.2,
        change=chg("decrease", 6.2, baseline="thời điểm 31/12/2023")),
    fig("thu hồi 486 tỷ đồng", "486", 486e9, "money", "đồng", "tiền nợ đọng thu hồi",
        per("Trong 6 tháng", "2024-01-01", "2024-06-30")),
    fig("ban hành 2.317 quyết định", "2.317", 2317, "count", "quyết định", "quyết định cưỡng chế",
        per("Trong 6 tháng", "2024-01-01", "2024-06-30")),
    fig("thông tin 145 doanh nghiệp", "145", 145, "count", "doanh nghiệp", "doanh nghiệp nợ thuế công khai thông tin",
        per("Trong 6 tháng", "2024-01-01", "2024-06-30")),
    fig("đạt 25.500 tỷ đồng", "25.500", 25500e9, "money", "đồng", "thu nội địa",
        per("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    fig("không quá 5% tổng thu", "5", 5, "percent", "%", "tỷ lệ nợ thuế trên tổng thu ngân sách",
        per("năm 2024", "2024-01-01", "2024-12-31"), approx="at_most", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thanh Hóa (province portal): thu ngân sách 6 tháng đầu năm 2024, hóa đơn điện tử từ máy tính tiền, nợ thuế.",
    "'Cập nhật: 09/07/2024 15:42' is the dateline; 'Lượt xem: 2.615', 'số 14 Hạc Thành', the phone number are not figures.",
    "Headline 61,3% is a percent figure of its own (no cue: actual); in the body it is the percent of 14.286,4 tỷ.",
    "'trên 50% dự toán' is a threshold that names the 13 khoản thu (optional). 'Trong 6 tháng' takes 2024 from 30/6/2024.",
]

if __name__ == "__main__":
    emit("p495-1", TEXT, COMMENTS, FIGS, published="2024-07-09", location="Thanh Hóa")
