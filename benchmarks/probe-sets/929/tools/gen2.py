"""p929-2: district portal (huyện Đức Thọ, Hà Tĩnh), opening of the 2023 summer and swimming classes."""
from lib import F, P, I, C, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC THỌ
Trang chủ | Tin tức - Sự kiện | Văn hóa - Xã hội
Thứ Ba, 06/06/2023 - 09:45

Đức Thọ khai mạc hoạt động hè và ra quân dạy bơi cho trẻ em năm 2023

Sáng 5/6, tại Nhà văn hóa thôn Trung Nghĩa, xã Tùng Ảnh, Huyện đoàn Đức Thọ phối hợp với Phòng Giáo dục và Đào tạo, Phòng Văn hóa - Thông tin huyện tổ chức lễ khai mạc hoạt động hè và ra quân dạy bơi cho trẻ em năm 2023.

Hè năm nay, toàn huyện thành lập 164 điểm sinh hoạt hè tại các thôn, tổ dân phố với khoảng 14.500 thiếu nhi tham gia, bố trí 328 tình nguyện viên là đoàn viên, sinh viên về nghỉ hè làm phụ trách. Huyện đoàn phối hợp mở 32 lớp dạy bơi tại 16/16 xã, thị trấn, dự kiến dạy bơi cho khoảng 1.200 trẻ từ 6 đến 15 tuổi. Mỗi lớp học kéo dài 10 buổi, học viên được miễn học phí và hỗ trợ mũ bơi, phao.

Theo thống kê của Phòng Lao động - Thương binh và Xã hội, năm 2022 trên địa bàn huyện xảy ra 3 vụ đuối nước làm 4 trẻ em tử vong, giảm 2 vụ so với năm 2021. Tỷ lệ trẻ em từ 6 đến 16 tuổi biết bơi toàn huyện hiện đạt 46,3%. Huyện phấn đấu đến năm 2025 nâng tỷ lệ này lên 60%.

Kinh phí tổ chức các lớp dạy bơi năm 2023 là 186 triệu đồng, trong đó ngân sách huyện hỗ trợ 80 triệu đồng, còn lại huy động từ các nhà hảo tâm. Tại buổi lễ, Công ty TNHH Thương mại Hồng Lĩnh 2 trao tặng 150 áo phao và 20 suất quà cho thiếu nhi, tổng trị giá khoảng 35 triệu đồng.

Xã Tùng Ảnh là địa phương có nhiều điểm sinh hoạt hè nhất huyện với 14 điểm, thu hút hơn 1.100 em tham gia. Phát biểu tại buổi lễ, đồng chí Phó Chủ tịch UBND huyện đề nghị các xã bố trí bể bơi di động đảm bảo an toàn, hoàn thành các lớp học trước ngày 31/7.

Phạm Hà - Trung tâm VH-TT&TT huyện
"""

HE23 = P("Hè năm nay", "2023-06-01", "2023-08-31")
Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("thành lập 164 điểm", "164", 164, "count", "điểm sinh hoạt hè",
      subject="điểm sinh hoạt hè", period=HE23),
    F("khoảng 14.500 thiếu nhi", "14.500", 14500, "count", "thiếu nhi", approx="about",
      subject="thiếu nhi tham gia sinh hoạt hè", period=HE23),
    F("bố trí 328 tình nguyện viên", "328", 328, "count", "tình nguyện viên",
      subject="tình nguyện viên phụ trách điểm sinh hoạt hè", period=HE23),
    F("mở 32 lớp dạy bơi", "32", 32, "count", "lớp dạy bơi", subject="lớp dạy bơi", period=I(HE23)),
    F("tại 16/16 xã", "16", 16, "count", "xã, thị trấn", total=16,
      subject="xã, thị trấn có lớp dạy bơi", period=I(HE23)),
    F("khoảng 1.200 trẻ", "1.200", 1200, "count", "trẻ", approx="about", status="forecast",
      subject="trẻ được dạy bơi", period=I(HE23)),
    F("trẻ từ 6 đến 15 tuổi", "6", 6, "measure", "tuổi", value_max=15, optional=True),
    F("kéo dài 10 buổi", "10", 10, "measure", "buổi", subject="thời lượng mỗi lớp học bơi",
      optional=True),
    F("xảy ra 3 vụ", "3", 3, "count", "vụ", change=C("decrease", 2, "vụ", "năm 2021"),
      subject="vụ đuối nước", period=Y22),
    F("làm 4 trẻ em", "4", 4, "count", "trẻ em", subject="trẻ em tử vong do đuối nước", period=Y22),
    F("từ 6 đến 16 tuổi", "6", 6, "measure", "tuổi", value_max=16, optional=True),
    F("hiện đạt 46,3%", "46,3", 46.3, "percent", "%",
      subject="tỷ lệ trẻ em từ 6 đến 16 tuổi biết bơi"),
    F("lên 60%", "60", 60, "percent", "%", status="target",
      subject="tỷ lệ trẻ em từ 6 đến 16 tuổi biết bơi",
      period=P("đến năm 2025", None, "2025-12-31")),
    F("là 186 triệu đồng", "186", 186000000, "money", "đồng",
      subject="kinh phí tổ chức các lớp dạy bơi", period=Y23),
    F("hỗ trợ 80 triệu đồng", "80", 80000000, "money", "đồng", total=186000000,
      subject="ngân sách huyện hỗ trợ kinh phí lớp dạy bơi", period=Y23),
    F("tặng 150 áo phao", "150", 150, "count", "áo phao", subject="áo phao trao tặng"),
    F("và 20 suất quà", "20", 20, "count", "suất quà", subject="suất quà cho thiếu nhi"),
    F("khoảng 35 triệu đồng", "35", 35000000, "money", "đồng", approx="about",
      subject="tổng trị giá áo phao và quà"),
    F("với 14 điểm", "14", 14, "count", "điểm", subject="điểm sinh hoạt hè của xã Tùng Ảnh",
      period=I(HE23)),
    F("hơn 1.100 em", "1.100", 1100, "count", "em", approx="over",
      subject="em tham gia sinh hoạt hè tại xã Tùng Ảnh", period=I(HE23)),
]

COMMENTS = [
    "District portal of Đức Thọ (Hà Tĩnh): opening of the 2023 summer and free swimming classes.",
    "Location is the district for all figures; the commune Tùng Ảnh lies in it (spec names province, city or district only).",
    "'Hè năm nay' = summer 2023, read as 2023-06-01..2023-08-31 (spec silent on seasons).",
    "'dự kiến dạy bơi cho khoảng 1.200 trẻ' is a forecast; '60%' after 'phấn đấu đến năm 2025' is a target figure of its own",
    "(own sentence, other period than the current 46,3%). Age ranges and the class length '10 buổi' are optional (category / specification).",
    "'giảm 2 vụ so với năm 2021' is the change of '3 vụ' across the clause '4 trẻ em tử vong'.",
    "Distractors: 'Thứ Ba, 06/06/2023 - 09:45', 'Sáng 5/6', 'Công ty TNHH Thương mại Hồng Lĩnh 2', 'trước ngày 31/7'.",
]

write(2, TEXT, FIGS, COMMENTS, published="2023-06-06", location="Đức Thọ")
