from lib import Doc, P, C, T

TEXT = """ỦY BAN NHÂN DÂN
THÀNH PHỐ SA ĐÉC
Số: 45/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Sa Đéc, ngày 20 tháng 02 năm 2025

BÁO CÁO
Kết quả sản xuất, tiêu thụ hoa kiểng Tết Nguyên đán Ất Tỵ năm 2025

I. TÌNH HÌNH SẢN XUẤT
Thực hiện Kế hoạch số 318/KH-UBND ngày 25/7/2024, từ tháng 8/2024 đến tháng 01/2025 nông dân thành phố đã xuống giống hoa kiểng Tết với kết quả như sau:

Bảng 1. Sản lượng hoa kiểng Tết theo chủng loại
Đơn vị tính: nghìn chậu
Chủng loại | Kế hoạch | Thực hiện | So kế hoạch (%) | So cùng kỳ (%)
Cúc mâm xôi | 650 | 682 | 104,9 | 106,2
Vạn thọ, cúc các loại | 480 | 495 | 103,1 | 101,5
Hoa kiểng khác | 870 | 903 | 103,8 | 108,0
Tổng cộng | 2.000 | 2.080 | 104,0 | 105,6

Diện tích hoa kiểng toàn thành phố đạt 726 ha, trong đó hoa 528 ha, kiểng 198 ha; có 3.120 hộ tham gia sản xuất, tập trung tại phường Tân Quy Đông và xã Tân Khánh Đông.

II. TÌNH HÌNH TIÊU THỤ
Lượng hoa kiểng tiêu thụ đạt khoảng 98% sản lượng; giá cúc mâm xôi từ 140.000 đến 180.000 đồng/cặp, ổn định so với năm trước. Tổng doanh thu hoa kiểng Tết ước đạt 620 tỷ đồng, tăng 7,5% so với Tết Giáp Thìn 2024. Lễ hội Hoa Xuân thu hút hơn 1,2 triệu lượt khách tham quan.

III. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu diện tích hoa kiểng đạt 750 ha; xây dựng thêm 5 mô hình ứng dụng công nghệ cao; tiếp tục thực hiện Quyết định số 1582/QĐ-UBND.HC của UBND tỉnh Đồng Tháp.

Nơi nhận:
- UBND tỉnh (b/c);
- Sở NN&PTNT;
- Lưu: VT, KT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Thanh Tùng
"""

d = Doc("p310-4", TEXT, [
    "Formal report with letterhead (UBND thành phố Sa Đéc, Đồng Tháp, 'Số: 45/BC-UBND'); the place-and-date line gives published 2025-02-20.",
    "Flattened '|' table with 'Đơn vị tính: nghìn chậu': the multiplier applies (650 → 650.000 chậu); the two '(%)' columns are percents.",
    "'Kế hoạch' cells are status target; result cells actual. Every numeric cell is a figure; subject = column + row label; no totals for cells.",
    "Period of the table: 'từ tháng 8/2024 đến tháng 01/2025' in the sentence above (inherited, not scored).",
    "'726 ha, trong đó hoa 528 ha, kiểng 198 ha': parts with total 726. 'khoảng 98% sản lượng': a percent figure (no base amount).",
    "'tăng 7,5% so với Tết Giáp Thìn 2024': change of 620 tỷ, baseline the previous Tết. Section III targets take 'NĂM 2025' (inherited).",
    "Distractors: document numbers (45/BC-UBND, 318/KH-UBND, 1582/QĐ-UBND.HC), dates, 'Bảng 1', section numbers, 'Lưu: VT, KT'.",
], published="2025-02-20", location="Sa Đéc")

PT = P("từ tháng 8/2024 đến tháng 01/2025", "2024-08-01", "2025-01-31", inh=True)
P25i = P("NĂM 2025", "2025-01-01", "2025-12-31", inh=True)

rows = [("Cúc mâm xôi", "650", "682", "104,9", "106,2"),
        ("Vạn thọ, cúc các loại", "480", "495", "103,1", "101,5"),
        ("Hoa kiểng khác", "870", "903", "103,8", "108,0"),
        ("Tổng cộng", "2.000", "2.080", "104,0", "105,6")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


for label, kh, th, skh, sck in rows:
    line = f"{label} | {kh} | {th} | {skh} | {sck}"
    d.f(f"{label} | {kh} |", kh, int(num(kh) * 1000), "count", "chậu", f"sản lượng {label} kế hoạch",
        status="target", period=PT)
    d.f(f"| {kh} | {th} |", th, int(num(th) * 1000), "count", "chậu", f"sản lượng {label} thực hiện", period=PT)
    d.f(f"| {th} | {skh} |", skh, num(skh), "percent", "%", f"{label} thực hiện so kế hoạch", period=PT)
    d.f(f"| {skh} | {sck}\n", sck, num(sck), "percent", "%", f"{label} thực hiện so cùng kỳ", period=PT)

d.f("đạt 726 ha", "726", 726, "measure", "ha", "diện tích hoa kiểng")
d.f("hoa 528 ha", "528", 528, "measure", "ha", "diện tích hoa", total=726)
d.f("kiểng 198 ha", "198", 198, "measure", "ha", "diện tích kiểng", total=726)
d.f("có 3.120 hộ", "3.120", 3120, "count", "hộ", "hộ tham gia sản xuất hoa kiểng")
d.f("khoảng 98%", "98", 98, "percent", "%", "lượng hoa kiểng tiêu thụ", approx="about")
d.f("từ 140.000 đến 180.000", "140.000", 140000, "money", "đồng/cặp", "giá cúc mâm xôi", value_max=180000)
d.f("ước đạt 620 tỷ đồng", "620", 620000000000, "money", "đồng", "tổng doanh thu hoa kiểng Tết",
    change=C("increase", 7.5, "%", "Tết Giáp Thìn 2024"), status="estimate")
d.f("hơn 1,2 triệu lượt", "1,2", 1200000, "count", "lượt khách", "khách tham quan Lễ hội Hoa Xuân", approx="over")
d.f("đạt 750 ha", "750", 750, "measure", "ha", "diện tích hoa kiểng", status="target", period=P25i)
d.f("thêm 5 mô hình", "5", 5, "count", "mô hình", "mô hình ứng dụng công nghệ cao", status="target", period=P25i)
d.write()
