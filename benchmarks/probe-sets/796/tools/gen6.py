"""p796-6: national newspaper — crisp-persimmon garden tourism in thị xã Mộc Châu (Sơn La), 11/2024."""
from lib import Fig, write, year, asof, period, inherit, change

TEXT = """
Thời sự | Kinh tế | Du lịch
Thứ bảy, 16/11/2024, 08:15 (GMT+7)
Nông dân Mộc Châu thu tiền tỷ nhờ mở vườn hồng đón khách

Sơn La - Hơn 30 vườn hồng giòn ở thị xã Mộc Châu mở cửa đón khách, những ngày cuối tuần mỗi vườn đón 200-400 lượt người.

Vườn hồng của anh Lò Văn Sáu ở tiểu khu 32, phường Mộc Lỵ rộng 1,2 ha với khoảng 350 gốc hồng giòn, hầu hết đã 15-20 năm tuổi. Từ giữa tháng 10, anh thu vé vào cửa 30.000 đồng/người; khách muốn hái hồng mang về trả thêm 40.000 đồng/kg. "Ngày cao điểm vườn đón hơn 500 khách, riêng tiền vé được 15 triệu đồng", anh Sáu nói. Mùa này anh thuê 4 lao động thời vụ, trả 6 triệu đồng/người/tháng.

Theo UBND thị xã Mộc Châu, toàn thị xã có 468 ha hồng, chiếm 44,6% diện tích hồng của tỉnh Sơn La, chủ yếu là giống hồng giòn Nhật Bản và hồng ngâm. Sản lượng năm 2024 ước đạt 4.200 tấn. Giá hồng giòn loại đẹp tại vườn 35.000-45.000 đồng/kg, cao hơn năm ngoái khoảng 10%.

Từ đầu tháng 10 đến nay, các vườn hồng trên địa bàn đã đón khoảng 42.000 lượt khách, tăng gần 30% so với mùa trước; doanh thu từ du lịch vườn hồng ước đạt 6,5 tỷ đồng. Bà Nguyễn Thị Hồng Nhung, Phó Chủ tịch UBND thị xã, cho biết năm 2025 thị xã dự kiến tổ chức Lễ hội hồng Mộc Châu lần thứ 2 và phấn đấu có 50 vườn hồng đạt tiêu chuẩn đón khách.

Nguyễn Hải
"""

P_OCT = period("Từ đầu tháng 10 đến nay", "2024-10-01", "2024-11-16")
P24 = year("năm 2024", 2024)
P25 = year("năm 2025", 2025)

FIGS = [
    Fig("Hơn 30 vườn", "30", 30, "count", "vườn", "vườn hồng giòn mở cửa đón khách", approx="over"),
    Fig("200-400 lượt người", "200", 200, "count", "lượt người", "lượt khách mỗi vườn đón những ngày cuối tuần",
        value_max=400),
    Fig("rộng 1,2 ha", "1,2", 1.2, "measure", "ha", "diện tích vườn hồng của anh Lò Văn Sáu"),
    Fig("khoảng 350 gốc", "350", 350, "count", "gốc", "gốc hồng giòn", approx="about"),
    Fig("15-20 năm tuổi", "15", 15, "measure", "năm", "tuổi cây hồng", value_max=20),
    Fig("30.000 đồng/người", "30.000", 30000, "money", "đồng/người", "giá vé vào cửa vườn hồng"),
    Fig("40.000 đồng/kg", "40.000", 40000, "money", "đồng/kg", "giá hồng khách hái mang về"),
    Fig("hơn 500 khách", "500", 500, "count", "khách", "khách vườn đón ngày cao điểm", approx="over"),
    Fig("15 triệu đồng", "15", 15e6, "money", "đồng", "tiền vé ngày cao điểm"),
    Fig("4 lao động", "4", 4, "count", "lao động", "lao động thời vụ anh thuê"),
    Fig("6 triệu đồng/người/tháng", "6", 6e6, "money", "đồng/người/tháng", "tiền công lao động thời vụ"),
    Fig("có 468 ha", "468", 468, "measure", "ha", "diện tích hồng của thị xã Mộc Châu", percent=44.6),
    Fig("4.200 tấn", "4.200", 4200, "measure", "tấn", "sản lượng hồng", P24, status="estimate"),
    Fig("35.000-45.000 đồng/kg", "35.000", 35000, "money", "đồng/kg", "giá hồng giòn loại đẹp tại vườn",
        value_max=45000, change=change("increase", 10, "%", "năm ngoái", approx="about")),
    Fig("khoảng 42.000 lượt khách", "42.000", 42000, "count", "lượt khách", "lượt khách các vườn hồng đón",
        P_OCT, approx="about", change=change("increase", 30, "%", "mùa trước", approx="nearly")),
    Fig("6,5 tỷ đồng", "6,5", 6.5e9, "money", "đồng", "doanh thu từ du lịch vườn hồng", P_OCT, status="estimate"),
    Fig("có 50 vườn", "50", 50, "count", "vườn", "vườn hồng đạt tiêu chuẩn đón khách", P25, status="target"),
]

NOTES = [
    "National newspaper (dateline 'Thứ bảy, 16/11/2024, 08:15 (GMT+7)', place tag 'Sơn La -'): garden tourism in thị xã Mộc Châu.",
    "Location: Mộc Châu (the district-level town) for every figure; 'Sơn La -' is the place tag and 'diện tích hồng của tỉnh Sơn La'",
    "is only the whole of the 44,6% share. '15-20 năm tuổi' is the trees' age (measure, năm). 'cao hơn năm ngoái khoảng 10%' is the change",
    "of the price range. 'Từ đầu tháng 10 đến nay' = 2024-10-01..dateline. 'phấn đấu có 50 vườn' target in 'năm 2025'.",
    "Not figures: 'tiểu khu 32' (address), 'Lò Văn Sáu', 'Từ giữa tháng 10', 'lần thứ 2', 'tiền tỷ' (no number), dateline.",
]

if __name__ == "__main__":
    write(6, TEXT, FIGS, NOTES, published="2024-11-16", location="Mộc Châu")
