from lib import write, fig, per, inh, chg

TEXT = """Sức khỏe › Dinh dưỡng

Thứ sáu, 9/8/2024, 06:30 (GMT+7)

Hơn 30% mẫu nước đá ở quán trà đá vỉa hè nhiễm khuẩn

Hà Nội - Kết quả giám sát của Chi cục An toàn vệ sinh thực phẩm Hà Nội trong tháng 7/2024 cho thấy 21 trong số 64 mẫu nước đá lấy tại các quán trà đá, nước mía vỉa hè nhiễm Coliforms hoặc E.coli.

Tỷ lệ này gấp 3 lần so với các mẫu nước đá lấy trực tiếp tại cơ sở sản xuất có giấy chứng nhận. Đợt giám sát tập trung ở các quận Đống Đa, Hai Bà Trưng và Cầu Giấy, nơi tỷ lệ mẫu không đạt lần lượt là 38%, 35% và 27%.

Theo đại diện Chi cục, nguyên nhân chủ yếu là các quán dùng nước đá cây không rõ nguồn gốc, dụng cụ chứa đá không được vệ sinh. Từ đầu năm đến nay, Hà Nội đã kiểm tra 1.146 lượt cơ sở sản xuất nước uống đóng chai, nước đá; đình chỉ 14 cơ sở và phạt tiền hơn 1,3 tỷ đồng.

Toàn thành phố hiện có 1.023 cơ sở sản xuất nước uống đóng chai và 187 cơ sở sản xuất nước đá dùng liền được cấp giấy chứng nhận. Hà Nội xếp thứ 2 cả nước về số cơ sở sản xuất nước uống đóng chai, sau TP HCM.

Theo Hiệp hội Bia - Rượu - Nước giải khát Việt Nam, quy mô thị trường nước uống đóng chai năm 2023 ước đạt khoảng 1,2 tỷ USD. Thị trường này tăng trưởng bình quân 8-10% mỗi năm. Mức tiêu thụ bình quân hiện khoảng 32 lít/người/năm.

TS Lê Minh Hòa, Viện Dinh dưỡng, khuyến cáo người dân chỉ dùng nước đá có nhãn mác, bảo quản ở nhiệt độ thích hợp; nếu có dấu hiệu đau bụng, tiêu chảy sau khi uống cần đến cơ sở y tế gần nhất hoặc gọi đường dây nóng 1900.9095.

Thùy An
"""

T7 = per("tháng 7/2024", "2024-07-01", "2024-07-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-08-09")

FIGS = [
    fig("Hơn 30%", "30", 30, "percent", "%", approx="over",
        subject="mẫu nước đá ở quán trà đá vỉa hè nhiễm khuẩn", period=inh(T7)),
    fig("cho thấy 21 trong số 64", "21", 21, "count", "mẫu", total=64,
        subject="mẫu nước đá lấy tại các quán trà đá, nước mía vỉa hè nhiễm Coliforms hoặc E.coli", period=T7),
    fig("gấp 3 lần", "3", 3, "multiple", "lần",
        subject="tỷ lệ mẫu nước đá nhiễm khuẩn so với mẫu lấy tại cơ sở sản xuất có giấy chứng nhận", period=inh(T7)),
    fig("là 38%", "38", 38, "percent", "%", subject="tỷ lệ mẫu không đạt", period=inh(T7), location="Đống Đa"),
    fig("38%, 35%", "35", 35, "percent", "%", subject="tỷ lệ mẫu không đạt", period=inh(T7), location="Hai Bà Trưng"),
    fig("35% và 27%", "27", 27, "percent", "%", subject="tỷ lệ mẫu không đạt", period=inh(T7), location="Cầu Giấy"),
    fig("kiểm tra 1.146 lượt", "1.146", 1146, "count", "lượt cơ sở",
        subject="lượt cơ sở sản xuất nước uống đóng chai, nước đá được kiểm tra", period=YTD),
    fig("đình chỉ 14 cơ sở", "14", 14, "count", "cơ sở", subject="cơ sở bị đình chỉ", period=YTD),
    fig("hơn 1,3 tỷ đồng", "1,3", 1_300_000_000, "money", "đồng", approx="over",
        subject="tiền phạt", period=YTD),
    fig("có 1.023 cơ sở", "1.023", 1023, "count", "cơ sở",
        subject="cơ sở sản xuất nước uống đóng chai được cấp giấy chứng nhận"),
    fig("và 187 cơ sở", "187", 187, "count", "cơ sở",
        subject="cơ sở sản xuất nước đá dùng liền được cấp giấy chứng nhận"),
    fig("xếp thứ 2", "2", 2, "rank", "hạng",
        subject="số cơ sở sản xuất nước uống đóng chai"),
    fig("khoảng 1,2 tỷ USD", "1,2", 1_200_000_000, "money", "USD", approx="about", status="estimate",
        subject="quy mô thị trường nước uống đóng chai",
        period=per("năm 2023", "2023-01-01", "2023-12-31"), location="Việt Nam"),
    fig("bình quân 8-10%", "8", 8, "percent", "%", value_max=10,
        subject="tăng trưởng thị trường nước uống đóng chai mỗi năm", location="Việt Nam"),
    fig("khoảng 32 lít", "32", 32, "measure", "lít/người/năm", approx="about",
        subject="mức tiêu thụ nước uống đóng chai bình quân", location="Việt Nam"),
]

COMMENTS = [
    "National press (VnExpress style): 'Thứ sáu, 9/8/2024, 06:30 (GMT+7)' = published; byline at the end. Hà Nội ice-sample monitoring tháng 7/2024,",
    "city inspections, bottled-water market. '21 trong số 64 mẫu': total 64 (64 is not a figure of its own, like the b of a/b).",
    "'gấp 3 lần' stands alone as the claim (the rate 'Tỷ lệ này' has no number in its sentence): multiple. 'lần lượt là 38%, 35% và 27%' after three",
    "quận: each item takes its district as location. 'Từ đầu năm đến nay' ends at the dateline 2024-08-09. 'Hà Nội xếp thứ 2 cả nước': rank, location",
    "Hà Nội. Market figures from the national association: location Việt Nam; 'ước đạt khoảng 1,2 tỷ USD' estimate/about; growth 8-10% in its own",
    "sentence is a percent figure (the claim) with value_max; 32 lít/người/năm is a measure with the rate in the unit. 'hiện có/hiện': no period.",
    "Distractors: (GMT+7), hotline 1900.9095, 'TP HCM' after 'sau' (not a figure).",
]

write("p727-6", TEXT, COMMENTS, FIGS, published="2024-08-09", location="Hà Nội")
