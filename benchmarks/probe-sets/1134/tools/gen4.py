"""p1134-4: ministry site (Bộ VHTTDL / Cục Du lịch Quốc gia Việt Nam): national review of toilets at tourist sites."""
from lib import F, P, I, C, T, write

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Cục Du lịch Quốc gia Việt Nam
Trang chủ > Tin tức > Hoạt động ngành

Nâng cao chất lượng nhà vệ sinh công cộng phục vụ khách du lịch

Ngày đăng: 05/03/2024 | Lượt xem: 1.027

Theo kết quả rà soát của Cục Du lịch Quốc gia Việt Nam, tính đến hết năm 2023, cả nước có khoảng 10.600 nhà vệ sinh công cộng tại các khu, điểm du lịch, tăng 7,2% so với năm 2022. Trong đó, hơn 6.800 nhà đạt tiêu chuẩn phục vụ khách du lịch, chiếm 64,2%; khoảng 1.900 nhà xuống cấp, cần cải tạo.

Các địa phương có tỷ lệ nhà vệ sinh đạt chuẩn cao nhất là Đà Nẵng (92,5%), Quảng Ninh (88,1%) và Lâm Đồng (85,4%). Đà Nẵng cũng đứng thứ nhất cả nước về mức độ hài lòng của du khách đối với nhà vệ sinh công cộng. Hiện có 41/63 tỉnh, thành phố đã ban hành quy định về quản lý nhà vệ sinh công cộng tại điểm du lịch.

Bình quân mỗi khu du lịch quốc gia có 14 nhà vệ sinh công cộng. Năm 2023, tổng kinh phí đầu tư, nâng cấp nhà vệ sinh tại các khu, điểm du lịch trên cả nước đạt khoảng 680 tỷ đồng, trong đó vốn xã hội hóa chiếm khoảng 55%.

Khảo sát của Cục với 3.500 du khách trong quý IV/2023 cho thấy 28% khách quốc tế chưa hài lòng với nhà vệ sinh tại điểm du lịch, giảm 6 điểm phần trăm so với năm 2019.

Mục tiêu đến năm 2025, ít nhất 80% nhà vệ sinh tại các khu du lịch quốc gia đạt chuẩn theo Quyết định số 225/QĐ-TCDL. Trong năm 2024, Cục dự kiến phối hợp với các doanh nghiệp hỗ trợ xây dựng 50 nhà vệ sinh mẫu tại các điểm du lịch vùng sâu, vùng xa.

Cục Du lịch Quốc gia Việt Nam - Số 80 Quán Sứ, Hoàn Kiếm, Hà Nội
Điện thoại: 024.3942.3760
"""

ASOF = P("tính đến hết năm 2023", None, "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Q4 = P("quý IV/2023", "2023-10-01", "2023-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")
Y24 = P("Trong năm 2024", "2024-01-01", "2024-12-31")
RATE = "tỷ lệ nhà vệ sinh đạt chuẩn"

FIGS = [
    F("khoảng 10.600 nhà", "10.600", 10600, "count", "nhà vệ sinh công cộng", approx="about",
      change=C("increase", 7.2, "%", "năm 2022"),
      subject="nhà vệ sinh công cộng tại các khu, điểm du lịch", period=ASOF),
    F("hơn 6.800 nhà", "6.800", 6800, "count", "nhà", approx="over", total=10600, percent=64.2,
      subject="nhà vệ sinh đạt tiêu chuẩn phục vụ khách du lịch", period=I(ASOF)),
    F("khoảng 1.900 nhà", "1.900", 1900, "count", "nhà", approx="about", total=10600,
      subject="nhà vệ sinh xuống cấp, cần cải tạo", period=I(ASOF)),
    F("Đà Nẵng (92,5%)", "92,5", 92.5, "percent", "%", subject=RATE, period=I(ASOF), location="Đà Nẵng"),
    F("Quảng Ninh (88,1%)", "88,1", 88.1, "percent", "%", subject=RATE, period=I(ASOF), location="Quảng Ninh"),
    F("Lâm Đồng (85,4%)", "85,4", 85.4, "percent", "%", subject=RATE, period=I(ASOF), location="Lâm Đồng"),
    F("đứng thứ nhất", "nhất", 1, "rank", "hạng",
      subject="mức độ hài lòng của du khách đối với nhà vệ sinh công cộng", location="Đà Nẵng"),
    F("41/63 tỉnh", "41", 41, "count", "tỉnh, thành phố", total=63,
      subject="tỉnh, thành phố đã ban hành quy định về quản lý nhà vệ sinh công cộng tại điểm du lịch"),
    F("có 14 nhà", "14", 14, "measure", "nhà vệ sinh công cộng/khu du lịch quốc gia",
      subject="nhà vệ sinh công cộng bình quân mỗi khu du lịch quốc gia"),
    F("khoảng 680 tỷ", "680", 680000000000, "money", "đồng", approx="about",
      subject="tổng kinh phí đầu tư, nâng cấp nhà vệ sinh tại các khu, điểm du lịch", period=Y23),
    F("khoảng 55%", "55", 55, "percent", "%", approx="about",
      subject="tỷ lệ vốn xã hội hóa trong tổng kinh phí đầu tư, nâng cấp nhà vệ sinh", period=Y23),
    F("với 3.500 du khách", "3.500", 3500, "count", "du khách", subject="du khách được khảo sát", period=Q4),
    F("28% khách", "28", 28, "percent", "%",
      change=C("decrease", 6, "điểm phần trăm", "năm 2019"),
      subject="khách quốc tế chưa hài lòng với nhà vệ sinh tại điểm du lịch", period=Q4),
    F("ít nhất 80%", "80", 80, "percent", "%", approx="at_least", status="target",
      subject="nhà vệ sinh tại các khu du lịch quốc gia đạt chuẩn", period=TO25),
    F("dựng 50 nhà", "50", 50, "count", "nhà vệ sinh mẫu", status="forecast",
      subject="nhà vệ sinh mẫu hỗ trợ xây dựng tại các điểm du lịch vùng sâu, vùng xa", period=Y24),
]

NOTES = [
    "Ministry site (Bộ VHTTDL / Cục Du lịch Quốc gia Việt Nam): 'Ngày đăng: 05/03/2024 | Lượt xem: 1.027'; national figures → location Việt Nam.",
    "Bracketed province list 'Đà Nẵng (92,5%), Quảng Ninh (88,1%) và Lâm Đồng (85,4%)': each item a percent figure, province → location, period inherited.",
    "'đứng thứ nhất cả nước' is a rank written with the ordinal word 'nhất' (= 1), location Đà Nẵng. '41/63 tỉnh, thành phố' → total 63, Việt Nam.",
    "'Bình quân mỗi khu du lịch quốc gia có 14 nhà' is a per-unit average → measure with the denominator in the unit.",
    "'trong đó vốn xã hội hóa chiếm khoảng 55%' is the share of a part with no number → its own percent figure. 'giảm 6 điểm phần trăm so với năm 2019' → change of 28%.",
    "Distractors: 'Quyết định số 225/QĐ-TCDL', 'Số 80 Quán Sứ', phone 024.3942.3760, 'Lượt xem: 1.027', baselines 'năm 2022', 'năm 2019'.",
]

if __name__ == "__main__":
    write("p1134-4", TEXT, NOTES, FIGS, published="2024-03-05", location="Việt Nam")
