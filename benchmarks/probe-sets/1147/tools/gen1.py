"""p1147-1: Bình Dương province portal, e-motorbikes in use, charging points, swap stations, fire checks (Oct 2024)."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Bình Dương: Gần 48.000 xe máy điện đang lưu hành

Cập nhật: 14/10/2024 08:30 | Lượt xem: 2.418

(binhduong.gov.vn) - Theo Phòng Cảnh sát giao thông Công an tỉnh, tính đến ngày 30/9/2024, toàn tỉnh Bình Dương có 47.860 xe máy điện đang lưu hành, chiếm 2,1% tổng số mô tô, xe máy đăng ký trên địa bàn. Riêng 9 tháng đầu năm 2024, cơ quan chức năng đăng ký mới 6.315 xe máy điện, tăng 23,5% so với cùng kỳ năm 2023; trong đó xe của cá nhân là 5.980 chiếc, xe của doanh nghiệp, hợp tác xã là 335 chiếc.

Về hạ tầng, hiện toàn tỉnh có 126 điểm sạc xe máy điện công cộng, tập trung chủ yếu tại TP Thủ Dầu Một (38 điểm), TP Thuận An (27 điểm) và TP Dĩ An (24 điểm). Ngoài ra có 42 trạm đổi pin, mỗi trạm bình quân phục vụ khoảng 85 lượt/ngày; giá đổi từ 15.000 đến 25.000 đồng/lượt tùy dung lượng pin. Với số trạm đổi pin này, Bình Dương đứng thứ 4 cả nước, sau Hà Nội, TP Hồ Chí Minh và Đà Nẵng.

Công tác phòng cháy, chữa cháy (PCCC) cũng được chú trọng. Từ đầu năm đến nay, lực lượng Cảnh sát PCCC và CNCH đã kiểm tra 1.240 cơ sở có hoạt động sạc xe điện (nhà trọ, chung cư, cửa hàng), phát hiện 186 trường hợp vi phạm, xử phạt hành chính gần 1,2 tỷ đồng. Trong 9 tháng, trên địa bàn xảy ra 3 vụ cháy liên quan đến sạc xe máy điện, không có thiệt hại về người.

Theo Kế hoạch số 5127/KH-UBND, đến năm 2025 tỉnh phấn đấu có ít nhất 300 điểm sạc công cộng cho xe máy điện; đến năm 2030, xe máy điện chiếm khoảng 15% tổng số xe máy lưu hành.
"""

ASOF = P("tính đến ngày 30/9/2024", None, "2024-09-30")
NINE = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
NINE_S = P("Trong 9 tháng", "2024-01-01", "2024-09-30")
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
PTS = "điểm sạc xe máy điện công cộng"

FIGS = [
    F("Gần 48.000 xe", "48.000", 48000, "count", "xe máy điện", approx="nearly",
      subject="xe máy điện đang lưu hành"),
    F("có 47.860 xe", "47.860", 47860, "count", "xe máy điện", percent=2.1,
      subject="xe máy điện đang lưu hành", period=ASOF),
    F("mới 6.315 xe", "6.315", 6315, "count", "xe máy điện",
      change=C("increase", 23.5, "%", "cùng kỳ năm 2023"),
      subject="xe máy điện đăng ký mới", period=NINE),
    F("là 5.980 chiếc", "5.980", 5980, "count", "chiếc", total=6315,
      subject="xe máy điện đăng ký mới của cá nhân", period=NINE),
    F("là 335 chiếc", "335", 335, "count", "chiếc", total=6315,
      subject="xe máy điện đăng ký mới của doanh nghiệp, hợp tác xã", period=NINE),
    F("có 126 điểm", "126", 126, "count", "điểm sạc", subject=PTS),
    F("(38 điểm)", "38", 38, "count", "điểm", subject=PTS, location="Thủ Dầu Một"),
    F("(27 điểm)", "27", 27, "count", "điểm", subject=PTS, location="Thuận An"),
    F("(24 điểm)", "24", 24, "count", "điểm", subject=PTS, location="Dĩ An"),
    F("có 42 trạm", "42", 42, "count", "trạm đổi pin", subject="trạm đổi pin"),
    F("khoảng 85 lượt/ngày", "85", 85, "measure", "lượt/ngày", approx="about",
      subject="lượt đổi pin bình quân mỗi trạm"),
    F("từ 15.000 đến 25.000", "15.000", 15000, "money", "đồng/lượt", value_max=25000,
      subject="giá đổi pin"),
    F("đứng thứ 4", "4", 4, "rank", "hạng", subject="số trạm đổi pin so với cả nước"),
    F("kiểm tra 1.240 cơ sở", "1.240", 1240, "count", "cơ sở",
      subject="cơ sở có hoạt động sạc xe điện được kiểm tra PCCC", period=YTD),
    F("phát hiện 186 trường hợp", "186", 186, "count", "trường hợp",
      subject="trường hợp vi phạm", period=YTD),
    F("gần 1,2 tỷ", "1,2", 1200000000, "money", "đồng", approx="nearly",
      subject="tiền xử phạt hành chính", period=YTD),
    F("xảy ra 3 vụ", "3", 3, "count", "vụ cháy",
      subject="vụ cháy liên quan đến sạc xe máy điện", period=NINE_S),
    F("ít nhất 300 điểm", "300", 300, "count", "điểm sạc", approx="at_least", status="target",
      subject="điểm sạc công cộng cho xe máy điện", period=T25),
    F("khoảng 15%", "15", 15, "percent", "%", approx="about", status="target",
      subject="tỷ lệ xe máy điện trong tổng số xe máy lưu hành", period=T30),
]

NOTES = [
    "Province portal (Bình Dương): breadcrumb, headline figure, 'Cập nhật: 14/10/2024 08:30 | Lượt xem: 2.418', tag '(binhduong.gov.vn) -'.",
    "Distractors: view counter 2.418, time 08:30, dates 30/9/2024, 'Kế hoạch số 5127/KH-UBND'.",
    "City list '(38 điểm)...' after 'tập trung chủ yếu tại' does not add up to 126: no total; cities go to location.",
    "'Từ đầu năm đến nay' ends at the dateline (2024-10-14). 'Trong 9 tháng' takes 2024. 'hiện' gets no period.",
    "186 violations follow 1.240 inspected establishments with no part cue and a different noun: no total.",
    "'đứng thứ 4 cả nước' is a rank of Bình Dương (location Bình Dương). 'đến năm 2030, ... chiếm khoảng 15%' continues 'phấn đấu' → target.",
]

if __name__ == "__main__":
    write("p1147-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Bình Dương")
