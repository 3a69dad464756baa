"""p1392-3: formal report (UBND tỉnh Cà Mau, Số: 214/BC-UBND): bồn chứa nước, máy lọc nước 6 tháng đầu năm 2024; flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ỦY BAN NHÂN DÂN
TỈNH CÀ MAU
Số: 214/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cà Mau, ngày 12 tháng 7 năm 2024

BÁO CÁO
Kết quả hỗ trợ dụng cụ trữ nước ngọt cho hộ dân vùng hạn mặn 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Tình hình thiếu nước sinh hoạt
Từ tháng 01 đến tháng 5/2024, toàn tỉnh có 14.860 hộ thiếu nước sinh hoạt, giảm 18,4% so với cùng kỳ năm 2020; trong đó huyện Trần Văn Thời 5.120 hộ, huyện U Minh 3.940 hộ.

2. Kết quả hỗ trợ
Thực hiện Kế hoạch số 45/KH-UBND ngày 05/3/2024, 6 tháng đầu năm, toàn tỉnh đã hỗ trợ 3.912 bồn chứa nước loại 1.000 lít, bằng 86,9% kế hoạch năm; 1.250 máy lọc nước hộ gia đình, vượt 4,2% kế hoạch. Tổng kinh phí thực hiện 18,6 tỷ đồng, trong đó ngân sách trung ương 12 tỷ đồng.

Kết quả hỗ trợ bồn chứa nước theo địa bàn
Đơn vị tính: bồn
Huyện | Kế hoạch năm 2024 | Thực hiện 6 tháng | Tỷ lệ (%)
Trần Văn Thời | 1.400 | 1.286 | 91,9
U Minh | 1.100 | 1.015 | 92,3
Ngọc Hiển | 900 | 702 | 78,0
Đầm Dơi | 1.100 | 909 | 82,6
Tổng cộng | 4.500 | 3.912 | 86,9

3. Đánh giá
Qua kiểm tra ngẫu nhiên 320 hộ được hỗ trợ, có 97,5% hộ sử dụng bồn đúng mục đích để trữ nước mưa.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Phấn đấu hoàn thành 100% kế hoạch hỗ trợ bồn chứa nước trước ngày 30/11/2024; dự kiến huy động thêm khoảng 5 tỷ đồng từ nguồn xã hội hóa.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NNTN (Tr.05b).
"""

M15 = per("Từ tháng 01 đến tháng 5/2024", "2024-01-01", "2024-05-31")
H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y24 = per("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
T6 = per("Thực hiện 6 tháng", "2024-01-01", "2024-06-30")
DL = per("trước ngày 30/11/2024", None, "2024-11-30")
H2 = per("6 THÁNG CUỐI NĂM 2024", "2024-07-01", "2024-12-31", inherited=True)

ROWS = [("Trần Văn Thời", ["1.400", "1.286", "91,9"]), ("U Minh", ["1.100", "1.015", "92,3"]),
        ("Ngọc Hiển", ["900", "702", "78,0"]), ("Đầm Dơi", ["1.100", "909", "82,6"]),
        ("Tổng cộng", ["4.500", "3.912", "86,9"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for row, (plan, done, rate) in ROWS:
    loc = "Cà Mau" if row == "Tổng cộng" else row
    sub = "bồn chứa nước hỗ trợ" + (" tổng cộng" if row == "Tổng cộng" else "")
    CELLS += [
        fig(f"{row} | {plan}", plan, num(plan), "count", "bồn", status="target",
            subject=f"{sub} kế hoạch năm 2024", period=Y24, location=loc),
        fig(f"{plan} | {done}", done, num(done), "count", "bồn",
            subject=f"{sub} thực hiện 6 tháng", period=T6, location=loc),
        fig(f"{done} | {rate}", rate, num(rate), "percent", "%",
            subject=f"tỷ lệ {sub}", period=inh(T6), location=loc),
    ]

FIGS = [
    fig("có 14.860 hộ", "14.860", 14860, "count", "hộ", change=chg("decrease", 18.4, "%", "cùng kỳ năm 2020"),
        subject="hộ thiếu nước sinh hoạt", period=M15),
    fig("Thời 5.120 hộ", "5.120", 5120, "count", "hộ", total=14860, subject="hộ thiếu nước sinh hoạt",
        period=M15, location="Trần Văn Thời"),
    fig("U Minh 3.940 hộ", "3.940", 3940, "count", "hộ", total=14860, subject="hộ thiếu nước sinh hoạt",
        period=M15, location="U Minh"),
    fig("hỗ trợ 3.912 bồn", "3.912", 3912, "count", "bồn", percent=86.9,
        subject="bồn chứa nước hỗ trợ", period=H1),
    fig("loại 1.000 lít", "1.000", 1000, "measure", "lít", optional=True),
    fig("1.250 máy lọc", "1.250", 1250, "count", "máy lọc nước", change=chg("increase", 4.2, "%", "kế hoạch"),
        subject="máy lọc nước hộ gia đình hỗ trợ", period=H1),
    fig("thực hiện 18,6 tỷ", "18,6", 18.6e9, "money", "đồng", subject="tổng kinh phí thực hiện",
        period=inh(H1)),
    fig("trung ương 12 tỷ", "12", 12e9, "money", "đồng", total=18.6e9, subject="kinh phí ngân sách trung ương",
        period=inh(H1)),
] + CELLS + [
    fig("ngẫu nhiên 320 hộ", "320", 320, "count", "hộ", subject="hộ được hỗ trợ được kiểm tra ngẫu nhiên"),
    fig("có 97,5% hộ", "97,5", 97.5, "percent", "%", subject="hộ sử dụng bồn đúng mục đích để trữ nước mưa"),
    fig("hoàn thành 100%", "100", 100, "percent", "%", status="target",
        subject="kế hoạch hỗ trợ bồn chứa nước hoàn thành", period=DL),
    fig("khoảng 5 tỷ", "5", 5e9, "money", "đồng", approx="about", status="forecast",
        subject="kinh phí huy động thêm từ nguồn xã hội hóa", period=H2),
]

NOTES = [
    "Formal report: 'ỦY BAN NHÂN DÂN / TỈNH CÀ MAU', 'Số: 214/BC-UBND', 'Cà Mau, ngày 12 tháng 7 năm 2024' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "Distractors: Số 214/BC-UBND, Kế hoạch số 45/KH-UBND ngày 05/3/2024, section numbers, 'Tr.05b', the letterhead date, the title's period.",
    "'trong đó huyện ... 5.120 hộ, huyện ... 3.940 hộ' → total 14.860, location the district. 'vượt 4,2% kế hoạch' → change (baseline kế hoạch).",
    "'bằng 86,9% kế hoạch năm' → percent attribute. 'loại 1.000 lít' (tank size label) optional.",
    "Flattened '|' table, 'Đơn vị tính: bồn'; rows are districts → location (Tổng cộng → Cà Mau); 'Kế hoạch năm 2024' → target;",
    "'Thực hiện 6 tháng' → 2024-01-01..2024-06-30 (year from the report); 'Tỷ lệ (%)' cells are percent figures (every numeric cell is a figure),",
    "their period is only implied by the neighbouring column (inherited, not scored). Cells get no total.",
    "revised after the first run: 'Tỷ lệ (%)' cell subjects 'tỷ lệ bồn chứa nước hỗ trợ so với kế hoạch' → 'tỷ lệ bồn chứa nước hỗ trợ'",
    "('so với kế hoạch' is not in the column header; the subject takes the caption indicator and the column label only).",
    "Section II: 'trước ngày 30/11/2024' is the deadline of the 100% target (start null). 'dự kiến ... khoảng 5 tỷ' → forecast, period from the section heading (inherited).",
]

if __name__ == "__main__":
    write("p1392-3", TEXT, NOTES, FIGS, published="2024-07-12", location="Cà Mau")
