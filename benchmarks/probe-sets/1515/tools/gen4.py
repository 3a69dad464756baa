"""p1515-4: formal report (Lạng Sơn, BCĐ 389): smuggled and counterfeit infant feeding products 2024; flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH LẠNG SƠN
BAN CHỈ ĐẠO 389 TỈNH
Số: 47/BC-BCĐ389
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lạng Sơn, ngày 15 tháng 01 năm 2025

BÁO CÁO
Kết quả đấu tranh chống buôn lậu, hàng giả mặt hàng đồ dùng cho trẻ sơ sinh năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Tình hình chung
Năm 2024, các lực lượng chức năng trên địa bàn tỉnh đã phát hiện 186 vụ vi phạm liên quan đến bình sữa, núm ti, máy hâm sữa và dụng cụ ăn dặm, tăng 24 vụ so với năm 2023; trong đó có 112 vụ vận chuyển hàng nhập lậu, 41 vụ hàng không rõ nguồn gốc. Đã xử phạt vi phạm hành chính 1.874 triệu đồng; tịch thu khoảng 52.000 bình sữa và hơn 130 nghìn núm ti các loại.

2. Trị giá hàng hóa vi phạm theo địa bàn
Đơn vị tính: triệu đồng
Địa bàn | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
Thành phố Lạng Sơn | 1.126 | 1.348 | 119,7
Huyện Cao Lộc | 2.450 | 2.915 | 119,0
Huyện Văn Lãng | 864 | 702 | 81,3
Huyện Lộc Bình | 395 | 517 | 130,9
Tổng cộng | 4.835 | 5.482 | 113,4
Trong đó: hàng nhập lậu | 3.210 | 3.968 | 123,6

3. Đánh giá
Hàng vi phạm chủ yếu được vận chuyển qua đường mòn, lối mở; giá bình sữa nhập lậu chỉ từ 35.000 đến 80.000 đồng/chiếc, thấp hơn khoảng 3 lần so với hàng chính hãng.

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu giảm ít nhất 15% số vụ vi phạm so với năm 2024; tổ chức 4 đợt kiểm tra cao điểm; 100% cơ sở kinh doanh đồ dùng cho trẻ sơ sinh tại các chợ biên giới ký cam kết.

Nơi nhận:
- Ban Chỉ đạo 389 quốc gia (b/c);
- Thường trực Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, BCĐ.
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y23c = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24c = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("NĂM 2025", "2025-01-01", "2025-12-31")
SUBJ = "trị giá hàng hóa vi phạm"

ROWS = [  # label, anchor prefix, location, subject
    ("Thành phố Lạng Sơn", "Lạng Sơn", SUBJ),
    ("Huyện Cao Lộc", "Cao Lộc", SUBJ),
    ("Huyện Văn Lãng", "Văn Lãng", SUBJ),
    ("Huyện Lộc Bình", "Lộc Bình", SUBJ),
    ("Tổng cộng", "Lạng Sơn", "tổng cộng " + SUBJ),
    ("Trong đó: hàng nhập lậu", "Lạng Sơn", "trị giá hàng nhập lậu"),
]
CELLS_TXT = {
    "Thành phố Lạng Sơn": ("1.126", "1.348", "119,7"),
    "Huyện Cao Lộc": ("2.450", "2.915", "119,0"),
    "Huyện Văn Lãng": ("864", "702", "81,3"),
    "Huyện Lộc Bình": ("395", "517", "130,9"),
    "Tổng cộng": ("4.835", "5.482", "113,4"),
    "Trong đó: hàng nhập lậu": ("3.210", "3.968", "123,6"),
}


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, loc, subj in ROWS:
    a, b, c = CELLS_TXT[label]
    tot = {}
    if label.startswith("Trong đó"):
        tot = {"a": {"total": num("4.835") * 1e6}, "b": {"total": num("5.482") * 1e6}}
    CELLS += [
        fig(f"{label} | {a}", a, num(a) * 1e6, "money", "đồng", subject=f"{subj} năm 2023", period=Y23c,
            location=loc, **tot.get("a", {})),
        fig(f"| {a} | {b}", b, num(b) * 1e6, "money", "đồng", subject=f"{subj} năm 2024", period=Y24c,
            location=loc, **tot.get("b", {})),
        fig(f"| {b} | {c}", c, num(c), "percent", "%", subject=f"{subj} so với cùng kỳ",
            period=inh(Y24c), location=loc),
    ]

FIGS = [
    fig("phát hiện 186 vụ", "186", 186, "count", "vụ", change=chg("increase", 24, "vụ", "năm 2023"),
        subject="vụ vi phạm liên quan đến bình sữa, núm ti, máy hâm sữa và dụng cụ ăn dặm", period=Y24),
    fig("có 112 vụ", "112", 112, "count", "vụ", total=186,
        subject="vụ vận chuyển hàng nhập lậu", period=Y24),
    fig("41 vụ", "41", 41, "count", "vụ", total=186,
        subject="vụ hàng không rõ nguồn gốc", period=Y24),
    fig("hành chính 1.874 triệu", "1.874", 1874e6, "money", "đồng",
        subject="xử phạt vi phạm hành chính", period=inh(Y24)),
    fig("khoảng 52.000 bình sữa", "52.000", 52000, "count", "bình sữa", approx="about",
        subject="bình sữa tịch thu", period=inh(Y24)),
    fig("hơn 130 nghìn", "130", 130000, "count", "núm ti", approx="over",
        subject="núm ti các loại tịch thu", period=inh(Y24)),
] + CELLS + [
    fig("từ 35.000 đến 80.000", "35.000", 35000, "money", "đồng/chiếc", value_max=80000,
        change=chg("decrease", 3, "lần", "hàng chính hãng", approx="about"),
        subject="giá bình sữa nhập lậu"),
    fig("ít nhất 15%", "15", 15, "percent", "%", approx="at_least", status="target",
        subject="mức giảm số vụ vi phạm", period=inh(Y25)),
    fig("tổ chức 4 đợt", "4", 4, "count", "đợt", status="target",
        subject="đợt kiểm tra cao điểm", period=inh(Y25)),
    fig("100% cơ sở", "100", 100, "percent", "%", status="target",
        subject="cơ sở kinh doanh đồ dùng cho trẻ sơ sinh tại các chợ biên giới ký cam kết", period=inh(Y25)),
]

NOTES = [
    "Formal report: 'UBND TỈNH LẠNG SƠN', 'BAN CHỈ ĐẠO 389 TỈNH', 'Số: 47/BC-BCĐ389', 'Lạng Sơn, ngày 15 tháng 01 năm 2025' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "Distractors: 'Ban Chỉ đạo 389' (twice), the document number, the letterhead date, section numbers I./II./1.-3., '(b/c)'.",
    "'tăng 24 vụ so với năm 2023' → change in vụ; 'trong đó có 112 vụ ..., 41 vụ' → total 186; period Năm 2024 stated in the same sentence.",
    "'hơn 130 nghìn núm ti' = 130000, over. The next sentence ('Đã xử phạt ...') inherits Năm 2024 (not scored).",
    "Flattened '|' table, 'Đơn vị tính: triệu đồng' → money cells ×10^6 đồng; rows are places → location (Thành phố Lạng Sơn → 'Lạng Sơn',",
    "the Tổng cộng row → the province Lạng Sơn); subject = indicator (table caption) + column; period from the column header (scored).",
    "'So với cùng kỳ (%)' cells are percent figures (ratio to last year), period 2024 inherited from the other column (not scored).",
    "'Trong đó: hàng nhập lậu' sub-row: its money cells are parts of the Tổng cộng cells of the same column → total (spec: part after 'trong đó').",
    "'thấp hơn khoảng 3 lần so với hàng chính hãng' → change decrease 3 lần (about) on the price range; a standing price, no period.",
    "Section II 'PHƯƠNG HƯỚNG NĂM 2025': 'Phấn đấu' governs the three ';' clauses → target; period from the heading (inherited).",
    "'giảm ít nhất 15% số vụ vi phạm so với năm 2024' is a rate as the claim: percent figure, no change.",
]

if __name__ == "__main__":
    write("p1515-4", TEXT, NOTES, FIGS, published="2025-01-15", location="Lạng Sơn")
