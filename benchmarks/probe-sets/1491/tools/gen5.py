"""p1491-5: provincial Party newspaper (Báo Bình Định, tag (BĐ)): võng gai thôn Lục Lễ, xã Phước Hiệp (Tuy Phước)."""
from lib import F, period, inherit, change, target, write

TEXT = """BÁO BÌNH ĐỊNH
Kinh tế > Nông nghiệp - Nông thôn

Võng gai Lục Lễ tìm đường ra thị trường

18/11/2024, 08:45

(BĐ) - Từ đầu năm đến nay, các hộ đan võng ở thôn Lục Lễ, xã Phước Hiệp (huyện Tuy Phước) đã bán ra khoảng 6.800 chiếc võng gai và võng sợi, thu về gần 2,9 tỷ đồng. Nghề truyền thống đang được tiếp sức để giữ chân lao động ở quê.

Nằm ven Quốc lộ 19C, cách TP Quy Nhơn khoảng 18 km, thôn Lục Lễ hiện có 47 hộ làm nghề với khoảng 110 lao động, phần lớn là phụ nữ trung niên. So với năm 2015, số hộ giữ nghề đã giảm 58 hộ vì thu nhập thấp và nguyên liệu sợi gai ngày càng khan hiếm.

Bà Võ Thị Hạnh, chủ cơ sở võng Hạnh Lục Lễ, cho biết mỗi chiếc võng gai được bán với giá từ 350.000 đến 450.000 đồng, cao gấp đôi võng sợi tổng hợp. "Mỗi tháng cơ sở giao cho các đại lý ở TP Quy Nhơn khoảng 250 chiếc, chủ yếu là loại võng dài 2,2 m", bà Hạnh nói. Cơ sở hiện tạo việc làm cho 12 lao động với mức thu nhập 4-5 triệu đồng/người/tháng.

Năm 2024, UBND xã Phước Hiệp hỗ trợ 120 triệu đồng để các hộ mua khung dệt cải tiến; Hội Liên hiệp Phụ nữ huyện mở hai lớp dạy nghề cho 46 học viên. Theo ông Nguyễn Văn Tâm, Chủ tịch UBND xã, mục tiêu đến năm 2025 xã có ít nhất 1 sản phẩm võng đạt OCOP 3 sao và nâng số hộ làm nghề lên 60 hộ.

HOÀI THU

Tin cùng chuyên mục:
- Tuy Phước: Ra mắt Tổ hợp tác trồng nấm rơm
- Phù Cát tổng kết 10 năm xây dựng nông thôn mới
"""

YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-11-18")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
T25 = period("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("khoảng 6.800 chiếc", "6.800", 6800, "count", "chiếc", approx="about",
      subject="võng gai và võng sợi bán ra", per=YTD),
    F("gần 2,9 tỷ", "2,9", 2900000000, "money", "đồng", approx="nearly", subject="tiền bán võng thu về", per=YTD),
    F("khoảng 18 km", "18", 18, "measure", "km", approx="about",
      subject="khoảng cách từ thôn Lục Lễ đến TP Quy Nhơn"),
    F("có 47 hộ", "47", 47, "count", "hộ", subject="hộ làm nghề"),
    F("khoảng 110 lao động", "110", 110, "count", "lao động", approx="about", subject="lao động làm nghề"),
    F("giảm 58 hộ", "58", 58, "count", "hộ", subject="số hộ giữ nghề giảm so với năm 2015"),
    F("từ 350.000 đến 450.000", "350.000", 350000, "money", "đồng/chiếc", value_max=450000,
      change=change("increase", 2, "lần", "võng sợi tổng hợp"), subject="giá võng gai"),
    F("khoảng 250 chiếc", "250", 250, "measure", "chiếc/tháng", approx="about",
      subject="võng cơ sở giao cho các đại lý"),
    F("dài 2,2 m", "2,2", 2.2, "measure", "m", subject="chiều dài võng", optional=True),
    F("cho 12 lao động", "12", 12, "count", "lao động", subject="lao động cơ sở tạo việc làm"),
    F("4-5 triệu", "4", 4000000, "money", "đồng/người/tháng", value_max=5000000, subject="thu nhập của lao động"),
    F("hỗ trợ 120 triệu", "120", 120000000, "money", "đồng",
      subject="kinh phí UBND xã hỗ trợ các hộ mua khung dệt cải tiến", per=Y24),
    F("hai lớp", "hai", 2, "count", "lớp", subject="lớp dạy nghề", per=Y24),
    F("cho 46 học viên", "46", 46, "count", "học viên", subject="học viên lớp dạy nghề", per=Y24),
    F("ít nhất 1 sản phẩm", "1", 1, "count", "sản phẩm", approx="at_least", status="target",
      subject="sản phẩm võng đạt OCOP 3 sao", per=T25),
    F("lên 60 hộ", "60", 60, "count", "hộ", status="target", subject="số hộ làm nghề", per=T25),
]

NOTES = [
    "Provincial Party newspaper (Báo Bình Định): section path, bare date '18/11/2024, 08:45' (published), sapo with tag '(BĐ) -',",
    "quote, byline 'HOÀI THU' at the end, related links. Thôn Lục Lễ, xã Phước Hiệp lie in huyện Tuy Phước: location Tuy Phước.",
    "Distractors: time 08:45, 'Quốc lộ 19C', baseline 'năm 2015', 'OCOP 3 sao', '10 năm' in a link title.",
    "'Từ đầu năm đến nay' runs from 2024-01-01 to the date line 2024-11-18.",
    "'số hộ giữ nghề đã giảm 58 hộ' stands in its own sentence, away from '47 hộ': a count of its own (the change is the claim).",
    "'cao gấp đôi võng sợi tổng hợp' → change increase 2 lần on the price range. 'Mỗi tháng ... khoảng 250 chiếc' is a rate: measure, chiếc/tháng.",
    "'loại võng dài 2,2 m' is a product dimension: optional.",
    "'mục tiêu đến năm 2025 ... ít nhất 1 sản phẩm ... và nâng số hộ làm nghề lên 60 hộ': both targets, period end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1491-5", TEXT, NOTES, FIGS, published="2024-11-18", location="Tuy Phước")
