from lib import F, P, I, CH, TG, emit

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Trang chủ | Tin tức | Bảo hiểm xã hội
Ngày đăng: 02/07/2024 | Lượt xem: 3.415

Hơn 3,3 triệu người được tăng lương hưu, trợ cấp 15%

Theo Bộ Lao động - Thương binh và Xã hội, việc điều chỉnh lương hưu, trợ cấp BHXH và trợ cấp hằng tháng theo Nghị định số 75/2024/NĐ-CP được áp dụng cho hơn 3,3 triệu người trên cả nước. Trong đó, khoảng 2,7 triệu người hưởng lương hưu; gần 600.000 người hưởng trợ cấp BHXH, trợ cấp tai nạn lao động, bệnh nghề nghiệp và trợ cấp hằng tháng.

Mức điều chỉnh chung là 15% trên mức hưởng của tháng 6/2024. Riêng người nghỉ hưu trước năm 1995 có mức hưởng sau điều chỉnh thấp hơn 3,2 triệu đồng/tháng được tăng thêm 300.000 đồng/người/tháng; nếu có mức hưởng từ 3,2 triệu đồng/tháng đến dưới 3,5 triệu đồng/tháng thì được điều chỉnh lên bằng 3,5 triệu đồng/tháng. Theo ước tính, có khoảng 43.000 người thuộc diện này.

Tổng kinh phí tăng thêm để thực hiện điều chỉnh trong 6 tháng cuối năm 2024 khoảng 16.500 tỷ đồng, trong đó ngân sách nhà nước bảo đảm khoảng 2.800 tỷ đồng, Quỹ BHXH bảo đảm khoảng 13.700 tỷ đồng.

Sau điều chỉnh, lương hưu bình quân của người hưởng từ Quỹ BHXH ước đạt 7,2 triệu đồng/tháng, trong đó khu vực hành chính sự nghiệp khoảng 8,9 triệu đồng/tháng, khu vực doanh nghiệp khoảng 6,1 triệu đồng/tháng.

Đây là lần thứ 3 lương hưu được điều chỉnh kể từ năm 2022. Năm 2023, cả nước có 143.620 người bắt đầu hưởng lương hưu mới, tăng 3,1% so với năm 2022.

Bộ đề nghị BHXH Việt Nam chỉ đạo BHXH 63 tỉnh, thành phố hoàn thành chi trả theo mức mới trước ngày 20/7/2024.

Trụ sở: Số 12 Ngô Quyền, Hoàn Kiếm, Hà Nội. Đường dây nóng: 1900.9296
"""

H2 = P("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31")

FIGS = [
    F("Hơn 3,3 triệu", "3,3", 3.3e6, "count", "người", "người được tăng lương hưu, trợ cấp", approx="over"),
    F("trợ cấp 15%", "15", 15, "percent", "%", "mức tăng lương hưu, trợ cấp"),
    F("cho hơn 3,3 triệu", "3,3", 3.3e6, "count", "người",
      "người được điều chỉnh lương hưu, trợ cấp BHXH và trợ cấp hằng tháng", approx="over"),
    F("khoảng 2,7 triệu", "2,7", 2.7e6, "count", "người", "người hưởng lương hưu",
      approx="about", total=3.3e6),
    F("gần 600.000", "600.000", 600000, "count", "người",
      "người hưởng trợ cấp BHXH, trợ cấp tai nạn lao động, bệnh nghề nghiệp và trợ cấp hằng tháng",
      approx="nearly", total=3.3e6),
    F("chung là 15%", "15", 15, "percent", "%", "mức điều chỉnh chung lương hưu, trợ cấp"),
    F("thấp hơn 3,2 triệu", "3,2", 3.2e6, "money", "đồng/tháng", approx="under", optional=True),
    F("thêm 300.000", "300.000", 300000, "money", "đồng/người/tháng",
      "mức tăng thêm cho người nghỉ hưu trước năm 1995 có mức hưởng thấp"),
    F("từ 3,2 triệu", "3,2", 3.2e6, "money", "đồng/tháng", value_max=3.5e6, optional=True),
    F("lên bằng 3,5 triệu", "3,5", 3.5e6, "money", "đồng/tháng",
      "mức hưởng sau điều chỉnh của người nghỉ hưu trước năm 1995 có mức hưởng thấp"),
    F("khoảng 43.000", "43.000", 43000, "count", "người",
      "người nghỉ hưu trước năm 1995 thuộc diện tăng thêm", approx="about", status="estimate"),
    F("khoảng 16.500 tỷ", "16.500", 16500e9, "money", "đồng",
      "tổng kinh phí tăng thêm để thực hiện điều chỉnh", H2, approx="about"),
    F("khoảng 2.800 tỷ", "2.800", 2800e9, "money", "đồng",
      "kinh phí tăng thêm do ngân sách nhà nước bảo đảm", H2, approx="about", total=16500e9),
    F("khoảng 13.700 tỷ", "13.700", 13700e9, "money", "đồng",
      "kinh phí tăng thêm do Quỹ BHXH bảo đảm", H2, approx="about", total=16500e9),
    F("ước đạt 7,2 triệu", "7,2", 7.2e6, "money", "đồng/tháng",
      "lương hưu bình quân của người hưởng từ Quỹ BHXH", status="estimate"),
    F("khoảng 8,9 triệu", "8,9", 8.9e6, "money", "đồng/tháng",
      "lương hưu bình quân khu vực hành chính sự nghiệp", approx="about", status="estimate"),
    F("khoảng 6,1 triệu", "6,1", 6.1e6, "money", "đồng/tháng",
      "lương hưu bình quân khu vực doanh nghiệp", approx="about", status="estimate"),
    F("có 143.620 người", "143.620", 143620, "count", "người",
      "người bắt đầu hưởng lương hưu mới", P("Năm 2023", "2023-01-01", "2023-12-31"),
      change=CH("increase", 3.1, "%", "năm 2022")),
    F("lần thứ 3", "3", 3, "rank", "hạng", optional=True),
    F("BHXH 63 tỉnh", "63", 63, "count", "tỉnh, thành phố", optional=True),
]

COMMENTS = [
    "Ministry site (Bộ LĐ-TB&XH, 'Ngày đăng: 02/07/2024 | Lượt xem: 3.415'): national pension adjustment of 1/7/2024 (Nghị định 75/2024/NĐ-CP). Location Việt Nam.",
    "Headline 'Hơn 3,3 triệu người được tăng lương hưu, trợ cấp 15%': the 15% is the pension's increase, not a change of the count of people -> its own percent.",
    "'Trong đó' parts of 3,3 triệu (2,7 triệu, 600.000) and of 16.500 tỷ (2.800 tỷ, 13.700 tỷ) get the whole. The sector averages after 'trong đó' (8,9 / 6,1 triệu)",
    "are averages, not parts of the 7,2 triệu average: no total (cf. h14: sector growth rates after 'Trong đó' get none); 'ước đạt' carries estimate into them.",
    "Thresholds 'thấp hơn 3,2 triệu', 'từ 3,2 … đến dưới 3,5 triệu' are optional; 'lên bằng 3,5 triệu' (the level reached) and '300.000' are required.",
    "'Theo ước tính, có khoảng 43.000 người' → estimate. 'lần thứ 3' (an ordinal edition) and 'BHXH 63 tỉnh' (a name-like list) optional.",
    "Distractors: 'Nghị định số 75/2024/NĐ-CP', 'năm 1995', 'trước ngày 20/7/2024', 'Số 12 Ngô Quyền', '1900.9296', 'Lượt xem: 3.415'.",
]

emit("p660-4", TEXT, COMMENTS, FIGS, published="2024-07-02", location="Việt Nam")
