"""p507-3: 9-month sport report, Sở VH&TT Ninh Bình, formal report with a flattened | table."""
from lib import F, P, I, CH, TG, emit

TEXT = """UBND TỈNH NINH BÌNH
SỞ VĂN HÓA VÀ THỂ THAO
Số: 412/BC-SVHTT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Ninh Bình, ngày 7 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác thể dục, thể thao 9 tháng năm 2024 và phương hướng nhiệm vụ quý IV/2024

Thực hiện Công văn số 1538/UBND-VP6 của UBND tỉnh, Sở Văn hóa và Thể thao báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Thể dục thể thao quần chúng
Tỷ lệ người tập luyện thể dục thể thao thường xuyên ước đạt 38,5% dân số; số gia đình thể thao ước đạt 27.850 gia đình, đạt 97,7% kế hoạch năm. Mật độ câu lạc bộ thể dục thể thao cơ sở đạt 6,8 câu lạc bộ/1 vạn dân. Toàn tỉnh tổ chức 146 giải thể thao cấp huyện, cấp xã, tăng 12 giải so với cùng kỳ.

2. Thể thao thành tích cao
Trong 9 tháng, các đội tuyển của tỉnh tham gia 52 giải quốc gia và quốc tế, giành 187 huy chương (54 HCV, 61 HCB, 72 HCĐ), vượt 10% chỉ tiêu năm. Có 9 vận động viên được phong cấp kiện tướng, 26 vận động viên đạt đẳng cấp I.

Bảng 1. Thành tích các môn trọng điểm 9 tháng năm 2024
Môn | Số VĐV | HCV | HCB | HCĐ
Vật | 18 | 12 | 9 | 10
Điền kinh | 22 | 8 | 11 | 14
Karate | 15 | 10 | 7 | 9
Bắn cung | 9 | 5 | 4 | 6

3. Cơ sở vật chất
Nhà thi đấu đa năng tỉnh với 3.000 chỗ ngồi, tổng mức đầu tư 186,4 tỷ đồng đã đưa vào sử dụng từ tháng 8/2024. Kinh phí sự nghiệp thể thao đã giải ngân 41,2/52 tỷ đồng dự toán.

II. PHƯƠNG HƯỚNG QUÝ IV/2024
Phấn đấu tỷ lệ người tập luyện thường xuyên năm 2024 đạt 39%; dự kiến cử 6 đoàn với khoảng 80 vận động viên tham dự Đại hội Thể thao toàn quốc lần thứ X.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
IN9 = P("Trong 9 tháng", "2024-01-01", "2024-09-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

ROWS = [("Vật", ["18", "12", "9", "10"]), ("Điền kinh", ["22", "8", "11", "14"]),
        ("Karate", ["15", "10", "7", "9"]), ("Bắn cung", ["9", "5", "4", "6"])]
COLS = [("Số VĐV", "VĐV"), ("HCV", "HCV"), ("HCB", "HCB"), ("HCĐ", "HCĐ")]


def table():
    out = []
    for row, cells in ROWS:
        for j, (col, unit) in enumerate(COLS):
            anchor = row + " | " + " | ".join(cells[: j + 1])
            n = cells[j]
            out.append(F(anchor, n, int(n), "count", unit, subject=f"{col} môn {row}", period=I(M9)))
    return out


FIGS = [
    F("ước đạt 38,5%", "38,5", 38.5, "percent", "%", status="estimate",
      subject="tỷ lệ người tập luyện thể dục thể thao thường xuyên", period=I(M9)),
    F("27.850 gia đình", "27.850", 27850, "count", "gia đình", percent=97.7, status="estimate",
      subject="gia đình thể thao", period=I(M9)),
    F("6,8 câu lạc bộ", "6,8", 6.8, "measure", "câu lạc bộ/1 vạn dân",
      subject="mật độ câu lạc bộ thể dục thể thao cơ sở", period=I(M9)),
    F("146 giải", "146", 146, "count", "giải", change=CH("increase", 12, "giải", baseline="cùng kỳ"),
      subject="giải thể thao cấp huyện, cấp xã", period=I(M9)),
    F("tham gia 52 giải", "52", 52, "count", "giải", subject="giải quốc gia và quốc tế các đội tuyển tham gia",
      period=IN9),
    F("187 huy chương", "187", 187, "count", "huy chương",
      change=CH("increase", 10, baseline="chỉ tiêu năm"), subject="huy chương các đội tuyển giành được",
      period=IN9),
    F("(54 HCV", "54", 54, "count", "HCV", total=187, subject="HCV", period=IN9),
    F("61 HCB", "61", 61, "count", "HCB", total=187, subject="HCB", period=IN9),
    F("72 HCĐ", "72", 72, "count", "HCĐ", total=187, subject="HCĐ", period=IN9),
    F("Có 9 vận động viên", "9", 9, "count", "vận động viên", subject="vận động viên được phong cấp kiện tướng",
      period=I(M9)),
    F("26 vận động viên", "26", 26, "count", "vận động viên", subject="vận động viên đạt đẳng cấp I",
      period=I(M9)),
] + table() + [
    F("3.000 chỗ ngồi", "3.000", 3000, "count", "chỗ ngồi", subject="chỗ ngồi Nhà thi đấu đa năng tỉnh"),
    F("186,4 tỷ đồng", "186,4", 186.4e9, "money", "đồng", subject="tổng mức đầu tư Nhà thi đấu đa năng tỉnh"),
    F("41,2/52", "41,2", 41.2e9, "money", "đồng", target=TG(52e9, "đồng"),
      subject="kinh phí sự nghiệp thể thao đã giải ngân", period=I(M9)),
    F("đạt 39%", "39", 39, "percent", "%", status="target",
      subject="tỷ lệ người tập luyện thể dục thể thao thường xuyên", period=Y24),
    F("cử 6 đoàn", "6", 6, "count", "đoàn", status="forecast",
      subject="đoàn tham dự Đại hội Thể thao toàn quốc lần thứ X"),
    F("khoảng 80 vận động viên", "80", 80, "count", "vận động viên", approx="about", status="forecast",
      subject="vận động viên tham dự Đại hội Thể thao toàn quốc lần thứ X"),
]

COMMENTS = [
    "Báo cáo Sở VH&TT Ninh Bình số 412/BC-SVHTT: thể dục thể thao 9 tháng năm 2024; flattened '|' table of medals by sport.",
    "Table: every numeric cell is a count; unit from the column header (VĐV, HCV, HCB, HCĐ); subject = column + row (sport);",
    "period inherited from the table title line '9 tháng năm 2024' (not scored). No Kế hoạch/Ước column: cells are actual.",
    "'187 huy chương (54 HCV, 61 HCB, 72 HCĐ)': the breakdown adds up -> total 187; 'vượt 10% chỉ tiêu năm' is a gap to plan -> change.",
    "'41,2/52 tỷ đồng dự toán' -> target 52 tỷ, not a total. '6,8 câu lạc bộ/1 vạn dân' is a rate, the denominator is no figure.",
    "Not figures: 'Số: 412/BC-SVHTT', 'Công văn số 1538/UBND-VP6', 'quý IV/2024', 'Bảng 1', section numbers, 'đẳng cấp I',",
    "'Đại hội Thể thao toàn quốc lần thứ X', 'tháng 8/2024'. Status: 'ước đạt' governs both clauses of the first sentence; 'dự kiến' -> forecast.",
]

if __name__ == "__main__":
    emit("p507-3", TEXT, COMMENTS, FIGS, published="2024-10-07", location="Ninh Bình")
