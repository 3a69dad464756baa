"""p500-4: Cổng TTĐT Bộ Tài chính — thu ngân sách nhà nước 5 tháng đầu năm 2024, cả nước và địa phương."""
from lib import F, P, I, CH, T, emit

TEXT = """BỘ TÀI CHÍNH - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Tin tức » Tài chính - Ngân sách
Ngày đăng: 03/06/2024 | Lượt xem: 2.108

Thu ngân sách nhà nước 5 tháng ước đạt 51,6% dự toán

Theo báo cáo của Bộ Tài chính, tổng thu ngân sách nhà nước (NSNN) lũy kế 5 tháng đầu năm 2024 ước đạt 878,7 nghìn tỷ đồng, bằng 51,6% dự toán Quốc hội giao tại Nghị quyết số 104/2023/QH15, tăng 15,8% so với cùng kỳ năm 2023. Trong đó, thu nội địa ước đạt 745,8 nghìn tỷ đồng, bằng 52,7% dự toán; thu từ dầu thô 22,4 nghìn tỷ đồng; thu cân đối từ hoạt động xuất nhập khẩu 110,5 nghìn tỷ đồng.

Tổng chi NSNN 5 tháng ước đạt 675,8 nghìn tỷ đồng, bằng 32% dự toán.

Tính đến hết tháng 5, có 49/63 địa phương đạt tiến độ thu nội địa trên 40% dự toán; 14 địa phương đạt dưới 40%. Một số địa phương có số thu nội địa lũy kế lớn là TP Hồ Chí Minh (186.250 tỷ đồng), Hà Nội (174.310 tỷ đồng), Bình Dương (29.420 tỷ đồng), Đồng Nai (21.105 tỷ đồng). Quảng Ninh và Bắc Ninh lần lượt đạt 47,2% và 45,8% dự toán.

Theo khu vực kinh tế, thu từ doanh nghiệp nhà nước ước đạt 72,3 nghìn tỷ đồng, bằng 43,1% dự toán; thu từ khu vực doanh nghiệp có vốn đầu tư nước ngoài 110,2 nghìn tỷ đồng, bằng 46,5%; thu từ khu vực công thương nghiệp ngoài quốc doanh 140,6 nghìn tỷ đồng, tăng 12,4% so với cùng kỳ.

Bộ Tài chính cho biết sẽ tiếp tục phối hợp với các địa phương, phấn đấu thu NSNN năm 2024 vượt ít nhất 5% so với dự toán.

Địa chỉ: Số 28 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội. Điện thoại: 024.2220.2828
"""

M5 = P("5 tháng", "2024-01-01", "2024-05-31")
M5i = I("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
ASOF = P("Tính đến hết tháng 5", None, "2024-05-31")
TOT = 878700000000000

FIGS = [
    F("5 tháng ước đạt 51,6% dự toán", "51,6", 51.6, "percent", "%",
      "thu ngân sách nhà nước so với dự toán", M5, status="estimate"),
    F("ước đạt 878,7 nghìn tỷ đồng", "878,7", TOT, "money", "đồng",
      "tổng thu ngân sách nhà nước (NSNN) lũy kế", P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31"),
      percent=51.6, change=CH("increase", 15.8, baseline="cùng kỳ năm 2023"), status="estimate"),
    F("ước đạt 745,8 nghìn tỷ đồng", "745,8", 745800000000000, "money", "đồng",
      "thu nội địa", M5i, total=TOT, percent=52.7, status="estimate"),
    F("thô 22,4 nghìn tỷ đồng", "22,4", 22400000000000, "money", "đồng",
      "thu từ dầu thô", M5i, total=TOT, status="estimate"),
    F("khẩu 110,5 nghìn tỷ đồng", "110,5", 110500000000000, "money", "đồng",
      "thu cân đối từ hoạt động xuất nhập khẩu", M5i, total=TOT, status="estimate"),
    F("ước đạt 675,8 nghìn tỷ đồng", "675,8", 675800000000000, "money", "đồng",
      "tổng chi NSNN", M5, percent=32, status="estimate"),
    F("có 49/63 địa phương", "49", 49, "count", "địa phương",
      "địa phương đạt tiến độ thu nội địa trên 40% dự toán", ASOF, total=63),
    F("nội địa trên 40% dự toán", "40", 40, "percent", "%",
      "tiến độ thu nội địa so với dự toán", ASOF, approx="over", optional=True),
    F("; 14 địa phương", "14", 14, "count", "địa phương",
      "địa phương đạt tiến độ thu nội địa dưới 40% dự toán", ASOF),
    F("đạt dưới 40%", "40", 40, "percent", "%",
      "tiến độ thu nội địa so với dự toán", ASOF, approx="under", optional=True),
    F("Hồ Chí Minh (186.250 tỷ đồng)", "186.250", 186250000000000, "money", "đồng",
      "số thu nội địa lũy kế", location="TP Hồ Chí Minh"),
    F("Hà Nội (174.310 tỷ đồng)", "174.310", 174310000000000, "money", "đồng",
      "số thu nội địa lũy kế", location="Hà Nội"),
    F("Bình Dương (29.420 tỷ đồng)", "29.420", 29420000000000, "money", "đồng",
      "số thu nội địa lũy kế", location="Bình Dương"),
    F("Đồng Nai (21.105 tỷ đồng)", "21.105", 21105000000000, "money", "đồng",
      "số thu nội địa lũy kế", location="Đồng Nai"),
    F("đạt 47,2%", "47,2", 47.2, "percent", "%",
      "tiến độ thu nội địa so với dự toán", location="Quảng Ninh"),
    F("và 45,8% dự toán", "45,8", 45.8, "percent", "%",
      "tiến độ thu nội địa so với dự toán", location="Bắc Ninh"),
    F("ước đạt 72,3 nghìn tỷ đồng", "72,3", 72300000000000, "money", "đồng",
      "thu từ doanh nghiệp nhà nước", percent=43.1, status="estimate"),
    F("ngoài 110,2 nghìn tỷ đồng", "110,2", 110200000000000, "money", "đồng",
      "thu từ khu vực doanh nghiệp có vốn đầu tư nước ngoài", percent=46.5, status="estimate"),
    F("doanh 140,6 nghìn tỷ đồng", "140,6", 140600000000000, "money", "đồng",
      "thu từ khu vực công thương nghiệp ngoài quốc doanh",
      change=CH("increase", 12.4, baseline="cùng kỳ"), status="estimate"),
    F("ít nhất 5%", "5", 5, "percent", "%",
      "thu NSNN vượt so với dự toán", P("năm 2024", "2024-01-01", "2024-12-31"),
      approx="at_least", status="target"),
]

COMMENTS = [
    "Cổng TTĐT Bộ Tài chính: thu, chi NSNN 5 tháng đầu năm 2024 — national totals, parts, provinces. 'Ngày đăng: 03/06/2024' (published); 'Lượt xem: 2.108' is page furniture.",
    "Location Việt Nam (a ministry's national totals); provinces in the list and in 'lần lượt' go to location, the indicator is the subject.",
    "Not figures: 'Nghị quyết số 104/2023/QH15', address 'Số 28 Trần Hưng Đạo', the phone number, 'hết tháng 5' (as-of date).",
    "The headline 51,6% is a figure of its own (estimate); in the body the same 51,6% is the percent attribute of 878,7 nghìn tỷ.",
    "'nghìn tỷ' = ×10¹². The three parts after 'Trong đó' add up to 878,7 nghìn tỷ (total) and continue the 'ước' (estimate).",
    "'49/63 địa phương' has total 63; the '14 địa phương' after ';' has no cue (no total). The 40% thresholds are optional.",
    "The province list has no period phrase (unscored) and no 'ước' (actual). The sector revenues ('Theo khu vực kinh tế') are not given a total",
    "(no 'trong đó' cue); 'bằng 46,5%' is a percent attribute. 'vượt ít nhất 5% so với dự toán' after 'phấn đấu' is a target percent, at_least.",
]

if __name__ == "__main__":
    emit("p500-4", TEXT, COMMENTS, FIGS, published="2024-06-03", location="Việt Nam")
