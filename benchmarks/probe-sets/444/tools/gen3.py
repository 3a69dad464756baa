from lib import *

TEXT = """HỘI KHUYẾN HỌC TỈNH HÀ TĨNH
BAN THƯỜNG VỤ
Số: 45/BC-HKH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Tĩnh, ngày 12 tháng 7 năm 2024

BÁO CÁO
Kết quả công tác khuyến học, khuyến tài 6 tháng đầu năm 2024

Thực hiện Kế hoạch số 08/KH-HKH ngày 15/01/2024, Ban Thường vụ Hội Khuyến học tỉnh báo cáo kết quả như sau:

I. KẾT QUẢ ĐẠT ĐƯỢC
1. Phát triển hội viên và vận động quỹ
Tính đến ngày 30/6/2024, toàn tỉnh có 13 hội cấp huyện, 216 hội cấp xã với 398.640 hội viên. Trong 6 tháng đầu năm, các cấp hội vận động được 38,42 tỷ đồng, đạt 64,0% kế hoạch năm, tăng 11,3% so với cùng kỳ. Tổng số dư quỹ khuyến học các cấp ước đạt 265 tỷ đồng.

Bảng 1. Kết quả vận động quỹ 6 tháng đầu năm 2024 một số địa phương
Đơn vị tính: triệu đồng
TT | Đơn vị | Kế hoạch năm 2024 | Thực hiện 6 tháng | Tỷ lệ (%)
1 | TP Hà Tĩnh | 6.500 | 4.620 | 71,1
2 | Thị xã Hồng Lĩnh | 2.800 | 1.512 | 54,0
3 | Huyện Cẩm Xuyên | 5.200 | 3.380 | 65,0
4 | Huyện Hương Khê | 3.600 | 1.980 | 55,0

2. Trao học bổng, khen thưởng
Các cấp hội đã trao 18.760 suất học bổng và phần thưởng, tổng trị giá 14,6 tỷ đồng; trong đó cấp tỉnh trao 520 suất cho học sinh đạt giải quốc gia, quốc tế và thủ khoa các kỳ thi (trị giá 1,95 tỷ đồng).

3. Xây dựng các mô hình học tập
Kết quả đánh giá cho thấy 78,5% số hộ đạt "Gia đình học tập", 1.320 dòng họ đạt "Dòng họ học tập" (tăng 86 dòng họ), 92,4% thôn, tổ dân phố đạt "Cộng đồng học tập".

II. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM
Phấn đấu vận động quỹ cả năm 2024 đạt 60 tỷ đồng; kết nạp thêm từ 5.000 đến 7.000 hội viên.

Nơi nhận:
- Trung ương Hội Khuyến học Việt Nam;
- Lưu: VP.
TM. BAN THƯỜNG VỤ
CHỦ TỊCH
"""

D30 = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
D30i = P("Tính đến ngày 30/6/2024", None, "2024-06-30", inh=True)
H6 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H6i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
TH = P("Thực hiện 6 tháng", "2024-01-01", "2024-06-30")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 13 hội", "13", 13, "count", "hội cấp huyện", "hội khuyến học cấp huyện", D30),
    F("216 hội", "216", 216, "count", "hội cấp xã", "hội khuyến học cấp xã", D30),
    F("với 398.640 hội viên", "398.640", 398640, "count", "hội viên", "hội viên khuyến học", D30),
    F("được 38,42 tỷ đồng", "38,42", 38420000000, "money", "đồng", "quỹ các cấp hội vận động được", H6,
      percent=64.0, change=chg("increase", 11.3, "%", "cùng kỳ")),
    F("ước đạt 265 tỷ đồng", "265", 265000000000, "money", "đồng", "tổng số dư quỹ khuyến học các cấp", D30i,
      status="estimate"),
]
rows = [("Hà Tĩnh", "6.500", "4.620", "71,1"), ("Hồng Lĩnh", "2.800", "1.512", "54,0"),
        ("Cẩm Xuyên", "5.200", "3.380", "65,0"), ("Hương Khê", "3.600", "1.980", "55,0")]
for place, kh, th, tl in rows:
    num = lambda s: float(s.replace(".", "").replace(",", "."))
    FIGS += [
        F(f"{place} | {kh} |", kh, num(kh) * 1e6, "money", "đồng", "Kế hoạch năm 2024", KH,
          status="target", location=place),
        F(f"| {th} | {tl}", th, num(th) * 1e6, "money", "đồng", "Thực hiện 6 tháng", TH, location=place),
        F(f"| {th} | {tl}", tl, num(tl), "percent", "%", "Tỷ lệ", TH,
          location=place),
    ]
FIGS += [
    F("trao 18.760 suất", "18.760", 18760, "count", "suất học bổng và phần thưởng",
      "suất học bổng và phần thưởng các cấp hội trao", H6i),
    F("trị giá 14,6 tỷ đồng", "14,6", 14600000000, "money", "đồng", "tổng trị giá học bổng và phần thưởng", H6i),
    F("trao 520 suất", "520", 520, "count", "suất",
      "suất cấp tỉnh trao cho học sinh đạt giải quốc gia, quốc tế và thủ khoa các kỳ thi", H6i, total=18760),
    F("(trị giá 1,95 tỷ đồng)", "1,95", 1950000000, "money", "đồng", "trị giá suất học bổng cấp tỉnh trao", H6i,
      total=14600000000),
    F("cho thấy 78,5%", "78,5", 78.5, "percent", "%", "số hộ đạt Gia đình học tập", H6i),
    F("1.320 dòng họ", "1.320", 1320, "count", "dòng họ", "dòng họ đạt Dòng họ học tập", H6i,
      change=chg("increase", 86, "dòng họ")),
    F("92,4% thôn", "92,4", 92.4, "percent", "%", "thôn, tổ dân phố đạt Cộng đồng học tập", H6i),
    F("đạt 60 tỷ đồng", "60", 60000000000, "money", "đồng", "vận động quỹ", Y24, status="target"),
    F("từ 5.000 đến 7.000 hội viên", "5.000", 5000, "count", "hội viên", "hội viên kết nạp thêm",
      value_max=7000, status="target"),
]

build(3, [
    "Formal report with letterhead (Hội Khuyến học tỉnh Hà Tĩnh, 'Số: 45/BC-HKH'), 6 tháng đầu năm 2024, with a flattened '|' table",
    "(Đơn vị tính: triệu đồng; columns Kế hoạch năm 2024 | Thực hiện 6 tháng | Tỷ lệ (%)). Date from the place-and-date line 12/7/2024.",
    "Distractors: 'Số: 45/BC-HKH', 'Kế hoạch số 08/KH-HKH ngày 15/01/2024', section numbers I./II./1./2./3., 'Bảng 1', row numbers 1-4, 'Lưu: VP'.",
    "Table: every numeric cell is a figure; row labels are places (location), so the subject is the column label alone; plan cells status target; period from the column header;",
    "the Tỷ lệ (%) cells are percent figures of their own. Section 2 and 3 figures inherit the report's period (6 tháng đầu năm 2024).",
    "'đạt 64,0% kế hoạch năm' is the 38,42 tỷ's percent; 'trong đó cấp tỉnh trao 520 suất (trị giá 1,95 tỷ đồng)': both parts of their wholes.",
    "revised: table-cell subjects reduced to the column labels (FIGURES.md Tables: row label + column label; the row label is a place).",
    "'(tăng 86 dòng họ)' is a change without baseline. The 'Phương hướng' figures are targets; the range carries value_max.",
], TEXT, FIGS, published="2024-07-12", location="Hà Tĩnh")
