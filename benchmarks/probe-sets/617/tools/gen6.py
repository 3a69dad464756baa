"""p617-6: Đường sách Tết Giáp Thìn 2024, TP HCM (national press)."""
from lib import F, P, I, CH, emit

TEXT = """Văn hóa › Sách

Thứ năm, 15/2/2024, 18:30 (GMT+7)

Đường sách Tết Giáp Thìn thu hơn 13,5 tỷ đồng

Sau 8 ngày diễn ra, Lễ hội Đường sách Tết Giáp Thìn 2024 tại TP HCM đón khoảng 1,6 triệu lượt khách, doanh thu bán sách đạt hơn 13,5 tỷ đồng, tăng 12,5% so với Tết năm trước.

Theo Ban tổ chức, lễ hội năm nay có 126 gian hàng của 42 đơn vị xuất bản, phát hành, trưng bày khoảng 45.000 tựa sách. Sách được giảm giá từ 10 đến 30%, nhiều đơn vị tặng quà cho bạn đọc có đơn hàng từ 200.000 đồng trở lên.

Ba đơn vị có doanh thu cao nhất lần lượt là Công ty Fahasa với 2,8 tỷ đồng, Nhà xuất bản Trẻ 1,9 tỷ đồng và Nhà xuất bản Kim Đồng 1,45 tỷ đồng. Sách thiếu nhi, kỹ năng sống và văn học tiếp tục chiếm khoảng 60% lượng sách bán ra. Ban tổ chức cũng ghi nhận 215 hoạt động giao lưu, ra mắt sách, gấp đôi năm ngoái.

Năm 2023, Đường sách TP HCM (đường Nguyễn Văn Bình, quận 1) đón khoảng 3,2 triệu lượt khách, doanh thu đạt 92,6 tỷ đồng, bằng 115,8% kế hoạch. Đơn vị quản lý đặt mục tiêu năm 2024 doanh thu đạt 100 tỷ đồng, đồng thời mở thêm 2 điểm đường sách mới tại TP Thủ Đức và quận 7.

Theo ông Lê Hoàng, Phó Giám đốc Sở Thông tin và Truyền thông, mức chi cho sách của người dân thành phố hiện khoảng 250.000 đồng/người/năm, gấp 1,8 lần bình quân cả nước.

Quỳnh Trang
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("thu hơn 13,5 tỷ đồng", "13,5", 13500000000, "money", "đồng", "doanh thu Đường sách Tết Giáp Thìn",
      approx="over"),
    F("khoảng 1,6 triệu lượt khách", "1,6", 1600000, "count", "lượt khách",
      "lượt khách Lễ hội Đường sách Tết Giáp Thìn 2024", approx="about"),
    F("đạt hơn 13,5 tỷ đồng", "13,5", 13500000000, "money", "đồng", "doanh thu bán sách Lễ hội Đường sách Tết",
      approx="over", change=CH("increase", 12.5, baseline="Tết năm trước")),
    F("có 126 gian hàng", "126", 126, "count", "gian hàng", "gian hàng lễ hội"),
    F("của 42 đơn vị", "42", 42, "count", "đơn vị", "đơn vị xuất bản, phát hành có gian hàng"),
    F("khoảng 45.000 tựa sách", "45.000", 45000, "count", "tựa sách", "tựa sách trưng bày", approx="about"),
    F("từ 10 đến 30%", "10", 10, "percent", "%", "mức giảm giá sách", value_max=30),
    F("từ 200.000 đồng", "200.000", 200000, "money", "đồng", "đơn hàng được tặng quà", approx="at_least",
      optional=True),
    F("Ba đơn vị", "Ba", 3, "count", "đơn vị", "đơn vị có doanh thu cao nhất", optional=True),
    F("Fahasa với 2,8 tỷ đồng", "2,8", 2800000000, "money", "đồng", "doanh thu của Công ty Fahasa"),
    F("Trẻ 1,9 tỷ đồng", "1,9", 1900000000, "money", "đồng", "doanh thu của Nhà xuất bản Trẻ"),
    F("Kim Đồng 1,45 tỷ đồng", "1,45", 1450000000, "money", "đồng", "doanh thu của Nhà xuất bản Kim Đồng"),
    F("khoảng 60% lượng", "60", 60, "percent", "%",
      "tỷ lệ sách thiếu nhi, kỹ năng sống và văn học trong lượng sách bán ra", approx="about"),
    F("ghi nhận 215 hoạt động", "215", 215, "count", "hoạt động", "hoạt động giao lưu, ra mắt sách",
      change=CH("increase", 2, unit="lần", baseline="năm ngoái")),
    F("khoảng 3,2 triệu lượt khách", "3,2", 3200000, "count", "lượt khách", "lượt khách Đường sách TP HCM", Y23,
      approx="about"),
    F("đạt 92,6 tỷ đồng", "92,6", 92600000000, "money", "đồng", "doanh thu Đường sách TP HCM", Y23, percent=115.8),
    F("đạt 100 tỷ đồng", "100", 100000000000, "money", "đồng", "doanh thu Đường sách TP HCM", Y24, status="target"),
    F("thêm 2 điểm", "2", 2, "count", "điểm đường sách", "điểm đường sách mới", Y24, status="target"),
    F("khoảng 250.000 đồng/người/năm", "250.000", 250000, "money", "đồng/người/năm",
      "mức chi cho sách của người dân thành phố", approx="about",
      change=CH("increase", 1.8, unit="lần", baseline="bình quân cả nước")),
]

COMMENTS = [
    "National press (VnExpress-like): 'Thứ năm, 15/2/2024, 18:30 (GMT+7)'; Lễ hội Đường sách Tết Giáp Thìn 2024 in TP HCM.",
    "Distractors: '(GMT+7)', 'Sau 8 ngày' (duration), 'đường Nguyễn Văn Bình, quận 1', 'quận 7', 'Tết Giáp Thìn 2024'.",
    "Festival figures carry no period phrase of their own ('Tết Giáp Thìn 2024' names the event): no period.",
    "'từ 200.000 đồng trở lên' is a threshold and 'Ba đơn vị' a top-N label: optional. 'lần lượt' list: each publisher's revenue,",
    "subject 'doanh thu của <company>' (a company is not a place). 'gấp đôi năm ngoái' after 215 hoạt động is its change (2 lần).",
    "'bằng 115,8% kế hoạch' is 92,6 tỷ's percent. 'đặt mục tiêu năm 2024' → target, continuing into 'đồng thời' clause.",
    "'250.000 đồng/người/năm' money rate; 'gấp 1,8 lần bình quân cả nước' follows it as a comparison: its change (1,8 lần),",
    "not a multiple figure (as 'gấp đôi năm ngoái' above). Location TP Hồ Chí Minh throughout.",
]

if __name__ == "__main__":
    emit("p617-6", TEXT, COMMENTS, FIGS, published="2024-02-15", location="TP Hồ Chí Minh")
