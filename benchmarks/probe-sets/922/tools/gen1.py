"""p922-1: province portal (Thanh Hóa), 9 months 2024 traditional-medicine visits."""
from lib import F, P, I, CH, TG, write

TEXT = """Cổng thông tin điện tử tỉnh Thanh Hóa
Trang chủ > Tin tức - Sự kiện > Y tế - Giáo dục
Cập nhật: 14/10/2024 09:25 | Lượt xem: 2.316

Khám, chữa bệnh bằng y học cổ truyền tăng gần 12%

Theo báo cáo của Sở Y tế, 9 tháng đầu năm 2024, các cơ sở y tế trên địa bàn tỉnh đã khám, chữa bệnh bằng y học cổ truyền (YHCT) và kết hợp YHCT với y học hiện đại cho 1.248.560 lượt người, tăng 11,8% so với cùng kỳ năm 2023, đạt 83,2% kế hoạch năm. Trong đó, tuyến tỉnh 186.420 lượt, tuyến huyện 512.300 lượt và tuyến xã 549.840 lượt. Tỷ lệ khám, chữa bệnh bằng YHCT chiếm 28,6% tổng số lượt khám, chữa bệnh toàn tỉnh (chỉ tiêu năm 2024 là 29%).

Bệnh viện Y dược cổ truyền tỉnh với quy mô 350 giường đã điều trị nội trú cho 7.945 lượt người bệnh, công suất sử dụng giường bệnh đạt 112%; ngày điều trị trung bình khoảng 15 ngày. Các kỹ thuật châm cứu, điện châm, thủy châm, cấy chỉ được thực hiện cho hơn 210.000 lượt, gấp 1,3 lần cùng kỳ.

Hiện toàn tỉnh có 27/27 trung tâm y tế huyện, thị xã, thành phố có khoa YHCT; 498/559 trạm y tế xã, phường, thị trấn có hoạt động khám, chữa bệnh bằng YHCT, chiếm 89,1%; 412 trạm y tế có vườn thuốc nam mẫu. Tỉnh có 2 cơ sở nuôi trồng dược liệu đạt chuẩn GACP với tổng diện tích khoảng 85 ha.

Thực hiện Quyết định số 1893/QĐ-TTg của Thủ tướng Chính phủ, tỉnh phấn đấu đến năm 2025 tỷ lệ khám, chữa bệnh bằng YHCT đạt 30% và 100% trạm y tế xã có vườn thuốc nam. Trong quý IV/2024, ngành Y tế dự kiến tổ chức 15 lớp tập huấn về châm cứu, xoa bóp bấm huyệt cho khoảng 600 nhân viên y tế tuyến xã.
"""

M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("tăng gần 12%", "12", 12, "percent", "%", approx="nearly",
      subject="tăng trưởng lượt khám, chữa bệnh bằng y học cổ truyền"),
    F("cho 1.248.560 lượt người", "1.248.560", 1248560, "count", "lượt người",
      change=CH("increase", 11.8, "%", "cùng kỳ năm 2023"), percent=83.2,
      subject="lượt người khám, chữa bệnh bằng y học cổ truyền và kết hợp YHCT với y học hiện đại", period=M9),
    F("tuyến tỉnh 186.420 lượt", "186.420", 186420, "count", "lượt", total=1248560,
      subject="lượt khám, chữa bệnh bằng YHCT tuyến tỉnh", period=I(M9)),
    F("tuyến huyện 512.300 lượt", "512.300", 512300, "count", "lượt", total=1248560,
      subject="lượt khám, chữa bệnh bằng YHCT tuyến huyện", period=I(M9)),
    F("tuyến xã 549.840 lượt", "549.840", 549840, "count", "lượt", total=1248560,
      subject="lượt khám, chữa bệnh bằng YHCT tuyến xã", period=I(M9)),
    F("chiếm 28,6%", "28,6", 28.6, "percent", "%", target=TG(29, "%"),
      subject="tỷ lệ khám, chữa bệnh bằng YHCT trong tổng số lượt khám, chữa bệnh toàn tỉnh", period=I(M9)),
    F("quy mô 350 giường", "350", 350, "count", "giường",
      subject="quy mô giường của Bệnh viện Y dược cổ truyền tỉnh"),
    F("cho 7.945 lượt người bệnh", "7.945", 7945, "count", "lượt người bệnh",
      subject="lượt người bệnh điều trị nội trú tại Bệnh viện Y dược cổ truyền tỉnh", period=I(M9)),
    F("giường bệnh đạt 112%", "112", 112, "percent", "%",
      subject="công suất sử dụng giường bệnh", period=I(M9)),
    F("khoảng 15 ngày", "15", 15, "measure", "ngày", approx="about",
      subject="ngày điều trị trung bình", period=I(M9)),
    F("hơn 210.000 lượt", "210.000", 210000, "count", "lượt", approx="over",
      change=CH("increase", 1.3, "lần", "cùng kỳ"),
      subject="lượt thực hiện kỹ thuật châm cứu, điện châm, thủy châm, cấy chỉ", period=I(M9)),
    F("có 27/27 trung tâm", "27", 27, "count", "trung tâm y tế", total=27,
      subject="trung tâm y tế huyện, thị xã, thành phố có khoa YHCT"),
    F("498/559 trạm", "498", 498, "count", "trạm y tế", total=559, percent=89.1,
      subject="trạm y tế xã, phường, thị trấn có hoạt động khám, chữa bệnh bằng YHCT"),
    F("412 trạm y tế có vườn", "412", 412, "count", "trạm y tế",
      subject="trạm y tế có vườn thuốc nam mẫu"),
    F("có 2 cơ sở nuôi trồng", "2", 2, "count", "cơ sở",
      subject="cơ sở nuôi trồng dược liệu đạt chuẩn GACP"),
    F("khoảng 85 ha", "85", 85, "measure", "ha", approx="about",
      subject="diện tích cơ sở nuôi trồng dược liệu đạt chuẩn GACP"),
    F("YHCT đạt 30%", "30", 30, "percent", "%", status="target",
      subject="tỷ lệ khám, chữa bệnh bằng YHCT", period=T25),
    F("và 100% trạm y tế xã", "100", 100, "percent", "%", status="target",
      subject="trạm y tế xã có vườn thuốc nam", period=T25),
    F("tổ chức 15 lớp", "15", 15, "count", "lớp tập huấn", status="forecast",
      subject="lớp tập huấn về châm cứu, xoa bóp bấm huyệt", period=Q4),
    F("khoảng 600 nhân viên", "600", 600, "count", "nhân viên y tế", approx="about", status="forecast",
      subject="nhân viên y tế tuyến xã được tập huấn", period=Q4),
]

COMMENTS = [
    "Province portal (Thanh Hóa): khám, chữa bệnh bằng YHCT 9 tháng đầu năm 2024. Dateline 'Cập nhật: 14/10/2024 09:25'.",
    "Distractors: 'Lượt xem: 2.316', 'Quyết định số 1893/QĐ-TTg', dateline time.",
    "Headline 'tăng gần 12%' is a growth rate standing as the claim (percent, no change, no period: headline has none).",
    "'gấp 1,3 lần cùng kỳ' after a count = its change (increase 1.3 lần, baseline cùng kỳ).",
    "'(chỉ tiêu năm 2024 là 29%)' is the target attribute of 28,6%. 'Hiện ...' sentences get no period.",
]

if __name__ == "__main__":
    write(1, TEXT, FIGS, COMMENTS, published="2024-10-14", location="Thanh Hóa")
