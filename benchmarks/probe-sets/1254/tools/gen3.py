"""p1254-3: formal report (UBND huyện Phú Quý, Bình Thuận, Số: 15/BC-UBND): flattened '|' table with a 'So với cùng kỳ (%)' column."""
from lib import fig, per, inh, chg, write

TEXT = """UBND HUYỆN PHÚ QUÝ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 15/BC-UBND
Phú Quý, ngày 10 tháng 01 năm 2025

BÁO CÁO
Kết quả khai thác, chế biến cá nục, cá trích năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Khai thác
Toàn huyện có 398 tàu cá, tổng công suất 142.600 CV; trong đó 176 tàu làm nghề lưới vây, câu kết hợp ánh sáng khai thác cá nục, cá trích.

Đơn vị tính: tấn
Chỉ tiêu | Năm 2023 | Ước thực hiện 2024 | So với cùng kỳ (%) | Kế hoạch 2025
Tổng sản lượng khai thác | 42.150 | 44.380 | 105,3 | 45.000
Trong đó: Cá nục | 12.640 | 13.920 | 110,1 | 14.500
Cá trích | 3.210 | 2.870 | 89,4 | 3.000
Sản lượng chế biến | 5.430 | 5.960 | 109,8 | 6.300

2. Chế biến
Trên địa bàn có 9 cơ sở chế biến nước mắm và cá khô, sử dụng khoảng 4.200 tấn cá nục, cá trích nguyên liệu mỗi năm. Giá trị sản xuất ngành chế biến năm 2024 ước đạt 186 tỷ đồng, tăng 7,4% so với năm 2023. Có 2 sản phẩm đạt OCOP 4 sao.

II. KẾ HOẠCH NĂM 2025
Phấn đấu tổng sản lượng khai thác năm 2025 đạt 45.000 tấn; giá trị sản xuất ngành chế biến từ 195 đến 200 tỷ đồng; 100% tàu cá khai thác xa bờ duy trì thiết bị giám sát hành trình theo Nghị định số 26/2019/NĐ-CP.

Nơi nhận:
- UBND tỉnh Bình Thuận (b/c);
- Sở Nông nghiệp và PTNT;
- Lưu: VT, NN.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")

ROWS = [("Tổng sản lượng khai thác", "tổng sản lượng khai thác", ["42.150", "44.380", "105,3", "45.000"]),
        ("Trong đó: Cá nục", "sản lượng khai thác cá nục", ["12.640", "13.920", "110,1", "14.500"]),
        ("Cá trích", "sản lượng khai thác cá trích", ["3.210", "2.870", "89,4", "3.000"]),
        ("Sản lượng chế biến", "sản lượng chế biến", ["5.430", "5.960", "109,8", "6.300"])]
COLS = [("năm 2023", Y23, None), ("ước thực hiện 2024", E24, "estimate"),
        ("so với cùng kỳ", None, None), ("kế hoạch 2025", K25, "target")]


TOTALS = ["42.150", "44.380", None, "45.000"]  # the 'Tổng sản lượng khai thác' row: whole of the 'Trong đó:' sub-rows


def cells():
    out = []
    for label, subj, nums in ROWS:
        prev = label
        for (col, p, st), n in zip(COLS, nums):
            kw = {"status": st} if st else {}
            if p is not None:
                kw["period"] = p
            t = TOTALS[[c[0] for c in COLS].index(col)]
            if subj in ("sản lượng khai thác cá nục", "sản lượng khai thác cá trích") and t:
                kw["total"] = float(t.replace(".", ""))
            v = float(n.replace(".", "").replace(",", "."))
            if col == "so với cùng kỳ":
                out.append(fig(f"{prev} | {n}", n, v, "percent", "%", subject=f"{subj} {col}", **kw))
            else:
                out.append(fig(f"{prev} | {n}", n, v, "measure", "tấn", subject=f"{subj} {col}", **kw))
            prev = n
    return out


FIGS = [
    fig("có 398 tàu", "398", 398, "count", "tàu cá", subject="tàu cá"),
    fig("142.600 CV", "142.600", 142600, "measure", "CV", subject="tổng công suất tàu cá"),
    fig("trong đó 176 tàu", "176", 176, "count", "tàu", total=398,
        subject="tàu làm nghề lưới vây, câu kết hợp ánh sáng khai thác cá nục, cá trích"),
] + cells() + [
    fig("có 9 cơ sở", "9", 9, "count", "cơ sở", subject="cơ sở chế biến nước mắm và cá khô"),
    fig("khoảng 4.200 tấn", "4.200", 4200, "measure", "tấn/năm", approx="about",
        subject="cá nục, cá trích nguyên liệu các cơ sở sử dụng mỗi năm"),
    fig("ước đạt 186 tỷ", "186", 186e9, "money", "đồng", status="estimate",
        change=chg("increase", 7.4, "%", "năm 2023"), subject="giá trị sản xuất ngành chế biến", period=Y24),
    fig("Có 2 sản phẩm", "2", 2, "count", "sản phẩm", subject="sản phẩm đạt OCOP 4 sao"),
    fig("đạt 45.000 tấn", "45.000", 45000, "measure", "tấn", status="target",
        subject="tổng sản lượng khai thác", period=Y25),
    fig("từ 195 đến 200 tỷ", "195", 195e9, "money", "đồng", value_max=200e9, status="target",
        subject="giá trị sản xuất ngành chế biến", period=Y25),
    fig("100% tàu cá", "100", 100, "percent", "%", status="target",
        subject="tàu cá khai thác xa bờ duy trì thiết bị giám sát hành trình", period=Y25),
]

NOTES = [
    "Formal report: 'UBND HUYỆN PHÚ QUÝ', 'Số: 15/BC-UBND', 'Phú Quý, ngày 10 tháng 01 năm 2025' (published), sections I/II, 1-2, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: tấn'; subject = row label + column label; period from the column header (scored);",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target; 'So với cùng kỳ (%)' cells are percent figures (unit %), no period given",
    "(the header names none).",
    "revised after the first run: the '%' cells are status actual (was estimate: only Kế hoạch/Chỉ tiêu/Ước columns give a status, FIGURES.md",
    "Tables); the 'Trong đó:' sub-rows Cá nục and Cá trích take the 'Tổng sản lượng khai thác' cell of the same column as total",
    "(was none: FIGURES.md 'Parts of a whole', a part after 'trong đó' that follows the whole, same thing, same period).",
    "'Giá trị ... năm 2024 ước đạt 186 tỷ' estimate; section II 'Phấn đấu ...; ...; 100% ...' → all target, period năm 2025 in the sentence.",
    "Distractors: Số: 15/BC-UBND, Nghị định số 26/2019/NĐ-CP, letterhead date, section numbers I./II./1./2., 'OCOP 4 sao', 'Lưu: VT, NN'.",
    "Location: the island district Phú Quý for all figures.",
]

if __name__ == "__main__":
    write("p1254-3", TEXT, NOTES, FIGS, published="2025-01-10", location="Phú Quý")
