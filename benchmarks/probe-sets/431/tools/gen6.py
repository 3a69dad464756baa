from lib import F, P, C, T, write

text = """Kinh doanh › Đầu tư
Thứ năm, 9/1/2025, 16:40 (GMT+7)

Các tỉnh phía Bắc dẫn đầu thu hút FDI năm 2024

Bắc Ninh lần đầu vượt TP HCM và Hà Nội, trở thành địa phương thu hút vốn đầu tư nước ngoài lớn nhất cả nước.

Theo Cục Đầu tư nước ngoài (Bộ Kế hoạch và Đầu tư), năm 2024 cả nước thu hút 38,23 tỷ USD vốn FDI đăng ký, giảm 3% so với năm 2023; vốn thực hiện ước đạt 25,35 tỷ USD, tăng 9,4%, cao nhất từ trước đến nay.

Trong số 56 tỉnh, thành phố có dự án FDI, Bắc Ninh dẫn đầu với tổng vốn đăng ký trên 5,1 tỷ USD, chiếm 13,4% tổng vốn đầu tư đăng ký của cả nước, tăng 1,9 lần so với năm trước. Tiếp theo là TP HCM 3,97 tỷ USD; Hà Nội 3,11 tỷ USD; Quảng Ninh gần 3 tỷ USD và Hải Phòng 2,92 tỷ USD. Đáng chú ý, 5 địa phương vùng đồng bằng sông Hồng gồm Bắc Ninh, Hà Nội, Quảng Ninh, Hải Phòng và Hưng Yên chiếm gần 43% tổng vốn FDI đăng ký của cả nước.

Tại các khu công nghiệp, khu kinh tế, vốn FDI đăng ký năm 2024 đạt khoảng 24,8 tỷ USD, chiếm 64,9% tổng vốn FDI cả nước. Tỷ lệ lấp đầy bình quân của các KCN đang hoạt động đạt 71%; riêng các KCN tại Bắc Ninh đạt 85,2%, Bắc Giang 78,6%. Các KCN, khu kinh tế trên cả nước hiện thu hút khoảng 4,3 triệu lao động trực tiếp, trong đó lao động nữ khoảng 2,4 triệu người.

Doanh nghiệp FDI đóng góp 72,9% kim ngạch xuất khẩu cả nước năm 2024, tương đương 295,7 tỷ USD.

Theo Chiến lược hợp tác đầu tư nước ngoài giai đoạn 2021-2030, mục tiêu thu hút vốn FDI giai đoạn 2021-2025 đạt từ 150 đến 200 tỷ USD, bình quân 30-40 tỷ USD/năm. Ông Đỗ Nhất Hoàng, Cục trưởng Cục Đầu tư nước ngoài, dự báo năm 2025 vốn FDI thực hiện có thể đạt 26-27 tỷ USD.

Anh Minh
"""

Y = P("năm 2024", "2024-01-01", "2024-12-31")
Yi = P("năm 2024", "2024-01-01", "2024-12-31", True)
GD = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")

figs = [
    F("thu hút 38,23 tỷ USD", "38,23", 38.23e9, "money", "USD", "vốn FDI đăng ký", Y,
      change=C("decrease", 3, baseline="năm 2023")),
    F("ước đạt 25,35 tỷ USD", "25,35", 25.35e9, "money", "USD", "vốn FDI thực hiện", Y,
      change=C("increase", 9.4), status="estimate"),
    F("Trong số 56 tỉnh", "56", 56, "count", "tỉnh, thành phố", "tỉnh, thành phố có dự án FDI", Yi),
    F("trên 5,1 tỷ USD", "5,1", 5.1e9, "money", "USD", "tổng vốn đăng ký FDI", Yi, approx="over",
      percent=13.4, change=C("increase", 1.9, "lần", "năm trước"), location="Bắc Ninh"),
    F("TP HCM 3,97 tỷ USD", "3,97", 3.97e9, "money", "USD", "tổng vốn đăng ký FDI", Yi, location="Thành phố Hồ Chí Minh"),
    F("Hà Nội 3,11 tỷ USD", "3,11", 3.11e9, "money", "USD", "tổng vốn đăng ký FDI", Yi, location="Hà Nội"),
    F("Quảng Ninh gần 3 tỷ USD", "3", 3e9, "money", "USD", "tổng vốn đăng ký FDI", Yi, approx="nearly", location="Quảng Ninh"),
    F("Hải Phòng 2,92 tỷ USD", "2,92", 2.92e9, "money", "USD", "tổng vốn đăng ký FDI", Yi, location="Hải Phòng"),
    F("5 địa phương", "5", 5, "count", "địa phương", "địa phương vùng đồng bằng sông Hồng dẫn đầu thu hút FDI", Yi),
    F("chiếm gần 43%", "43", 43, "percent", "%", "tỷ trọng vốn FDI đăng ký của 5 địa phương vùng đồng bằng sông Hồng", Yi,
      approx="nearly"),
    F("khoảng 24,8 tỷ USD", "24,8", 24.8e9, "money", "USD", "vốn FDI đăng ký tại các khu công nghiệp, khu kinh tế", Y,
      approx="about", percent=64.9),
    F("đạt 71%", "71", 71, "percent", "%", "tỷ lệ lấp đầy bình quân của các KCN đang hoạt động", Yi),
    F("Bắc Ninh đạt 85,2%", "85,2", 85.2, "percent", "%", "tỷ lệ lấp đầy các KCN", Yi, location="Bắc Ninh"),
    F("Bắc Giang 78,6%", "78,6", 78.6, "percent", "%", "tỷ lệ lấp đầy các KCN", Yi, location="Bắc Giang"),
    F("khoảng 4,3 triệu lao động", "4,3", 4.3e6, "count", "lao động", "lao động trực tiếp tại các KCN, khu kinh tế", Yi,
      approx="about"),
    F("khoảng 2,4 triệu người", "2,4", 2.4e6, "count", "người", "lao động nữ tại các KCN, khu kinh tế", Yi,
      approx="about", total=4.3e6),
    F("đóng góp 72,9%", "72,9", 72.9, "percent", "%", "tỷ trọng doanh nghiệp FDI trong kim ngạch xuất khẩu cả nước", Y),
    F("tương đương 295,7 tỷ USD", "295,7", 295.7e9, "money", "USD", "kim ngạch xuất khẩu của doanh nghiệp FDI", Y),
    F("từ 150 đến 200 tỷ USD", "150", 150e9, "money", "USD", "vốn FDI thu hút", GD, value_max=200e9, status="target"),
    F("bình quân 30-40 tỷ", "30", 30e9, "money", "USD/năm", "vốn FDI thu hút bình quân", GD, value_max=40e9,
      status="target"),
    F("đạt 26-27 tỷ USD", "26", 26e9, "money", "USD", "vốn FDI thực hiện", P("năm 2025", "2025-01-01", "2025-12-31"),
      value_max=27e9, status="forecast"),
]

comments = [
    "National press (business section): FDI 2024 nationwide, provinces, KCN/KKT; dateline 'Thứ năm, 9/1/2025, 16:40 (GMT+7)', byline at the end.",
    "National figures: location Việt Nam (default); province list items take the province as location, subject = the list's indicator.",
    "'5 địa phương … gồm Bắc Ninh, …' is a national count (the listed provinces do not make it provincial); its share 'gần 43%' likewise.",
    "'chiếm 13,4%' is the share and 'tăng 1,9 lần so với năm trước' the change of Bắc Ninh's 5,1 tỷ USD. 'tăng 9,4%' (no baseline) is the change of 25,35 tỷ.",
    "'đóng góp 72,9% …, tương đương 295,7 tỷ USD': as shared h01 ('với tỷ lệ 83,48%, tương đương 1,488 triệu hồ sơ'), both are figures, no percent attribute.",
    "'giai đoạn 2021-2030' names the strategy; the targets' period is 'giai đoạn 2021-2025' in the same sentence. '26-27 tỷ USD' is 'dự báo' (forecast) for năm 2025.",
    "Sentences without their own period inherit 'năm 2024' (not scored). Distractors: dateline, '(GMT+7)', person's name, title 'lần đầu'.",
]
write(6, text, figs, comments, published="2025-01-09", location="Việt Nam")
