"""p1259-2: district portal (huyện Tuy Đức, Đắk Nông): satellite alerts, drones, forest owners' change points."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TUY ĐỨC - TỈNH ĐẮK NÔNG
Trang chủ > Tin tức > Kinh tế - Nông nghiệp

Tuy Đức ứng dụng ảnh vệ tinh trong quản lý, bảo vệ rừng

22/05/2024 - 10:12

Huyện Tuy Đức hiện có 64.218 ha đất quy hoạch lâm nghiệp, trong đó diện tích có rừng khoảng 39.500 ha, độ che phủ rừng đạt 34,6%. Địa bàn rộng, giáp biên giới Campuchia nên tuần tra theo cách truyền thống gặp nhiều khó khăn; huyện đã xác định gần ba chục điểm nóng về phá rừng, lấn chiếm đất rừng.

Từ đầu năm đến nay, Hạt Kiểm lâm huyện đã tiếp nhận 86 cảnh báo biến động rừng từ hệ thống giám sát bằng ảnh vệ tinh của Cục Kiểm lâm và xác minh xong 79 cảnh báo. Kết quả phát hiện 23 vụ phá rừng trái pháp luật với diện tích 11,42 ha, giảm 35% so với cùng kỳ năm 2023. Các điểm biến động tập trung trong lâm phần của Công ty TNHH MTV Lâm nghiệp Nam Nung Xanh (21 điểm), Ban quản lý rừng phòng hộ Đắk Huýt (17 điểm) và các hộ nhận khoán (9 điểm).

Để rút ngắn thời gian xác minh, năm 2024 huyện được tỉnh hỗ trợ 450 triệu đồng mua 3 thiết bị bay không người lái và tập huấn cho 65 cán bộ kiểm lâm, công chức lâm nghiệp xã. Mỗi xã thành lập từ 2 đến 3 tổ bảo vệ rừng; mỗi tổ tuần tra bình quân 12 lượt/tháng.

Năm 2023, huyện trồng mới 812 ha rừng, vượt 6% kế hoạch. Mục tiêu năm 2024, huyện trồng mới 850 ha rừng, phấn đấu nâng độ che phủ rừng lên 35,5%.

Nguồn: Hạt Kiểm lâm huyện Tuy Đức

Tin khác:
- Tuy Đức triển khai Tháng hành động vì môi trường năm 2024
- Xã Quảng Trực tổ chức lễ ra quân bảo vệ rừng mùa khô

UBND HUYỆN TUY ĐỨC
Địa chỉ: Thôn 1, xã Đắk Buk So, huyện Tuy Đức, tỉnh Đắk Nông
Điện thoại: 0261.3684.015
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-05-22")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y24T = per("Mục tiêu năm 2024", "2024-01-01", "2024-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    fig("có 64.218 ha", "64.218", 64218, "measure", "ha", subject="đất quy hoạch lâm nghiệp"),
    fig("khoảng 39.500 ha", "39.500", 39500, "measure", "ha", approx="about", total=64218,
        subject="diện tích có rừng"),
    fig("đạt 34,6%", "34,6", 34.6, "percent", "%", subject="độ che phủ rừng"),
    fig("gần ba chục điểm", "ba chục", 30, "count", "điểm nóng", approx="nearly",
        subject="điểm nóng về phá rừng, lấn chiếm đất rừng"),
    fig("tiếp nhận 86 cảnh báo", "86", 86, "count", "cảnh báo",
        subject="cảnh báo biến động rừng Hạt Kiểm lâm tiếp nhận", period=YTD),
    fig("xong 79 cảnh báo", "79", 79, "count", "cảnh báo", subject="cảnh báo xác minh xong", period=YTD),
    fig("phát hiện 23 vụ", "23", 23, "count", "vụ", subject="vụ phá rừng trái pháp luật", period=inh(YTD)),
    fig("diện tích 11,42 ha", "11,42", 11.42, "measure", "ha",
        change=chg("decrease", 35, "%", "cùng kỳ năm 2023"),
        subject="diện tích phá rừng trái pháp luật", period=inh(YTD)),
    fig("(21 điểm)", "21", 21, "count", "điểm",
        subject="điểm biến động trong lâm phần Công ty TNHH MTV Lâm nghiệp Nam Nung Xanh", period=inh(YTD)),
    fig("(17 điểm)", "17", 17, "count", "điểm",
        subject="điểm biến động trong lâm phần Ban quản lý rừng phòng hộ Đắk Huýt", period=inh(YTD)),
    fig("(9 điểm)", "9", 9, "count", "điểm",
        subject="điểm biến động trong lâm phần các hộ nhận khoán", period=inh(YTD)),
    fig("hỗ trợ 450 triệu", "450", 450e6, "money", "đồng",
        subject="kinh phí tỉnh hỗ trợ mua thiết bị bay không người lái", period=Y24),
    fig("mua 3 thiết bị", "3", 3, "count", "thiết bị", subject="thiết bị bay không người lái", period=Y24),
    fig("cho 65 cán bộ", "65", 65, "count", "cán bộ",
        subject="cán bộ kiểm lâm, công chức lâm nghiệp xã được tập huấn", period=Y24),
    fig("từ 2 đến 3 tổ", "2", 2, "count", "tổ", value_max=3, subject="tổ bảo vệ rừng mỗi xã thành lập"),
    fig("bình quân 12 lượt/tháng", "12", 12, "measure", "lượt/tháng", subject="tuần tra bình quân mỗi tổ"),
    fig("mới 812 ha", "812", 812, "measure", "ha", change=chg("increase", 6, "%", "kế hoạch"),
        subject="diện tích rừng trồng mới", period=Y23),
    fig("mới 850 ha", "850", 850, "measure", "ha", status="target", subject="diện tích rừng trồng mới",
        period=Y24T),
    fig("lên 35,5%", "35,5", 35.5, "percent", "%", status="target", subject="độ che phủ rừng", period=Y24T),
]

NOTES = [
    "District portal (huyện Tuy Đức, Đắk Nông): banner, breadcrumb, '22/05/2024 - 10:12' under the headline, 'Nguồn:', 'Tin khác', footer.",
    "Distractors: 10:12, 'Thôn 1', phone 0261.3684.015, 'năm 2024' in a link title, 'Tháng hành động'.",
    "'trong đó diện tích có rừng khoảng 39.500 ha' is part of the 64.218 ha (same unit): total. 'độ che phủ rừng đạt 34,6%' names its own indicator: a figure.",
    "'gần ba chục điểm nóng' = nearly 30 (number word). 'xác minh xong 79 cảnh báo' after 86 has no part-of cue: no total.",
    "'giảm 35% so với cùng kỳ năm 2023' follows the area 11,42 ha: its change. 'Từ đầu năm đến nay' ends at the dateline 2024-05-22.",
    "List of forest owners (not places): each item a figure; the owner goes into the subject. The items do not add up to 86: no total.",
    "'vượt 6% kế hoạch' is a change with baseline 'kế hoạch'. 'Mục tiêu ... phấn đấu' → target.",
]

if __name__ == "__main__":
    write("p1259-2", TEXT, NOTES, FIGS, published="2024-05-22", location="Tuy Đức")
