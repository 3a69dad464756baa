"""p1241-2: district portal of huyện Mê Linh (Hà Nội), off-season lily, 6 months 2024."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MÊ LINH
Trang chủ | Tin tức - Sự kiện | Kinh tế

Hoa ly trái vụ cho lãi trên 550 triệu đồng mỗi năm

Ngày đăng: 05/08/2024 | Tác giả: Phòng Kinh tế

6 tháng đầu năm, diện tích hoa các loại trên địa bàn huyện đạt 395 ha, trong đó hoa ly 86 ha, chiếm 21,8%, tập trung tại các xã Mê Linh, Văn Khê, Hoàng Kim và Tráng Việt. Giá trị sản xuất hoa ly ước đạt 68,5 tỷ đồng, bằng 57% kế hoạch năm, tăng 9,4% so với cùng kỳ.

Tại thôn Bạch Đa, xã Kim Hoa, gia đình ông Nguyễn Văn Thắng đầu tư 1,2 ha nhà màng trồng ly trái vụ. Mỗi năm ông trồng hai lứa, mỗi lứa khoảng 90.000 củ giống nhập từ Hà Lan và Chile. Sau khi trừ chi phí, gia đình thu lãi trên 550 triệu đồng/năm, tạo việc làm cho 8 lao động địa phương với mức lương từ 6 đến 7 triệu đồng/người/tháng. "Giá củ giống năm nay tăng khoảng 15%, nhưng hoa ly trái vụ bán được giá, bình quân 28.000 đồng/cành", ông Thắng cho biết.

Từ đầu năm đến nay, Trung tâm Dịch vụ nông nghiệp huyện phối hợp với Hội Nông dân tổ chức 4 lớp tập huấn kỹ thuật trồng, chăm sóc hoa ly cho 260 lượt hội viên; hỗ trợ 30% kinh phí mua củ giống cho 15 hộ tham gia mô hình liên kết, tối đa 50 triệu đồng/hộ.

6 tháng cuối năm, huyện dự kiến xuống giống thêm 45 ha hoa ly phục vụ thị trường Tết, nâng tổng diện tích hoa ly cả năm lên 131 ha.

Tin liên quan:
- Mê Linh tổ chức Lễ hội hoa lần thứ 2
- Nông dân Tráng Việt chuyển từ trồng hoa hồng sang trồng hoa ly

Địa chỉ: Khu hành chính mới huyện Mê Linh, xã Đại Thịnh, TP Hà Nội
Điện thoại: 024.3818.2236 | Email: ubnd_melinh@hanoi.gov.vn
"""

H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
TD = per("Từ đầu năm đến nay", "2024-01-01", "2024-08-05")
H2 = per("6 tháng cuối năm", "2024-07-01", "2024-12-31")
CN = per("cả năm", "2024-01-01", "2024-12-31")
NN = per("năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    fig("lãi trên 550 triệu đồng mỗi năm", "550", 550000000, "money", "đồng/năm", approx="over",
        subject="lãi từ trồng hoa ly trái vụ"),
    fig("đạt 395 ha", "395", 395, "measure", "ha", subject="diện tích hoa các loại", period=H1),
    fig("hoa ly 86 ha", "86", 86, "measure", "ha", total=395, percent=21.8,
        subject="diện tích hoa ly", period=H1),
    fig("ước đạt 68,5 tỷ", "68,5", 68500000000, "money", "đồng", percent=57, status="estimate",
        change=chg("increase", 9.4, "%", "cùng kỳ"),
        subject="giá trị sản xuất hoa ly", period=inh(H1)),
    fig("đầu tư 1,2 ha", "1,2", 1.2, "measure", "ha",
        subject="diện tích nhà màng trồng ly trái vụ của gia đình ông Nguyễn Văn Thắng"),
    fig("trồng hai lứa", "hai", 2, "count", "lứa", subject="lứa ly trồng mỗi năm"),
    fig("khoảng 90.000 củ", "90.000", 90000, "measure", "củ/lứa", approx="about",
        subject="củ giống mỗi lứa"),
    fig("lãi trên 550 triệu đồng/năm", "550", 550000000, "money", "đồng/năm", approx="over",
        subject="lãi của gia đình ông Thắng"),
    fig("cho 8 lao động", "8", 8, "count", "lao động", subject="lao động địa phương có việc làm"),
    fig("từ 6 đến 7 triệu", "6", 6000000, "money", "đồng/người/tháng", value_max=7000000,
        subject="mức lương lao động"),
    fig("tăng khoảng 15%", "15", 15, "percent", "%", approx="about",
        subject="giá củ giống tăng", period=NN),
    fig("bình quân 28.000", "28.000", 28000, "money", "đồng/cành",
        subject="giá bán hoa ly trái vụ bình quân", period=NN),
    fig("tổ chức 4 lớp", "4", 4, "count", "lớp",
        subject="lớp tập huấn kỹ thuật trồng, chăm sóc hoa ly", period=TD),
    fig("260 lượt hội viên", "260", 260, "count", "lượt hội viên",
        subject="lượt hội viên được tập huấn", period=TD),
    fig("hỗ trợ 30%", "30", 30, "percent", "%",
        subject="tỷ lệ hỗ trợ kinh phí mua củ giống", period=TD),
    fig("cho 15 hộ", "15", 15, "count", "hộ",
        subject="hộ tham gia mô hình liên kết được hỗ trợ", period=TD),
    fig("tối đa 50 triệu", "50", 50000000, "money", "đồng/hộ", approx="at_most",
        subject="mức hỗ trợ kinh phí mua củ giống", period=TD),
    fig("thêm 45 ha", "45", 45, "measure", "ha", status="forecast",
        subject="diện tích hoa ly xuống giống thêm phục vụ thị trường Tết", period=H2),
    fig("lên 131 ha", "131", 131, "measure", "ha", status="forecast",
        subject="tổng diện tích hoa ly cả năm", period=CN),
]

NOTES = [
    "District portal of huyện Mê Linh (Hà Nội): 'Ngày đăng: 05/08/2024 | Tác giả: Phòng Kinh tế'; related links and address/phone footer.",
    "Distractors: 'Lễ hội hoa lần thứ 2' (ordinal), phone 024.3818.2236, address, date.",
    "'6 tháng đầu năm', '6 tháng cuối năm', 'cả năm', 'năm nay' take 2024 (published); 'Từ đầu năm đến nay' ends at the published date.",
    "'bằng 57% kế hoạch năm' is the share of 68,5 tỷ; 'tăng 9,4% so với cùng kỳ' its change. 'chiếm 21,8%' is the share of 86 ha of 395 ha.",
    "The farm passage (xã Kim Hoa) stays in Mê Linh. 'mỗi lứa khoảng 90.000 củ' is a per-crop rate (unit củ/lứa).",
    "'Giá củ giống năm nay tăng khoảng 15%' is a growth rate as the claim: percent figure without change. 28.000 đồng/cành stands in the same sentence as 'năm nay' and takes it.",
]

if __name__ == "__main__":
    write("p1241-2", TEXT, NOTES, FIGS, published="2024-08-05", location="Mê Linh")
