"""p1566-3: formal report (Sở NN&PTNT Khánh Hòa, Số: 112/BC-SNN): fish cakes 2024, flattened '|' table by locality."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH KHÁNH HÒA
SỞ NÔNG NGHIỆP VÀ PTNT
Số: 112/BC-SNN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Khánh Hòa, ngày 15 tháng 01 năm 2025

BÁO CÁO
Kết quả sản xuất, tiêu thụ chả cá năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Sản xuất
Năm 2024, sản lượng chả cá, cá viên toàn tỉnh ước đạt 3.415 tấn, tăng 6,2% so với năm 2023, bằng 103,5% kế hoạch năm; giá trị sản xuất ước 612 tỷ đồng. Riêng sản lượng surimi của 2 doanh nghiệp chế biến xuất khẩu đạt 5.870 tấn.

2. Sản lượng chả cá, cá viên theo địa phương
Đơn vị tính: tấn
STT | Địa phương | Năm 2023 | Ước thực hiện 2024 | So với cùng kỳ (%) | Kế hoạch 2025
1 | TP Nha Trang | 1.642 | 1.730 | 105,4 | 1.800
2 | TP Cam Ranh | 720 | 768 | 106,7 | 800
3 | Thị xã Ninh Hòa | 516 | 561 | 108,7 | 590
4 | Huyện Vạn Ninh | 338 | 356 | 105,3 | 380
 | Tổng cộng | 3.216 | 3.415 | 106,2 | 3.570

3. Cơ sở sản xuất và an toàn thực phẩm
Đến ngày 31/12/2024, toàn tỉnh có 173 cơ sở chế biến chả cá, trong đó 41 cơ sở được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm, 9 cơ sở có sản phẩm đạt OCOP. Trong năm, đoàn liên ngành kiểm tra 64 cơ sở, xử phạt 6 cơ sở vi phạm với tổng số tiền 38,5 triệu đồng.

II. KẾ HOẠCH NĂM 2025
Phấn đấu năm 2025 sản lượng chả cá, cá viên đạt 3.570 tấn, tăng 4,5% so với năm 2024; giá trị sản xuất khoảng 650 tỷ đồng; 100% cơ sở sản xuất được tập huấn về an toàn thực phẩm.

Nơi nhận:
- UBND tỉnh (b/c);
- Cục Thủy sản;
- Lưu: VT, TS.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trần Quốc Bảo
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
ASOF = per("Đến ngày 31/12/2024", None, "2024-12-31")
INYEAR = per("Trong năm", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
IND = "sản lượng chả cá, cá viên"

COLS = ["Năm 2023", "Ước thực hiện 2024", "So với cùng kỳ (%)", "Kế hoạch 2025"]
ROWS = [("TP Nha Trang", "Nha Trang", ["1.642", "1.730", "105,4", "1.800"]),
        ("TP Cam Ranh", "Cam Ranh", ["720", "768", "106,7", "800"]),
        ("Thị xã Ninh Hòa", "Ninh Hòa", ["516", "561", "108,7", "590"]),
        ("Huyện Vạn Ninh", "Vạn Ninh", ["338", "356", "105,3", "380"]),
        ("Tổng cộng", None, ["3.216", "3.415", "106,2", "3.570"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, place, cells in ROWS:
    prev = label
    for col, n in zip(COLS, cells):
        anchor = f"{prev} | {n}"
        kw = {}
        if place:
            kw["location"] = place
            subj = f"{IND} {col.lower()}"
        else:
            subj = f"tổng cộng {IND} {col.lower()}"
        if col == "So với cùng kỳ (%)":
            CELLS.append(fig(anchor, n, num(n), "percent", "%", subject=("" if place else "tổng cộng ")
                             + f"{IND} so với cùng kỳ", **kw))
        else:
            p = {"Năm 2023": C23, "Ước thực hiện 2024": E24, "Kế hoạch 2025": K25}[col]
            if col.startswith("Ước"):
                kw["status"] = "estimate"
            if col.startswith("Kế hoạch"):
                kw["status"] = "target"
            CELLS.append(fig(anchor, n, num(n), "measure", "tấn", subject=subj, period=p, **kw))
        prev = n

FIGS = [
    fig("ước đạt 3.415 tấn", "3.415", 3415, "measure", "tấn", status="estimate", percent=103.5,
        change=chg("increase", 6.2, "%", "năm 2023"), subject="sản lượng chả cá, cá viên toàn tỉnh", period=Y24),
    fig("ước 612 tỷ", "612", 612e9, "money", "đồng", status="estimate", subject="giá trị sản xuất", period=Y24),
    fig("của 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", subject="doanh nghiệp chế biến xuất khẩu surimi",
        period=inh(Y24)),
    fig("đạt 5.870 tấn", "5.870", 5870, "measure", "tấn", subject="sản lượng surimi của 2 doanh nghiệp chế biến xuất khẩu",
        period=inh(Y24)),
] + CELLS + [
    fig("có 173 cơ sở", "173", 173, "count", "cơ sở", subject="cơ sở chế biến chả cá", period=ASOF),
    fig("41 cơ sở", "41", 41, "count", "cơ sở", total=173,
        subject="cơ sở được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm", period=ASOF),
    fig("9 cơ sở", "9", 9, "count", "cơ sở", total=173, subject="cơ sở có sản phẩm đạt OCOP", period=ASOF),
    fig("kiểm tra 64 cơ sở", "64", 64, "count", "cơ sở", subject="cơ sở đoàn liên ngành kiểm tra", period=INYEAR),
    fig("xử phạt 6 cơ sở", "6", 6, "count", "cơ sở", subject="cơ sở vi phạm bị xử phạt", period=INYEAR),
    fig("tiền 38,5 triệu", "38,5", 38.5e6, "money", "đồng", subject="tổng số tiền xử phạt", period=INYEAR),
    fig("đạt 3.570 tấn", "3.570", 3570, "measure", "tấn", status="target",
        change=chg("increase", 4.5, "%", "năm 2024"), subject="sản lượng chả cá, cá viên", period=Y25),
    fig("khoảng 650 tỷ", "650", 650e9, "money", "đồng", approx="about", status="target",
        subject="giá trị sản xuất", period=Y25),
    fig("100% cơ sở", "100", 100, "percent", "%", status="target",
        subject="cơ sở sản xuất được tập huấn về an toàn thực phẩm", period=Y25),
]

NOTES = [
    "Formal report (UBND TỈNH KHÁNH HÒA / SỞ NÔNG NGHIỆP VÀ PTNT, Số: 112/BC-SNN, 'Khánh Hòa, ngày 15 tháng 01 năm 2025'),",
    "sections I/II and 1-3, 'Nơi nhận', signature block.",
    "Distractors: 'Số: 112/BC-SNN', letterhead date, section numbers I., II., 1.-3., STT column 1-4, 'Lưu: VT, TS', 'KT. GIÁM ĐỐC'.",
    "Flattened '|' table, 'Đơn vị tính: tấn'. Place rows → location (Nha Trang, Cam Ranh, Ninh Hòa, Vạn Ninh), subject =",
    "indicator + column; 'Tổng cộng' row → Khánh Hòa. 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target.",
    "'So với cùng kỳ (%)' cells are percent figures; the header gives no period (none annotated) and is neither an",
    "'Ước' nor a 'Kế hoạch' column, so status actual by the letter of the spec. Table cells get no total.",
    "'bằng 103,5% kế hoạch năm' → percent attribute (the change is 'tăng 6,2%'). 'Riêng ... 2 doanh nghiệp ... đạt 5.870 tấn':",
    "own verb, actual; period 'Năm 2024' inherited from the previous sentence.",
    "'Đến ngày 31/12/2024' → as-of; parts after 'trong đó' take total 173. 'Trong năm' → 2024 (nearest earlier date).",
    "'xử phạt 6 cơ sở' after 'kiểm tra 64 cơ sở': no part cue, no total.",
]

if __name__ == "__main__":
    write("p1566-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Khánh Hòa")
