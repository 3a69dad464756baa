"""p1224-6: national newspaper: Thị Vải LNG terminal (thị xã Phú Mỹ, Bà Rịa - Vũng Tàu) in 2024; national LNG demand 2030."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh > Năng lượng

Thứ Tư, 15/01/2025, 06:30 (GMT+7)

Kho LNG Thị Vải nhập gần 1 triệu tấn khí hóa lỏng năm 2024

Lượng LNG nhập về kho Thị Vải năm ngoái gấp hơn hai lần năm trước, nhờ nhu cầu của các nhà máy điện khí tăng mạnh.

Năm 2024, kho cảng LNG Thị Vải ở thị xã Phú Mỹ, tỉnh Bà Rịa - Vũng Tàu tiếp nhận 14 chuyến tàu với tổng khối lượng khoảng 940.000 tấn LNG, gấp 2,4 lần năm 2023; trong đó khoảng 610.000 tấn cấp cho Nhà máy điện Phú Mỹ 3, chiếm 65%. Kho có sức chứa 180.000 m³, công suất thiết kế 1 triệu tấn/năm; trong năm, kho vận hành ở mức 94% công suất.

Ông Trần Quốc Việt, Giám đốc Công ty Kho cảng LNG Thị Vải, cho biết doanh thu năm 2024 của đơn vị đạt 12.460 tỷ đồng, tăng 118% so với năm trước; lợi nhuận trước thuế 315 tỷ đồng. Công ty hiện có 186 cán bộ, kỹ sư, trong đó 42 người có chứng chỉ vận hành quốc tế. Phí tồn trữ và tái hóa khí tại kho hiện khoảng 0,9 USD/MMBtu.

PV GAS dự kiến nâng công suất kho lên 3 triệu tấn/năm vào quý II/2026, tổng vốn đầu tư khoảng 6.500 tỷ đồng. Cũng tại thị xã Phú Mỹ, dự án kho LNG Cái Mép giai đoạn 1 có công suất 3 triệu tấn/năm đang hoàn tất thủ tục đầu tư.

Theo dự báo của Bộ Công Thương, nhu cầu LNG cho phát điện của cả nước năm 2030 vào khoảng 14-18 triệu tấn, gấp khoảng 15 lần năm 2024. Tuy vậy, đến nay mới có một nhà máy điện sử dụng LNG thương mại là Phú Mỹ 3, với công suất 720 MW.

Phương Đông
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
INY = P("trong năm", "2024-01-01", "2024-12-31")
LAST = P("năm ngoái", "2024-01-01", "2024-12-31")
Y24r = P("năm 2024", "2024-01-01", "2024-12-31")
Q2 = P("vào quý II/2026", "2026-04-01", "2026-06-30")
Y30 = P("năm 2030", "2030-01-01", "2030-12-31")
NOW = P("đến nay", None, "2025-01-15")
VN = "Việt Nam"
BR = "Bà Rịa - Vũng Tàu"

FIGS = [
    F("gần 1 triệu tấn", "1", 1000000, "measure", "tấn", approx="nearly",
      subject="khí hóa lỏng kho LNG Thị Vải nhập", period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("gấp hơn hai lần", "hai", 2, "multiple", "lần", approx="over",
      subject="lượng LNG nhập về kho Thị Vải so với năm trước", period=LAST),
    F("tiếp nhận 14 chuyến", "14", 14, "count", "chuyến tàu", subject="chuyến tàu kho cảng LNG Thị Vải tiếp nhận",
      period=Y24),
    F("khoảng 940.000 tấn", "940.000", 940000, "measure", "tấn", approx="about",
      change=C("increase", 2.4, "lần", "năm 2023"),
      subject="khối lượng LNG kho cảng Thị Vải tiếp nhận", period=Y24),
    F("khoảng 610.000 tấn", "610.000", 610000, "measure", "tấn", approx="about", total=940000, percent=65,
      subject="khối lượng LNG cấp cho Nhà máy điện Phú Mỹ 3", period=Y24),
    F("sức chứa 180.000 m³", "180.000", 180000, "measure", "m³", subject="sức chứa kho"),
    F("thiết kế 1 triệu tấn/năm", "1", 1000000, "measure", "tấn/năm", subject="công suất thiết kế kho"),
    F("mức 94%", "94", 94, "percent", "%", subject="mức vận hành so với công suất thiết kế của kho", period=INY),
    F("đạt 12.460 tỷ", "12.460", 12460000000000, "money", "đồng",
      change=C("increase", 118, "%", "năm trước"),
      subject="doanh thu Công ty Kho cảng LNG Thị Vải", period=Y24r),
    F("thuế 315 tỷ", "315", 315000000000, "money", "đồng",
      subject="lợi nhuận trước thuế Công ty Kho cảng LNG Thị Vải", period=Y24r),
    F("có 186 cán bộ", "186", 186, "count", "cán bộ, kỹ sư", subject="cán bộ, kỹ sư của công ty"),
    F("42 người", "42", 42, "count", "người", total=186, subject="cán bộ, kỹ sư có chứng chỉ vận hành quốc tế"),
    F("khoảng 0,9 USD/MMBtu", "0,9", 0.9, "money", "USD/MMBtu", approx="about",
      subject="phí tồn trữ và tái hóa khí tại kho"),
    F("lên 3 triệu tấn/năm", "3", 3000000, "measure", "tấn/năm", status="forecast",
      subject="công suất kho LNG Thị Vải sau nâng cấp", period=Q2),
    F("khoảng 6.500 tỷ", "6.500", 6500000000000, "money", "đồng", approx="about", status="forecast",
      subject="tổng vốn đầu tư nâng công suất kho"),
    F("có công suất 3 triệu tấn/năm", "3", 3000000, "measure", "tấn/năm",
      subject="công suất dự án kho LNG Cái Mép giai đoạn 1"),
    F("khoảng 14-18 triệu", "14", 14000000, "measure", "tấn", value_max=18000000, approx="about",
      status="forecast", change=C("increase", 15, "lần", "năm 2024", approx="about"),
      subject="nhu cầu LNG cho phát điện", period=Y30, location=VN),
    F("có một nhà máy", "một", 1, "count", "nhà máy", subject="nhà máy điện sử dụng LNG thương mại",
      period=NOW, location=VN),
    F("công suất 720 MW", "720", 720, "measure", "MW", subject="công suất Nhà máy điện Phú Mỹ 3"),
]

NOTES = [
    "National newspaper: 'Thứ Tư, 15/01/2025, 06:30 (GMT+7)' (published), byline at the end. Kho cảng LNG Thị Vải in thị xã Phú Mỹ → default location Phú Mỹ.",
    "National figures ('cả nước', 'đến nay mới có một nhà máy') are Việt Nam. The Cái Mép terminal is 'Cũng tại thị xã Phú Mỹ' (Phú Mỹ).",
    "Sapo 'gấp hơn hai lần năm trước' stands as the claim (no base amount): kind multiple, value 2 (number word), over; 'năm ngoái' = 2024.",
    "'gấp 2,4 lần năm 2023' after 940.000 tấn is its change; 'trong đó khoảng 610.000 tấn …, chiếm 65%' → total 940.000, percent 65.",
    "Year-less 'trong năm' takes 2024. 'Phú Mỹ 3' (twice), 'Cái Mép giai đoạn 1', 'quý II/2026', 'Trần Quốc Việt', '06:30', '(GMT+7)' are distractors.",
    "'dự kiến' governs both clauses of the PV GAS sentence (forecast); the investment total gets no period. 'gấp khoảng 15 lần năm 2024' → change of the 2030 range.",
    "Headline 'gần 1 triệu tấn … năm 2024': period scored (stated in the headline).",
]

if __name__ == "__main__":
    write("p1224-6", TEXT, NOTES, FIGS, published="2025-01-15", location="Phú Mỹ")
