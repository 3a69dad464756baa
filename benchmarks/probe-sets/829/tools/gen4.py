"""p829-4: ministry site (Bộ Xây dựng), national construction-glass review of 2023."""
from lib import C, F, I, P, T, write

TEXT = """BỘ XÂY DỰNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Vật liệu xây dựng
Ngành kính xây dựng năm 2023: cung vượt cầu, xuất khẩu giảm
Ngày đăng: 05/03/2024 | Lượt xem: 1.147

Theo Vụ Vật liệu xây dựng, tính đến hết năm 2023, cả nước có 14 dây chuyền sản xuất kính nổi với tổng công suất thiết kế khoảng 11.000 tấn/ngày, tương đương 326 triệu m2 quy chuẩn/năm. Các dây chuyền tập trung chủ yếu ở Bắc Ninh (4 dây chuyền), Bà Rịa - Vũng Tàu (3 dây chuyền), Quảng Nam (2 dây chuyền) và Hải Dương (2 dây chuyền).

Năm 2023, sản lượng kính xây dựng cả nước đạt khoảng 245 triệu m2 quy chuẩn, giảm 12,3% so với năm 2022; tiêu thụ nội địa chỉ đạt 158 triệu m2, bằng 64,5% sản lượng. Lượng tồn kho tại các nhà máy vào cuối năm lên tới gần 38 triệu m2. Kim ngạch xuất khẩu kính đạt 512,6 triệu USD, giảm 8,1% so với năm trước; trong đó xuất khẩu sang Hoa Kỳ chiếm 31%.

Trong khi đó, kính nhập khẩu, chủ yếu từ Trung Quốc, vẫn ở mức cao với hơn 1,2 triệu tấn. Cũng trong năm 2023, có 5 dây chuyền phải giảm công suất và 1 dây chuyền tạm dừng lò để sửa chữa nguội.

Theo Chiến lược phát triển vật liệu xây dựng Việt Nam thời kỳ 2021-2030, định hướng đến năm 2050 (Quyết định số 1266/QĐ-TTg), đến năm 2030 tổng công suất kính xây dựng khoảng 350 triệu m2 quy chuẩn; tỷ lệ kính tiết kiệm năng lượng chiếm trên 50%; mức tiêu hao nhiệt năng không quá 1.500 kcal/kg thủy tinh.

Bộ Xây dựng đề nghị các địa phương không cấp phép mới dự án kính nổi công nghệ lạc hậu, đồng thời xem xét áp dụng biện pháp phòng vệ thương mại đối với kính nhập khẩu.

BỘ XÂY DỰNG - Số 37 Lê Đại Hành, quận Hai Bà Trưng, Hà Nội - ĐT: 024.3976.0271
"""

END23 = P("tính đến hết năm 2023", None, "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("có 14 dây chuyền", "14", 14, "count", "dây chuyền", "dây chuyền sản xuất kính nổi", END23),
    F("khoảng 11.000 tấn/ngày", "11.000", 11000, "measure", "tấn/ngày", "tổng công suất thiết kế dây chuyền kính nổi",
      END23, approx="about"),
    F("tương đương 326 triệu m2", "326", 326e6, "measure", "m2/năm", "tổng công suất thiết kế dây chuyền kính nổi",
      END23),
    F("Bắc Ninh (4 dây chuyền)", "4", 4, "count", "dây chuyền", "dây chuyền kính nổi", I(END23), location="Bắc Ninh"),
    F("Bà Rịa - Vũng Tàu (3 dây chuyền)", "3", 3, "count", "dây chuyền", "dây chuyền kính nổi", I(END23),
      location="Bà Rịa - Vũng Tàu"),
    F("Quảng Nam (2 dây chuyền)", "2", 2, "count", "dây chuyền", "dây chuyền kính nổi", I(END23), location="Quảng Nam"),
    F("Hải Dương (2 dây chuyền)", "2", 2, "count", "dây chuyền", "dây chuyền kính nổi", I(END23), location="Hải Dương"),
    F("khoảng 245 triệu m2", "245", 245e6, "measure", "m2", "sản lượng kính xây dựng", Y23, approx="about",
      change=C("decrease", 12.3, baseline="năm 2022")),
    F("đạt 158 triệu m2", "158", 158e6, "measure", "m2", "tiêu thụ nội địa kính xây dựng", Y23, percent=64.5),
    F("gần 38 triệu m2", "38", 38e6, "measure", "m2", "lượng tồn kho kính tại các nhà máy",
      P("cuối năm", None, "2023-12-31"), approx="nearly"),
    F("đạt 512,6 triệu USD", "512,6", 512.6e6, "money", "USD", "kim ngạch xuất khẩu kính", I(Y23),
      change=C("decrease", 8.1, baseline="năm trước")),
    F("chiếm 31%", "31", 31, "percent", "%", "tỷ trọng xuất khẩu kính sang Hoa Kỳ", I(Y23)),
    F("hơn 1,2 triệu tấn", "1,2", 1.2e6, "measure", "tấn", "kính nhập khẩu", I(Y23), approx="over"),
    F("có 5 dây chuyền", "5", 5, "count", "dây chuyền", "dây chuyền phải giảm công suất",
      P("trong năm 2023", "2023-01-01", "2023-12-31")),
    F("và 1 dây chuyền", "1", 1, "count", "dây chuyền", "dây chuyền tạm dừng lò để sửa chữa nguội",
      P("trong năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 350 triệu m2", "350", 350e6, "measure", "m2", "tổng công suất kính xây dựng", T30, approx="about",
      status="target"),
    F("chiếm trên 50%", "50", 50, "percent", "%", "tỷ lệ kính tiết kiệm năng lượng", T30, approx="over",
      status="target"),
    F("không quá 1.500 kcal/kg", "1.500", 1500, "measure", "kcal/kg", "mức tiêu hao nhiệt năng", T30,
      approx="at_most", status="target"),
]

write("p829-4", TEXT, FIGS, published="2024-03-05", location="Việt Nam", comments=[
    "Ministry site (Bộ Xây dựng): national construction-glass review of 2023, 2030 strategy targets.",
    "Distractors: Lượt xem 1.147, thời kỳ 2021-2030, định hướng đến năm 2050, Quyết định số 1266/QĐ-TTg, the address and phone in the footer.",
    "'tương đương 326 triệu m2 quy chuẩn/năm' restates the capacity in another unit: a figure of its own (as 'tương đương 1,488 triệu hồ sơ' in h01).",
    "The list of provinces does not add up to 14 ('chủ yếu'): no total; each item's province is its location.",
    "'bằng 64,5% sản lượng' is the share of 158 triệu m2; 'trong đó xuất khẩu sang Hoa Kỳ chiếm 31%' is a percent figure (no base amount), location Việt Nam (a partner is no place).",
    "revised after the first run: unit of 326 triệu m2 quy chuẩn/năm 'm2 quy chuẩn/năm' -> 'm2/năm', the shortest noun phrase, as every other 'm2 quy chuẩn' of this set is 'm2'.",
    "'cuối năm' (stock) is as-of 2023-12-31. The 2030 strategy figures are targets (end 2030-12-31).",
])
