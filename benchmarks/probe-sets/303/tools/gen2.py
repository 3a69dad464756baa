from lib import Doc, P

TEXT = """UBND TỈNH BẮC GIANG
SỞ GIAO THÔNG VẬN TẢI
Số: 1285/BC-SGTVT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Giang, ngày 08 tháng 7 năm 2024

BÁO CÁO
Kết quả phát triển giao thông nông thôn 6 tháng đầu năm 2024

1. Kết quả chung
Sáu tháng đầu năm 2024, toàn tỉnh cứng hóa được 318,7 km đường giao thông nông thôn, đạt 53,1% kế hoạch năm (600 km), tăng 9,6% so với cùng kỳ; xây dựng mới 27 cầu trên tuyến đường huyện, xã với tổng chiều dài 612 m.

2. Kết quả tại một số địa phương
Bảng 1. Khối lượng cứng hóa đường giao thông nông thôn
Đơn vị tính: km
Huyện | Kế hoạch năm 2024 | Thực hiện 6 tháng | Tỷ lệ so với kế hoạch (%)
Lục Ngạn | 95,0 | 52,4 | 55,2
Yên Thế | 72,0 | 41,8 | 58,1
Hiệp Hòa | 88,0 | 39,5 | 44,9
Lạng Giang | 64,0 | 33,2 | 51,9
Sơn Động | 56,0 | 24,6 | 43,9

3. Huy động nguồn lực
Tổng vốn huy động 6 tháng đầu năm đạt 286,4 tỷ đồng; trong đó vốn ngân sách các cấp 171,9 tỷ đồng, nhân dân đóng góp 114,5 tỷ đồng (chiếm 40%). Nhân dân hiến trên 9,2 ha đất, góp khoảng 38.600 ngày công lao động.

4. Tiêu chí giao thông
Tính đến 30/6/2024, có 186/192 xã đạt tiêu chí số 2 về giao thông (chiếm 96,9%); 6 xã còn lại thuộc huyện Sơn Động và Lục Ngạn.

5. Nhiệm vụ 6 tháng cuối năm
Phấn đấu cứng hóa thêm khoảng 281 km đường, xây dựng 35 cầu; đến hết năm 2024 có 190 xã đạt tiêu chí giao thông.

Nơi nhận:
- UBND tỉnh (b/c);
- Sở Nông nghiệp và PTNT;
- Lưu: VT, KHTC.
GIÁM ĐỐC
"""

d = Doc("p303-2", TEXT, [
    "Formal report with letterhead (Sở GTVT Bắc Giang, 'Số: 1285/BC-SGTVT'); the place-and-date line 'Bắc Giang, ngày 08 tháng 7 năm 2024' is its date.",
    "Flattened '|' table with 'Đơn vị tính: km' and a '(%)' column. Every numeric cell is a figure; the district row label is its location, the column label its subject.",
    "Periods of table cells from the column headers as in shared h23 ('Kế hoạch năm 2024' -> 2024, status target; 'Thực hiện 6 tháng' -> H1 2024);",
    "the '(%)' column has no period in its header and takes the report's '6 tháng đầu năm 2024' (inherited). No total for table cells.",
    "'đạt 53,1% kế hoạch năm (600 km)': 53,1 is the percent attribute and the bracketed plan 600 the target attribute of 318,7 km (not a figure of its own).",
    "Distractors: document number, section numbers 1.-5., 'Bảng 1', 'tiêu chí số 2', dates, 'Lưu: VT, KHTC'. '6 tháng cuối năm' = 2024-07-01..2024-12-31.",
], published="2024-07-08", location="Bắc Giang")

H1 = P("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
d.f("được 318,7 km", "318,7", 318.7, "measure", "km", "đường giao thông nông thôn cứng hóa", percent=53.1,
    target={"value": 600, "unit": "km"}, change={"direction": "increase", "value": 9.6, "unit": "%", "baseline": "cùng kỳ"}, period=H1)
d.f("xây dựng mới 27 cầu", "27", 27, "count", "cầu", "cầu xây dựng mới trên tuyến đường huyện, xã", period=H1)
d.f("dài 612 m", "612", 612, "measure", "m", "tổng chiều dài cầu xây dựng mới", period=H1)

PLAN = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
DONE = P("Thực hiện 6 tháng", "2024-01-01", "2024-06-30")
RATE = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
rows = [("Lục Ngạn", "95,0", "52,4", "55,2"), ("Yên Thế", "72,0", "41,8", "58,1"), ("Hiệp Hòa", "88,0", "39,5", "44,9"),
        ("Lạng Giang", "64,0", "33,2", "51,9"), ("Sơn Động", "56,0", "24,6", "43,9")]
num = lambda s: float(s.replace(",", "."))
for place, plan, done, rate in rows:
    d.f(f"{place} | {plan} |", plan, num(plan), "measure", "km", "khối lượng cứng hóa đường giao thông nông thôn kế hoạch năm 2024",
        status="target", period=PLAN, location=place)
    d.f(f"{plan} | {done} |", done, num(done), "measure", "km", "khối lượng cứng hóa đường giao thông nông thôn thực hiện 6 tháng",
        period=DONE, location=place)
    d.f(f"{done} | {rate}\n", rate, num(rate), "percent", "%", "tỷ lệ cứng hóa đường giao thông nông thôn so với kế hoạch",
        period=RATE, location=place)

H1b = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
d.f("đạt 286,4 tỷ đồng", "286,4", 286.4e9, "money", "đồng", "tổng vốn huy động", period=H1b)
d.f("các cấp 171,9 tỷ đồng", "171,9", 171.9e9, "money", "đồng", "vốn ngân sách các cấp", total=286.4e9, period=H1b)
d.f("góp 114,5 tỷ đồng", "114,5", 114.5e9, "money", "đồng", "nhân dân đóng góp", total=286.4e9, percent=40, period=H1b)
H1i = P("6 tháng đầu năm", "2024-01-01", "2024-06-30", inherited=True)
d.f("trên 9,2 ha", "9,2", 9.2, "measure", "ha", "đất nhân dân hiến", approx="over", period=H1i)
d.f("khoảng 38.600 ngày công", "38.600", 38600, "count", "ngày công", "ngày công lao động nhân dân góp", approx="about", period=H1i)
ASOF = P("Tính đến 30/6/2024", None, "2024-06-30")
d.f("186/192 xã", "186", 186, "count", "xã", "xã đạt tiêu chí số 2 về giao thông", total=192, percent=96.9, period=ASOF)
d.f("6 xã còn lại", "6", 6, "count", "xã", "xã còn lại chưa đạt tiêu chí số 2 về giao thông", period=ASOF)
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31", inherited=True)
d.f("khoảng 281 km", "281", 281, "measure", "km", "đường cứng hóa thêm", approx="about", status="target", period=H2)
d.f("xây dựng 35 cầu", "35", 35, "count", "cầu", "cầu xây dựng", status="target", period=H2)
d.f("có 190 xã", "190", 190, "count", "xã", "xã đạt tiêu chí giao thông", status="target", period=P("đến hết năm 2024", None, "2024-12-31"))
d.write()
