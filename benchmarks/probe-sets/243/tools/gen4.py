from lib import *

text = """SỞ CÔNG THƯƠNG TỈNH BÌNH DƯƠNG
Tin tức - Sự kiện > Công nghiệp

Ngành da giày: đơn hàng phục hồi, doanh nghiệp vẫn thiếu lao động
Ngày đăng: 22/03/2024 | Lượt xem: 611

Theo số liệu của Sở Công Thương, quý I/2024, sản lượng giày dép các loại của tỉnh ước đạt 98,6 triệu đôi, tăng 11,2% so với cùng kỳ năm 2023; kim ngạch xuất khẩu giày dép ước đạt 1,48 tỷ USD, tăng 13,5%, chiếm 21,6% tổng kim ngạch xuất khẩu của tỉnh. Với kết quả này, Bình Dương tiếp tục đứng thứ hai cả nước về xuất khẩu giày dép.

Tính đến cuối tháng 2/2024, toàn tỉnh có 385 doanh nghiệp sản xuất giày dép, trong đó 142 doanh nghiệp có vốn đầu tư nước ngoài, sử dụng khoảng 285.000 lao động. Các doanh nghiệp tập trung tại thành phố Thuận An (96 doanh nghiệp), Dĩ An (71), Tân Uyên (58) và Bến Cát (49).

Tuy nhiên, sau Tết Nguyên đán, nhiều doanh nghiệp vẫn thiếu lao động. Khảo sát của Sở Lao động - Thương binh và Xã hội cho thấy tỷ lệ lao động quay trở lại làm việc đạt 96,3%; nhu cầu tuyển dụng ngành da giày khoảng 12.000 lao động, chiếm gần 40% tổng nhu cầu tuyển dụng của tỉnh. Riêng Công ty CP Giày Thái Bình cần tuyển 1.500 công nhân.

Mức lương tuyển dụng công nhân ngành giày phổ biến từ 7 đến 9,5 triệu đồng/tháng, chưa kể phụ cấp.

Sở Công Thương dự báo cả năm 2024 kim ngạch xuất khẩu giày dép của tỉnh đạt khoảng 6,2 tỷ USD. Doanh nghiệp cần hỗ trợ thông tin thị trường liên hệ Phòng Quản lý Công nghiệp, số 1 đường Trần Văn Ơn, phường Phú Hòa, thành phố Thủ Dầu Một; điện thoại 0274.3822.615.
"""

Q1 = per("quý I/2024", "2024-01-01", "2024-03-31")
Q1i = per("quý I/2024", "2024-01-01", "2024-03-31", inh=True)
F2 = per("Tính đến cuối tháng 2/2024", None, "2024-02-29")
F2i = per("Tính đến cuối tháng 2/2024", None, "2024-02-29", inh=True)
DN = "doanh nghiệp sản xuất giày dép"
figs = [
    fig("ước đạt 98,6 triệu đôi", "98,6", 98.6e6, "count", "đôi", "sản lượng giày dép các loại", Q1,
        change=chg("increase", 11.2, baseline="cùng kỳ năm 2023"), status="estimate"),
    fig("ước đạt 1,48 tỷ USD", "1,48", 1.48e9, "money", "USD", "kim ngạch xuất khẩu giày dép", Q1,
        percent=21.6, change=chg("increase", 13.5), status="estimate"),
    fig("đứng thứ hai cả nước", "hai", 2, "rank", "hạng", "xuất khẩu giày dép", Q1i),
    fig("có 385 doanh nghiệp", "385", 385, "count", "doanh nghiệp", DN, F2),
    fig("trong đó 142 doanh nghiệp", "142", 142, "count", "doanh nghiệp", "doanh nghiệp có vốn đầu tư nước ngoài", F2,
        total=385),
    fig("khoảng 285.000 lao động", "285.000", 285000, "count", "lao động", "lao động ngành giày dép", F2, approx="about"),
    fig("Thuận An (96 doanh nghiệp)", "96", 96, "count", "doanh nghiệp", DN, F2i, location="Thuận An"),
    fig("Dĩ An (71)", "71", 71, "count", "doanh nghiệp", DN, F2i, location="Dĩ An"),
    fig("Tân Uyên (58)", "58", 58, "count", "doanh nghiệp", DN, F2i, location="Tân Uyên"),
    fig("Bến Cát (49)", "49", 49, "count", "doanh nghiệp", DN, F2i, location="Bến Cát"),
    fig("đạt 96,3%", "96,3", 96.3, "percent", "%", "tỷ lệ lao động quay trở lại làm việc", Q1i),
    fig("khoảng 12.000 lao động", "12.000", 12000, "count", "lao động", "nhu cầu tuyển dụng ngành da giày", Q1i,
        approx="about", percent=40),
    fig("tuyển 1.500 công nhân", "1.500", 1500, "count", "công nhân", "công nhân cần tuyển của Công ty CP Giày Thái Bình", Q1i),
    fig("từ 7 đến 9,5 triệu đồng/tháng", "7", 7e6, "money", "đồng/tháng", "mức lương tuyển dụng công nhân ngành giày", Q1i,
        value_max=9.5e6),
    fig("khoảng 6,2 tỷ USD", "6,2", 6.2e9, "money", "USD", "kim ngạch xuất khẩu giày dép",
        per("cả năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
]
emit("p243-4", text, [
    "Sở Công Thương Bình Dương (department site): footwear industry, Q1/2024, enterprises by city, labour shortage after Tết.",
    "'Ngày đăng: dd/mm/yyyy | Lượt xem: 611' dateline. Distractors: counter, 'Công ty CP Giày Thái Bình' (a province name inside a company",
    "name; the figure stays in Bình Dương), 'số 1 đường Trần Văn Ơn', phone 0274.3822.615, 'Tết Nguyên đán'.",
    "'cuối tháng 2/2024' ends on 2024-02-29 (leap year). '142 doanh nghiệp' after 'trong đó' has total 385; '285.000 lao động' has no whole.",
    "City list 'Dĩ An (71)' takes unit and indicator from the first item. 'chiếm gần 40%' is the percent of 12.000 (the value, not the approx).",
], figs, published="2024-03-22", location="Bình Dương")
