"""p1420-3: formal report (UBND tỉnh Vĩnh Phúc): seized and returned vehicles, flattened '|' table of backlog, auctions, plan 2025."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH VĨNH PHÚC                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                           Độc lập - Tự do - Hạnh phúc
Số: 415/BC-UBND                         Vĩnh Phúc, ngày 12 tháng 12 năm 2024

BÁO CÁO
Kết quả xử lý phương tiện vi phạm bị tạm giữ, tồn đọng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Công tác tạm giữ, giải quyết phương tiện
Từ ngày 01/01/2024 đến ngày 30/11/2024, lực lượng chức năng toàn tỉnh tạm giữ 9.874 phương tiện vi phạm, giảm 6,2% so với cùng kỳ năm 2023; đã giải quyết trả lại 8.105 phương tiện, đạt 82,1%.

2. Phương tiện tồn đọng tại các bãi tạm giữ
Đơn vị tính: chiếc
Loại phương tiện | Năm 2023 | Năm 2024 | Kế hoạch xử lý 2025
Ô tô | 214 | 187 | 150
Mô tô, xe máy | 5.630 | 6.042 | 4.500
Xe thô sơ, xe đạp điện | 412 | 398 | 300
Tổng cộng | 6.256 | 6.627 | 4.950

3. Công tác thanh lý
Năm 2024, tỉnh tổ chức 3 cuộc bán đấu giá 1.720 phương tiện hết thời hạn tạm giữ, giá khởi điểm bình quân 1,2 triệu đồng/xe máy; tổng số tiền thu được trên 2,85 tỷ đồng, cao hơn 14% so với tổng giá khởi điểm. Chi phí thuê bãi, trông giữ ước khoảng 640 triệu đồng.

II. PHƯƠNG HƯỚNG NĂM 2025
1. Phấn đấu giảm ít nhất 25% số phương tiện tồn đọng so với năm 2024.
2. Dự kiến mở rộng bãi tạm giữ tập trung tại huyện Bình Xuyên thêm 2,5 ha, kinh phí khoảng 18 tỷ đồng từ ngân sách tỉnh.

Nơi nhận:
- Bộ Công an;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NC.
                                           TM. ỦY BAN NHÂN DÂN
                                           KT. CHỦ TỊCH
                                           PHÓ CHỦ TỊCH
"""

P = per("Từ ngày 01/01/2024 đến ngày 30/11/2024", "2024-01-01", "2024-11-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25H = per("NĂM 2025", "2025-01-01", "2025-12-31")
COLS = {
    "năm 2023": (per("Năm 2023", "2023-01-01", "2023-12-31"), None),
    "năm 2024": (per("Năm 2024", "2024-01-01", "2024-12-31"), None),
    "kế hoạch xử lý 2025": (per("Kế hoạch xử lý 2025", "2025-01-01", "2025-12-31"), "target"),
}
ROWS = [("Ô tô", ["214", "187", "150"]), ("Mô tô, xe máy", ["5.630", "6.042", "4.500"]),
        ("Xe thô sơ, xe đạp điện", ["412", "398", "300"]), ("Tổng cộng", ["6.256", "6.627", "4.950"])]
CELLS = []
for label, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        p, st = COLS[col]
        kw = {"status": st} if st else {}
        CELLS.append(fig(f"{prev} | {n}", n, float(n.replace(".", "")), "count", "chiếc",
                         subject=f"phương tiện tồn đọng {label.lower()} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("tạm giữ 9.874", "9.874", 9874, "count", "phương tiện",
        change=chg("decrease", 6.2, "%", "cùng kỳ năm 2023"),
        subject="phương tiện vi phạm lực lượng chức năng toàn tỉnh tạm giữ", period=P),
    fig("trả lại 8.105", "8.105", 8105, "count", "phương tiện", percent=82.1,
        subject="phương tiện đã giải quyết trả lại", period=P),
] + CELLS + [
    fig("tổ chức 3 cuộc", "3", 3, "count", "cuộc", subject="cuộc bán đấu giá tỉnh tổ chức", period=Y24),
    fig("đấu giá 1.720", "1.720", 1720, "count", "phương tiện",
        subject="phương tiện hết thời hạn tạm giữ bán đấu giá", period=Y24),
    fig("bình quân 1,2 triệu", "1,2", 1.2e6, "money", "đồng/xe máy",
        subject="giá khởi điểm bình quân", period=Y24),
    fig("trên 2,85 tỷ", "2,85", 2.85e9, "money", "đồng", approx="over",
        change=chg("increase", 14, "%", "tổng giá khởi điểm"),
        subject="tổng số tiền thu được từ bán đấu giá", period=Y24),
    fig("ước khoảng 640 triệu", "640", 640e6, "money", "đồng", approx="about", status="estimate",
        subject="chi phí thuê bãi, trông giữ", period=inh(Y24)),
    fig("ít nhất 25%", "25", 25, "percent", "%", approx="at_least", status="target",
        subject="số phương tiện tồn đọng", period=inh(Y25H)),
    fig("thêm 2,5 ha", "2,5", 2.5, "measure", "ha", status="forecast",
        subject="diện tích mở rộng bãi tạm giữ tập trung", period=inh(Y25H), location="Bình Xuyên"),
    fig("khoảng 18 tỷ", "18", 18e9, "money", "đồng", approx="about", status="forecast",
        subject="kinh phí mở rộng bãi tạm giữ tập trung", period=inh(Y25H), location="Bình Xuyên"),
]

NOTES = [
    "Formal report: 'UBND TỈNH VĨNH PHÚC', 'Số: 415/BC-UBND', 'Vĩnh Phúc, ngày 12 tháng 12 năm 2024', sections I/II and 1-3, 'Nơi nhận', signature block.",
    "Distractors: document number, letterhead date, section numbers I., II., 1.-3., 'Lưu: VT, NC', 'TM.', 'KT.'.",
    "The report year runs 'Từ ngày 01/01/2024 đến ngày 30/11/2024': 2024-01-01..2024-11-30 for 9.874 and 8.105.",
    "'đạt 82,1%' after 8.105 is its percent attribute (no number for the whole in the clause's cue, so no total).",
    "Flattened '|' table, 'Đơn vị tính: chiếc', rows by vehicle type: subject = caption indicator + row + column label; period from",
    "the column header (scored); 'Kế hoạch xử lý 2025' → status target. Cells get no total.",
    "Section II items take the year from the heading 'PHƯƠNG HƯỚNG NĂM 2025' (inherited, not scored). 'Phấn đấu' → target;",
    "'Dự kiến' → forecast for both figures of item 2; the lot is in huyện Bình Xuyên (location).",
    "'Chi phí ... ước khoảng 640 triệu đồng' → estimate and about; its year comes from the previous sentence (inherited).",
]

if __name__ == "__main__":
    write("p1420-3", TEXT, NOTES, FIGS, published="2024-12-12", location="Vĩnh Phúc")
