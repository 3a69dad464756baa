from lib import F, P, C, emit

TEXT = """BÁO KON TUM ĐIỆN TỬ
Kinh tế

Cao su tiểu điền - "cây thoát nghèo" của đồng bào vùng biên

(BKT) - Từ chỗ chỉ quen trồng lúa rẫy, mì, nhiều hộ đồng bào dân tộc thiểu số ở các huyện vùng biên đã mạnh dạn chuyển sang trồng cao su tiểu điền và có nguồn thu ổn định.

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 30/9/2024, toàn tỉnh có 76.850 ha cao su, trong đó cao su tiểu điền 32.400 ha, chiếm 42,2%. Diện tích cao su tiểu điền tập trung ở các huyện Sa Thầy (7.850 ha), Ngọc Hồi (6.420 ha), Đắk Hà (5.980 ha) và Kon Rẫy (3.150 ha). Toàn tỉnh có khoảng 11.600 hộ trồng cao su tiểu điền, trong đó gần 7.000 hộ là đồng bào dân tộc thiểu số.

Năng suất mủ cao su tiểu điền bình quân đạt 1,45 tấn/ha, thấp hơn khu vực doanh nghiệp (1,6-1,7 tấn/ha) do nhiều vườn cây chưa được chăm sóc đúng quy trình.

Giai đoạn 2021-2025, tỉnh đã hỗ trợ 1.250 hộ nghèo, hộ cận nghèo trồng mới 1.875 ha cao su với tổng kinh phí trên 42 tỷ đồng, bình quân 22,4 triệu đồng/ha. Toàn tỉnh đã thành lập 14 hợp tác xã và 37 tổ hợp tác sản xuất, kinh doanh cao su, liên kết bao tiêu sản phẩm với các công ty cao su trên địa bàn.

Gia đình anh A Thuấn ở thôn Đăk Wơk 2, xã Đắk Ngọk (huyện Đắk Hà) hiện có 3 ha cao su đang cho khai thác. "Mỗi năm gia đình thu khoảng 4,5 tấn mủ, trừ chi phí còn lãi hơn 120 triệu đồng", anh Thuấn chia sẻ.

Theo kế hoạch, đến năm 2025 tỉnh phấn đấu nâng năng suất cao su tiểu điền lên 1,6 tấn/ha và có ít nhất 5.000 ha cao su tiểu điền được cấp chứng chỉ quản lý rừng bền vững.

Ngọc Tú
15/10/2024
"""

COMMENTS = [
    "Party newspaper (Báo Kon Tum, '(BKT)' tag implies the province): default location Kon Tum; bare date '15/10/2024' after the byline.",
    "'tính đến ngày 30/9/2024' is an as-of period (end only) for its sentence; the district list and household counts inherit it.",
    "District items (Sa Thầy, ...) get the district; 'tập trung ở các huyện' follows no figure, so no total. 'trong đó gần 7.000 hộ' has total 11.600.",
    "'(1,6-1,7 tấn/ha)' is a range figure of its own (companies' yield), not a change of 1,45. The household of A Thuấn is in Đắk Hà: location Đắk Hà.",
    "'Giai đoạn 2021-2025' locates the support figures. Targets 'đến năm 2025 ... phấn đấu' (end 2025-12-31); 'ít nhất' -> at_least.",
    "Distractors: 'thôn Đăk Wơk 2', 'giai đoạn 2021-2025', dates, the headline quote marks.",
]

AS = P("tính đến ngày 30/9/2024", None, "2024-09-30")
ASi = P("tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)
GD = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
GDi = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31", inh=True)
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 76.850 ha", "76.850", 76850, "measure", "ha", "diện tích cao su", AS),
    F("tiểu điền 32.400 ha", "32.400", 32400, "measure", "ha", "diện tích cao su tiểu điền", AS, total=76850, percent=42.2),
    F("Sa Thầy (7.850 ha)", "7.850", 7850, "measure", "ha", "diện tích cao su tiểu điền", ASi, location="Sa Thầy"),
    F("Ngọc Hồi (6.420 ha)", "6.420", 6420, "measure", "ha", "diện tích cao su tiểu điền", ASi, location="Ngọc Hồi"),
    F("Đắk Hà (5.980 ha)", "5.980", 5980, "measure", "ha", "diện tích cao su tiểu điền", ASi, location="Đắk Hà"),
    F("Kon Rẫy (3.150 ha)", "3.150", 3150, "measure", "ha", "diện tích cao su tiểu điền", ASi, location="Kon Rẫy"),
    F("khoảng 11.600 hộ", "11.600", 11600, "count", "hộ", "hộ trồng cao su tiểu điền", ASi, approx="about"),
    F("gần 7.000 hộ", "7.000", 7000, "count", "hộ", "hộ đồng bào dân tộc thiểu số trồng cao su tiểu điền", ASi,
      approx="nearly", total=11600),
    F("đạt 1,45 tấn/ha", "1,45", 1.45, "measure", "tấn/ha", "năng suất mủ cao su tiểu điền bình quân"),
    F("(1,6-1,7 tấn/ha)", "1,6", 1.6, "measure", "tấn/ha", "năng suất mủ cao su khu vực doanh nghiệp", value_max=1.7),
    F("hỗ trợ 1.250 hộ", "1.250", 1250, "count", "hộ", "hộ nghèo, hộ cận nghèo được hỗ trợ trồng mới cao su", GD),
    F("mới 1.875 ha", "1.875", 1875, "measure", "ha", "diện tích cao su trồng mới được hỗ trợ", GD),
    F("trên 42 tỷ đồng", "42", 42000000000, "money", "đồng", "tổng kinh phí hỗ trợ trồng mới cao su", GD, approx="over"),
    F("bình quân 22,4 triệu đồng/ha", "22,4", 22400000, "money", "đồng/ha", "kinh phí hỗ trợ bình quân", GD),
    F("thành lập 14 hợp tác xã", "14", 14, "count", "hợp tác xã", "hợp tác xã sản xuất, kinh doanh cao su"),
    F("và 37 tổ hợp tác", "37", 37, "count", "tổ hợp tác", "tổ hợp tác sản xuất, kinh doanh cao su"),
    F("có 3 ha cao su", "3", 3, "measure", "ha", "diện tích cao su đang cho khai thác của gia đình anh A Thuấn", location="Đắk Hà"),
    F("khoảng 4,5 tấn mủ", "4,5", 4.5, "measure", "tấn", "sản lượng mủ gia đình anh A Thuấn thu mỗi năm",
      approx="about", location="Đắk Hà"),
    F("hơn 120 triệu đồng", "120", 120000000, "money", "đồng", "lãi của gia đình anh A Thuấn mỗi năm",
      approx="over", location="Đắk Hà"),
    F("lên 1,6 tấn/ha", "1,6", 1.6, "measure", "tấn/ha", "năng suất cao su tiểu điền", T25, status="target"),
    F("ít nhất 5.000 ha", "5.000", 5000, "measure", "ha", "diện tích cao su tiểu điền được cấp chứng chỉ quản lý rừng bền vững",
      T25, approx="at_least", status="target"),
]

emit("p274-5", TEXT, COMMENTS, FIGS, published="2024-10-15", location="Kon Tum")
