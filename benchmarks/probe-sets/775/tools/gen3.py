from lib import *

TEXT = """UBND TỈNH HÀ GIANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 318/BC-UBND
Hà Giang, ngày 27 tháng 9 năm 2024

BÁO CÁO
Kết quả tổ chức Tết Trung thu năm 2024 cho trẻ em trên địa bàn tỉnh

Thực hiện Công văn số 3187/LĐTBXH-TE của Bộ Lao động - Thương binh và Xã hội, UBND tỉnh báo cáo như sau:

1. Kết quả chung
Tết Trung thu năm 2024, toàn tỉnh đã tổ chức 2.146 chương trình vui Trung thu cho trẻ em tại thôn, bản, trường học; trao tặng 86.420 suất quà, tăng 12,4% so với năm 2023, trong đó 31.750 suất quà cho trẻ em có hoàn cảnh đặc biệt, trẻ em thuộc hộ nghèo. Tổng kinh phí ước đạt 9.862 triệu đồng, trong đó ngân sách nhà nước 2.150 triệu đồng, còn lại huy động từ các tổ chức, cá nhân. Trong quý III/2024, Quỹ Bảo trợ trẻ em tỉnh vận động được 3,46 tỷ đồng, tăng 8,2% so với quý III/2023.

2. Kết quả tại một số huyện
Bảng 1. Quà Trung thu tặng trẻ em tại một số huyện
Huyện | Số suất quà (suất) | Kinh phí (triệu đồng) | Tỷ lệ trẻ em được tặng quà (%)
Đồng Văn | 9.215 | 1.012,5 | 41,3
Mèo Vạc | 8.640 | 968 | 38,7
Yên Minh | 7.980 | 845,2 | 35,2
Quản Bạ | 5.310 | 572 | 33,6
Bắc Mê | 4.125 | 430,8 | 30,4

3. Đánh giá chung
Tỷ lệ trẻ em có hoàn cảnh đặc biệt được nhận quà Trung thu đạt 100%. Tuy nhiên, còn khoảng 15% số thôn, bản chưa tổ chức được chương trình vui Trung thu tập trung do địa hình chia cắt.

4. Phương hướng năm 2025
Năm 2025, tỉnh phấn đấu trao tặng 95.000 suất quà Trung thu cho trẻ em, trong đó 100% trẻ em có hoàn cảnh đặc biệt được nhận quà.

Nơi nhận:
- Bộ LĐTBXH (b/c);
- Lưu: VT, KGVX.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y24 = P("Tết Trung thu năm 2024", "2024-01-01", "2024-12-31")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
T1 = "Quà Trung thu tặng trẻ em"

FIGS = [
    F("tổ chức 2.146 chương trình", "2.146", 2146, "count", "chương trình",
      subject="chương trình vui Trung thu cho trẻ em", period=Y24),
    F("trao tặng 86.420 suất quà", "86.420", 86420, "count", "suất quà",
      change=CH("increase", 12.4, baseline="năm 2023"), subject="suất quà trao tặng", period=Y24),
    F("trong đó 31.750 suất quà", "31.750", 31750, "count", "suất quà", total=86420,
      subject="suất quà cho trẻ em có hoàn cảnh đặc biệt, trẻ em thuộc hộ nghèo", period=Y24),
    F("ước đạt 9.862 triệu đồng", "9.862", 9862000000, "money", "đồng", status="estimate",
      subject="tổng kinh phí", period=I(Y24)),
    F("ngân sách nhà nước 2.150 triệu đồng", "2.150", 2150000000, "money", "đồng", total=9862000000,
      status="estimate", subject="kinh phí ngân sách nhà nước", period=I(Y24)),
    F("vận động được 3,46 tỷ đồng", "3,46", 3460000000, "money", "đồng",
      change=CH("increase", 8.2, baseline="quý III/2023"),
      subject="kinh phí Quỹ Bảo trợ trẻ em tỉnh vận động", period=Q3),
]
rows = [("Đồng Văn", "9.215", "1.012,5", "41,3"), ("Mèo Vạc", "8.640", "968", "38,7"),
        ("Yên Minh", "7.980", "845,2", "35,2"), ("Quản Bạ", "5.310", "572", "33,6"),
        ("Bắc Mê", "4.125", "430,8", "30,4")]
for place, a, b, c in rows:
    FIGS.append(F(f"{place} | {a}", a, parse_num(a), "count", "suất",
                  subject="Số suất quà Trung thu", period=I(Y24), location=place))
    FIGS.append(F(f"{a} | {b}", b, round(parse_num(b) * 1e6), "money", "đồng",
                  subject="Kinh phí quà Trung thu", period=I(Y24), location=place))
    FIGS.append(F(f"{b} | {c}", c, parse_num(c), "percent", "%",
                  subject="Tỷ lệ trẻ em được tặng quà", period=I(Y24), location=place))
FIGS += [
    F("đạt 100%", "100", 100, "percent", "%",
      subject="Tỷ lệ trẻ em có hoàn cảnh đặc biệt được nhận quà Trung thu"),
    F("khoảng 15% số thôn", "15", 15, "percent", "%", approx="about",
      subject="thôn, bản chưa tổ chức được chương trình vui Trung thu tập trung"),
    F("trao tặng 95.000 suất quà", "95.000", 95000, "count", "suất quà", status="target",
      subject="suất quà Trung thu trao tặng cho trẻ em", period=Y25),
    F("trong đó 100% trẻ em", "100", 100, "percent", "%", status="target",
      subject="trẻ em có hoàn cảnh đặc biệt được nhận quà", period=Y25),
]

emit("p775-3", TEXT, [
    "Formal report UBND tỉnh Hà Giang (invented), Số: 318/BC-UBND, 27/9/2024: Tết Trung thu 2024 cho trẻ em; flattened '|' table by district.",
    "Distractors: Số: 318/BC-UBND, Công văn số 3187/LĐTBXH-TE, 'Bảng 1', section numbers 1.-4., place-and-date line, 'quý III/2023' baseline.",
    "Table: units from column headers ('(suất)', '(triệu đồng)', '(%)'); subject = column label (+ table title); district row labels -> location;",
    "no period header in the table, so the report's 'năm 2024' is inherited (unscored). 'Tết Trung thu năm 2024' gives the year 2024.",
    "'ước đạt' makes the 'trong đó' part estimate too. The 100% after 'trong đó' in a target clause is a percent figure of its own (no total).",
], FIGS, published="2024-09-27", location="Hà Giang")
