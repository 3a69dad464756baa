"""p510-7: Cục THADS TP Cần Thơ department site (no dateline) — enforcement results 2023, one-cell-per-line table."""
from lib import F, P, I, CH, TG, emit

ROWS = [
    ("Ninh Kiều", "3.412", "2.789", "81,7"),
    ("Bình Thủy", "1.658", "1.402", "84,6"),
    ("Cái Răng", "1.529", "1.311", "85,7"),
    ("Ô Môn", "1.874", "1.603", "85,5"),
    ("Thốt Nốt", "2.103", "1.737", "82,6"),
    ("Phong Điền", "1.036", "902", "87,1"),
]
TABLE = "\n".join(f"{r}\n{a}\n{b}\n{c}" for r, a, b, c in ROWS)

TEXT = f"""CỤC THI HÀNH ÁN DÂN SỰ THÀNH PHỐ CẦN THƠ
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ

Kết quả thi hành án dân sự năm 2023

Năm 2023, toàn thành phố có 14.926 việc có điều kiện thi hành, đã thi hành xong 12.433 việc, đạt 83,3%, vượt 0,8% so với chỉ tiêu được giao (82,5%). Về tiền, đã thi hành xong 1.286,7 tỷ đồng/3.904,2 tỷ đồng có điều kiện, đạt 32,96%.

Trong năm, Cục đã tổ chức 58 cuộc cưỡng chế có huy động lực lượng; xét miễn, giảm thi hành án cho 214 việc với số tiền khoảng 3,6 tỷ đồng. Số việc chuyển sang năm 2024 là 4.327 việc, giảm 9,1% so với năm 2022.

Kết quả cụ thể của các Chi cục như sau:

Bảng 1. Kết quả thi hành án về việc của các Chi cục năm 2023
Đơn vị tính: việc
Chi cục
Có điều kiện
Thi hành xong
Tỷ lệ (%)
{TABLE}

Chi cục Thi hành án dân sự huyện Phong Điền dẫn đầu với tỷ lệ 87,1%. Nhiều việc có giá trị lớn đã được giải quyết dứt điểm, như việc của Công ty TNHH Thủy sản Sao Mai 3 với số tiền hơn 26 tỷ đồng.

Năm 2024, Cục phấn đấu thi hành xong trên 84% số việc và 35% số tiền có điều kiện thi hành.

Địa chỉ: Số 7 Ngô Hữu Hạnh, phường Tân An, quận Ninh Kiều, TP Cần Thơ
Điện thoại: 0292.3820.415
Tổng số lượt truy cập: 1.284.936
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TAB = I(P("năm 2023", "2023-01-01", "2023-12-31"))


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("có 14.926 việc", "14.926", 14926, "count", "việc", "việc có điều kiện thi hành", Y23),
    F("xong 12.433 việc", "12.433", 12433, "count", "việc", "việc đã thi hành xong", Y23,
      percent=83.3, change=CH("increase", 0.8, "%", "chỉ tiêu được giao"), target=TG(82.5, met=True)),
    F("xong 1.286,7 tỷ", "1.286,7", 1286.7e9, "money", "đồng", "số tiền đã thi hành xong", I(Y23),
      total=3904.2e9, percent=32.96),
]
FIGS += [
    F("tổ chức 58 cuộc", "58", 58, "count", "cuộc cưỡng chế", "cuộc cưỡng chế có huy động lực lượng", I(Y23)),
    F("cho 214 việc", "214", 214, "count", "việc", "việc xét miễn, giảm thi hành án", I(Y23)),
    F("khoảng 3,6 tỷ", "3,6", 3.6e9, "money", "đồng", "số tiền xét miễn, giảm thi hành án", I(Y23), approx="about"),
    F("là 4.327 việc", "4.327", 4327, "count", "việc", "việc chuyển sang năm 2024",
      change=CH("decrease", 9.1, "%", "năm 2022")),
]
for r, a, b, c in ROWS:
    FIGS.append(F(f"{r}\n{a}\n", a, num(a), "count", "việc", "việc có điều kiện thi hành", TAB, location=r))
    FIGS.append(F(f"{a}\n{b}\n", b, num(b), "count", "việc", "việc thi hành xong", TAB, location=r))
    FIGS.append(F(f"{b}\n{c}\n", c, num(c), "percent", "%", "Tỷ lệ", TAB, location=r))
FIGS += [
    F("với tỷ lệ 87,1%", "87,1", 87.1, "percent", "%", "tỷ lệ thi hành xong về việc", location="Phong Điền"),
    F("hơn 26 tỷ", "26", 26e9, "money", "đồng", "số tiền của việc Công ty TNHH Thủy sản Sao Mai 3 giải quyết dứt điểm",
      approx="over"),
    F("trên 84% số việc", "84", 84, "percent", "%", "tỷ lệ thi hành xong về việc", Y24, approx="over", status="target"),
    F("và 35% số tiền", "35", 35, "percent", "%", "tỷ lệ thi hành xong về tiền có điều kiện thi hành", Y24, status="target"),
]

COMMENTS = [
    "Department site (Cục THADS TP Cần Thơ), menu bar, no dateline (no `published`); footer address, phone and a visit counter",
    "'Tổng số lượt truy cập: 1.284.936' (furniture). Distractors: 'Bảng 1', 'Sao Mai 3' (company name), 'Số 7 Ngô Hữu Hạnh',",
    "'quận Ninh Kiều' in the address, phone 0292.3820.415.",
    "One-cell-per-line table: header 'Chi cục | Có điều kiện | Thi hành xong | Tỷ lệ (%)', 'Đơn vị tính: việc' (the Tỷ lệ column's",
    "own '(%)' overrides it). Row labels are districts -> location; subject = column label. Table period from its title ('năm 2023',",
    "a separate line): inherited.",
    "revised after the first scoring: the Tỷ lệ (%) cells had subject 'tỷ lệ thi hành xong về việc' (title words added); FIGURES.md",
    "makes a table cell's subject its row label and column label, the row label here is a place, so the subject is 'Tỷ lệ'.",
    "'12.433 việc, đạt 83,3%, vượt 0,8% so với chỉ tiêu được giao (82,5%)' -> percent 83.3, change +0.8 (gap to plan, baseline",
    "chỉ tiêu), target 82.5. '1.286,7 tỷ đồng/3.904,2 tỷ đồng' -> total 3.904,2 tỷ, percent 32.96.",
    "'Số việc chuyển sang năm 2024 là 4.327 việc' - 'năm 2024' names the receiving year, not the figure's period: no period.",
    "'Năm 2024, Cục phấn đấu … trên 84% … và 35%' -> two targets, period 2024.",
]

emit("p510-7", TEXT, COMMENTS, FIGS, location="Cần Thơ")
