"""p1319-4: ministry site (Bộ TT&TT, Vụ Bưu chính): national postal market 2024, forecasts and targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Trang chủ > Tin tức - Sự kiện > Bưu chính

Năm 2024, doanh thu bưu chính ước đạt hơn 63 nghìn tỷ đồng

16/01/2025 | 09:30 | Vụ Bưu chính

Theo báo cáo của Vụ Bưu chính, năm 2024 tổng doanh thu lĩnh vực bưu chính cả nước ước đạt 63.400 tỷ đồng, tăng 11,5% so với năm 2023 và vượt 4,2% kế hoạch. Sản lượng bưu gửi đạt khoảng 2,2 tỷ bưu gửi, tăng 18%; bình quân mỗi người dân sử dụng 22 bưu gửi/năm.

Thị trường hiện có 816 doanh nghiệp được cấp phép cung ứng dịch vụ bưu chính, tăng 47 doanh nghiệp so với năm 2023. Nhóm doanh nghiệp lớn chiếm khoảng 80% thị phần doanh thu; khoảng 70% sản lượng bưu gửi là hàng hóa từ thương mại điện tử. Các địa phương có tỷ trọng sản lượng lớn nhất là TP Hồ Chí Minh (31,2%), Hà Nội (25,8%) và Bình Dương (5,9%).

Mạng bưu chính công cộng có gần 13.000 điểm phục vụ, bán kính phục vụ bình quân 2,36 km/điểm; 63/63 tỉnh, thành phố đã triển khai dịch vụ tiếp nhận hồ sơ, trả kết quả thủ tục hành chính qua bưu chính công ích. Theo Liên minh Bưu chính Thế giới (UPU), Việt Nam xếp thứ 47 về Chỉ số phát triển bưu chính tích hợp (2IPD), tăng 4 bậc so với năm trước.

Năm 2025, Bộ dự báo sản lượng bưu gửi tăng từ 15 đến 20%; doanh thu phấn đấu đạt 70.000 tỷ đồng. Mục tiêu đến năm 2030, doanh thu bưu chính chiếm 0,5% GDP, 100% hộ gia đình có địa chỉ số gắn với mã bưu chính.

Bộ trưởng yêu cầu các đơn vị triển khai Thông tư số 15/2024/TT-BTTTT và hoàn thiện hướng dẫn về dịch vụ bưu chính phục vụ thương mại điện tử trước ngày 30/6/2025.

Tin cùng chuyên mục:
- Hội nghị tổng kết ngành Thông tin và Truyền thông năm 2024
- Ngày Bưu chính thế giới lần thứ 55

Địa chỉ: 18 Nguyễn Du, Hai Bà Trưng, Hà Nội | Đường dây nóng: 1800 1092
"""

Y24H = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("hơn 63 nghìn tỷ", "63", 63e12, "money", "đồng", approx="over", status="estimate",
        subject="doanh thu bưu chính", period=Y24H),
    fig("ước đạt 63.400 tỷ", "63.400", 63400e9, "money", "đồng", status="estimate",
        change=chg("increase", 11.5, "%", "năm 2023"),
        subject="tổng doanh thu lĩnh vực bưu chính", period=Y24),
    fig("vượt 4,2%", "4,2", 4.2, "percent", "%", status="estimate",
        subject="tổng doanh thu lĩnh vực bưu chính vượt kế hoạch", period=Y24, optional=True),
    fig("khoảng 2,2 tỷ", "2,2", 2.2e9, "count", "bưu gửi", approx="about",
        change=chg("increase", 18, "%"), subject="sản lượng bưu gửi", period=inh(Y24)),
    fig("dụng 22 bưu gửi", "22", 22, "measure", "bưu gửi/năm",
        subject="bưu gửi bình quân mỗi người dân sử dụng"),
    fig("có 816 doanh", "816", 816, "count", "doanh nghiệp",
        change=chg("increase", 47, "doanh nghiệp", "năm 2023"),
        subject="doanh nghiệp được cấp phép cung ứng dịch vụ bưu chính"),
    fig("khoảng 80%", "80", 80, "percent", "%", approx="about",
        subject="thị phần doanh thu của nhóm doanh nghiệp lớn"),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="tỷ lệ sản lượng bưu gửi là hàng hóa từ thương mại điện tử"),
    fig("Minh (31,2%)", "31,2", 31.2, "percent", "%", subject="tỷ trọng sản lượng bưu gửi",
        location="TP Hồ Chí Minh"),
    fig("Hà Nội (25,8%)", "25,8", 25.8, "percent", "%", subject="tỷ trọng sản lượng bưu gửi", location="Hà Nội"),
    fig("Bình Dương (5,9%)", "5,9", 5.9, "percent", "%", subject="tỷ trọng sản lượng bưu gửi",
        location="Bình Dương"),
    fig("gần 13.000 điểm", "13.000", 13000, "count", "điểm phục vụ", approx="nearly",
        subject="điểm phục vụ của mạng bưu chính công cộng"),
    fig("bình quân 2,36 km", "2,36", 2.36, "measure", "km/điểm", subject="bán kính phục vụ bình quân"),
    fig("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", total=63,
        subject="tỉnh, thành phố triển khai dịch vụ tiếp nhận hồ sơ, trả kết quả thủ tục hành chính qua bưu chính công ích"),
    fig("xếp thứ 47", "47", 47, "rank", "hạng",
        change=chg("increase", 4, "bậc", "năm trước"),
        subject="Chỉ số phát triển bưu chính tích hợp (2IPD)"),
    fig("từ 15 đến 20%", "15", 15, "percent", "%", value_max=20, status="forecast",
        subject="tăng trưởng sản lượng bưu gửi", period=Y25),
    fig("đạt 70.000 tỷ", "70.000", 70000e9, "money", "đồng", status="target",
        subject="doanh thu bưu chính", period=Y25),
    fig("chiếm 0,5%", "0,5", 0.5, "percent", "%", status="target",
        subject="tỷ trọng doanh thu bưu chính trong GDP", period=T30),
    fig("100% hộ", "100", 100, "percent", "%", status="target",
        subject="hộ gia đình có địa chỉ số gắn với mã bưu chính", period=T30),
]

NOTES = [
    "Ministry site (Bộ TT&TT): breadcrumb, '16/01/2025 | 09:30 | Vụ Bưu chính' under the headline, related links, address footer. National figures: location Việt Nam.",
    "Distractors: 09:30, '2IPD' (index name with a digit), Thông tư số 15/2024/TT-BTTTT, 'trước ngày 30/6/2025', 'lần thứ 55', '18 Nguyễn Du', hotline '1800 1092'.",
    "Headline 'hơn 63 nghìn tỷ đồng' = 63·10^12 (combined multiplier), over, estimate (ước đạt).",
    "'tăng 11,5% so với năm 2023 và vượt 4,2% kế hoạch': the first change is the attribute; the second is a percent figure of its own (optional by the spec).",
    "'Sản lượng bưu gửi đạt khoảng 2,2 tỷ' (new sentence, no 'ước') → actual; year inherited. '63/63 tỉnh, thành phố' → total 63.",
    "List 'TP Hồ Chí Minh (31,2%), Hà Nội (25,8%) và Bình Dương (5,9%)' → three percent figures, subject the list's indicator, location each item.",
    "'xếp thứ 47 ..., tăng 4 bậc so với năm trước' → rank with change increase 4 bậc (as the text words it).",
    "'Bộ dự báo ... tăng từ 15 đến 20%' → forecast percent range; 'doanh thu phấn đấu đạt' has its own cue → target; 'Mục tiêu đến năm 2030' → two targets.",
]

if __name__ == "__main__":
    write("p1319-4", TEXT, NOTES, FIGS, published="2025-01-16", location="Việt Nam")
