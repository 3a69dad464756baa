"""p1317-3: formal report (UBND tỉnh Quảng Ngãi): IP development programme 2024, flattened '|' table by object."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH QUẢNG NGÃI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 215/BC-UBND
Quảng Ngãi, ngày 18 tháng 11 năm 2024

BÁO CÁO
Kết quả thực hiện Chương trình phát triển tài sản trí tuệ năm 2024, kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Xác lập quyền sở hữu công nghiệp
Năm 2024, các tổ chức, cá nhân trong tỉnh ước nộp 548 đơn đăng ký sở hữu công nghiệp, tăng 11,4% so với năm 2023, bằng 105,4% kế hoạch; số văn bằng bảo hộ được cấp ước đạt 402 văn bằng.

Số đơn đăng ký sở hữu công nghiệp theo đối tượng
Đơn vị tính: đơn
Đối tượng | Năm 2023 | Ước thực hiện 2024 | Kế hoạch 2025
Nhãn hiệu | 463 | 512 | 540
Kiểu dáng công nghiệp | 21 | 24 | 30
Sáng chế, giải pháp hữu ích | 8 | 12 | 15
Tổng cộng | 492 | 548 | 585

2. Hỗ trợ phát triển tài sản trí tuệ
Trong năm, Sở Khoa học và Công nghệ hỗ trợ 14 tổ chức, cá nhân đăng ký bảo hộ nhãn hiệu với kinh phí 385 triệu đồng; hoàn thành dự án xây dựng nhãn hiệu chứng nhận "Quế Trà Bồng" cho vùng nguyên liệu hơn 5.000 ha của huyện Trà Bồng.

3. Thực thi quyền sở hữu trí tuệ
Lực lượng quản lý thị trường đã kiểm tra 96 vụ, xử lý 37 vụ vi phạm về nhãn hiệu, tên thương mại, giảm 8 vụ so với năm 2023; phạt tiền 412 triệu đồng.

II. KẾ HOẠCH NĂM 2025
Phấn đấu có 585 đơn đăng ký sở hữu công nghiệp; hỗ trợ 15-20 sản phẩm đặc thù đăng ký bảo hộ; 100% sản phẩm OCOP từ 3 sao trở lên được bảo hộ nhãn hiệu.

Nơi nhận:
- Bộ KH&CN (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Minh Khải
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
TN = per("Trong năm", "2024-01-01", "2024-12-31")
SEC1 = per("NĂM 2024", "2024-01-01", "2024-12-31")
SEC2 = per("NĂM 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("ước thực hiện 2024", per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
        ("kế hoạch 2025", per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
ROWS = [("Nhãn hiệu", "đơn đăng ký nhãn hiệu", ["463", "512", "540"]),
        ("Kiểu dáng công nghiệp", "đơn đăng ký kiểu dáng công nghiệp", ["21", "24", "30"]),
        ("Sáng chế, giải pháp hữu ích", "đơn đăng ký sáng chế, giải pháp hữu ích", ["8", "12", "15"]),
        ("Tổng cộng", "tổng cộng đơn đăng ký sở hữu công nghiệp", ["492", "548", "585"])]

CELLS = []
for label, subj, nums in ROWS:
    anchor = label
    for (col, p, st), n in zip(COLS, nums):
        anchor = f"{anchor} | {n}"
        kw = {"status": st} if st else {}
        CELLS.append(fig(anchor, n, int(n), "count", "đơn", subject=f"{subj} {col}", period=p, **kw))

FIGS = [
    fig("ước nộp 548 đơn", "548", 548, "count", "đơn", status="estimate", percent=105.4,
        change=chg("increase", 11.4, "%", "năm 2023"),
        subject="đơn đăng ký sở hữu công nghiệp các tổ chức, cá nhân trong tỉnh nộp", period=Y24),
    fig("ước đạt 402 văn bằng", "402", 402, "count", "văn bằng", status="estimate",
        subject="văn bằng bảo hộ được cấp", period=Y24),
] + CELLS + [
    fig("hỗ trợ 14 tổ chức", "14", 14, "count", "tổ chức, cá nhân",
        subject="tổ chức, cá nhân được hỗ trợ đăng ký bảo hộ nhãn hiệu", period=TN),
    fig("kinh phí 385 triệu", "385", 385e6, "money", "đồng",
        subject="kinh phí hỗ trợ đăng ký bảo hộ nhãn hiệu", period=TN),
    fig("hơn 5.000 ha", "5.000", 5000, "measure", "ha", approx="over",
        subject="vùng nguyên liệu quế", location="Trà Bồng"),
    fig("kiểm tra 96 vụ", "96", 96, "count", "vụ",
        subject="vụ lực lượng quản lý thị trường kiểm tra", period=inh(SEC1)),
    fig("xử lý 37 vụ", "37", 37, "count", "vụ", change=chg("decrease", 8, "vụ", "năm 2023"),
        subject="vụ vi phạm về nhãn hiệu, tên thương mại bị xử lý", period=inh(SEC1)),
    fig("phạt tiền 412 triệu", "412", 412e6, "money", "đồng",
        subject="tiền phạt vi phạm về nhãn hiệu, tên thương mại", period=inh(SEC1)),
    fig("có 585 đơn", "585", 585, "count", "đơn", status="target",
        subject="đơn đăng ký sở hữu công nghiệp", period=inh(SEC2)),
    fig("hỗ trợ 15-20 sản phẩm", "15", 15, "count", "sản phẩm", value_max=20, status="target",
        subject="sản phẩm đặc thù được hỗ trợ đăng ký bảo hộ", period=inh(SEC2)),
    fig("; 100% sản phẩm", "100", 100, "percent", "%", status="target",
        subject="sản phẩm OCOP từ 3 sao trở lên được bảo hộ nhãn hiệu", period=inh(SEC2)),
]

NOTES = [
    "Formal report (UBND tỉnh Quảng Ngãi): 'Số: 215/BC-UBND', 'Quảng Ngãi, ngày 18 tháng 11 năm 2024', sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: 215/BC-UBND, the letterhead date, section numbers I., II., 1.-3., '(b/c)', '3 sao' (a rating threshold), report-title years.",
    "Flattened '|' table, 'Đơn vị tính: đơn': rows are IP objects; subject = row + column label; period from the column header (scored);",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target; table cells get no total (463+21+8 = 492 etc.).",
    "'ước nộp ... bằng 105,4% kế hoạch' → percent attribute 105.4; 'ước đạt 402 văn bằng' after ';' keeps period Năm 2024, estimate.",
    "'Trong năm' in an annual report names the report year (2024), as 'trong tháng' in a monthly report: scored.",
    "Section 3 and section II have no period phrase in the sentence: period from the section heading (inherited).",
    "'giảm 8 vụ so với năm 2023' is the change of 37 vụ. 'Phấn đấu' under 'KẾ HOẠCH NĂM 2025' governs all three clauses (target).",
    "'hơn 5.000 ha' is the area of the Trà Bồng raw-material zone: location Trà Bồng, no period (a standing area).",
]

if __name__ == "__main__":
    write("p1317-3", TEXT, NOTES, FIGS, published="2024-11-18", location="Quảng Ngãi")
