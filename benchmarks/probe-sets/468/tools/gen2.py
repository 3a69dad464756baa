from lib import F, P, emit

TEXT = """UBND TỈNH ĐỒNG THÁP
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Số: 2145/BC-SNN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Tháp, ngày 18 tháng 11 năm 2024

BÁO CÁO
Tình hình sạt lở bờ sông và kết quả khắc phục năm 2024

I. TÌNH HÌNH SẠT LỞ
Từ đầu năm đến ngày 15/11/2024, trên địa bàn tỉnh xảy ra 27 vụ sạt lở (giảm 6 vụ so với năm 2023), tổng chiều dài 1.642 m, làm mất khoảng 9.850 m2 đất ở và đất sản xuất. Chi tiết theo địa phương như sau:

Bảng 1. Tình hình sạt lở theo đơn vị hành chính cấp huyện
Địa phương | Số vụ | Chiều dài (m) | Số hộ bị ảnh hưởng | Số hộ phải di dời
Thành phố Hồng Ngự | 6 | 412 | 38 | 21
Huyện Thanh Bình | 7 | 455 | 41 | 17
Huyện Cao Lãnh | 5 | 318 | 22 | 9
Huyện Lấp Vò | 4 | 236 | 15 | 6
Huyện Châu Thành | 5 | 221 | 12 | 4
Tổng cộng | 27 | 1.642 | 128 | 57

II. KẾT QUẢ KHẮC PHỤC
1. Di dời dân cư: đã di dời 57/128 hộ bị ảnh hưởng, đạt 44,5%; số hộ còn lại được hỗ trợ gia cố nhà ở tại chỗ với mức 5 triệu đồng/hộ.
2. Công trình: năm 2024, tỉnh được bố trí 215 tỷ đồng (vốn Trung ương 160 tỷ đồng, vốn tỉnh 55 tỷ đồng) để thi công 4 công trình kè với tổng chiều dài 3,8 km; đến ngày 15/11/2024 đã giải ngân 172,6 tỷ đồng, đạt 80,3% kế hoạch vốn.
3. Quan trắc: duy trì 2 đợt đo đạc địa hình lòng sông/năm tại 12 điểm xung yếu theo Kế hoạch số 86/KH-UBND.

III. KIẾN NGHỊ
Đề nghị Bộ Nông nghiệp và Phát triển nông thôn hỗ trợ 320 tỷ đồng để xử lý 8 điểm sạt lở đặc biệt nguy hiểm với tổng chiều dài khoảng 6,2 km trên sông Tiền, sông Hậu.

Nơi nhận:
- Bộ NN&PTNT (b/c);
- UBND tỉnh;
- Lưu: VT, CCTL.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trần Văn Tám
"""

PT = P("Từ đầu năm đến ngày 15/11/2024", "2024-01-01", "2024-11-15")
PTi = P("Từ đầu năm đến ngày 15/11/2024", "2024-01-01", "2024-11-15", inh=True)
P24 = P("năm 2024", "2024-01-01", "2024-12-31")
PD = P("đến ngày 15/11/2024", None, "2024-11-15")

rows = [
    ("Thành phố Hồng Ngự", "Hồng Ngự", ["6", "412", "38", "21"]),
    ("Huyện Thanh Bình", "Thanh Bình", ["7", "455", "41", "17"]),
    ("Huyện Cao Lãnh", "Cao Lãnh", ["5", "318", "22", "9"]),
    ("Huyện Lấp Vò", "Lấp Vò", ["4", "236", "15", "6"]),
    ("Huyện Châu Thành", "Châu Thành", ["5", "221", "12", "4"]),
    ("Tổng cộng", None, ["27", "1.642", "128", "57"]),
]
cols = [("Số vụ", "count", "vụ"), ("Chiều dài", "measure", "m"),
        ("Số hộ bị ảnh hưởng", "count", "hộ"), ("Số hộ phải di dời", "count", "hộ")]

FIGS = [
    F("xảy ra 27 vụ", "27", 27, "count", "vụ sạt lở", "vụ sạt lở",
      change={"direction": "decrease", "value": 6, "unit": "vụ", "baseline": "năm 2023"}, period=PT),
    F("tổng chiều dài 1.642 m", "1.642", 1642, "measure", "m", "tổng chiều dài sạt lở", period=PT),
    F("khoảng 9.850 m2", "9.850", 9850, "measure", "m2", "đất ở và đất sản xuất bị mất", approx="about", period=PT),
]
for label, loc, cells in rows:
    line = f"{label} | " + " | ".join(cells)
    for i, ((col, kind, unit), cell) in enumerate(zip(cols, cells)):
        if i == 0:
            anchor = f"{label} | {cell} |"
        elif i < 3:
            anchor = f"{cells[i-1]} | {cell} | {cells[i+1]}" if loc else f"{label} | " + " | ".join(cells[: i + 1]) + " |"
        else:
            anchor = f"{cells[i-1]} | {cell}\n"
        assert anchor.rstrip("\n") in line or anchor in line + "\n", anchor
        v = float(cell.replace(".", ""))
        subj = col if loc else f"{col} tổng cộng"
        fig = F(anchor, cell, v, kind, unit, subj, period=PTi)
        if loc:
            fig["location"] = loc
        FIGS.append(fig)

FIGS += [
    F("đã di dời 57/128 hộ", "57", 57, "count", "hộ", "hộ bị ảnh hưởng đã di dời", total=128, percent=44.5, period=PTi),
    F("mức 5 triệu đồng/hộ", "5", 5e6, "money", "đồng/hộ", "mức hỗ trợ gia cố nhà ở tại chỗ"),
    F("bố trí 215 tỷ đồng", "215", 215e9, "money", "đồng", "vốn bố trí thi công công trình kè", period=P24),
    F("Trung ương 160 tỷ đồng", "160", 160e9, "money", "đồng", "vốn Trung ương", total=215e9, period=P24),
    F("vốn tỉnh 55 tỷ đồng", "55", 55e9, "money", "đồng", "vốn tỉnh", total=215e9, period=P24),
    F("thi công 4 công trình", "4", 4, "count", "công trình kè", "công trình kè thi công", period=P24),
    F("tổng chiều dài 3,8 km", "3,8", 3.8, "measure", "km", "tổng chiều dài công trình kè", period=P24),
    F("giải ngân 172,6 tỷ đồng", "172,6", 172.6e9, "money", "đồng", "vốn giải ngân", percent=80.3, period=PD),
    F("duy trì 2 đợt", "2", 2, "count", "đợt", "đợt đo đạc địa hình lòng sông mỗi năm", optional=True),
    F("tại 12 điểm xung yếu", "12", 12, "count", "điểm xung yếu", "điểm xung yếu được quan trắc"),
    F("hỗ trợ 320 tỷ đồng", "320", 320e9, "money", "đồng", "kinh phí đề nghị Bộ hỗ trợ xử lý sạt lở"),
    F("xử lý 8 điểm", "8", 8, "count", "điểm sạt lở", "điểm sạt lở đặc biệt nguy hiểm"),
    F("khoảng 6,2 km", "6,2", 6.2, "measure", "km", "tổng chiều dài điểm sạt lở đặc biệt nguy hiểm", approx="about"),
]

COMMENTS = [
    "Formal report with letterhead (Sở NN&PTNT Đồng Tháp, 'Số: 2145/BC-SNN'); place-and-date line 'Đồng Tháp, ngày 18 tháng 11 năm 2024' is its date.",
    "Flattened '|' table by district: every numeric cell is a figure; district labels go to location, subject = column label;",
    "the unit comes from the column ('(m)', 'Số hộ', 'Số vụ'); period inherited from 'Từ đầu năm đến ngày 15/11/2024' above. 'Tổng cộng' row = province.",
    "No total attribute for table cells (FIGURES.md gives tables no part-of rule), as in probe set 205.",
    "'(giảm 6 vụ so với năm 2023)' is the change of 27 vụ across a bracket. 57/128 total 128, đạt 44,5% its percent.",
    "'(vốn Trung ương 160 …, vốn tỉnh 55 …)' bracketed breakdown adding up to 215 tỷ: totals. '5 triệu đồng/hộ' money rate.",
    "'2 đợt … /năm' a frequency (optional). Distractors: document numbers, 'Kế hoạch số 86/KH-UBND', section numbers, 'Bảng 1', dates, signer.",
    "The KIẾN NGHỊ amounts are a request: status left actual (no cue of FIGURES.md applies).",
]

emit(2, TEXT, FIGS, COMMENTS, published="2024-11-18", location="Đồng Tháp")
