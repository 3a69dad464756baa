"""p1108-3: formal report of UBND tỉnh Đồng Tháp - bird conservation Q1/2024, flattened | table."""
from lib import F, P, I, C, build

TEXT = """UBND TỈNH ĐỒNG THÁP
Số: 186/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Tháp, ngày 12 tháng 4 năm 2024

BÁO CÁO
Kết quả công tác bảo tồn chim hoang dã quý I/2024

I. KẾT QUẢ THỰC HIỆN
1. Điều tra, giám sát
Trong quý I/2024, Vườn quốc gia Tràm Chim tổ chức 2 đợt đếm chim nước, ghi nhận 118 loài chim, tăng 6 loài so với cùng kỳ năm 2023, trong đó có 14 loài nằm trong Sách Đỏ Việt Nam. Kết quả đợt đếm tháng 3/2024 theo phân khu như sau:
Đơn vị tính: cá thể
Phân khu | Cò các loại | Vạc, diệc | Giang sen | Cộng
A1 | 4.250 | 1.120 | 86 | 5.456
A2 | 2.780 | 640 | 35 | 3.455
A4 | 1.930 | 415 | 12 | 2.357
A5 | 960 | 230 | 7 | 1.197
Tổng cộng | 9.920 | 2.405 | 140 | 12.465

2. Quản lý, bảo vệ
Trong quý, lực lượng kiểm lâm của Vườn tuần tra 312 lượt, phát hiện 11 vụ vi phạm (đặt lưới, bắn chim, khai thác thủy sản trái phép), giảm 4 vụ so với cùng kỳ; tịch thu 2 khẩu súng hơi và 145 m lưới, xử phạt theo Nghị định số 35/2019/NĐ-CP. Khu du lịch sinh thái Gáo Giồng (huyện Cao Lãnh) đón 18.600 lượt khách, đạt 31% kế hoạch năm, doanh thu ước đạt 2,3 tỷ đồng.

3. Kinh phí
Trong quý, tổng kinh phí bảo tồn đã giải ngân là 1.480 triệu đồng, bằng 24,7% dự toán năm.

II. PHƯƠNG HƯỚNG QUÝ II/2024
1. Dự kiến tổ chức 1 đợt đếm chim nước vào tháng 5/2024.
2. Phấn đấu duy trì mực nước trong các phân khu ở mức 1,2-1,5 m; trồng bổ sung 25 ha lúa ma làm thức ăn cho chim.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- Lưu: VT, KT.
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
INQ = P("Trong quý", "2024-01-01", "2024-03-31")
M3 = I(P("tháng 3/2024", "2024-03-01", "2024-03-31"))
Q2 = I(P("QUÝ II/2024", "2024-04-01", "2024-06-30"))

COLS = ["cò các loại", "vạc, diệc", "giang sen", "cộng"]
ROWS = [
    ("A1", ["4.250", "1.120", "86", "5.456"]),
    ("A2", ["2.780", "640", "35", "3.455"]),
    ("A4", ["1.930", "415", "12", "2.357"]),
    ("A5", ["960", "230", "7", "1.197"]),
    ("Tổng cộng", ["9.920", "2.405", "140", "12.465"]),
]


def table_figs():
    out = []
    for row, cells in ROWS:
        line = f"{row} | " + " | ".join(cells)
        for i, cell in enumerate(cells):
            # anchor: the cell with its neighbours on the same line
            left = f"{row} | " if i == 0 else f"{cells[i - 1]} | "
            right = f" | {cells[i + 1]}" if i + 1 < len(cells) else "\n"
            anchor = left + cell + right
            if row == "Tổng cộng":
                subj = f"tổng cộng {COLS[i]}" if i < 3 else "tổng cộng chim nước các phân khu"
            else:
                subj = f"{COLS[i]} phân khu {row}" if i < 3 else f"cộng chim nước phân khu {row}"
            value = float(cell.replace(".", ""))
            out.append(F(anchor, cell, value, "count", "cá thể", subj, M3))
        assert line in TEXT, line
    return out


FIGS = [
    F("tổ chức 2 đợt đếm", "2", 2, "count", "đợt", "đợt đếm chim nước", Q1),
    F("ghi nhận 118 loài", "118", 118, "count", "loài", "loài chim ghi nhận", Q1,
      change=C("increase", 6, "loài", "cùng kỳ năm 2023")),
    F("có 14 loài", "14", 14, "count", "loài", "loài nằm trong Sách Đỏ Việt Nam", Q1, total=118),
] + table_figs() + [
    F("tuần tra 312 lượt", "312", 312, "count", "lượt", "lượt tuần tra", INQ),
    F("phát hiện 11 vụ", "11", 11, "count", "vụ", "vụ vi phạm", INQ, change=C("decrease", 4, "vụ", "cùng kỳ")),
    F("tịch thu 2 khẩu", "2", 2, "count", "khẩu súng hơi", "súng hơi tịch thu", INQ),
    F("và 145 m lưới", "145", 145, "measure", "m", "lưới tịch thu", INQ),
    F("đón 18.600 lượt khách", "18.600", 18600, "count", "lượt khách", "lượt khách Khu du lịch sinh thái Gáo Giồng", I(INQ),
      percent=31, location="Cao Lãnh"),
    F("ước đạt 2,3 tỷ đồng", "2,3", 2300000000, "money", "đồng", "doanh thu Khu du lịch sinh thái Gáo Giồng", I(INQ),
      status="estimate", location="Cao Lãnh"),
    F("là 1.480 triệu đồng", "1.480", 1480000000, "money", "đồng", "tổng kinh phí bảo tồn đã giải ngân", INQ, percent=24.7),
    F("tổ chức 1 đợt đếm", "1", 1, "count", "đợt", "đợt đếm chim nước",
      P("tháng 5/2024", "2024-05-01", "2024-05-31"), status="forecast"),
    F("mức 1,2-1,5 m", "1,2", 1.2, "measure", "m", "mực nước trong các phân khu", Q2, value_max=1.5, status="target"),
    F("bổ sung 25 ha", "25", 25, "measure", "ha", "diện tích lúa ma trồng bổ sung làm thức ăn cho chim", Q2, status="target"),
]

NOTES = [
    "Formal report UBND tỉnh Đồng Tháp, Số: 186/BC-UBND, dated 12/4/2024 (published). Tràm Chim is named without its district: location Đồng Tháp.",
    "Flattened table: every cell a count in cá thể (Đơn vị tính line); subject = column + row label (A1... are zones of the park, not places);",
    "period tháng 3/2024 from the sentence above the table (inherited). Table cells get no totals; the Tổng cộng row and Cộng column are figures of their own.",
    "'Trong quý' in a quarterly report = quý I/2024 (cf. 'trong tháng' in FIGURES.md). Gáo Giồng figures: location Cao Lãnh (district named), period inherited.",
    "Section II items take the heading QUÝ II/2024 (inherited); 'Dự kiến' -> forecast, 'Phấn đấu' -> target (the cue continues into the clause after ';').",
    "Distractors: Số: 186/BC-UBND, date line, section numbers I./II./1./2./3., zone names A1-A5, Nghị định số 35/2019/NĐ-CP.",
]

build("p1108-3", TEXT, FIGS, NOTES, published="2024-04-12", location="Đồng Tháp")
