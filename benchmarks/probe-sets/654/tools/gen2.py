"""p654-2: huyện Mê Linh (Hà Nội) district portal — hoa Tết Giáp Thìn."""
from lib import emit, fig, per, year, chg

TEXT = """Cổng thông tin điện tử huyện Mê Linh - Thành phố Hà Nội
Trang chủ / Tin tức / Kinh tế
Thứ Năm, 18/01/2024 - 15:20

Mê Linh: 1.050 ha hoa sẵn sàng phục vụ thị trường Tết

Vụ hoa Tết Giáp Thìn năm nay, toàn huyện gieo trồng 1.050 ha hoa các loại, giảm 3,2% so với cùng kỳ do một số diện tích chuyển sang trồng rau. Trong đó, hoa hồng 520 ha, hoa cúc 310 ha, hoa ly 85 ha, còn lại là hoa đồng tiền, lay ơn.

Các xã có diện tích hoa lớn là Mê Linh (285 ha), Tráng Việt (190 ha), Văn Khê (165 ha), Hoàng Kim (96 ha) và Chu Phan (72 ha). Toàn huyện hiện có khoảng 3.200 hộ trồng hoa, trong đó 46 hộ đầu tư nhà lưới, nhà kính với tổng diện tích gần 12 ha.

Hiện nay, giá hoa hồng tại ruộng từ 3.000 đến 5.000 đồng/bông; hoa ly từ 25.000 đến 35.000 đồng/cành, cúc đại đóa khoảng 6.000 đồng/bông. Với giá bán như trên, mỗi sào hoa ly cho lãi 40-50 triệu đồng. Ước tính doanh thu từ hoa dịp Tết năm nay đạt khoảng 420 tỷ đồng, tăng 12% so với Tết Quý Mão 2023.

Đợt rét đậm trong tháng 12/2023 khiến khoảng 35 ha hoa cúc ở các xã Tráng Việt, Văn Khê chậm nở, thiệt hại ước 5,6 tỷ đồng. Phòng Kinh tế huyện đã hướng dẫn bà con che phủ nilon, thắp đèn sưởi cho hoa.

Dịp Tết, huyện bố trí 3 điểm chợ hoa tập trung tại thị trấn Quang Minh, xã Mê Linh và xã Tiền Phong với 240 gian hàng. Hợp tác xã Hoa Mê Linh đã ký hợp đồng cung ứng 1,2 triệu bông hồng cho các siêu thị nội thành.

Năm 2024, huyện phấn đấu giá trị sản xuất trên 1 ha đất trồng hoa đạt 550 triệu đồng, tăng 50 triệu đồng so với năm 2023.

Thanh Hương - Phòng Văn hóa và Thông tin huyện
Địa chỉ: xã Đại Thịnh, huyện Mê Linh. Điện thoại: 024.3525.1234
"""

D12 = per("tháng 12/2023", "2023-12-01", "2023-12-31")
FIGS = [
    fig("Mê Linh: 1.050 ha", "1.050", 1050, "measure", "ha", "diện tích hoa sẵn sàng phục vụ thị trường Tết"),
    fig("gieo trồng 1.050 ha", "1.050", 1050, "measure", "ha", "diện tích hoa các loại gieo trồng",
        change=chg("decrease", 3.2, baseline="cùng kỳ")),
    fig("hoa hồng 520 ha", "520", 520, "measure", "ha", "diện tích hoa hồng", total=1050),
    fig("hoa cúc 310 ha", "310", 310, "measure", "ha", "diện tích hoa cúc", total=1050),
    fig("hoa ly 85 ha", "85", 85, "measure", "ha", "diện tích hoa ly", total=1050),
    fig("Mê Linh (285 ha)", "285", 285, "measure", "ha", "diện tích hoa của các xã"),
    fig("Tráng Việt (190 ha)", "190", 190, "measure", "ha", "diện tích hoa của các xã"),
    fig("Văn Khê (165 ha)", "165", 165, "measure", "ha", "diện tích hoa của các xã"),
    fig("Hoàng Kim (96 ha)", "96", 96, "measure", "ha", "diện tích hoa của các xã"),
    fig("Chu Phan (72 ha)", "72", 72, "measure", "ha", "diện tích hoa của các xã"),
    fig("khoảng 3.200 hộ", "3.200", 3200, "count", "hộ", "hộ trồng hoa", approx="about"),
    fig("trong đó 46 hộ", "46", 46, "count", "hộ", "hộ đầu tư nhà lưới, nhà kính", total=3200),
    fig("gần 12 ha", "12", 12, "measure", "ha", "tổng diện tích nhà lưới, nhà kính", approx="nearly"),
    fig("từ 3.000 đến 5.000", "3.000", 3000, "money", "đồng/bông", "giá hoa hồng tại ruộng", value_max=5000),
    fig("từ 25.000 đến 35.000", "25.000", 25000, "money", "đồng/cành", "giá hoa ly", value_max=35000),
    fig("khoảng 6.000 đồng", "6.000", 6000, "money", "đồng/bông", "giá cúc đại đóa", approx="about"),
    fig("lãi 40-50", "40", 40000000, "money", "đồng/sào", "lãi mỗi sào hoa ly", value_max=50000000),
    fig("khoảng 420 tỷ", "420", 420000000000, "money", "đồng", "doanh thu từ hoa dịp Tết", approx="about",
        status="estimate", change=chg("increase", 12, baseline="Tết Quý Mão 2023")),
    fig("khoảng 35 ha", "35", 35, "measure", "ha", "diện tích hoa cúc chậm nở do rét đậm", approx="about", period=D12),
    fig("ước 5,6 tỷ", "5,6", 5600000000, "money", "đồng", "thiệt hại do rét đậm", status="estimate", period=D12),
    fig("bố trí 3 điểm", "3", 3, "count", "điểm", "điểm chợ hoa tập trung"),
    fig("với 240 gian", "240", 240, "count", "gian hàng", "gian hàng chợ hoa"),
    fig("cung ứng 1,2 triệu", "1,2", 1200000, "count", "bông", "bông hồng Hợp tác xã Hoa Mê Linh ký hợp đồng cung ứng"),
    fig("đạt 550 triệu", "550", 550000000, "money", "đồng/ha", "giá trị sản xuất trên 1 ha đất trồng hoa",
        period=year(2024, "Năm 2024"), status="target", change=chg("increase", 50000000, "đồng", baseline="năm 2023")),
]

COMMENTS = [
    "Cổng TTĐT huyện Mê Linh (Hà Nội): 1.050 ha hoa phục vụ Tết — area by kind and by commune, households, prices, profit per sào,",
    "revenue estimate, cold-spell loss (tháng 12/2023), market points and stalls, 2024 target. Dateline 'Thứ Năm, 18/01/2024 - 15:20'.",
    "Commune list items (xã Mê Linh, Tráng Việt, …) are inside the district: location stays the district 'Mê Linh' (spec names no commune level).",
    "Not figures: 'Tết Giáp Thìn', 'Tết Quý Mão 2023' (baseline), '1 ha' (rate denominator), phone 024.3525.1234.",
    "'mỗi sào … 40-50 triệu đồng' is a rate: unit 'đồng/sào'. The 50 triệu đồng rise on the 550 triệu target is its change (unit đồng).",
]

if __name__ == "__main__":
    emit("p654-2", TEXT, COMMENTS, FIGS, published="2024-01-18", location="Mê Linh")
