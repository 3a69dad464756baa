"""p1063-3: formal report (UBND tỉnh Bình Dương), year 2024, flattened '|' table."""
from lib import F, P, I, C, T, write

rows = [  # place, nộp hồ sơ, có quyết định hưởng, hỗ trợ học nghề
    ("Thủ Dầu Một", "9.874", "9.652", "84"),
    ("Thuận An", "18.326", "17.910", "112"),
    ("Dĩ An", "15.408", "15.027", "96"),
    ("Tân Uyên", "8.235", "8.046", "61"),
    ("Bến Cát", "10.609", "10.383", "48"),
    ("Các huyện còn lại", "6.000", "5.900", "20"),
]
num = lambda s: int(s.replace(".", ""))
tot = [sum(num(r[i]) for r in rows) for i in (1, 2, 3)]
fmt = lambda n: f"{n:,}".replace(",", ".")
assert tot == [68452, 66918, 421], tot

table = "\n".join(["Địa bàn | Nộp hồ sơ | Có quyết định hưởng | Hỗ trợ học nghề"]
                  + [" | ".join(r) for r in rows]
                  + ["Tổng cộng | " + " | ".join(fmt(n) for n in tot)])

text = f"""UBND TỈNH BÌNH DƯƠNG
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Dương, ngày 10 tháng 01 năm 2025

BÁO CÁO
Kết quả thực hiện chính sách bảo hiểm thất nghiệp năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Giải quyết hưởng trợ cấp thất nghiệp
Năm 2024, Trung tâm Dịch vụ việc làm tỉnh tiếp nhận 68.452 hồ sơ đề nghị hưởng trợ cấp thất nghiệp (TCTN), giảm 12,4% so với năm 2023; Sở Lao động - Thương binh và Xã hội ban hành 66.918 quyết định hưởng với tổng số tiền chi trả 1.487,3 tỷ đồng. Mức hưởng bình quân 5,62 triệu đồng/người/tháng, số tháng hưởng bình quân 3,9 tháng.

Bảng 1. Kết quả theo địa bàn năm 2024
Đơn vị tính: người
{table}

2. Tư vấn, giới thiệu việc làm, hỗ trợ học nghề
Toàn tỉnh đã tư vấn cho 71.240 lượt người, giới thiệu việc làm cho 24.615 lượt người, trong đó 9.830 lượt người nhận được việc làm, chiếm 39,9%. Kinh phí hỗ trợ học nghề là 2,1 tỷ đồng, đạt 84% dự toán.

3. Tồn tại, hạn chế
Còn 1.534 trường hợp hủy quyết định hưởng do có việc làm trước ngày hưởng; một số người không thông báo tìm kiếm việc làm hằng tháng theo Điều 52 Luật Việc làm năm 2013.

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu giải quyết 100% hồ sơ đúng hạn; tổ chức 48 phiên giao dịch việc làm; hỗ trợ học nghề cho khoảng 600 người.

Nơi nhận:
- Bộ Lao động - Thương binh và Xã hội;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y = P("Năm 2024", "2024-01-01", "2024-12-31")
TB = P("năm 2024", "2024-01-01", "2024-12-31", inherited=True)
Y25 = P("NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
cols = [("người nộp hồ sơ đề nghị hưởng TCTN", 1), ("người có quyết định hưởng TCTN", 2),
        ("người được hỗ trợ học nghề", 3)]
figs = [
    F("tiếp nhận 68.452 hồ sơ", "68.452", 68452, "count", "hồ sơ",
      "hồ sơ đề nghị hưởng trợ cấp thất nghiệp (TCTN)", Y, change=C("decrease", 12.4, "%", "năm 2023")),
    F("ban hành 66.918 quyết định", "66.918", 66918, "count", "quyết định", "quyết định hưởng", Y),
    F("1.487,3 tỷ đồng", "1.487,3", 1487.3e9, "money", "đồng", "tổng số tiền chi trả", Y),
    F("bình quân 5,62 triệu", "5,62", 5.62e6, "money", "đồng/người/tháng", "mức hưởng bình quân", I(Y)),
    F("bình quân 3,9 tháng", "3,9", 3.9, "measure", "tháng", "số tháng hưởng bình quân", I(Y)),
]
for r in rows:
    place = r[0]
    for subj, i in cols:
        left = r[i - 1] if i > 1 else place
        anchor = f"{left} | {r[i]}"
        if place.startswith("Các"):
            figs.append(F(anchor, r[i], num(r[i]), "count", "người", f"{subj} các huyện còn lại", TB))
        else:
            figs.append(F(anchor, r[i], num(r[i]), "count", "người", subj, TB, location=place))
tots = [fmt(n) for n in tot]
for (subj, i), n, left in zip(cols, tot, ["Tổng cộng"] + tots[:2]):
    figs.append(F(f"{left} | {fmt(n)}", fmt(n), n, "count", "người", f"tổng cộng {subj}", TB))
figs += [
    F("tư vấn cho 71.240 lượt người", "71.240", 71240, "count", "lượt người", "lượt người được tư vấn", I(Y)),
    F("cho 24.615 lượt người", "24.615", 24615, "count", "lượt người", "lượt người được giới thiệu việc làm", I(Y)),
    F("9.830 lượt người", "9.830", 9830, "count", "lượt người", "lượt người nhận được việc làm", I(Y),
      total=24615, percent=39.9),
    F("là 2,1 tỷ đồng", "2,1", 2.1e9, "money", "đồng", "kinh phí hỗ trợ học nghề", I(Y), percent=84),
    F("Còn 1.534 trường hợp", "1.534", 1534, "count", "trường hợp",
      "trường hợp hủy quyết định hưởng do có việc làm trước ngày hưởng", I(Y)),
    F("giải quyết 100% hồ sơ", "100", 100, "percent", "%", "hồ sơ được giải quyết đúng hạn", Y25, status="target"),
    F("tổ chức 48 phiên", "48", 48, "count", "phiên giao dịch việc làm", "phiên giao dịch việc làm", Y25,
      status="target"),
    F("khoảng 600 người", "600", 600, "count", "người", "người được hỗ trợ học nghề", Y25, approx="about",
      status="target"),
]
notes = [
    "Formal report of UBND tỉnh Bình Dương (Số: 27/BC-UBND), dated 10/01/2025, on BHTN in 2024; flattened '|' table by area.",
    "Table: 'Đơn vị tính: người' gives the unit; row label that is a place -> location, column label -> subject; period from the",
    "caption line 'Bảng 1. ... năm 2024' above the table (another line, so inherited). 'Các huyện còn lại' is not a place (province default).",
    "Table cells get no totals; the 'Tổng cộng' row is its own figure (province). Text 68.452 hồ sơ and table 68.452 người are both figures.",
    "9.830 after 'trong đó' is part of 24.615 lượt người; 'đạt 84% dự toán' is the percent of 2,1 tỷ đồng (cf. h14).",
    "2025 targets under heading 'PHƯƠNG HƯỚNG NĂM 2025' -> status target, period inherited from the heading.",
    "Distractors: Số: 27/BC-UBND, date line, section numbers I./II./1./2./3., 'Bảng 1.', Điều 52, Luật Việc làm năm 2013.",
]
write(3, text, figs, notes, published="2025-01-10", location="Bình Dương")
