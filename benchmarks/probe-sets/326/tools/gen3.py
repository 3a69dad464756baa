from lib import F, P, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CÁI BÈ
Thứ Hai, 03/06/2024 - 14:20

Cái Bè phát động Tháng hành động vì trẻ em và khai giảng lớp dạy bơi hè năm 2024

Sáng 1/6, tại Trung tâm Văn hóa - Thể thao huyện (khu 3, thị trấn Cái Bè), UBND huyện tổ chức lễ phát động Tháng hành động vì trẻ em năm 2024 và khai giảng các lớp phổ cập bơi cho trẻ em.

Năm 2023, huyện đã tổ chức 62 lớp dạy bơi cho 1.745 trẻ em, vượt 16,3% chỉ tiêu; số trẻ biết bơi sau khóa học đạt 1.528 em. Tỷ lệ trẻ em từ 6 đến 15 tuổi của huyện biết bơi an toàn ước đạt 38,5%, tăng 4,2 điểm phần trăm so với năm 2022.

Theo kế hoạch, năm 2024 huyện mở 75 lớp với chỉ tiêu 2.000 trẻ em được học bơi, mỗi lớp từ 20 đến 30 em, thời gian học từ 10 đến 12 buổi. Tổng kinh phí dự kiến 520 triệu đồng, trong đó ngân sách huyện 180 triệu đồng, còn lại vận động các nhà hảo tâm, doanh nghiệp. Học phí mỗi khóa từ 300.000 đến 450.000 đồng/em; 150 trẻ em thuộc hộ nghèo, hộ cận nghèo, trẻ có hoàn cảnh đặc biệt được miễn học phí.

Hiện huyện có 8 bể bơi (3 bể cố định, 5 bể lắp ghép) được huy động phục vụ dạy bơi. Từ năm 2021 đến nay, trên địa bàn huyện xảy ra 7 trường hợp trẻ em đuối nước tử vong; riêng 5 tháng đầu năm 2024 chưa ghi nhận trường hợp nào.

Dịp này, Ban tổ chức trao 50 phần quà (mỗi phần trị giá 500.000 đồng) và 20 chiếc áo phao cho trẻ em có hoàn cảnh khó khăn tại các xã ven sông Tiền.

Phát biểu tại buổi lễ, Phó Chủ tịch UBND huyện đề nghị các xã, thị trấn tăng cường tuyên truyền, không để trẻ em tắm sông, kênh, rạch khi không có người lớn đi kèm.

Minh Khoa (Trung tâm VH-TT&TT huyện)
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23_I = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24_I = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)

FIGS = [
    F("tổ chức 62 lớp", "62", 62, "count", "lớp", "lớp dạy bơi", period=Y23),
    F("cho 1.745 trẻ em", "1.745", 1745, "count", "trẻ em", "trẻ em được dạy bơi",
      change={"direction": "increase", "value": 16.3, "unit": "%", "baseline": "chỉ tiêu"}, period=Y23),
    F("đạt 1.528 em", "1.528", 1528, "count", "em", "trẻ biết bơi sau khóa học", period=Y23),
    F("ước đạt 38,5%", "38,5", 38.5, "percent", "%", "tỷ lệ trẻ em từ 6 đến 15 tuổi biết bơi an toàn",
      change={"direction": "increase", "value": 4.2, "unit": "điểm phần trăm", "baseline": "năm 2022"},
      status="estimate", period=Y23_I),
    F("từ 6 đến 15 tuổi", "6", 6, "measure", "tuổi", "độ tuổi", value_max=15, optional=True),
    F("mở 75 lớp", "75", 75, "count", "lớp", "lớp dạy bơi", status="target", period=Y24),
    F("chỉ tiêu 2.000 trẻ em", "2.000", 2000, "count", "trẻ em", "trẻ em được học bơi", status="target", period=Y24),
    F("từ 20 đến 30 em", "20", 20, "count", "em", "trẻ em mỗi lớp", value_max=30, status="target", period=Y24),
    F("từ 10 đến 12 buổi", "10", 10, "measure", "buổi", "thời gian học", value_max=12, status="target", period=Y24),
    F("dự kiến 520 triệu đồng", "520", 5.2e8, "money", "đồng", "tổng kinh phí", status="forecast", period=Y24_I),
    F("huyện 180 triệu đồng", "180", 1.8e8, "money", "đồng", "ngân sách huyện", total=5.2e8, status="forecast",
      period=Y24_I),
    F("từ 300.000 đến 450.000 đồng/em", "300.000", 300000, "money", "đồng/em", "học phí mỗi khóa",
      value_max=450000),
    F("150 trẻ em", "150", 150, "count", "trẻ em", "trẻ em thuộc hộ nghèo, hộ cận nghèo được miễn học phí"),
    F("có 8 bể bơi", "8", 8, "count", "bể bơi", "bể bơi phục vụ dạy bơi"),
    F("(3 bể cố định", "3", 3, "count", "bể", "bể bơi cố định", total=8),
    F("5 bể lắp ghép", "5", 5, "count", "bể", "bể bơi lắp ghép", total=8),
    F("xảy ra 7 trường hợp", "7", 7, "count", "trường hợp", "trẻ em đuối nước tử vong",
      period=P("Từ năm 2021 đến nay", "2021-01-01", "2024-06-03")),
    F("trao 50 phần quà", "50", 50, "count", "phần quà", "phần quà trao cho trẻ em có hoàn cảnh khó khăn"),
    F("trị giá 500.000 đồng", "500.000", 500000, "money", "đồng", "trị giá mỗi phần quà"),
    F("20 chiếc áo phao", "20", 20, "count", "chiếc áo phao", "áo phao trao cho trẻ em có hoàn cảnh khó khăn"),
]

COMMENTS = [
    "District portal of huyện Cái Bè (Tiền Giang): launch of the 2024 swimming classes. 'Thứ Hai, 03/06/2024 - 14:20' is the date; byline at the end.",
    "Distractors: 'Sáng 1/6', address 'khu 3, thị trấn Cái Bè', 'Tháng hành động vì trẻ em năm 2024' (name), 'riêng 5 tháng đầu năm 2024' (period, no figure).",
    "'vượt 16,3% chỉ tiêu': a gap to plan, a change with baseline 'chỉ tiêu' (FIGURES.md). 'tăng 4,2 điểm phần trăm so với năm 2022' is the change of 38,5% (ước: estimate).",
    "'Theo kế hoạch, năm 2024 ... chỉ tiêu ...': planned classes, children, class size and lesson count are targets (cue governs continuing clauses).",
    "'Tổng kinh phí dự kiến 520 triệu ..., trong đó ... 180 triệu': forecast, total 5.2e8; period year 2024 from the previous sentence (inherited).",
    "'8 bể bơi (3 bể cố định, 5 bể lắp ghép)': bracketed breakdown adding up, total 8. 'Từ năm 2021 đến nay' ends at the dateline 2024-06-03.",
    "Fee range 'từ 300.000 đến 450.000 đồng/em': value 300000, value_max 450000, unit đồng/em. Age range optional.",
]

if __name__ == "__main__":
    write("p326-3", TEXT, FIGS, COMMENTS, published="2024-06-03", location="Cái Bè")
