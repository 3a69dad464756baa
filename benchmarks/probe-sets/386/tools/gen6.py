from lib import F, P, CH, TG, emit

TEXT = """ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN KRÔNG PẮC                         Độc lập - Tự do - Hạnh phúc
Số: 215/BC-UBND                     Krông Pắc, ngày 18 tháng 11 năm 2024

BÁO CÁO
Kết quả huy động trẻ ra lớp và phổ cập giáo dục mầm non năm 2024

Căn cứ Nghị định số 20/2014/NĐ-CP ngày 24/3/2014 của Chính phủ về phổ cập giáo dục, xóa mù chữ, UBND huyện báo cáo kết quả như sau:

I. KẾT QUẢ HUY ĐỘNG TRẺ RA LỚP
Tính đến ngày 30/9/2024, toàn huyện có 29 cơ sở giáo dục mầm non (24 công lập, 5 tư thục) với 412 nhóm, lớp. Kết quả huy động trẻ như sau:

Đơn vị tính: trẻ
Độ tuổi | Số trẻ trong độ tuổi | Số trẻ ra lớp | Tỷ lệ huy động (%)
Nhà trẻ | 9.846 | 2.658 | 27,0
Mẫu giáo | 11.275 | 10.742 | 95,3
Trong đó: trẻ 5 tuổi | 3.912 | 3.908 | 99,9
Cộng | 21.121 | 13.400 | 63,4

Trẻ em dân tộc thiểu số ra lớp 4.286 trẻ, chiếm 32% tổng số trẻ ra lớp; 100% trẻ mẫu giáo được học 2 buổi/ngày và ăn bán trú tại trường.

II. PHỔ CẬP GIÁO DỤC MẦM NON CHO TRẺ EM NĂM TUỔI
Năm 2024, huyện tiếp tục duy trì đạt chuẩn phổ cập giáo dục mầm non; 16/16 xã, thị trấn đạt chuẩn. Tỷ lệ trẻ hoàn thành chương trình giáo dục mầm non đạt 99,6%; tỷ lệ trẻ suy dinh dưỡng thể thấp còi còn 6,8%, giảm 0,9% so với năm 2023.

III. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu tỷ lệ huy động trẻ nhà trẻ đạt 30%, trẻ mẫu giáo đạt 96%; đầu tư xây dựng 24 phòng học kiên cố với tổng kinh phí dự kiến 28,8 tỷ đồng.

Nơi nhận:
- Sở GD&ĐT tỉnh Đắk Lắk;
- TT Huyện ủy, TT HĐND huyện;
- Lưu: VT, PGD&ĐT.
                                         KT. CHỦ TỊCH
                                         PHÓ CHỦ TỊCH
                                         Trần Văn Hùng
"""

A = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
Ai = P("Tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)
Y = P("Năm 2024", "2024-01-01", "2024-12-31")
Yi = P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)
Ni = P("NĂM 2025", "2025-01-01", "2025-12-31", inh=True)


def cell(anchor, number, value, row, col, unit="trẻ", kind="count", **kw):
    return F(anchor, number, value, kind, unit, f"{col} {row}", Ai, **kw)


FIGS = [
    F("có 29 cơ sở", "29", 29, "count", "cơ sở giáo dục mầm non", "cơ sở giáo dục mầm non", A),
    F("(24 công lập", "24", 24, "count", "cơ sở", "cơ sở giáo dục mầm non công lập", A, total=29),
    F("5 tư thục", "5", 5, "count", "cơ sở", "cơ sở giáo dục mầm non tư thục", A, total=29),
    F("với 412 nhóm", "412", 412, "count", "nhóm, lớp", "nhóm, lớp", A),
    cell("| 9.846", "9.846", 9846, "nhà trẻ", "Số trẻ trong độ tuổi"),
    cell("| 2.658", "2.658", 2658, "nhà trẻ", "Số trẻ ra lớp"),
    cell("| 27,0", "27,0", 27.0, "nhà trẻ", "Tỷ lệ huy động", unit="%", kind="percent"),
    cell("| 11.275", "11.275", 11275, "mẫu giáo", "Số trẻ trong độ tuổi"),
    cell("| 10.742", "10.742", 10742, "mẫu giáo", "Số trẻ ra lớp"),
    cell("| 95,3", "95,3", 95.3, "mẫu giáo", "Tỷ lệ huy động", unit="%", kind="percent"),
    F("trẻ 5 tuổi |", "5", 5, "measure", "tuổi", optional=True),
    cell("| 3.912", "3.912", 3912, "trẻ 5 tuổi", "Số trẻ trong độ tuổi", total=11275),
    cell("| 3.908", "3.908", 3908, "trẻ 5 tuổi", "Số trẻ ra lớp", total=10742),
    cell("| 99,9", "99,9", 99.9, "trẻ 5 tuổi", "Tỷ lệ huy động", unit="%", kind="percent"),
    cell("| 21.121", "21.121", 21121, "cộng", "Số trẻ trong độ tuổi"),
    cell("| 13.400", "13.400", 13400, "cộng", "Số trẻ ra lớp"),
    cell("| 63,4", "63,4", 63.4, "cộng", "Tỷ lệ huy động", unit="%", kind="percent"),
    F("lớp 4.286 trẻ", "4.286", 4286, "count", "trẻ", "trẻ em dân tộc thiểu số ra lớp", Ai, percent=32),
    F("100% trẻ mẫu giáo", "100", 100, "percent", "%", "trẻ mẫu giáo được học 2 buổi/ngày và ăn bán trú tại trường", Ai),
    F("học 2 buổi", "2", 2, "measure", "buổi/ngày", optional=True),
    F("TRẺ EM NĂM TUỔI", "NĂM", 5, "measure", "tuổi", optional=True),
    F("16/16 xã", "16", 16, "count", "xã, thị trấn", "xã, thị trấn đạt chuẩn phổ cập giáo dục mầm non", Y, total=16),
    F("đạt 99,6%", "99,6", 99.6, "percent", "%", "tỷ lệ trẻ hoàn thành chương trình giáo dục mầm non", Yi),
    F("còn 6,8%", "6,8", 6.8, "percent", "%", "tỷ lệ trẻ suy dinh dưỡng thể thấp còi", Yi,
      change=CH("decrease", 0.9, "%", "năm 2023")),
    F("nhà trẻ đạt 30%", "30", 30, "percent", "%", "tỷ lệ huy động trẻ nhà trẻ", Ni, status="target"),
    F("giáo đạt 96%", "96", 96, "percent", "%", "tỷ lệ huy động trẻ mẫu giáo", Ni, status="target"),
    F("dựng 24 phòng học", "24", 24, "count", "phòng học", "phòng học kiên cố đầu tư xây dựng", Ni, status="target"),
    F("dự kiến 28,8 tỷ đồng", "28,8", 28800000000, "money", "đồng", "tổng kinh phí đầu tư xây dựng phòng học kiên cố", Ni,
      status="forecast"),
]

COMMENTS = [
    "Formal report with letterhead (Số: 215/BC-UBND, UBND huyện Krông Pắc, Đắk Lắk); place-and-date line 'Krông Pắc, ngày 18 tháng 11 năm 2024'.",
    "Flattened '|' table: columns Số trẻ trong độ tuổi | Số trẻ ra lớp | Tỷ lệ huy động (%), rows Nhà trẻ / Mẫu giáo / Trong đó: trẻ 5 tuổi / Cộng;",
    "'Đơn vị tính: trẻ' for counts, '(%)' column for rates. Every numeric cell is a figure (subject = column + row label); period 'Tính đến",
    "ngày 30/9/2024' from the text above (inherited). The row 'Trong đó: trẻ 5 tuổi' follows the Mẫu giáo row: its count cells are parts",
    "of the Mẫu giáo cells of the same column (total 11.275 / 10.742; revised after the first run). The 'Cộng' row comes after its parts: no cue, no totals.",
    "Distractors: Số: 215/BC-UBND, Nghị định số 20/2014/NĐ-CP ngày 24/3/2014, section numbers I./II./III., 'NĂM TUỔI' in a heading, signatory.",
    "'(24 công lập, 5 tư thục)' is a bracketed breakdown adding up to 29 → totals. 'còn 6,8%, giảm 0,9% so với năm 2023' → change of 6,8%.",
    "Section III 'PHƯƠNG HƯỚNG NĂM 2025' → 2025 targets (inherited period); 'dự kiến 28,8 tỷ đồng' → forecast.",
]

if __name__ == "__main__":
    emit("p386-6", TEXT, COMMENTS, FIGS, published="2024-11-18", location="Krông Pắc")
