from lib import F, per, chg, tgt, write

text = """HĐND TỈNH QUẢNG NGÃI
THƯỜNG TRỰC HĐND
Số: 145/BC-HĐND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 25 tháng 11 năm 2024

BÁO CÁO
Kết quả giám sát việc giải quyết kiến nghị của cử tri gửi đến Kỳ họp thứ 24, HĐND tỉnh khóa XIII

I. KHÁI QUÁT
Thực hiện Chương trình giám sát năm 2024, Thường trực HĐND tỉnh đã thành lập 3 đoàn giám sát, làm việc trực tiếp với 9 cơ quan, đơn vị. Tính đến ngày 15/11/2024, tổng số kiến nghị của cử tri được tổng hợp gửi đến các cơ quan là 147 kiến nghị; đã giải quyết 124 kiến nghị, đạt 84,35%, tăng 6,2% so với kỳ giám sát trước; còn 23 kiến nghị đang giải quyết, trong đó 16 kiến nghị tồn đọng qua 2 kỳ họp trở lên.

II. KẾT QUẢ CỤ THỂ
Đơn vị tính: kiến nghị
Cơ quan | Số kiến nghị | Đã giải quyết | Đang giải quyết | Tỷ lệ đã giải quyết (%)
Sở Giao thông vận tải | 38 | 31 | 7 | 81,58
Sở Tài nguyên và Môi trường | 29 | 22 | 7 | 75,86
Sở Nông nghiệp và PTNT | 24 | 21 | 3 | 87,50
Sở Y tế | 11 | 11 | 0 | 100
UBND các huyện, thị xã, thành phố | 45 | 39 | 6 | 86,67
Tổng cộng | 147 | 124 | 23 | 84,35

III. KIẾN NGHỊ
1. Đề nghị UBND tỉnh phấn đấu giải quyết dứt điểm ít nhất 15 kiến nghị tồn đọng trong quý IV/2024, nâng tỷ lệ giải quyết đến hết năm 2024 lên trên 90%.
2. Các cơ quan gửi báo cáo kết quả về Văn phòng Đoàn ĐBQH và HĐND tỉnh trước ngày 10/12/2024 (ĐT: 0255.3822.570).

Nơi nhận:
- Thường trực Tỉnh ủy;
- UBND tỉnh;
- Lưu: VT, CTHĐND.
TM. THƯỜNG TRỰC HĐND
PHÓ CHỦ TỊCH
"""

A = per("Tính đến ngày 15/11/2024", None, "2024-11-15")
Ai = dict(A, inherited=True)
cols = ["Số kiến nghị", "Đã giải quyết", "Đang giải quyết", "Tỷ lệ đã giải quyết"]
rows = [
    ("Sở Giao thông vận tải", ["38", "31", "7", "81,58"]),
    ("Sở Tài nguyên và Môi trường", ["29", "22", "7", "75,86"]),
    ("Sở Nông nghiệp và PTNT", ["24", "21", "3", "87,50"]),
    ("Sở Y tế", ["11", "11", "0", "100"]),
    ("UBND các huyện, thị xã, thành phố", ["45", "39", "6", "86,67"]),
    ("Tổng cộng", ["147", "124", "23", "84,35"]),
]


def num(s):
    return float(s.replace(",", ".")) if "," in s else int(s)


figs = [
    F("thành lập 3 đoàn", "3", 3, "count", "đoàn giám sát", "đoàn giám sát",
      period=per("năm 2024", "2024-01-01", "2024-12-31")),
    F("với 9 cơ quan", "9", 9, "count", "cơ quan, đơn vị", "cơ quan, đơn vị được giám sát",
      period=per("năm 2024", "2024-01-01", "2024-12-31")),
    F("là 147 kiến nghị", "147", 147, "count", "kiến nghị", "kiến nghị của cử tri được tổng hợp gửi đến các cơ quan", period=A),
    F("giải quyết 124 kiến nghị", "124", 124, "count", "kiến nghị", "kiến nghị đã giải quyết",
      percent=84.35, change=chg("increase", 6.2, "%", "kỳ giám sát trước"), period=A),
    F("còn 23 kiến nghị", "23", 23, "count", "kiến nghị", "kiến nghị đang giải quyết", period=A),
    F("16 kiến nghị", "16", 16, "count", "kiến nghị", "kiến nghị tồn đọng qua 2 kỳ họp trở lên", total=23, period=A),
    F("qua 2 kỳ họp", "2", 2, "count", "kỳ họp", approx="at_least", optional=True),
]
for label, cells in rows:
    for j, c in enumerate(cells):
        left = label if j == 0 else cells[j - 1]
        anchor = f"{left} | {c}" if j == 0 else f"| {left} | {c}"
        if label == "Sở Y tế" and j == 2:
            anchor = "| 11 | 0 |"
        if label == "Sở Y tế" and j == 1:
            anchor = "11 | 0 | 100"
        if label == "Sở Y tế" and j == 3:
            anchor = "| 0 | 100"
        pct = j == 3
        figs.append(F(anchor, c, num(c), "percent" if pct else "count", "%" if pct else "kiến nghị",
                      f"{cols[j]} {label}" if label != "Tổng cộng" else f"{cols[j]} tổng cộng", period=Ai))
figs += [
    F("ít nhất 15 kiến nghị", "15", 15, "count", "kiến nghị", "kiến nghị tồn đọng được giải quyết dứt điểm",
      approx="at_least", status="target", period=per("quý IV/2024", "2024-10-01", "2024-12-31")),
    F("lên trên 90%", "90", 90, "percent", "%", "tỷ lệ giải quyết", approx="over", status="target",
      period=per("đến hết năm 2024", None, "2024-12-31")),
]

write(3, [
    "Formal report with letterhead (Thường trực HĐND tỉnh Quảng Ngãi, Số: 145/BC-HĐND): supervision of voters' petitions sent to session 24.",
    "Date from the place-and-date line 'Quảng Ngãi, ngày 25 tháng 11 năm 2024'. Distractors: Số: 145/BC-HĐND, Kỳ họp thứ 24, khóa XIII,",
    "section numbers I./II./III./1./2., 'trước ngày 10/12/2024', phone 0255.3822.570, 'Lưu: VT'.",
    "Flattened '|' table: every numeric cell (the zero included) is a figure; unit from 'Đơn vị tính: kiến nghị', the '(%)'",
    "column is percent; subject = column label + row label (departments are not places: default location);",
    "period inherited from 'Tính đến ngày 15/11/2024' above. No totals for table cells.",
    "Text: 124 kiến nghị 'đạt 84,35%' (percent) 'tăng 6,2% so với kỳ giám sát trước' (its change); no part-of cue, no total.",
    "16 'trong đó' after 23 takes total 23; '2 kỳ họp trở lên' is a threshold (optional).",
    "'Chương trình giám sát năm 2024' places the 3 đoàn / 9 cơ quan in 2024. Recommendations under 'phấn đấu': status target.",
    "revised: the Đã giải quyết cell of Sở Y tế had an anchor whose first '11' was the Số kiến nghị cell; anchor now starts at its own 11.",
], text, figs, published="2024-11-25", location="Quảng Ngãi")
