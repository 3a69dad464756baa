from lib import F, P, Y, build

ROWS = [
    ("Đất đai, xây dựng", "21", "16"),
    ("Thuế, tài chính", "12", "12"),
    ("Giao thông, hạ tầng khu công nghiệp", "14", "11"),
    ("Lao động, bảo hiểm xã hội", "7", "6"),
    ("Lĩnh vực khác", "4", "4"),
]
TABLE = "Đơn vị tính: kiến nghị\nLĩnh vực\nSố kiến nghị\nĐã giải quyết\n" + "".join(f"{r}\n{a}\n{b}\n" for r, a, b in ROWS)

TEXT = """ỦY BAN NHÂN DÂN
HUYỆN ĐỨC HÒA
Số: 428/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đức Hòa, ngày 20 tháng 11 năm 2024

BÁO CÁO
Kết quả đối thoại, giải quyết kiến nghị của doanh nghiệp năm 2024

Thực hiện Kế hoạch số 1875/KH-UBND ngày 12/3/2024 của UBND huyện, từ đầu năm 2024 đến ngày 15/11/2024, UBND huyện đã tổ chức 3 hội nghị đối thoại với doanh nghiệp, hộ kinh doanh, thu hút 465 lượt đại biểu tham dự, tăng 12% so với năm 2023.

Tại các hội nghị, doanh nghiệp đã nêu 58 ý kiến, kiến nghị; trong đó đã giải quyết dứt điểm 49 kiến nghị (chiếm 84,5%), đang xem xét giải quyết 6 kiến nghị, 3 kiến nghị vượt thẩm quyền đã chuyển UBND tỉnh. Kết quả theo lĩnh vực như sau:

""" + TABLE + """
Về hỗ trợ pháp lý, huyện phối hợp với Sở Tư pháp tổ chức 5 lớp tập huấn pháp luật cho 320 lượt người quản lý doanh nghiệp; giải đáp trực tiếp 41 vướng mắc qua đường dây nóng 0272.3850.123. Huyện đã giới thiệu 9 doanh nghiệp tiếp cận Quỹ Bảo lãnh tín dụng tỉnh, trong đó 4 doanh nghiệp được bảo lãnh với số tiền 7,6 tỷ đồng.

Năm 2025, huyện phấn đấu giải quyết 100% kiến nghị thuộc thẩm quyền trong thời hạn không quá 15 ngày làm việc; tổ chức ít nhất 2 hội nghị đối thoại.

Nơi nhận:
- UBND tỉnh (b/c);
- Sở Kế hoạch và Đầu tư;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Nam
"""

PD = P("từ đầu năm 2024 đến ngày 15/11/2024", "2024-01-01", "2024-11-15")
PDi = P("từ đầu năm 2024 đến ngày 15/11/2024", "2024-01-01", "2024-11-15", inh=True)
Y25 = Y(2025, "Năm 2025")

FIGS = [
    F("tổ chức 3 hội nghị", "3", 3, "count", "hội nghị", "hội nghị đối thoại với doanh nghiệp, hộ kinh doanh", period=PD),
    F("thu hút 465 lượt", "465", 465, "count", "lượt đại biểu", "lượt đại biểu tham dự",
      change={"direction": "increase", "value": 12, "unit": "%", "baseline": "năm 2023"}, period=PD),
    F("nêu 58 ý kiến", "58", 58, "count", "ý kiến, kiến nghị", "ý kiến, kiến nghị doanh nghiệp nêu", period=PDi),
    F("dứt điểm 49 kiến nghị", "49", 49, "count", "kiến nghị", "kiến nghị đã giải quyết dứt điểm", total=58, percent=84.5,
      period=PDi),
    F("giải quyết 6 kiến nghị", "6", 6, "count", "kiến nghị", "kiến nghị đang xem xét giải quyết", total=58, period=PDi),
    F("3 kiến nghị vượt", "3", 3, "count", "kiến nghị", "kiến nghị vượt thẩm quyền đã chuyển UBND tỉnh", total=58, period=PDi),
]
NEXT = ["Thuế", "Giao", "Lao", "Lĩnh", "\nVề"]
for (r, a, b), nxt in zip(ROWS, NEXT):
    FIGS.append(F(f"{r}\n{a}\n", a, int(a), "count", "kiến nghị", f"Số kiến nghị {r}", period=PDi))
    FIGS.append(F(f"\n{b}\n{nxt}", b, int(b), "count", "kiến nghị", f"kiến nghị Đã giải quyết {r}", period=PDi))
FIGS += [
    F("tổ chức 5 lớp", "5", 5, "count", "lớp", "lớp tập huấn pháp luật", period=PDi),
    F("cho 320 lượt", "320", 320, "count", "lượt người", "lượt người quản lý doanh nghiệp được tập huấn", period=PDi),
    F("trực tiếp 41 vướng mắc", "41", 41, "count", "vướng mắc", "vướng mắc giải đáp qua đường dây nóng", period=PDi),
    F("giới thiệu 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", "doanh nghiệp được giới thiệu tiếp cận Quỹ Bảo lãnh tín dụng tỉnh",
      period=PDi),
    F("trong đó 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", "doanh nghiệp được bảo lãnh", total=9, period=PDi),
    F("tiền 7,6 tỷ", "7,6", 7.6e9, "money", "đồng", "số tiền bảo lãnh", period=PDi),
    F("quyết 100% kiến", "100", 100, "percent", "%", "kiến nghị thuộc thẩm quyền được giải quyết", status="target", period=Y25),
    F("không quá 15 ngày", "15", 15, "measure", "ngày làm việc", "thời hạn giải quyết kiến nghị", approx="at_most",
      status="target", period=Y25, optional=True),
    F("ít nhất 2 hội nghị", "2", 2, "count", "hội nghị", "hội nghị đối thoại", approx="at_least", status="target", period=Y25),
]

COMMENTS = [
    "Formal report with letterhead (UBND huyện Đức Hòa, Long An, 'Số: 428/BC-UBND'); the place-and-date line gives published 2024-11-20.",
    "Distractors: document number, 'Kế hoạch số 1875/KH-UBND ngày 12/3/2024', hotline 0272.3850.123, '(b/c)', 'Lưu: VT', 'KT. CHỦ TỊCH'.",
    "Period 'từ đầu năm 2024 đến ngày 15/11/2024' = 2024-01-01..2024-11-15; later paragraphs and the table inherit it.",
    "'58 ý kiến, kiến nghị; trong đó … 49 (chiếm 84,5%), … 6 …, 3 …': each part total 58; 49 also percent 84.5.",
    "One-cell-per-line table under 'Đơn vị tính: kiến nghị': every numeric cell a count of kiến nghị; subject = column + row label;",
    "no totals for table cells (FIGURES.md gives tables no part-of rule). Rows add up to 58 / 49.",
    "'9 doanh nghiệp …, trong đó 4 doanh nghiệp': total 9. 'Năm 2025, huyện phấn đấu …': targets; 'không quá 15 ngày làm việc' is a time limit",
    "inside the target (optional).",
]

if __name__ == "__main__":
    build("p388-4", TEXT, COMMENTS, FIGS, published="2024-11-20", location="Đức Hòa")
