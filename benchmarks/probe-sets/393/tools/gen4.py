from lib import *

A = """BỘ Y TẾ
CỤC PHÒNG, CHỐNG HIV/AIDS
Tin tức - Sự kiện

Tổng kết công tác phòng, chống HIV/AIDS năm 2023

Ngày 28/2, tại Hà Nội, Cục Phòng, chống HIV/AIDS (Bộ Y tế) tổ chức Hội nghị tổng kết công tác phòng, chống HIV/AIDS năm 2023 và triển khai nhiệm vụ năm 2024.

Theo báo cáo, tính đến ngày 30/11/2023, cả nước có khoảng 249.000 người nhiễm HIV còn sống và 111.420 người đã tử vong do HIV/AIDS. Trong 11 tháng năm 2023, toàn quốc phát hiện mới 10.961 người nhiễm HIV, giảm 3,2% so với cùng kỳ năm 2022; số người tử vong là 1.421 người.

Nam giới chiếm 83,7% số người nhiễm HIV mới; lây truyền qua quan hệ tình dục đồng giới nam chiếm 48,6%. Các địa phương phát hiện nhiều người nhiễm mới nhất là TP Hồ Chí Minh (3.058 người), Hà Nội (712 người), Đồng Nai (485 người) và Bình Dương (451 người).

Về điều trị, cả nước có 455 cơ sở điều trị ARV, điều trị cho 185.120 bệnh nhân; trên 152.400 bệnh nhân được xét nghiệm tải lượng virus. Số người sử dụng dịch vụ PrEP lũy tích đạt hơn 110.000 người tại 63/63 tỉnh, thành phố. Quỹ bảo hiểm y tế đã chi trả hơn 1,1 nghìn tỷ đồng cho thuốc ARV và xét nghiệm liên quan.

Đến hết năm 2023, tỷ lệ người nhiễm HIV biết tình trạng nhiễm của mình đạt 89% (mục tiêu 95%), tỷ lệ người được chẩn đoán được điều trị ARV đạt 83%; riêng tỷ lệ bệnh nhân ARV có tải lượng virus dưới ngưỡng ức chế đạt 96%, vượt mục tiêu đề ra.

Năm 2024, ngành y tế đặt chỉ tiêu phát hiện mới ít nhất 12.000 người nhiễm HIV, đưa thêm 15.000 người vào điều trị ARV và tăng số người sử dụng PrEP lên trên 130.000 người.

Phát biểu tại hội nghị, Thứ trưởng Bộ Y tế nhấn mạnh mục tiêu chấm dứt dịch bệnh AIDS vào năm 2030 theo Chiến lược quốc gia ban hành kèm Quyết định số 1246/QĐ-TTg ngày 14/8/2020 của Thủ tướng Chính phủ.
"""

N30 = P("tính đến ngày 30/11/2023", end="2023-11-30")
M11 = P("11 tháng năm 2023", "2023-01-01", "2023-11-30")
M11i = P("11 tháng năm 2023", "2023-01-01", "2023-11-30", inherited=True)
E23 = P("Đến hết năm 2023", end="2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
NEW = "người nhiễm HIV mới được phát hiện"

figs = [
    F("khoảng 249.000 người", "249.000", 249000, "count", "người", "người nhiễm HIV còn sống", N30, approx="about"),
    F("và 111.420 người", "111.420", 111420, "count", "người", "người đã tử vong do HIV/AIDS", N30),
    F("mới 10.961 người", "10.961", 10961, "count", "người", "người nhiễm HIV phát hiện mới", M11,
      change=C("decrease", 3.2, baseline="cùng kỳ năm 2022")),
    F("là 1.421 người", "1.421", 1421, "count", "người", "số người tử vong", M11),
    F("chiếm 83,7%", "83,7", 83.7, "percent", "%", "nam giới trong số người nhiễm HIV mới", M11i),
    F("chiếm 48,6%", "48,6", 48.6, "percent", "%", "lây truyền qua quan hệ tình dục đồng giới nam", M11i),
    F("(3.058 người)", "3.058", 3058, "count", "người", NEW, M11i, location="Hồ Chí Minh"),
    F("(712 người)", "712", 712, "count", "người", NEW, M11i, location="Hà Nội"),
    F("(485 người)", "485", 485, "count", "người", NEW, M11i, location="Đồng Nai"),
    F("(451 người)", "451", 451, "count", "người", NEW, M11i, location="Bình Dương"),
    F("có 455 cơ sở", "455", 455, "count", "cơ sở điều trị ARV", "cơ sở điều trị ARV"),
    F("cho 185.120 bệnh nhân", "185.120", 185120, "count", "bệnh nhân", "bệnh nhân điều trị ARV"),
    F("trên 152.400 bệnh nhân", "152.400", 152400, "count", "bệnh nhân", "bệnh nhân được xét nghiệm tải lượng virus",
      approx="over"),
    F("hơn 110.000 người", "110.000", 110000, "count", "người", "người sử dụng dịch vụ PrEP lũy tích", approx="over"),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố có người sử dụng dịch vụ PrEP", total=63),
    F("hơn 1,1 nghìn tỷ đồng", "1,1", 1.1e12, "money", "đồng", "Quỹ bảo hiểm y tế chi trả cho thuốc ARV và xét nghiệm liên quan",
      approx="over"),
    F("đạt 89%", "89", 89, "percent", "%", "tỷ lệ người nhiễm HIV biết tình trạng nhiễm của mình", E23,
      target=T(95, "%", False)),
    F("đạt 83%", "83", 83, "percent", "%", "tỷ lệ người được chẩn đoán được điều trị ARV", E23),
    F("đạt 96%", "96", 96, "percent", "%", "tỷ lệ bệnh nhân ARV có tải lượng virus dưới ngưỡng ức chế", E23),
    F("ít nhất 12.000 người", "12.000", 12000, "count", "người", "người nhiễm HIV phát hiện mới", Y24, approx="at_least",
      status="target"),
    F("thêm 15.000 người", "15.000", 15000, "count", "người", "người đưa vào điều trị ARV", Y24, status="target"),
    F("trên 130.000 người", "130.000", 130000, "count", "người", "người sử dụng PrEP", Y24, approx="over", status="target"),
]

write(4, A, figs, [
    "Ministry site (Bộ Y tế - Cục Phòng, chống HIV/AIDS), no dateline ('Ngày 28/2' has no year): no published. National, location Việt Nam.",
    "'tại Hà Nội' is the venue, not the place of the figures. Province list (TP HCM, Hà Nội, Đồng Nai, Bình Dương): location = province.",
    "'Về điều trị, cả nước có ...' states no period: none. 63/63 total 63. 'hơn 1,1 nghìn tỷ đồng' = 1,1·10^12 over.",
    "89% (mục tiêu 95%): target 95 met false. 96% '... vượt mục tiêu đề ra' has no number: no target. 'Đến hết năm 2023' end-only period.",
    "'đặt chỉ tiêu' makes 12.000 (ít nhất → at_least), 15.000 and trên 130.000 targets for năm 2024.",
    "Distractors: 'Ngày 28/2', 'vào năm 2030', 'Quyết định số 1246/QĐ-TTg ngày 14/8/2020', 'HIV/AIDS'.",
], location="Việt Nam")
