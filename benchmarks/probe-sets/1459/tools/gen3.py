"""p1459-3: formal report (Sở Y tế Bắc Giang, Số: 215/BC-SYT): optical shops 2024, flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH BẮC GIANG
SỞ Y TẾ
Số: 215/BC-SYT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Giang, ngày 10 tháng 01 năm 2025

BÁO CÁO
Kết quả quản lý cơ sở dịch vụ kính thuốc năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Số cơ sở và nhân lực
Tính đến ngày 31/12/2024, toàn tỉnh có 214 cơ sở dịch vụ kính thuốc được cấp giấy phép hoạt động, tăng 9,2% so với cùng thời điểm năm 2023; số người hành nghề đo khúc xạ là 187 người, trong đó 46 người có trình độ cao đẳng khúc xạ nhãn khoa trở lên.

Số cơ sở dịch vụ kính thuốc theo địa bàn
Đơn vị tính: cơ sở
Địa bàn | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
TP Bắc Giang | 71 | 78 | 109,9
Thị xã Việt Yên | 28 | 33 | 117,9
Huyện Lạng Giang | 22 | 24 | 109,1
Các huyện còn lại | 75 | 79 | 105,3
Tổng cộng | 196 | 214 | 109,2

2. Công tác kiểm tra
Năm 2024, Sở Y tế phối hợp với Đội Quản lý thị trường số 3 kiểm tra 92 cơ sở, đạt 115% kế hoạch; xử phạt 14 cơ sở với tổng số tiền 96,5 triệu đồng; tiêu hủy hơn 2.100 sản phẩm gọng, tròng kính không rõ nguồn gốc.

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu 100% cơ sở dịch vụ kính thuốc có người hành nghề được cấp giấy phép theo Luật Khám bệnh, chữa bệnh năm 2023; kiểm tra tối thiểu 120 cơ sở; tổ chức 2 lớp tập huấn cho khoảng 200 học viên.

Nơi nhận:
- Bộ Y tế (b/c);
- UBND tỉnh (b/c);
- Lưu: VT, NVY.
"""

ASOF = per("Tính đến ngày 31/12/2024", None, "2024-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
COLS = ["Năm 2023", "Năm 2024", "So với cùng kỳ (%)"]
ROWS = [("TP Bắc Giang", "Bắc Giang", ["71", "78", "109,9"]),
        ("Thị xã Việt Yên", "Việt Yên", ["28", "33", "117,9"]),
        ("Huyện Lạng Giang", "Lạng Giang", ["22", "24", "109,1"]),
        ("Các huyện còn lại", None, ["75", "79", "105,3"]),
        ("Tổng cộng", None, ["196", "214", "109,2"])]

CELLS = []
for label, place, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        kw = {}
        if place:
            kw["location"] = place
        row = "" if place else " " + label.lower()
        if col.startswith("So với"):
            f = fig(f"{prev} | {n}", n, float(n.replace(",", ".")), "percent", "%",
                    subject=f"số cơ sở dịch vụ kính thuốc{row} so với cùng kỳ", **kw)
        else:
            f = fig(f"{prev} | {n}", n, float(n), "count", "cơ sở",
                    subject=f"số cơ sở dịch vụ kính thuốc{row} {col.lower()}",
                    period=Y23 if col == "Năm 2023" else Y24, **kw)
        CELLS.append(f)
        prev = n

FIGS = [
    fig("có 214 cơ sở", "214", 214, "count", "cơ sở",
        change=chg("increase", 9.2, "%", "cùng thời điểm năm 2023"),
        subject="cơ sở dịch vụ kính thuốc được cấp giấy phép hoạt động", period=ASOF),
    fig("là 187 người", "187", 187, "count", "người",
        subject="số người hành nghề đo khúc xạ", period=ASOF),
    fig("trong đó 46 người", "46", 46, "count", "người", total=187,
        subject="người có trình độ cao đẳng khúc xạ nhãn khoa trở lên", period=ASOF),
] + CELLS + [
    fig("kiểm tra 92 cơ sở", "92", 92, "count", "cơ sở", percent=115,
        subject="cơ sở được kiểm tra", period=Y24),
    fig("xử phạt 14 cơ sở", "14", 14, "count", "cơ sở", subject="cơ sở bị xử phạt", period=Y24),
    fig("tiền 96,5 triệu", "96,5", 96.5e6, "money", "đồng", subject="tổng số tiền xử phạt", period=Y24),
    fig("hơn 2.100 sản phẩm", "2.100", 2100, "count", "sản phẩm", approx="over",
        subject="sản phẩm gọng, tròng kính không rõ nguồn gốc bị tiêu hủy", period=Y24),
    fig("Phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="cơ sở dịch vụ kính thuốc có người hành nghề được cấp giấy phép", period=Y25),
    fig("tối thiểu 120 cơ sở", "120", 120, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở kiểm tra", period=Y25),
    fig("tổ chức 2 lớp", "2", 2, "count", "lớp", status="target", subject="lớp tập huấn", period=Y25),
    fig("khoảng 200 học viên", "200", 200, "count", "học viên", approx="about", status="target",
        subject="học viên lớp tập huấn", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH BẮC GIANG / SỞ Y TẾ', 'Số: 215/BC-SYT', 'Bắc Giang, ngày 10 tháng 01 năm 2025' (published), sections I/II, 1-2, 'Nơi nhận'.",
    "Flattened '|' table with 'Đơn vị tính: cơ sở'. Place rows → location (TP Bắc Giang, Việt Yên, Lạng Giang); 'Các huyện còn lại' and",
    "'Tổng cộng' stay Bắc Giang and keep the row label in the subject. Year columns give the period (scored); 'So với cùng kỳ (%)' cells are",
    "percent figures with no period (the header states none). Cells get no total. 71+28+22+75 = 196, 78+33+24+79 = 214, ratios checked.",
    "'Tính đến ngày 31/12/2024' is an as-of date for the three figures of that sentence; 'trong đó 46 người' → total 187.",
    "'kiểm tra 92 cơ sở, đạt 115% kế hoạch' → percent 115 (a share of the plan). Section II: 'Phấn đấu' governs the ';' clauses → target;",
    "their period is the heading 'PHƯƠNG HƯỚNG NĂM 2025' (another sentence: inherited). 'Luật ... năm 2023' is a name.",
    "Distractors: Số: 215/BC-SYT, letterhead date, 'Đội Quản lý thị trường số 3', section numbers I./II./1./2., 'Lưu: VT, NVY'.",
]

if __name__ == "__main__":
    write("p1459-3", TEXT, NOTES, FIGS, published="2025-01-10", location="Bắc Giang")
