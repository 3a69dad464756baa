"""p1318-7: department site (Sở GTVT Lâm Đồng), no dateline: bus checks at bus stations 2024, one-cell-per-line table by place."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ GIAO THÔNG VẬN TẢI TỈNH LÂM ĐỒNG
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Hỏi đáp

Kết quả kiểm tra xe khách tại các bến xe năm 2024

Năm 2024, Thanh tra Sở Giao thông vận tải phối hợp với các bến xe kiểm tra điều kiện an toàn của xe khách trước khi xuất bến, tập trung vào dây an toàn, búa thoát hiểm và thiết bị giám sát hành trình. Toàn tỉnh đã kiểm tra 6.842 lượt xe, vượt 4,2% kế hoạch năm; phát hiện 517 lượt xe có dây an toàn không bảo đảm, chiếm 7,6%; yêu cầu khắc phục ngay tại bến 489 lượt, số còn lại không cho xuất bến.

Số lượt xe khách được kiểm tra theo địa bàn
Đơn vị tính: lượt xe
Địa bàn
Năm 2023
Năm 2024
Kế hoạch 2025
TP Đà Lạt
2.915
3.104
3.200
TP Bảo Lộc
1.487
1.652
1.700
Huyện Đức Trọng
1.106
1.210
1.250
Các huyện còn lại
798
876
900
Tổng số
6.306
6.842
7.050

Ngoài ra, qua kiểm tra đột xuất trên Quốc lộ 20 và đèo Prenn, lực lượng thanh tra phát hiện hơn hai chục xe khách không nhắc nhở hành khách thắt dây an toàn, xử phạt 62 triệu đồng.

Năm 2025, Sở phấn đấu 100% xe khách xuất bến được kiểm tra dây an toàn; dự kiến lắp thêm 12 camera giám sát tại 4 bến xe loại 1 và loại 2.

Văn bản mới | Liên hệ
SỞ GIAO THÔNG VẬN TẢI TỈNH LÂM ĐỒNG
Địa chỉ: Số 36 Trần Phú, Phường 4, TP Đà Lạt
Điện thoại: 0263.3822.477 | Đường dây nóng: 0918.115.115
Lượt truy cập: 1.204.583 | Đang trực tuyến: 24
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y23C = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24C = per("Năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", Y23C, None), ("năm 2024", Y24C, None), ("kế hoạch 2025", K25, "target")]
IND = "số lượt xe khách được kiểm tra"

ROWS = [("TP Đà Lạt", "Đà Lạt", ["2.915", "3.104", "3.200"]),
        ("TP Bảo Lộc", "Bảo Lộc", ["1.487", "1.652", "1.700"]),
        ("Huyện Đức Trọng", "Đức Trọng", ["1.106", "1.210", "1.250"]),
        ("Các huyện còn lại", None, ["798", "876", "900"]),
        ("Tổng số", None, ["6.306", "6.842", "7.050"])]
CELLS = []
for label, place, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        if place:
            kw["location"] = place
            subj = f"{IND} {col}"
        else:
            subj = f"{IND} {label.lower()} {col}"
        CELLS.append(fig(f"{prev}\n{n}", n, float(n.replace(".", "")), "count", "lượt xe", subject=subj, period=p,
                         **kw))
        prev = n

FIGS = [
    fig("kiểm tra 6.842 lượt", "6.842", 6842, "count", "lượt xe", change=chg("increase", 4.2, "%", "kế hoạch năm"),
        subject="lượt xe khách được kiểm tra", period=Y24),
    fig("phát hiện 517 lượt", "517", 517, "count", "lượt xe", percent=7.6,
        subject="lượt xe có dây an toàn không bảo đảm", period=Y24),
    fig("bến 489 lượt", "489", 489, "count", "lượt", subject="lượt xe được yêu cầu khắc phục ngay tại bến", period=Y24),
] + CELLS + [
    fig("hơn hai chục xe", "hai chục", 20, "count", "xe khách", approx="over",
        subject="xe khách không nhắc nhở hành khách thắt dây an toàn", period=inh(Y24)),
    fig("xử phạt 62 triệu", "62", 62e6, "money", "đồng", subject="tiền xử phạt", period=inh(Y24)),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="xe khách xuất bến được kiểm tra dây an toàn", period=Y25),
    fig("thêm 12 camera", "12", 12, "count", "camera", status="forecast", subject="camera giám sát lắp thêm",
        period=Y25),
    fig("tại 4 bến xe", "4", 4, "count", "bến xe", status="forecast", subject="bến xe được lắp thêm camera giám sát",
        period=Y25),
]

NOTES = [
    "Department site (Sở Giao thông vận tải Lâm Đồng), no dateline: menu, footer with address, phones, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: 'Quốc lộ 20', 'bến xe loại 1 và loại 2', 'Số 36 Trần Phú, Phường 4', phones, counters 1.204.583 and 24.",
    "One-cell-per-line table with a place column, 'Đơn vị tính: lượt xe': a row that is a place gives the location (Đà Lạt, Bảo Lộc,",
    "Đức Trọng), subject = caption + column; 'Các huyện còn lại' and 'Tổng số' stay Lâm Đồng with the row label in the subject.",
    "Period from the column header (scored); 'Kế hoạch 2025' → status target. Table cells get no total.",
    "'kiểm tra 6.842 lượt xe, vượt 4,2% kế hoạch năm' → a gap to a plan is a change (baseline 'kế hoạch năm').",
    "'phát hiện 517 lượt xe ..., chiếm 7,6%' → percent 7.6 (no total: no cue). 489 lượt has no cue either.",
    "'Ngoài ra ...' continues the 2024 results: period inherited. 'Năm 2025 ... phấn đấu 100% ...; dự kiến ... 12 camera ... 4 bến xe'",
    "→ target, then forecast for the clause with its own cue 'dự kiến'.",
]

if __name__ == "__main__":
    write("p1318-7", TEXT, NOTES, FIGS, location="Lâm Đồng")
