from lib import write, F, P, C, T
Q = P("quý III/2024", "2024-07-01", "2024-09-30")
QI = P("quý III/2024", "2024-07-01", "2024-09-30", inherited=True)
QT = P("Cũng trong quý", "2024-07-01", "2024-09-30")
text = """Vĩnh Long trao tặng hơn 10.000 áo phao cho học sinh vùng sông nước
Thứ Sáu, 18/10/2024 | 07:32
NGỌC TRẦM

(VLO) - Trong quý III/2024, Ban An toàn giao thông tỉnh phối hợp Tỉnh Đoàn và các doanh nghiệp vận tải thủy đã trao tặng 10.250 áo phao cho học sinh thường xuyên đi đò đến trường, trong đó huyện Trà Ôn 3.400 chiếc, huyện Vũng Liêm 2.850 chiếc, huyện Long Hồ 1.900 chiếc, còn lại là các huyện khác. Tổng kinh phí thực hiện khoảng 1,03 tỷ đồng, trong đó nguồn xã hội hóa chiếm 65%.

Cũng trong quý, lực lượng Cảnh sát đường thủy Công an tỉnh tổ chức 96 đợt tuần tra, kiểm soát trên các tuyến sông Cổ Chiên, Măng Thít, sông Hậu, phát hiện và xử lý 287 phương tiện vi phạm, tăng 11,6% so với quý II/2024; phạt tiền 412 triệu đồng. Đáng chú ý, có 64 trường hợp người lái đò không có bằng, chứng chỉ chuyên môn và 39 đò chở khách không trang bị đủ áo phao.

Toàn tỉnh hiện có 318 bến khách ngang sông với 742 phương tiện. Theo Sở Giao thông vận tải, 9 tháng năm 2024 các bến ước phục vụ 7,4 triệu lượt khách, bằng 102,5% so với cùng kỳ.

Theo kế hoạch, đến năm 2025 tỉnh phấn đấu 100% học sinh đi đò được trang bị áo phao; mỗi bến khách ngang sông bố trí tối thiểu 1 phao tròn cứu sinh cho mỗi 10 khách. Để duy trì chương trình, mỗi huyện dự kiến bố trí từ 150 đến 200 triệu đồng mỗi năm.

Phát biểu tại buổi trao tặng ở Trường THCS Hựu Thành (huyện Trà Ôn), ông Lê Văn Hai, Phó Chánh Văn phòng Ban An toàn giao thông tỉnh, đề nghị các trường tiếp tục tuyên truyền để học sinh mặc áo phao mỗi khi qua sông. Dịp này, Ban cũng trao 20 suất học bổng, mỗi suất 1 triệu đồng, cho học sinh có hoàn cảnh khó khăn của nhà trường.
"""
figs = [
    F("tặng hơn 10.000 áo phao", "10.000", 10000, "count", "áo phao", "áo phao trao tặng cho học sinh vùng sông nước", approx="over"),
    F("tặng 10.250 áo phao", "10.250", 10250, "count", "áo phao", "áo phao trao tặng cho học sinh thường xuyên đi đò", period=Q),
    F("Trà Ôn 3.400 chiếc", "3.400", 3400, "count", "chiếc", "áo phao trao tặng", total=10250, location="Trà Ôn", period=Q),
    F("Vũng Liêm 2.850 chiếc", "2.850", 2850, "count", "chiếc", "áo phao trao tặng", total=10250, location="Vũng Liêm", period=Q),
    F("Long Hồ 1.900 chiếc", "1.900", 1900, "count", "chiếc", "áo phao trao tặng", total=10250, location="Long Hồ", period=Q),
    F("khoảng 1,03 tỷ đồng", "1,03", 1030000000, "money", "đồng", "tổng kinh phí thực hiện", approx="about", period=QI),
    F("chiếm 65%", "65", 65, "percent", "%", "nguồn xã hội hóa trong tổng kinh phí", period=QI),
    F("tổ chức 96 đợt", "96", 96, "count", "đợt tuần tra", "đợt tuần tra, kiểm soát của Cảnh sát đường thủy", period=QT),
    F("xử lý 287 phương tiện", "287", 287, "count", "phương tiện", "phương tiện vi phạm bị xử lý",
      change=C("increase", 11.6, "%", "quý II/2024"), period=QT),
    F("phạt tiền 412 triệu", "412", 412000000, "money", "đồng", "tiền phạt", period=QT),
    F("có 64 trường hợp", "64", 64, "count", "trường hợp", "người lái đò không có bằng, chứng chỉ chuyên môn", period=QI),
    F("và 39 đò", "39", 39, "count", "đò", "đò chở khách không trang bị đủ áo phao", period=QI),
    F("hiện có 318 bến", "318", 318, "count", "bến khách ngang sông", "bến khách ngang sông"),
    F("với 742 phương tiện", "742", 742, "count", "phương tiện", "phương tiện chở khách ngang sông"),
    F("ước phục vụ 7,4 triệu", "7,4", 7400000, "count", "lượt khách", "lượt khách các bến khách ngang sông phục vụ", percent=102.5,
      status="estimate", period=P("9 tháng năm 2024", "2024-01-01", "2024-09-30")),
    F("phấn đấu 100% học sinh", "100", 100, "percent", "%", "học sinh đi đò được trang bị áo phao", status="target",
      period=P("đến năm 2025", None, "2025-12-31")),
    F("tối thiểu 1 phao tròn", "1", 1, "measure", "phao tròn/10 khách", "phao tròn cứu sinh mỗi bến khách ngang sông", approx="at_least",
      status="target", optional=True),
    F("từ 150 đến 200 triệu", "150", 150000000, "money", "đồng", "kinh phí mỗi huyện bố trí mỗi năm để duy trì chương trình",
      value_max=200000000, status="forecast"),
    F("trao 20 suất học bổng", "20", 20, "count", "suất học bổng", "suất học bổng trao cho học sinh có hoàn cảnh khó khăn", location="Trà Ôn"),
    F("mỗi suất 1 triệu đồng", "1", 1000000, "money", "đồng", "giá trị mỗi suất học bổng", location="Trà Ôn"),
]
write("p400-4", text, figs, published="2024-10-18", location="Vĩnh Long", comments=[
    "Báo Vĩnh Long (Party newspaper): life jackets for pupils, waterway patrols, ferry passengers, Q3/2024. Dateline 'Thứ Sáu, 18/10/2024 | 07:32' + byline.",
    "Headline figure 'hơn 10.000 áo phao' is a figure (as h01's headline). The three districts after 'trong đó' are parts of 10.250 (total),",
    "location = district. 'trong đó nguồn xã hội hóa chiếm 65%': a percent figure (a share of money, no whole in its own unit).",
    "'Cũng trong quý' = the quarter of the article (Q3/2024), stated in its sentence. 'bằng 102,5% so với cùng kỳ' = percent of 7,4 triệu.",
    "'dự kiến bố trí từ 150 đến 200 triệu đồng' = forecast range. 'tối thiểu 1 phao tròn … cho mỗi 10 khách' is a norm: optional.",
    "Distractors: 'quý II/2024' baseline, school name 'Trường THCS Hựu Thành', person's name. The grants go to the pupils of that school in",
    "huyện Trà Ôn ('của nhà trường'), so those two figures are located in Trà Ôn.",
])
