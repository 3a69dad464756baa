"""p500-3: Báo cáo UBND tỉnh Ninh Bình — tình hình KT-XH quý III và 9 tháng năm 2024 (flattened | table)."""
from lib import F, P, I, CH, T, emit

TEXT = """UBND TỈNH NINH BÌNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 187/BC-UBND
Ninh Bình, ngày 26 tháng 9 năm 2024

BÁO CÁO
Tình hình kinh tế - xã hội quý III và 9 tháng năm 2024

I. TÌNH HÌNH KINH TẾ
1. Tăng trưởng kinh tế
Tổng sản phẩm trên địa bàn tỉnh (GRDP) 9 tháng năm 2024 ước tăng 8,12% so với cùng kỳ (kế hoạch cả năm tăng 8,5%); quý III ước tăng 8,46%.

2. Một số chỉ tiêu chủ yếu
Chỉ tiêu | Đơn vị | Kế hoạch năm 2024 | Ước thực hiện 9 tháng | Ước 9 tháng so cùng kỳ (%)
Chỉ số sản xuất công nghiệp (IIP) | % | 110 | 109,3 | -
Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ | tỷ đồng | 62.500 | 47.180,4 | 113,6
Kim ngạch xuất khẩu | triệu USD | 2.450 | 1.912,7 | 108,9
Vốn đầu tư thực hiện toàn xã hội | tỷ đồng | 58.000 | 41.275 | 107,8
Khách du lịch | nghìn lượt | 8.200 | 7.350 | 118,2

3. Thu, chi ngân sách
Tổng thu ngân sách nhà nước trên địa bàn 9 tháng ước đạt 15.384,2 tỷ đồng, bằng 69,8% dự toán, giảm 3,6% so với cùng kỳ. Trong đó, thu nội địa ước đạt 12.920 tỷ đồng, bằng 66,3% dự toán; thu từ hoạt động xuất nhập khẩu ước đạt 2.464,2 tỷ đồng, bằng 91,3% dự toán. Tổng chi ngân sách địa phương ước đạt 13.652 tỷ đồng, bằng 61,5% dự toán.

4. Phát triển doanh nghiệp
Trong 9 tháng, toàn tỉnh có 512 doanh nghiệp thành lập mới với tổng vốn đăng ký 5.830 tỷ đồng; 163 doanh nghiệp quay trở lại hoạt động.

Nơi nhận:
- Bộ Kế hoạch và Đầu tư;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, TH.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
M9 = P("Ước thực hiện 9 tháng", "2024-01-01", "2024-09-30")
M9r = P("Ước 9 tháng so cùng kỳ", "2024-01-01", "2024-09-30")
M9s = P("9 tháng", "2024-01-01", "2024-09-30")


def row(label, unit, kind, mult, plan, est, ratio):
    """Three cells of one table row: plan (target), 9-month estimate, estimate vs. same period (%)."""
    out = []
    pa, pn, pv = plan
    out.append(F(pa, pn, pv * mult, kind, unit, f"{label} kế hoạch năm 2024", Y, status="target"))
    ea, en, ev = est
    out.append(F(ea, en, ev * mult, kind, unit, f"{label} ước thực hiện 9 tháng", M9, status="estimate"))
    if ratio:
        ra, rn, rv = ratio
        out.append(F(ra, rn, rv, "percent", "%", f"{label} ước 9 tháng so cùng kỳ", M9r, status="estimate"))
    return out


FIGS = [
    F("ước tăng 8,12%", "8,12", 8.12, "percent", "%",
      "tổng sản phẩm trên địa bàn tỉnh (GRDP)", P("9 tháng năm 2024", "2024-01-01", "2024-09-30"),
      target=T(8.5, "%"), status="estimate"),
    F("quý III ước tăng 8,46%", "8,46", 8.46, "percent", "%",
      "GRDP quý III", P("quý III", "2024-07-01", "2024-09-30"), status="estimate"),
]
FIGS += row("Chỉ số sản xuất công nghiệp (IIP)", "%", "percent", 1,
            ("| % | 110 |", "110", 110), ("| 109,3 |", "109,3", 109.3), None)
FIGS += row("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ", "đồng", "money", 1e9,
            ("| 62.500 |", "62.500", 62500), ("| 47.180,4 |", "47.180,4", 47180.4), ("| 113,6", "113,6", 113.6))
FIGS += row("Kim ngạch xuất khẩu", "USD", "money", 1e6,
            ("| 2.450 |", "2.450", 2450), ("| 1.912,7 |", "1.912,7", 1912.7), ("| 108,9", "108,9", 108.9))
FIGS += row("Vốn đầu tư thực hiện toàn xã hội", "đồng", "money", 1e9,
            ("| 58.000 |", "58.000", 58000), ("| 41.275 |", "41.275", 41275), ("| 107,8", "107,8", 107.8))
FIGS += row("Khách du lịch", "lượt", "count", 1e3,
            ("| 8.200 |", "8.200", 8200), ("| 7.350 |", "7.350", 7350), ("| 118,2", "118,2", 118.2))
FIGS += [
    F("ước đạt 15.384,2 tỷ đồng", "15.384,2", 15384200000000, "money", "đồng",
      "tổng thu ngân sách nhà nước trên địa bàn", M9s,
      percent=69.8, change=CH("decrease", 3.6, baseline="cùng kỳ"), status="estimate"),
    F("ước đạt 12.920 tỷ đồng", "12.920", 12920000000000, "money", "đồng",
      "thu nội địa", I("9 tháng", "2024-01-01", "2024-09-30"),
      total=15384200000000, percent=66.3, status="estimate"),
    F("ước đạt 2.464,2 tỷ đồng", "2.464,2", 2464200000000, "money", "đồng",
      "thu từ hoạt động xuất nhập khẩu", I("9 tháng", "2024-01-01", "2024-09-30"),
      total=15384200000000, percent=91.3, status="estimate"),
    F("ước đạt 13.652 tỷ đồng", "13.652", 13652000000000, "money", "đồng",
      "tổng chi ngân sách địa phương", I("9 tháng", "2024-01-01", "2024-09-30"),
      percent=61.5, status="estimate"),
    F("có 512 doanh nghiệp", "512", 512, "count", "doanh nghiệp",
      "doanh nghiệp thành lập mới", M9s),
    F("ký 5.830 tỷ đồng", "5.830", 5830000000000, "money", "đồng",
      "tổng vốn đăng ký của doanh nghiệp thành lập mới", M9s),
    F("; 163 doanh nghiệp", "163", 163, "count", "doanh nghiệp",
      "doanh nghiệp quay trở lại hoạt động", M9s),
]

COMMENTS = [
    "Formal report under a letterhead: UBND tỉnh Ninh Bình, Số: 187/BC-UBND, 'Ninh Bình, ngày 26 tháng 9 năm 2024' (published).",
    "Not figures: the document number, the date line, section numbers (I., 1.–4.), the unit column, '-' (no value), 'Nơi nhận' list.",
    "GRDP 8,12%: '(kế hoạch cả năm tăng 8,5%)' is its target (a plan number in brackets, FIGURES.md 'the target in chỉ tiêu … là 50%').",
    "Table (flattened with |): every numeric cell is a figure; 'Kế hoạch năm 2024' cells are targets, 'Ước thực hiện 9 tháng' and",
    "'Ước 9 tháng so cùng kỳ (%)' cells are estimates; units from the Đơn vị column ('tỷ đồng' ×10⁹, 'triệu USD' ×10⁶, 'nghìn lượt' ×10³).",
    "The IIP plan '110' and estimate '109,3' are indices in %; periods from the column headers, the year from the report title.",
    "Budget: the parts after 'Trong đó' take the 15.384,2 tỷ as total and carry their own share of the plan (percent).",
    "'163 doanh nghiệp' is a sibling after ';', no total. Location Ninh Bình throughout.",
]

if __name__ == "__main__":
    emit("p500-3", TEXT, COMMENTS, FIGS, published="2024-09-26", location="Ninh Bình")
