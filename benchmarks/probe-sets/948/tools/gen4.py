"""p948-4: ministry site (Bộ Nông nghiệp và Môi trường), national artemia production and cyst imports, 2024."""
from lib import *

TEXT = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Trang chủ > Tin tức > Thủy sản
Phát triển nghề nuôi artemia, giảm phụ thuộc trứng nhập khẩu
Ngày đăng: 24/03/2025 | Lượt xem: 742

Theo Cục Thủy sản và Kiểm ngư, năm 2024 diện tích nuôi artemia cả nước đạt khoảng 1.420 ha, sản lượng trứng bào xác đạt 118 tấn, tăng 14,6% so với năm 2023. Các địa phương có diện tích nuôi lớn nhất lần lượt là Sóc Trăng (610 ha), Bạc Liêu (405 ha), Ninh Thuận (225 ha) và Khánh Hòa (96 ha); phần còn lại thuộc Bến Tre, Trà Vinh và Bình Thuận.

Nhu cầu trứng artemia của các trại sản xuất tôm giống trong nước khoảng 450-500 tấn/năm, trong khi sản xuất trong nước mới đáp ứng gần 25%. Năm 2024, các doanh nghiệp đã nhập khẩu hơn 360 tấn trứng artemia, trị giá trên 43 triệu USD, chủ yếu từ Mỹ và Trung Quốc.

Trứng artemia Vĩnh Châu có tỷ lệ nở đạt 85-90%, hàm lượng axit béo không no cao hơn nhiều dòng nhập khẩu; giá bán bình quân 1,2-1,5 triệu đồng/kg, thấp hơn khoảng 30% so với trứng nhập khẩu cùng loại. Sản lượng trứng năm 2024 đã gấp 2,7 lần năm 2019 (44 tấn).

Theo Đề án phát triển nuôi artemia đến năm 2030 ban hành kèm Quyết định số 339/QĐ-BNN-TS, mục tiêu đến năm 2030 diện tích nuôi đạt 3.000 ha, sản lượng trứng bào xác 300 tấn/năm, đáp ứng 50% nhu cầu trong nước. Bộ đề nghị các địa phương rà soát quy hoạch, dành ít nhất 30% diện tích ruộng muối kém hiệu quả để luân canh muối - artemia.

Cục Thủy sản và Kiểm ngư - Số 10 Nguyễn Công Hoan, Ba Đình, Hà Nội. Điện thoại: 024.3724.5370
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
AREA = "diện tích nuôi artemia"

FIGS = [
    F("khoảng 1.420 ha", "1.420", 1420, "measure", "ha", "diện tích nuôi artemia cả nước", Y24, approx="about"),
    F("đạt 118 tấn", "118", 118, "measure", "tấn", "sản lượng trứng bào xác", Y24,
      change=C("increase", 14.6, "%", "năm 2023")),
    F("(610 ha)", "610", 610, "measure", "ha", AREA, I(Y24), location="Sóc Trăng"),
    F("(405 ha)", "405", 405, "measure", "ha", AREA, I(Y24), location="Bạc Liêu"),
    F("(225 ha)", "225", 225, "measure", "ha", AREA, I(Y24), location="Ninh Thuận"),
    F("(96 ha)", "96", 96, "measure", "ha", AREA, I(Y24), location="Khánh Hòa"),
    F("khoảng 450-500 tấn/năm", "450", 450, "measure", "tấn/năm",
      "nhu cầu trứng artemia của các trại sản xuất tôm giống trong nước", value_max=500, approx="about"),
    F("gần 25%", "25", 25, "percent", "%", "nhu cầu trứng artemia sản xuất trong nước đáp ứng", approx="nearly"),
    F("hơn 360 tấn", "360", 360, "measure", "tấn", "trứng artemia nhập khẩu", P("Năm 2024", "2024-01-01", "2024-12-31"),
      approx="over"),
    F("trên 43 triệu USD", "43", 43000000, "money", "USD", "trị giá trứng artemia nhập khẩu",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="over"),
    F("đạt 85-90%", "85", 85, "percent", "%", "tỷ lệ nở trứng artemia Vĩnh Châu", value_max=90, location="Vĩnh Châu"),
    F("1,2-1,5 triệu", "1,2", 1200000, "money", "đồng/kg", "giá bán bình quân trứng artemia Vĩnh Châu",
      value_max=1500000, location="Vĩnh Châu",
      change=C("decrease", 30, "%", "trứng nhập khẩu cùng loại", "about")),
    F("gấp 2,7 lần", "2,7", 2.7, "multiple", "lần", "sản lượng trứng năm 2024 so với năm 2019", Y24),
    F("(44 tấn)", "44", 44, "measure", "tấn", "sản lượng trứng", P("năm 2019", "2019-01-01", "2019-12-31")),
    F("đạt 3.000 ha", "3.000", 3000, "measure", "ha", AREA, T30, status="target"),
    F("300 tấn/năm", "300", 300, "measure", "tấn/năm", "sản lượng trứng bào xác", T30, status="target"),
    F("đáp ứng 50%", "50", 50, "percent", "%", "nhu cầu trứng artemia trong nước được đáp ứng", T30, status="target"),
    F("ít nhất 30%", "30", 30, "percent", "%", "diện tích ruộng muối kém hiệu quả dành để luân canh muối - artemia",
      approx="at_least", status="target", optional=True),
]

NOTES = [
    "Bộ Nông nghiệp và Môi trường (site of the ministry): national artemia area, cyst output and imports in 2024; 2030 targets.",
    "The 'lần lượt' ranking of provinces does not add up to 1.420 ha and is a list of the largest: no total; provinces go to location.",
    "'đáp ứng gần 25%' / 'đáp ứng 50%' follow 'đáp ứng' (not đạt/chiếm/bằng/tương đương) in their own clause: percent figures of their own.",
    "'Mỹ và Trung Quốc' are trade partners: location stays Việt Nam. 'Trứng artemia Vĩnh Châu' figures are located in Vĩnh Châu.",
    "'dành ít nhất 30% diện tích' is a ministry recommendation (đề nghị), a policy threshold: optional.",
    "Distractors: 'Ngày đăng: 24/03/2025', 'Lượt xem: 742', 'Quyết định số 339/QĐ-BNN-TS', 'Số 10 Nguyễn Công Hoan', phone 024.3724.5370.",
]

write("p948-4", TEXT, FIGS, published="2025-03-24", location="Việt Nam", notes=NOTES)
