from lib import F, P, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH DƯƠNG
Kinh tế - Đầu tư

Bình Dương có 48 doanh nghiệp niêm yết và đăng ký giao dịch trên thị trường chứng khoán
Cập nhật: 14:20 ngày 25/06/2024

Theo Sở Kế hoạch và Đầu tư, tính đến ngày 31/5/2024, tỉnh Bình Dương có 48 doanh nghiệp có cổ phiếu niêm yết và đăng ký giao dịch trên thị trường chứng khoán, trong đó 27 doanh nghiệp niêm yết trên Sở Giao dịch Chứng khoán TP Hồ Chí Minh (HOSE), 9 doanh nghiệp niêm yết trên Sở Giao dịch Chứng khoán Hà Nội (HNX) và 12 doanh nghiệp đăng ký giao dịch trên UPCoM.

Tổng vốn hóa thị trường của các doanh nghiệp này đạt khoảng 182 nghìn tỷ đồng, chiếm gần 2,7% vốn hóa toàn thị trường. Trong số 48 doanh nghiệp, thành phố Thủ Dầu Một có 17 doanh nghiệp, thành phố Thuận An 11 doanh nghiệp, thành phố Dĩ An 8 doanh nghiệp, thị xã Bến Cát 5 doanh nghiệp; các huyện còn lại có 7 doanh nghiệp.

Năm 2023, tỉnh có thêm 3 doanh nghiệp niêm yết mới, huy động được 1.450 tỷ đồng qua phát hành cổ phiếu lần đầu ra công chúng (IPO). Từ đầu năm 2024 đến nay, 4 doanh nghiệp trên địa bàn phát hành trái phiếu riêng lẻ với tổng giá trị 2.300 tỷ đồng, giảm 36% so với cùng kỳ.

Đa số doanh nghiệp niêm yết của tỉnh hoạt động trong lĩnh vực khu công nghiệp, vật liệu xây dựng và chế biến gỗ, trong đó có các chủ đầu tư Khu công nghiệp Mỹ Phước 3 và Khu công nghiệp Bàu Bàng mở rộng.

Thực hiện Kế hoạch số 2156/KH-UBND, tỉnh phấn đấu đến năm 2025 có ít nhất 55 doanh nghiệp niêm yết, đăng ký giao dịch trên thị trường chứng khoán; tỷ lệ doanh nghiệp niêm yết công bố thông tin đúng hạn đạt 100%.

Doanh nghiệp cần hỗ trợ thủ tục niêm yết liên hệ Sở Kế hoạch và Đầu tư, tầng 5, tháp A, Trung tâm Hành chính tập trung tỉnh, điện thoại 0274.3822.905.

Thanh Tâm
"""

ASOF = P("tính đến ngày 31/5/2024", None, "2024-05-31")
ASOFi = P("tính đến ngày 31/5/2024", None, "2024-05-31", inh=True)
SUBJ = "doanh nghiệp có cổ phiếu niêm yết và đăng ký giao dịch trên thị trường chứng khoán"

FIGS = [
    F("Bình Dương có 48 doanh nghiệp niêm yết", "48", 48, "count", "doanh nghiệp",
      "doanh nghiệp niêm yết và đăng ký giao dịch trên thị trường chứng khoán", period=ASOFi),
    F("tỉnh Bình Dương có 48 doanh nghiệp", "48", 48, "count", "doanh nghiệp", SUBJ, period=ASOF),
    F("trong đó 27 doanh nghiệp", "27", 27, "count", "doanh nghiệp", "doanh nghiệp niêm yết trên HOSE",
      total=48, period=ASOF),
    F("(HOSE), 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", "doanh nghiệp niêm yết trên HNX",
      total=48, period=ASOF),
    F("và 12 doanh nghiệp", "12", 12, "count", "doanh nghiệp", "doanh nghiệp đăng ký giao dịch trên UPCoM",
      total=48, period=ASOF),
    F("khoảng 182 nghìn tỷ", "182", 182e12, "money", "đồng", "tổng vốn hóa thị trường của các doanh nghiệp",
      approx="about", percent=2.7, period=ASOFi),
    F("Trong số 48 doanh nghiệp", "48", 48, "count", "doanh nghiệp", optional=True),
    F("Thủ Dầu Một có 17", "17", 17, "count", "doanh nghiệp", SUBJ, total=48, location="Thủ Dầu Một", period=ASOFi),
    F("Thuận An 11", "11", 11, "count", "doanh nghiệp", SUBJ, total=48, location="Thuận An", period=ASOFi),
    F("Dĩ An 8", "8", 8, "count", "doanh nghiệp", SUBJ, total=48, location="Dĩ An", period=ASOFi),
    F("Bến Cát 5", "5", 5, "count", "doanh nghiệp", SUBJ, total=48, location="Bến Cát", period=ASOFi),
    F("còn lại có 7", "7", 7, "count", "doanh nghiệp", SUBJ, total=48, period=ASOFi),
    F("thêm 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp niêm yết mới",
      period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("được 1.450 tỷ", "1.450", 1450e9, "money", "đồng", "vốn huy động qua phát hành cổ phiếu lần đầu ra công chúng (IPO)",
      period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("nay, 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", "doanh nghiệp phát hành trái phiếu riêng lẻ",
      period=P("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-06-25")),
    F("giá trị 2.300 tỷ", "2.300", 2300e9, "money", "đồng", "tổng giá trị trái phiếu riêng lẻ phát hành",
      change={"direction": "decrease", "value": 36, "unit": "%", "baseline": "cùng kỳ"},
      period=P("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-06-25")),
    F("ít nhất 55 doanh nghiệp", "55", 55, "count", "doanh nghiệp", "doanh nghiệp niêm yết, đăng ký giao dịch trên thị trường chứng khoán",
      approx="at_least", status="target", period=P("đến năm 2025", None, "2025-12-31")),
    F("đạt 100%", "100", 100, "percent", "%", "tỷ lệ doanh nghiệp niêm yết công bố thông tin đúng hạn",
      status="target", period=P("đến năm 2025", None, "2025-12-31")),
]

COMMENTS = [
    "Provincial portal (Cổng TTĐT tỉnh Bình Dương): listed companies of the province. 'Cập nhật: 14:20 ngày 25/06/2024' under the title.",
    "Location Bình Dương for every figure; district items (Thủ Dầu Một, Thuận An, Dĩ An, Bến Cát) go to location. Exchanges' names contain TP Hồ Chí Minh / Hà Nội: not places of the figures.",
    "Distractors: Kế hoạch số 2156/KH-UBND, Khu công nghiệp Mỹ Phước 3 (name), tầng 5, tháp A, phone 0274.3822.905, dateline time 14:20.",
    "'trong đó' parts 27/9/12 take the whole 48. 'Trong số 48 doanh nghiệp' repeats the whole (optional) and gives the district counts total 48; the remainder 'các huyện còn lại' stays Bình Dương.",
    "182 nghìn tỷ: 'chiếm gần 2,7% vốn hóa toàn thị trường' is its percent. As-of 31/5/2024 stated in paragraph 1: inherited elsewhere; the title figure inherits it too.",
    "Targets 'phấn đấu đến năm 2025': ít nhất 55 (at_least) and 100% (status target, period ends 2025-12-31). 'Từ đầu năm 2024 đến nay' ends at the dateline.",
]

if __name__ == "__main__":
    build("p235-3", TEXT, COMMENTS, FIGS, published="2024-06-25", location="Bình Dương")
