"""p838-8: provincial newspaper online (Báo Bắc Giang, '(BKG) -'), lychee prunings composted in Lục Ngạn, 9 months 2024."""
from lib import F, P, I, C, write

TEXT = """Lục Ngạn: Hơn 4.200 tấn phân hữu cơ ủ từ cành vải, phân chuồng

Cập nhật lúc 10:05, Thứ Hai, 21/10/2024

(BKG) - 9 tháng năm 2024, nông dân huyện Lục Ngạn đã ủ được hơn 4.200 tấn phân hữu cơ từ cành vải sau cắt tỉa và phân chuồng, tăng 1,4 lần so với cùng kỳ, bằng 84% kế hoạch năm.

Lục Ngạn hiện có khoảng 30.000 ha cây ăn quả, trong đó vải thiều trên 15.500 ha. Mỗi năm, sau thu hoạch, các vườn vải thải ra khoảng 90.000 tấn cành, lá cắt tỉa. Trước đây, phần lớn lượng cành này bị đốt tại vườn hoặc ven Quốc lộ 31, gây khói bụi, ô nhiễm.

Từ năm 2023, huyện triển khai mô hình băm nhỏ cành vải, ủ với phân chuồng và chế phẩm vi sinh. Trong 9 tháng, các xã ủ được nhiều nhất gồm Phượng Sơn (820 tấn), Quý Sơn (760 tấn), Hồng Giang (690 tấn) và Giáp Sơn (540 tấn).

Huyện đã hỗ trợ 35 máy băm cành cho các tổ hợp tác, mỗi máy trị giá 28 triệu đồng, ngân sách huyện hỗ trợ 50%. Mỗi tấn phân ủ có giá thành khoảng 900.000 đồng, giúp nông dân giảm 15-20% chi phí phân bón so với dùng phân hóa học.

Anh Hoàng Văn Bảy ở thôn Kép 2, xã Hồng Giang cho biết, gia đình có 3 ha vải, năm nay bón 12 tấn phân ủ, quả to, đẹp, bán được giá cao hơn 5.000 đồng/kg so với vải bón phân hóa học.

Theo UBND huyện Lục Ngạn, mục tiêu đến năm 2025 có 60% diện tích vải được bón phân hữu cơ, trên 50% lượng cành vải được thu gom xử lý. Hiện vải thiều Lục Ngạn có 203 mã số vùng trồng xuất khẩu.

Đỗ Lan
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9s = P("Trong 9 tháng", "2024-01-01", "2024-09-30")
T25 = P("đến năm 2025", None, "2025-12-31")
SUBJ = "phân hữu cơ ủ được"

FIGS = [
    F("Hơn 4.200 tấn", "4.200", 4200, "measure", "tấn", "phân hữu cơ ủ từ cành vải, phân chuồng", approx="over"),
    F("hơn 4.200 tấn phân hữu cơ từ", "4.200", 4200, "measure", "tấn", "phân hữu cơ ủ từ cành vải sau cắt tỉa và phân chuồng",
      M9, approx="over", percent=84, change=C("increase", 1.4, "lần", "cùng kỳ")),
    F("khoảng 30.000 ha", "30.000", 30000, "measure", "ha", "diện tích cây ăn quả", approx="about"),
    F("trên 15.500 ha", "15.500", 15500, "measure", "ha", "diện tích vải thiều", approx="over", total=30000),
    F("khoảng 90.000 tấn", "90.000", 90000, "measure", "tấn/năm", "cành, lá vải cắt tỉa thải ra mỗi năm", approx="about"),
    F("Phượng Sơn (820 tấn)", "820", 820, "measure", "tấn", SUBJ, M9s),
    F("Quý Sơn (760 tấn)", "760", 760, "measure", "tấn", SUBJ, M9s),
    F("Hồng Giang (690 tấn)", "690", 690, "measure", "tấn", SUBJ, M9s),
    F("Giáp Sơn (540 tấn)", "540", 540, "measure", "tấn", SUBJ, M9s),
    F("hỗ trợ 35 máy", "35", 35, "count", "máy băm cành", "máy băm cành hỗ trợ cho các tổ hợp tác"),
    F("trị giá 28 triệu đồng", "28", 28e6, "money", "đồng/máy", "giá trị mỗi máy băm cành"),
    F("hỗ trợ 50%", "50", 50, "percent", "%", "tỷ lệ ngân sách huyện hỗ trợ giá máy băm cành"),
    F("khoảng 900.000 đồng", "900.000", 900000, "money", "đồng/tấn", "giá thành mỗi tấn phân ủ", approx="about"),
    F("giảm 15-20% chi phí", "15", 15, "percent", "%", "chi phí phân bón giảm", value_max=20),
    F("có 3 ha vải", "3", 3, "measure", "ha", "diện tích vải của gia đình anh Bảy", optional=True),
    F("bón 12 tấn phân ủ", "12", 12, "measure", "tấn", "phân ủ gia đình anh Bảy bón", optional=True),
    F("hơn 5.000 đồng/kg", "5.000", 5000, "money", "đồng/kg", "giá bán vải bón phân ủ cao hơn"),
    F("có 60% diện tích", "60", 60, "percent", "%", "diện tích vải được bón phân hữu cơ", T25, status="target"),
    F("trên 50% lượng", "50", 50, "percent", "%", "lượng cành vải được thu gom xử lý", T25, approx="over",
      status="target"),
    F("có 203 mã số", "203", 203, "count", "mã số vùng trồng", "mã số vùng trồng xuất khẩu vải thiều"),
]

NOTES = [
    "Provincial newspaper online (Báo Bắc Giang), headline figure, 'Cập nhật lúc 10:05, Thứ Hai, 21/10/2024', '(BKG) -' tag,",
    "byline at the end: lychee prunings and manure composted in Lục Ngạn. Location Lục Ngạn (communes lie in it).",
    "The headline figure is its own figure without period (headline has none). 'bằng 84% kế hoạch năm' is the percent",
    "of the body's 4.200 tấn; 'tăng 1,4 lần so với cùng kỳ' its change.",
    "The commune list after 'gồm' is a top list of the 9 months (820+760+690+540 = 2.810, not 4.200): no total;",
    "'Trong 9 tháng' (yearless) takes 2024 from '9 tháng năm 2024'. 'trong đó vải thiều trên 15.500 ha' -> total 30.000 ha.",
    "'bán được giá cao hơn 5.000 đồng/kg so với vải bón phân hóa học': a price difference with no base amount -> its own money figure.",
    "Optional: the farmer's '3 ha' and '12 tấn' (example specification).",
    "revised after the first run: '5.000 đồng/kg' approx over -> exact ('hơn' belongs to the comparative 'cao hơn', not to the number).",
    "Distractors: time 10:05, Thứ Hai, Quốc lộ 31, 'thôn Kép 2', name 'Hoàng Văn Bảy', 'Từ năm 2023', 'năm nay'.",
]

if __name__ == "__main__":
    write(8, TEXT, FIGS, NOTES, published="2024-10-21", location="Lục Ngạn")
