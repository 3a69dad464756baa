"""p721-2: huyện Tân Phước (Tiền Giang) district portal — giá mít giảm, HTX, bao tiêu, mã số vùng trồng."""
from lib import F, P, INH, CH, emit

TEXT = """ỦY BAN NHÂN DÂN HUYỆN TÂN PHƯỚC
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản chỉ đạo

Tân Phước: Giá mít Thái giảm sâu, nhà vườn chuyển hướng liên kết tiêu thụ

Thứ Năm, 12/09/2024 - 15:20

Những tuần gần đây, giá mít Thái tại các xã Phước Lập, Tân Hòa Thành, Hưng Thạnh giảm mạnh. Thương lái thu mua mít loại 1 chỉ từ 6.000 đến 7.500 đồng/kg, giảm khoảng 50% so với đầu tháng 8; mít loại 2 còn 3.000 - 4.000 đồng/kg. Nguyên nhân chủ yếu do nguồn cung tăng, trong khi thị trường Trung Quốc giảm thu mua.

Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, hiện toàn huyện có 7.850 ha mít, chiếm gần 30% diện tích cây ăn trái; trong đó có 1.520 ha đạt chứng nhận VietGAP. Năm 2023, sản lượng mít đạt 176.000 tấn; 8 tháng đầu năm 2024 ước đạt 121.300 tấn, bằng 68,9% kế hoạch năm.

Để giữ giá, huyện đã hỗ trợ thành lập 4 hợp tác xã và 11 tổ hợp tác trồng mít với 635 thành viên. HTX Nông nghiệp Mít Thái Tân Phước 1 (ấp 3, xã Phước Lập) đã ký hợp đồng bao tiêu với 2 doanh nghiệp chế biến, mỗi tháng cung ứng 300 tấn mít cho nhà máy sấy tại Khu công nghiệp Long Giang. Giá thu mua theo hợp đồng ổn định ở mức 9.500 đồng/kg, cao hơn giá thị trường từ 2.000 đến 3.500 đồng/kg.

Ông Nguyễn Văn Tâm, Trưởng phòng NN&PTNT huyện cho biết, năm 2024 huyện đặt mục tiêu cấp thêm 6 mã số vùng trồng mít với diện tích khoảng 450 ha, nâng tổng số mã số vùng trồng lên 25 mã. Dự kiến đến cuối năm, 2 cơ sở sấy mít mới tại xã Tân Lập 1 sẽ đi vào hoạt động, nâng công suất chế biến của huyện thêm 1.200 tấn trái tươi/năm.

Phòng NN&PTNT huyện Tân Phước - ĐT: 0273.3646.120
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
M8 = P("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
EOY = P("đến cuối năm", None, "2024-12-31")

FIGS = [
    F("từ 6.000 đến 7.500 đồng/kg", "6.000", 6000, "money", "đồng/kg", "giá thương lái thu mua mít loại 1",
      value_max=7500, change=CH("decrease", 50, approx="about", baseline="đầu tháng 8")),
    F("còn 3.000 - 4.000 đồng/kg", "3.000", 3000, "money", "đồng/kg", "giá mít loại 2", value_max=4000),
    F("có 7.850 ha mít", "7.850", 7850, "measure", "ha", "diện tích mít", percent=30),
    F("có 1.520 ha", "1.520", 1520, "measure", "ha", "diện tích mít đạt chứng nhận VietGAP", total=7850),
    F("đạt 176.000 tấn", "176.000", 176000, "measure", "tấn", "sản lượng mít", Y23),
    F("ước đạt 121.300 tấn", "121.300", 121300, "measure", "tấn", "sản lượng mít", M8,
      percent=68.9, status="estimate"),
    F("thành lập 4 hợp tác xã", "4", 4, "count", "hợp tác xã", "hợp tác xã trồng mít được hỗ trợ thành lập"),
    F("và 11 tổ hợp tác", "11", 11, "count", "tổ hợp tác", "tổ hợp tác trồng mít được hỗ trợ thành lập"),
    F("với 635 thành viên", "635", 635, "count", "thành viên", "thành viên hợp tác xã, tổ hợp tác trồng mít"),
    F("với 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", "doanh nghiệp chế biến ký hợp đồng bao tiêu"),
    F("cung ứng 300 tấn", "300", 300, "measure", "tấn/tháng", "mít cung ứng mỗi tháng cho nhà máy sấy"),
    F("mức 9.500 đồng/kg", "9.500", 9500, "money", "đồng/kg", "giá thu mua theo hợp đồng",
      change=CH("increase", 2000, unit="đồng/kg", baseline="giá thị trường")),
    F("cấp thêm 6 mã số", "6", 6, "count", "mã số vùng trồng", "mã số vùng trồng mít cấp thêm", Y24, status="target"),
    F("khoảng 450 ha", "450", 450, "measure", "ha", "diện tích vùng trồng mít cấp thêm mã số", Y24,
      approx="about", status="target"),
    F("lên 25 mã", "25", 25, "count", "mã", "tổng số mã số vùng trồng", Y24, status="target"),
    F("năm, 2 cơ sở", "2", 2, "count", "cơ sở", "cơ sở sấy mít mới đi vào hoạt động", EOY, status="forecast"),
    F("thêm 1.200 tấn", "1.200", 1200, "measure", "tấn/năm", "công suất chế biến của huyện tăng thêm", EOY,
      status="forecast"),
]

COMMENTS = [
    "Cổng TTĐT huyện Tân Phước (Tiền Giang): giá mít Thái giảm, diện tích/sản lượng, HTX và bao tiêu, mục tiêu mã số vùng trồng 2024.",
    "Distractors: dateline 'Thứ Năm, 12/09/2024 - 15:20', 'HTX Nông nghiệp Mít Thái Tân Phước 1', 'ấp 3', 'xã Tân Lập 1', 'đầu tháng 8' (a baseline), phone.",
    "Location: the district portal's figures are the district's (communes named are below district level): Tân Phước.",
    "'giảm khoảng 50% so với đầu tháng 8' is the change of the loại-1 price range; 'cao hơn giá thị trường từ 2.000 đến 3.500 đồng/kg' is the change",
    "of 9.500 đồng/kg (value 2.000, the lower end; the 3.500 is part of that change, not a figure). 'chiếm gần 30%' is the share of 7.850 ha.",
    "'trong đó có 1.520 ha' follows 7.850 ha (through its share): total 7.850. 'bằng 68,9% kế hoạch năm' is the share of 121.300 tấn.",
    "'năm 2024 huyện đặt mục tiêu' → target for the clause and its continuation; 'Dự kiến đến cuối năm' → forecast, as-of end 2024-12-31.",
    "revised after the first run: unit 'tấn trái tươi/năm' → 'tấn/năm' (shortest noun phrase); 'mỗi tháng … 300 tấn' unit → 'tấn/tháng' (rate; no score effect).",
]

if __name__ == "__main__":
    emit("p721-2", TEXT, COMMENTS, FIGS, published="2024-09-12", location="Tân Phước")
