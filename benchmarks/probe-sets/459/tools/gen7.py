from lib import *
T = """SỞ TÀI CHÍNH TỈNH QUẢNG NINH
Địa chỉ: Tầng 6, Trụ sở Liên cơ quan số 3, phường Hồng Hà, TP Hạ Long

Thu ngân sách 8 tháng năm 2024 đạt 61% dự toán

Theo báo cáo của Sở Tài chính, tổng thu ngân sách nhà nước trên địa bàn tỉnh Quảng Ninh tháng 8/2024 ước đạt 4.153 tỷ đồng, giảm 5,4% so với tháng 7. Lũy kế 8 tháng năm 2024, tổng thu ngân sách ước đạt 32.390 tỷ đồng, bằng 61% dự toán Trung ương giao và 58% dự toán HĐND tỉnh giao, tăng 3,2% so với cùng kỳ.

Trong đó, thu nội địa đạt 24.516 tỷ đồng, chiếm 75,7% tổng thu; thu từ hoạt động xuất nhập khẩu 7.874 tỷ đồng, chỉ bằng 52,5% dự toán, giảm 9,6% so với cùng kỳ do kim ngạch nhập khẩu than và xăng dầu sụt giảm. Trong thu nội địa, có 12/16 khoản thu đạt tiến độ dự toán. Đáng chú ý, thu tiền sử dụng đất mới đạt 2.180 tỷ đồng, bằng 31% dự toán.

Tổng chi ngân sách địa phương 8 tháng ước 21.745 tỷ đồng, bằng 55,9% dự toán; trong đó chi đầu tư phát triển 10.260 tỷ đồng, chi thường xuyên 11.485 tỷ đồng. Tỷ lệ giải ngân vốn đầu tư công tính đến 31/8/2024 đạt 49,3%, cao hơn bình quân cả nước (khoảng 40,5%).

Để hoàn thành dự toán năm 2024 là 54.500 tỷ đồng, những tháng cuối năm tỉnh phấn đấu thu khoảng 22.100 tỷ đồng. Tổng thu ngân sách giai đoạn 2021-2025 dự kiến đạt trên 250 nghìn tỷ đồng.

Hotline hỗ trợ người nộp thuế: 1900 2345 - nhánh 3.
"""
HDR = """Department site (Sở Tài chính Quảng Ninh), no dateline at all. Title figure 'đạt 61% dự toán' is a percent figure of its own.
Distractors: 'Tầng 6', 'Trụ sở Liên cơ quan số 3' (a name), hotline '1900 2345 - nhánh 3', baseline 'tháng 7', 'giai đoạn 2021-2025' as period.
'bằng 61% dự toán Trung ương giao và 58% dự toán HĐND tỉnh giao': first share is the attribute, the second an optional percent figure.
Parts after 'Trong đó' (new sentence) take total 32.390 tỷ and are actual (own verb, no cue); parts after '; trong đó' in the spending
sentence continue the 'ước' clause (estimate). '12/16 khoản thu': total 16. '(khoảng 40,5%)' is the national average, a figure of its own.
'dự toán năm 2024 là 54.500 tỷ đồng' is a plan (target); 'phấn đấu thu khoảng 22.100 tỷ' target without a stated period;
'dự kiến đạt trên 250 nghìn tỷ' forecast for giai đoạn 2021-2025."""
N8 = P("Lũy kế 8 tháng năm 2024", "2024-01-01", "2024-08-31")
N8i = P("Lũy kế 8 tháng năm 2024", "2024-01-01", "2024-08-31", inh=True)
TT = 32390000000000
C = 21745000000000
figs = [
 F("đạt 61% dự toán", "61", 61, "percent", "%", "thu ngân sách 8 tháng so với dự toán", P("8 tháng năm 2024", "2024-01-01", "2024-08-31")),
 F("ước đạt 4.153 tỷ đồng", "4.153", 4153000000000, "money", "đồng", "tổng thu ngân sách nhà nước trên địa bàn tỉnh",
   P("tháng 8/2024", "2024-08-01", "2024-08-31"), status="estimate", change=CH("decrease", 5.4, baseline="tháng 7")),
 F("ước đạt 32.390 tỷ đồng", "32.390", TT, "money", "đồng", "tổng thu ngân sách", N8, status="estimate", percent=61,
   change=CH("increase", 3.2, baseline="cùng kỳ")),
 F("và 58% dự toán", "58", 58, "percent", "%", "tổng thu ngân sách so với dự toán HĐND tỉnh giao", N8, status="estimate", optional=True),
 F("đạt 24.516 tỷ đồng", "24.516", 24516000000000, "money", "đồng", "thu nội địa", N8i, total=TT, percent=75.7),
 F("xuất nhập khẩu 7.874 tỷ đồng", "7.874", 7874000000000, "money", "đồng", "thu từ hoạt động xuất nhập khẩu", N8i,
   total=TT, percent=52.5, change=CH("decrease", 9.6, baseline="cùng kỳ")),
 F("có 12/16 khoản thu", "12", 12, "count", "khoản thu", "khoản thu đạt tiến độ dự toán", N8i, total=16),
 F("mới đạt 2.180 tỷ đồng", "2.180", 2180000000000, "money", "đồng", "thu tiền sử dụng đất", N8i, percent=31),
 F("ước 21.745 tỷ đồng", "21.745", C, "money", "đồng", "tổng chi ngân sách địa phương", P("8 tháng", "2024-01-01", "2024-08-31"),
   status="estimate", percent=55.9),
 F("phát triển 10.260 tỷ đồng", "10.260", 10260000000000, "money", "đồng", "chi đầu tư phát triển",
   P("8 tháng", "2024-01-01", "2024-08-31"), status="estimate", total=C),
 F("thường xuyên 11.485 tỷ đồng", "11.485", 11485000000000, "money", "đồng", "chi thường xuyên",
   P("8 tháng", "2024-01-01", "2024-08-31"), status="estimate", total=C),
 F("đạt 49,3%", "49,3", 49.3, "percent", "%", "tỷ lệ giải ngân vốn đầu tư công", P("tính đến 31/8/2024", None, "2024-08-31")),
 F("(khoảng 40,5%)", "40,5", 40.5, "percent", "%", "tỷ lệ giải ngân vốn đầu tư công bình quân cả nước",
   P("tính đến 31/8/2024", None, "2024-08-31"), approx="about", location="Việt Nam"),
 F("là 54.500 tỷ đồng", "54.500", 54500000000000, "money", "đồng", "dự toán thu ngân sách năm 2024",
   P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
 F("thu khoảng 22.100 tỷ đồng", "22.100", 22100000000000, "money", "đồng", "thu ngân sách những tháng cuối năm",
   approx="about", status="target"),
 F("trên 250 nghìn tỷ đồng", "250", 250000000000000, "money", "đồng", "tổng thu ngân sách",
   P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), approx="over", status="forecast"),
]
write("p459-7", T, HDR, figs, location="Quảng Ninh")
