from lib import Doc, P, C, T

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Tin tức > Trồng trọt

Phát triển ngành hoa, cây cảnh theo hướng hàng hóa, nâng cao giá trị

Sáng 17/6, tại Hà Nội, Cục Trồng trọt tổ chức Hội thảo "Phát triển sản xuất hoa, cây cảnh bền vững". Theo báo cáo tại hội thảo, năm 2023 diện tích hoa, cây cảnh cả nước đạt khoảng 45.600 ha, gấp 1,5 lần năm 2015; giá trị sản xuất đạt trên 32.000 tỷ đồng. Tốc độ tăng trưởng giá trị sản xuất hoa, cây cảnh bình quân giai đoạn 2016-2023 đạt 9,5%/năm.

Các địa phương có diện tích lớn là Lâm Đồng (10.150 ha), Hà Nội (hơn 5.600 ha), Đồng Tháp (2.500 ha), Bến Tre (2.300 ha) và Hưng Yên (2.310 ha). Đây là 5 địa phương chiếm khoảng 50% diện tích hoa, cây cảnh cả nước.

Hiệu quả sản xuất hoa cao hơn nhiều so với các cây trồng khác: giá trị sản xuất bình quân đạt từ 500 triệu đến 1 tỷ đồng/ha/năm, các mô hình công nghệ cao đạt 2-3,5 tỷ đồng/ha/năm. Tỷ lệ diện tích hoa ứng dụng công nghệ cao mới đạt khoảng 28%; cả nước có trên 200 giống hoa được công nhận lưu hành.

Theo Quyết định số 255/QĐ-TTg và Nghị định số 98/2018/NĐ-CP, giai đoạn 2021-2025 ngành phấn đấu tăng trưởng giá trị sản xuất hoa, cây cảnh 8-10%/năm; đến năm 2030, diện tích hoa, cây cảnh đạt 60.000 ha, trong đó diện tích ứng dụng công nghệ cao chiếm 50%, kim ngạch xuất khẩu đạt 200 triệu USD.

Phát biểu tại hội thảo, Phó Cục trưởng Cục Trồng trọt đề nghị các địa phương rà soát quy hoạch vùng sản xuất, đẩy mạnh liên kết chuỗi giá trị và cấp mã số vùng trồng cho các vùng hoa xuất khẩu.

Thu Hằng (Trung tâm Thông tin)
18/06/2024
"""

d = Doc("p310-8", TEXT, [
    "Ministry site (Bộ NN&PTNT): national overview of the flower industry at a workshop. No dateline at the top; bare date '18/06/2024' at the end.",
    "All figures national (Việt Nam) except the province list, whose items are locations. 'tại Hà Nội' is the venue of the workshop, not a place of figures.",
    "'gấp 1,5 lần năm 2015' is the change of 45.600 ha (unit lần). '9,5%/năm' and '8-10%/năm' are growth rates standing as the claim: percent figures.",
    "'5 địa phương chiếm khoảng 50% diện tích': the 50% is a share of area, not a share of the count 5, so it is a percent figure of its own (approx about).",
    "revised after the first run: first annotated as percent 50 of the count 5 (literal 'share after chiếm'); 5 provinces are not 50% of anything. 'Tỷ lệ … khoảng 28%': a percent figure.",
    "Target paragraph: 'giai đoạn 2021-2025 … phấn đấu' and 'đến năm 2030' targets; 'trong đó … chiếm 50%' has no amount: a percent target figure.",
    "Distractors: 'Sáng 17/6', 'Quyết định số 255/QĐ-TTg', 'Nghị định số 98/2018/NĐ-CP', date line; 'giai đoạn 2016-2023' is a period.",
    "Province list takes 'năm 2023' from the previous paragraph (inherited). The efficiency paragraph carries no period.",
], published="2024-06-18", location="Việt Nam")

P23 = P("năm 2023", "2023-01-01", "2023-12-31")
P23i = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
PG1 = P("giai đoạn 2016-2023", "2016-01-01", "2023-12-31")
PG = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
P30 = P("đến năm 2030", None, "2030-12-31")

d.f("khoảng 45.600 ha", "45.600", 45600, "measure", "ha", "diện tích hoa, cây cảnh cả nước", approx="about",
    change=C("increase", 1.5, "lần", "năm 2015"), period=P23)
d.f("trên 32.000 tỷ đồng", "32.000", 32000000000000, "money", "đồng", "giá trị sản xuất hoa, cây cảnh", approx="over", period=P23)
d.f("đạt 9,5%/năm", "9,5", 9.5, "percent", "%", "tốc độ tăng trưởng giá trị sản xuất hoa, cây cảnh bình quân", period=PG1)
d.f("Lâm Đồng (10.150 ha)", "10.150", 10150, "measure", "ha", "diện tích hoa, cây cảnh", period=P23i, location="Lâm Đồng")
d.f("Hà Nội (hơn 5.600 ha)", "5.600", 5600, "measure", "ha", "diện tích hoa, cây cảnh", approx="over", period=P23i, location="Hà Nội")
d.f("Đồng Tháp (2.500 ha)", "2.500", 2500, "measure", "ha", "diện tích hoa, cây cảnh", period=P23i, location="Đồng Tháp")
d.f("Bến Tre (2.300 ha)", "2.300", 2300, "measure", "ha", "diện tích hoa, cây cảnh", period=P23i, location="Bến Tre")
d.f("Hưng Yên (2.310 ha)", "2.310", 2310, "measure", "ha", "diện tích hoa, cây cảnh", period=P23i, location="Hưng Yên")
d.f("là 5 địa phương", "5", 5, "count", "địa phương", "địa phương có diện tích hoa, cây cảnh lớn", period=P23i)
d.f("khoảng 50%", "50", 50, "percent", "%", "5 địa phương trong diện tích hoa, cây cảnh cả nước", approx="about", period=P23i)
d.f("từ 500 triệu đến 1 tỷ", "500", 500000000, "money", "đồng/ha/năm", "giá trị sản xuất hoa bình quân", value_max=1000000000)
d.f("đạt 2-3,5 tỷ", "2", 2000000000, "money", "đồng/ha/năm", "giá trị sản xuất các mô hình công nghệ cao", value_max=3500000000)
d.f("đạt khoảng 28%", "28", 28, "percent", "%", "tỷ lệ diện tích hoa ứng dụng công nghệ cao", approx="about")
d.f("trên 200 giống", "200", 200, "count", "giống hoa", "giống hoa được công nhận lưu hành", approx="over")
d.f("cảnh 8-10%/năm", "8", 8, "percent", "%", "tăng trưởng giá trị sản xuất hoa, cây cảnh", value_max=10,
    status="target", period=PG)
d.f("đạt 60.000 ha", "60.000", 60000, "measure", "ha", "diện tích hoa, cây cảnh", status="target", period=P30)
d.f("chiếm 50%", "50", 50, "percent", "%", "diện tích ứng dụng công nghệ cao", status="target", period=P30)
d.f("đạt 200 triệu USD", "200", 200000000, "money", "USD", "kim ngạch xuất khẩu", status="target", period=P30)
d.write()
