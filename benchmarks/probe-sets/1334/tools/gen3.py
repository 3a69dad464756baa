"""p1334-3: formal report (UBND tỉnh Hà Tĩnh): textbook support 2024, tab-flattened table by district, tasks 2025."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH HÀ TĨNH
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Tĩnh, ngày 20 tháng 01 năm 2025

BÁO CÁO
Kết quả thực hiện chính sách hỗ trợ sách giáo khoa năm 2024, nhiệm vụ năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Năm 2024, toàn tỉnh hỗ trợ sách giáo khoa cho 28.460 học sinh, tăng 6,2% so với năm 2023; tổng kinh phí 9.875 triệu đồng, bằng 97,8% dự toán được giao. Kinh phí phân theo địa phương như sau:

Đơn vị tính: triệu đồng
Địa phương\tNăm 2024\tSo với cùng kỳ (%)\tKế hoạch 2025
Huyện Hương Khê\t3.115\t109,7\t3.200
Huyện Vũ Quang\t1.460\t104,3\t1.500
Huyện Kỳ Anh\t2.230\t106,1\t2.300
Các địa phương khác\t3.070\t105,5\t3.400
Tổng cộng\t9.875\t106,7\t10.400

2. Các nhà trường tiếp nhận 156.300 bản sách giáo khoa cũ do phụ huynh, học sinh quyên góp, gấp 1,3 lần năm 2023; 100% trường tiểu học và trung học cơ sở có tủ sách dùng chung.
3. Qua kiểm tra 35 cơ sở kinh doanh sách, phát hiện 4 cơ sở bán sách giáo khoa giả, tịch thu 1.250 cuốn.

II. NHIỆM VỤ NĂM 2025
Phấn đấu hỗ trợ ít nhất 30.000 học sinh, kinh phí dự kiến khoảng 10,4 tỷ đồng; tiếp tục thực hiện Nghị định số 81/2021/NĐ-CP và Thông tư số 27/2023/TT-BGDĐT.

Nơi nhận:
- Bộ Giáo dục và Đào tạo;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, VX1.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Hữu Thành
""".replace("\\t", "\t")

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
H24 = per("NĂM 2024", "2024-01-01", "2024-12-31")  # section heading: another sentence
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
N25 = per("NĂM 2025", "2025-01-01", "2025-12-31")  # section heading

ROWS = [("Huyện Hương Khê", "Hương Khê", ["3.115", "109,7", "3.200"]),
        ("Huyện Vũ Quang", "Vũ Quang", ["1.460", "104,3", "1.500"]),
        ("Huyện Kỳ Anh", "Kỳ Anh", ["2.230", "106,1", "2.300"]),
        ("Các địa phương khác", None, ["3.070", "105,5", "3.400"]),
        ("Tổng cộng", None, ["9.875", "106,7", "10.400"])]
SUBJ = "kinh phí"  # the caption: "Kinh phí phân theo địa phương"


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, place, (c24, pct, k25) in ROWS:
    row = "" if place else " " + label.lower()
    loc = {"location": place} if place else {}
    CELLS.append(fig(f"{label}\t{c24}", c24, num(c24) * 1e6, "money", "đồng",
                     subject=f"{SUBJ}{row} năm 2024", period=per("Năm 2024", "2024-01-01", "2024-12-31"), **loc))
    CELLS.append(fig(f"{c24}\t{pct}", pct, num(pct), "percent", "%",
                     subject=f"{SUBJ}{row} so với cùng kỳ", **loc))
    CELLS.append(fig(f"{pct}\t{k25}", k25, num(k25) * 1e6, "money", "đồng", status="target",
                     subject=f"{SUBJ}{row} kế hoạch 2025", period=K25, **loc))

FIGS = [
    fig("cho 28.460 học sinh", "28.460", 28460, "count", "học sinh",
        change=chg("increase", 6.2, "%", "năm 2023"),
        subject="học sinh được hỗ trợ sách giáo khoa", period=Y24),
    fig("tổng kinh phí 9.875 triệu", "9.875", 9875e6, "money", "đồng", percent=97.8,
        subject="tổng kinh phí hỗ trợ sách giáo khoa", period=Y24),
] + CELLS + [
    fig("tiếp nhận 156.300 bản", "156.300", 156300, "count", "bản",
        change=chg("increase", 1.3, "lần", "năm 2023"),
        subject="sách giáo khoa cũ do phụ huynh, học sinh quyên góp các nhà trường tiếp nhận", period=inh(H24)),
    fig("2023; 100% trường", "100", 100, "percent", "%",
        subject="trường tiểu học và trung học cơ sở có tủ sách dùng chung", period=inh(H24)),
    fig("kiểm tra 35 cơ sở", "35", 35, "count", "cơ sở", subject="cơ sở kinh doanh sách được kiểm tra",
        period=inh(H24)),
    fig("phát hiện 4 cơ sở", "4", 4, "count", "cơ sở", subject="cơ sở bán sách giáo khoa giả",
        period=inh(H24)),
    fig("tịch thu 1.250 cuốn", "1.250", 1250, "count", "cuốn", subject="sách giáo khoa giả bị tịch thu",
        period=inh(H24)),
    fig("ít nhất 30.000 học sinh", "30.000", 30000, "count", "học sinh", approx="at_least", status="target",
        subject="học sinh được hỗ trợ sách giáo khoa", period=inh(N25)),
    fig("khoảng 10,4 tỷ", "10,4", 10.4e9, "money", "đồng", approx="about", status="forecast",
        subject="kinh phí hỗ trợ sách giáo khoa", period=inh(N25)),
]

NOTES = [
    "Formal report (UBND tỉnh Hà Tĩnh, Số: 27/BC-UBND, 'Hà Tĩnh, ngày 20 tháng 01 năm 2025'): textbook support 2024, tasks 2025.",
    "Distractors: 'Số: 27/BC-UBND', section numbers I./II./1.-3., 'Nghị định số 81/2021/NĐ-CP', 'Thông tư số 27/2023/TT-BGDĐT',",
    "'Lưu: VT, VX1', the letterhead date, the report title's years.",
    "Tab-flattened table with 'Đơn vị tính: triệu đồng' and a place column: each cell is a figure; a district row label goes to",
    "location (Hương Khê, Vũ Quang, Kỳ Anh); 'Các địa phương khác' and 'Tổng cộng' stay Hà Tĩnh and keep their label in the subject.",
    "Cell subject = the caption's indicator ('Kinh phí phân theo địa phương' → kinh phí) + non-place row label + column label.",
    "Column 'Năm 2024' → period 2024; 'So với cùng kỳ (%)' → percent figures (the ratio to last year, as written), no period (the",
    "header names none); 'Kế hoạch 2025' → status target, period 2025. Table cells get no total.",
    "'bằng 97,8% dự toán' → percent attribute. Sections 2-3 and II inherit their period from the section heading (not scored).",
    "'Phấn đấu ... ít nhất 30.000 học sinh' → target; 'kinh phí dự kiến khoảng 10,4 tỷ đồng' has its own cue → forecast.",
    "'phát hiện 4 cơ sở' after 'kiểm tra 35 cơ sở' has no part-of cue: no total. 'gấp 1,3 lần năm 2023' → change 1.3 lần.",
]

if __name__ == "__main__":
    write("p1334-3", TEXT, NOTES, FIGS, published="2025-01-20", location="Hà Tĩnh")
