"""p844-4: ministry site (Cục Chăn nuôi, Bộ NN&PTNT), national insect-for-feed figures, 2024."""
from lib import F, P, I, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - CỤC CHĂN NUÔI
Trang chủ » Tin tức » Thức ăn chăn nuôi
Thứ Tư, 22/05/2024 10:20

Côn trùng - nguồn đạm thay thế cho ngành thức ăn chăn nuôi

Ngày 21/5, tại Hà Nội, Cục Chăn nuôi phối hợp với Tổ chức Nông lương Liên hợp quốc (FAO) tổ chức Hội thảo quốc tế về côn trùng làm thức ăn chăn nuôi lần thứ 3.

Theo báo cáo tại hội thảo, cả nước hiện có khoảng 1.200 cơ sở nuôi ruồi lính đen ở 45/63 tỉnh, thành phố. Sản lượng ấu trùng năm 2023 đạt khoảng 110.000 tấn, tăng 1,8 lần so với năm 2021. Các địa phương có nhiều cơ sở nhất lần lượt là Đồng Nai (146 cơ sở), Bình Dương (97 cơ sở) và Long An (85 cơ sở). Về nuôi dế, cả nước có trên 3.000 hộ và 25 doanh nghiệp, sản lượng khoảng 2.500 tấn/năm, trong đó khoảng 30% được chế biến thành bột dế xuất khẩu sang Nhật Bản, Hàn Quốc và EU.

Năm 2023, nhu cầu thức ăn chăn nuôi công nghiệp của Việt Nam khoảng 21,5 triệu tấn; kim ngạch nhập khẩu thức ăn chăn nuôi và nguyên liệu đạt 4,95 tỷ USD, giảm 8,6% so với năm 2022. Nguyên liệu giàu đạm như bột cá, khô dầu đậu tương phải nhập khẩu chiếm tới 65% nhu cầu.

Ấu trùng ruồi lính đen sấy khô có hàm lượng protein thô 40-45%, lipid 25-30%, có thể thay thế 25-50% bột cá trong khẩu phần cho cá, tôm và gia cầm mà không ảnh hưởng đến tăng trọng.

Theo Chiến lược phát triển chăn nuôi giai đoạn 2021-2030, tầm nhìn 2045 (Quyết định số 1520/QĐ-TTg), đến năm 2030 côn trùng phấn đấu cung cấp 5-7% nhu cầu đạm cho thức ăn chăn nuôi, thay thế khoảng 300.000 tấn bột cá và khô đậu tương nhập khẩu mỗi năm. Cục Chăn nuôi đang dự thảo sửa đổi Thông tư số 21/2019/TT-BNNPTNT để bổ sung côn trùng vào danh mục nguyên liệu thức ăn chăn nuôi.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("Năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", end="2030-12-31")
SUBJ = "cơ sở nuôi ruồi lính đen"

FIGS = [
    F("khoảng 1.200 cơ sở", "1.200", 1200, "count", "cơ sở", SUBJ, approx="about"),
    F("45/63 tỉnh", "45", 45, "count", "tỉnh, thành phố", "tỉnh, thành phố có cơ sở nuôi ruồi lính đen", total=63),
    F("khoảng 110.000 tấn", "110.000", 110000, "measure", "tấn", "sản lượng ấu trùng", Y23, approx="about",
      change=chg("increase", 1.8, "lần", "năm 2021")),
    F("Đồng Nai (146 cơ sở)", "146", 146, "count", "cơ sở", SUBJ, location="Đồng Nai"),
    F("Bình Dương (97 cơ sở)", "97", 97, "count", "cơ sở", SUBJ, location="Bình Dương"),
    F("Long An (85 cơ sở)", "85", 85, "count", "cơ sở", SUBJ, location="Long An"),
    F("trên 3.000 hộ", "3.000", 3000, "count", "hộ", "hộ nuôi dế", approx="over"),
    F("25 doanh nghiệp", "25", 25, "count", "doanh nghiệp", "doanh nghiệp nuôi dế"),
    F("khoảng 2.500 tấn/năm", "2.500", 2500, "measure", "tấn/năm", "sản lượng dế", approx="about"),
    F("khoảng 30% được", "30", 30, "percent", "%", "sản lượng dế chế biến thành bột dế xuất khẩu", approx="about"),
    F("khoảng 21,5 triệu tấn", "21,5", 21.5e6, "measure", "tấn", "nhu cầu thức ăn chăn nuôi công nghiệp", Y23b,
      approx="about"),
    F("đạt 4,95 tỷ USD", "4,95", 4.95e9, "money", "USD", "kim ngạch nhập khẩu thức ăn chăn nuôi và nguyên liệu", Y23b,
      change=chg("decrease", 8.6, "%", "năm 2022")),
    F("chiếm tới 65%", "65", 65, "percent", "%", "nguyên liệu giàu đạm phải nhập khẩu trong nhu cầu", I(Y23b)),
    F("protein thô 40-45%", "40", 40, "percent", "%", "hàm lượng protein thô của ấu trùng ruồi lính đen sấy khô",
      value_max=45),
    F("lipid 25-30%", "25", 25, "percent", "%", "hàm lượng lipid của ấu trùng ruồi lính đen sấy khô", value_max=30),
    F("thay thế 25-50%", "25", 25, "percent", "%", "bột cá trong khẩu phần có thể thay thế", value_max=50),
    F("cung cấp 5-7%", "5", 5, "percent", "%", "nhu cầu đạm cho thức ăn chăn nuôi do côn trùng cung cấp", T30,
      value_max=7, status="target"),
    F("khoảng 300.000 tấn", "300.000", 300000, "measure", "tấn/năm", "bột cá và khô đậu tương nhập khẩu được thay thế", T30,
      approx="about", status="target"),
]

NOTES = [
    "Cục Chăn nuôi (Bộ NN&PTNT): national figures on insects for feed (ruồi lính đen, dế), May 2024. Dateline 'Thứ Tư, 22/05/2024 10:20'.",
    "'Ngày 21/5', 'lần thứ 3', 'giai đoạn 2021-2030, tầm nhìn 2045', Quyết định số 1520/QĐ-TTg, Thông tư số 21/2019/TT-BNNPTNT are not figures.",
    "National figures: location Việt Nam; the ranked provinces (146/97/85, do not add to 1.200) take their own location, no total.",
    "'tăng 1,8 lần so với năm 2021' is the change of 110.000 tấn. '30%' after 'trong đó' is a percent figure (a share, not a part in tấn).",
    "'hiện' gives no period; export destinations (Nhật Bản, Hàn Quốc, EU) are not places of the figure.",
]

write(4, TEXT, FIGS, NOTES, published="2024-05-22", location="Việt Nam")
