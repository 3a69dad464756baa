"""p1335-3: formal report (UBND tỉnh Nam Định, Số: 312/BC-UBND): restoration funding 2024, flattened '|' table by source."""
from lib import fig, per, inh, chg, write

TEXT = """UBND TỈNH NAM ĐỊNH
Số: 312/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Định, ngày 16 tháng 12 năm 2024

BÁO CÁO
Kết quả công tác tu bổ, tôn tạo di tích năm 2024 và phương hướng năm 2025

I. KẾT QUẢ NĂM 2024
1. Kinh phí
Năm 2024, tổng kinh phí tu bổ, tôn tạo di tích ước đạt 214,6 tỷ đồng, bằng 107,3% kế hoạch, tăng 9,8% so với năm 2023.
Đơn vị tính: tỷ đồng
TT | Nguồn vốn | Năm 2023 | Ước thực hiện 2024 | Kế hoạch 2025
1 | Ngân sách trung ương | 32,0 | 28,5 | 30,0
2 | Ngân sách tỉnh | 54,2 | 61,8 | 65,0
3 | Ngân sách huyện, xã | 21,7 | 24,3 | 25,0
4 | Xã hội hóa | 87,5 | 100,0 | 110,0
 | Tổng cộng | 195,4 | 214,6 | 230,0

2. Kết quả tu bổ
Trong năm 2024, toàn tỉnh hoàn thành tu bổ 52 công trình, trong đó 17 công trình thuộc di tích cấp quốc gia; khởi công mới 23 công trình. Đền Trần (TP Nam Định) đón khoảng 1,8 triệu lượt khách, Phủ Dầy (huyện Vụ Bản) đón hơn 950 nghìn lượt khách.

3. Tồn tại
Qua kiểm tra 120 di tích, phát hiện 7 trường hợp tự ý tu bổ, xây dựng trong khu vực bảo vệ di tích; đã xử lý dứt điểm 5 trường hợp.

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu huy động 230 tỷ đồng cho công tác tu bổ, chống xuống cấp khoảng 60 di tích; 100% di tích xếp hạng có Ban quản lý.

Nơi nhận:
- Bộ Văn hóa, Thể thao và Du lịch;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, VX.
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T24 = per("Trong năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
COLS = {"năm 2023": (per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        "ước thực hiện 2024": (per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
        "kế hoạch 2025": (per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")}
ROWS = [("Ngân sách trung ương", "trung ương", ["32,0", "28,5", "30,0"]),
        ("Ngân sách tỉnh", "tỉnh", ["54,2", "61,8", "65,0"]),
        ("Ngân sách huyện, xã", "xã", ["21,7", "24,3", "25,0"]),
        ("Xã hội hóa", "hóa", ["87,5", "100,0", "110,0"]),
        ("Tổng cộng", "Tổng cộng", ["195,4", "214,6", "230,0"])]
CELLS = []
for label, lead, nums in ROWS:
    prev = lead
    for col, n in zip(COLS, nums):
        p, st = COLS[col]
        kw = {"status": st} if st else {}
        CELLS.append(fig(f"{prev} | {n}", n, float(n.replace(",", ".")) * 1e9, "money", "đồng",
                         subject=f"{label} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("ước đạt 214,6 tỷ", "214,6", 214.6e9, "money", "đồng", percent=107.3,
        change=chg("increase", 9.8, "%", "năm 2023"), status="estimate",
        subject="tổng kinh phí tu bổ, tôn tạo di tích", period=Y24),
] + CELLS + [
    fig("tu bổ 52 công trình", "52", 52, "count", "công trình", subject="công trình hoàn thành tu bổ", period=T24),
    fig("trong đó 17 công trình", "17", 17, "count", "công trình", total=52,
        subject="công trình thuộc di tích cấp quốc gia", period=T24),
    fig("mới 23 công trình", "23", 23, "count", "công trình", subject="công trình khởi công mới", period=T24),
    fig("khoảng 1,8 triệu", "1,8", 1.8e6, "count", "lượt khách", approx="about",
        subject="lượt khách Đền Trần đón", period=inh(T24), location="Nam Định"),
    fig("hơn 950 nghìn", "950", 950e3, "count", "lượt khách", approx="over",
        subject="lượt khách Phủ Dầy đón", period=inh(T24), location="Vụ Bản"),
    fig("kiểm tra 120 di tích", "120", 120, "count", "di tích", subject="di tích được kiểm tra",
        period=inh(per("NĂM 2024", "2024-01-01", "2024-12-31"))),
    fig("phát hiện 7 trường hợp", "7", 7, "count", "trường hợp",
        subject="trường hợp tự ý tu bổ, xây dựng trong khu vực bảo vệ di tích",
        period=inh(per("NĂM 2024", "2024-01-01", "2024-12-31"))),
    fig("dứt điểm 5 trường hợp", "5", 5, "count", "trường hợp", subject="trường hợp đã xử lý dứt điểm",
        period=inh(per("NĂM 2024", "2024-01-01", "2024-12-31"))),
    fig("huy động 230 tỷ", "230", 230e9, "money", "đồng", status="target",
        subject="kinh phí huy động cho công tác tu bổ, chống xuống cấp di tích", period=Y25),
    fig("khoảng 60 di tích", "60", 60, "count", "di tích", approx="about", status="target",
        subject="di tích tu bổ, chống xuống cấp", period=Y25),
    fig("100% di tích", "100", 100, "percent", "%", status="target",
        subject="di tích xếp hạng có Ban quản lý", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH NAM ĐỊNH', 'Số: 312/BC-UBND', 'Nam Định, ngày 16 tháng 12 năm 2024' (published), sections I/II and 1-3, 'Nơi nhận'.",
    "'ước đạt 214,6 tỷ đồng, bằng 107,3% kế hoạch, tăng 9,8% so với năm 2023': estimate; percent 107,3 (share of plan), change +9,8%.",
    "Flattened '|' table, 'Đơn vị tính: tỷ đồng': money ×10^9; rows are funding sources (not places); row numbers 1-4 are not figures;",
    "subject = row label + column label; period from the column header (scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target; cells get no total.",
    "'Đền Trần (TP Nam Định)' and 'Phủ Dầy (huyện Vụ Bản)': the place in brackets is the location (TP Nam Định = 'Nam Định').",
    "'Qua kiểm tra 120 di tích, phát hiện 7 trường hợp ...; đã xử lý dứt điểm 5 trường hợp': no part-of cue, so no totals.",
    "Section II 'PHƯƠNG HƯỚNG NĂM 2025' with 'Phấn đấu': all three targets, period from the section heading (inherited, not scored).",
    "Distractors: 'Số: 312/BC-UBND', letterhead date, section numbers I./II./1.-3., table row numbers 1-4, 'Lưu: VT, VX'.",
]

if __name__ == "__main__":
    write("p1335-3", TEXT, NOTES, FIGS, published="2024-12-16", location="Nam Định",
          table=[c["anchor"] for c in CELLS])
