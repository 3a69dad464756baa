"""p1421-1: province portal (Thanh Hóa): newborn heel-prick and hearing screening, 9 months of 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THANH HÓA
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

9 tháng, gần 38 nghìn trẻ sơ sinh được lấy máu gót chân

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.862

Theo Chi cục Dân số tỉnh, 9 tháng đầu năm 2024, toàn tỉnh có 37.846 trẻ sơ sinh được lấy máu gót chân để sàng lọc, đạt 72,4% tổng số trẻ sinh ra, tăng 5,6% so với cùng kỳ năm 2023. Qua xét nghiệm, các đơn vị đã phát hiện 1.127 trẻ có nguy cơ cao mắc bệnh lý bẩm sinh. Trong đó, 1.064 trẻ thiếu men G6PD, 41 trẻ suy giáp trạng bẩm sinh và 22 trẻ tăng sản thượng thận bẩm sinh.

Cùng với lấy máu gót chân, các cơ sở y tế đã sàng lọc thính lực cho 29.530 trẻ, phát hiện 86 trẻ nghi ngờ nghe kém; 100% số trẻ này được chuyển tuyến để chẩn đoán xác định.

Hiện toàn tỉnh có 27 bệnh viện và trung tâm y tế thực hiện lấy mẫu máu gót chân, trong đó 14 đơn vị được trang bị máy đo âm ốc tai (OAE). Chi phí sàng lọc 3 bệnh khoảng 250.000 đồng/trẻ; trẻ thuộc hộ nghèo, hộ cận nghèo tại 11 huyện miền núi được hỗ trợ toàn bộ chi phí.

Quý IV năm nay, Chi cục Dân số dự kiến tổ chức lần thứ 3 chiến dịch truyền thông tại 6 huyện có tỷ lệ sàng lọc thấp, phấn đấu sàng lọc thêm khoảng hai nghìn trẻ.

Năm 2024, ngành y tế phấn đấu tỷ lệ trẻ sơ sinh được sàng lọc đạt 80%. Mục tiêu đến năm 2030, ít nhất 90% trẻ sơ sinh được sàng lọc tối thiểu 5 bệnh bẩm sinh phổ biến nhất, theo Đề án 1999 của Thủ tướng Chính phủ.

Tin liên quan:
- Thanh Hóa hưởng ứng Tháng hành động quốc gia về dân số năm 2024
- Bệnh viện Phụ sản Thanh Hóa đón nhận chứng nhận ISO 15189:2022
"""

NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Q4 = per("Quý IV năm nay", "2024-10-01", "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("gần 38 nghìn", "38", 38000, "count", "trẻ", approx="nearly",
        subject="trẻ sơ sinh được lấy máu gót chân", period=NINE_H),
    fig("có 37.846 trẻ", "37.846", 37846, "count", "trẻ", percent=72.4,
        change=chg("increase", 5.6, "%", "cùng kỳ năm 2023"),
        subject="trẻ sơ sinh được lấy máu gót chân để sàng lọc", period=NINE),
    fig("phát hiện 1.127 trẻ", "1.127", 1127, "count", "trẻ",
        subject="trẻ có nguy cơ cao mắc bệnh lý bẩm sinh", period=inh(NINE)),
    fig("1.064 trẻ thiếu", "1.064", 1064, "count", "trẻ", total=1127,
        subject="trẻ thiếu men G6PD", period=inh(NINE)),
    fig("41 trẻ suy giáp", "41", 41, "count", "trẻ", total=1127,
        subject="trẻ suy giáp trạng bẩm sinh", period=inh(NINE)),
    fig("22 trẻ tăng sản", "22", 22, "count", "trẻ", total=1127,
        subject="trẻ tăng sản thượng thận bẩm sinh", period=inh(NINE)),
    fig("cho 29.530 trẻ", "29.530", 29530, "count", "trẻ",
        subject="trẻ được sàng lọc thính lực", period=inh(NINE)),
    fig("phát hiện 86 trẻ", "86", 86, "count", "trẻ",
        subject="trẻ nghi ngờ nghe kém", period=inh(NINE)),
    fig("100% số trẻ này", "100", 100, "percent", "%",
        subject="trẻ nghi ngờ nghe kém được chuyển tuyến để chẩn đoán xác định", period=inh(NINE)),
    fig("có 27 bệnh viện", "27", 27, "count", "bệnh viện và trung tâm y tế",
        subject="bệnh viện và trung tâm y tế thực hiện lấy mẫu máu gót chân"),
    fig("trong đó 14 đơn vị", "14", 14, "count", "đơn vị", total=27,
        subject="đơn vị được trang bị máy đo âm ốc tai (OAE)"),
    fig("sàng lọc 3 bệnh", "3", 3, "count", "bệnh", subject="bệnh được sàng lọc", optional=True),
    fig("khoảng 250.000 đồng/trẻ", "250.000", 250000, "money", "đồng/trẻ", approx="about",
        subject="chi phí sàng lọc 3 bệnh"),
    fig("tại 11 huyện", "11", 11, "count", "huyện", subject="huyện miền núi"),
    fig("tại 6 huyện", "6", 6, "count", "huyện", status="forecast",
        subject="huyện có tỷ lệ sàng lọc thấp tổ chức chiến dịch truyền thông", period=Q4),
    fig("khoảng hai nghìn", "hai", 2000, "count", "trẻ", approx="about", status="target",
        subject="trẻ được sàng lọc thêm", period=Q4),
    fig("đạt 80%", "80", 80, "percent", "%", status="target",
        subject="tỷ lệ trẻ sơ sinh được sàng lọc", period=Y24),
    fig("ít nhất 90%", "90", 90, "percent", "%", approx="at_least", status="target",
        subject="trẻ sơ sinh được sàng lọc tối thiểu 5 bệnh bẩm sinh phổ biến nhất", period=T30),
    fig("tối thiểu 5 bệnh", "5", 5, "count", "bệnh", approx="at_least", status="target",
        subject="bệnh bẩm sinh phổ biến nhất được sàng lọc", period=T30, optional=True),
]

NOTES = [
    "Province portal (Thanh Hóa): newborn screening 9 months 2024; breadcrumb, 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.862', related links.",
    "Distractors: 09:35, Lượt xem 1.862, 'lần thứ 3', 'Đề án 1999', 'năm 2024' in a link, 'ISO 15189:2022', 'G6PD', '(OAE)'.",
    "Headline '9 tháng ... gần 38 nghìn trẻ' is its own figure (nearly); the year-less '9 tháng' takes 2024 from published.",
    "'Trong đó' parts after a sentence break take total 1.127 (1.064 + 41 + 22 = 1.127); '14 đơn vị' after 'trong đó' takes 27.",
    "'100% số trẻ này được chuyển tuyến' has its own verb after ';': a percent figure, not an attribute of 86.",
    "'Quý IV năm nay' = Q4 2024 (năm nay = published year); 'dự kiến' governs '6 huyện' (forecast), 'phấn đấu' the 'hai nghìn' clause (target).",
    "'sàng lọc 3 bệnh' (a package label) and 'tối thiểu 5 bệnh' (scope inside the 90% target) are optional counts.",
]

if __name__ == "__main__":
    write("p1421-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Thanh Hóa")
