"""p726-1: Bình Dương province portal, elevator / pressure-equipment inspection, H1/2024."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Lao động - Việc làm

Bình Dương: 96,4% thang máy đang sử dụng đã được kiểm định

Cập nhật: 18/07/2024 10:25
Lượt xem: 3.182

Theo Sở Lao động – Thương binh và Xã hội, tính đến ngày 30/6/2024, toàn tỉnh Bình Dương có 14.826 máy, thiết bị có yêu cầu nghiêm ngặt về an toàn lao động (theo danh mục tại Thông tư số 36/2019/TT-BLĐTBXH) đang được quản lý, trong đó có 4.215 thang máy, 1.037 nồi hơi và 6.940 bình chịu áp lực. Tỷ lệ thang máy đang sử dụng đã được kiểm định đạt 96,4%, tăng 2,1 điểm phần trăm so với cuối năm 2023.

Trong 6 tháng đầu năm 2024, các tổ chức kiểm định đã kiểm định 5.368 thiết bị, tăng 12,5% so với cùng kỳ năm 2023; trong đó kiểm định lần đầu 1.124 thiết bị, kiểm định định kỳ 4.102 thiết bị và kiểm định bất thường 142 thiết bị. Thang máy lắp đặt mới tập trung ở các thành phố Thuận An (238 thang máy), Dĩ An (176 thang máy), Thủ Dầu Một (151 thang máy) và Bến Cát (64 thang máy).

Qua kiểm tra 87 doanh nghiệp, đoàn liên ngành phát hiện 213 thiết bị chưa được kiểm định hoặc quá hạn kiểm định, chiếm khoảng 4,3% số thiết bị được kiểm tra; đã xử phạt vi phạm hành chính 19 doanh nghiệp với tổng số tiền hơn 1.265,5 triệu đồng.

Theo kế hoạch, 6 tháng cuối năm, Sở sẽ phối hợp với Trung tâm Kiểm định kỹ thuật an toàn khu vực III (số 7 đường D1, phường Phú Hòa) kiểm tra thêm 60 doanh nghiệp. Phấn đấu đến hết năm 2024, 100% thang máy, nồi hơi đang sử dụng trên địa bàn tỉnh được kiểm định đúng hạn.

Đường dây nóng: 0274.3822.915
"""

ASOF = P("tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = P("Trong 6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")

FIGS = [
    F("Bình Dương: 96,4%", "96,4", 96.4, "percent", "%",
      "tỷ lệ thang máy đang sử dụng đã được kiểm định", I(ASOF)),
    F("có 14.826 máy", "14.826", 14826, "count", "máy, thiết bị",
      "máy, thiết bị có yêu cầu nghiêm ngặt về an toàn lao động đang được quản lý", ASOF),
    F("có 4.215 thang máy", "4.215", 4215, "count", "thang máy",
      "thang máy đang được quản lý", ASOF, total=14826),
    F("1.037 nồi hơi", "1.037", 1037, "count", "nồi hơi",
      "nồi hơi đang được quản lý", ASOF, total=14826),
    F("6.940 bình chịu áp lực", "6.940", 6940, "count", "bình chịu áp lực",
      "bình chịu áp lực đang được quản lý", ASOF, total=14826),
    F("kiểm định đạt 96,4%", "96,4", 96.4, "percent", "%",
      "tỷ lệ thang máy đang sử dụng đã được kiểm định", I(ASOF),
      change=CH("increase", 2.1, "điểm phần trăm", "cuối năm 2023")),
    F("kiểm định 5.368 thiết bị", "5.368", 5368, "count", "thiết bị",
      "thiết bị được các tổ chức kiểm định kiểm định", H1,
      change=CH("increase", 12.5, "%", "cùng kỳ năm 2023")),
    F("lần đầu 1.124 thiết bị", "1.124", 1124, "count", "thiết bị",
      "thiết bị kiểm định lần đầu", H1, total=5368),
    F("định kỳ 4.102 thiết bị", "4.102", 4102, "count", "thiết bị",
      "thiết bị kiểm định định kỳ", H1, total=5368),
    F("bất thường 142 thiết bị", "142", 142, "count", "thiết bị",
      "thiết bị kiểm định bất thường", H1, total=5368),
    F("Thuận An (238 thang máy)", "238", 238, "count", "thang máy",
      "thang máy lắp đặt mới", I(H1), location="Thuận An"),
    F("Dĩ An (176 thang máy)", "176", 176, "count", "thang máy",
      "thang máy lắp đặt mới", I(H1), location="Dĩ An"),
    F("Thủ Dầu Một (151 thang máy)", "151", 151, "count", "thang máy",
      "thang máy lắp đặt mới", I(H1), location="Thủ Dầu Một"),
    F("Bến Cát (64 thang máy)", "64", 64, "count", "thang máy",
      "thang máy lắp đặt mới", I(H1), location="Bến Cát"),
    F("kiểm tra 87 doanh nghiệp", "87", 87, "count", "doanh nghiệp",
      "doanh nghiệp được đoàn liên ngành kiểm tra"),
    F("phát hiện 213 thiết bị", "213", 213, "count", "thiết bị",
      "thiết bị chưa được kiểm định hoặc quá hạn kiểm định", percent=4.3),
    F("hành chính 19 doanh nghiệp", "19", 19, "count", "doanh nghiệp",
      "doanh nghiệp bị xử phạt vi phạm hành chính"),
    F("hơn 1.265,5 triệu đồng", "1.265,5", 1265500000, "money", "đồng",
      "tổng số tiền xử phạt vi phạm hành chính", approx="over"),
    F("thêm 60 doanh nghiệp", "60", 60, "count", "doanh nghiệp",
      "doanh nghiệp kiểm tra thêm", P("6 tháng cuối năm", "2024-07-01", "2024-12-31"),
      status="target"),
    F("2024, 100% thang máy", "100", 100, "percent", "%",
      "thang máy, nồi hơi đang sử dụng được kiểm định đúng hạn",
      P("đến hết năm 2024", None, "2024-12-31"), status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Bình Dương (breadcrumb, 'Cập nhật: 18/07/2024 10:25', 'Lượt xem: 3.182'): máy, thiết bị có yêu cầu",
    "nghiêm ngặt về ATLĐ tính đến 30/6/2024 and inspections in 6 tháng đầu năm 2024.",
    "Not figures: Lượt xem counter, Thông tư số 36/2019/TT-BLĐTBXH, 'khu vực III', 'số 7 đường D1', hotline 0274.3822.915.",
    "The parts after 'trong đó' take the whole before the cue (14.826; 5.368). The city list has no cue and does not add",
    "up to anything stated: no total; each city goes to location. 96,4% is a share (not a growth rate): its",
    "'tăng 2,1 điểm phần trăm so với cuối năm 2023' is its change. 'Theo kế hoạch ... sẽ' -> target; 'Phấn đấu' -> target.",
]

if __name__ == "__main__":
    emit("p726-1", TEXT, COMMENTS, FIGS, published="2024-07-18", location="Bình Dương")
