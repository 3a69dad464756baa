"""p1400-3: formal report (UBND tỉnh Bắc Giang): foreign-language project 2024, flattened '|' table of English teachers."""
from lib import F, period, inherited, year, change, target, write

TEXT = """UBND TỈNH BẮC GIANG
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Giang, ngày 16 tháng 12 năm 2024

BÁO CÁO
Kết quả thực hiện Đề án dạy và học ngoại ngữ năm 2024, phương hướng năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Đội ngũ giáo viên
Năm 2024, toàn tỉnh có 1.684 giáo viên dạy tiếng Anh, tăng 52 người so với năm 2023; trong đó 1.512 giáo viên đạt chuẩn năng lực ngoại ngữ theo quy định, đạt 89,8%.

Số giáo viên tiếng Anh theo cấp học
Đơn vị tính: người
Cấp học | Năm 2023 | Năm 2024 | Kế hoạch 2025
Tiểu học | 702 | 731 | 777
Trung học cơ sở | 587 | 604 | 615
Trung học phổ thông | 343 | 349 | 355
Tổng cộng | 1.632 | 1.684 | 1.747

2. Tổ chức dạy và học
100% học sinh từ lớp 3 đến lớp 12 được học tiếng Anh theo Chương trình giáo dục phổ thông 2018; 186 trường tiểu học tổ chức cho học sinh lớp 1, lớp 2 làm quen với tiếng Anh, tăng 24 trường so với năm 2023.

Ngân sách tỉnh bố trí 18,6 tỷ đồng mua sắm thiết bị dạy học ngoại ngữ; ước giải ngân đến hết năm đạt 17,5 tỷ đồng, bằng 94% kế hoạch vốn.

Tại Kỳ thi tốt nghiệp THPT năm 2024, điểm trung bình môn tiếng Anh của tỉnh đạt 5,34 điểm, xếp thứ 29/63 tỉnh, thành phố.

II. PHƯƠNG HƯỚNG NĂM 2025
Năm 2025, phấn đấu có ít nhất 95% giáo viên tiếng Anh đạt chuẩn; tuyển dụng bổ sung 46 giáo viên tiếng Anh tiểu học; bồi dưỡng khoảng 300 giáo viên theo Quyết định số 2080/QĐ-TTg của Thủ tướng Chính phủ.

Nơi nhận:
- Bộ Giáo dục và Đào tạo;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Thị Thu Hồng
"""

Y23 = year("Năm 2023", 2023)
Y24 = year("Năm 2024", 2024)
K25 = year("Kế hoạch 2025", 2025)
Y25 = year("Năm 2025", 2025)
COLS = [("năm 2023", Y23, None), ("năm 2024", Y24, None), ("kế hoạch 2025", K25, "target")]
ROWS = [("Tiểu học", ["702", "731", "777"]), ("Trung học cơ sở", ["587", "604", "615"]),
        ("Trung học phổ thông", ["343", "349", "355"]), ("Tổng cộng", ["1.632", "1.684", "1.747"])]

CELLS = []
for label, nums in ROWS:
    prev = label
    for (col, per, status), n in zip(COLS, nums):
        kw = {"status": status} if status else {}
        CELLS.append(F(f"{prev} | {n}", n, float(n.replace(".", "")), "count", "người",
                       subject=f"giáo viên tiếng Anh {label.lower()} {col}", per=per, **kw))
        prev = n

FIGS = [
    F("có 1.684 giáo viên", "1.684", 1684, "count", "giáo viên",
      change=change("increase", 52, "người", "năm 2023"), subject="giáo viên dạy tiếng Anh", per=Y24),
    F("trong đó 1.512", "1.512", 1512, "count", "giáo viên", total=1684, percent=89.8,
      subject="giáo viên đạt chuẩn năng lực ngoại ngữ theo quy định", per=Y24),
] + CELLS + [
    F("100% học sinh", "100", 100, "percent", "%",
      subject="học sinh từ lớp 3 đến lớp 12 được học tiếng Anh", per=inherited(Y24)),
    F("186 trường", "186", 186, "count", "trường tiểu học",
      change=change("increase", 24, "trường", "năm 2023"),
      subject="trường tiểu học tổ chức cho học sinh lớp 1, lớp 2 làm quen với tiếng Anh", per=inherited(Y24)),
    F("bố trí 18,6 tỷ", "18,6", 18.6e9, "money", "đồng",
      subject="ngân sách tỉnh bố trí mua sắm thiết bị dạy học ngoại ngữ", per=inherited(Y24)),
    F("đạt 17,5 tỷ", "17,5", 17.5e9, "money", "đồng", status="estimate", percent=94,
      subject="vốn mua sắm thiết bị dạy học ngoại ngữ giải ngân",
      per=period("đến hết năm", None, "2024-12-31")),
    F("đạt 5,34 điểm", "5,34", 5.34, "measure", "điểm",
      subject="điểm trung bình môn tiếng Anh Kỳ thi tốt nghiệp THPT", per=year("năm 2024", 2024)),
    F("thứ 29/63", "29", 29, "rank", "hạng", total=63,
      subject="điểm trung bình môn tiếng Anh Kỳ thi tốt nghiệp THPT", per=year("năm 2024", 2024)),
    F("ít nhất 95%", "95", 95, "percent", "%", approx="at_least", status="target",
      subject="giáo viên tiếng Anh đạt chuẩn", per=Y25),
    F("bổ sung 46 giáo viên", "46", 46, "count", "giáo viên", status="target",
      subject="giáo viên tiếng Anh tiểu học tuyển dụng bổ sung", per=Y25),
    F("khoảng 300 giáo viên", "300", 300, "count", "giáo viên", approx="about", status="target",
      subject="giáo viên được bồi dưỡng", per=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH BẮC GIANG', 'Số: 412/BC-UBND', 'Bắc Giang, ngày 16 tháng 12 năm 2024' (published), sections I/II, 1-2, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: người': rows are school levels (not places) → location Bắc Giang; subject = indicator + row + column;",
    "period from the column header (scored); 'Kế hoạch 2025' → status target; table cells get no total (rows add up: 1.632, 1.684, 1.747).",
    "Distractors: Số: 412/BC-UBND, letterhead date, 'lớp 3 đến lớp 12', 'lớp 1, lớp 2', 'Chương trình giáo dục phổ thông 2018',",
    "'Quyết định số 2080/QĐ-TTg', section numbers I./II./1./2., 'Lưu: VT, KGVX'.",
    "'trong đó 1.512 giáo viên ..., đạt 89,8%' → total 1684, percent 89.8. 'tăng 52 người', 'tăng 24 trường' → changes in count units.",
    "'ước giải ngân đến hết năm đạt 17,5 tỷ đồng, bằng 94% kế hoạch vốn' → estimate, percent 94; 'đến hết năm' read like 'tính đến'",
    "(as-of, start null, end 2024-12-31). The 18,6 tỷ allocation before ';' is actual. 'xếp thứ 29/63 tỉnh, thành phố' → rank 29, total 63.",
    "Section II sentence opens with 'Năm 2025, phấn đấu' and governs its three ';' clauses (target, period 2025).",
]

if __name__ == "__main__":
    write("p1400-3", TEXT, NOTES, FIGS, published="2024-12-16", location="Bắc Giang")
