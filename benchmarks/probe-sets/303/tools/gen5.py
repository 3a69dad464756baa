from lib import Doc, P

TEXT = """ỦY BAN NHÂN DÂN
HUYỆN THIỆU HÓA
Số: 46/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thiệu Hóa, ngày 22 tháng 01 năm 2024

BÁO CÁO
Kết quả thực hiện tiêu chí giao thông trong xây dựng nông thôn mới năm 2023

I. KẾT QUẢ CỨNG HÓA ĐƯỜNG GIAO THÔNG
Bảng 2. Khối lượng thực hiện theo loại đường
Đơn vị tính: km
Loại đường
Kế hoạch năm 2023
Thực hiện năm 2023
Lũy kế đến 31/12/2023
Đường huyện
12,5
13,2
86,4
Đường trục xã, liên xã
28,0
30,6
214,7
Đường thôn, xóm
45,0
41,3
372,9
Đường trục chính nội đồng
20,0
22,8
158,1

II. NGUỒN LỰC THỰC HIỆN
Tổng kinh phí thực hiện năm 2023 là 156,8 tỷ đồng, trong đó: ngân sách tỉnh 42,5 tỷ đồng; ngân sách huyện 58,3 tỷ đồng; ngân sách xã 21,4 tỷ đồng; nhân dân đóng góp 34,6 tỷ đồng. Tỉnh hỗ trợ 9.850 tấn xi măng theo Nghị quyết số 185/2021/NQ-HĐND. Có 412 hộ hiến 28.650 m2 đất, giá trị ước tính 7,2 tỷ đồng.

III. KẾT QUẢ XÂY DỰNG NÔNG THÔN MỚI
Đến nay, 25/25 xã của huyện đạt chuẩn nông thôn mới, trong đó 11 xã đạt chuẩn nông thôn mới nâng cao, 3 xã đạt chuẩn nông thôn mới kiểu mẫu; tiêu chí giao thông cấp huyện (tiêu chí số 2 theo Quyết định số 320/QĐ-TTg) đạt 100%.

IV. NHIỆM VỤ NĂM 2024
Phấn đấu cứng hóa thêm 35 km đường thôn, xóm và 15 km đường nội đồng; huy động nhân dân đóng góp không dưới 30% tổng kinh phí.

Nơi nhận:
- UBND tỉnh (b/c);
- Văn phòng Điều phối NTM tỉnh;
- Lưu: VT.
CHỦ TỊCH
"""

d = Doc("p303-5", TEXT, [
    "Formal report with letterhead (UBND huyện Thiệu Hóa, Thanh Hóa, 'Số: 46/BC-UBND'); place-and-date line 'Thiệu Hóa, ngày 22 tháng 01 năm 2024'.",
    "Table flattened one cell per line: 'Loại đường | Kế hoạch năm 2023 | Thực hiện năm 2023 | Lũy kế đến 31/12/2023', 'Đơn vị tính: km'.",
    "Cells: subject = row label + column label; period from the column header (as shared h23): plan column -> 2023 + status target,",
    "result column -> 2023, cumulative column -> as-of 2023-12-31. Location the district for every figure.",
    "'trong đó:' funding parts take total 156,8 tỷ; '11 xã', '3 xã' take total 25 (the whole before 'trong đó'). 'ước tính 7,2 tỷ' -> estimate.",
    "Distractors: document number, section numbers I.-IV., 'Bảng 2', decree/decision numbers, 'tiêu chí số 2'. Targets in section IV take 'NĂM 2024' from the heading (inherited).",
], published="2024-01-22", location="Thiệu Hóa")

PLAN = P("Kế hoạch năm 2023", "2023-01-01", "2023-12-31")
DONE = P("Thực hiện năm 2023", "2023-01-01", "2023-12-31")
CUM = P("Lũy kế đến 31/12/2023", None, "2023-12-31")
rows = [("Đường huyện", "12,5", "13,2", "86,4"), ("Đường trục xã, liên xã", "28,0", "30,6", "214,7"),
        ("Đường thôn, xóm", "45,0", "41,3", "372,9"), ("Đường trục chính nội đồng", "20,0", "22,8", "158,1")]
num = lambda s: float(s.replace(",", "."))
for label, plan, done, cum in rows:
    d.f(f"{label}\n{plan}\n", plan, num(plan), "measure", "km", f"{label} cứng hóa kế hoạch năm 2023", status="target", period=PLAN)
    d.f(f"{plan}\n{done}\n", done, num(done), "measure", "km", f"{label} cứng hóa thực hiện năm 2023", period=DONE)
    d.f(f"{done}\n{cum}\n", cum, num(cum), "measure", "km", f"{label} cứng hóa lũy kế", period=CUM)

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
d.f("là 156,8 tỷ đồng", "156,8", 156.8e9, "money", "đồng", "tổng kinh phí thực hiện", period=Y23)
d.f("tỉnh 42,5 tỷ đồng", "42,5", 42.5e9, "money", "đồng", "ngân sách tỉnh", total=156.8e9, period=Y23)
d.f("huyện 58,3 tỷ đồng", "58,3", 58.3e9, "money", "đồng", "ngân sách huyện", total=156.8e9, period=Y23)
d.f("xã 21,4 tỷ đồng", "21,4", 21.4e9, "money", "đồng", "ngân sách xã", total=156.8e9, period=Y23)
d.f("góp 34,6 tỷ đồng", "34,6", 34.6e9, "money", "đồng", "nhân dân đóng góp", total=156.8e9, period=Y23)
d.f("hỗ trợ 9.850 tấn", "9.850", 9850, "measure", "tấn", "xi măng tỉnh hỗ trợ", period=Y23i)
d.f("Có 412 hộ", "412", 412, "count", "hộ", "hộ hiến đất", period=Y23i)
d.f("hiến 28.650 m2", "28.650", 28650, "measure", "m2", "đất hộ dân hiến", period=Y23i)
d.f("ước tính 7,2 tỷ đồng", "7,2", 7.2e9, "money", "đồng", "giá trị đất hiến", status="estimate", period=Y23i)
NOW = P("Đến nay", None, "2024-01-22")
d.f("25/25 xã", "25", 25, "count", "xã", "xã đạt chuẩn nông thôn mới", total=25, period=NOW)
d.f("đó 11 xã", "11", 11, "count", "xã", "xã đạt chuẩn nông thôn mới nâng cao", total=25, period=NOW)
d.f("3 xã đạt", "3", 3, "count", "xã", "xã đạt chuẩn nông thôn mới kiểu mẫu", total=25, period=NOW)
d.f("đạt 100%", "100", 100, "percent", "%", "tiêu chí giao thông cấp huyện", period=NOW)
Y24i = P("NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
d.f("thêm 35 km", "35", 35, "measure", "km", "đường thôn, xóm cứng hóa thêm", status="target", period=Y24i)
d.f("và 15 km", "15", 15, "measure", "km", "đường nội đồng cứng hóa thêm", status="target", period=Y24i)
d.f("không dưới 30%", "30", 30, "percent", "%", "nhân dân đóng góp trong tổng kinh phí", approx="at_least", status="target", period=Y24i)
d.write()
