from lib import F, P, CH, TG, build

TEXT = """UBND HUYỆN BÌNH XUYÊN - TỈNH VĨNH PHÚC
Tin tức - Sự kiện

Bình Xuyên tổng kết Tháng hành động vì an toàn thực phẩm năm 2024

Thực hiện Kế hoạch số 96/KH-BCĐ của Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh Vĩnh Phúc, từ ngày 15/4 đến ngày 15/5/2024, huyện Bình Xuyên đã thành lập hai đoàn kiểm tra liên ngành cấp huyện và 13 đoàn kiểm tra cấp xã.

Các đoàn đã kiểm tra 624 cơ sở, trong đó có 97 cơ sở sản xuất, chế biến, 341 cơ sở kinh doanh và 186 cơ sở dịch vụ ăn uống. Số cơ sở đạt yêu cầu là 571 cơ sở, chiếm 91,5%; 53 cơ sở vi phạm, tăng năm cơ sở so với Tháng hành động năm 2023.

Đoàn liên ngành huyện đã xử phạt vi phạm hành chính 11 cơ sở, tổng số tiền phạt 57,5 triệu đồng; nhắc nhở, hướng dẫn khắc phục 42 cơ sở; buộc tiêu hủy hơn 150 kg thực phẩm các loại. Trung tâm Y tế huyện lấy 120 mẫu thực phẩm để xét nghiệm nhanh, phát hiện 6 mẫu không đạt (chiếm 5%), gồm 4 mẫu dương tính với hàn the và 2 mẫu dương tính với formol.

Công tác truyền thông được đẩy mạnh với 28 buổi nói chuyện trực tiếp thu hút gần 1.900 lượt người tham dự; phát 3,5 ngàn tờ rơi và hơn 200 lượt phát thanh trên hệ thống loa truyền thanh cơ sở. Kinh phí thực hiện Tháng hành động từ 45 đến 50 triệu đồng, do ngân sách huyện và xã bảo đảm.

Năm 2024, Bình Xuyên phấn đấu 100% bếp ăn tập thể tại trường học và khu công nghiệp được kiểm tra; tỷ lệ cơ sở vi phạm giảm xuống dưới 7%.

Mọi thông tin phản ánh xin liên hệ Phòng Y tế huyện, điện thoại 0211.3888.456.
"""

TH = P("từ ngày 15/4 đến ngày 15/5/2024", "2024-04-15", "2024-05-15")
TH_I = dict(TH, inherited=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hai đoàn", "hai", 2, "count", "đoàn", "đoàn kiểm tra liên ngành cấp huyện", period=TH),
    F("13 đoàn", "13", 13, "count", "đoàn", "đoàn kiểm tra cấp xã", period=TH),
    F("kiểm tra 624 cơ sở", "624", 624, "count", "cơ sở", "cơ sở được kiểm tra", period=TH_I),
    F("có 97 cơ sở", "97", 97, "count", "cơ sở", "cơ sở sản xuất, chế biến", total=624, period=TH_I),
    F("341 cơ sở", "341", 341, "count", "cơ sở", "cơ sở kinh doanh", total=624, period=TH_I),
    F("186 cơ sở", "186", 186, "count", "cơ sở", "cơ sở dịch vụ ăn uống", total=624, period=TH_I),
    F("là 571 cơ sở", "571", 571, "count", "cơ sở", "số cơ sở đạt yêu cầu", percent=91.5, period=TH_I),
    F("53 cơ sở vi phạm", "53", 53, "count", "cơ sở", "cơ sở vi phạm",
      change=CH("+", 5, "cơ sở", "Tháng hành động năm 2023"), period=TH_I),
    F("hành chính 11 cơ sở", "11", 11, "count", "cơ sở", "cơ sở bị xử phạt vi phạm hành chính", period=TH_I),
    F("57,5 triệu đồng", "57,5", 57500000, "money", "đồng", "tổng số tiền phạt", period=TH_I),
    F("khắc phục 42 cơ sở", "42", 42, "count", "cơ sở", "cơ sở được nhắc nhở, hướng dẫn khắc phục", period=TH_I),
    F("hơn 150 kg", "150", 150, "measure", "kg", "thực phẩm buộc tiêu hủy", approx="over", period=TH_I),
    F("lấy 120 mẫu", "120", 120, "count", "mẫu", "mẫu thực phẩm xét nghiệm nhanh", period=TH_I),
    F("phát hiện 6 mẫu", "6", 6, "count", "mẫu", "mẫu không đạt", percent=5, period=TH_I),
    F("gồm 4 mẫu", "4", 4, "count", "mẫu", "mẫu dương tính với hàn the", total=6, period=TH_I),
    F("và 2 mẫu", "2", 2, "count", "mẫu", "mẫu dương tính với formol", total=6, period=TH_I),
    F("với 28 buổi", "28", 28, "count", "buổi", "buổi nói chuyện trực tiếp", period=TH_I),
    F("gần 1.900 lượt", "1.900", 1900, "count", "lượt người", "lượt người tham dự", approx="nearly", period=TH_I),
    F("3,5 ngàn tờ rơi", "3,5", 3500, "count", "tờ rơi", "tờ rơi được phát", period=TH_I),
    F("hơn 200 lượt", "200", 200, "count", "lượt phát thanh", "lượt phát thanh trên hệ thống loa truyền thanh cơ sở",
      approx="over", period=TH_I),
    F("từ 45 đến 50 triệu đồng", "45", 45000000, "money", "đồng", "kinh phí thực hiện Tháng hành động", value_max=50000000,
      period=TH_I),
    F("phấn đấu 100%", "100", 100, "percent", "%", "bếp ăn tập thể tại trường học và khu công nghiệp được kiểm tra",
      status="target", period=Y24),
    F("dưới 7%", "7", 7, "percent", "%", "tỷ lệ cơ sở vi phạm", approx="under", status="target", period=Y24),
]

COMMENTS = [
    "District portal (UBND huyện Bình Xuyên, Vĩnh Phúc): Food Safety Action Month 2024 (15/4-15/5/2024). No dateline and no date of its own: no `published`.",
    "Distractors: 'Kế hoạch số 96/KH-BCĐ', dates '15/4', '15/5/2024', 'Tháng hành động năm 2023' (baseline), phone 0211.3888.456.",
    "The action-month window is the period of its sentence's figures and is inherited by the next paragraphs.",
    "Number words: 'hai đoàn' = 2; 'tăng năm cơ sở so với Tháng hành động năm 2023' is the change +5 cơ sở of 53 (the word 'năm' = five, then 'năm 2023' = year).",
    "97/341/186 after 'trong đó' total 624. 571 'chiếm 91,5%'. 11 and 42 have no part-of cue (no total).",
    "6 mẫu '(chiếm 5%)' percent; 4 and 2 after 'gồm' total 6. '3,5 ngàn' = 3500. Range 'từ 45 đến 50 triệu đồng' value_max.",
    "2024 targets: '100%', 'giảm xuống dưới 7%' (a level, under).",
]

build(8, TEXT, FIGS, COMMENTS, location="Bình Xuyên")
