from lib import *

TEXT = """ỦY BAN NHÂN DÂN
HUYỆN KIM THÀNH
Số: 215/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kim Thành, ngày 10 tháng 10 năm 2024

BÁO CÁO
Kết quả thu gom, xử lý chất thải rắn sinh hoạt và thu giá dịch vụ vệ sinh môi trường quý III/2024

Thực hiện Văn bản số 1876/STNMT-CCBVMT ngày 25/9/2024 của Sở Tài nguyên và Môi trường, UBND huyện báo cáo như sau:

1. Thu gom, vận chuyển
Trong quý III/2024, khối lượng chất thải rắn sinh hoạt được thu gom trên địa bàn huyện đạt 21.160 tấn, bình quân 230 tấn/ngày, tăng 5,3% so với quý II/2024. Tỷ lệ thu gom khu vực thị trấn đạt 100%, khu vực nông thôn đạt 95,8%.

2. Xử lý
Toàn bộ rác thu gom được vận chuyển về Nhà máy xử lý chất thải rắn Kim Thành (công suất 300 tấn/ngày) để đốt; tro xỉ sau đốt khoảng 1.900 tấn được chôn lấp tại ô chôn lấp hợp vệ sinh.

3. Thu giá dịch vụ vệ sinh môi trường
Mức thu đối với hộ gia đình ở thị trấn là 25.000 đồng/hộ/tháng, ở các xã là 15.000 đồng/hộ/tháng. Kết quả thu như sau:
Đơn vị tính: triệu đồng
Đối tượng
Kế hoạch năm 2024
Thực hiện quý III/2024
Lũy kế 9 tháng
Hộ gia đình
4.820
1.160
3.372
Cơ sở kinh doanh, dịch vụ
1.450
362
1.085
Cộng
6.270
1.522
4.457

Lũy kế 9 tháng, tổng thu đạt 71,1% kế hoạch năm. Hiện còn 1.236 hộ chưa nộp, tập trung tại xã Kim Anh, xã Kim Tân.

4. Nhiệm vụ quý IV/2024
Phấn đấu tỷ lệ thu gom khu vực nông thôn đạt 97%, tổng thu giá dịch vụ đạt 100% kế hoạch năm; thí điểm phân loại rác tại nguồn ở 3 xã.

Nơi nhận:
- Sở TN&MT;
- Lưu: VT.
"""

Q3 = lambda inh=False: P("quý III/2024", "2024-07-01", "2024-09-30", inh)
Q4 = lambda: P("quý IV/2024", "2024-10-01", "2024-12-31", True)
rows = [("Hộ gia đình", ["4.820", "1.160", "3.372"]),
        ("Cơ sở kinh doanh, dịch vụ", ["1.450", "362", "1.085"]),
        ("Cộng", ["6.270", "1.522", "4.457"])]
cols = [("Kế hoạch năm 2024", Y("Kế hoạch năm 2024", 2024), "target"),
        ("Thực hiện quý III/2024", P("Thực hiện quý III/2024", "2024-07-01", "2024-09-30"), None),
        ("Lũy kế 9 tháng", P("Lũy kế 9 tháng", "2024-01-01", "2024-09-30"), None)]
TABLE = []
for label, cells in rows:
    for cell, (col, per, st) in zip(cells, cols):
        kw = {"status": st} if st else {}
        subj = label + " " + col  # row label + column label (FIGURES.md, Tables; shared h23/h24)
        TABLE.append(F("\n" + cell + "\n", cell, int(cell.replace(".", "")) * 1e6, "money", "đồng", subj, period=per, **kw))

FIGS = [
    F("đạt 21.160 tấn", "21.160", 21160, "measure", "tấn", "khối lượng chất thải rắn sinh hoạt được thu gom",
      change=C("increase", 5.3, "%", "quý II/2024"), period=Q3()),
    F("bình quân 230 tấn/ngày", "230", 230, "measure", "tấn/ngày", "khối lượng chất thải rắn sinh hoạt được thu gom bình quân",
      period=Q3()),
    F("thị trấn đạt 100%", "100", 100, "percent", "%", "Tỷ lệ thu gom khu vực thị trấn", period=Q3(True)),
    F("đạt 95,8%", "95,8", 95.8, "percent", "%", "Tỷ lệ thu gom khu vực nông thôn", period=Q3(True)),
    F("(công suất 300 tấn/ngày)", "300", 300, "measure", "tấn/ngày", "công suất Nhà máy xử lý chất thải rắn Kim Thành"),
    F("khoảng 1.900 tấn", "1.900", 1900, "measure", "tấn", "tro xỉ sau đốt được chôn lấp", approx="about", period=Q3(True)),
] + TABLE + [
    F("đạt 71,1%", "71,1", 71.1, "percent", "%", "tổng thu giá dịch vụ so với kế hoạch năm",
      period=P("Lũy kế 9 tháng", "2024-01-01", "2024-09-30")),
    F("là 25.000 đồng/hộ/tháng", "25.000", 25000, "money", "đồng/hộ/tháng", "Mức thu đối với hộ gia đình ở thị trấn"),
    F("là 15.000 đồng/hộ/tháng", "15.000", 15000, "money", "đồng/hộ/tháng", "Mức thu đối với hộ gia đình ở các xã"),
    F("còn 1.236 hộ", "1.236", 1236, "count", "hộ", "hộ chưa nộp giá dịch vụ vệ sinh môi trường",
      period=P("Lũy kế 9 tháng", "2024-01-01", "2024-09-30", True)),
    F("nông thôn đạt 97%", "97", 97, "percent", "%", "tỷ lệ thu gom khu vực nông thôn", status="target", period=Q4()),
    F("đạt 100% kế hoạch", "100", 100, "percent", "%", "tổng thu giá dịch vụ so với kế hoạch năm", status="target", period=Q4()),
    F("ở 3 xã", "3", 3, "count", "xã", "xã thí điểm phân loại rác tại nguồn", status="target", period=Q4()),
]

emit(7, [
    "Formal report, letterhead 'UBND HUYỆN KIM THÀNH, Số: 215/BC-UBND', place-and-date line 'Kim Thành, ngày 10 tháng 10 năm 2024' (= published).",
    "Kim Thành (district of Hải Dương): thu gom, xử lý rác quý III/2024 and a one-cell-per-line table of the sanitation fee (Đơn vị tính: triệu đồng).",
    "Distractors: 'Văn bản số 1876/STNMT-CCBVMT ngày 25/9/2024', section numbers '1.'–'4.', 'Lưu: VT', the date line.",
    "Table: every numeric cell is a figure (the 'Cộng' row too, no totals for table cells); money ×10^6; subject = row label + column label;",
    "period from the column header (Kế hoạch năm 2024 → year 2024, status target; Thực hiện quý III/2024; Lũy kế 9 tháng → Jan-Sep 2024).",
    "'tăng 5,3% so với quý II/2024' is the change of 21.160 tấn. 'tổng thu đạt 71,1% kế hoạch năm' has no base amount in its sentence: a percent figure.",
    "Section 4 targets ('Phấn đấu', under the heading 'Nhiệm vụ quý IV/2024') take that quarter from the heading line (inherited).",
    "revised after the first run: table subjects are now row label + column label as FIGURES.md says (had a topic prefix, and 'Cộng' paraphrased).",
    "Fee levels stand before the table, with no period phrase: no period. 'Hiện còn 1.236 hộ' follows 'Lũy kế 9 tháng' in its paragraph (inherited).",
], TEXT, FIGS, published="2024-10-10", location="Kim Thành")
