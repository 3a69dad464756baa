from lib import F, P, CH, emit

TEXT = """LIÊN ĐOÀN LAO ĐỘNG TỈNH THÁI NGUYÊN
Số: 86/BC-LĐLĐ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Nguyên, ngày 20 tháng 12 năm 2024

BÁO CÁO
Kết quả thương lượng, ký kết thỏa ước lao động tập thể năm 2024

I. KẾT QUẢ THỰC HIỆN
Năm 2024, công đoàn cơ sở phối hợp với người sử dụng lao động tổ chức 1.126 cuộc đối thoại định kỳ tại nơi làm việc, tăng 8,5% so với năm 2023; tham gia giải quyết 23 vụ tranh chấp lao động, ngừng việc tập thể. Tổng số đoàn viên toàn tỉnh đạt 152.380 người, trong đó đoàn viên khu vực doanh nghiệp ngoài nhà nước và FDI là 118.640 người (chiếm 77,9%).

Kết quả thương lượng, ký kết thỏa ước lao động tập thể (TƯLĐTT):

Chỉ tiêu

Đơn vị

Năm 2023

Năm 2024

So sánh (%)

Doanh nghiệp có tổ chức công đoàn

doanh nghiệp

1.042

1.087

104,3

Bản TƯLĐTT còn hiệu lực

bản

812

869

107,0

TƯLĐTT có nội dung có lợi hơn quy định pháp luật

bản

498

566

113,7

Người lao động được hưởng lợi từ TƯLĐTT

người

168.450

176.920

105,0

Tỷ lệ doanh nghiệp có tổ chức công đoàn đã ký kết TƯLĐTT đạt 79,9%, vượt 4,9% chỉ tiêu Nghị quyết Đại hội Công đoàn tỉnh lần thứ XIII. Công đoàn các cấp đã khởi kiện thay người lao động đòi nợ lương, BHXH tại 4 doanh nghiệp với số tiền hơn 5,3 tỷ đồng.

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu 85% doanh nghiệp có tổ chức công đoàn ký kết TƯLĐTT, trong đó ít nhất 45% bản thỏa ước được đánh giá xếp loại A.

Nơi nhận:
- Tổng LĐLĐ Việt Nam (b/c);
- Lưu: VT, CSPL.
TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Hoàng Văn Tuấn
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)
Y23c = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24c = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("NĂM 2025", "2025-01-01", "2025-12-31", inh=True)

ROWS = [
    ("Doanh nghiệp có tổ chức công đoàn", "doanh nghiệp", "1.042", "1.087", "104,3"),
    ("Bản TƯLĐTT còn hiệu lực", "bản", "812", "869", "107,0"),
    ("TƯLĐTT có nội dung có lợi hơn quy định pháp luật", "bản", "498", "566", "113,7"),
    ("Người lao động được hưởng lợi từ TƯLĐTT", "người", "168.450", "176.920", "105,0"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("tổ chức 1.126 cuộc", "1.126", 1126, "count", "cuộc", "cuộc đối thoại định kỳ tại nơi làm việc", Y24,
      change=CH("increase", 8.5, "%", "năm 2023")),
    F("giải quyết 23 vụ", "23", 23, "count", "vụ", "vụ tranh chấp lao động, ngừng việc tập thể công đoàn tham gia giải quyết", Y24),
    F("đạt 152.380 người", "152.380", 152380, "count", "người", "tổng số đoàn viên toàn tỉnh", Y24i),
    F("FDI là 118.640 người", "118.640", 118640, "count", "người",
      "đoàn viên khu vực doanh nghiệp ngoài nhà nước và FDI", Y24i, total=152380, percent=77.9),
]
for label, unit, a, b, c in ROWS:
    FIGS += [
        F(f"{unit}\n\n{a}\n", a, num(a), "count", unit, f"{label} năm 2023", Y23c),
        F(f"{a}\n\n{b}\n", b, num(b), "count", unit, f"{label} năm 2024", Y24c),
        F(f"{b}\n\n{c}\n", c, num(c), "percent", "%", f"So sánh {label}", Y24i),
    ]
FIGS += [
    F("TƯLĐTT đạt 79,9%", "79,9", 79.9, "percent", "%",
      "Tỷ lệ doanh nghiệp có tổ chức công đoàn đã ký kết TƯLĐTT", Y24i,
      change=CH("increase", 4.9, "%", "chỉ tiêu Nghị quyết Đại hội Công đoàn tỉnh")),
    F("tại 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp",
      "doanh nghiệp bị công đoàn khởi kiện đòi nợ lương, BHXH", Y24i),
    F("hơn 5,3 tỷ đồng", "5,3", 5300000000, "money", "đồng", "số tiền khởi kiện đòi nợ lương, BHXH", Y24i,
      approx="over"),
    F("Phấn đấu 85%", "85", 85, "percent", "%", "doanh nghiệp có tổ chức công đoàn ký kết TƯLĐTT", Y25,
      status="target"),
    F("ít nhất 45%", "45", 45, "percent", "%", "bản thỏa ước được đánh giá xếp loại A", Y25,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Formal report, letterhead LĐLĐ tỉnh Thái Nguyên 'Số: 86/BC-LĐLĐ'; place-and-date line 'Thái Nguyên, ngày 20 tháng 12 năm 2024' is its date.",
    "One-cell-per-line table (as h23): Chỉ tiêu | Đơn vị | Năm 2023 | Năm 2024 | So sánh (%). Unit from the Đơn vị column, period from the year",
    "column headers (scored, as in h23); the 'So sánh (%)' cells are percent figures, their period 2024 from the text (inherited).",
    "'118.640 người' after 'trong đó' is part of 152.380 người (total) with its share 77,9%. '79,9%, vượt 4,9% chỉ tiêu' = change vs plan.",
    "Section II heading 'PHƯƠNG HƯỚNG NĂM 2025' gives the targets their period (inherited); 'ít nhất 45%' is at_least and not part of 85% (different base).",
    "Not figures: document number, 'Đại hội … lần thứ XIII', section numbers I./II., 'loại A', 'Lưu: VT, CSPL', signer.",
]

emit("p305-4", TEXT, COMMENTS, FIGS, published="2024-12-20", location="Thái Nguyên")
