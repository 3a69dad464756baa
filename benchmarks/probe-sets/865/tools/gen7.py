"""p865-7: department site (Sở Xây dựng Cần Thơ), no dateline, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ XÂY DỰNG THÀNH PHỐ CẦN THƠ
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả tiết kiệm điện trong chiếu sáng công cộng

Thực hiện Chỉ thị số 20/CT-TTg ngày 8/6/2023 của Thủ tướng Chính phủ về tăng cường tiết kiệm điện, hệ thống chiếu sáng công cộng trên địa bàn thành phố đã tắt bớt 50% số bóng đèn sau 22 giờ trên các tuyến đường có lưu lượng giao thông thấp.

Năm 2023, tổng điện năng tiêu thụ của hệ thống là 18,4 triệu kWh, giảm 1,9 triệu kWh so với năm 2022; 9 tháng đầu năm 2024 ước đạt 12,6 triệu kWh, bằng 91,5% cùng kỳ. Số bộ đèn theo loại như sau:

Đơn vị tính: bộ đèn
Loại đèn
Năm 2022
Năm 2023
Kế hoạch 2024
Đèn LED
21.350
26.480
31.000
Đèn cao áp sodium
14.920
10.150
6.000
Đèn compact và loại khác
2.310
1.740
900
Tổng số
38.580
38.370
37.900

Tỷ lệ đèn LED tăng từ 55,3% năm 2022 lên 69% năm 2023. Các quận Ninh Kiều, Cái Răng, Bình Thủy có tỷ lệ đèn LED lần lượt là 92%, 78% và 74%.

Sở đang phối hợp với Công ty Cổ phần Công trình đô thị Cần Thơ lắp đặt 120 tủ điều khiển thông minh; mục tiêu đến cuối năm 2025 có 350 tủ điện được điều khiển tập trung. Ước tính mỗi tủ điều khiển thông minh giúp tiết kiệm thêm 15-20% điện năng.

SỞ XÂY DỰNG THÀNH PHỐ CẦN THƠ
Địa chỉ: Số 25 Ngô Hữu Hạnh, phường Tân An, quận Ninh Kiều, TP. Cần Thơ
Điện thoại: 0292.3820.374 - Fax: 0292.3820.390
Lượt truy cập: 1.286.455 | Đang online: 37
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")


def cells(label, anchors, values, numbers):
    out = []
    for a, v, n, per, st in zip(anchors, values, numbers, (Y22, Y23, K24), ("actual", "actual", "target")):
        subj = label + (" kế hoạch 2024" if st == "target" else "")
        kw = {"status": st} if st != "actual" else {}
        out.append(F(a, n, v, "count", "bộ đèn", subj, per, **kw))
    return out


FIGS = [
    F("tắt bớt 50%", "50", 50, "percent", "%", "số bóng đèn tắt bớt sau 22 giờ"),
    F("là 18,4 triệu kWh", "18,4", 18400000, "measure", "kWh", "tổng điện năng tiêu thụ của hệ thống chiếu sáng công cộng",
      Y23, change=C("decrease", 1900000, "kWh", "năm 2022")),
    F("ước đạt 12,6 triệu kWh", "12,6", 12600000, "measure", "kWh", "điện năng tiêu thụ của hệ thống chiếu sáng công cộng",
      P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30"), percent=91.5, status="estimate"),
    *cells("Đèn LED", ("21.350", "26.480", "31.000"), (21350, 26480, 31000), ("21.350", "26.480", "31.000")),
    *cells("Đèn cao áp sodium", ("14.920", "10.150", "6.000"), (14920, 10150, 6000), ("14.920", "10.150", "6.000")),
    *cells("Đèn compact và loại khác", ("2.310", "1.740", "\n900\n"), (2310, 1740, 900), ("2.310", "1.740", "900")),
    *cells("Tổng số bộ đèn", ("38.580", "38.370", "37.900"), (38580, 38370, 37900), ("38.580", "38.370", "37.900")),
    F("từ 55,3%", "55,3", 55.3, "percent", "%", "tỷ lệ đèn LED", P("năm 2022", "2022-01-01", "2022-12-31")),
    F("lên 69%", "69", 69, "percent", "%", "tỷ lệ đèn LED", P("năm 2023", "2023-01-01", "2023-12-31")),
    F("lần lượt là 92%", "92", 92, "percent", "%", "tỷ lệ đèn LED", location="Ninh Kiều"),
    F("92%, 78%", "78", 78, "percent", "%", "tỷ lệ đèn LED", location="Cái Răng"),
    F("và 74%", "74", 74, "percent", "%", "tỷ lệ đèn LED", location="Bình Thủy"),
    F("lắp đặt 120 tủ", "120", 120, "count", "tủ điều khiển thông minh", "tủ điều khiển thông minh lắp đặt"),
    F("có 350 tủ", "350", 350, "count", "tủ điện", "tủ điện được điều khiển tập trung",
      P("đến cuối năm 2025", end="2025-12-31"), status="target"),
    F("thêm 15-20%", "15", 15, "percent", "%", "điện năng mỗi tủ điều khiển thông minh giúp tiết kiệm thêm",
      value_max=20, status="estimate"),
]

NOTES = [
    "Department site (Sở Xây dựng Cần Thơ) with no dateline (published absent; 'ngày 8/6/2023' dates the Chỉ thị, not the page).",
    "One-cell-per-line table (Đơn vị tính: bộ đèn): period from each column header (scored), 'Kế hoạch 2024' -> status target;",
    "'Tổng số' row is its own figure; no totals on table cells.",
    "'giảm 1,9 triệu kWh so với năm 2022' -> change in kWh of 18,4 triệu kWh; 'bằng 91,5% cùng kỳ' -> percent of 12,6 triệu kWh.",
    "'tăng từ 55,3% năm 2022 lên 69% năm 2023' -> two percent figures, no change value stated. 'lần lượt' list -> districts in location.",
    "'Ước tính ... 15-20%' -> estimate. 'Chỉ thị số 20/CT-TTg', '22 giờ', address, phone/fax, 'Lượt truy cập', 'Đang online: 37': not figures.",
]

write("p865-7", TEXT, NOTES, FIGS, location="Cần Thơ")
