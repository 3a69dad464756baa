"""p1398-6: ministry site (Bộ Y tế): national patient satisfaction survey 2024, lists by level and province, ranks."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Khám chữa bệnh

Công bố kết quả khảo sát hài lòng người bệnh năm 2024: ngoại trú đạt 85,1%

20/01/2025 | 14:30 | Cục Quản lý Khám, chữa bệnh

Ngày 20/01, Cục Quản lý Khám, chữa bệnh công bố kết quả khảo sát sự hài lòng người bệnh và nhân viên y tế năm 2024 theo Quyết định số 3869/QĐ-BYT. Khảo sát được thực hiện trực tuyến tại 1.428 bệnh viện với tổng số 842.600 phiếu, trong đó 512.300 phiếu của người bệnh ngoại trú và 330.300 phiếu của người bệnh nội trú.

Tỷ lệ hài lòng chung của người bệnh ngoại trú đạt 85,1%, vượt mục tiêu 85% đề ra, tăng 2,7 điểm phần trăm so với năm 2023; người bệnh nội trú đạt 89,3%. Thời gian chờ khám trung bình do người bệnh tự đánh giá là 47 phút, giảm 9 phút; có 18,6% người bệnh cho biết phải chờ trên 2 giờ.

Theo tuyến, bệnh viện tuyến trung ương có tỷ lệ hài lòng ngoại trú cao nhất với 88,2%, tiếp đến là tuyến tỉnh 85,6% và tuyến huyện 83,9%. Các địa phương có tỷ lệ hài lòng ngoại trú dẫn đầu gồm Đà Nẵng (93,5%), Quảng Ninh (92,8%) và Bà Rịa - Vũng Tàu (92,1%); Hà Nội xếp thứ 9, TP Hồ Chí Minh xếp thứ 14 cả nước.

Năm 2025, Bộ Y tế đặt mục tiêu tỷ lệ hài lòng người bệnh ngoại trú đạt từ 87% trở lên; 100% bệnh viện hạng đặc biệt và hạng I triển khai đặt lịch khám trực tuyến. Thông tin chi tiết tra cứu tại chatluongbenhvien.vn hoặc qua số điện thoại 024.6273.2273.

Bản quyền thuộc Bộ Y tế. Địa chỉ: 138A Giảng Võ, Ba Đình, Hà Nội.
"""

Y24H = per("năm 2024", "2024-01-01", "2024-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31", inherited=True)
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
SAT = "tỷ lệ hài lòng ngoại trú"

FIGS = [
    fig("2024: ngoại trú đạt 85,1%", "85,1", 85.1, "percent", "%",
        subject="hài lòng người bệnh ngoại trú", period=Y24H),
    fig("tại 1.428 bệnh viện", "1.428", 1428, "count", "bệnh viện", subject="bệnh viện thực hiện khảo sát",
        period=Y24),
    fig("tổng số 842.600", "842.600", 842600, "count", "phiếu", subject="phiếu khảo sát", period=Y24),
    fig("trong đó 512.300", "512.300", 512300, "count", "phiếu", total=842600,
        subject="phiếu của người bệnh ngoại trú", period=Y24),
    fig("và 330.300", "330.300", 330300, "count", "phiếu", total=842600,
        subject="phiếu của người bệnh nội trú", period=Y24),
    fig("người bệnh ngoại trú đạt 85,1%", "85,1", 85.1, "percent", "%", target=tgt(85, "%", True),
        change=chg("increase", 2.7, "điểm phần trăm", "năm 2023"),
        subject="tỷ lệ hài lòng chung của người bệnh ngoại trú", period=Y24),
    fig("nội trú đạt 89,3%", "89,3", 89.3, "percent", "%",
        subject="tỷ lệ hài lòng chung của người bệnh nội trú", period=Y24),
    fig("là 47 phút", "47", 47, "measure", "phút", change=chg("decrease", 9, "phút"),
        subject="thời gian chờ khám trung bình do người bệnh tự đánh giá", period=Y24),
    fig("có 18,6%", "18,6", 18.6, "percent", "%", subject="người bệnh phải chờ trên 2 giờ", period=Y24),
    fig("trên 2 giờ", "2", 2, "measure", "giờ", approx="over", subject="thời gian chờ khám",
        period=Y24, optional=True),
    fig("với 88,2%", "88,2", 88.2, "percent", "%", subject=f"{SAT} bệnh viện tuyến trung ương", period=Y24),
    fig("tỉnh 85,6%", "85,6", 85.6, "percent", "%", subject=f"{SAT} tuyến tỉnh", period=Y24),
    fig("huyện 83,9%", "83,9", 83.9, "percent", "%", subject=f"{SAT} tuyến huyện", period=Y24),
    fig("(93,5%)", "93,5", 93.5, "percent", "%", subject=SAT, period=Y24, location="Đà Nẵng"),
    fig("(92,8%)", "92,8", 92.8, "percent", "%", subject=SAT, period=Y24, location="Quảng Ninh"),
    fig("(92,1%)", "92,1", 92.1, "percent", "%", subject=SAT, period=Y24, location="Bà Rịa - Vũng Tàu"),
    fig("thứ 9", "9", 9, "rank", "hạng", subject=SAT, period=Y24, location="Hà Nội"),
    fig("thứ 14", "14", 14, "rank", "hạng", subject=SAT, period=Y24, location="TP Hồ Chí Minh"),
    fig("từ 87%", "87", 87, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ hài lòng người bệnh ngoại trú", period=Y25),
    fig("100% bệnh viện", "100", 100, "percent", "%", status="target",
        subject="bệnh viện hạng đặc biệt và hạng I triển khai đặt lịch khám trực tuyến", period=Y25),
]

NOTES = [
    "Ministry site (Bộ Y tế): banner, breadcrumb, '20/01/2025 | 14:30 | Cục Quản lý Khám, chữa bệnh', copyright/address footer.",
    "Distractors: 14:30, 'Ngày 20/01', 'Quyết định số 3869/QĐ-BYT', 'hạng đặc biệt và hạng I', phone 024.6273.2273, '138A Giảng Võ'.",
    "Headline '... năm 2024: ngoại trú đạt 85,1%' is its own figure (period năm 2024, same line).",
    "Body sentences after the first carry no period phrase: their 2024 is inherited (not scored).",
    "'842.600 phiếu, trong đó 512.300 ... và 330.300 ...' → total 842.600 (they add up).",
    "'đạt 85,1%, vượt mục tiêu 85% đề ra, tăng 2,7 điểm phần trăm so với năm 2023' → target 85 (met) and change +2,7 điểm phần trăm.",
    "'giảm 9 phút' → change in phút without baseline. 'có 18,6% người bệnh ... phải chờ trên 2 giờ': 18,6% is the figure; the",
    "threshold 'trên 2 giờ' that defines the group is optional.",
    "Lists share one indicator: levels (subject names the level), provinces in brackets (location = province, subject = indicator).",
    "Ranks 'Hà Nội xếp thứ 9, TP Hồ Chí Minh xếp thứ 14 cả nước' → location the city, unit hạng.",
    "'đạt từ 87% trở lên' → at_least; 'Năm 2025, ... đặt mục tiêu' governs both clauses (target).",
]

if __name__ == "__main__":
    write("p1398-6", TEXT, NOTES, FIGS, published="2025-01-20", location="Việt Nam")
