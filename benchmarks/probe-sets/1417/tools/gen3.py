"""p1417-3: ministry site (Bộ Y tế): national AMR surveillance, antibiotic consumption, fines, national action plan targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Hoạt động của Bộ

Kháng kháng sinh: Thách thức lớn với hệ thống y tế Việt Nam

18/11/2024 | 08:30 | Cục Quản lý Khám, chữa bệnh

Nhân Tuần lễ nhận thức về kháng kháng sinh thế giới (18-24/11), Bộ Y tế cho biết Việt Nam thuộc nhóm quốc gia có tỷ lệ kháng kháng sinh cao trong khu vực. Dữ liệu giám sát năm 2023 từ mạng lưới 16 bệnh viện cho thấy tỷ lệ Escherichia coli kháng cephalosporin thế hệ 3 là 68,5%, Klebsiella pneumoniae kháng carbapenem khoảng 45%, Acinetobacter baumannii kháng carbapenem trên 85%.

Tiêu thụ kháng sinh tại Việt Nam ước khoảng 21,6 DDD/1.000 người/ngày, trong đó kháng sinh nhóm Access mới chiếm 48%, thấp hơn mục tiêu 60% mà Tổ chức Y tế Thế giới (WHO) khuyến nghị. Các nghiên cứu gần đây cho thấy tỷ lệ nhà thuốc bán kháng sinh không cần đơn ở thành thị và nông thôn lần lượt là 88% và 91%.

Từ đầu năm đến nay, thanh tra ngành y tế đã xử phạt hơn 2.100 cơ sở kinh doanh dược với tổng số tiền gần 19,4 tỷ đồng, trong đó bán thuốc kê đơn không có đơn chiếm khoảng 30% số vụ vi phạm.

Theo Kế hoạch hành động quốc gia phòng, chống kháng thuốc giai đoạn 2023-2030 ban hành kèm Quyết định số 1121/QĐ-TTg, mục tiêu đến năm 2025 có 100% bệnh viện tuyến trung ương và tuyến tỉnh triển khai chương trình quản lý sử dụng kháng sinh; đến năm 2030, giảm ít nhất 10% lượng kháng sinh tiêu thụ so với năm 2020 và tỷ lệ kháng sinh nhóm Access đạt tối thiểu 60%.

Hiện đã có 58/63 tỉnh, thành phố kết nối liên thông dữ liệu với Cơ sở dữ liệu Dược quốc gia, với khoảng 43.500 nhà thuốc, quầy thuốc tham gia. Bộ Y tế khuyến cáo người dân chỉ sử dụng kháng sinh khi có đơn của bác sĩ, phản ánh vi phạm qua đường dây nóng 1900.9095.

Bản quyền thuộc Bộ Y tế. Địa chỉ: 138A Giảng Võ, Ba Đình, Hà Nội.
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-11-18")
T25 = per("đến năm 2025", None, "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("mạng lưới 16 bệnh viện", "16", 16, "count", "bệnh viện",
        subject="bệnh viện trong mạng lưới giám sát", period=Y23),
    fig("là 68,5%", "68,5", 68.5, "percent", "%",
        subject="tỷ lệ Escherichia coli kháng cephalosporin thế hệ 3", period=Y23),
    fig("khoảng 45%", "45", 45, "percent", "%", approx="about",
        subject="tỷ lệ Klebsiella pneumoniae kháng carbapenem", period=Y23),
    fig("trên 85%", "85", 85, "percent", "%", approx="over",
        subject="tỷ lệ Acinetobacter baumannii kháng carbapenem", period=Y23),
    fig("khoảng 21,6 DDD", "21,6", 21.6, "measure", "DDD/1.000 người/ngày", approx="about", status="estimate",
        subject="tiêu thụ kháng sinh"),
    fig("chiếm 48%", "48", 48, "percent", "%", status="estimate", target=tgt(60, "%", False),
        subject="tỷ trọng kháng sinh nhóm Access trong tiêu thụ kháng sinh"),
    fig("là 88%", "88", 88, "percent", "%",
        subject="tỷ lệ nhà thuốc bán kháng sinh không cần đơn ở thành thị"),
    fig("và 91%", "91", 91, "percent", "%",
        subject="tỷ lệ nhà thuốc bán kháng sinh không cần đơn ở nông thôn"),
    fig("hơn 2.100 cơ sở", "2.100", 2100, "count", "cơ sở", approx="over",
        subject="cơ sở kinh doanh dược bị xử phạt", period=YTD),
    fig("gần 19,4 tỷ", "19,4", 19.4e9, "money", "đồng", approx="nearly",
        subject="tổng số tiền xử phạt cơ sở kinh doanh dược", period=YTD),
    fig("khoảng 30%", "30", 30, "percent", "%", approx="about",
        subject="tỷ lệ vụ bán thuốc kê đơn không có đơn trong số vụ vi phạm", period=YTD),
    fig("có 100% bệnh viện", "100", 100, "percent", "%", status="target",
        subject="bệnh viện tuyến trung ương và tuyến tỉnh triển khai chương trình quản lý sử dụng kháng sinh",
        period=T25),
    fig("ít nhất 10%", "10", 10, "percent", "%", approx="at_least", status="target",
        subject="giảm lượng kháng sinh tiêu thụ so với năm 2020", period=T30),
    fig("tối thiểu 60%", "60", 60, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ kháng sinh nhóm Access", period=T30),
    fig("có 58/63", "58", 58, "count", "tỉnh, thành phố", total=63,
        subject="tỉnh, thành phố kết nối liên thông dữ liệu với Cơ sở dữ liệu Dược quốc gia"),
    fig("khoảng 43.500 nhà thuốc", "43.500", 43500, "count", "nhà thuốc, quầy thuốc", approx="about",
        subject="nhà thuốc, quầy thuốc tham gia kết nối liên thông"),
]

NOTES = [
    "Ministry site (Bộ Y tế portal): breadcrumb, '18/11/2024 | 08:30 | Cục Quản lý Khám, chữa bệnh', copyright footer with address.",
    "Distractors: '(18-24/11)', 'cephalosporin thế hệ 3', 'giai đoạn 2023-2030', Quyết định số 1121/QĐ-TTg, 'so với năm 2020' (baseline), hotline 1900.9095, '138A Giảng Võ'.",
    "All figures national (location Việt Nam). The three resistance rates are a list sharing 'tỷ lệ ... kháng': period năm 2023 (same sentence).",
    "'ước khoảng 21,6 DDD/1.000 người/ngày': measure, the denominator is in the unit; estimate + about.",
    "'trong đó ... chiếm 48%, thấp hơn mục tiêu 60%': 48% is a percent figure (a share after a measure, not of an amount); target 60 (met false); estimate continues the 'ước' clause.",
    "'lần lượt là 88% và 91%': two percent figures. 'Từ đầu năm đến nay' ends at the dateline 2024-11-18.",
    "'trong đó ... chiếm khoảng 30% số vụ vi phạm': a percent figure of its own.",
    "Targets: 'mục tiêu đến năm 2025 có 100%'; 'đến năm 2030, giảm ít nhất 10% ...' (a rate as the claim, no change) and 'tối thiểu 60%' (at_least).",
    "'58/63 tỉnh, thành phố': total 63. 'Hiện' gives no period.",
]

if __name__ == "__main__":
    write("p1417-3", TEXT, NOTES, FIGS, published="2024-11-18", location="Việt Nam")
