from lib import F, P, C, T, inh, emit

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Trang chủ > Tin tức > Giảm nghèo

Cả nước đã khánh thành, bàn giao hơn 98.000 căn nhà cho hộ nghèo, hộ cận nghèo
Ngày cập nhật: 20/01/2025

Theo báo cáo của Văn phòng Quốc gia về giảm nghèo, tính đến ngày 15/01/2025, cả nước đã hỗ trợ xóa 152.361 căn nhà tạm, nhà dột nát (gồm 98.427 căn đã khánh thành, bàn giao và 53.934 căn đang xây dựng), đạt 48,2% tổng nhu cầu. Tổng nhu cầu hỗ trợ của 63 tỉnh, thành phố được rà soát là khoảng 316.000 căn.

Có 12 địa phương đã cơ bản hoàn thành mục tiêu xóa nhà tạm, nhà dột nát, gồm: Bình Dương, Đồng Nai, Bà Rịa - Vũng Tàu, Long An, Tây Ninh, Bình Phước, Cần Thơ, Hậu Giang, Vĩnh Long, Bạc Liêu, Ninh Thuận và Đà Nẵng. Một số địa phương có số nhà hoàn thành lớn là Thanh Hóa 9.856 căn, Nghệ An 8.214 căn, Sóc Trăng 6.930 căn. Ngược lại, còn 9 tỉnh có tỷ lệ hoàn thành dưới 30%, thấp nhất là Lai Châu (18,4%) và Điện Biên (21,7%).

Về nguồn lực, tổng kinh phí đã huy động đạt khoảng 17,6 nghìn tỷ đồng; trong đó ngân sách trung ương bố trí 6.850 tỷ đồng, ngân sách địa phương 4.120 tỷ đồng, nguồn tiết kiệm 5% chi thường xuyên năm 2024 của các bộ, ngành khoảng 2.700 tỷ đồng, còn lại từ nguồn xã hội hóa.

Theo Nghị quyết số 42/NQ-CP, mức hỗ trợ đối với hộ nghèo, hộ cận nghèo là 60 triệu đồng/căn xây mới và 30 triệu đồng/căn sửa chữa. Thủ tướng Chính phủ yêu cầu phấn đấu hoàn thành xóa nhà tạm, nhà dột nát trên phạm vi cả nước trong năm 2025, sớm hơn 5 năm so với mục tiêu đề ra tại Nghị quyết số 42-NQ/TW.

Đường dây nóng tiếp nhận phản ánh: 1800 1567.
"""

AS = P("tính đến ngày 15/01/2025", None, "2025-01-15")
SUBJ_DONE = "số nhà hoàn thành"

FIGS = [
    F("bàn giao hơn 98.000 căn nhà", "98.000", 98000, "count", "căn nhà", "căn nhà khánh thành, bàn giao",
      approx="over", location="Việt Nam"),
    F("xóa 152.361 căn", "152.361", 152361, "count", "căn", "căn nhà tạm, nhà dột nát được hỗ trợ xóa", AS,
      percent=48.2),
    F("(gồm 98.427 căn", "98.427", 98427, "count", "căn", "căn đã khánh thành, bàn giao", AS, total=152361),
    F("và 53.934 căn", "53.934", 53934, "count", "căn", "căn đang xây dựng", AS, total=152361),
    F("của 63 tỉnh, thành phố", "63", 63, "count", "tỉnh, thành phố", optional=True),
    F("khoảng 316.000 căn", "316.000", 316000, "count", "căn", "tổng nhu cầu hỗ trợ", inh(AS), approx="about"),
    F("Có 12 địa phương", "12", 12, "count", "địa phương",
      "địa phương đã cơ bản hoàn thành mục tiêu xóa nhà tạm, nhà dột nát", inh(AS)),
    F("Thanh Hóa 9.856 căn", "9.856", 9856, "count", "căn", SUBJ_DONE, inh(AS), location="Thanh Hóa"),
    F("Nghệ An 8.214 căn", "8.214", 8214, "count", "căn", SUBJ_DONE, inh(AS), location="Nghệ An"),
    F("Sóc Trăng 6.930 căn", "6.930", 6930, "count", "căn", SUBJ_DONE, inh(AS), location="Sóc Trăng"),
    F("còn 9 tỉnh", "9", 9, "count", "tỉnh", "tỉnh có tỷ lệ hoàn thành dưới 30%", inh(AS)),
    F("dưới 30%", "30", 30, "percent", "%", approx="under", optional=True),
    F("Lai Châu (18,4%)", "18,4", 18.4, "percent", "%", "tỷ lệ hoàn thành", inh(AS), location="Lai Châu"),
    F("Điện Biên (21,7%)", "21,7", 21.7, "percent", "%", "tỷ lệ hoàn thành", inh(AS), location="Điện Biên"),
    F("khoảng 17,6 nghìn tỷ đồng", "17,6", 17.6e12, "money", "đồng", "tổng kinh phí đã huy động", inh(AS),
      approx="about"),
    F("bố trí 6.850 tỷ đồng", "6.850", 6850e9, "money", "đồng", "ngân sách trung ương bố trí", inh(AS),
      total=17.6e12),
    F("địa phương 4.120 tỷ đồng", "4.120", 4120e9, "money", "đồng", "ngân sách địa phương", inh(AS),
      total=17.6e12),
    F("tiết kiệm 5% chi", "5", 5, "percent", "%", "tiết kiệm chi thường xuyên", optional=True),
    F("khoảng 2.700 tỷ đồng", "2.700", 2700e9, "money", "đồng",
      "nguồn tiết kiệm chi thường xuyên năm 2024 của các bộ, ngành", inh(AS), approx="about", total=17.6e12),
    F("là 60 triệu đồng/căn", "60", 60e6, "money", "đồng/căn", "mức hỗ trợ đối với hộ nghèo, hộ cận nghèo xây mới"),
    F("và 30 triệu đồng/căn", "30", 30e6, "money", "đồng/căn", "mức hỗ trợ đối với hộ nghèo, hộ cận nghèo sửa chữa"),
    F("sớm hơn 5 năm", "5", 5, "measure", "năm", optional=True),
]

COMMENTS = [
    "Ministry site (Bộ LĐ-TB&XH): national progress of the programme at 15/01/2025; provinces in lists.",
    "Dateline 'Ngày cập nhật: 20/01/2025'. Distractors: breadcrumb, 'Nghị quyết số 42/NQ-CP', 'Nghị quyết số 42-NQ/TW', hotline",
    "'1800 1567', 'năm 2024' inside a source name, 'trong năm 2025' (deadline).",
    "Bracketed breakdown after 152.361 with 'gồm' adds up (98.427 + 53.934): totals. 'đạt 48,2% tổng nhu cầu' is its percent.",
    "A count of provinces is national (location Việt Nam, the file default); the provinces named in the list after '12 địa phương'",
    "do not make it provincial. List items Thanh Hóa/Nghệ An/Sóc Trăng and Lai Châu/Điện Biên: province = location.",
    "'63 tỉnh, thành phố' (scope), the threshold 'dưới 30%', the policy rate 'tiết kiệm 5%' and 'sớm hơn 5 năm' are optional.",
    "'trong đó' after 17,6 nghìn tỷ: the three budget parts take it as total. Periods after the first paragraph are inherited.",
]

if __name__ == "__main__":
    emit("p332-4", TEXT, COMMENTS, FIGS, published="2025-01-20", location="Việt Nam")
