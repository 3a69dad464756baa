from lib import F, P, Y, C, emit

TEXT = """Kinh doanh | Thứ sáu, 20/9/2024 | 06:30 GMT+7

Việt Nam có gần 1,5 triệu ha tre nhưng xuất khẩu mới đạt 296 triệu USD

Diện tích tre lớn, nguồn nguyên liệu dồi dào nhưng sản phẩm chủ yếu bán thô, giá trị gia tăng thấp.

Theo Cục Lâm nghiệp (Bộ NN&PTNT), cả nước hiện có khoảng 1,47 triệu ha rừng tre, nứa, luồng, chiếm gần 10% tổng diện tích rừng, với trữ lượng hơn 8,4 tỷ cây. Việt Nam đứng thứ tư thế giới về diện tích tre, sau Ấn Độ, Trung Quốc và Indonesia.

Các tỉnh có diện tích tre lớn gồm Thanh Hóa (khoảng 165.000 ha), Nghệ An (148.000 ha), Sơn La (98.000 ha) và Hòa Bình (76.500 ha).

Năm 2023, kim ngạch xuất khẩu các sản phẩm từ tre đạt 296 triệu USD, gấp 1,6 lần năm 2019, song mới chiếm khoảng 1% thị phần tre thế giới. Cả nước có khoảng 1.300 doanh nghiệp chế biến tre, trong đó chỉ 80 doanh nghiệp có quy mô lớn; hơn 90% cơ sở còn lại là hộ gia đình, công nghệ lạc hậu.

Ông Nguyễn Văn Hải, Phó Cục trưởng Cục Lâm nghiệp, cho biết giá trị thu được từ luồng thâm canh chỉ đạt 25-30 triệu đồng/ha/năm, thấp hơn nhiều so với keo lai (60-70 triệu đồng/ha/năm). "Nếu chế biến sâu, mỗi cây luồng có thể mang lại giá trị gấp 3 lần bán thô", ông Hải nói.

Theo Quyết định số 1288/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Chương trình phát triển lâm sản ngoài gỗ, đến năm 2030 kim ngạch xuất khẩu sản phẩm tre phấn đấu đạt 1 tỷ USD; diện tích tre được cấp chứng chỉ quản lý rừng bền vững đạt ít nhất 50.000 ha.

Hoài Thu
"""

Y23I = Y(2023, "Năm 2023", inh=True)
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("gần 1,5 triệu ha", "1,5", 1.5e6, "measure", "ha", "diện tích tre", approx="nearly"),
    F("mới đạt 296 triệu USD", "296", 296e6, "money", "USD", "xuất khẩu tre"),
    F("khoảng 1,47 triệu ha", "1,47", 1.47e6, "measure", "ha", "rừng tre, nứa, luồng", approx="about", percent=10),
    F("hơn 8,4 tỷ cây", "8,4", 8.4e9, "count", "cây", "trữ lượng tre, nứa, luồng", approx="over"),
    F("thứ tư thế giới", "tư", 4, "rank", "hạng", "diện tích tre"),
    F("Thanh Hóa (khoảng 165.000 ha)", "165.000", 165000, "measure", "ha", "diện tích tre", approx="about",
      location="Thanh Hóa"),
    F("Nghệ An (148.000 ha)", "148.000", 148000, "measure", "ha", "diện tích tre", location="Nghệ An"),
    F("Sơn La (98.000 ha)", "98.000", 98000, "measure", "ha", "diện tích tre", location="Sơn La"),
    F("Hòa Bình (76.500 ha)", "76.500", 76500, "measure", "ha", "diện tích tre", location="Hòa Bình"),
    F("tre đạt 296 triệu USD", "296", 296e6, "money", "USD", "kim ngạch xuất khẩu các sản phẩm từ tre",
      Y(2023, "Năm 2023"), change=C("increase", 1.6, "lần", "năm 2019"), percent=1),
    F("khoảng 1.300 doanh nghiệp", "1.300", 1300, "count", "doanh nghiệp", "doanh nghiệp chế biến tre", Y23I,
      approx="about"),
    F("chỉ 80 doanh nghiệp", "80", 80, "count", "doanh nghiệp", "doanh nghiệp có quy mô lớn", Y23I, total=1300),
    F("hơn 90% cơ sở", "90", 90, "percent", "%", "cơ sở còn lại là hộ gia đình", Y23I, approx="over"),
    F("đạt 25-30 triệu", "25", 25e6, "money", "đồng/ha/năm", "giá trị thu được từ luồng thâm canh", value_max=30e6),
    F("(60-70 triệu", "60", 60e6, "money", "đồng/ha/năm", "giá trị thu được từ keo lai", value_max=70e6),
    F("gấp 3 lần bán thô", "3", 3, "multiple", "lần", "giá trị cây luồng chế biến sâu so với bán thô", optional=True),
    F("đạt 1 tỷ USD", "1", 1e9, "money", "USD", "kim ngạch xuất khẩu sản phẩm tre", T30, status="target"),
    F("ít nhất 50.000 ha", "50.000", 50000, "measure", "ha",
      "diện tích tre được cấp chứng chỉ quản lý rừng bền vững", T30, approx="at_least", status="target"),
]

COMMENTS = [
    "National press (business section), dateline 'Thứ sáu, 20/9/2024 | 06:30 GMT+7', byline at the end: bamboo resources and exports nationwide.",
    "Title figures carry no period. 'chiếm gần 10% tổng diện tích rừng' is the percent of 1,47 triệu ha; 'đứng thứ tư thế giới' is a rank (Việt Nam).",
    "Province list after 'Các tỉnh có diện tích tre lớn gồm': the cue follows no figure, so no total; each province is the location.",
    "'gấp 1,6 lần năm 2019' is the change (lần) of 296 triệu USD and 'chiếm khoảng 1% thị phần' its percent. The enterprise sentence inherits 'Năm 2023'.",
    "'gấp 3 lần bán thô' in a hypothetical quote: optional multiple. Distractors: Quyết định số 1288/QĐ-TTg, GMT+7, countries named for the ranking.",
    "Ranges '25-30 triệu đồng/ha/năm', '(60-70 triệu ...)': value_max, rate unit keeps its denominator. Targets 'đến năm 2030' with 'phấn đấu', 'ít nhất' = at_least.",
]

if __name__ == "__main__":
    emit("p265-7", TEXT, COMMENTS, FIGS, published="2024-09-20", location="Việt Nam")
