"""p1194-6: national newspaper, freeze-drying plant opens in Long An (Đức Hòa); national export context."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa

Nhà máy sấy thăng hoa 300 tỷ đồng vận hành ở Long An

Thứ Sáu, 22/11/2024, 06:00 (GMT+7)

Nhà máy chế biến trái cây sấy thăng hoa của Mekong Fresh tại Long An đi vào hoạt động, phần lớn sản phẩm dành cho xuất khẩu.

Sáng 21/11, Công ty cổ phần Nông sản Mekong Fresh khánh thành nhà máy chế biến trái cây sấy thăng hoa tại Khu công nghiệp Đức Hòa 1, huyện Đức Hòa, tỉnh Long An, sau hơn 14 tháng xây dựng. Nhà máy có tổng vốn đầu tư khoảng 300 tỷ đồng, trên diện tích 2,5 ha, gồm 6 buồng sấy thăng hoa nhập khẩu từ Đức với công suất 20 tấn trái tươi mỗi ngày.

Ông Lê Minh Tâm, Tổng giám đốc công ty, cho biết năm đầu tiên nhà máy dự kiến chế biến khoảng 5.000 tấn trái tươi, cho ra 600 tấn thành phẩm, doanh thu khoảng 250 tỷ đồng; trong đó 80% sản lượng xuất khẩu sang Mỹ, Nhật Bản, Australia và EU. Nhà máy hiện sử dụng 220 lao động, thu nhập bình quân 8-9 triệu đồng/người/tháng. Theo ông Tâm, tính trên cùng lượng nguyên liệu, giá trị thanh long sau sấy thăng hoa của công ty cao gấp 3-4 lần bán tươi.

Trước đó, công ty đã có một nhà máy sấy lạnh tại huyện Chợ Gạo, tỉnh Tiền Giang, công suất 5 tấn/ngày.

Theo Hiệp hội Rau quả Việt Nam (Vinafruit), 10 tháng năm 2024, xuất khẩu rau quả cả nước đạt hơn 6,1 tỷ USD, tăng 28,3% so với cùng kỳ. Trong đó, nhóm sản phẩm sấy khô, sấy dẻo, sấy thăng hoa ước đạt khoảng 520 triệu USD. Cả nước hiện mới có khoảng 20 nhà máy sấy thăng hoa quy mô công nghiệp, phần lớn tập trung ở Đồng bằng sông Cửu Long.

Hoàng Nam
"""

M10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
DH = "Đức Hòa"
VN = "Việt Nam"

FIGS = [
    fig("Nhà máy sấy thăng hoa 300 tỷ đồng", "300", 300000000000, "money", "đồng",
        subject="vốn nhà máy sấy thăng hoa"),
    fig("sau hơn 14 tháng", "14", 14, "measure", "tháng", approx="over", optional=True,
        subject="thời gian xây dựng nhà máy", location=DH),
    fig("khoảng 300 tỷ đồng", "300", 300000000000, "money", "đồng", approx="about",
        subject="tổng vốn đầu tư nhà máy", location=DH),
    fig("diện tích 2,5 ha", "2,5", 2.5, "measure", "ha", subject="diện tích nhà máy", location=DH),
    fig("gồm 6 buồng sấy", "6", 6, "count", "buồng sấy", subject="buồng sấy thăng hoa nhập khẩu từ Đức",
        location=DH),
    fig("công suất 20 tấn", "20", 20, "measure", "tấn", subject="công suất nhà máy mỗi ngày",
        location=DH),
    fig("khoảng 5.000 tấn", "5.000", 5000, "measure", "tấn", approx="about", status="forecast",
        subject="trái tươi nhà máy chế biến năm đầu tiên", location=DH),
    fig("cho ra 600 tấn", "600", 600, "measure", "tấn", status="forecast",
        subject="thành phẩm", location=DH),
    fig("doanh thu khoảng 250 tỷ đồng", "250", 250000000000, "money", "đồng", approx="about",
        status="forecast", subject="doanh thu nhà máy", location=DH),
    fig("trong đó 80% sản lượng", "80", 80, "percent", "%", status="forecast",
        subject="tỷ lệ sản lượng xuất khẩu", location=DH),
    fig("sử dụng 220 lao động", "220", 220, "count", "lao động", subject="lao động nhà máy", location=DH),
    fig("8-9 triệu", "8", 8000000, "money", "đồng/người/tháng", value_max=9000000,
        subject="thu nhập bình quân lao động nhà máy", location=DH),
    fig("gấp 3-4 lần", "3", 3, "multiple", "lần", value_max=4,
        subject="giá trị thanh long sau sấy thăng hoa so với bán tươi", location=DH),
    fig("có một nhà máy", "một", 1, "count", "nhà máy", subject="nhà máy sấy lạnh của công ty",
        location="Chợ Gạo"),
    fig("5 tấn/ngày", "5", 5, "measure", "tấn/ngày", subject="công suất nhà máy sấy lạnh",
        location="Chợ Gạo"),
    fig("hơn 6,1 tỷ USD", "6,1", 6100000000, "money", "USD", approx="over",
        change=chg("increase", 28.3, "%", "cùng kỳ"), subject="xuất khẩu rau quả", period=M10, location=VN),
    fig("khoảng 520 triệu USD", "520", 520000000, "money", "USD", approx="about", status="estimate",
        total=6100000000, subject="xuất khẩu nhóm sản phẩm sấy khô, sấy dẻo, sấy thăng hoa",
        period=inh(M10), location=VN),
    fig("khoảng 20 nhà máy", "20", 20, "count", "nhà máy", approx="about",
        subject="nhà máy sấy thăng hoa quy mô công nghiệp", location=VN),
]

NOTES = [
    "revised after the first run: unit of 'công suất 20 tấn trái tươi mỗi ngày' 'tấn trái tươi' -> 'tấn' (consistency).",
    "National newspaper: 'Thứ Sáu, 22/11/2024, 06:00 (GMT+7)', byline at the end. A freeze-drying plant in KCN Đức Hòa 1, huyện Đức Hòa, Long An.",
    "Distractors: 'Khu công nghiệp Đức Hòa 1', 'Sáng 21/11', 06:00, '(GMT+7)', 'năm đầu tiên' (ordinal, no calendar period).",
    "Plant figures -> Đức Hòa (the district the sentence names); the headline names Long An (default). The older plant -> Chợ Gạo (Tiền Giang).",
    "'dự kiến' governs 5.000 tấn, 600 tấn, 250 tỷ and the '; trong đó 80%' that continues the clause (forecast). 'gấp 3-4 lần' is the claim: multiple.",
    "Vinafruit figures are national (cả nước). 520 triệu USD follows 'Trong đó' after 6,1 tỷ USD (same unit, same period): total. 'hơn 14 tháng' optional.",
]

if __name__ == "__main__":
    write("p1194-6", TEXT, NOTES, FIGS, published="2024-11-22", location="Long An")
