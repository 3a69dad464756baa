"""p849-7: department site (Sở VHTTDL Lâm Đồng), no dateline, grassroots clubs, one-cell-per-line table."""
from lib import F, P, I, C, T, main

TEXT = """
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH LÂM ĐỒNG
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Phát triển câu lạc bộ thể thao cơ sở gắn với thiết chế văn hóa, thể thao

Năm 2024, toàn tỉnh có 1.208 câu lạc bộ thể dục thể thao cơ sở, tăng 62 câu lạc bộ so với năm 2023; trong đó câu lạc bộ cầu lông là 436, câu lạc bộ pickleball là 57. Tỷ lệ dân số tập luyện thể dục thể thao thường xuyên đạt 35,2%, vượt 0,7% so với kế hoạch.

Toàn tỉnh có 140/142 xã, phường, thị trấn có sân thể thao phục vụ nhân dân; 1.386 thôn, tổ dân phố có nhà văn hóa kết hợp sân tập, đạt 96,5%. Các huyện Đức Trọng, Lâm Hà và Di Linh lần lượt có 58, 47 và 41 câu lạc bộ cầu lông.

Một số chỉ tiêu phát triển câu lạc bộ thể thao cơ sở
Đơn vị tính: câu lạc bộ
Chỉ tiêu
Năm 2023
Năm 2024
Kế hoạch 2025
Câu lạc bộ thể dục thể thao cơ sở
1.146
1.208
1.260
Câu lạc bộ cầu lông
421
436
450
Câu lạc bộ pickleball
12
57
90

Năm 2025, Sở đặt mục tiêu 100% thôn, tổ dân phố có điểm tập luyện thể thao; phấn đấu mỗi huyện có ít nhất 1 sân pickleball đạt chuẩn thi đấu. Sở khuyến khích các doanh nghiệp đầu tư sân tập theo hình thức xã hội hóa, miễn giảm giá thuê sân cho học sinh, người cao tuổi.

SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH LÂM ĐỒNG
Địa chỉ: Số 12 Hùng Vương, Phường 10, TP. Đà Lạt, tỉnh Lâm Đồng
Điện thoại: 0263.3822.046 - Email: svhttdl@lamdong.gov.vn
Tổng lượt truy cập: 1.486.227 | Đang trực tuyến: 35
"""

NOTES = [
    "Department site (Sở VHTTDL Lâm Đồng), no dateline: grassroots clubs 2024, facilities, one-cell-per-line table (Năm 2023 / Năm 2024 /",
    "Kế hoạch 2025, 'Đơn vị tính: câu lạc bộ'), 2025 targets. No date on the page: no published.",
    "Distractors: footer address 'Số 12 Hùng Vương, Phường 10', phone '0263.3822.046', 'Tổng lượt truy cập: 1.486.227', 'Đang trực tuyến: 35'.",
    "'vượt 0,7% so với kế hoạch' after 35,2% is a change against the plan (FIGURES: a gap to a plan is a change with that baseline).",
    "Table periods come from the column headers (scored, as in the shared gold); 'Kế hoạch 2025' → target. Cells carry no totals.",
    "'1.386 thôn, tổ dân phố …, đạt 96,5%' → percent 96.5; '140/142' → total 142. 'lần lượt' items: list indicator, district locations.",
]

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("có 1.208 câu lạc bộ", "1.208", 1208, "count", "câu lạc bộ", "câu lạc bộ thể dục thể thao cơ sở", Y24,
      change=C("increase", 62, "câu lạc bộ", "năm 2023")),
    F("lông là 436", "436", 436, "count", "câu lạc bộ", "câu lạc bộ cầu lông", Y24, total=1208),
    F("pickleball là 57", "57", 57, "count", "câu lạc bộ", "câu lạc bộ pickleball", Y24, total=1208),
    F("đạt 35,2%", "35,2", 35.2, "percent", "%", "tỷ lệ dân số tập luyện thể dục thể thao thường xuyên", I(Y24),
      change=C("increase", 0.7, "%", "kế hoạch")),
    F("140/142 xã", "140", 140, "count", "xã, phường, thị trấn", "xã, phường, thị trấn có sân thể thao", total=142),
    F("1.386 thôn", "1.386", 1386, "count", "thôn, tổ dân phố", "thôn, tổ dân phố có nhà văn hóa kết hợp sân tập",
      percent=96.5),
    F("lần lượt có 58", "58", 58, "count", "câu lạc bộ", "câu lạc bộ cầu lông", location="Đức Trọng"),
    F("58, 47", "47", 47, "count", "câu lạc bộ", "câu lạc bộ cầu lông", location="Lâm Hà"),
    F("và 41 câu lạc bộ", "41", 41, "count", "câu lạc bộ", "câu lạc bộ cầu lông", location="Di Linh"),
]

COLS = [P("Năm 2023", "2023-01-01", "2023-12-31"), P("Năm 2024", "2024-01-01", "2024-12-31"),
        P("Kế hoạch 2025", "2025-01-01", "2025-12-31")]
ROWS = [("câu lạc bộ thể dục thể thao cơ sở", "Câu lạc bộ thể dục thể thao cơ sở", ("1.146", "1.208", "1.260")),
        ("câu lạc bộ cầu lông", "Câu lạc bộ cầu lông", ("421", "436", "450")),
        ("câu lạc bộ pickleball", "Câu lạc bộ pickleball", ("12", "57", "90"))]
for subj, label, cells in ROWS:
    prev = label
    for per, cell in zip(COLS, cells):
        kw = {"status": "target"} if per["text"].startswith("Kế hoạch") else {}
        FIGS.append(F(f"{prev}\n{cell}", cell, int(cell.replace(".", "")), "count", "câu lạc bộ", subj, per, **kw))
        prev = cell

FIGS += [
    F("mục tiêu 100% thôn", "100", 100, "percent", "%", "thôn, tổ dân phố có điểm tập luyện thể thao", Y25,
      status="target"),
    F("ít nhất 1 sân", "1", 1, "count", "sân", "sân pickleball đạt chuẩn thi đấu mỗi huyện", Y25,
      approx="at_least", status="target"),
]

if __name__ == "__main__":
    main("p849-7", TEXT, NOTES, FIGS, location="Lâm Đồng")
