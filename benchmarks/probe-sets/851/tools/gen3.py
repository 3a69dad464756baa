"""p851-3: UBND tỉnh Nghệ An formal report with a flattened | table by district."""
from lib import F, P, I, CH, TG, write_set

TEXT = """UBND TỈNH NGHỆ AN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 318/BC-UBND
Nghệ An, ngày 15 tháng 6 năm 2024

BÁO CÁO
Kết quả giáo dục trẻ khuyết tật nghe giai đoạn 2021-2024

I. TÌNH HÌNH CHUNG
Tính đến ngày 31/5/2024, toàn tỉnh có 2.184 trẻ khuyết tật nghe dưới 18 tuổi, trong đó 1.627 trẻ đang đi học, chiếm 74,5%. Tỷ lệ trẻ được học hòa nhập đạt 81,2%, học tại cơ sở giáo dục chuyên biệt chiếm 18,8%.

II. KẾT QUẢ THỰC HIỆN
1. Số trẻ khuyết tật nghe đang đi học theo địa bàn
Đơn vị tính: trẻ
TT | Địa bàn | Học hòa nhập | Học chuyên biệt | Cộng
1 | TP Vinh | 186 | 142 | 328
2 | Diễn Châu | 164 | 38 | 202
3 | Quỳnh Lưu | 151 | 29 | 180
4 | Nghi Lộc | 118 | 35 | 153
5 | Các địa phương khác | 702 | 62 | 764
 | Tổng cộng | 1.321 | 306 | 1.627

2. Đội ngũ giáo viên
Toàn tỉnh có 3 cơ sở giáo dục chuyên biệt dành cho trẻ khuyết tật nghe với 96 giáo viên; 1.450 giáo viên dạy hòa nhập đã được bồi dưỡng ngôn ngữ ký hiệu, đạt 72,5% kế hoạch giai đoạn.

3. Kinh phí
Giai đoạn 2021-2024, tổng kinh phí chi cho giáo dục trẻ khuyết tật nghe đạt 38,6 tỷ đồng, trong đó ngân sách nhà nước 31,2 tỷ đồng, chiếm 80,8%. Học sinh khuyết tật nghe thuộc hộ nghèo được hỗ trợ mua đồ dùng học tập 1.000.000 đồng/năm học theo Thông tư liên tịch số 42/2013/TTLT-BGDĐT-BLĐTBXH-BTC.

III. PHƯƠNG HƯỚNG NĂM HỌC 2024-2025
Phấn đấu 85% trẻ khuyết tật nghe trong độ tuổi được đi học; dự kiến tuyển mới 120 giáo viên có chứng chỉ ngôn ngữ ký hiệu.
"""

ASOF = P("Tính đến ngày 31/5/2024", None, "2024-05-31")
GD = P("Giai đoạn 2021-2024", "2021-01-01", "2024-12-31")
SY = P("NĂM HỌC 2024-2025", "2024-09-01", "2025-05-31", inherited=True)

HN, CB, CONG = "trẻ khuyết tật nghe học hòa nhập", "trẻ khuyết tật nghe học chuyên biệt", "trẻ khuyết tật nghe đang đi học (cộng)"


def row(place, cells, loc, label=None):
    out = []
    subj_pre = (label + " ") if label else ""
    for (anchor, number, value), subj in zip(cells, (HN, CB, CONG)):
        out.append(F(anchor, number, value, "count", "trẻ", subj_pre + subj, I(ASOF), location=loc))
    return out


FIGS = [
    F("có 2.184 trẻ", "2.184", 2184, "count", "trẻ", "trẻ khuyết tật nghe dưới 18 tuổi", ASOF),
    F("dưới 18 tuổi", "18", 18, "measure", "tuổi", "độ tuổi trẻ khuyết tật nghe được thống kê", approx="under", optional=True),
    F("1.627 trẻ đang", "1.627", 1627, "count", "trẻ", "trẻ khuyết tật nghe đang đi học", ASOF, total=2184, percent=74.5),
    F("đạt 81,2%", "81,2", 81.2, "percent", "%", "tỷ lệ trẻ khuyết tật nghe được học hòa nhập", I(ASOF)),
    F("chiếm 18,8%", "18,8", 18.8, "percent", "%", "tỷ lệ trẻ khuyết tật nghe học tại cơ sở giáo dục chuyên biệt", I(ASOF)),
]
FIGS += row("TP Vinh", [("Vinh | 186", "186", 186), ("186 | 142", "142", 142), ("142 | 328", "328", 328)], "Vinh")
FIGS += row("Diễn Châu", [("Châu | 164", "164", 164), ("164 | 38", "38", 38), ("38 | 202", "202", 202)], "Diễn Châu")
FIGS += row("Quỳnh Lưu", [("Lưu | 151", "151", 151), ("151 | 29", "29", 29), ("29 | 180", "180", 180)], "Quỳnh Lưu")
FIGS += row("Nghi Lộc", [("Lộc | 118", "118", 118), ("118 | 35", "35", 35), ("35 | 153", "153", 153)], "Nghi Lộc")
FIGS += row("khác", [("khác | 702", "702", 702), ("702 | 62", "62", 62), ("62 | 764", "764", 764)], "Nghệ An",
            label="các địa phương khác:")
FIGS += row("Tổng cộng", [("cộng | 1.321", "1.321", 1321), ("1.321 | 306", "306", 306), ("306 | 1.627", "1.627", 1627)],
            "Nghệ An", label="tổng cộng")
FIGS += [
    F("có 3 cơ sở", "3", 3, "count", "cơ sở", "cơ sở giáo dục chuyên biệt dành cho trẻ khuyết tật nghe"),
    F("với 96 giáo viên", "96", 96, "count", "giáo viên", "giáo viên cơ sở giáo dục chuyên biệt dành cho trẻ khuyết tật nghe"),
    F("1.450 giáo viên", "1.450", 1450, "count", "giáo viên", "giáo viên dạy hòa nhập được bồi dưỡng ngôn ngữ ký hiệu",
      percent=72.5),
    F("đạt 38,6 tỷ đồng", "38,6", 38_600_000_000, "money", "đồng", "tổng kinh phí chi cho giáo dục trẻ khuyết tật nghe", GD),
    F("nước 31,2 tỷ đồng", "31,2", 31_200_000_000, "money", "đồng", "ngân sách nhà nước chi cho giáo dục trẻ khuyết tật nghe",
      GD, total=38_600_000_000, percent=80.8),
    F("1.000.000 đồng/năm học", "1.000.000", 1_000_000, "money", "đồng/năm học",
      "mức hỗ trợ mua đồ dùng học tập cho học sinh khuyết tật nghe thuộc hộ nghèo"),
    F("Phấn đấu 85%", "85", 85, "percent", "%", "trẻ khuyết tật nghe trong độ tuổi được đi học", SY, status="target"),
    F("mới 120 giáo viên", "120", 120, "count", "giáo viên", "giáo viên có chứng chỉ ngôn ngữ ký hiệu tuyển mới", SY,
      status="forecast"),
]

NOTES = [
    "UBND tỉnh Nghệ An, Báo cáo số 318/BC-UBND ngày 15/6/2024: giáo dục trẻ khuyết tật nghe giai đoạn 2021-2024; flattened '|' table by district.",
    "Distractors: 'Số: 318/BC-UBND', the date line, section numbers I.-III. and 1.-3., table row numbers 1-5, 'Thông tư liên tịch số 42/2013/...'.",
    "Table cells: unit 'trẻ' from 'Đơn vị tính'; subject = column label (+ row label when it is not a place); place rows give location;",
    "the period is the as-of date of section I (another sentence: inherited). Cells carry no totals; the 'Tổng cộng' row is its own figures.",
    "'dưới 18 tuổi' (age bound of the category) is optional. 'đạt 72,5% kế hoạch giai đoạn' is the percent of 1.450 (no target value stated).",
    "Section III's heading 'NĂM HỌC 2024-2025' gives the period of its targets (inherited: heading is another sentence).",
]

if __name__ == "__main__":
    write_set(3, TEXT, FIGS, NOTES, published="2024-06-15", location="Nghệ An")
