"""p940-5: Party/provincial newspaper (Báo Bắc Kạn), a chestnut cooperative in Chợ Đồn; byline + bare date at the end."""
from lib import F, write, year, inh, period, change

TEXT = """
Kinh tế
Hợp tác xã đưa hạt dẻ Chợ Đồn vươn xa

Thành lập năm 2019 với 7 thành viên, đến nay Hợp tác xã Nông lâm nghiệp Bằng Lãng (xã Bằng Lãng, huyện Chợ Đồn) đã có 24 thành viên, liên kết với 135 hộ trồng dẻ trên diện tích 210 ha. Trụ sở HTX nằm ngay cạnh đường ĐT 254, thuận tiện cho xe thu mua ra vào.

Giám đốc HTX, anh Hoàng Văn Ba cho biết, vụ dẻ năm nay HTX thu mua được khoảng 68 tấn hạt tươi, tăng 15 tấn so với năm 2022. Với giá thu mua bình quân 45.000 đồng/kg, HTX đã chi trả cho người dân trên 3 tỷ đồng. Sau khi sơ chế, phân loại, hạt dẻ được đóng gói bán ra thị trường với giá từ 90.000 đến 120.000 đồng/kg. Doanh thu năm 2023 của HTX ước đạt 4,8 tỷ đồng, lợi nhuận khoảng 650 triệu đồng.

Sản phẩm "Hạt dẻ rang Bằng Lãng" của HTX được công nhận đạt chuẩn OCOP 3 sao năm 2021 và nâng hạng lên 4 sao vào năm 2023. HTX tạo việc làm thường xuyên cho 12 lao động với thu nhập bình quân 5,5 triệu đồng/người/tháng; vào mùa vụ, HTX thuê thêm 30 lao động thời vụ.

Toàn huyện Chợ Đồn hiện có 640 ha dẻ, chiếm gần 39% diện tích dẻ của tỉnh Bắc Kạn. Năm 2023, sản lượng hạt dẻ toàn huyện ước đạt 380 tấn. Huyện đặt mục tiêu đến năm 2025 có 800 ha dẻ và 2 sản phẩm dẻ đạt OCOP 4 sao; đồng thời xây dựng 1 vùng trồng được cấp mã số.

Theo anh Ba, khó khăn lớn nhất hiện nay là nhiều vườn dẻ đã già cỗi, năng suất thấp; HTX đang phối hợp với Trung tâm Dịch vụ nông nghiệp huyện ghép cải tạo 20 ha dẻ bằng giống dẻ Trùng Khánh.

THU HẰNG
24/10/2023
"""

NAY = year("năm nay", 2023)
Y23 = year("năm 2023", 2023)
T25 = period("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("với 7 thành viên", "7", 7, "count", "thành viên", "thành viên hợp tác xã khi thành lập",
      year("năm 2019", 2019)),
    F("có 24 thành viên", "24", 24, "count", "thành viên", "thành viên hợp tác xã",
      period("đến nay", None, "2023-10-24")),
    F("với 135 hộ", "135", 135, "count", "hộ", "hộ trồng dẻ liên kết với hợp tác xã",
      period("đến nay", None, "2023-10-24")),
    F("diện tích 210 ha", "210", 210, "measure", "ha", "diện tích dẻ liên kết",
      period("đến nay", None, "2023-10-24")),
    F("khoảng 68 tấn", "68", 68, "measure", "tấn", "hạt dẻ tươi hợp tác xã thu mua", NAY, approx="about",
      change=change("increase", 15, "tấn", "năm 2022")),
    F("bình quân 45.000 đồng/kg", "45.000", 45000, "money", "đồng/kg", "giá thu mua hạt dẻ bình quân", inh(NAY)),
    F("trên 3 tỷ đồng", "3", 3_000_000_000, "money", "đồng", "tiền hợp tác xã chi trả cho người dân", inh(NAY),
      approx="over"),
    F("từ 90.000 đến 120.000 đồng/kg", "90.000", 90000, "money", "đồng/kg", "giá bán hạt dẻ đóng gói",
      value_max=120000),
    F("ước đạt 4,8 tỷ đồng", "4,8", 4_800_000_000, "money", "đồng", "doanh thu của hợp tác xã", Y23,
      status="estimate"),
    F("khoảng 650 triệu đồng", "650", 650_000_000, "money", "đồng", "lợi nhuận của hợp tác xã", Y23,
      status="estimate", approx="about"),
    F("OCOP 3 sao", "3", 3, "measure", "sao", None, optional=True),
    F("lên 4 sao", "4", 4, "measure", "sao", None, optional=True),
    F("cho 12 lao động", "12", 12, "count", "lao động", "lao động thường xuyên của hợp tác xã"),
    F("5,5 triệu đồng/người/tháng", "5,5", 5_500_000, "money", "đồng/người/tháng", "thu nhập bình quân lao động"),
    F("thêm 30 lao động", "30", 30, "count", "lao động", "lao động thời vụ"),
    F("có 640 ha", "640", 640, "measure", "ha", "diện tích dẻ", percent=39),
    F("ước đạt 380 tấn", "380", 380, "measure", "tấn", "sản lượng hạt dẻ", year("Năm 2023", 2023),
      status="estimate"),
    F("có 800 ha", "800", 800, "measure", "ha", "diện tích dẻ", T25, status="target"),
    F("và 2 sản phẩm", "2", 2, "count", "sản phẩm", "sản phẩm dẻ đạt OCOP 4 sao", T25, status="target"),
    F("đạt OCOP 4 sao;", "4", 4, "measure", "sao", None, optional=True),
    F("xây dựng 1 vùng trồng", "1", 1, "count", "vùng trồng", "vùng trồng được cấp mã số", T25, status="target"),
    F("cải tạo 20 ha", "20", 20, "measure", "ha", "diện tích dẻ ghép cải tạo"),
]

COMMENTS = [
    "Báo Bắc Kạn: HTX Nông lâm nghiệp Bằng Lãng (huyện Chợ Đồn) — members, purchases, prices, revenue, OCOP; district figures.",
    "Byline 'THU HẰNG' and bare date '24/10/2023' at the end give published. Location: Chợ Đồn (the HTX and the district figures).",
    "Not figures: 'Thành lập năm 2019', 'đường ĐT 254', 'Hoàng Văn Ba'/'anh Ba' (a name), 'năm 2021'/'năm 2023' OCOP years.",
    "'chiếm gần 39% diện tích dẻ của tỉnh Bắc Kạn' is the percent of 640 ha (its 'nearly' cannot be carried); location stays Chợ Đồn.",
    "'đồng thời xây dựng 1 vùng trồng' continues the 'đặt mục tiêu' clause: target. OCOP star levels optional.",
]

write(5, TEXT, FIGS, COMMENTS, published="2023-10-24", location="Chợ Đồn")
