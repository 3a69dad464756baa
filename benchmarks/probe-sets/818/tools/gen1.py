"""p818-1: Thanh Hóa province portal, 9 months 2024 inspections of cosmetics shops and beauty services."""
from lib import F, build, change, period, target

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội > Y tế
Thanh Hóa: Kiểm tra hơn 300 cơ sở kinh doanh mỹ phẩm, dịch vụ làm đẹp
Cập nhật: 14/10/2024 09:45 | Lượt xem: 2.316

Thực hiện Kế hoạch số 185/KH-SYT ngày 05/3/2024 của Sở Y tế, 9 tháng đầu năm 2024, các đoàn kiểm tra liên ngành đã kiểm tra 318 cơ sở kinh doanh mỹ phẩm và cung cấp dịch vụ spa, thẩm mỹ trên địa bàn tỉnh, tăng 12,4% so với cùng kỳ năm 2023. Trong đó có 204 cơ sở kinh doanh mỹ phẩm và 114 cơ sở spa, chăm sóc da, xăm thẩm mỹ.

Qua kiểm tra, đoàn phát hiện 87 cơ sở vi phạm, chiếm 27,4% số cơ sở được kiểm tra; xử phạt vi phạm hành chính 61 cơ sở với tổng số tiền hơn 1,36 tỷ đồng, đạt 113% kế hoạch năm. Các lỗi chủ yếu là kinh doanh mỹ phẩm không rõ nguồn gốc, hết hạn sử dụng; cung cấp dịch vụ thẩm mỹ xâm lấn khi chưa có giấy phép hoạt động; quảng cáo sai sự thật. Đoàn đã buộc tiêu hủy 4.250 sản phẩm mỹ phẩm các loại, trị giá khoảng 215 triệu đồng; đình chỉ hoạt động có thời hạn 9 cơ sở, thời gian đình chỉ từ 3 đến 6 tháng.

Các địa phương phát hiện nhiều vi phạm là TP Thanh Hóa (32 cơ sở), TP Sầm Sơn (14 cơ sở), thị xã Bỉm Sơn (9 cơ sở). Riêng tại một cơ sở thẩm mỹ ở số 126 đường Lê Hoàn, phường Điện Biên, đoàn phát hiện cơ sở tiêm chất làm đầy cho khách hàng khi chưa được cấp phép, phạt 85 triệu đồng.

Theo Thanh tra Sở Y tế, từ nay đến hết năm 2024, ngành Y tế phấn đấu kiểm tra thêm ít nhất 120 cơ sở, nâng tỷ lệ cơ sở dịch vụ thẩm mỹ được hậu kiểm lên 70%. Người dân phát hiện vi phạm có thể phản ánh qua đường dây nóng 0237.3852.466.
"""

P9 = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
P9i = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30", inherited=True)
PREST = period("từ nay đến hết năm 2024", "2024-10-14", "2024-12-31")

FIGS = [
    F("Kiểm tra hơn 300 cơ sở", "300", 300, "count", "cơ sở", approx="over",
      subject="cơ sở kinh doanh mỹ phẩm, dịch vụ làm đẹp được kiểm tra"),
    F("kiểm tra 318 cơ sở", "318", 318, "count", "cơ sở",
      change=change("increase", 12.4, baseline="cùng kỳ năm 2023"),
      subject="cơ sở kinh doanh mỹ phẩm và cung cấp dịch vụ spa, thẩm mỹ được kiểm tra", period=P9),
    F("có 204 cơ sở", "204", 204, "count", "cơ sở", total=318,
      subject="cơ sở kinh doanh mỹ phẩm được kiểm tra", period=P9i),
    F("và 114 cơ sở", "114", 114, "count", "cơ sở", total=318,
      subject="cơ sở spa, chăm sóc da, xăm thẩm mỹ được kiểm tra", period=P9i),
    F("phát hiện 87 cơ sở", "87", 87, "count", "cơ sở", percent=27.4,
      subject="cơ sở vi phạm", period=P9i),
    F("hành chính 61 cơ sở", "61", 61, "count", "cơ sở",
      subject="cơ sở bị xử phạt vi phạm hành chính", period=P9i),
    F("hơn 1,36 tỷ đồng", "1,36", 1.36e9, "money", "đồng", approx="over", percent=113,
      subject="tổng số tiền xử phạt vi phạm hành chính", period=P9i),
    F("tiêu hủy 4.250 sản phẩm", "4.250", 4250, "count", "sản phẩm",
      subject="sản phẩm mỹ phẩm buộc tiêu hủy", period=P9i),
    F("khoảng 215 triệu đồng", "215", 215e6, "money", "đồng", approx="about",
      subject="trị giá sản phẩm mỹ phẩm buộc tiêu hủy", period=P9i),
    F("thời hạn 9 cơ sở", "9", 9, "count", "cơ sở",
      subject="cơ sở bị đình chỉ hoạt động có thời hạn", period=P9i),
    F("từ 3 đến 6 tháng", "3", 3, "measure", "tháng", value_max=6,
      subject="thời gian đình chỉ hoạt động", period=P9i),
    F("TP Thanh Hóa (32 cơ sở)", "32", 32, "count", "cơ sở",
      subject="cơ sở vi phạm", location="TP Thanh Hóa", period=P9i),
    F("TP Sầm Sơn (14 cơ sở)", "14", 14, "count", "cơ sở",
      subject="cơ sở vi phạm", location="Sầm Sơn", period=P9i),
    F("Bỉm Sơn (9 cơ sở)", "9", 9, "count", "cơ sở",
      subject="cơ sở vi phạm", location="Bỉm Sơn", period=P9i),
    F("phạt 85 triệu đồng", "85", 85e6, "money", "đồng",
      subject="tiền phạt cơ sở thẩm mỹ tiêm chất làm đầy khi chưa được cấp phép", location="TP Thanh Hóa",
      period=P9i),
    F("ít nhất 120 cơ sở", "120", 120, "count", "cơ sở", approx="at_least", status="target",
      subject="cơ sở kiểm tra thêm", period=PREST),
    F("hậu kiểm lên 70%", "70", 70, "percent", "%", status="target",
      subject="tỷ lệ cơ sở dịch vụ thẩm mỹ được hậu kiểm", period=PREST),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thanh Hóa: kiểm tra cơ sở kinh doanh mỹ phẩm, spa, thẩm mỹ 9 tháng đầu năm 2024 (invented, probe set 818).",
    "Not figures: Kế hoạch số 185/KH-SYT ngày 05/3/2024, Lượt xem: 2.316, 09:45, số 126 đường Lê Hoàn, hotline 0237.3852.466.",
    "87 cơ sở vi phạm carries the share 'chiếm 27,4%' as percent; no total (no part-of cue such as trong đó / trong số N / a/b).",
    "The district list (32, 14, 9) is a ranking that does not add up to 87: no total. 'từ nay đến hết năm 2024' runs from the dateline.",
    "The 85-million fine stands in phường Điện Biên, a ward of TP Thanh Hóa: location TP Thanh Hóa (= Thanh Hóa after the prefix).",
]

if __name__ == "__main__":
    build("p818-1", TEXT, FIGS, COMMENTS, published="2024-10-14", location="Thanh Hóa")
