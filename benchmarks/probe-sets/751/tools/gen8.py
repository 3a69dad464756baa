#!/usr/bin/env python3
"""p751-8: commune portal (xã Sơn Trung, Hương Sơn) — velvet cooperative: 9-month purchases and revenue, Q3, prices, wages, 2025 targets."""
from lib import F, P, I, CH, TG, emit

TEXT = """UBND XÃ SƠN TRUNG - HUYỆN HƯƠNG SƠN
Trang chủ » Tin tức » Kinh tế - Nông nghiệp
Đăng lúc: 09:30 ngày 15/10/2024

HTX Nhung hươu Sơn Trung: doanh thu 9 tháng đạt 6,4 tỷ đồng

Chiều 14/10, Hợp tác xã Nhung hươu Sơn Trung tổ chức hội nghị sơ kết hoạt động 9 tháng năm 2024. Theo báo cáo, 9 tháng qua HTX thu mua, tiêu thụ 280 kg nhung hươu của xã viên và người dân, tăng 18% so với cùng kỳ; doanh thu đạt 6,4 tỷ đồng, bằng 80% kế hoạch năm; lợi nhuận ước đạt 720 triệu đồng.

HTX hiện có 86 xã viên, tăng 12 xã viên so với cuối năm 2023, quản lý đàn hươu 1.940 con. Riêng quý III, HTX tiêu thụ 35 kg nhung, chủ yếu dưới dạng nhung sấy khô và rượu nhung. Sản phẩm cao nhung hươu của HTX đạt chứng nhận OCOP 3 sao năm 2022, giá bán 1.250.000 đồng/lọ 100 gram.

Giá thu mua nhung tươi của HTX cao hơn giá thị trường từ 100.000 đến 150.000 đồng/lạng. Thu nhập bình quân của lao động làm việc tại HTX đạt 7,5 triệu đồng/người/tháng.

Năm 2025, HTX phấn đấu doanh thu đạt 10 tỷ đồng, mở rộng liên kết với 150 hộ nuôi tại 4 xã Sơn Trung, Sơn Bằng, Sơn Lâm và Sơn Hàm.

Hội nghị đã bầu bổ sung 2 thành viên Hội đồng quản trị HTX nhiệm kỳ 2024-2029.

Địa chỉ HTX: xóm 3, xã Sơn Trung, cạnh Quốc lộ 8A (Km 62). Hotline: 0912.345.678.
"""

M9Q = P("9 tháng qua", "2024-01-01", "2024-09-30")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("tháng đạt 6,4 tỷ", "6,4", 6400000000, "money", "đồng", "doanh thu HTX Nhung hươu Sơn Trung",
      P("9 tháng", "2024-01-01", "2024-09-30")),
    F("tiêu thụ 280 kg", "280", 280, "measure", "kg", "nhung hươu HTX thu mua, tiêu thụ", M9Q,
      change=CH("increase", 18, baseline="cùng kỳ")),
    F("doanh thu đạt 6,4 tỷ", "6,4", 6400000000, "money", "đồng", "doanh thu", M9Q, percent=80),
    F("ước đạt 720 triệu", "720", 720000000, "money", "đồng", "lợi nhuận", M9Q, status="estimate"),
    F("có 86 xã viên", "86", 86, "count", "xã viên", "xã viên HTX",
      change=CH("increase", 12, unit="xã viên", baseline="cuối năm 2023")),
    F("đàn hươu 1.940 con", "1.940", 1940, "count", "con", "đàn hươu HTX quản lý"),
    F("tiêu thụ 35 kg", "35", 35, "measure", "kg", "nhung HTX tiêu thụ", P("quý III", "2024-07-01", "2024-09-30")),
    F("bán 1.250.000 đồng", "1.250.000", 1250000, "money", "đồng/lọ", "giá bán cao nhung hươu"),
    F("lọ 100 gram", "100", 100, "measure", "gram", "khối lượng mỗi lọ cao nhung", optional=True),
    F("từ 100.000 đến 150.000", "100.000", 100000, "money", "đồng/lạng",
      "mức giá thu mua nhung tươi của HTX cao hơn giá thị trường", value_max=150000),
    F("đạt 7,5 triệu", "7,5", 7500000, "money", "đồng/người/tháng", "thu nhập bình quân của lao động làm việc tại HTX"),
    F("đạt 10 tỷ", "10", 10000000000, "money", "đồng", "doanh thu", Y25, status="target"),
    F("với 150 hộ", "150", 150, "count", "hộ", "hộ nuôi liên kết với HTX", Y25, status="target"),
    F("tại 4 xã", "4", 4, "count", "xã", "xã có hộ nuôi liên kết với HTX", Y25, status="target"),
    F("bổ sung 2 thành viên", "2", 2, "count", "thành viên", "thành viên Hội đồng quản trị HTX được bầu bổ sung"),
]

COMMENTS = [
    "Commune portal (UBND xã Sơn Trung, huyện Hương Sơn): 'Đăng lúc: 09:30 ngày 15/10/2024'; HTX Nhung hươu Sơn Trung 9-month review.",
    "The headline's '9 tháng' takes the dateline's year. 'bằng 80% kế hoạch năm' is the percent of 6,4 tỷ; 'lợi nhuận ước đạt' is an estimate.",
    "'cao hơn giá thị trường từ 100.000 đến 150.000 đồng/lạng' has no base amount: a money figure (range) of its own, no change.",
    "'1.250.000 đồng/lọ 100 gram': the jar size is part of the price unit; '100 gram' optional. 'OCOP 3 sao' (a rating level) is not a figure.",
    "Distractors: 'Chiều 14/10', 'nhiệm kỳ 2024-2029', 'xóm 3', 'Quốc lộ 8A', 'Km 62', hotline 0912.345.678.",
    "A commune is not a location: everything is Hương Sơn. 'Năm 2025 … phấn đấu' makes the three figures of that sentence targets.",
]

if __name__ == "__main__":
    emit("p751-8", TEXT, COMMENTS, FIGS, published="2024-10-15", location="Hương Sơn")
