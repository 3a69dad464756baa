"""p580-3: formal report (UBND tỉnh Hưng Yên), textiles H1/2024, flattened '|' table (plan / estimate / vs same period)."""
from lib import F, P, I, CH, emit

TEXT = """ỦY BAN NHÂN DÂN
TỈNH HƯNG YÊN
Số: 186/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hưng Yên, ngày 10 tháng 7 năm 2024

BÁO CÁO
Tình hình sản xuất, xuất khẩu ngành dệt may 6 tháng đầu năm 2024

Thực hiện Văn bản số 2345/BCT-CN ngày 25/6/2024 của Bộ Công Thương, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Sản xuất
Chỉ số sản xuất ngành dệt ước tăng 9,6%, ngành sản xuất trang phục tăng 11,2% so với cùng kỳ. Sản phẩm chủ yếu: vải các loại ước đạt 48,3 triệu m2, tăng 8,1%; quần áo may sẵn đạt 71,5 triệu sản phẩm, tăng 10,4%; sợi các loại đạt 25.600 tấn. Trong kỳ, tỉnh thu hút thêm 5 dự án dệt may với tổng vốn đăng ký 126,8 triệu USD.

2. Một số chỉ tiêu chủ yếu
Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2024 | Ước thực hiện 6 tháng | So với cùng kỳ (%)
Kim ngạch xuất khẩu dệt may | Triệu USD | 2.150 | 1.012,4 | 112,6
Xuất khẩu sang Hoa Kỳ | Triệu USD | 880 | 437,5 | 118,3
Xuất khẩu sang EU | Triệu USD | 420 | 186,2 | 104,7
Doanh nghiệp dệt may hoạt động | Doanh nghiệp | 245 | 238 | 103,5
Lao động ngành dệt may | Nghìn người | 78 | 74,6 | 101,8
Thu nhập bình quân | Triệu đồng/người/tháng | 8,5 | 8,1 | 106,6

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu cả năm 2024 kim ngạch xuất khẩu dệt may đạt trên 2,15 tỷ USD; phấn đấu đào tạo nghề cho khoảng 3.000 lao động ngành may trong 6 tháng cuối năm.

Nơi nhận:
- Bộ Công Thương;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
UTH = P("Ước thực hiện 6 tháng", "2024-01-01", "2024-06-30")


def row(label, unit, kind, mult, cells, anchors):
    """cells: (plan, est, yoy) as written; anchors for each."""
    plan, est, yoy = cells
    a1, a2, a3 = anchors
    from lib import parse_num
    return [
        F(a1, plan, parse_num(plan) * mult, kind, unit, label + " kế hoạch năm 2024", KH, status="target"),
        F(a2, est, parse_num(est) * mult, kind, unit, label + " ước thực hiện 6 tháng", UTH, status="estimate"),
        F(a3, yoy, parse_num(yoy), "percent", "%", label + " so với cùng kỳ", H1),
    ]


FIGS = [
    F("dệt ước tăng 9,6%", "9,6", 9.6, "percent", "%", "chỉ số sản xuất ngành dệt", H1, status="estimate"),
    F("trang phục tăng 11,2%", "11,2", 11.2, "percent", "%", "chỉ số sản xuất ngành sản xuất trang phục", H1,
      status="estimate"),
    F("ước đạt 48,3 triệu m2", "48,3", 48.3e6, "measure", "m2", "vải các loại", H1,
      change=CH("increase", 8.1), status="estimate"),
    F("đạt 71,5 triệu sản phẩm", "71,5", 71.5e6, "count", "sản phẩm", "quần áo may sẵn", H1,
      change=CH("increase", 10.4), status="estimate"),
    F("đạt 25.600 tấn", "25.600", 25600, "measure", "tấn", "sợi các loại", H1, status="estimate"),
    F("thêm 5 dự án", "5", 5, "count", "dự án", "dự án dệt may thu hút thêm", H1),
    F("đăng ký 126,8 triệu USD", "126,8", 126.8e6, "money", "USD", "tổng vốn đăng ký", H1),
]
FIGS += row("Kim ngạch xuất khẩu dệt may", "USD", "money", 1e6, ("2.150", "1.012,4", "112,6"),
            ("Triệu USD | 2.150", "1.012,4", "112,6"))
FIGS += row("Xuất khẩu sang Hoa Kỳ", "USD", "money", 1e6, ("880", "437,5", "118,3"),
            ("| 880 |", "437,5", "118,3"))
FIGS += row("Xuất khẩu sang EU", "USD", "money", 1e6, ("420", "186,2", "104,7"),
            ("| 420 |", "186,2", "104,7"))
FIGS += row("Doanh nghiệp dệt may hoạt động", "doanh nghiệp", "count", 1, ("245", "238", "103,5"),
            ("| 245 |", "| 238 |", "103,5"))
FIGS += row("Lao động ngành dệt may", "người", "count", 1e3, ("78", "74,6", "101,8"),
            ("| 78 |", "74,6", "101,8"))
FIGS += row("Thu nhập bình quân", "đồng/người/tháng", "money", 1e6, ("8,5", "8,1", "106,6"),
            ("| 8,5 |", "| 8,1 |", "106,6"))
FIGS += [
    F("trên 2,15 tỷ USD", "2,15", 2.15e9, "money", "USD", "kim ngạch xuất khẩu dệt may",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="over", status="target"),
    F("khoảng 3.000 lao động", "3.000", 3000, "count", "lao động", "lao động ngành may được đào tạo nghề",
      P("6 tháng cuối năm", "2024-07-01", "2024-12-31"), approx="about", status="target"),
]

COMMENTS = [
    "UBND tỉnh Hưng Yên formal report Số 186/BC-UBND, 10/7/2024: dệt may 6 tháng đầu năm 2024, flattened '|' table.",
    "The place-and-date line gives published. Document numbers (186/BC-UBND, 2345/BCT-CN), section numbers (I., 1., 2.),",
    "the national motto block and 'Nơi nhận' list are not figures. Every numeric table cell is a figure: unit and multiplier",
    "from the 'Đơn vị tính' column (Triệu USD ×10⁶ USD, Nghìn người ×10³ người, Triệu đồng/người/tháng ×10⁶);",
    "'Kế hoạch năm 2024' → target, 'Ước thực hiện 6 tháng' → estimate (periods from these headers, scored);",
    "'So với cùng kỳ (%)' cells are percent figures with no status cue (actual), period from the title (inherited).",
    "Market rows have no 'Trong đó' cue: no total. Growth indices are percent figures (no change). 'ước' governs the",
    "';'-separated product list that continues its clause (estimate). Text periods come from the title (inherited).",
]

if __name__ == "__main__":
    emit("p580-3", TEXT, COMMENTS, FIGS, published="2024-07-10", location="Hưng Yên")
