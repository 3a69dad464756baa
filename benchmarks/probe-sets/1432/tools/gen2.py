"""p1432-2: district portal (huyện Đức Trọng, Lâm Đồng): a stevia cooperative in xã Phú Hội."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC TRỌNG - TỈNH LÂM ĐỒNG
Trang chủ | Tin tức - Sự kiện | Kinh tế | Văn bản

HTX Cỏ ngọt Phú Hội: liên kết giúp nông dân có thu nhập ổn định

25/06/2024 - 10:20

Thành lập năm 2018 với 12 thành viên, đến nay Hợp tác xã Nông nghiệp Cỏ ngọt Phú Hội (xã Phú Hội) đã có 47 thành viên và liên kết với 136 hộ dân trồng cỏ ngọt, tổng diện tích khoảng 85 ha.

Ông Nguyễn Văn Thịnh, Giám đốc HTX cho biết, cỏ ngọt cho thu hoạch 6-7 lứa mỗi năm, năng suất lá tươi bình quân 25-30 tấn/ha/năm, phơi được khoảng 4 tấn lá khô. Với giá thu mua hiện nay 38.000 đồng/kg lá khô, mỗi héc-ta cho doanh thu trên 150 triệu đồng, trừ chi phí còn lãi từ 70 đến 80 triệu đồng, cao gấp 2-3 lần trồng lúa.

Năm 2023, HTX thu mua, sơ chế và tiêu thụ 312 tấn lá cỏ ngọt khô, doanh thu đạt 12,6 tỷ đồng, lợi nhuận 1,15 tỷ đồng; thu nhập bình quân của lao động thường xuyên 7,5 triệu đồng/người/tháng. Khoảng 70% sản lượng được bán cho Công ty TNHH Chiết xuất Thảo dược Langbiang để xuất khẩu sang Nhật Bản và Hàn Quốc.

Sản phẩm trà cỏ ngọt Phú Hội đạt OCOP 3 sao năm 2022. 6 tháng đầu năm 2024, HTX tiêu thụ 168 tấn lá khô, bằng 51% kế hoạch năm; dự kiến cả năm đạt khoảng 330 tấn.

Toàn huyện Đức Trọng hiện có 214 ha cỏ ngọt, tập trung ở các xã Phú Hội, Hiệp An và Ninh Gia. Huyện phấn đấu đến năm 2025 nâng diện tích lên 300 ha, trong đó 100% diện tích áp dụng quy trình VietGAP.

Nguồn: Phòng Nông nghiệp và PTNT huyện
Tin khác:
- Đức Trọng ra quân làm thủy lợi mùa khô 2024
- Xã Hiệp An đạt chuẩn nông thôn mới nâng cao
Địa chỉ: Số 02 Trần Hưng Đạo, thị trấn Liên Nghĩa, huyện Đức Trọng
"""

Y18 = per("năm 2018", "2018-01-01", "2018-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("năm 2018 với 12 thành viên", "12", 12, "count", "thành viên",
        subject="thành viên hợp tác xã khi thành lập", period=Y18),
    fig("có 47 thành viên", "47", 47, "count", "thành viên",
        subject="thành viên Hợp tác xã Nông nghiệp Cỏ ngọt Phú Hội"),
    fig("với 136 hộ", "136", 136, "count", "hộ",
        subject="hộ dân trồng cỏ ngọt liên kết với hợp tác xã"),
    fig("khoảng 85 ha", "85", 85, "measure", "ha", approx="about",
        subject="tổng diện tích cỏ ngọt liên kết"),
    fig("hoạch 6-7 lứa", "6", 6, "measure", "lứa/năm", value_max=7,
        subject="lứa thu hoạch cỏ ngọt"),
    fig("bình quân 25-30 tấn/ha/năm", "25", 25, "measure", "tấn/ha/năm", value_max=30,
        subject="năng suất lá tươi bình quân"),
    fig("khoảng 4 tấn", "4", 4, "measure", "tấn", approx="about",
        subject="lá khô phơi được"),
    fig("nay 38.000 đồng/kg", "38.000", 38000, "money", "đồng/kg",
        subject="giá thu mua lá khô"),
    fig("trên 150 triệu", "150", 150e6, "money", "đồng/ha", approx="over",
        subject="doanh thu mỗi héc-ta"),
    fig("từ 70 đến 80 triệu", "70", 70e6, "money", "đồng/ha", value_max=80e6,
        change=chg("increase", 2, "lần", "trồng lúa"),
        subject="lãi mỗi héc-ta sau khi trừ chi phí"),
    fig("tiêu thụ 312 tấn", "312", 312, "measure", "tấn",
        subject="lá cỏ ngọt khô HTX thu mua, sơ chế và tiêu thụ", period=Y23),
    fig("đạt 12,6 tỷ", "12,6", 12.6e9, "money", "đồng",
        subject="doanh thu của HTX", period=Y23),
    fig("lợi nhuận 1,15 tỷ", "1,15", 1.15e9, "money", "đồng",
        subject="lợi nhuận của HTX", period=Y23),
    fig("thường xuyên 7,5 triệu", "7,5", 7.5e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của lao động thường xuyên", period=Y23),
    fig("Khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="sản lượng bán để xuất khẩu", period=inh(Y23)),
    fig("tiêu thụ 168 tấn", "168", 168, "measure", "tấn", percent=51,
        subject="lá khô HTX tiêu thụ", period=H1),
    fig("khoảng 330 tấn", "330", 330, "measure", "tấn", approx="about", status="forecast",
        subject="lá khô tiêu thụ cả năm", period=YEAR),
    fig("có 214 ha", "214", 214, "measure", "ha",
        subject="diện tích cỏ ngọt toàn huyện"),
    fig("lên 300 ha", "300", 300, "measure", "ha", status="target",
        subject="diện tích cỏ ngọt", period=T25),
    fig("trong đó 100%", "100", 100, "percent", "%", status="target",
        subject="diện tích áp dụng quy trình VietGAP", period=T25),
]

NOTES = [
    "revised after the first run: subjects of sentences that write 'HTX' now say 'HTX', not the expanded 'hợp tác xã'",
    "(FIGURES.md: the subject is the indicator as the sentence names it); applied to every such figure.",
    "District portal (huyện Đức Trọng, Lâm Đồng): banner naming the district, date-time line '25/06/2024 - 10:20', 'Nguồn:', 'Tin khác', address.",
    "Distractors: 10:20, 'OCOP 3 sao', 'năm 2022' (a date), 'mùa khô 2024' in a link, 'Số 02 Trần Hưng Đạo'.",
    "All figures lie in huyện Đức Trọng (xã Phú Hội is a commune): default location Đức Trọng.",
    "'Thành lập năm 2018 với 12 thành viên' → period 2018; 'đến nay' alone gives no period. Rates: '6-7 lứa mỗi năm' → lứa/năm;",
    "'mỗi héc-ta cho doanh thu ... lãi ...' → đồng/ha; 'phơi được khoảng 4 tấn lá khô' (per ha implied) annotated with the bare unit tấn.",
    "'cao gấp 2-3 lần trồng lúa' follows the profit figure: a change (increase, 2 lần; the change object has no upper end).",
    "'Khoảng 70% sản lượng' is a percent figure (no amount of its own); period inherited from 'Năm 2023'.",
    "'bằng 51% kế hoạch năm' → percent; 'dự kiến cả năm' → forecast 2024. 'phấn đấu đến năm 2025 ... trong đó 100%' → targets.",
]

if __name__ == "__main__":
    write("p1432-2", TEXT, NOTES, FIGS, published="2024-06-25", location="Đức Trọng")
