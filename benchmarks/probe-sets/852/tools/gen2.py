"""p852-2: quận Hoàn Kiếm district portal, ô mai Hàng Đường before Tết Quý Mão (2023-01-12)."""
from lib import F, P, I, C, T, write_set

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN HOÀN KIẾM
Trang chủ > Tin tức > Kinh tế - Đô thị
Phố Hàng Đường tất bật mùa ô mai Tết
Thứ Năm, 12/01/2023 - 10:30

Những ngày cận Tết Quý Mão, các cửa hàng ô mai trên phố Hàng Đường, phường Hàng Đào luôn đông khách. Theo UBND phường Hàng Đào, trên địa bàn hiện có 27 cửa hàng kinh doanh ô mai, mứt, trong đó 9 cửa hàng tự sản xuất với thương hiệu riêng.

Trong tháng 12/2022, các cửa hàng bán ra khoảng 46 tấn ô mai, mứt các loại, tăng gần 15% so với cùng kỳ năm 2021. Dự kiến từ nay đến Tết, lượng hàng tiêu thụ đạt 60-65 tấn.

Giá ô mai nhìn chung ổn định so với Tết năm trước: ô mai sấu, mơ gừng có giá 250.000-320.000 đồng/kg; ô mai mận, chanh đào 280.000 đồng/kg; loại cao cấp như mơ xào, sấu bao tử lên tới 450.000 đồng/kg. Các hộp quà Tết có giá từ 150.000 đến 600.000 đồng/hộp.

Bà Nguyễn Thị Hà, chủ cửa hàng ô mai tại số 38 Hàng Đường, cho biết mỗi ngày cơ sở làm khoảng 300 kg ô mai, cao điểm phải thuê thêm 12 lao động với tiền công 350.000 đồng/người/ngày. Công thức ô mai của gia đình bà đã truyền qua 4 thế hệ.

Năm 2022, quận đã kiểm tra 64 cơ sở kinh doanh bánh, mứt, kẹo, phát hiện 7 cơ sở vi phạm, xử phạt 42,5 triệu đồng. Thực hiện Kế hoạch số 15/KH-UBND, từ ngày 1/1 đến 15/2/2023 quận tiếp tục ra quân kiểm tra, phấn đấu 100% cơ sở sản xuất ô mai, mứt được kiểm tra ít nhất 1 lần.

Người tiêu dùng cần phản ánh có thể liên hệ đường dây nóng 024.3825.3536.

Thu Hằng (Phường Hàng Đào)
"""

FIGS = [
    F("hiện có 27 cửa hàng", "27", 27, "count", "cửa hàng", "cửa hàng kinh doanh ô mai, mứt"),
    F("trong đó 9 cửa hàng", "9", 9, "count", "cửa hàng", "cửa hàng tự sản xuất với thương hiệu riêng", total=27),
    F("khoảng 46 tấn", "46", 46, "measure", "tấn", "ô mai, mứt các loại bán ra",
      P("Trong tháng 12/2022", "2022-12-01", "2022-12-31"), approx="about",
      change=C("increase", 15, baseline="cùng kỳ năm 2021", approx="nearly")),
    F("đạt 60-65 tấn", "60", 60, "measure", "tấn", "lượng hàng tiêu thụ", value_max=65, status="forecast"),
    F("giá 250.000-320.000 đồng/kg", "250.000", 250000, "money", "đồng/kg", "giá ô mai sấu, mơ gừng",
      value_max=320000),
    F("chanh đào 280.000 đồng/kg", "280.000", 280000, "money", "đồng/kg", "giá ô mai mận, chanh đào"),
    F("lên tới 450.000 đồng/kg", "450.000", 450000, "money", "đồng/kg", "giá ô mai loại cao cấp"),
    F("từ 150.000 đến 600.000 đồng/hộp", "150.000", 150000, "money", "đồng/hộp", "giá hộp quà Tết",
      value_max=600000),
    F("khoảng 300 kg", "300", 300, "measure", "kg/ngày", "ô mai cơ sở làm mỗi ngày", approx="about"),
    F("thêm 12 lao động", "12", 12, "count", "lao động", "lao động thuê thêm lúc cao điểm"),
    F("công 350.000 đồng/người/ngày", "350.000", 350000, "money", "đồng/người/ngày", "tiền công lao động"),
    F("qua 4 thế hệ", "4", 4, "count", "thế hệ", "thế hệ truyền công thức ô mai", optional=True),
    F("kiểm tra 64 cơ sở", "64", 64, "count", "cơ sở", "cơ sở kinh doanh bánh, mứt, kẹo được kiểm tra",
      P("Năm 2022", "2022-01-01", "2022-12-31")),
    F("phát hiện 7 cơ sở", "7", 7, "count", "cơ sở", "cơ sở vi phạm",
      P("Năm 2022", "2022-01-01", "2022-12-31")),
    F("xử phạt 42,5 triệu đồng", "42,5", 42.5e6, "money", "đồng", "tiền xử phạt",
      P("Năm 2022", "2022-01-01", "2022-12-31")),
    F("phấn đấu 100% cơ sở", "100", 100, "percent", "%", "cơ sở sản xuất ô mai, mứt được kiểm tra",
      P("từ ngày 1/1 đến 15/2/2023", "2023-01-01", "2023-02-15"), status="target"),
    F("ít nhất 1 lần", "1", 1, "count", "lần", "số lần kiểm tra mỗi cơ sở", approx="at_least",
      status="target", optional=True),
]

NOTES = [
    "Cổng TTĐT quận Hoàn Kiếm (invented): ô mai Hàng Đường before Tết Quý Mão. Dateline 'Thứ Năm, 12/01/2023 - 10:30'.",
    "Location is the district Hoàn Kiếm (phường Hàng Đào lies in it). Distractors: 'số 38 Hàng Đường', hotline 024.3825.3536,",
    "Kế hoạch số 15/KH-UBND, dates '1/1 đến 15/2/2023', time 10:30. 'từ nay đến Tết' is not a calendar period (forecast 60-65 tấn: no period).",
    "'lên tới 450.000' states the top price itself: exact. '4 thế hệ' (history) and 'ít nhất 1 lần' (a threshold of the target) are optional.",
    "'kiểm tra 64 cơ sở, phát hiện 7 cơ sở vi phạm' has no part-of cue: no total.",
]

if __name__ == "__main__":
    write_set(2, TEXT, FIGS, NOTES, published="2023-01-12", location="Hoàn Kiếm")
