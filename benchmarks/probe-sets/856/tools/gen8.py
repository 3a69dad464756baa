"""p856-8: provincial newspaper online (Báo Bắc Ninh style, tag (BBN) -), old-for-electric motorbike exchange, H1/2024."""
from lib import F, P, I, C, write, main

TEXT = """Gần 2.000 xe máy cũ được thu đổi lấy xe điện trong 6 tháng đầu năm

Cập nhật lúc 16:40, Thứ Hai, 22/7/2024

(BBN) - Trong 6 tháng đầu năm 2024, chương trình "Đổi xe xăng cũ - Đón xe điện mới" do Sở Công Thương phối hợp với các doanh nghiệp phân phối tổ chức đã thu đổi 1.968 xe máy cũ, đạt 65,6% kế hoạch năm, tăng 2,3 lần so với cả năm 2023.

Trong số xe được thu đổi, có 1.214 xe của công nhân tại các khu công nghiệp, chiếm 61,7%. Các địa phương có số xe thu đổi nhiều nhất là TP. Bắc Ninh, TP. Từ Sơn và huyện Yên Phong, lần lượt 512, 437 và 391 xe. Các điểm thu đổi chủ yếu đặt tại đại lý dọc Quốc lộ 1A và Quốc lộ 18.

Mỗi xe cũ được doanh nghiệp định giá từ 1,5 đến 4 triệu đồng tùy tình trạng; ngoài ra, người dân được ngân sách tỉnh hỗ trợ thêm 2 triệu đồng/xe. Giá bán xe máy điện phổ thông sau hỗ trợ khoảng 12,9 triệu đồng/chiếc. Toàn bộ xe cũ được chuyển về cơ sở tái chế tại Khu công nghiệp Quế Võ 2 để tháo dỡ.

Theo tính toán của Sở Tài nguyên và Môi trường, việc thay thế số xe cũ nói trên giúp giảm phát thải ước khoảng 860 tấn CO2 mỗi năm. Với kết quả này, Bắc Ninh đứng thứ 2 khu vực đồng bằng sông Hồng về số xe máy điện đăng ký mới.

Dự kiến trong quý III/2024, chương trình sẽ mở thêm 25 điểm thu đổi tại các huyện Gia Bình, Lương Tài, nâng tổng số điểm thu đổi toàn tỉnh lên 63 điểm. Ước cả năm 2024 thu đổi đạt khoảng 3.500 xe. Năm 2025, tỉnh phấn đấu thu đổi 5.000 xe máy cũ, trong đó ưu tiên 2.000 xe của hộ nghèo, hộ cận nghèo và công nhân có thu nhập thấp.

Thanh Hương
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Gần 2.000 xe máy cũ", "2.000", 2000, "count", "xe máy cũ", approx="nearly",
      subject="xe máy cũ được thu đổi lấy xe điện",
      period=P("trong 6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("thu đổi 1.968 xe máy cũ", "1.968", 1968, "count", "xe máy cũ", percent=65.6,
      change=C("increase", 2.3, "lần", "cả năm 2023"),
      subject="xe máy cũ được thu đổi", period=H1),
    F("có 1.214 xe", "1.214", 1214, "count", "xe", total=1968, percent=61.7,
      subject="xe của công nhân tại các khu công nghiệp được thu đổi", period=I(H1)),
    F("lần lượt 512", "512", 512, "count", "xe", subject="xe thu đổi", period=I(H1), location="Bắc Ninh"),
    F("437 và", "437", 437, "count", "xe", subject="xe thu đổi", period=I(H1), location="Từ Sơn"),
    F("391 xe", "391", 391, "count", "xe", subject="xe thu đổi", period=I(H1), location="Yên Phong"),
    F("từ 1,5 đến 4 triệu đồng", "1,5", 1500000, "money", "đồng/xe", value_max=4000000,
      subject="giá định giá mỗi xe cũ"),
    F("thêm 2 triệu đồng/xe", "2", 2000000, "money", "đồng/xe", subject="mức hỗ trợ thêm từ ngân sách tỉnh"),
    F("khoảng 12,9 triệu đồng/chiếc", "12,9", 12900000, "money", "đồng/chiếc", approx="about",
      subject="giá bán xe máy điện phổ thông sau hỗ trợ"),
    F("khoảng 860 tấn", "860", 860, "measure", "tấn CO2/năm", approx="about", status="estimate",
      subject="lượng phát thải giảm được"),
    F("đứng thứ 2", "2", 2, "rank", "hạng",
      subject="số xe máy điện đăng ký mới khu vực đồng bằng sông Hồng"),
    F("thêm 25 điểm", "25", 25, "count", "điểm thu đổi", status="forecast",
      subject="điểm thu đổi mở thêm", period=Q3),
    F("lên 63 điểm", "63", 63, "count", "điểm", status="forecast",
      subject="tổng số điểm thu đổi toàn tỉnh", period=Q3),
    F("khoảng 3.500 xe", "3.500", 3500, "count", "xe", approx="about", status="estimate",
      subject="xe thu đổi cả năm", period=Y24),
    F("thu đổi 5.000 xe", "5.000", 5000, "count", "xe máy cũ", status="target",
      subject="xe máy cũ thu đổi", period=Y25),
    F("ưu tiên 2.000 xe", "2.000", 2000, "count", "xe", status="target", total=5000,
      subject="xe của hộ nghèo, hộ cận nghèo và công nhân thu nhập thấp được ưu tiên thu đổi", period=Y25),
]

NOTES = [
    "Báo Bắc Ninh style, tag (BBN), headline figure, 'Cập nhật lúc 16:40, Thứ Hai, 22/7/2024': old-for-electric exchange, H1/2024.",
    "Distractors: 'Quốc lộ 1A', 'Quốc lộ 18', 'Khu công nghiệp Quế Võ 2', 'CO2' (the 2 of the formula), 'Thứ Hai', '16:40'.",
    "'đạt 65,6% kế hoạch năm' -> percent; 'tăng 2,3 lần so với cả năm 2023' -> change in lần. 'lần lượt 512, 437 và 391 xe':",
    "each item is a figure located in its place (TP. Bắc Ninh -> Bắc Ninh), no total (a top-3, not a breakdown).",
    "'Mỗi xe cũ ... từ 1,5 đến 4 triệu đồng' -> per-bike range (đồng/xe). '860 tấn CO2 mỗi năm' -> tấn CO2/năm, 'ước khoảng' -> estimate.",
    "'Dự kiến' governs the clause that continues into 'nâng tổng số ... lên 63 điểm' (forecast). 'trong đó ưu tiên 2.000' -> total 5.000, target.",
]


def build():
    return write("p856-8", TEXT, NOTES, FIGS, published="2024-07-22", location="Bắc Ninh")


if __name__ == "__main__":
    main(build)
