from lib import F, P, emit

TEXT = """UBND TỈNH THÁI BÌNH
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Số: 418/BC-SNNPTNT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Bình, ngày 20 tháng 12 năm 2024

BÁO CÁO
Kết quả thực hiện Bộ chỉ số theo dõi - đánh giá nước sạch và vệ sinh môi trường nông thôn năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Nhà tiêu hộ gia đình
Kết quả cập nhật đến ngày 30/11/2024 tại một số huyện như sau:
Đơn vị tính: hộ
Huyện | Tổng số hộ nông thôn | Hộ có nhà tiêu hợp vệ sinh | Tỷ lệ (%)
Hưng Hà | 66.210 | 64.870 | 97,98
Quỳnh Phụ | 70.415 | 68.302 | 97,0
Tiền Hải | 63.580 | 60.846 | 95,7
Kiến Xương | 61.934 | 60.076 | 97,0
Toàn tỉnh | 512.760 | 497.377 | 97,0

Năm 2024, toàn tỉnh xây mới, cải tạo 4.615 nhà tiêu hợp vệ sinh, đạt 115,4% kế hoạch. Tổng kinh phí ước thực hiện 46,2 tỷ đồng, trong đó vốn ngân sách nhà nước 8,5 tỷ đồng (chiếm 18,4%), vốn vay Ngân hàng Chính sách xã hội 21,3 tỷ đồng, còn lại là vốn nhân dân đối ứng.

2. Vệ sinh chuồng trại chăn nuôi
Toàn tỉnh có 38.620 hộ chăn nuôi lợn quy mô nông hộ, trong đó 29.150 hộ có chuồng trại hợp vệ sinh (75,5%). Số hộ sử dụng đệm lót sinh học tăng 14,2% so với năm 2023.

II. NHIỆM VỤ NĂM 2025
Phấn đấu tỷ lệ hộ gia đình nông thôn có nhà tiêu hợp vệ sinh đạt 98,5%; 100% số xã duy trì đạt tiêu chí số 17 về môi trường và an toàn thực phẩm; xây mới, cải tạo khoảng 4.000 nhà tiêu.

Nơi nhận:
- UBND tỉnh (b/c);
- Trung tâm NS&VSMTNT;
- Lưu: VT, KHTC.
GIÁM ĐỐC
Lại Văn Hoàn
"""

T = P("đến ngày 30/11/2024", None, "2024-11-30", inh=True)
Y = P("Năm 2024", "2024-01-01", "2024-12-31")
Yi = P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)
N25 = P("NĂM 2025", "2025-01-01", "2025-12-31", inh=True)

rows = [("Hưng Hà", "66.210", 66210, "64.870", 64870, "97,98", 97.98),
        ("Quỳnh Phụ", "70.415", 70415, "68.302", 68302, "97,0", 97.0),
        ("Tiền Hải", "63.580", 63580, "60.846", 60846, "95,7", 95.7),
        ("Kiến Xương", "61.934", 61934, "60.076", 60076, "97,0", 97.0),
        ("Toàn tỉnh", "512.760", 512760, "497.377", 497377, "97,0", 97.0)]
FIGS = []
for name, a, av, b, bv, c, cv in rows:
    loc = "Thái Bình" if name == "Toàn tỉnh" else name
    FIGS += [
        F(f"{name} | {a} |", a, av, "count", "hộ", "Tổng số hộ nông thôn", T, location=loc),
        F(f"{a} | {b} |", b, bv, "count", "hộ", "Hộ có nhà tiêu hợp vệ sinh", T, location=loc),
        F(f"{b} | {c}\n", c, cv, "percent", "%", "Tỷ lệ", T, location=loc),
    ]
FIGS += [
    F("cải tạo 4.615 nhà tiêu", "4.615", 4615, "count", "nhà tiêu", "nhà tiêu hợp vệ sinh xây mới, cải tạo", Y,
      percent=115.4),
    F("ước thực hiện 46,2 tỷ đồng", "46,2", 46200000000, "money", "đồng", "tổng kinh phí", Yi, status="estimate"),
    F("nhà nước 8,5 tỷ đồng", "8,5", 8500000000, "money", "đồng", "vốn ngân sách nhà nước", Yi, status="estimate",
      total=46200000000, percent=18.4),
    F("xã hội 21,3 tỷ đồng", "21,3", 21300000000, "money", "đồng", "vốn vay Ngân hàng Chính sách xã hội", Yi,
      status="estimate", total=46200000000),
    F("có 38.620 hộ", "38.620", 38620, "count", "hộ", "hộ chăn nuôi lợn quy mô nông hộ", Yi),
    F("trong đó 29.150 hộ", "29.150", 29150, "count", "hộ", "hộ có chuồng trại hợp vệ sinh", Yi, total=38620,
      percent=75.5),
    F("tăng 14,2%", "14,2", 14.2, "percent", "%", "tăng số hộ sử dụng đệm lót sinh học", Yi),
    F("đạt 98,5%", "98,5", 98.5, "percent", "%", "tỷ lệ hộ gia đình nông thôn có nhà tiêu hợp vệ sinh", N25,
      status="target"),
    F("98,5%; 100% số xã", "100", 100, "percent", "%", "xã duy trì đạt tiêu chí số 17 về môi trường và an toàn thực phẩm",
      N25, status="target"),
    F("khoảng 4.000 nhà tiêu", "4.000", 4000, "count", "nhà tiêu", "nhà tiêu xây mới, cải tạo", N25, status="target",
      approx="about"),
]

emit("p263-4", TEXT, FIGS, [
    "Formal report with letterhead (Sở NN&PTNT Thái Bình, 'Số: 418/BC-SNNPTNT'); the place-and-date line is its date.",
    "Flattened '|' table with 'Đơn vị tính: hộ' and a '(%)' column: every numeric cell is a figure; district row labels -> location,",
    "'Toàn tỉnh' -> Thái Bình; subject = column label as written (revised: the '(%)' column is just 'Tỷ lệ'); period 'đến ngày 30/11/2024' from the line above (inherited); no totals for cells.",
    "'đạt 115,4% kế hoạch' is the count's percent. 'ước thực hiện 46,2 tỷ …, trong đó …' parts are estimates with total 46,2 tỷ.",
    "'(75,5%)' bracketed share after a 'trong đó' part is its percent. 'Số hộ … tăng 14,2%' has no base amount: a percent figure.",
    "Section II heading 'NĂM 2025' gives the targets their period (inherited); 'Phấn đấu' makes them targets.",
    "Distractors: document number, dates, section numbers I./II./1./2., 'tiêu chí số 17', 'Lưu: VT, KHTC', signer.",
], location="Thái Bình", published="2024-12-20")
