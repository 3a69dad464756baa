"""p596-3: UBND tỉnh Bạc Liêu formal report — seafood processing and exports, 9 months 2024, flattened | table."""
from lib import F, P, inh, CH, emit

TEXT = """ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 312/BC-UBND
Bạc Liêu, ngày 07 tháng 10 năm 2024

BÁO CÁO
Tình hình chế biến, xuất khẩu thủy sản 9 tháng năm 2024 và nhiệm vụ quý IV/2024

I. KẾT QUẢ THỰC HIỆN
1. Năng lực chế biến
Toàn tỉnh có 14 doanh nghiệp chế biến thủy sản xuất khẩu với 17 nhà máy, tổng công suất thiết kế 186.000 tấn/năm. 9 tháng năm 2024, sản lượng chế biến ước đạt 67.850 tấn, bằng 71,4% kế hoạch, tăng 5,3% so với cùng kỳ.

Bảng 1. Một số chỉ tiêu chủ yếu (kế hoạch giao tại Quyết định số 45/QĐ-UBND ngày 15/01/2024)
TT | Chỉ tiêu | ĐVT | Kế hoạch 2024 | Ước TH 9 tháng | So KH (%)
1 | Sản lượng thủy sản chế biến | Tấn | 95.000 | 67.850 | 71,4
2 | Trong đó: tôm chế biến | Tấn | 82.000 | 59.120 | 72,1
3 | Kim ngạch xuất khẩu thủy sản | Triệu USD | 1.000 | 642,5 | 64,3
4 | Lao động trong các nhà máy | Người | 21.000 | 19.460 | 92,7

2. Thị trường xuất khẩu
Cơ cấu thị trường xuất khẩu: Mỹ chiếm 38,6%, Nhật Bản 17,2%, Trung Quốc 14,9%, EU 11,3%; các thị trường còn lại chiếm 18%.

3. Nguyên liệu
Giá tôm thẻ chân trắng loại 100 con/kg bình quân 9 tháng đạt 96.500 đồng/kg, giảm 4,5% so với cùng kỳ. Do thiếu nguyên liệu, các nhà máy mới hoạt động khoảng 65% công suất.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu quý IV/2024 kim ngạch xuất khẩu thủy sản đạt 360 triệu USD, cả năm đạt trên 1 tỷ USD.

Nơi nhận:
- Bộ Công Thương;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
KH = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
UT = P("Ước TH 9 tháng", "2024-01-01", "2024-09-30")


def row(label, unit, kind, mult, cells, total=None):
    """cells: (anchor, number) for plan, estimate, ratio."""
    (a1, n1), (a2, n2), (a3, n3) = cells
    v = lambda n: float(n.replace(".", "").replace(",", ".")) * mult
    out = [
        F(a1, n1, v(n1), kind, unit, status="target", subject=f"{label} kế hoạch 2024", period=KH,
          **({"total": total[0]} if total else {})),
        F(a2, n2, v(n2), kind, unit, status="estimate", subject=f"{label} ước thực hiện 9 tháng", period=UT,
          **({"total": total[1]} if total else {})),
        F(a3, n3, float(n3.replace(",", ".")), "percent", "%", subject=f"{label} so kế hoạch", period=inh(M9)),
    ]
    return out


FIGS = [
    F("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp", subject="doanh nghiệp chế biến thủy sản xuất khẩu"),
    F("với 17 nhà máy", "17", 17, "count", "nhà máy", subject="nhà máy chế biến thủy sản xuất khẩu"),
    F("thiết kế 186.000 tấn/năm", "186.000", 186000, "measure", "tấn/năm", subject="tổng công suất thiết kế"),
    F("ước đạt 67.850 tấn", "67.850", 67850, "measure", "tấn", percent=71.4,
      change=CH("increase", 5.3, baseline="cùng kỳ"), status="estimate",
      subject="sản lượng chế biến", period=M9),
]
FIGS += row("Sản lượng thủy sản chế biến", "tấn", "measure", 1,
            [("Tấn | 95.000", "95.000"), ("| 67.850 |", "67.850"), ("| 71,4\n", "71,4")])
FIGS += row("tôm chế biến", "tấn", "measure", 1,
            [("82.000", "82.000"), ("59.120", "59.120"), ("72,1", "72,1")], total=(95000, 67850))
FIGS += row("Kim ngạch xuất khẩu thủy sản", "USD", "money", 1e6,
            [("| 1.000 |", "1.000"), ("642,5", "642,5"), ("64,3", "64,3")])
FIGS += row("Lao động trong các nhà máy", "người", "count", 1,
            [("21.000", "21.000"), ("19.460", "19.460"), ("92,7", "92,7")])
MK = "cơ cấu thị trường xuất khẩu"
FIGS += [
    F("Mỹ chiếm 38,6%", "38,6", 38.6, "percent", "%", subject=f"{MK} Mỹ", period=inh(M9)),
    F("Nhật Bản 17,2%", "17,2", 17.2, "percent", "%", subject=f"{MK} Nhật Bản", period=inh(M9)),
    F("Trung Quốc 14,9%", "14,9", 14.9, "percent", "%", subject=f"{MK} Trung Quốc", period=inh(M9)),
    F("EU 11,3%", "11,3", 11.3, "percent", "%", subject=f"{MK} EU", period=inh(M9)),
    F("còn lại chiếm 18%", "18", 18, "percent", "%", subject=f"{MK} các thị trường còn lại", period=inh(M9)),
    F("loại 100 con/kg", "100", 100, "measure", "con/kg", subject="cỡ tôm thẻ chân trắng", optional=True),
    F("đạt 96.500 đồng/kg", "96.500", 96500, "money", "đồng/kg",
      change=CH("decrease", 4.5, baseline="cùng kỳ"),
      subject="giá tôm thẻ chân trắng loại 100 con/kg bình quân",
      period=P("bình quân 9 tháng", "2024-01-01", "2024-09-30")),
    F("khoảng 65% công suất", "65", 65, "percent", "%", approx="about",
      subject="công suất hoạt động của các nhà máy", period=inh(M9)),
    F("đạt 360 triệu USD", "360", 360e6, "money", "USD", status="target",
      subject="kim ngạch xuất khẩu thủy sản", period=P("quý IV/2024", "2024-10-01", "2024-12-31")),
    F("trên 1 tỷ USD", "1", 1e9, "money", "USD", approx="over", status="target",
      subject="kim ngạch xuất khẩu thủy sản cả năm", period=P("cả năm", "2024-01-01", "2024-12-31")),
]

COMMENTS = [
    "Formal report under a letterhead (ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU, Số: 312/BC-UBND, 'Bạc Liêu, ngày 07 tháng 10 năm 2024'):",
    "seafood processing and exports, 9 months of 2024, with a flattened '|' table (Kế hoạch 2024 | Ước TH 9 tháng | So KH (%)).",
    "Table: every numeric cell is a figure; unit and multiplier from the ĐVT cell ('Triệu USD' x10^6); 'Kế hoạch 2024' -> target,",
    "'Ước TH 9 tháng' -> estimate, periods from the headers (scored); 'So KH (%)' cells are percent figures, status actual (neither a",
    "plan nor an estimate header), period inherited from the title; as in h23, a cell is not an attribute of its neighbour cell.",
    "Row 2 'Trong đó: tôm chế biến' is a part of row 1: its plan/estimate cells take row 1's cells of the same column as total.",
    "Row numbers 1-4, 'Bảng 1', section numbers, Số 312/BC-UBND, Quyết định số 45/QĐ-UBND ngày 15/01/2024 are not figures.",
    "Market shares: trade partners stay in the subject, location Bạc Liêu. 'cả năm' = năm 2024. '100 con/kg' (size grade) optional.",
]

if __name__ == "__main__":
    emit("p596-3", TEXT, COMMENTS, FIGS, published="2024-10-07", location="Bạc Liêu")
