from lib import F, P, write

A = """UBND HUYỆN PHÙ CỪ
PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Số: 86/BC-LĐTBXH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phù Cừ, ngày 28 tháng 6 năm 2024

BÁO CÁO
Kết quả thực hiện chính sách ưu đãi người có công 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Chi trả trợ cấp hàng tháng
Tính đến ngày 20/6/2024, toàn huyện có 3.184 người có công và thân nhân đang hưởng trợ cấp ưu đãi hàng tháng, giảm 47 người so với cuối năm 2023. Kinh phí chi trả 6 tháng đầu năm đạt 41,26 tỷ đồng, bằng 49,8% dự toán năm. Kết quả cụ thể theo nhóm đối tượng như sau:

Đơn vị tính: người; triệu đồng
Nhóm đối tượng | Số đối tượng (người) | Kinh phí 6 tháng đầu năm 2024 (triệu đồng) | Tỷ lệ so với dự toán (%)
Thân nhân liệt sĩ | 1.352 | 15.874 | 50,2
Thương binh, người hưởng chính sách như thương binh | 846 | 13.105 | 49,6
Bệnh binh | 213 | 3.428 | 48,9
Người hoạt động kháng chiến bị nhiễm chất độc hóa học | 487 | 6.117 | 50,4
Đối tượng khác | 286 | 2.736 | 47,1
Cộng | 3.184 | 41.260 | 49,8

2. Công tác khác
- Tổ chức thăm, tặng 3.412 suất quà dịp Tết Giáp Thìn với tổng kinh phí 1.126 triệu đồng.
- Tiếp nhận, giải quyết 128 hồ sơ, trong đó 97 hồ sơ trợ cấp mai táng phí, 31 hồ sơ trợ cấp một lần; 100% hồ sơ được giải quyết đúng hạn.
- Hỗ trợ 64 hộ người có công cải thiện nhà ở, mỗi hộ từ 30 đến 60 triệu đồng.

II. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM 2024
- Chi trả đầy đủ, kịp thời trợ cấp; phấn đấu giải ngân 100% dự toán được giao.
- Phấn đấu tổ chức tặng khoảng 3.500 suất quà nhân dịp 27/7.

Nơi nhận:
- UBND huyện;
- Lưu: VT.
"""

T20 = P("Tính đến ngày 20/6/2024", None, "2024-06-20")
T20i = dict(T20, inherited=True)
H6 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H6c = P("Kinh phí 6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H6i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
rows = [("Thân nhân liệt sĩ", "1.352", 1352, "15.874", 15874, "50,2", 50.2),
        ("Thương binh, người hưởng chính sách như thương binh", "846", 846, "13.105", 13105, "49,6", 49.6),
        ("Bệnh binh", "213", 213, "3.428", 3428, "48,9", 48.9),
        ("Người hoạt động kháng chiến bị nhiễm chất độc hóa học", "487", 487, "6.117", 6117, "50,4", 50.4),
        ("Đối tượng khác", "286", 286, "2.736", 2736, "47,1", 47.1),
        ("Cộng", "3.184", 3184, "41.260", 41260, "49,8", 49.8)]
figs = [
    F("có 3.184 người", "3.184", 3184, "count", "người", "người có công và thân nhân đang hưởng trợ cấp ưu đãi hàng tháng",
      change={"direction": "decrease", "value": 47, "unit": "người", "baseline": "cuối năm 2023"}, period=T20),
    F("đạt 41,26 tỷ", "41,26", 41.26e9, "money", "đồng", "kinh phí chi trả trợ cấp", percent=49.8, period=H6),
]
for label, n1, v1, n2, v2, n3, v3 in rows:
    figs += [
        F(f"{label} | {n1} |", n1, v1, "count", "người", f"số đối tượng {label}", period=T20i),
        F(f"| {n2} |", n2, v2 * 1e6, "money", "đồng", f"kinh phí {label}", period=H6c),
        F(f"{n2} | {n3}", n3, v3, "percent", "%", f"tỷ lệ kinh phí so với dự toán {label}", period=H6i),
    ]
figs += [
    F("tặng 3.412 suất", "3.412", 3412, "count", "suất quà", "quà tặng dịp Tết Giáp Thìn", period=H6i),
    F("phí 1.126 triệu", "1.126", 1126e6, "money", "đồng", "kinh phí tặng quà dịp Tết", period=H6i),
    F("quyết 128 hồ sơ", "128", 128, "count", "hồ sơ", "hồ sơ tiếp nhận, giải quyết", period=H6i),
    F("97 hồ sơ", "97", 97, "count", "hồ sơ", "hồ sơ trợ cấp mai táng phí", total=128, period=H6i),
    F("31 hồ sơ", "31", 31, "count", "hồ sơ", "hồ sơ trợ cấp một lần", total=128, period=H6i),
    F("; 100% hồ sơ", "100", 100, "percent", "%", "hồ sơ được giải quyết đúng hạn", period=H6i),
    F("Hỗ trợ 64 hộ", "64", 64, "count", "hộ", "hộ người có công được hỗ trợ cải thiện nhà ở", period=H6i),
    F("từ 30 đến 60 triệu", "30", 30e6, "money", "đồng", "mức hỗ trợ nhà ở mỗi hộ", value_max=60e6, period=H6i),
    F("giải ngân 100%", "100", 100, "percent", "%", "giải ngân dự toán được giao", status="target",
      period=P("6 THÁNG CUỐI NĂM 2024", "2024-07-01", "2024-12-31", inh=True)),
    F("khoảng 3.500", "3.500", 3500, "count", "suất quà", "quà tặng nhân dịp 27/7", approx="about", status="target",
      period=P("6 THÁNG CUỐI NĂM 2024", "2024-07-01", "2024-12-31", inh=True)),
]
write(7, [
    "Formal report with letterhead (Phòng LĐ-TB&XH huyện Phù Cừ, Hưng Yên, 'Số: 86/BC-LĐTBXH'), place-and-date line 28/6/2024.",
    "Flattened '|' table by group of beneficiaries: count (người), money (triệu đồng -> ×10^6), rate to budget (%). Every numeric cell",
    "is a figure, the 'Cộng' row too; subject = column label + row label; no totals for table cells. Money cells take the period",
    "in their column header; count cells inherit 'Tính đến ngày 20/6/2024', rate cells inherit 6 tháng đầu năm 2024.",
    "Distractors: 'Số: 86/BC-LĐTBXH', section numbers 'I.', '1.', '2.', 'II.', 'Tết Giáp Thìn', 'dịp 27/7', 'trợ cấp một lần' (name of",
    "an allowance), 'Lưu: VT'. 'giảm 47 người so với cuối năm 2023' is the change of 3.184. 'bằng 49,8% dự toán năm' percent of 41,26 tỷ.",
    "Body '6 tháng đầu năm' takes 2024 from the title. Section II: 'phấn đấu' targets, period from the section heading (inherited).",
], A, figs, published="2024-06-28", location="Phù Cừ")
