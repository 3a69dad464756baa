"""p1558-6: national newspaper: adult diapers sell well as the population ages."""
from lib import fig, per, chg, write

TEXT = """Kinh doanh › Hàng hóa
Thứ ba, 12/11/2024, 07:30 (GMT+7)

Tã người lớn bán chạy khi dân số già nhanh

Doanh số tã người lớn tại các chuỗi nhà thuốc tăng 20-25% mỗi năm, nhiều nhà sản xuất trong nước mở thêm dây chuyền để đón nhu cầu.

Tại nhà thuốc Minh Châu, số 212 Nguyễn Văn Nghi (quận Gò Vấp, TP HCM), mỗi ngày bán khoảng 40 gói tã người lớn, gấp đôi cách đây ba năm. Chị Lê Thị Mai, chủ nhà thuốc, cho biết giá mỗi gói tã quần người lớn loại 10 miếng dao động từ 95.000 đến 160.000 đồng tùy thương hiệu.

Theo số liệu thống kê, Việt Nam hiện có hơn 14 triệu người cao tuổi, chiếm 14,2% dân số. Dự báo đến năm 2036, tỷ lệ này sẽ lên trên 20%. Khoảng 65% người cao tuổi sống ở nông thôn, nơi tã người lớn chủ yếu được bán tại các tiệm tạp hóa.

Ông Phạm Quốc Bảo, Giám đốc kinh doanh Công ty CP Giấy vệ sinh Sông Hậu (Cần Thơ), cho biết 9 tháng đầu năm nay, công ty bán được 38 triệu miếng tã người lớn, tăng 27% so với cùng kỳ, chiếm gần 30% tổng sản lượng của công ty. Công ty vừa đầu tư 85 tỷ đồng cho một dây chuyền mới, nâng công suất tã người lớn lên 80 triệu miếng/năm.

Trên các sàn thương mại điện tử, doanh số tã người lớn quý III năm nay đạt khoảng 215 tỷ đồng, tăng 31% so với quý II, theo số liệu của công ty phân tích dữ liệu Datasàn. Các chuyên gia dự báo quy mô thị trường tã người lớn tại Việt Nam có thể đạt 300 triệu USD vào năm 2028.

Minh Khôi
"""

T2036 = per("đến năm 2036", None, "2036-12-31")
M9 = per("9 tháng đầu năm nay", "2024-01-01", "2024-09-30")
Q3 = per("quý III năm nay", "2024-07-01", "2024-09-30")
Y28 = per("vào năm 2028", "2028-01-01", "2028-12-31")
GV = "Gò Vấp"
CT = "Cần Thơ"

FIGS = [
    fig("tăng 20-25%", "20", 20, "percent", "%", value_max=25,
        subject="doanh số tã người lớn tại các chuỗi nhà thuốc"),
    fig("khoảng 40 gói", "40", 40, "measure", "gói/ngày", approx="about",
        change=chg("increase", 2, "lần", "cách đây ba năm"),
        subject="tã người lớn nhà thuốc bán mỗi ngày", location=GV),
    fig("loại 10 miếng", "10", 10, "count", "miếng", location=GV, optional=True),
    fig("từ 95.000 đến 160.000", "95.000", 95000, "money", "đồng/gói", value_max=160000,
        subject="giá mỗi gói tã quần người lớn", location=GV),
    fig("hơn 14 triệu", "14", 14e6, "count", "người cao tuổi", approx="over", percent=14.2,
        subject="người cao tuổi"),
    fig("trên 20%", "20", 20, "percent", "%", approx="over", status="forecast",
        subject="tỷ lệ người cao tuổi trong dân số", period=T2036),
    fig("Khoảng 65%", "65", 65, "percent", "%", approx="about", subject="người cao tuổi sống ở nông thôn"),
    fig("được 38 triệu", "38", 38e6, "count", "miếng", percent=30,
        change=chg("increase", 27, "%", "cùng kỳ"),
        subject="tã người lớn công ty bán được", period=M9, location=CT),
    fig("đầu tư 85 tỷ", "85", 85e9, "money", "đồng", subject="vốn đầu tư cho dây chuyền mới", location=CT),
    fig("một dây chuyền mới", "một", 1, "count", "dây chuyền", subject="dây chuyền mới công ty đầu tư",
        location=CT),
    fig("lên 80 triệu", "80", 80e6, "measure", "miếng/năm", subject="công suất tã người lớn", location=CT),
    fig("khoảng 215 tỷ", "215", 215e9, "money", "đồng", approx="about",
        change=chg("increase", 31, "%", "quý II"),
        subject="doanh số tã người lớn trên các sàn thương mại điện tử", period=Q3),
    fig("đạt 300 triệu", "300", 300e6, "money", "USD", status="forecast",
        subject="quy mô thị trường tã người lớn", period=Y28),
]

NOTES = [
    "National newspaper: section path, 'Thứ ba, 12/11/2024, 07:30 (GMT+7)', sapo, quotes, byline at the end.",
    "Distractors: '07:30', '(GMT+7)', 'số 212 Nguyễn Văn Nghi', 'cách đây ba năm' (a baseline locating the change, not a figure), 'quý II' baseline.",
    "Sapo '20-25% mỗi năm': growth rate as the claim, percent range, no period. Location Việt Nam (article default).",
    "Pharmacy in quận Gò Vấp: location Gò Vấp for its figures; 'mỗi ngày ... khoảng 40 gói' is a rate (gói/ngày) with change 'gấp đôi' (2 lần).",
    "'loại 10 miếng' is a pack size, optional. 'giá mỗi gói ... từ 95.000 đến 160.000 đồng' → unit đồng/gói, range.",
    "'hơn 14 triệu người cao tuổi, chiếm 14,2% dân số' → percent attribute; 'tỷ lệ này' = the elderly share (forecast, đến năm 2036, start null).",
    "Company in Cần Thơ: location Cần Thơ; 'chiếm gần 30%' is the percent attribute (30) of 38 triệu miếng; '9 tháng đầu năm nay' = 2024.",
    "'có thể đạt ... vào năm 2028' after 'dự báo' → forecast, year 2028.",
]

if __name__ == "__main__":
    write("p1558-6", TEXT, NOTES, FIGS, published="2024-11-12", location="Việt Nam")
