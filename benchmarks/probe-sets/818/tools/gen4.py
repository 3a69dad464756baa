"""p818-4: Cục Quản lý Dược (Bộ Y tế) site, national cosmetics management results 2023."""
from lib import F, build, change, period

TEXT = """BỘ Y TẾ - CỤC QUẢN LÝ DƯỢC
Trang chủ / Tin tức - Sự kiện / Quản lý mỹ phẩm
Ngày đăng: 26/02/2024 | Lượt xem: 1.974

Năm 2023: thu hồi 97 lô mỹ phẩm vi phạm chất lượng

Theo báo cáo tổng kết công tác quản lý mỹ phẩm năm 2023 của Cục Quản lý Dược, trong năm, Cục đã cấp số tiếp nhận cho 19.850 phiếu công bố sản phẩm mỹ phẩm nhập khẩu, tăng 6,8% so với năm 2022. Các Sở Y tế tiếp nhận thêm 11.420 phiếu công bố đối với mỹ phẩm sản xuất trong nước.

Công tác hậu kiểm tiếp tục được tăng cường theo Thông tư số 06/2011/TT-BYT. Hệ thống kiểm nghiệm trên cả nước đã lấy 4.316 mẫu mỹ phẩm để kiểm tra chất lượng, phát hiện 142 mẫu không đạt, chiếm 3,3%, giảm 0,6 điểm phần trăm so với năm 2022. Cục đã ban hành quyết định thu hồi 97 lô mỹ phẩm, đình chỉ lưu hành 63 sản phẩm và thu hồi số tiếp nhận phiếu công bố của 215 sản phẩm.

Về thanh tra, kiểm tra, các Sở Y tế đã kiểm tra 12.580 cơ sở kinh doanh mỹ phẩm và dịch vụ thẩm mỹ, xử phạt 1.746 cơ sở với tổng số tiền trên 18,2 tỷ đồng. Các địa phương có số tiền xử phạt lớn là TP Hồ Chí Minh (4,6 tỷ đồng), Hà Nội (3,1 tỷ đồng) và Đồng Nai (1,2 tỷ đồng). Có 9 tỉnh, thành phố tổ chức kiểm tra chuyên đề đối với dịch vụ tiêm filler, botox, gồm Hà Nội, Hải Phòng, Đà Nẵng, Khánh Hòa, Cần Thơ...

Năm 2024, Cục Quản lý Dược đặt mục tiêu rút ngắn thời gian cấp số tiếp nhận phiếu công bố xuống còn 3 ngày làm việc, 100% hồ sơ được tiếp nhận trực tuyến; dự kiến lấy khoảng 4.500 mẫu hậu kiểm, tập trung vào mỹ phẩm bán trên sàn thương mại điện tử.

Phòng Quản lý mỹ phẩm - Cục Quản lý Dược, số 138A Giảng Võ, Ba Đình, Hà Nội. Điện thoại: 024.3736.6483.
"""

P23 = period("năm 2023", "2023-01-01", "2023-12-31")
P23i = period("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
P24 = period("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Năm 2023: thu hồi 97 lô", "97", 97, "count", "lô", subject="lô mỹ phẩm vi phạm chất lượng bị thu hồi",
      period=period("Năm 2023", "2023-01-01", "2023-12-31")),
    F("cho 19.850 phiếu", "19.850", 19850, "count", "phiếu công bố",
      change=change("increase", 6.8, baseline="năm 2022"),
      subject="phiếu công bố sản phẩm mỹ phẩm nhập khẩu được cấp số tiếp nhận", period=P23),
    F("thêm 11.420 phiếu", "11.420", 11420, "count", "phiếu công bố",
      subject="phiếu công bố mỹ phẩm sản xuất trong nước Sở Y tế tiếp nhận", period=P23i),
    F("lấy 4.316 mẫu", "4.316", 4316, "count", "mẫu", subject="mẫu mỹ phẩm lấy để kiểm tra chất lượng", period=P23i),
    F("phát hiện 142 mẫu", "142", 142, "count", "mẫu", percent=3.3,
      change=change("decrease", 0.6, "điểm phần trăm", baseline="năm 2022"),
      subject="mẫu mỹ phẩm không đạt chất lượng", period=P23i),
    F("định thu hồi 97 lô", "97", 97, "count", "lô", subject="lô mỹ phẩm bị thu hồi", period=P23i),
    F("lưu hành 63 sản phẩm", "63", 63, "count", "sản phẩm", subject="sản phẩm bị đình chỉ lưu hành", period=P23i),
    F("của 215 sản phẩm", "215", 215, "count", "sản phẩm",
      subject="sản phẩm bị thu hồi số tiếp nhận phiếu công bố", period=P23i),
    F("kiểm tra 12.580 cơ sở", "12.580", 12580, "count", "cơ sở",
      subject="cơ sở kinh doanh mỹ phẩm và dịch vụ thẩm mỹ được kiểm tra", period=P23i),
    F("xử phạt 1.746 cơ sở", "1.746", 1746, "count", "cơ sở", subject="cơ sở bị xử phạt", period=P23i),
    F("trên 18,2 tỷ đồng", "18,2", 18.2e9, "money", "đồng", approx="over",
      subject="tổng số tiền xử phạt", period=P23i),
    F("(4,6 tỷ đồng)", "4,6", 4.6e9, "money", "đồng", subject="số tiền xử phạt",
      location="TP Hồ Chí Minh", period=P23i),
    F("(3,1 tỷ đồng)", "3,1", 3.1e9, "money", "đồng", subject="số tiền xử phạt", location="Hà Nội", period=P23i),
    F("(1,2 tỷ đồng)", "1,2", 1.2e9, "money", "đồng", subject="số tiền xử phạt", location="Đồng Nai", period=P23i),
    F("Có 9 tỉnh, thành phố", "9", 9, "count", "tỉnh, thành phố",
      subject="tỉnh, thành phố tổ chức kiểm tra chuyên đề đối với dịch vụ tiêm filler, botox", period=P23i),
    F("còn 3 ngày làm việc", "3", 3, "measure", "ngày làm việc", status="target",
      subject="thời gian cấp số tiếp nhận phiếu công bố", period=P24),
    F("100% hồ sơ", "100", 100, "percent", "%", status="target",
      subject="hồ sơ được tiếp nhận trực tuyến", period=P24),
    F("khoảng 4.500 mẫu", "4.500", 4500, "count", "mẫu", approx="about", status="forecast",
      subject="mẫu hậu kiểm", period=P24),
]

COMMENTS = [
    "Cục Quản lý Dược (Bộ Y tế) site: kết quả quản lý mỹ phẩm năm 2023, national figures (invented, probe set 818).",
    "Not figures: Thông tư số 06/2011/TT-BYT, Lượt xem: 1.974, số 138A Giảng Võ, phone 024.3736.6483, 'Năm 2024' as a period.",
    "'phát hiện 142 mẫu không đạt, chiếm 3,3%, giảm 0,6 điểm phần trăm': the share is the 142's percent and the drop in percentage",
    "points its change (the share is an attribute, not a figure). No total: no part-of cue (as in p818-1, 'phát hiện 87 cơ sở').",
    "Headline '97 lô' and body '97 lô' are both recorded (headline carries its own period 'Năm 2023').",
    "Provinces in the fines list are the items' locations; '9 tỉnh, thành phố' is a national count (Việt Nam), the list after 'gồm' does not localise it.",
    "The 2024 clause: 'đặt mục tiêu' governs 3 ngày and 100% (target); 'dự kiến' governs 4.500 mẫu (forecast).",
]

if __name__ == "__main__":
    build("p818-4", TEXT, FIGS, COMMENTS, published="2024-02-26", location="Việt Nam")
