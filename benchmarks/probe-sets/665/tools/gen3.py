"""p665-3: UBND tỉnh Quảng Ninh formal report — tobacco control 2024, flattened '|' table (2023 / plan 2024 / estimate 2024)."""
from lib import per, inh, chg, tgt, fig, emit

TEXT = """UBND TỈNH QUẢNG NINH
Số: 415/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ninh, ngày 20 tháng 12 năm 2024

BÁO CÁO
Kết quả công tác phòng, chống tác hại của thuốc lá năm 2024

Thực hiện Công văn số 6532/BYT-DP ngày 05/11/2024 của Bộ Y tế, UBND tỉnh Quảng Ninh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN

1. Xây dựng môi trường không khói thuốc
Tính đến ngày 30/11/2024, toàn tỉnh có 2.184 cơ quan, trường học, cơ sở y tế đạt tiêu chí môi trường không khói thuốc, tăng 9,6% so với cùng kỳ. Kết quả một số chỉ tiêu chủ yếu:

Bảng 1. Chỉ tiêu | Đơn vị tính | Năm 2023 | Kế hoạch 2024 | Ước thực hiện 2024
Tỷ lệ cơ quan hành chính không khói thuốc | % | 91,8 | 95 | 96,4
Tỷ lệ trường học không khói thuốc | % | 97,2 | 100 | 98,7
Số cuộc kiểm tra liên ngành | cuộc | 112 | 120 | 134
Số tiền xử phạt vi phạm | triệu đồng | 186,5 | 200 | 243,8

2. Thanh tra, kiểm tra, xử lý vi phạm
Năm 2024, các lực lượng chức năng phát hiện, xử lý 1.027 vụ vi phạm, trong đó 312 vụ hút thuốc lá tại địa điểm cấm; thu giữ 48.650 bao thuốc lá điếu nhập lậu, giảm 21,4% so với năm 2023, và 3.215 sản phẩm thuốc lá điện tử các loại.

3. Quỹ Phòng, chống tác hại của thuốc lá
Năm 2024, tỉnh được Quỹ hỗ trợ 1,2 tỷ đồng. Tính đến ngày 15/12/2024, đã giải ngân 1,05 tỷ đồng, đạt 87,5% kế hoạch; số còn lại dự kiến giải ngân hết trước ngày 31/12/2024.

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu giảm tỷ lệ hút thuốc lá ở nam giới từ 15 tuổi trở lên xuống còn 38%; 100% trường học đạt tiêu chí không khói thuốc.

Nơi nhận:
- Bộ Y tế (b/c);
- Lưu: VT, VX1."""

C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
K24 = per("Kế hoạch 2024", "2024-01-01", "2024-12-31")
U24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
N24 = per("Năm 2024", "2024-01-01", "2024-12-31")
N25 = inh(per("NĂM 2025", "2025-01-01", "2025-12-31"))


def row(label, kind, unit, cells, mult=1):
    """cells: (anchor, number, value) for 2023, plan 2024, estimate 2024."""
    out = []
    for (a, n, v), (col, p, st) in zip(cells, (("năm 2023", C23, None), ("kế hoạch 2024", K24, "target"),
                                              ("ước thực hiện 2024", U24, "estimate"))):
        kw = {"status": st} if st else {}
        out.append(fig(a, n, v * mult, kind, unit, f"{label} {col}", p, **kw))
    return out


FIGS = [
    fig("có 2.184 cơ quan", "2.184", 2184, "count", "cơ quan, trường học, cơ sở y tế",
        "cơ quan, trường học, cơ sở y tế đạt tiêu chí môi trường không khói thuốc",
        per("Tính đến ngày 30/11/2024", None, "2024-11-30"), change=chg("increase", 9.6, "%", "cùng kỳ")),
    *row("Tỷ lệ cơ quan hành chính không khói thuốc", "percent", "%",
         [("| 91,8 |", "91,8", 91.8), ("91,8 | 95 |", "95", 95), ("| 96,4", "96,4", 96.4)]),
    *row("Tỷ lệ trường học không khói thuốc", "percent", "%",
         [("| 97,2 |", "97,2", 97.2), ("97,2 | 100 |", "100", 100), ("| 98,7", "98,7", 98.7)]),
    *row("Số cuộc kiểm tra liên ngành", "count", "cuộc",
         [("| 112 |", "112", 112), ("| 120 |", "120", 120), ("| 134", "134", 134)]),
    *row("Số tiền xử phạt vi phạm", "money", "đồng",
         [("| 186,5 |", "186,5", 186.5), ("| 200 |", "200", 200), ("| 243,8", "243,8", 243.8)], mult=1e6),
    fig("xử lý 1.027 vụ", "1.027", 1027, "count", "vụ", "vụ vi phạm phát hiện, xử lý", N24),
    fig("trong đó 312 vụ", "312", 312, "count", "vụ", "vụ hút thuốc lá tại địa điểm cấm", N24, total=1027),
    fig("thu giữ 48.650 bao", "48.650", 48650, "count", "bao", "thuốc lá điếu nhập lậu thu giữ", N24,
        change=chg("decrease", 21.4, "%", "năm 2023")),
    fig("và 3.215 sản phẩm", "3.215", 3215, "count", "sản phẩm", "sản phẩm thuốc lá điện tử thu giữ", N24),
    fig("hỗ trợ 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", "kinh phí Quỹ hỗ trợ tỉnh", N24),
    fig("giải ngân 1,05 tỷ", "1,05", 1.05e9, "money", "đồng", "kinh phí đã giải ngân",
        per("Tính đến ngày 15/12/2024", None, "2024-12-15"), percent=87.5),
    fig("từ 15 tuổi trở lên", "15", 15, "measure", "tuổi", approx="at_least", optional=True),
    fig("xuống còn 38%", "38", 38, "percent", "%", "tỷ lệ hút thuốc lá ở nam giới từ 15 tuổi trở lên", N25, status="target"),
    fig("; 100% trường học", "100", 100, "percent", "%", "trường học đạt tiêu chí không khói thuốc", N25, status="target"),
]

COMMENTS = [
    "Báo cáo UBND tỉnh Quảng Ninh (invented) Số 415/BC-UBND: phòng, chống tác hại thuốc lá năm 2024, with a flattened '|' table.",
    "Table: every numeric cell is a figure; period and status from the column header (Năm 2023 actual, Kế hoạch 2024 target, Ước thực hiện 2024",
    "estimate); 'triệu đồng' in the unit column multiplies the money row. A plan cell is a figure of its own, not the estimate cell's target.",
    "Distractors: 'Số: 415/BC-UBND', place-and-date line, 'Công văn số 6532/BYT-DP ngày 05/11/2024', 'Bảng 1', section numbers I./II./1./2./3.,",
    "'31/12/2024', 'VX1'. '312 vụ' follows 'trong đó' after 1.027 vụ (total); 48.650 bao after ';' is not a part.",
    "'đạt 87,5% kế hoạch' is the percent of 1,05 tỷ. The 2025 targets take the period of the heading 'PHƯƠNG HƯỚNG NĂM 2025' (inherited).",
]

if __name__ == "__main__":
    emit("p665-3", TEXT, COMMENTS, FIGS, published="2024-12-20", location="Quảng Ninh")
