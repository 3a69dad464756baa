from lib import F, P, I, CH, TG, emit

TEXT = """ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH BÌNH ĐỊNH                       Độc lập - Tự do - Hạnh phúc
Số: 215/BC-UBND                 Bình Định, ngày 08 tháng 10 năm 2024

BÁO CÁO
Tình hình xuất, nhập khẩu 9 tháng năm 2024 và nhiệm vụ quý IV/2024

Thực hiện Công văn số 6842/BCT-XNK ngày 20/9/2024 của Bộ Công Thương, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Xuất khẩu
Kim ngạch xuất khẩu hàng hóa 9 tháng năm 2024 ước đạt 1.102,7 triệu USD, tăng 18,2% so với cùng kỳ năm 2023, bằng 78,8% kế hoạch năm (1.400 triệu USD). Trong đó, khu vực có vốn đầu tư nước ngoài đạt 214,3 triệu USD, chiếm 19,4%.

Bảng 1. Mặt hàng xuất khẩu chủ yếu 9 tháng năm 2024
Mặt hàng | Lượng (tấn) | Giá trị (triệu USD) | So cùng kỳ (%)
Sản phẩm gỗ | - | 512,6 | 121,4
Thủy sản | 21.480 | 128,9 | 109,7
Gạo | 46.250 | 31,5 | 142,3
Dăm gỗ | 385.600 | 58,2 | 96,8

2. Nhập khẩu
Kim ngạch nhập khẩu ước đạt 398,5 triệu USD, tăng 7,4% so với cùng kỳ, đạt 72,5% kế hoạch; chủ yếu là gỗ nguyên liệu, thức ăn chăn nuôi. Cán cân thương mại xuất siêu khoảng 704 triệu USD.

3. Doanh nghiệp, thị trường
Toàn tỉnh có 246 doanh nghiệp tham gia xuất khẩu, trong đó 38 doanh nghiệp đạt kim ngạch trên 5 triệu USD. Sản phẩm gỗ đã có mặt tại 62 thị trường, dẫn đầu là Hoa Kỳ (chiếm 46,5%) và EU (18,2%).

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu kim ngạch xuất khẩu cả năm 2024 đạt 1.450 triệu USD, tăng khoảng 15% so với năm 2023; tổ chức 4 đoàn doanh nghiệp đi xúc tiến thương mại tại Nhật Bản, Hàn Quốc.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, K5.                              KT. CHỦ TỊCH
                                              PHÓ CHỦ TỊCH
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("ước đạt 1.102,7 triệu", "1.102,7", 1102.7e6, "money", "USD", "kim ngạch xuất khẩu hàng hóa", N9,
      percent=78.8, change=CH("increase", 18.2, baseline="cùng kỳ năm 2023"), target=TG(1400e6, "USD"),
      status="estimate"),
    F("đạt 214,3 triệu", "214,3", 214.3e6, "money", "USD",
      "kim ngạch xuất khẩu khu vực có vốn đầu tư nước ngoài", I(N9),
      total=1102.7e6, percent=19.4, status="estimate"),
]
ROWS = [
    ("Sản phẩm gỗ", None, "512,6", "121,4"),
    ("Thủy sản", "21.480", "128,9", "109,7"),
    ("Gạo", "46.250", "31,5", "142,3"),
    ("Dăm gỗ", "385.600", "58,2", "96,8"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


for label, qty, value, idx in ROWS:
    low = label.lower()
    if qty:
        FIGS.append(F(f"{label} | {qty} |", qty, num(qty), "measure", "tấn",
                      f"lượng xuất khẩu {low}", I(N9)))
    FIGS.append(F(f"| {value} |", value, num(value) * 1e6, "money", "USD",
                  f"giá trị xuất khẩu {low}", I(N9)))
    FIGS.append(F(f"| {idx}\n", idx, num(idx), "percent", "%",
                  f"giá trị xuất khẩu {low} so cùng kỳ", I(N9)))

FIGS += [
    F("ước đạt 398,5 triệu", "398,5", 398.5e6, "money", "USD", "kim ngạch nhập khẩu", I(N9),
      percent=72.5, change=CH("increase", 7.4, baseline="cùng kỳ"), status="estimate"),
    F("khoảng 704 triệu", "704", 704e6, "money", "USD", "cán cân thương mại xuất siêu", I(N9),
      approx="about"),
    F("có 246 doanh nghiệp", "246", 246, "count", "doanh nghiệp", "doanh nghiệp tham gia xuất khẩu"),
    F("đó 38 doanh nghiệp", "38", 38, "count", "doanh nghiệp",
      "doanh nghiệp đạt kim ngạch trên 5 triệu USD", total=246),
    F("trên 5 triệu USD", "5", 5e6, "money", "USD", "kim ngạch xuất khẩu của doanh nghiệp",
      approx="over", optional=True),
    F("tại 62 thị trường", "62", 62, "count", "thị trường", "thị trường xuất khẩu sản phẩm gỗ"),
    F("(chiếm 46,5%)", "46,5", 46.5, "percent", "%", "thị phần xuất khẩu sản phẩm gỗ sang Hoa Kỳ"),
    F("EU (18,2%)", "18,2", 18.2, "percent", "%", "thị phần xuất khẩu sản phẩm gỗ sang EU"),
    F("đạt 1.450 triệu", "1.450", 1450e6, "money", "USD", "kim ngạch xuất khẩu", Y24,
      change=CH("increase", 15, baseline="năm 2023", approx="about"), status="target"),
    F("tổ chức 4 đoàn", "4", 4, "count", "đoàn doanh nghiệp", "đoàn doanh nghiệp đi xúc tiến thương mại",
      status="target"),
]

emit("p530-3", TEXT, [
    "Formal report of UBND tỉnh Bình Định (letterhead, Số: 215/BC-UBND, place-and-date line): exports/imports 9 months of 2024",
    "with a flattened '|' table (units in the column headers: tấn, triệu USD, %). Every numeric cell is a figure; 'So cùng kỳ (%)'",
    "cells are percent figures of their own (as plan cells are in shared h23). Table periods come from the title line (inherited).",
    "The plan in brackets '(1.400 triệu USD)' is the target of 1.102,7 triệu USD, not a figure. Threshold 'trên 5 triệu USD' optional.",
    "Trade partners (Hoa Kỳ, EU) are not places: they stay in the subject. '4 đoàn' continues 'Phấn đấu' (target).",
], FIGS, published="2024-10-08", location="Bình Định")
