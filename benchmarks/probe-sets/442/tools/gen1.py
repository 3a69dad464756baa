from lib import Doc, P

TEXT = """Thanh Hóa: Thu ngân sách nhà nước 9 tháng năm 2024 ước đạt 83,6% dự toán
Cập nhật: 04/10/2024 16:42
Lượt xem: 2.047

Theo báo cáo của Cục Thuế tỉnh, tổng thu ngân sách nhà nước trên địa bàn tỉnh Thanh Hóa 9 tháng năm 2024 ước đạt 38.214 tỷ đồng, bằng 83,6% dự toán Trung ương giao, tăng 12,4% so với cùng kỳ năm 2023. Trong đó, thu nội địa ước đạt 27.905 tỷ đồng, bằng 86,2% dự toán; thu từ hoạt động xuất nhập khẩu ước đạt 10.309 tỷ đồng, bằng 77,1% dự toán, giảm 3,8% so với cùng kỳ.

Một số khoản thu lớn đạt khá như: thu từ khu vực doanh nghiệp có vốn đầu tư nước ngoài 9.512 tỷ đồng, chiếm 34,1% thu nội địa; thu tiền sử dụng đất 5.870 tỷ đồng, tăng 21,5%; thuế thu nhập cá nhân 1.346 tỷ đồng. Ngược lại, thu từ khu vực doanh nghiệp nhà nước mới đạt 61,3% dự toán, thu từ khu vực kinh tế ngoài quốc doanh đạt 72,8% dự toán.

Đến hết tháng 9/2024, toàn tỉnh có 2.318 doanh nghiệp, hộ kinh doanh đăng ký sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền, đạt 92,7% kế hoạch; từ đầu năm đến nay, các đơn vị này đã xuất hơn 14,6 triệu hóa đơn.

Dự toán thu ngân sách năm 2024 được giao tại Quyết định số 4867/QĐ-UBND ngày 12/12/2023 của UBND tỉnh là 45.700 tỷ đồng. Để hoàn thành dự toán, ngành Thuế phấn đấu 3 tháng cuối năm thu thêm khoảng 7.500 tỷ đồng. Cục Thuế cũng đặt chỉ tiêu đến ngày 31/12/2024 đưa tỷ lệ nợ thuế xuống dưới 5% tổng thu ngân sách.

Cục Thuế tỉnh Thanh Hóa - Số 12 Đại lộ Lê Lợi, phường Điện Biên, TP Thanh Hóa. Điện thoại: 0237.3852.414.
"""

d = Doc(1, TEXT, [
    "Cổng TTĐT tỉnh Thanh Hóa (province portal): thu NSNN 9 tháng năm 2024, parts, e-invoices from cash registers, year plan and targets.",
    "Dateline 'Cập nhật: 04/10/2024 16:42' + view counter 'Lượt xem: 2.047' (furniture). Distractors: Quyết định số 4867/QĐ-UBND, 12/12/2023,",
    "address 'Số 12 Đại lộ Lê Lợi', phone 0237.3852.414, '3 tháng cuối năm' (a period).",
    "Title percent is a figure of its own (estimate). 'Trong đó' parts take total 38.214 tỷ; 'bằng X% dự toán' is the percent; 'chiếm 34,1% thu nội địa'",
    "is the percent of 9.512 tỷ (no part cue, so no total). The 'như:' list has no whole figure before it. Shares of dự toán standing alone are percent figures.",
    "'từ đầu năm đến nay' runs to the dateline. The plan 'Dự toán ... là 45.700 tỷ' is status target; 'phấn đấu ... khoảng 7.500 tỷ' target for Oct-Dec 2024.",
], published="2024-10-04", location="Thanh Hóa")

Y9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
CK = "cùng kỳ"
TOT = 38214 * 10**9

d.f("ước đạt 83,6%", "83,6", "percent", "%", "thu ngân sách nhà nước so với dự toán", Y9, status="estimate")
d.f("ước đạt 38.214 tỷ đồng", "38.214", "money", "đồng", "tổng thu ngân sách nhà nước trên địa bàn tỉnh", Y9, mult="tỷ",
    percent=83.6, change={"direction": "increase", "value": 12.4, "unit": "%", "baseline": "cùng kỳ năm 2023"}, status="estimate")
d.f("thu nội địa ước đạt 27.905 tỷ đồng", "27.905", "money", "đồng", "thu nội địa", Y9i, mult="tỷ",
    total=TOT, percent=86.2, status="estimate")
d.f("ước đạt 10.309 tỷ đồng", "10.309", "money", "đồng", "thu từ hoạt động xuất nhập khẩu", Y9i, mult="tỷ",
    total=TOT, percent=77.1, change={"direction": "decrease", "value": 3.8, "unit": "%", "baseline": CK}, status="estimate")
d.f("ngoài 9.512 tỷ đồng", "9.512", "money", "đồng", "thu từ khu vực doanh nghiệp có vốn đầu tư nước ngoài", Y9i, mult="tỷ",
    percent=34.1)
d.f("đất 5.870 tỷ đồng", "5.870", "money", "đồng", "thu tiền sử dụng đất", Y9i, mult="tỷ",
    change={"direction": "increase", "value": 21.5, "unit": "%"})
d.f("nhân 1.346 tỷ đồng", "1.346", "money", "đồng", "thuế thu nhập cá nhân", Y9i, mult="tỷ")
d.f("mới đạt 61,3%", "61,3", "percent", "%", "thu từ khu vực doanh nghiệp nhà nước so với dự toán", Y9i)
d.f("đạt 72,8% dự toán", "72,8", "percent", "%", "thu từ khu vực kinh tế ngoài quốc doanh so với dự toán", Y9i)
d.f("có 2.318 doanh nghiệp", "2.318", "count", "doanh nghiệp, hộ kinh doanh",
    "doanh nghiệp, hộ kinh doanh đăng ký sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền",
    P("Đến hết tháng 9/2024", None, "2024-09-30"), percent=92.7)
d.f("hơn 14,6 triệu hóa đơn", "14,6", "count", "hóa đơn", "hóa đơn đã xuất",
    P("từ đầu năm đến nay", "2024-01-01", "2024-10-04"), mult="triệu", approx="over")
d.f("là 45.700 tỷ đồng", "45.700", "money", "đồng", "dự toán thu ngân sách", P("năm 2024", "2024-01-01", "2024-12-31"),
    mult="tỷ", status="target")
d.f("khoảng 7.500 tỷ đồng", "7.500", "money", "đồng", "thu ngân sách thêm",
    P("3 tháng cuối năm", "2024-10-01", "2024-12-31"), mult="tỷ", approx="about", status="target")
d.f("dưới 5% tổng", "5", "percent", "%", "tỷ lệ nợ thuế trên tổng thu ngân sách",
    P("đến ngày 31/12/2024", None, "2024-12-31"), approx="under", status="target")
d.write()
