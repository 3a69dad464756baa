"""p669-1: Bình Định province portal, procurement results H1/2024."""
from lib import write, fig, per, inh, chg, tgt

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Đầu tư
Bình Định: Tỷ lệ tiết kiệm qua đấu thầu 6 tháng đầu năm 2024 đạt 7,8%
Cập nhật: 18/07/2024 14:20
Lượt xem: 3.214

Theo báo cáo của Sở Kế hoạch và Đầu tư, 6 tháng đầu năm 2024, các cơ quan, đơn vị trên địa bàn tỉnh đã tổ chức lựa chọn nhà thầu cho 1.862 gói thầu, tăng 12,4% so với cùng kỳ năm 2023. Tổng giá gói thầu là 4.526,3 tỷ đồng; tổng giá trúng thầu 4.173,2 tỷ đồng; giá trị tiết kiệm 353,1 tỷ đồng, tương đương 7,8%, tăng 41,6 tỷ đồng so với cùng kỳ.

Trong đó, lĩnh vực hàng hóa có 745 gói thầu, xây lắp 612 gói, tư vấn 438 gói và phi tư vấn 67 gói. Riêng quý II/2024, số gói thầu hoàn thành lựa chọn nhà thầu là 1.104 gói.

Về đấu thầu qua mạng, số gói thầu lựa chọn nhà thầu qua Hệ thống mạng đấu thầu quốc gia là 1.527 gói, chiếm 82% tổng số gói thầu, với tổng giá trị 3.946,8 tỷ đồng. Đối với các gói thầu áp dụng đấu thầu rộng rãi và chào hàng cạnh tranh, tỷ lệ đấu thầu qua mạng đạt 98,6% về số lượng.

Số gói thầu áp dụng hình thức chỉ định thầu là 296 gói với tổng giá trị 187,5 tỷ đồng, giảm 9,3% so với cùng kỳ. Số nhà thầu tham dự bình quân đạt 2,7 nhà thầu/gói thầu (năm 2023 là 2,3 nhà thầu/gói thầu).

Ước cả năm 2024, toàn tỉnh tổ chức lựa chọn nhà thầu khoảng 3.900 gói thầu, tổng giá trị tiết kiệm khoảng 720 tỷ đồng. Tỉnh phấn đấu đến hết năm 2024 tỷ lệ lựa chọn nhà thầu qua mạng đạt tối thiểu 85% số gói thầu theo Luật Đấu thầu số 22/2023/QH15 và Nghị định số 24/2024/NĐ-CP.

Mọi phản ánh về công tác đấu thầu xin gửi về Sở Kế hoạch và Đầu tư, số 35 Lê Lợi, TP Quy Nhơn; điện thoại: 0256.3822.628.
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("đấu thầu 6 tháng đầu năm 2024 đạt 7,8%", "7,8", 7.8, "percent", "%",
        "tỷ lệ tiết kiệm qua đấu thầu", H1),
    fig("cho 1.862 gói thầu", "1.862", 1862, "count", "gói thầu",
        "gói thầu tổ chức lựa chọn nhà thầu", H1,
        change=chg("increase", 12.4, baseline="cùng kỳ năm 2023")),
    fig("là 4.526,3 tỷ đồng", "4.526,3", 4526.3e9, "money", "đồng", "tổng giá gói thầu", inh(H1)),
    fig("trúng thầu 4.173,2 tỷ đồng", "4.173,2", 4173.2e9, "money", "đồng", "tổng giá trúng thầu", inh(H1)),
    fig("tiết kiệm 353,1 tỷ đồng", "353,1", 353.1e9, "money", "đồng", "giá trị tiết kiệm", inh(H1),
        percent=7.8, change=chg("increase", 41.6e9, unit="đồng", baseline="cùng kỳ")),
    fig("hàng hóa có 745 gói thầu", "745", 745, "count", "gói thầu",
        "gói thầu lĩnh vực hàng hóa", inh(H1), total=1862),
    fig("xây lắp 612 gói", "612", 612, "count", "gói", "gói thầu lĩnh vực xây lắp", inh(H1), total=1862),
    fig("tư vấn 438 gói", "438", 438, "count", "gói", "gói thầu lĩnh vực tư vấn", inh(H1), total=1862),
    fig("phi tư vấn 67 gói", "67", 67, "count", "gói", "gói thầu lĩnh vực phi tư vấn", inh(H1), total=1862),
    fig("là 1.104 gói", "1.104", 1104, "count", "gói",
        "số gói thầu hoàn thành lựa chọn nhà thầu",
        per("quý II/2024", "2024-04-01", "2024-06-30")),
    fig("là 1.527 gói", "1.527", 1527, "count", "gói",
        "số gói thầu lựa chọn nhà thầu qua Hệ thống mạng đấu thầu quốc gia", inh(H1), percent=82),
    fig("giá trị 3.946,8 tỷ đồng", "3.946,8", 3946.8e9, "money", "đồng",
        "tổng giá trị gói thầu lựa chọn nhà thầu qua mạng", inh(H1)),
    fig("đạt 98,6% về số lượng", "98,6", 98.6, "percent", "%",
        "tỷ lệ đấu thầu qua mạng đối với các gói thầu áp dụng đấu thầu rộng rãi và chào hàng cạnh tranh", inh(H1)),
    fig("là 296 gói", "296", 296, "count", "gói", "số gói thầu áp dụng hình thức chỉ định thầu", inh(H1)),
    fig("giá trị 187,5 tỷ đồng", "187,5", 187.5e9, "money", "đồng",
        "tổng giá trị gói thầu chỉ định thầu", inh(H1),
        change=chg("decrease", 9.3, baseline="cùng kỳ")),
    fig("đạt 2,7 nhà thầu/gói thầu", "2,7", 2.7, "measure", "nhà thầu/gói thầu",
        "số nhà thầu tham dự bình quân", inh(H1)),
    fig("là 2,3 nhà thầu/gói thầu", "2,3", 2.3, "measure", "nhà thầu/gói thầu",
        "số nhà thầu tham dự bình quân", per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("khoảng 3.900 gói thầu", "3.900", 3900, "count", "gói thầu",
        "gói thầu tổ chức lựa chọn nhà thầu", Y24, approx="about", status="estimate"),
    fig("khoảng 720 tỷ đồng", "720", 720e9, "money", "đồng", "tổng giá trị tiết kiệm", Y24,
        approx="about", status="estimate"),
    fig("tối thiểu 85% số gói thầu", "85", 85, "percent", "%",
        "tỷ lệ lựa chọn nhà thầu qua mạng", per("đến hết năm 2024", None, "2024-12-31"),
        approx="at_least", status="target"),
]

COMMENTS = [
    "Bình Định province portal: kết quả lựa chọn nhà thầu 6 tháng đầu năm 2024 (breadcrumb, Cập nhật, Lượt xem).",
    "Distractors: Lượt xem 3.214, Luật số 22/2023/QH15, Nghị định số 24/2024/NĐ-CP, số 35 Lê Lợi, phone 0256.3822.628.",
    "'Trong đó' after the money sentence: the field counts are parts of 1.862 gói thầu (the figure counting the same thing).",
    "'tương đương 7,8%' after 353,1 tỷ is its percent; the change 'tăng 41,6 tỷ đồng so với cùng kỳ' also belongs to it.",
    "'giảm 9,3% so với cùng kỳ' follows 187,5 tỷ (nearest figure in its clause) and is its change.",
    "'Ước cả năm 2024' governs both figures of its sentence (estimate); 'phấn đấu … tối thiểu 85%' is a target.",
]

if __name__ == "__main__":
    write("p669-1", TEXT, COMMENTS, FIGS, published="2024-07-18", location="Bình Định")
