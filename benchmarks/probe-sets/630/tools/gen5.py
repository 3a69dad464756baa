from lib import fig, per, inh, chg, emit

TEXT = """Thị trường lao động sau Tết: Doanh nghiệp cần tuyển hơn 35.000 lao động

(BDO) Theo Trung tâm Dịch vụ việc làm tỉnh Bình Dương, sau Tết Nguyên đán Giáp Thìn, nhu cầu tuyển dụng của doanh nghiệp trên địa bàn tăng mạnh. Trong tháng 2/2024, Trung tâm ghi nhận 412 doanh nghiệp đăng ký tuyển dụng với tổng nhu cầu khoảng 35.600 người, tăng gần 1,8 lần so với tháng 1/2024.

Trong đó, lao động phổ thông khoảng 28.900 người, chiếm 81,2%; lao động kỹ thuật, có tay nghề 5.400 người; còn lại là vị trí quản lý, văn phòng. Các ngành có nhu cầu lớn nhất là điện tử (9.800 người), dệt may (7.350 người) và chế biến gỗ (6.120 người). Thu nhập phổ biến từ 7 đến 10 triệu đồng/tháng.

Ông Trần Văn Hùng, Phó Giám đốc Trung tâm cho biết: "Tỷ lệ lao động quay lại làm việc sau Tết đạt khoảng 96%, cao hơn năm trước. Tuy nhiên, số người nộp hồ sơ hưởng trợ cấp thất nghiệp trong tháng 2 vẫn ở mức 6.245 người".

Tuần đầu tháng 3, Trung tâm sẽ tổ chức phiên giao dịch việc làm tại Sàn giao dịch việc làm số 2, đường 30 Tháng 4, phường Phú Hòa, TP. Thủ Dầu Một. Dự kiến có 45 doanh nghiệp tham gia với khoảng 6.000 vị trí tuyển dụng.

Năm 2024, tỉnh phấn đấu giải quyết việc làm cho 50.000 lao động; tỷ lệ thất nghiệp khu vực thành thị dưới 2,5%.

PHƯƠNG LÊ
26/02/2024
"""

M2 = per("tháng 2/2024", "2024-02-01", "2024-02-29")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("hơn 35.000 lao động", "35.000", 35000, "count", "lao động", approx="over",
        subject="lao động doanh nghiệp cần tuyển sau Tết", period=inh(M2)),
    fig("ghi nhận 412 doanh nghiệp", "412", 412, "count", "doanh nghiệp",
        subject="doanh nghiệp đăng ký tuyển dụng", period=M2),
    fig("khoảng 35.600 người", "35.600", 35600, "count", "người", approx="about",
        change=chg("increase", 1.8, unit="lần", approx="nearly", baseline="tháng 1/2024"),
        subject="tổng nhu cầu tuyển dụng", period=M2),
    fig("khoảng 28.900 người", "28.900", 28900, "count", "người", approx="about", total=35600, percent=81.2,
        subject="nhu cầu tuyển dụng lao động phổ thông", period=inh(M2)),
    fig("tay nghề 5.400 người", "5.400", 5400, "count", "người", total=35600,
        subject="nhu cầu tuyển dụng lao động kỹ thuật, có tay nghề", period=inh(M2)),
    fig("(9.800 người)", "9.800", 9800, "count", "người",
        subject="nhu cầu tuyển dụng ngành điện tử", period=inh(M2)),
    fig("(7.350 người)", "7.350", 7350, "count", "người",
        subject="nhu cầu tuyển dụng ngành dệt may", period=inh(M2)),
    fig("(6.120 người)", "6.120", 6120, "count", "người",
        subject="nhu cầu tuyển dụng ngành chế biến gỗ", period=inh(M2)),
    fig("từ 7 đến 10 triệu", "7", 7000000, "money", "đồng/tháng", value_max=10000000,
        subject="thu nhập phổ biến", period=inh(M2)),
    fig("khoảng 96%", "96", 96, "percent", "%", approx="about",
        subject="tỷ lệ lao động quay lại làm việc sau Tết"),
    fig("mức 6.245 người", "6.245", 6245, "count", "người",
        subject="người nộp hồ sơ hưởng trợ cấp thất nghiệp",
        period=per("trong tháng 2", "2024-02-01", "2024-02-29")),
    fig("có 45 doanh nghiệp", "45", 45, "count", "doanh nghiệp", status="forecast",
        subject="doanh nghiệp tham gia phiên giao dịch việc làm"),
    fig("khoảng 6.000 vị trí", "6.000", 6000, "count", "vị trí tuyển dụng", approx="about", status="forecast",
        subject="vị trí tuyển dụng tại phiên giao dịch việc làm"),
    fig("cho 50.000 lao động", "50.000", 50000, "count", "lao động", status="target",
        subject="lao động được giải quyết việc làm", period=Y24),
    fig("dưới 2,5%", "2,5", 2.5, "percent", "%", approx="under", status="target",
        subject="tỷ lệ thất nghiệp khu vực thành thị", period=Y24),
]

COMMENTS = [
    "Báo Bình Dương (BDO), Party newspaper: thị trường lao động sau Tết 2024 (invented). Byline 'PHƯƠNG LÊ' and the bare date 26/02/2024 at the end.",
    "Not figures: 'Sàn giao dịch việc làm số 2', 'đường 30 Tháng 4', 'Tết Nguyên đán Giáp Thìn', 'Tuần đầu tháng 3'.",
    "'tăng gần 1,8 lần so với tháng 1/2024' is the change of 35.600 người (lần, nearly). 'Trong đó' at the start of the next paragraph:",
    "28.900 and 5.400 người are parts of 35.600 (same unit); 'chiếm 81,2%' → percent of 28.900.",
    "Industry list (điện tử, dệt may, chế biến gỗ) follows no figure and does not add up: no total; the industry stays in the subject.",
    "'trong tháng 2' takes 2024 from 'tháng 2/2024' earlier. 'Dự kiến' → forecast (single-day fair, no period); 'phấn đấu' → target",
    "continued across ';' ('tỷ lệ thất nghiệp … dưới 2,5%'). '96%' has no period phrase.",
]

emit("p630-5", TEXT, COMMENTS, FIGS, published="2024-02-26", location="Bình Dương")
