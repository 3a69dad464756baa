"""p1413-7: department site (Chi cục Trồng trọt và BVTV Nam Định), no dateline, one-cell-per-line table on light traps and control."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT TỈNH NAM ĐỊNH
Trang chủ | Giới thiệu | Tin tức | Dự tính dự báo | Văn bản | Liên hệ

Nam Định mở rộng mạng lưới bẫy đèn dự báo rầy

Năm 2024, Chi cục duy trì 178 bẫy đèn theo dõi sinh vật gây hại lúa, tăng 21 bẫy so với năm 2023. Nhờ dự báo sát, diện tích lúa nhiễm rầy nâu, rầy lưng trắng cả năm ước 15.620 ha, giảm 18,5% so với năm 2023; diện tích phải phun trừ ước 9.850 ha. Huyện Hải Hậu có mạng lưới dày nhất với 32 bẫy đèn. 9 tháng đầu năm 2024, Chi cục đã phát hành 36 thông báo tình hình sinh vật gây hại.

Kết quả bẫy đèn và phòng trừ rầy
Chỉ tiêu
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Bẫy đèn cố định (bẫy)
42
48
55
Bẫy đèn lưu động (bẫy)
115
130
150
Tổng số bẫy đèn (bẫy)
157
178
205
Diện tích phòng trừ rầy (ha)
12.460
9.850
8.000
Trong đó: bằng chế phẩm sinh học (ha)
1.870
2.340
3.000

Mục tiêu đến năm 2025, 100% xã trồng lúa có ít nhất một bẫy đèn; tỷ lệ diện tích phòng trừ bằng chế phẩm sinh học đạt trên 35%.

Tin cùng chuyên mục:
- Thông báo tình hình sinh vật gây hại kỳ 7 ngày (từ 9/9 đến 15/9/2024)
- Hướng dẫn phòng trừ bệnh bạc lá lúa vụ mùa

Địa chỉ: Số 68 đường Trần Thánh Tông, TP Nam Định
Điện thoại: 0228.3649.210
Lượt truy cập: 1.204.557 | Đang online: 23
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
TO25 = per("đến năm 2025", None, "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("Năm 2023", C23, None), ("Ước thực hiện 2024", E24, "estimate"), ("Kế hoạch 2025", K25, "target")]
ROWS = [("Bẫy đèn cố định (bẫy)", "bẫy đèn cố định", "count", "bẫy", ["42", "48", "55"]),
        ("Bẫy đèn lưu động (bẫy)", "bẫy đèn lưu động", "count", "bẫy", ["115", "130", "150"]),
        ("Tổng số bẫy đèn (bẫy)", "tổng số bẫy đèn", "count", "bẫy", ["157", "178", "205"]),
        ("Diện tích phòng trừ rầy (ha)", "diện tích phòng trừ rầy", "measure", "ha", ["12.460", "9.850", "8.000"]),
        ("Trong đó: bằng chế phẩm sinh học (ha)", "diện tích phòng trừ bằng chế phẩm sinh học", "measure", "ha",
         ["1.870", "2.340", "3.000"])]

CELLS = []
wholes = {}
for label, subj, kind, unit, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        if label.startswith("Trong đó"):
            kw["total"] = wholes[col]
        v = float(n.replace(".", ""))
        CELLS.append(fig(f"{prev}\n{n}", n, v, kind, unit, subject=f"{subj} {col}", period=p, **kw))
        if label.startswith("Diện tích phòng trừ"):
            wholes[col] = v
        prev = n

FIGS = [
    fig("duy trì 178 bẫy", "178", 178, "count", "bẫy đèn",
        change=chg("increase", 21, "bẫy", "năm 2023"),
        subject="bẫy đèn theo dõi sinh vật gây hại lúa", period=Y24),
    fig("ước 15.620 ha", "15.620", 15620, "measure", "ha", status="estimate",
        change=chg("decrease", 18.5, "%", "năm 2023"),
        subject="diện tích lúa nhiễm rầy nâu, rầy lưng trắng cả năm", period=YEAR),
    fig("ước 9.850 ha", "9.850", 9850, "measure", "ha", status="estimate",
        subject="diện tích phải phun trừ", period=YEAR),
    fig("với 32 bẫy", "32", 32, "count", "bẫy đèn",
        subject="mạng lưới bẫy đèn", period=inh(Y24), location="Hải Hậu"),
    fig("phát hành 36 thông báo", "36", 36, "count", "thông báo",
        subject="thông báo tình hình sinh vật gây hại", period=NINE),
] + CELLS + [
    fig("2025, 100% xã", "100", 100, "percent", "%", status="target",
        subject="xã trồng lúa có bẫy đèn", period=TO25),
    fig("ít nhất một bẫy", "một", 1, "count", "bẫy đèn", approx="at_least", status="target", optional=True),
    fig("trên 35%", "35", 35, "percent", "%", approx="over", status="target",
        subject="tỷ lệ diện tích phòng trừ bằng chế phẩm sinh học", period=TO25),
]

NOTES = [
    "Department site (Chi cục Trồng trọt và BVTV Nam Định), no dateline: menu, related links, address, phone, 'Lượt truy cập', 'Đang online'.",
    "Distractors: 'kỳ 7 ngày (từ 9/9 đến 15/9/2024)' in a link title (a reporting-cycle label and dates), 'Số 68 đường Trần Thánh Tông',",
    "phone 0228.3649.210, counters 1.204.557 and 23, 'vụ mùa'.",
    "One-cell-per-line table: subject = row label + column label; period from the column header (scored); 'Ước thực hiện 2024' → estimate,",
    "'Kế hoạch 2025' → target. The 'Trong đó: bằng chế phẩm sinh học' row is a part after 'Trong đó' following its whole (the row above):",
    "its cells take that row's cell of the same column as total (borderline: the spec's part-of rule applied to a table sub-row).",
    "'tăng 21 bẫy so với năm 2023' → change in bẫy; 'cả năm' (year-less) → 2024 from 'Năm 2024' earlier; both '; '-joined clauses carry it.",
    "'ước' governs its own clause only: 15.620 ha and 9.850 ha each have their own 'ước'. Hải Hậu's 32 bẫy inherits Năm 2024.",
    "'Mục tiêu đến năm 2025' governs both clauses (target, period to 2025-12-31). 'ít nhất một bẫy đèn' qualifies the communes: optional.",
]

if __name__ == "__main__":
    write("p1413-7", TEXT, NOTES, FIGS, location="Nam Định")
