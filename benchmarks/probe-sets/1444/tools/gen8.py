"""p1444-8: radio/TV site (Đài PT-TH Cần Thơ): a cooperative turns septic sludge into compost; city figures and targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CANTHOTV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THÀNH PHỐ CẦN THƠ
Trang chủ | Thời sự | Kinh tế | Xã hội | Video

Biến bùn hầm cầu thành phân bón hữu cơ

Cập nhật lúc 17:30 ngày 25/04/2025

(THCT) - Từ bùn thải hầm cầu, một hợp tác xã ở quận Bình Thủy mỗi tháng sản xuất khoảng 12 tấn phân bón hữu cơ, bán cho nông dân trồng cây ăn trái với giá 4.500 đồng/kg.

HTX Dịch vụ môi trường Bình Thủy thành lập năm 2019 với 9 thành viên, hiện có bốn xe hút và một xưởng xử lý rộng 1.200 m2. Quý I/2025, HTX hút 1.380 m3 bùn cho hơn 1.500 hộ dân và cơ sở kinh doanh, doanh thu đạt 2,35 tỷ đồng, tăng 18% so với cùng kỳ năm 2024; lợi nhuận khoảng 410 triệu đồng.

Theo ông Huỳnh Văn Tài, Giám đốc HTX, bùn sau khi tách nước được ủ với trấu, xơ dừa và chế phẩm vi sinh Trichoderma T-99 trong 45-60 ngày. Cứ 10 m3 bùn cho ra gần 1 tấn phân thành phẩm.

Năm 2024, toàn thành phố thu gom khoảng 41.000 m3 bùn hầm cầu, trong đó quận Ninh Kiều chiếm 46%. Tỷ lệ bùn được xử lý tập trung của Cần Thơ đạt 38%, đứng thứ hai vùng Đồng bằng sông Cửu Long sau Long An.

Năm nay, HTX dự kiến đầu tư thêm 1 xe hút 8 khối và nâng sản lượng phân bón lên 180 tấn. Thành phố đặt mục tiêu đến năm 2030 có ít nhất ba trạm xử lý bùn phân, xử lý trên 70% lượng bùn thu gom.

Phóng sự: Minh Tâm - Quốc Việt
Chia sẻ | Bình luận (0)
"""

Y19 = per("năm 2019", "2019-01-01", "2019-12-31")
Q1 = per("Quý I/2025", "2025-01-01", "2025-03-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
NOW = per("Năm nay", "2025-01-01", "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
BT = "Bình Thủy"

FIGS = [
    fig("một hợp tác xã ở", "một", 1, "count", "hợp tác xã", subject="hợp tác xã ở quận Bình Thủy", location=BT,
        optional=True),
    fig("khoảng 12 tấn", "12", 12, "measure", "tấn/tháng", approx="about",
        subject="phân bón hữu cơ hợp tác xã sản xuất mỗi tháng", location=BT),
    fig("giá 4.500 đồng/kg", "4.500", 4500, "money", "đồng/kg", subject="giá bán phân bón hữu cơ", location=BT),
    fig("với 9 thành viên", "9", 9, "count", "thành viên", subject="thành viên HTX khi thành lập", period=Y19,
        location=BT),
    fig("có bốn xe", "bốn", 4, "count", "xe hút", subject="xe hút của HTX", location=BT),
    fig("và một xưởng", "một", 1, "count", "xưởng xử lý", subject="xưởng xử lý của HTX", location=BT),
    fig("rộng 1.200 m2", "1.200", 1200, "measure", "m2", subject="diện tích xưởng xử lý", location=BT),
    fig("hút 1.380 m3", "1.380", 1380, "measure", "m3", subject="bùn HTX hút", period=Q1, location=BT),
    fig("hơn 1.500 hộ", "1.500", 1500, "count", "hộ dân và cơ sở kinh doanh", approx="over",
        subject="hộ dân và cơ sở kinh doanh được HTX hút bùn", period=Q1, location=BT),
    fig("đạt 2,35 tỷ", "2,35", 2.35e9, "money", "đồng", change=chg("increase", 18, "%", "cùng kỳ năm 2024"),
        subject="doanh thu của HTX", period=Q1, location=BT),
    fig("khoảng 410 triệu", "410", 410e6, "money", "đồng", approx="about", subject="lợi nhuận của HTX",
        period=Q1, location=BT),
    fig("trong 45-60 ngày", "45", 45, "measure", "ngày", value_max=60, subject="thời gian ủ bùn", location=BT),
    fig("gần 1 tấn", "1", 1, "measure", "tấn/10 m3", approx="nearly",
        subject="phân thành phẩm từ bùn", location=BT),
    fig("khoảng 41.000 m3", "41.000", 41000, "measure", "m3", approx="about",
        subject="bùn hầm cầu toàn thành phố thu gom", period=Y24),
    fig("chiếm 46%", "46", 46, "percent", "%", subject="tỷ trọng bùn hầm cầu thu gom của quận Ninh Kiều",
        period=Y24, location="Ninh Kiều"),
    fig("đạt 38%", "38", 38, "percent", "%", subject="Tỷ lệ bùn được xử lý tập trung", period=inh(Y24)),
    fig("thứ hai vùng", "hai", 2, "rank", "hạng", subject="Tỷ lệ bùn được xử lý tập trung", period=inh(Y24)),
    fig("thêm 1 xe", "1", 1, "count", "xe hút", status="forecast", subject="xe hút HTX đầu tư thêm",
        period=NOW, location=BT),
    fig("hút 8 khối", "8", 8, "measure", "khối", subject="dung tích xe hút", location=BT, optional=True),
    fig("lên 180 tấn", "180", 180, "measure", "tấn", status="forecast", subject="sản lượng phân bón của HTX",
        period=NOW, location=BT),
    fig("ít nhất ba trạm", "ba", 3, "count", "trạm xử lý bùn phân", approx="at_least", status="target",
        subject="trạm xử lý bùn phân", period=T30),
    fig("trên 70%", "70", 70, "percent", "%", approx="over", status="target",
        subject="lượng bùn thu gom được xử lý", period=T30),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Cần Thơ): banner, menu, 'Cập nhật lúc 17:30 ngày 25/04/2025', tag '(THCT) -', credits, 'Bình luận (0)'.",
    "'một hợp tác xã ở quận Bình Thủy' in the sapo is an indefinite article ('a cooperative'), optional.",
    "Distractors: 17:30, founding 'năm 2019' (period only), 'Trichoderma T-99' (product), 'Bình luận (0)', '(THCT)'.",
    "Cooperative passages (sapo, paragraphs 2-3, 'Năm nay, HTX ...') → location Bình Thủy; city figures → Cần Thơ (default).",
    "'thành lập năm 2019 với 9 thành viên' → the members at founding: period năm 2019 (borderline). 'hiện có bốn xe ...' no period.",
    "'Cứ 10 m3 bùn cho ra gần 1 tấn phân' → a yield rate: value 1 (nearly), unit 'tấn/10 m3'; 10 is the denominator, not a figure.",
    "'trong đó quận Ninh Kiều chiếm 46%' → a percent figure of its own, location Ninh Kiều.",
    "'Tỷ lệ ... của Cần Thơ đạt 38%, đứng thứ hai vùng ... sau Long An' → percent + rank 2; Năm 2024 stands in the previous sentence.",
    "'Năm nay' → 2025 (published). 'dự kiến' → forecast for both clauses; 'xe hút 8 khối' is a vehicle label (optional).",
    "'mục tiêu đến năm 2030 có ít nhất ba trạm ..., xử lý trên 70%' → targets, period end 2030-12-31.",
]

if __name__ == "__main__":
    write("p1444-8", TEXT, NOTES, FIGS, published="2025-04-25", location="Cần Thơ")
