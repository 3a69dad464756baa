"""p1155-6: national newspaper: automatic stations lose signal after a typhoon; rainfall and gust records."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự

Hàng trăm trạm đo mưa tự động mất tín hiệu sau bão

Thứ Tư, 11/9/2024, 06:30 (GMT+7)

Khoảng 180 trạm khí tượng, đo mưa tự động trên cả nước bị mất tín hiệu khi bão đổ bộ, khiến việc theo dõi mưa lũ gặp khó khăn.

Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, tính đến sáng 10/9, cả nước có 183 trạm quan trắc tự động gián đoạn truyền số liệu, chiếm khoảng 6% số trạm đang vận hành. Trong đó, Quảng Ninh có 47 trạm, Hải Phòng 31 trạm, Yên Bái 26 trạm; nguyên nhân chủ yếu là mất điện lưới và trạm thu phát sóng di động bị đổ.

Tại trạm khí tượng Bãi Cháy (TP Hạ Long), thiết bị ghi được gió giật mạnh nhất 45,8 m/s (cấp 14) trước khi cột đo bị gãy. Ông Trần Quang Minh, Phó giám đốc Trung tâm, cho biết đây là giá trị lớn nhất từng quan trắc được tại trạm sau hơn 60 năm hoạt động.

Mưa cũng rất lớn: từ ngày 7 đến 9/9, trạm đo mưa Nậm Lúc (huyện Bắc Hà, Lào Cai) đo được 486 mm, trạm Khánh Hòa (huyện Lục Yên, Yên Bái) 432 mm.

Để khắc phục, Tổng cục Khí tượng Thủy văn đã điều 35 tổ kỹ thuật với hơn 120 người đến các trạm hư hỏng; dự kiến đến ngày 15/9 khôi phục ít nhất 90% số trạm. Chi phí sửa chữa, thay thế thiết bị ước khoảng 14 tỷ đồng, trong đó riêng Quảng Ninh gần 4 tỷ đồng.

Hiện cả nước có khoảng 3.050 trạm quan trắc tự động thuộc mạng lưới quốc gia và chuyên dùng. Theo kế hoạch, năm 2025 sẽ có thêm 200 trạm được trang bị nguồn điện dự phòng bằng pin lưu trữ.

Gia Chính
"""

ASOF = per("tính đến sáng 10/9", None, "2024-09-10")
RAIN = per("từ ngày 7 đến 9/9", "2024-09-07", "2024-09-09")
D15 = per("đến ngày 15/9", None, "2024-09-15")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
OUT = "trạm quan trắc tự động gián đoạn truyền số liệu"

FIGS = [
    fig("Hàng trăm trạm", "Hàng trăm", 100, "count", "trạm", approx="about",
        subject="trạm đo mưa tự động mất tín hiệu", optional=True),
    fig("Khoảng 180 trạm", "180", 180, "count", "trạm", approx="about",
        subject="trạm khí tượng, đo mưa tự động bị mất tín hiệu"),
    fig("có 183 trạm", "183", 183, "count", "trạm", percent=6, subject=OUT, period=ASOF),
    fig("Quảng Ninh có 47 trạm", "47", 47, "count", "trạm", total=183, subject=OUT, period=inh(ASOF),
        location="Quảng Ninh"),
    fig("Hải Phòng 31 trạm", "31", 31, "count", "trạm", total=183, subject=OUT, period=inh(ASOF),
        location="Hải Phòng"),
    fig("Yên Bái 26 trạm", "26", 26, "count", "trạm", total=183, subject=OUT, period=inh(ASOF),
        location="Yên Bái"),
    fig("nhất 45,8 m/s", "45,8", 45.8, "measure", "m/s", subject="gió giật mạnh nhất tại trạm khí tượng Bãi Cháy",
        location="Hạ Long"),
    fig("(cấp 14)", "14", 14, "measure", "cấp", subject="cấp gió giật", location="Hạ Long", optional=True),
    fig("hơn 60 năm", "60", 60, "measure", "năm", approx="over", subject="thời gian hoạt động của trạm",
        location="Hạ Long", optional=True),
    fig("được 486 mm", "486", 486, "measure", "mm", subject="lượng mưa trạm đo mưa Nậm Lúc", period=RAIN,
        location="Bắc Hà"),
    fig("Hòa (huyện Lục Yên, Yên Bái) 432 mm", "432", 432, "measure", "mm", subject="lượng mưa trạm Khánh Hòa",
        period=RAIN, location="Lục Yên"),
    fig("điều 35 tổ", "35", 35, "count", "tổ kỹ thuật", subject="tổ kỹ thuật điều đến các trạm hư hỏng"),
    fig("hơn 120 người", "120", 120, "count", "người", approx="over", subject="người điều đến các trạm hư hỏng"),
    fig("ít nhất 90%", "90", 90, "percent", "%", approx="at_least", status="forecast",
        subject="số trạm được khôi phục", period=D15),
    fig("khoảng 14 tỷ", "14", 14e9, "money", "đồng", approx="about", status="estimate",
        subject="chi phí sửa chữa, thay thế thiết bị"),
    fig("gần 4 tỷ", "4", 4e9, "money", "đồng", approx="nearly", total=14e9, status="estimate",
        subject="chi phí sửa chữa, thay thế thiết bị", location="Quảng Ninh"),
    fig("khoảng 3.050 trạm", "3.050", 3050, "count", "trạm", approx="about",
        subject="trạm quan trắc tự động thuộc mạng lưới quốc gia và chuyên dùng"),
    fig("thêm 200 trạm", "200", 200, "count", "trạm", status="target",
        subject="trạm được trang bị nguồn điện dự phòng bằng pin lưu trữ", period=Y25),
]

NOTES = [
    "National newspaper: 'Thứ Tư, 11/9/2024, 06:30 (GMT+7)', byline at the end. Default location Việt Nam; provinces and districts named per figure.",
    "Distractors: 06:30, (GMT+7), 'sáng 10/9', 'ngày 15/9', station names 'Bãi Cháy', 'Nậm Lúc', 'Khánh Hòa' (a commune in Lục Yên, not the province).",
    "'Trong đó, Quảng Ninh có 47 trạm, …' parts of the national 183 (totals, places as locations). 'chiếm khoảng 6%' is the percent of 183.",
    "Optional: headline 'Hàng trăm trạm' (approx number word), wind force 'cấp 14' (a scale level restating 45,8 m/s), station age 'hơn 60 năm'.",
    "'dự kiến đến ngày 15/9 … ít nhất 90%' forecast; 'ước khoảng 14 tỷ', 'trong đó riêng Quảng Ninh gần 4 tỷ' estimate; 'Theo kế hoạch, năm 2025 sẽ có thêm 200' target.",
]

if __name__ == "__main__":
    write("p1155-6", TEXT, NOTES, FIGS, published="2024-09-11", location="Việt Nam")
