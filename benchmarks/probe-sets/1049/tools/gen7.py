"""p1049-7: department site without dateline (Sở VHTTDL Cần Thơ), Nhà hát Tây Đô, one-cell-per-line table."""
from lib import F, P, I, C, T, build

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH THÀNH PHỐ CẦN THƠ
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Nhà hát Tây Đô đẩy mạnh biểu diễn phục vụ du khách

Năm 2024, Nhà hát Tây Đô đã dàn dựng mới 3 vở cải lương và 5 chương trình ca múa nhạc; biểu diễn phục vụ 9/9 quận, huyện trên địa bàn thành phố. Chương trình "Đờn ca tài tử Nam Bộ" tại Bến Ninh Kiều được duy trì vào tối thứ Bảy hằng tuần với 48 đêm diễn, thu hút bình quân 600 lượt khách/đêm, trong đó khoảng 35% là khách du lịch.

Kết quả hoạt động của Nhà hát Tây Đô
Chỉ tiêu
Năm 2023
Năm 2024
Kế hoạch 2025
Số buổi biểu diễn (buổi)
168
185
200
Lượt khán giả (lượt)
124.500
139.800
150.000
Doanh thu (triệu đồng)
1.460
1.725
1.900

Giá vé xem đờn ca tài tử là 80.000 đồng/vé; học sinh, sinh viên được giảm 50%. Toàn thành phố hiện có 172 câu lạc bộ đờn ca tài tử với hơn 1.940 thành viên, trong đó 26 câu lạc bộ tham gia biểu diễn phục vụ du lịch.

Năm 2025, Nhà hát dự kiến mở thêm 1 điểm diễn cố định tại Chợ nổi Cái Răng, nâng số đêm đờn ca tài tử lên 96 đêm.

SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH THÀNH PHỐ CẦN THƠ
Địa chỉ: số 2 Đại lộ Hòa Bình, phường Tân An, quận Ninh Kiều, TP Cần Thơ
Điện thoại: 0292.3820.447 - Email: svhttdl@cantho.gov.vn
Đang truy cập: 37 | Tổng lượt truy cập: 3.482.905
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C24 = P("Năm 2024", "2024-01-01", "2024-12-31")
K25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")


def cells(label, unit, kind, mult, items):
    out = []
    for (anchor, num), per, tag, st in zip(items, (C23, C24, K25), ("năm 2023", "năm 2024", "kế hoạch 2025"),
                                            ("actual", "actual", "target")):
        base = float(num.replace(".", "").replace(",", "."))
        extra = {"status": st} if st != "actual" else {}
        out.append(F(anchor, num, base * mult, kind, unit, f"{label} {tag}", per, **extra))
    return out


FIGS = [
    F("mới 3 vở cải lương", "3", 3, "count", "vở cải lương", "vở cải lương dàn dựng mới", Y24),
    F("5 chương trình ca múa nhạc", "5", 5, "count", "chương trình ca múa nhạc",
      "chương trình ca múa nhạc dàn dựng mới", Y24),
    F("phục vụ 9/9 quận", "9", 9, "count", "quận, huyện", "quận, huyện được biểu diễn phục vụ", Y24,
      total=9),
    F("với 48 đêm diễn", "48", 48, "count", "đêm diễn", "đêm diễn Đờn ca tài tử Nam Bộ tại Bến Ninh Kiều",
      I(Y24)),
    F("bình quân 600 lượt khách/đêm", "600", 600, "measure", "lượt khách/đêm",
      "lượt khách xem Đờn ca tài tử bình quân mỗi đêm", I(Y24)),
    F("khoảng 35% là khách du lịch", "35", 35, "percent", "%", "khách du lịch trong lượt khách xem",
      I(Y24), approx="about"),
]
FIGS += cells("Số buổi biểu diễn", "buổi", "count", 1,
              [("(buổi)\n168", "168"), ("168\n185", "185"), ("185\n200", "200")])
FIGS += cells("Lượt khán giả", "lượt", "count", 1,
              [("(lượt)\n124.500", "124.500"), ("124.500\n139.800", "139.800"), ("139.800\n150.000", "150.000")])
FIGS += cells("Doanh thu", "đồng", "money", 1e6,
              [("(triệu đồng)\n1.460", "1.460"), ("1.460\n1.725", "1.725"), ("1.725\n1.900", "1.900")])
FIGS += [
    F("là 80.000 đồng/vé", "80.000", 80000, "money", "đồng/vé", "giá vé xem đờn ca tài tử"),
    F("giảm 50%", "50", 50, "percent", "%", "mức giảm giá vé cho học sinh, sinh viên"),
    F("có 172 câu lạc bộ", "172", 172, "count", "câu lạc bộ", "câu lạc bộ đờn ca tài tử",
      location="Cần Thơ"),
    F("hơn 1.940 thành viên", "1.940", 1940, "count", "thành viên",
      "thành viên câu lạc bộ đờn ca tài tử", approx="over"),
    F("trong đó 26 câu lạc bộ", "26", 26, "count", "câu lạc bộ",
      "câu lạc bộ tham gia biểu diễn phục vụ du lịch", total=172),
    F("thêm 1 điểm diễn", "1", 1, "count", "điểm diễn", "điểm diễn cố định mở thêm", Y25,
      status="forecast"),
    F("lên 96 đêm", "96", 96, "count", "đêm", "số đêm đờn ca tài tử", Y25, status="forecast"),
]

NOTES = [
    "Department site (Sở VHTTDL Cần Thơ) with no dateline: no published date. Location Cần Thơ throughout.",
    "Distractors: menu line, 'tối thứ Bảy hằng tuần', footer address 'số 2 Đại lộ Hòa Bình', phone '0292.3820.447',",
    "'Đang truy cập: 37', 'Tổng lượt truy cập: 3.482.905'.",
    "One-cell-per-line table: header cells (Chỉ tiêu, Năm 2023, Năm 2024, Kế hoạch 2025), then each row's label and cells.",
    "Unit and multiplier from the row label ('(triệu đồng)' -> x10^6 đồng); period from the column header (scored);",
    "'Kế hoạch 2025' column -> status target. Subject = row label + column label.",
    "'600 lượt khách/đêm' is a rate (measure, denominator in the unit). 'trong đó khoảng 35% là khách du lịch' is a",
    "percent figure of its own (no đạt/chiếm/bằng cue). 'giảm 50%' is a discount rate (percent figure, no change).",
]

if __name__ == "__main__":
    build("p1049-7", TEXT, FIGS, NOTES, published=None, location="Cần Thơ")
