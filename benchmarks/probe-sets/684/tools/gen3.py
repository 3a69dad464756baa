"""p684-3: Đắk Nông formal report — tuition exemptions/reductions school year 2023-2024, flattened '|' table."""
from lib import *

TEXT = """ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH ĐẮK NÔNG                          Độc lập - Tự do - Hạnh phúc
Số: 247/BC-UBND                   Đắk Nông, ngày 21 tháng 10 năm 2024

BÁO CÁO
Kết quả thực hiện chính sách miễn, giảm học phí, hỗ trợ chi phí học tập
năm học 2023-2024

Thực hiện Công văn số 4120/BGDĐT-KHTC ngày 02/8/2024 của Bộ Giáo dục và Đào tạo, UBND tỉnh Đắk Nông báo cáo như sau:

1. Kết quả thực hiện
Năm học 2023-2024, toàn tỉnh có 38.615 học sinh, sinh viên được miễn, giảm học phí và hỗ trợ chi phí học tập, chiếm 18,7% tổng số người học; tổng kinh phí thực hiện 61.482 triệu đồng, tăng 5,3% so với năm học 2022-2023.

Bảng 1. Kết quả theo cấp học
Cấp học | Miễn học phí (học sinh) | Giảm học phí (học sinh) | Kinh phí (triệu đồng)
Mầm non | 6.214 | 1.380 | 9.846
Tiểu học | 0 | 0 | 14.205
THCS | 11.927 | 2.045 | 21.370
THPT | 6.532 | 1.108 | 16.061

2. Đánh giá
Mức học phí cấp THCS năm học 2023-2024 được giữ ổn định bằng năm học 2021-2022 theo Nghị định số 97/2023/NĐ-CP: thành thị 95.000 đồng/tháng, nông thôn 60.000 đồng/tháng, vùng đặc biệt khó khăn 25.000 đồng/tháng. Kinh phí cấp bù còn thiếu khoảng 4,2 tỷ đồng, trong đó huyện Tuy Đức 1,6 tỷ đồng, huyện Đắk Glong 1,1 tỷ đồng.

3. Kiến nghị
Dự kiến năm học 2024-2025, số người học được hưởng chính sách khoảng 40.200 người, kinh phí khoảng 66 tỷ đồng. Đề nghị Bộ Tài chính xem xét bổ sung kinh phí còn thiếu cho tỉnh.

Nơi nhận:
- Bộ GD&ĐT, Bộ Tài chính;
- Lưu: VT, KGVX.                        TM. ỦY BAN NHÂN DÂN
                                          KT. CHỦ TỊCH
                                          PHÓ CHỦ TỊCH
"""

NH23 = NH("Năm học 2023-2024", 2023)
T = I(NH("năm học 2023-2024", 2023))  # table: period from the report title
NH24 = NH("năm học 2024-2025", 2024)


def row(label, a, b, c, ca, cb, cc):
    return [
        F(ca, a, parse_num(a), "count", "học sinh", f"học sinh {label} được miễn học phí", T),
        F(cb, b, parse_num(b), "count", "học sinh", f"học sinh {label} được giảm học phí", T),
        F(cc, c, parse_num(c) * 1e6, "money", "đồng", f"kinh phí {label}", T),
    ]


FIGS = [
    F("có 38.615 học sinh", "38.615", 38615, "count", "học sinh, sinh viên",
      "học sinh, sinh viên được miễn, giảm học phí và hỗ trợ chi phí học tập", NH23, percent=18.7),
    F("thực hiện 61.482 triệu đồng", "61.482", 61482000000, "money", "đồng",
      "tổng kinh phí thực hiện chính sách miễn, giảm học phí, hỗ trợ chi phí học tập", NH23,
      change=CH("increase", 5.3, "%", "năm học 2022-2023")),
]
FIGS += row("mầm non", "6.214", "1.380", "9.846", "Mầm non | 6.214", "6.214 | 1.380", "1.380 | 9.846")
FIGS += row("tiểu học", "0", "0", "14.205", "Tiểu học | 0", "0 | 0 | 14.205", "0 | 14.205")
FIGS[-2]["anchor"] = "| 0 | 14.205"  # second zero cell
FIGS += row("THCS", "11.927", "2.045", "21.370", "THCS | 11.927", "11.927 | 2.045", "2.045 | 21.370")
FIGS += row("THPT", "6.532", "1.108", "16.061", "THPT | 6.532", "6.532 | 1.108", "1.108 | 16.061")
FIGS += [
    F("thành thị 95.000 đồng/tháng", "95.000", 95000, "money", "đồng/tháng",
      "mức học phí cấp THCS thành thị", NH("năm học 2023-2024", 2023)),
    F("nông thôn 60.000 đồng/tháng", "60.000", 60000, "money", "đồng/tháng",
      "mức học phí cấp THCS nông thôn", NH("năm học 2023-2024", 2023)),
    F("khó khăn 25.000 đồng/tháng", "25.000", 25000, "money", "đồng/tháng",
      "mức học phí cấp THCS vùng đặc biệt khó khăn", NH("năm học 2023-2024", 2023)),
    F("khoảng 4,2 tỷ đồng", "4,2", 4200000000, "money", "đồng",
      "kinh phí cấp bù còn thiếu", approx="about"),
    F("Tuy Đức 1,6 tỷ đồng", "1,6", 1600000000, "money", "đồng",
      "kinh phí cấp bù còn thiếu", total=4200000000, location="Tuy Đức"),
    F("Đắk Glong 1,1 tỷ đồng", "1,1", 1100000000, "money", "đồng",
      "kinh phí cấp bù còn thiếu", total=4200000000, location="Đắk Glong"),
    F("khoảng 40.200 người", "40.200", 40200, "count", "người",
      "người học được hưởng chính sách", NH24, approx="about", status="forecast"),
    F("khoảng 66 tỷ đồng", "66", 66000000000, "money", "đồng",
      "kinh phí thực hiện chính sách", NH24, approx="about", status="forecast"),
]

COMMENTS = [
    "UBND tỉnh Đắk Nông, Số: 247/BC-UBND (formal report, letterhead, place-and-date line 21/10/2024): miễn, giảm học phí năm học 2023-2024.",
    "Flattened '|' table: every numeric cell incl. the zeros is a figure; subject = row + column; '(triệu đồng)' header multiplies by 1e6;",
    "revised: Kinh phí cells' subject was 'kinh phí miễn, giảm học phí, hỗ trợ chi phí học tập <cấp>'; now row + column label only (FIGURES.md tables).",
    "table periods come from the report title (inherited, unscored). Table rows carry no total (no part-of cue).",
    "School year = 1 Sep .. 31 May. 'năm học 2021-2022' in the fee sentence is a comparison, the fees' period is 2023-2024.",
    "'trong đó huyện Tuy Đức 1,6 tỷ …' are parts of 4,2 tỷ (districts go to location). 'Dự kiến' governs both forecast figures.",
    "Distractors: Số 247/BC-UBND, Công văn 4120/BGDĐT-KHTC ngày 02/8/2024, NĐ 97/2023/NĐ-CP, Bảng 1, section numbers 1.-3.",
]

if __name__ == "__main__":
    emit("p684-3", TEXT, COMMENTS, FIGS, published="2024-10-21", location="Đắk Nông")
