"""p1396-3: formal report (UBND tỉnh Tuyên Quang, Số: 286/BC-UBND): summer 2024, flattened '|' table by district."""
from lib import F, P, I, CH, TG, write

TEXT = """UBND TỈNH TUYÊN QUANG
Số: 286/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tuyên Quang, ngày 05 tháng 9 năm 2024

BÁO CÁO
Kết quả tổ chức hoạt động hè năm 2024 cho thiếu nhi

I. KẾT QUẢ THỰC HIỆN
1. Điểm sinh hoạt hè
Từ ngày 01/6 đến ngày 31/8/2024, toàn tỉnh duy trì 1.532 điểm sinh hoạt hè, đạt 102,1% kế hoạch, thu hút 98.640 lượt thiếu nhi tham gia, tăng 5,6% so với năm 2023. Số điểm sinh hoạt hè theo địa bàn:

Đơn vị tính: điểm
Huyện, thành phố | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
Thành phố Tuyên Quang | 214 | 226 | 105,6
Huyện Yên Sơn | 318 | 332 | 104,4
Huyện Sơn Dương | 402 | 415 | 103,2
Các huyện còn lại | 537 | 559 | 104,1
Tổng cộng | 1.471 | 1.532 | 104,1

2. Dạy bơi, phòng chống đuối nước
Các huyện, thành phố mở 64 lớp dạy bơi cho 2.310 trẻ em; số trẻ biết bơi sau khóa học là 1.986 em, chiếm 86%. Tổng kinh phí 1,47 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 600 triệu đồng. Trong dịp hè có 2 trẻ em tử vong do đuối nước, giảm 3 trẻ so với năm 2023.

3. Tồn tại, hạn chế
Còn 3 xã của huyện Lâm Bình chưa có điểm vui chơi riêng cho thiếu nhi.

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu 100% thôn, bản, tổ dân phố có điểm sinh hoạt hè; mở ít nhất 80 lớp dạy bơi; tỷ lệ trẻ em biết bơi đạt 50% trở lên.

Nơi nhận:
- Bộ Văn hóa, Thể thao và Du lịch (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
"""

SUMMER = P("Từ ngày 01/6 đến ngày 31/8/2024", "2024-06-01", "2024-08-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("NĂM 2025", "2025-01-01", "2025-12-31")
TQ = "Tuyên Quang"

ROWS = [  # label in the table, subject words, location, cells
    ("Thành phố Tuyên Quang", "", "Thành phố Tuyên Quang", ["214", "226", "105,6"]),
    ("Huyện Yên Sơn", "", "Yên Sơn", ["318", "332", "104,4"]),
    ("Huyện Sơn Dương", "", "Sơn Dương", ["402", "415", "103,2"]),
    ("Các huyện còn lại", "các huyện còn lại ", TQ, ["537", "559", "104,1"]),
    ("Tổng cộng", "tổng cộng ", TQ, ["1.471", "1.532", "104,1"]),
]
CELLS = []
for label, words, loc, nums in ROWS:
    prev = label
    for col, n in zip(("Năm 2023", "Năm 2024", "So với cùng kỳ (%)"), nums):
        anchor = f"{prev} | {n}"
        if col == "So với cùng kỳ (%)":
            CELLS.append(F(anchor, n, float(n.replace(".", "").replace(",", ".")), "percent", "%",
                           subject=f"{words}số điểm sinh hoạt hè so với cùng kỳ", location=loc))
        else:
            CELLS.append(F(anchor, n, float(n.replace(".", "")), "count", "điểm",
                           subject=f"{words}điểm sinh hoạt hè {col.lower()}",
                           period=Y23 if col == "Năm 2023" else Y24, location=loc))
        prev = n

FIGS = [
    F("duy trì 1.532 điểm", "1.532", 1532, "count", "điểm sinh hoạt hè", percent=102.1,
      subject="điểm sinh hoạt hè toàn tỉnh duy trì", period=SUMMER),
    F("thu hút 98.640 lượt", "98.640", 98640, "count", "lượt thiếu nhi",
      change=CH("increase", 5.6, "%", "năm 2023"), subject="lượt thiếu nhi tham gia", period=SUMMER),
] + CELLS + [
    F("mở 64 lớp", "64", 64, "count", "lớp dạy bơi", subject="lớp dạy bơi các huyện, thành phố mở",
      period=I(SUMMER)),
    F("cho 2.310 trẻ", "2.310", 2310, "count", "trẻ em", subject="trẻ em học lớp dạy bơi", period=I(SUMMER)),
    F("là 1.986 em", "1.986", 1986, "count", "em", percent=86, subject="số trẻ biết bơi sau khóa học",
      period=I(SUMMER)),
    F("kinh phí 1,47 tỷ", "1,47", 1.47e9, "money", "đồng", subject="tổng kinh phí dạy bơi, phòng chống đuối nước",
      period=I(SUMMER)),
    F("hỗ trợ 600 triệu", "600", 600e6, "money", "đồng", total=1.47e9, subject="ngân sách tỉnh hỗ trợ",
      period=I(SUMMER)),
    F("có 2 trẻ em", "2", 2, "count", "trẻ em", change=CH("decrease", 3, "trẻ", "năm 2023"),
      subject="trẻ em tử vong do đuối nước", period=I(SUMMER)),
    F("Còn 3 xã", "3", 3, "count", "xã", subject="xã chưa có điểm vui chơi riêng cho thiếu nhi",
      location="Lâm Bình"),
    F("Phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="thôn, bản, tổ dân phố có điểm sinh hoạt hè", period=I(Y25)),
    F("ít nhất 80 lớp", "80", 80, "count", "lớp dạy bơi", approx="at_least", status="target",
      subject="lớp dạy bơi", period=I(Y25)),
    F("đạt 50% trở lên", "50", 50, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ trẻ em biết bơi", period=I(Y25)),
]

NOTES = [
    "Formal report: 'UBND TỈNH TUYÊN QUANG', 'Số: 286/BC-UBND', 'Tuyên Quang, ngày 05 tháng 9 năm 2024' (published), sections I/II, 'Nơi nhận'.",
    "Distractors: document number, letterhead date, section numbers I./II./1.-3., 'Lưu: VT, KGVX', '(b/c)'.",
    "Flattened '|' table, 'Đơn vị tính: điểm'; rows are districts (→ location), 'Các huyện còn lại' and 'Tổng cộng' stay Tuyên Quang.",
    "Column 'So với cùng kỳ (%)' cells are percent figures with no period (the header names none); cells get no total.",
    "'đạt 102,1% kế hoạch' → percent of 1.532; 'tăng 5,6% so với năm 2023' → change of 98.640.",
    "'số trẻ biết bơi ... là 1.986 em, chiếm 86%': no part-of cue (no a/b, trong đó, trong số), so no total.",
    "'trong đó ngân sách tỉnh hỗ trợ 600 triệu đồng' → total 1,47 tỷ. Section 2 carries the summer period of section 1 (inherited).",
    "Section II under 'PHƯƠNG HƯỚNG NĂM 2025': 'Phấn đấu' governs the ';' chain → target; '50% trở lên' = at_least.",
]

if __name__ == "__main__":
    write("p1396-3", TEXT, NOTES, FIGS, published="2024-09-05", location=TQ)
