"""p1191-4: ministry site (Bộ Công Thương), national: textile craft villages, mosquito-net exports."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG
Trang chủ » Tin tức » Công nghiệp địa phương

Phát triển làng nghề dệt màn, dệt kim gắn với chuỗi cung ứng ngành dệt may

Ngày đăng: 05/06/2024 | Nguồn: Cục Công Thương địa phương

Theo số liệu của Cục Công Thương địa phương, cả nước hiện có khoảng 430 làng nghề và làng có nghề dệt, may, trong đó 112 làng chuyên dệt màn và dệt kim. Các làng nghề này tập trung chủ yếu ở vùng đồng bằng sông Hồng; dẫn đầu là Thái Bình, Nam Định và Hà Nội với lần lượt 30, 24 và 15 làng. Các làng nghề dệt màn, dệt kim tạo việc làm cho gần 95.000 lao động, thu nhập bình quân 6,5 triệu đồng/người/tháng.

Năm 2023, hàng dệt kim và màn tuyn của khu vực làng nghề đóng góp khoảng 1,1 tỷ USD vào kim ngạch xuất khẩu của ngành dệt may, chiếm 2,8%. Riêng mặt hàng màn chống muỗi tẩm hóa chất xuất khẩu đạt 186 triệu USD, tăng 14,5% so với năm 2022, chủ yếu sang các nước châu Phi; Việt Nam hiện đứng thứ 2 thế giới về xuất khẩu mặt hàng này.

5 tháng đầu năm 2024, xuất khẩu màn các loại đạt 82,4 triệu USD, tăng 11% so với cùng kỳ. Dự báo cả năm 2024, kim ngạch xuất khẩu màn có thể đạt từ 200 đến 210 triệu USD.

Tuy vậy, khoảng 60% cơ sở dệt kim ở làng nghề vẫn dùng máy dệt cơ khí đã qua 15 năm sử dụng; chưa đến 10% cơ sở có thương hiệu riêng.

Bộ Công Thương đặt mục tiêu đến năm 2030 có ít nhất 30% cơ sở dệt làng nghề tham gia chuỗi cung ứng của các doanh nghiệp dệt may lớn; hỗ trợ xây dựng thương hiệu cho 50 sản phẩm dệt tiêu biểu của các làng nghề.

Bản quyền thuộc Bộ Công Thương
Địa chỉ: 54 Hai Bà Trưng, quận Hoàn Kiếm, Hà Nội
Điện thoại: 024.22202222 | Lượt truy cập: 12.487.305
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M5 = per("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
TO30 = per("đến năm 2030", None, "2030-12-31")
LIST = "làng chuyên dệt màn và dệt kim"

FIGS = [
    fig("khoảng 430 làng", "430", 430, "count", "làng nghề", approx="about",
        subject="làng nghề và làng có nghề dệt, may"),
    fig("112 làng", "112", 112, "count", "làng", total=430, subject=LIST),
    fig("lần lượt 30,", "30", 30, "count", "làng", subject=LIST, location="Thái Bình"),
    fig("30, 24 và", "24", 24, "count", "làng", subject=LIST, location="Nam Định"),
    fig("và 15 làng", "15", 15, "count", "làng", subject=LIST, location="Hà Nội"),
    fig("gần 95.000 lao động", "95.000", 95000, "count", "lao động", approx="nearly",
        subject="lao động có việc làm tại các làng nghề dệt màn, dệt kim"),
    fig("bình quân 6,5 triệu", "6,5", 6.5e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân lao động làng nghề dệt màn, dệt kim"),
    fig("khoảng 1,1 tỷ USD", "1,1", 1.1e9, "money", "USD", approx="about", percent=2.8,
        subject="kim ngạch xuất khẩu hàng dệt kim và màn tuyn của khu vực làng nghề", period=Y23),
    fig("đạt 186 triệu", "186", 186e6, "money", "USD", change=chg("increase", 14.5, "%", "năm 2022"),
        subject="xuất khẩu màn chống muỗi tẩm hóa chất", period=inh(Y23)),
    fig("đứng thứ 2", "2", 2, "rank", "hạng",
        subject="xuất khẩu màn chống muỗi tẩm hóa chất trên thế giới"),
    fig("đạt 82,4 triệu", "82,4", 82.4e6, "money", "USD", change=chg("increase", 11, "%", "cùng kỳ"),
        subject="xuất khẩu màn các loại", period=M5),
    fig("từ 200 đến 210 triệu", "200", 200e6, "money", "USD", value_max=210e6, status="forecast",
        subject="kim ngạch xuất khẩu màn", period=Y24),
    fig("khoảng 60% cơ sở", "60", 60, "percent", "%", approx="about",
        subject="cơ sở dệt kim ở làng nghề dùng máy dệt cơ khí đã qua 15 năm sử dụng"),
    fig("qua 15 năm", "15", 15, "measure", "năm", optional=True, subject="thời gian sử dụng máy dệt cơ khí"),
    fig("chưa đến 10% cơ sở", "10", 10, "percent", "%", approx="under",
        subject="cơ sở có thương hiệu riêng"),
    fig("ít nhất 30% cơ sở", "30", 30, "percent", "%", approx="at_least", status="target",
        subject="cơ sở dệt làng nghề tham gia chuỗi cung ứng của các doanh nghiệp dệt may lớn", period=TO30),
    fig("cho 50 sản phẩm", "50", 50, "count", "sản phẩm", status="target",
        subject="sản phẩm dệt tiêu biểu của các làng nghề được hỗ trợ xây dựng thương hiệu", period=TO30),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, 'Ngày đăng: 05/06/2024' (published), copyright/address footer, visit counter.",
    "National figures: location Việt Nam; the 'lần lượt 30, 24 và 15 làng' items get their province as location, the list's indicator as subject.",
    "112 làng is a part of 430 (trong đó). 'chiếm 2,8%' is the share of 1,1 tỷ USD. 'Dự báo cả năm 2024 ... có thể đạt từ 200 đến 210' is forecast.",
    "'đã qua 15 năm sử dụng' qualifies the machines (optional). 'đến năm 2030' targets: end 2030-12-31; the ';' clause continues the target.",
    "Distractors: '54 Hai Bà Trưng', phone 024.22202222, 'Lượt truy cập: 12.487.305', 'châu Phi'.",
]

if __name__ == "__main__":
    write("p1191-4", TEXT, NOTES, FIGS, published="2024-06-05", location="Việt Nam")
