from lib import F, P, write

TEXT = """ỦY BAN NHÂN DÂN
HUYỆN SI MA CAI
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Si Ma Cai, ngày 10 tháng 10 năm 2024

BÁO CÁO
Kết quả thực hiện chính sách hỗ trợ bữa ăn bán trú 9 tháng năm 2024

Thực hiện Nghị định số 116/2016/NĐ-CP ngày 18/7/2016 và Nghị định số 105/2020/NĐ-CP ngày 08/9/2020 của Chính phủ, UBND huyện báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Hỗ trợ tiền ăn
9 tháng năm 2024, toàn huyện có 28 trường tổ chức nấu ăn bán trú với 6.917 học sinh được hỗ trợ, tăng 312 em so với cùng kỳ. Mức hỗ trợ tiền ăn đối với học sinh tiểu học, THCS là 720.000 đồng/học sinh/tháng (bằng 40% mức lương cơ sở) và 15 kg gạo/học sinh/tháng; trẻ mầm non được hỗ trợ 160.000 đồng/trẻ/tháng.

Bảng 1. Kết quả hỗ trợ theo cấp học
Cấp học | Số trường | Số học sinh | Kinh phí hỗ trợ (triệu đồng) | Tỷ lệ bán trú (%)
Mầm non | 13 | 2.145 | 2.059,2 | 41,2
Tiểu học | 10 | 3.058 | 13.210,6 | 58,7
THCS | 5 | 1.714 | 7.404,5 | 72,4
Cộng | 28 | 6.917 | 22.674,3 | 55,6

2. Tổ chức nấu ăn
100% trường có bếp ăn bảo đảm điều kiện an toàn thực phẩm; các trường hợp đồng 64 nhân viên nấu ăn, kinh phí hỗ trợ nấu ăn 9 tháng ước đạt 1.152 triệu đồng. Trường PTDTBT Tiểu học số 2 Sín Chéng tổ chức bán trú cho 486 học sinh, nhiều nhất huyện.

II. KHÓ KHĂN, ĐỀ XUẤT
Kinh phí hỗ trợ năm 2024 còn thiếu khoảng 2,4 tỷ đồng, đề nghị UBND tỉnh bổ sung. Năm 2025, huyện phấn đấu 100% trường tiểu học, THCS có học sinh bán trú được đầu tư nhà ăn, nhà bếp đạt chuẩn.

Nơi nhận:
- UBND tỉnh Lào Cai;
- Sở GD&ĐT;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Giàng Seo Phử
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)


def row(label, cells, name):
    """cells: (anchor, number, value) for Số trường, Số học sinh, Kinh phí, Tỷ lệ."""
    (a1, n1, v1), (a2, n2, v2), (a3, n3, v3), (a4, n4, v4) = cells
    return [
        F(a1, n1, v1, "count", "trường", f"Số trường {name}", period=M9i),
        F(a2, n2, v2, "count", "học sinh", f"Số học sinh {name}", period=M9i),
        F(a3, n3, v3, "money", "đồng", f"Kinh phí hỗ trợ {name}", period=M9i),
        F(a4, n4, v4, "percent", "%", f"Tỷ lệ bán trú {name}", period=M9i),
    ]


FIGS = [
    F("có 28 trường", "28", 28, "count", "trường", "trường tổ chức nấu ăn bán trú", period=M9),
    F("với 6.917 học sinh", "6.917", 6917, "count", "học sinh", "học sinh được hỗ trợ",
      change={"direction": "increase", "value": 312, "unit": "em", "baseline": "cùng kỳ"}, period=M9),
    F("là 720.000 đồng", "720.000", 720000, "money", "đồng/học sinh/tháng", "Mức hỗ trợ tiền ăn đối với học sinh tiểu học, THCS",
      percent=40, period=M9i),
    F("và 15 kg gạo", "15", 15, "measure", "kg/học sinh/tháng", "Mức hỗ trợ gạo đối với học sinh tiểu học, THCS", period=M9i),
    F("hỗ trợ 160.000 đồng", "160.000", 160000, "money", "đồng/trẻ/tháng", "mức hỗ trợ tiền ăn trẻ mầm non", period=M9i),
]
FIGS += row("Mầm non", [("Mầm non | 13 |", "13", 13), ("13 | 2.145 |", "2.145", 2145),
                        ("2.145 | 2.059,2 |", "2.059,2", 2059200000), ("2.059,2 | 41,2", "41,2", 41.2)], "Mầm non")
FIGS += row("Tiểu học", [("Tiểu học | 10 |", "10", 10), ("10 | 3.058 |", "3.058", 3058),
                         ("3.058 | 13.210,6 |", "13.210,6", 13210600000), ("13.210,6 | 58,7", "58,7", 58.7)], "Tiểu học")
FIGS += row("THCS", [("THCS | 5 |", "5", 5), ("5 | 1.714 |", "1.714", 1714),
                     ("1.714 | 7.404,5 |", "7.404,5", 7404500000), ("7.404,5 | 72,4", "72,4", 72.4)], "THCS")
FIGS += row("Cộng", [("Cộng | 28 |", "28", 28), ("28 | 6.917 |", "6.917", 6917),
                     ("6.917 | 22.674,3 |", "22.674,3", 22674300000), ("22.674,3 | 55,6", "55,6", 55.6)], "tổng cộng")
FIGS += [
    F("100% trường có bếp ăn", "100", 100, "percent", "%", "trường có bếp ăn bảo đảm điều kiện an toàn thực phẩm", period=M9i),
    F("hợp đồng 64 nhân viên", "64", 64, "count", "nhân viên nấu ăn", "nhân viên nấu ăn hợp đồng", period=M9i),
    F("ước đạt 1.152 triệu đồng", "1.152", 1152000000, "money", "đồng", "kinh phí hỗ trợ nấu ăn", status="estimate",
      period=P("9 tháng", "2024-01-01", "2024-09-30")),
    F("cho 486 học sinh", "486", 486, "count", "học sinh", "học sinh bán trú Trường PTDTBT Tiểu học số 2 Sín Chéng", period=M9i),
    F("khoảng 2,4 tỷ đồng", "2,4", 2400000000, "money", "đồng", "Kinh phí hỗ trợ còn thiếu", approx="about",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("phấn đấu 100% trường", "100", 100, "percent", "%", "trường tiểu học, THCS có học sinh bán trú được đầu tư nhà ăn, nhà bếp đạt chuẩn",
      status="target", period=P("Năm 2025", "2025-01-01", "2025-12-31")),
]

HEADER = """
Formal report with letterhead (UBND huyện Si Ma Cai, Lào Cai, "Số: 287/BC-UBND"); the place-and-date line is its date. School meals (semi-boarding
lunch support) 9 months 2024, with a flattened "|" table (header row, "(triệu đồng)" and "(%)" columns). Every numeric cell is a figure;
subject = column label + row label ("Cộng" = tổng cộng); money cells × 10^6 from the column header; period "9 tháng năm 2024" from the title and the
text above the table (inherited). No total for table cells (FIGURES.md gives tables no part-of rule).
"tăng 312 em so với cùng kỳ" is the change of 6.917 học sinh. "720.000 đồng/học sinh/tháng (bằng 40% mức lương cơ sở)" → money rate, percent 40.
"15 kg gạo/học sinh/tháng" → measure, unit kg/học sinh/tháng (the measuring unit with its denominators; rice is the subject, as "đồng/ha").
(revised: unit first written "kg gạo/học sinh/tháng".)
"ước đạt 1.152 triệu đồng" → estimate. "phấn đấu 100%" → target 2025.
Distractors: "Số: 287/BC-UBND", Nghị định số 116/2016/NĐ-CP, 105/2020/NĐ-CP and their dates, section numbers I./II./1./2., "Bảng 1",
the school name "Tiểu học số 2 Sín Chéng", "KT. CHỦ TỊCH", "Lưu: VT".
"""

write(5, TEXT, FIGS, HEADER, published="2024-10-10", location="Si Ma Cai")
