import sys
from lib import emit, fig, per, inh, chg

TEXT = """BÁO NGHỆ AN - CƠ QUAN CỦA ĐẢNG BỘ, CHÍNH QUYỀN VÀ NHÂN DÂN TỈNH NGHỆ AN
Kinh tế > Nông nghiệp

Nghệ An thu hút 67 dự án nông nghiệp ứng dụng công nghệ cao

Đến hết tháng 10/2023, toàn tỉnh có 67 dự án nông nghiệp ứng dụng công nghệ cao được chấp thuận chủ trương đầu tư với tổng vốn đăng ký hơn 31.500 tỷ đồng; trong đó có 18 dự án có vốn trên 500 tỷ đồng. Lĩnh vực chăn nuôi bò sữa và chế biến sữa thu hút vốn lớn nhất với 12 dự án, tổng vốn khoảng 14.200 tỷ đồng, chiếm 45,1% tổng vốn đăng ký.

Tại huyện Nghĩa Đàn, dọc Quốc lộ 48, Công ty CP Nông nghiệp Xanh Phủ Quỳ đã xây dựng 9 trang trại bò sữa công nghệ cao với tổng đàn 45.000 con; diện tích trồng cỏ, ngô làm thức ăn xanh đạt 2.600 ha, được lắp hệ thống tưới tự động.

Sản xuất rau, hoa, quả trong nhà màng phát triển nhanh ở TP. Vinh (8,4 ha), huyện Nghi Lộc (6,2 ha) và huyện Quỳnh Lưu (5,5 ha); giá trị sản xuất đạt từ 800 triệu đến 1 tỷ đồng/ha/năm.

Để khuyến khích doanh nghiệp, HĐND tỉnh ban hành Nghị quyết số 13/2023/NQ-HĐND, theo đó hỗ trợ 50% chi phí xây dựng nhà màng, nhà lưới nhưng tối đa 500 triệu đồng/dự án. Từ năm 2021 đến nay, ngân sách tỉnh đã hỗ trợ 126,8 tỷ đồng cho 214 lượt dự án, mô hình. Dự kiến đến cuối năm 2023, thêm 5 dự án được cấp chủ trương đầu tư với số vốn khoảng 2.300 tỷ đồng.

Mục tiêu đến năm 2025, giá trị sản phẩm nông nghiệp ứng dụng công nghệ cao chiếm 30% tổng giá trị sản xuất nông nghiệp của tỉnh.

THANH PHÚC
14/11/2023
"""

OCT = per("Đến hết tháng 10/2023", None, "2023-10-31")
SINCE = per("Từ năm 2021 đến nay", "2021-01-01", "2023-11-14")
EOY = per("đến cuối năm 2023", None, "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
S_GH = "diện tích sản xuất rau, hoa, quả trong nhà màng"

F = [
    fig("thu hút 67 dự án", "67", 67, "count", "dự án", "dự án nông nghiệp ứng dụng công nghệ cao", inh(OCT)),
    fig("có 67 dự án", "67", 67, "count", "dự án",
        "dự án nông nghiệp ứng dụng công nghệ cao được chấp thuận chủ trương đầu tư", OCT),
    fig("hơn 31.500 tỷ", "31.500", 31500000000000, "money", "đồng", "tổng vốn đăng ký", OCT, approx="over"),
    fig("có 18 dự án", "18", 18, "count", "dự án", "dự án có vốn trên 500 tỷ đồng", OCT, total=67),
    fig("trên 500 tỷ", "500", 500000000000, "money", "đồng", "vốn dự án (ngưỡng)", approx="over", optional=True),
    fig("với 12 dự án", "12", 12, "count", "dự án", "dự án lĩnh vực chăn nuôi bò sữa và chế biến sữa", inh(OCT)),
    fig("khoảng 14.200 tỷ", "14.200", 14200000000000, "money", "đồng",
        "tổng vốn lĩnh vực chăn nuôi bò sữa và chế biến sữa", inh(OCT), approx="about", percent=45.1),
    fig("9 trang trại", "9", 9, "count", "trang trại", "trang trại bò sữa công nghệ cao", location="Nghĩa Đàn"),
    fig("45.000 con", "45.000", 45000, "count", "con", "tổng đàn bò sữa", location="Nghĩa Đàn"),
    fig("đạt 2.600 ha", "2.600", 2600, "measure", "ha", "diện tích trồng cỏ, ngô làm thức ăn xanh", location="Nghĩa Đàn"),
    fig("(8,4 ha)", "8,4", 8.4, "measure", "ha", S_GH, location="Vinh"),
    fig("(6,2 ha)", "6,2", 6.2, "measure", "ha", S_GH, location="Nghi Lộc"),
    fig("(5,5 ha)", "5,5", 5.5, "measure", "ha", S_GH, location="Quỳnh Lưu"),
    fig("từ 800 triệu đến 1 tỷ", "800", 800000000, "money", "đồng/ha/năm",
        "giá trị sản xuất rau, hoa, quả trong nhà màng", value_max=1000000000),
    fig("hỗ trợ 50%", "50", 50, "percent", "%", "mức hỗ trợ chi phí xây dựng nhà màng, nhà lưới"),
    fig("tối đa 500 triệu", "500", 500000000, "money", "đồng/dự án", "mức hỗ trợ xây dựng nhà màng, nhà lưới",
        approx="at_most"),
    fig("hỗ trợ 126,8 tỷ", "126,8", 126800000000, "money", "đồng", "ngân sách tỉnh hỗ trợ", SINCE),
    fig("214 lượt", "214", 214, "count", "lượt dự án, mô hình", "lượt dự án, mô hình được hỗ trợ", SINCE),
    fig("thêm 5 dự án", "5", 5, "count", "dự án", "dự án được cấp chủ trương đầu tư thêm", EOY, status="forecast"),
    fig("khoảng 2.300 tỷ", "2.300", 2300000000000, "money", "đồng", "số vốn của dự án được cấp chủ trương đầu tư thêm",
        EOY, approx="about", status="forecast"),
    fig("chiếm 30%", "30", 30, "percent", "%",
        "tỷ trọng giá trị sản phẩm nông nghiệp ứng dụng công nghệ cao trong tổng giá trị sản xuất nông nghiệp", T25,
        status="target"),
]

COMMENTS = [
    "Báo Nghệ An (Party newspaper): dự án nông nghiệp ứng dụng công nghệ cao đến hết tháng 10/2023; byline and bare date at the end",
    "(invented, probe set 673). 'trong đó có 18 dự án' is part of the 67; 'trên 500 tỷ đồng' is a threshold (optional).",
    "'chiếm 45,1% tổng vốn đăng ký' is the share of 14.200 tỷ. Districts in brackets go to location (TP. Vinh → Vinh); no total.",
    "Not figures: 'Quốc lộ 48', 'Nghị quyết số 13/2023/NQ-HĐND', 'Phủ Quỳ' company name, '14/11/2023' (dateline → published).",
    "'Từ năm 2021 đến nay' ends at the dateline; 'Dự kiến đến cuối năm 2023' → forecast, as-of end of 2023.",
]

if __name__ == "__main__":
    sys.exit(0 if emit("p673-5", TEXT, COMMENTS, F, published="2023-11-14", location="Nghệ An") else 1)
