"""p1487-1: province portal (Cổng TTĐT tỉnh Thanh Hóa): market-surveillance checks on LPG shops."""
from lib import F, period, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THANH HÓA
Trang chủ > Tin tức - Sự kiện > Kinh tế

Thanh Hóa: Phát hiện 27 cơ sở kinh doanh khí vi phạm

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.836

Từ đầu năm đến nay, Cục Quản lý thị trường tỉnh đã kiểm tra 214 cửa hàng, đại lý kinh doanh khí dầu mỏ hóa lỏng (LPG), bằng 89,2% kế hoạch năm, phát hiện 27 cơ sở vi phạm, xử phạt vi phạm hành chính hơn 485 triệu đồng.

Các hành vi vi phạm chủ yếu là kinh doanh chai LPG không có nhãn hàng hóa, chai quá hạn kiểm định, cửa hàng bán lẻ chứa vượt số lượng cho phép (tối đa 70 chai). Lực lượng chức năng đã tạm giữ 1.350 vỏ chai LPG các loại, trong đó 410 chai đã hết hạn kiểm định; tịch thu, tiêu hủy 2.600 bình gas mini không rõ nguồn gốc.

Riêng trong tháng 9, Đội Quản lý thị trường số 4 kiểm tra 38 cơ sở tại TP Sầm Sơn, xử lý 6 trường hợp với số tiền 92 triệu đồng.

Theo Sở Công Thương, toàn tỉnh hiện có 9 trạm nạp LPG vào chai, 46 tổng đại lý, đại lý và 1.128 cửa hàng bán lẻ LPG chai; khoảng 92% cửa hàng đã được cấp Giấy chứng nhận đủ điều kiện kinh doanh theo Nghị định số 87/2018/NĐ-CP.

Giá bán lẻ bình gas 12 kg tại Thanh Hóa tháng 10 dao động từ 430.000 đến 455.000 đồng/bình, tăng 16.000 đồng/bình so với tháng trước. Năm 2024, tỉnh phấn đấu 100% cửa hàng bán lẻ LPG được kiểm tra, hướng dẫn về an toàn phòng cháy.

Tin liên quan:
- Hội nghị tập huấn an toàn trong kinh doanh khí năm 2024
- Cháy cửa hàng gas tại phường Đông Hương, không có thiệt hại về người
"""

YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
T9 = period("tháng 9", "2024-09-01", "2024-09-30")
T10 = period("tháng 10", "2024-10-01", "2024-10-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Phát hiện 27 cơ sở", "27", 27, "count", "cơ sở", subject="cơ sở kinh doanh khí vi phạm"),
    F("kiểm tra 214 cửa hàng", "214", 214, "count", "cửa hàng", percent=89.2,
      subject="cửa hàng, đại lý kinh doanh khí dầu mỏ hóa lỏng (LPG) được kiểm tra", per=YTD),
    F("phát hiện 27 cơ sở vi phạm", "27", 27, "count", "cơ sở", subject="cơ sở vi phạm", per=YTD),
    F("hơn 485 triệu", "485", 485e6, "money", "đồng", approx="over",
      subject="xử phạt vi phạm hành chính", per=YTD),
    F("tối đa 70 chai", "70", 70, "count", "chai", approx="at_most",
      subject="số lượng chai cửa hàng bán lẻ được phép chứa"),
    F("tạm giữ 1.350 vỏ chai", "1.350", 1350, "count", "vỏ chai",
      subject="vỏ chai LPG các loại bị tạm giữ", per=inherit(YTD)),
    F("410 chai", "410", 410, "count", "chai", total=1350,
      subject="chai đã hết hạn kiểm định", per=inherit(YTD)),
    F("tiêu hủy 2.600 bình", "2.600", 2600, "count", "bình gas mini",
      subject="bình gas mini không rõ nguồn gốc bị tịch thu, tiêu hủy", per=inherit(YTD)),
    F("kiểm tra 38 cơ sở", "38", 38, "count", "cơ sở", subject="cơ sở được kiểm tra", per=T9,
      location="Sầm Sơn"),
    F("xử lý 6 trường hợp", "6", 6, "count", "trường hợp", subject="trường hợp bị xử lý", per=T9,
      location="Sầm Sơn"),
    F("tiền 92 triệu", "92", 92e6, "money", "đồng", subject="số tiền xử lý vi phạm", per=T9,
      location="Sầm Sơn"),
    F("có 9 trạm nạp", "9", 9, "count", "trạm nạp", subject="trạm nạp LPG vào chai"),
    F("46 tổng đại lý", "46", 46, "count", "tổng đại lý, đại lý", subject="tổng đại lý, đại lý"),
    F("1.128 cửa hàng", "1.128", 1128, "count", "cửa hàng", subject="cửa hàng bán lẻ LPG chai"),
    F("khoảng 92%", "92", 92, "percent", "%", approx="about",
      subject="cửa hàng đã được cấp Giấy chứng nhận đủ điều kiện kinh doanh"),
    F("bình gas 12 kg", "12", 12, "measure", "kg", optional=True),
    F("từ 430.000 đến 455.000", "430.000", 430000, "money", "đồng/bình", value_max=455000,
      change=change("increase", 16000, "đồng/bình", "tháng trước"),
      subject="giá bán lẻ bình gas 12 kg", per=T10),
    F("phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="cửa hàng bán lẻ LPG được kiểm tra, hướng dẫn về an toàn phòng cháy", per=Y24),
]

NOTES = [
    "Province portal (Thanh Hóa): breadcrumb, headline figure, 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.836', related links.",
    "Distractors: Lượt xem 1.836, time 08:45, 'Đội Quản lý thị trường số 4', Nghị định số 87/2018/NĐ-CP, 'năm 2024' in a link title.",
    "'Từ đầu năm đến nay' ends at the dateline. 'tháng 9', 'tháng 10' take 2024 from the dateline.",
    "'bằng 89,2% kế hoạch năm' is the percent of the 214 checks. '27 cơ sở vi phạm' has no cue, so no total 214.",
    "'tối đa 70 chai' is the legal cap on a shop's stock: a count with approx at_most.",
    "'410 chai' follows 'trong đó' after 1.350 vỏ chai: total 1350. The seizure paragraph inherits 'Từ đầu năm đến nay'.",
    "'bình gas 12 kg' is the product size: optional. 'tăng 16.000 đồng/bình so với tháng trước' is the change of the price range.",
]

if __name__ == "__main__":
    write("p1487-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Thanh Hóa")
