from lib import Doc, P

TEXT = """Thu ngân sách nhà nước 11 tháng ước đạt 1,85 triệu tỷ đồng
17:05 | 03/12/2024

(MOF) - Theo báo cáo của Bộ Tài chính, tổng thu ngân sách nhà nước (NSNN) 11 tháng năm 2024 ước đạt 1.853,4 nghìn tỷ đồng, bằng 108,9% dự toán, tăng 16,1% so với cùng kỳ năm 2023. Trong đó, thu nội địa ước đạt 1.558,2 nghìn tỷ đồng, bằng 110,3% dự toán, tăng 17,4%; thu từ dầu thô ước đạt 54,6 nghìn tỷ đồng, bằng 118,7% dự toán; thu cân đối từ hoạt động xuất nhập khẩu ước đạt 240,6 nghìn tỷ đồng, bằng 96,4% dự toán.

Riêng tháng 11, thu NSNN ước đạt 131,7 nghìn tỷ đồng, giảm 9,2% so với tháng trước.

Có 48/63 địa phương thu nội địa đạt trên 100% dự toán; nhiều địa phương có số thu lớn tăng khá so với cùng kỳ như Hà Nội (tăng 21,8%), TP Hồ Chí Minh (tăng 14,6%), Hải Phòng (tăng 12,3%), Bắc Ninh (tăng 19,5%).

Về quản lý hóa đơn, từ ngày 1/7/2022 đến ngày 30/11/2024, hệ thống hóa đơn điện tử của ngành Thuế đã tiếp nhận, xử lý hơn 7,4 tỷ hóa đơn, trong đó có 6,2 tỷ hóa đơn không có mã và gần 1,2 tỷ hóa đơn có mã của cơ quan thuế. Tính đến cuối tháng 11/2024, số doanh nghiệp, hộ kinh doanh sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền là 82.347 đơn vị, trong đó có 58.219 hộ, cá nhân kinh doanh.

Bộ Tài chính yêu cầu cơ quan thuế các cấp quyết liệt thu hồi nợ đọng, chống thất thu, phấn đấu năm 2024 tổng thu NSNN vượt khoảng 15% dự toán được Quốc hội giao tại Nghị quyết số 104/2023/QH15.
"""

d = Doc(6, TEXT, [
    "Ministry site (Bộ Tài chính, tag '(MOF)'): national budget revenue, 11 months 2024, e-invoices. Dateline '17:05 | 03/12/2024' (time first).",
    "'1,85 triệu tỷ' = 1,85·10^15 and '1.853,4 nghìn tỷ' = 1.853,4·10^12. The title's '11 tháng' takes the year of the dateline (nothing earlier).",
    "'Trong đó' parts take total 1.853,4 nghìn tỷ, each with its share of dự toán; 'tăng 17,4%' (no baseline) is the change of thu nội địa.",
    "'tháng 11' → November 2024. '48/63 địa phương' total 63, location Việt Nam (a count of provinces); 'trên 100% dự toán' a threshold: optional.",
    "Growth-rate list 'Hà Nội (tăng 21,8%)': percent figures, no change object, location per item, period inherited from the first paragraph.",
    "'từ ngày 1/7/2022 đến ngày 30/11/2024' is the period of the invoice counts; 'trong đó' parts take 7,4 tỷ and 82.347.",
    "'vượt khoảng 15% dự toán' with no base amount: a target percent figure (about). Distractor: Nghị quyết số 104/2023/QH15.",
], published="2024-12-03", location="Việt Nam")

M11 = P("11 tháng năm 2024", "2024-01-01", "2024-11-30")
M11i = P("11 tháng năm 2024", "2024-01-01", "2024-11-30", inherited=True)
TOT = 18534 * 10**11
d.f("ước đạt 1,85 triệu tỷ đồng", "1,85", "money", "đồng", "Thu ngân sách nhà nước",
    P("11 tháng", "2024-01-01", "2024-11-30"), mult="triệu tỷ", status="estimate")
d.f("ước đạt 1.853,4 nghìn tỷ đồng", "1.853,4", "money", "đồng", "tổng thu ngân sách nhà nước (NSNN)", M11,
    mult="nghìn tỷ", percent=108.9, status="estimate",
    change={"direction": "increase", "value": 16.1, "unit": "%", "baseline": "cùng kỳ năm 2023"})
d.f("ước đạt 1.558,2 nghìn tỷ đồng", "1.558,2", "money", "đồng", "thu nội địa", M11i, mult="nghìn tỷ", total=TOT,
    percent=110.3, change={"direction": "increase", "value": 17.4, "unit": "%"}, status="estimate")
d.f("ước đạt 54,6 nghìn tỷ đồng", "54,6", "money", "đồng", "thu từ dầu thô", M11i, mult="nghìn tỷ", total=TOT,
    percent=118.7, status="estimate")
d.f("ước đạt 240,6 nghìn tỷ đồng", "240,6", "money", "đồng", "thu cân đối từ hoạt động xuất nhập khẩu", M11i,
    mult="nghìn tỷ", total=TOT, percent=96.4, status="estimate")
d.f("ước đạt 131,7 nghìn tỷ đồng", "131,7", "money", "đồng", "thu NSNN", P("tháng 11", "2024-11-01", "2024-11-30"),
    mult="nghìn tỷ", status="estimate", change={"direction": "decrease", "value": 9.2, "unit": "%", "baseline": "tháng trước"})
d.f("Có 48/63 địa phương", "48", "count", "địa phương", "địa phương thu nội địa đạt trên 100% dự toán", M11i, total=63)
d.f("trên 100% dự toán", "100", "percent", "%", "thu nội địa so với dự toán", M11i, approx="over", optional=True)
G = "số thu tăng so với cùng kỳ"
for place, v in [("Hà Nội", "21,8"), ("TP Hồ Chí Minh", "14,6"), ("Hải Phòng", "12,3"), ("Bắc Ninh", "19,5")]:
    d.f(f"{place} (tăng {v}%)", v, "percent", "%", G, M11i, location=place)
INV = P("từ ngày 1/7/2022 đến ngày 30/11/2024", "2022-07-01", "2024-11-30")
d.f("hơn 7,4 tỷ hóa đơn", "7,4", "count", "hóa đơn", "hóa đơn điện tử được hệ thống tiếp nhận, xử lý", INV, mult="tỷ",
    approx="over")
d.f("có 6,2 tỷ hóa đơn", "6,2", "count", "hóa đơn", "hóa đơn không có mã", INV, mult="tỷ", total=74 * 10**8)
d.f("gần 1,2 tỷ hóa đơn", "1,2", "count", "hóa đơn", "hóa đơn có mã của cơ quan thuế", INV, mult="tỷ",
    approx="nearly", total=74 * 10**8)
N = P("Tính đến cuối tháng 11/2024", None, "2024-11-30")
d.f("là 82.347 đơn vị", "82.347", "count", "đơn vị",
    "doanh nghiệp, hộ kinh doanh sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền", N)
d.f("có 58.219 hộ", "58.219", "count", "hộ, cá nhân kinh doanh", "hộ, cá nhân kinh doanh", N, total=82347)
d.f("khoảng 15% dự toán", "15", "percent", "%", "tổng thu NSNN vượt dự toán", P("năm 2024", "2024-01-01", "2024-12-31"),
    approx="about", status="target")
d.write()
